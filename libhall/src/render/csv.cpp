// CSV as Excel opens it with Chinese text intact: UTF-8 with a byte-order mark, CRLF, one
// table after another (the layout is documented in render.h and docs/reports.md).
#include "common.h"

#include <hall/render.h>

#include <string>
#include <string_view>
#include <vector>

namespace hall {
namespace {

// RFC 4180 quoting. A text cell that would start a spreadsheet formula (= + - @) gets a
// leading apostrophe, so that a name typed at the desk is never run by Excel; numbers keep
// their minus sign.
std::string field(std::string_view text, bool is_text) {
    std::string value(text);
    if (is_text && !value.empty() &&
        (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
        value.insert(value.begin(), '\'');
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (const char c : value) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

void row(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << fields[i];
    out << "\r\n";
}

bool is_text(const Cell& cell) {
    return cell.kind() == Cell::Kind::text || cell.kind() == Cell::Kind::list;
}

// An empty value is an empty field, so that a spreadsheet sees a blank, not text, in a
// column of numbers.
std::string value(const Cell& cell, Lang lang) {
    return cell.kind() == Cell::Kind::none ? std::string()
                                           : field(render_detail::cell_text(cell, lang), is_text(cell));
}

}  // namespace

void render_csv(const Document& document, Lang lang, std::ostream& out) {
    out << "\xEF\xBB\xBF";
    if (document.title) row(out, {field(render_detail::masked(*document.title, lang), true)});
    const auto names = render_detail::block_names(document);
    for (std::size_t b = 0; b < document.blocks.size(); ++b) {
        const Block& block = document.blocks[b];
        if (std::holds_alternative<Paragraph>(block)) continue;
        out << "\r\n";
        row(out, {field(render_detail::masked(names[b], lang), true)});
        if (const auto* r = std::get_if<Record>(&block)) {
            for (const auto& f : r->fields)
                row(out, {field(render_detail::masked(f.label.text, lang), true), value(f.value, lang)});
        } else if (const auto* t = std::get_if<Table>(&block)) {
            std::vector<std::string> fields;
            for (const auto& c : t->columns)
                fields.push_back(field(render_detail::masked(c.label.text, lang), true));
            row(out, fields);
            for (const auto& cells : t->rows) {
                fields.clear();
                for (std::size_t i = 0; i < t->columns.size(); ++i)
                    fields.push_back(i < cells.size() ? value(cells[i], lang) : std::string());
                row(out, fields);
            }
        }
    }
    if (!document.notes.empty()) {
        out << "\r\n";
        for (const auto& note : document.notes) row(out, {field(render_detail::masked(note, lang), true)});
    }
}

}  // namespace hall
