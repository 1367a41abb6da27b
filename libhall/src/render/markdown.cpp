// Markdown for a wiki page or a mail: CommonMark with the pipe tables every renderer knows.
#include "common.h"

#include <hall/render.h>

#include <string>
#include <string_view>

namespace hall {
namespace {

// Characters that would start markup, and the pipes that would end a table cell; a line
// break inside a cell would end the row.
std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\':
            case '|':
            case '*':
            case '_':
            case '`':
            case '<':
            case '>':
            case '[':
            case ']':
            case '#':
                out.push_back('\\');
                out.push_back(c);
                break;
            case '\n':
                out += "<br>";
                break;
            case '\r':
                break;
            default:
                out.push_back(c);
        }
    }
    return out;
}

void block(const Paragraph& p, Lang lang, std::ostream& out) {
    const std::string text = render_detail::masked(p.text, lang);
    if (text.empty()) return;
    if (p.heading) {
        out << "## " << escape(text) << "\n\n";
        return;
    }
    // A preformatted text (a notice) keeps its lines: each ends in a hard break.
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        const std::string_view line = rest.substr(0, end);
        out << escape(line);
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end + 1);
        if (!rest.empty()) out << "\\\n";
    }
    out << "\n\n";
}

void block(const Record& r, Lang lang, std::ostream& out) {
    for (const auto& f : r.fields)
        out << "- **" << escape(render_detail::masked(f.label.text, lang))
            << "**: " << escape(render_detail::cell_text(f.value, lang)) << '\n';
    out << '\n';
}

void block(const Table& t, Lang lang, std::ostream& out) {
    if (t.title) out << "**" << escape(render_detail::masked(*t.title, lang)) << "**\n\n";
    out << '|';
    for (const auto& c : t.columns) out << ' ' << escape(render_detail::masked(c.label.text, lang)) << " |";
    out << "\n|";
    for (const auto& c : t.columns) out << (c.align == Align::right ? " ---: |" : " --- |");
    out << '\n';
    for (const auto& row : t.rows) {
        out << '|';
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            out << ' ' << (i < row.size() ? escape(render_detail::cell_text(row[i], lang)) : "") << " |";
        out << '\n';
    }
    out << '\n';
}

}  // namespace

void render_markdown(const Document& document, Lang lang, std::ostream& out) {
    if (document.title) out << "# " << escape(render_detail::masked(*document.title, lang)) << "\n\n";
    for (const auto& b : document.blocks) std::visit([&](const auto& x) { block(x, lang, out); }, b);
    for (const auto& note : document.notes)
        out << "> " << escape(render_detail::masked(note, lang)) << "\n>\n";
}

}  // namespace hall
