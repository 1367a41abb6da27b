#include <hall/guide.h>

#include <fmt/format.h>

#include <algorithm>

namespace hall {
namespace {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
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
            default:
                out += c;
        }
    }
    return out;
}

// Catalogue text is prose, never markup: the characters Markdown would read as syntax are
// escaped so that a fee of "*50*" prints as typed.
std::string md_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

const char* pick(Lang lang, const char* zh, const char* en) {
    return lang == Lang::zh ? zh : en;
}

// One section of the guide: a heading and its lines; `numbered` lines are steps.
struct Section {
    std::string heading;
    std::vector<std::string> lines;
    bool numbered = false;
};

std::string or_unpublished(const std::string& text, Lang lang) {
    return text.empty() ? pick(lang, "（未公布）", "(not published)") : text;
}

std::vector<Section> sections(const Item& item, const Window* window, Lang lang) {
    const ItemGuide& g = item.guide;
    std::vector<Section> out;
    Section content{pick(lang, "一、办理内容", "1. What it is"), {}};
    content.lines.push_back(fmt::format("{}{}", pick(lang, "事项：", "Item: "), item.name));
    content.lines.push_back(
        fmt::format("{}{}", pick(lang, "内容：", "Content: "), or_unpublished(g.content, lang)));
    content.lines.push_back(
        fmt::format("{}{}", pick(lang, "设定依据：", "Legal basis: "), or_unpublished(g.basis, lang)));
    content.lines.push_back(
        fmt::format("{}{}", pick(lang, "办件类型：", "Kind: "),
                    lang == Lang::zh ? class_zh(item.case_class) : class_id(item.case_class)));
    if (item.prohibited)
        content.lines.push_back(fmt::format("{}{}",
                                            pick(lang, "本大厅不予受理：", "Not taken at this hall: "),
                                            or_unpublished(item.prohibited_reason, lang)));
    out.push_back(std::move(content));

    Section procedure{pick(lang, "二、办理流程", "2. Procedure"), g.procedure, true};
    if (procedure.lines.empty()) {
        procedure.lines.push_back(or_unpublished({}, lang));
        procedure.numbered = false;
    }
    out.push_back(std::move(procedure));

    Section limits{pick(lang, "三、办理时限", "3. Time limits"), {}};
    if (item.case_class == CaseClass::instant)
        limits.lines.push_back(
            pick(lang, "承诺时限：即办，材料齐全当场或当日办结",
                 "Promised: on the spot or the same day, when the materials are complete"));
    else
        limits.lines.push_back(
            fmt::format("{}{}", pick(lang, "承诺时限：", "Promised: "), limit_text(item.promised, lang)));
    limits.lines.push_back(fmt::format("{}{}", pick(lang, "法定时限：", "Statutory: "),
                                       item.statutory
                                           ? limit_text(*item.statutory, lang)
                                           : std::string(pick(lang, "（未公布）", "(not published)"))));
    if (item.case_class == CaseClass::upstream && item.reporting_days)
        limits.lines.push_back(fmt::format("{}{}{}", pick(lang, "上报时限：", "Reported within: "),
                                           limit_text(Limit{*item.reporting_days, LimitUnit::workdays}, lang),
                                           item.authority.empty() ? std::string()
                                           : lang == Lang::zh
                                               ? fmt::format("，报{}审批", item.authority)
                                               : fmt::format(", to {} for approval", item.authority)));
    limits.lines.push_back(pick(lang, "时限自材料齐全之日起计算（补办件自补齐材料之日起）",
                                "Counted from the day the materials are complete"));
    out.push_back(std::move(limits));

    Section fees{pick(lang, "四、收费标准及依据", "4. Fees and their basis"), {}};
    fees.lines.push_back(fmt::format("{}{}", pick(lang, "收费标准：", "Fee: "), or_unpublished(g.fee, lang)));
    fees.lines.push_back(
        fmt::format("{}{}", pick(lang, "收费依据：", "Basis: "), or_unpublished(g.fee_basis, lang)));
    out.push_back(std::move(fees));

    Section materials{pick(lang, "五、申请材料", "5. Materials"), {}, true};
    for (const auto& m : item.materials)
        materials.lines.push_back(
            m.main ? fmt::format("{}{}", m.name, pick(lang, "（主件）", " (main document)")) : m.name);
    if (materials.lines.empty()) {
        materials.lines.push_back(pick(lang, "无需提交材料", "No materials are needed"));
        materials.numbered = false;
    }
    out.push_back(std::move(materials));

    Section where{pick(lang, "六、办理窗口", "6. Window"), {}};
    where.lines.push_back(window ? fmt::format("{} {}", window->code, window->name) : item.window);
    if (window && !window->unit.empty())
        where.lines.push_back(fmt::format("{}{}", pick(lang, "进驻单位：", "Unit: "), window->unit));
    for (const auto& p : item.participants)
        where.lines.push_back(fmt::format("{}{}", pick(lang, "联办窗口：", "Joint window: "), p));
    out.push_back(std::move(where));

    Section complaint{pick(lang, "七、监督投诉", "7. How to complain"), {}};
    complaint.lines.push_back(or_unpublished(g.complaint, lang));
    out.push_back(std::move(complaint));
    return out;
}

std::string title(const Item& item, Lang lang) {
    return fmt::format("{}{}（{}）", pick(lang, "办事指南：", "Service guide: "), item.name, item.code);
}

void markdown(std::string& out, const Item& item, const Window* window, Lang lang) {
    out += fmt::format("# {}\n", md_escape(title(item, lang)));
    for (const auto& s : sections(item, window, lang)) {
        out += fmt::format("\n## {}\n\n", md_escape(s.heading));
        int n = 0;
        for (const auto& line : s.lines)
            out += s.numbered ? fmt::format("{}. {}\n", ++n, md_escape(line))
                              : fmt::format("- {}\n", md_escape(line));
    }
}

constexpr const char* html_style =
    "body{font-family:\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif;"
    "margin:2em auto;max-width:46em;line-height:1.6;color:#111}"
    "h1{font-size:1.5em;border-bottom:2px solid #a00;padding-bottom:.3em}"
    "h2{font-size:1.1em;margin-top:1.2em;color:#a00}"
    "ul,ol{margin:.2em 0 .2em 1.5em;padding:0}"
    "section.guide{page-break-after:always}section.guide:last-child{page-break-after:auto}"
    "@page{size:A4;margin:18mm}@media print{body{margin:0;max-width:none}}";

void html(std::string& out, const Item& item, const Window* window, Lang lang) {
    out += fmt::format("<section class=\"guide\" id=\"{}\">\n<h1>{}</h1>\n", html_escape(item.code),
                       html_escape(title(item, lang)));
    for (const auto& s : sections(item, window, lang)) {
        const char* list = s.numbered ? "ol" : "ul";
        out += fmt::format("<h2>{}</h2>\n<{}>\n", html_escape(s.heading), list);
        for (const auto& line : s.lines) out += fmt::format("<li>{}</li>\n", html_escape(line));
        out += fmt::format("</{}>\n", list);
    }
    out += "</section>\n";
}

}  // namespace

std::string render_guide(const std::vector<Item>& items, const std::vector<Window>& windows,
                         GuideFormat format, Lang lang) {
    std::string out;
    if (format == GuideFormat::html)
        out += fmt::format(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n"
            "<style>{}</style>\n</head>\n<body>\n",
            pick(lang, "zh-CN", "en"),
            items.size() == 1 ? html_escape(title(items.front(), lang))
                              : pick(lang, "办事指南", "Service guide"),
            html_style);
    bool first = true;
    for (const auto& item : items) {
        const auto at = std::find_if(windows.begin(), windows.end(),
                                     [&](const Window& w) { return w.code == item.window; });
        const Window* window = at == windows.end() ? nullptr : &*at;
        if (format == GuideFormat::html) {
            html(out, item, window, lang);
        } else {
            if (!first) out += "\n---\n\n";
            markdown(out, item, window, lang);
        }
        first = false;
    }
    if (format == GuideFormat::html) out += "</body>\n</html>\n";
    return out;
}

std::vector<std::string> unpublished(const Item& item) {
    std::vector<std::string> out;
    const ItemGuide& g = item.guide;
    if (g.content.empty()) out.push_back("content");
    if (g.basis.empty()) out.push_back("basis");
    if (g.procedure.empty()) out.push_back("procedure");
    if (g.fee.empty()) out.push_back("fee");
    if (g.fee_basis.empty()) out.push_back("fee_basis");
    if (g.complaint.empty()) out.push_back("complaint");
    return out;
}

}  // namespace hall
