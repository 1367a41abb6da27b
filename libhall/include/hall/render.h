#pragma once
// Renderers for documents (document.h). One entry point, `render`, so that a command and
// the --format option never need to know which renderers exist. Every renderer walks the
// same blocks, masks ID numbers in every string it writes, and gives the same bytes for the
// same document, so a bulletin re-run for the same period is byte-identical.

#include <hall/document.h>

#include <optional>
#include <ostream>
#include <string_view>

namespace hall {

enum class Format { text, json, md, csv, html, xlsx };

// "text", "json", "md", "csv", "html" or "xlsx"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
const char* format_id(Format format);
// Whether the format is bytes for a program rather than text for a terminal: xlsx, which is
// written to a file (--out) only.
bool is_binary(Format format);

// Text for people: the title, then each block, then the notes; columns and record values
// aligned by display width (text_width.h); no trailing spaces.
void render_text(const Document& document, Lang lang, std::ostream& out);

// The document's own JSON if it has one, else the generic mapping: a record is an object
// keyed by its fields, a table an array of objects keyed by its columns, a paragraph its
// English text; one block stands alone, several make an array. Language-independent.
void render_json(const Document& document, std::ostream& out);

// Markdown (CommonMark with pipe tables): the title as `#`, headings as `##`, records as
// two-column tables, tables with their headers; `|` and markup characters escaped.
void render_markdown(const Document& document, Lang lang, std::ostream& out);

// CSV for Excel: UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting. Layout: the
// title on the first row; then each record and table in order, each preceded by a row with
// its name (a table's title, else the heading before it) and followed by an empty row; a
// table's first row holds its column headers, a record's rows are label,value pairs.
// Numbers are written plain (no thousands separators), dates as YYYY-MM-DD, nothing as an
// empty field.
void render_csv(const Document& document, Lang lang, std::ostream& out);

// One self-contained HTML page: inline CSS (with print rules for A4), every table, and each
// table's chart as inline SVG; no script from elsewhere, no font or image fetched. An
// inline script marks the page (`<html data-charts="N">`) once it has loaded with no error,
// so that a browser check can read the mark back from the DOM.
void render_html(const Document& document, Lang lang, std::ostream& out);

// An Office Open XML workbook: a first sheet with the title, headings, records and notes, then
// one sheet per table, headers bold on a grey fill, columns as wide as their widest cell's
// display width, numbers as numbers. Throws DataError when the workbook cannot be built.
void render_xlsx(const Document& document, Lang lang, std::ostream& out);

void render(const Document& document, Format format, Lang lang, std::ostream& out);

}  // namespace hall
