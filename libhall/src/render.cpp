#include <hall/render.h>
#include <hall/text_width.h>

#include <algorithm>
#include <string>

namespace hall {
namespace {

void write_line(std::ostream& out, std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
}

void text_block(const Paragraph& p, Lang lang, std::ostream& out) {
    const std::string& text = p.text.in(lang);
    if (text.empty()) return;
    out << std::string(static_cast<std::size_t>(p.indent), ' ') << text;
    if (text.back() != '\n') out << '\n';
}

void text_block(const Record& r, Lang lang, std::ostream& out) {
    int width = 0;
    for (const auto& f : r.fields) width = std::max(width, display_width(f.label.text.in(lang)));
    const std::string indent(static_cast<std::size_t>(r.indent), ' ');
    for (const auto& f : r.fields)
        write_line(out, indent + pad_right(f.label.text.in(lang), width) + "  " + f.value.text(lang));
}

void text_block(const Table& t, Lang lang, std::ostream& out) {
    std::vector<std::vector<std::string>> lines;
    if (t.text_header) {
        std::vector<std::string> header;
        for (const auto& c : t.columns) header.push_back(c.label.text.in(lang));
        lines.push_back(std::move(header));
    }
    for (const auto& row : t.rows) {
        std::vector<std::string> line;
        for (const auto& cell : row) line.push_back(cell.text(lang));
        lines.push_back(std::move(line));
    }
    std::vector<int> widths(t.columns.size(), 0);
    for (const auto& line : lines)
        for (std::size_t i = 0; i < line.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(line[i]));
    const std::string indent(static_cast<std::size_t>(t.indent), ' ');
    for (const auto& line : lines) {
        std::string text = indent;
        for (std::size_t i = 0; i < line.size() && i < widths.size(); ++i) {
            if (i) text += "  ";
            text += t.columns[i].align == Align::right ? pad_left(line[i], widths[i])
                                                       : pad_right(line[i], widths[i]);
        }
        write_line(out, std::move(text));
    }
}

Json json_block(const Paragraph& p) {
    return Json(p.text.en);
}

Json json_block(const Record& r) {
    Json object = Json::object();
    for (const auto& f : r.fields) object.set(f.label.key, f.value.json());
    return object;
}

Json json_block(const Table& t) {
    Json list = Json::array();
    for (const auto& row : t.rows) {
        Json object = Json::object();
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i)
            object.set(t.columns[i].label.key, row[i].json());
        list.push(std::move(object));
    }
    return list;
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
    if (name == "text") return Format::text;
    if (name == "json") return Format::json;
    return std::nullopt;
}

const char* format_id(Format format) {
    switch (format) {
        case Format::text:
            return "text";
        case Format::json:
            return "json";
    }
    return "";
}

void render_text(const Document& document, Lang lang, std::ostream& out) {
    if (document.title) write_line(out, document.title->in(lang));
    for (const auto& block : document.blocks)
        std::visit([&](const auto& b) { text_block(b, lang, out); }, block);
    for (const auto& note : document.notes) write_line(out, note.in(lang));
}

void render_json(const Document& document, std::ostream& out) {
    if (document.json) {
        out << *document.json << '\n';
        return;
    }
    Json body;
    if (document.blocks.size() == 1) {
        body = std::visit([](const auto& b) { return json_block(b); }, document.blocks.front());
    } else {
        body = Json::array();
        for (const auto& block : document.blocks)
            body.push(std::visit([](const auto& b) { return json_block(b); }, block));
    }
    out << body << '\n';
}

void render(const Document& document, Format format, Lang lang, std::ostream& out) {
    switch (format) {
        case Format::text:
            render_text(document, lang, out);
            return;
        case Format::json:
            render_json(document, out);
            return;
    }
}

}  // namespace hall
