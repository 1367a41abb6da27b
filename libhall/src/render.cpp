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
    // Two passes over the cells, widths then lines, so that a long table is never held
    // twice in memory as text.
    std::vector<int> widths(t.columns.size(), 0);
    if (t.text_header)
        for (std::size_t i = 0; i < t.columns.size(); ++i)
            widths[i] = display_width(t.columns[i].label.text.in(lang));
    for (const auto& row : t.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], display_width(row[i].text(lang)));
    const std::string indent(static_cast<std::size_t>(t.indent), ' ');
    auto line = [&](auto&& cell_text, std::size_t cells) {
        std::string text = indent;
        for (std::size_t i = 0; i < cells && i < widths.size(); ++i) {
            if (i) text += "  ";
            const std::string cell = cell_text(i);
            text +=
                t.columns[i].align == Align::right ? pad_left(cell, widths[i]) : pad_right(cell, widths[i]);
        }
        write_line(out, std::move(text));
    };
    if (t.text_header)
        line([&](std::size_t i) { return t.columns[i].label.text.in(lang); }, t.columns.size());
    for (const auto& row : t.rows) line([&](std::size_t i) { return row[i].text(lang); }, row.size());
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
        out << document.json() << '\n';
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
