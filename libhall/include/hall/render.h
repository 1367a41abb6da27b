#pragma once
// Renderers for documents (document.h). One entry point, `render`, so that a command and
// the --format option never need to know which renderers exist; the report formats (md,
// csv, html, xlsx) join the enum and the dispatch in render.cpp.

#include <hall/document.h>

#include <optional>
#include <ostream>
#include <string_view>

namespace hall {

enum class Format { text, json };

// "text" or "json"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
const char* format_id(Format format);

// Text for people: the title, then each block, then the notes; columns and record values
// aligned by display width (text_width.h); no trailing spaces.
void render_text(const Document& document, Lang lang, std::ostream& out);

// The document's own JSON if it has one, else the generic mapping: a record is an object
// keyed by its fields, a table an array of objects keyed by its columns, a paragraph its
// English text; one block stands alone, several make an array. Language-independent.
void render_json(const Document& document, std::ostream& out);

void render(const Document& document, Format format, Lang lang, std::ostream& out);

}  // namespace hall
