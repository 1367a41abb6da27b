// One self-contained HTML page for the hall's screen and for printing on A4: inline CSS,
// inline SVG bar charts, nothing fetched from anywhere.
#include "common.h"

#include <hall/render.h>
#include <hall/text_width.h>

#include <fmt/format.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace hall {
namespace {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out.push_back(c);
        }
    }
    return out;
}

constexpr std::string_view style = R"(
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei",
       sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #1a1a1a; line-height: 1.5; }
h1 { font-size: 1.6em; border-bottom: 3px solid #b22222; padding-bottom: .3em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-left: 4px solid #b22222; padding-left: .5em; }
table { border-collapse: collapse; margin: .6em 0 1em; font-size: .92em; }
caption { text-align: left; font-weight: bold; padding: .2em 0; }
th, td { border: 1px solid #c8c8c8; padding: .25em .6em; vertical-align: top; }
th { background: #ececec; }
td.r, th.r { text-align: right; font-variant-numeric: tabular-nums; }
table.record th { text-align: left; font-weight: normal; background: #f6f6f6; }
figure { margin: .6em 0 1em; }
figcaption { font-weight: bold; }
svg.chart text { font-size: 12px; fill: #1a1a1a; }
svg.chart rect.bar { fill: #b22222; }
svg.chart rect.track { fill: #f0f0f0; }
.notes { margin-top: 2em; color: #555; font-size: .9em; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
  h1, h2 { break-after: avoid; }
  figure, tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
)";

// Bars across, one a row, so that two hundred windows still read; the value is printed at
// the end of each bar, and the scale ends at the chart's max or the largest value.
void chart(const Table& t, const Chart& c, Lang lang, std::ostream& out) {
    const std::string name = render_detail::masked(c.title, lang);
    std::vector<std::pair<std::string, double>> bars;
    std::vector<std::string> values;
    double largest = 0;
    for (const auto& row : t.rows) {
        if (c.label_column >= row.size() || c.value_column >= row.size()) continue;
        const auto value = row[c.value_column].number();
        if (!value) continue;
        bars.emplace_back(render_detail::cell_text(row[c.label_column], lang), *value);
        values.push_back(render_detail::cell_text(row[c.value_column], lang));
        largest = std::max(largest, *value);
    }
    if (bars.empty()) return;
    const double scale_end = c.max.value_or(largest > 0 ? largest : 1);
    int label_cells = 4;
    for (const auto& [label, value] : bars) label_cells = std::max(label_cells, display_width(label));
    const int label_px = std::min(label_cells, 40) * 7 + 8;
    constexpr int bar_px = 360;
    constexpr int row_px = 20;
    const int width = label_px + bar_px + 70;
    const int height = static_cast<int>(bars.size()) * row_px + 4;
    out << "<figure><figcaption>" << escape(name) << "</figcaption>\n";
    out << fmt::format(
        "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
        "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"{2}\">\n",
        width, height, escape(name));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const int y = static_cast<int>(i) * row_px + 2;
        const double share = std::clamp(bars[i].second / scale_end, 0.0, 1.0);
        const int length = static_cast<int>(share * bar_px + 0.5);
        out << fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", label_px - 6, y + 13,
                           escape(bars[i].first));
        out << fmt::format("<rect class=\"track\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>", label_px,
                           y + 2, bar_px);
        out << fmt::format("<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"14\"/>", label_px,
                           y + 2, length);
        out << fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_px + length + 4, y + 13,
                           escape(values[i]));
    }
    out << "</svg></figure>\n";
}

void block(const Paragraph& p, const std::string&, Lang lang, std::ostream& out) {
    const std::string text = render_detail::masked(p.text, lang);
    if (text.empty()) return;
    if (p.heading)
        out << "<h2>" << escape(text) << "</h2>\n";
    else if (text.find('\n') != std::string::npos)
        out << "<pre>" << escape(text) << "</pre>\n";
    else
        out << "<p>" << escape(text) << "</p>\n";
}

void block(const Record& r, const std::string&, Lang lang, std::ostream& out) {
    out << "<table class=\"record\"><tbody>\n";
    for (const auto& f : r.fields) {
        const bool number = f.value.number().has_value();
        out << "<tr><th>" << escape(render_detail::masked(f.label.text, lang)) << "</th><td"
            << (number ? " class=\"r\"" : "") << '>' << escape(render_detail::cell_text(f.value, lang))
            << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

void block(const Table& t, const std::string& name, Lang lang, std::ostream& out) {
    for (const auto& c : t.charts) chart(t, c, lang, out);
    out << "<table>";
    if (t.title) out << "<caption>" << escape(name) << "</caption>";
    out << "\n<thead><tr>";
    for (const auto& c : t.columns)
        out << (c.align == Align::right ? "<th class=\"r\">" : "<th>")
            << escape(render_detail::masked(c.label.text, lang)) << "</th>";
    out << "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out << "<tr>";
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            out << (t.columns[i].align == Align::right ? "<td class=\"r\">" : "<td>");
            if (i < row.size()) out << escape(render_detail::cell_text(row[i], lang));
            out << "</td>";
        }
        out << "</tr>\n";
    }
    out << "</tbody></table>\n";
}

}  // namespace

void render_html(const Document& document, Lang lang, std::ostream& out) {
    const std::string title = document.title ? render_detail::masked(*document.title, lang)
                                             : std::string(lang == Lang::zh ? "报表" : "Report");
    out << "<!DOCTYPE html>\n<html lang=\"" << (lang == Lang::zh ? "zh-CN" : "en")
        << "\" data-charts=\"pending\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<title>"
        << escape(title) << "</title>\n<style>" << style
        << "</style>\n"
        // Registered first, in capture, so that a script error or a resource that fails to
        // load anywhere on the page leaves its mark before the charts are counted.
        << "<script>window.addEventListener('error', function () {\n"
           "  document.documentElement.setAttribute('data-charts', 'error');\n"
           "}, true);</script>\n</head>\n<body>\n";
    out << "<h1>" << escape(title) << "</h1>\n";
    const auto names = render_detail::block_names(document);
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const std::string name = render_detail::masked(names[i], lang);
        std::visit([&](const auto& b) { block(b, name, lang, out); }, document.blocks[i]);
    }
    if (!document.notes.empty()) {
        out << "<div class=\"notes\">\n";
        for (const auto& note : document.notes)
            out << "<p>" << escape(render_detail::masked(note, lang)) << "</p>\n";
        out << "</div>\n";
    }
    out << "<script>(function () {\n"
           "  var root = document.documentElement;\n"
           "  if (root.getAttribute('data-charts') === 'error') return;\n"
           "  var drawn = 0;\n"
           "  document.querySelectorAll('svg.chart').forEach(function (svg) {\n"
           "    if (svg.querySelectorAll('rect.bar').length > 0 && svg.getBBox().width > 0) drawn++;\n"
           "  });\n"
           "  root.setAttribute('data-charts', String(drawn));\n"
           "})();</script>\n</body>\n</html>\n";
}

}  // namespace hall
