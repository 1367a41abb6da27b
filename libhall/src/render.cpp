#include <hall/render.h>
#include <hall/text.h>
#include <hall/text_width.h>

#include <algorithm>
#include <sstream>
#include <string>

namespace hall {
namespace {

void write_line(std::ostream& out, std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
}

void text_block(const Paragraph& p, Lang lang, std::ostream& out) {
    const std::string text = mask_ids_in_text(p.text.in(lang));
    if (text.empty()) return;
    // A section starts after an empty line, so that a long bulletin reads in parts.
    if (p.heading) out << '\n';
    out << std::string(static_cast<std::size_t>(p.indent), ' ') << text;
    if (text.back() != '\n') out << '\n';
}

void text_block(const Record& r, Lang lang, std::ostream& out) {
    int width = 0;
    for (const auto& f : r.fields) width = std::max(width, display_width(f.label.text.in(lang)));
    const std::string indent(static_cast<std::size_t>(r.indent), ' ');
    for (const auto& f : r.fields)
        write_line(out, indent + pad_right(f.label.text.in(lang), width) + "  " +
                            mask_ids_in_text(f.value.text(lang)));
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
            widths[i] = std::max(widths[i], display_width(mask_ids_in_text(row[i].text(lang))));
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
    for (const auto& row : t.rows)
        line([&](std::size_t i) { return mask_ids_in_text(row[i].text(lang)); }, row.size());
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

constexpr Format all_formats[] = {Format::text, Format::json, Format::md,
                                  Format::csv,  Format::html, Format::xlsx};

std::optional<Format> parse_format(std::string_view name) {
    for (const Format f : all_formats)
        if (name == format_id(f)) return f;
    return std::nullopt;
}

const char* format_id(Format format) {
    switch (format) {
        case Format::text:
            return "text";
        case Format::json:
            return "json";
        case Format::md:
            return "md";
        case Format::csv:
            return "csv";
        case Format::html:
            return "html";
        case Format::xlsx:
            return "xlsx";
    }
    return "";
}

bool is_binary(Format format) {
    return format == Format::xlsx;
}

void render_text(const Document& document, Lang lang, std::ostream& out) {
    if (document.title) write_line(out, mask_ids_in_text(document.title->in(lang)));
    for (const auto& block : document.blocks)
        std::visit([&](const auto& b) { text_block(b, lang, out); }, block);
    for (const auto& note : document.notes) write_line(out, mask_ids_in_text(note.in(lang)));
}

void write_json(const Document& document, std::ostream& out);

// Masks ID numbers inside every string of serialised JSON and leaves numbers, keys' structure
// and escapes alone: commands may hand over their own JSON (Document::json), so the strings
// are masked here, once, rather than where each is built.
std::string mask_json_strings(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    std::size_t i = 0;
    while (i < json.size()) {
        if (json[i] != '"') {
            out.push_back(json[i++]);
            continue;
        }
        std::size_t end = i + 1;
        while (end < json.size() && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
        end = std::min(end, json.size());
        out.push_back('"');
        out += mask_ids_in_text(std::string_view(json).substr(i + 1, end - i - 1));
        if (end < json.size()) out.push_back('"');
        i = end + 1;
    }
    return out;
}

void render_json(const Document& document, std::ostream& out) {
    std::ostringstream json;
    write_json(document, json);
    out << mask_json_strings(json.str());
}

void write_json(const Document& document, std::ostream& out) {
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
        case Format::md:
            render_markdown(document, lang, out);
            return;
        case Format::csv:
            render_csv(document, lang, out);
            return;
        case Format::html:
            render_html(document, lang, out);
            return;
        case Format::xlsx:
            render_xlsx(document, lang, out);
            return;
    }
}

}  // namespace hall
