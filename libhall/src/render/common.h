#pragma once
// What the report renderers (Markdown, CSV, HTML, xlsx) share: a cell's text as printed
// (ID numbers masked) and the name each record and table goes by where a format gives it a
// place of its own.

#include <hall/document.h>

#include <string>
#include <vector>

namespace hall::render_detail {

// The cell as people read it in `lang`, ID numbers masked.
std::string cell_text(const Cell& cell, Lang lang);
// Any text the document carries, masked likewise.
std::string masked(const Text& text, Lang lang);

// For each block of `document` (by index): a table's title, else the last heading before
// the block, else the document's title for a record and "表 N"/"Table N" for a table.
// Paragraphs get an empty name.
std::vector<Text> block_names(const Document& document);

}  // namespace hall::render_detail
