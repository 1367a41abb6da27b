// An Office Open XML workbook through libxlsxwriter: what a hall hands upward. Debian's
// libxlsxwriter (1.1.4) writes only to a file, so the workbook is built in a private
// temporary file and read back as bytes, which keeps xlsx a renderer like the others.
#include "common.h"

#include <hall/render.h>
#include <hall/text_width.h>

#include <xlsxwriter.h>

#include <fmt/format.h>

#include <unistd.h>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

namespace hall {
namespace {

[[noreturn]] void fail(const char* what, lxw_error error) {
    throw DataError(
        Text{fmt::format("无法生成 xlsx 工作簿（{}：{}）", what, lxw_strerror(error)),
             fmt::format("could not build the xlsx workbook ({}: {})", what, lxw_strerror(error))});
}

void check(lxw_error error, const char* what) {
    if (error != LXW_NO_ERROR) fail(what, error);
}

// A temporary file that is removed however the rendering ends.
class TempFile {
public:
    TempFile() {
        std::string pattern = (std::filesystem::temp_directory_path() / "hall-xlsx-XXXXXX").string();
        const int fd = ::mkstemp(pattern.data());
        if (fd < 0)
            throw DataError(
                Text{"无法创建临时文件以生成 xlsx", "could not create a temporary file for the xlsx"});
        ::close(fd);
        path_ = pattern;
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique
// regardless of case (names here are Chinese or English, so lower-casing ASCII suffices).
std::string sheet_name(const std::string& wanted, std::set<std::string>& taken) {
    std::string base;
    int characters = 0;
    for (std::size_t i = 0; i < wanted.size() && characters < 28;) {
        const unsigned char c = static_cast<unsigned char>(wanted[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (std::string_view("[]:*?/\\").find(wanted[i]) == std::string_view::npos || length > 1)
            base += wanted.substr(i, length);
        i += length;
        ++characters;
    }
    if (base.empty()) base = "Sheet";
    auto key = [](std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        return s;
    };
    std::string name = base;
    for (int n = 2; taken.count(key(name)); ++n) name = fmt::format("{}({})", base, n);
    taken.insert(key(name));
    return name;
}

struct Formats {
    lxw_format* header = nullptr;
    lxw_format* title = nullptr;
    lxw_format* heading = nullptr;
    lxw_format* decimal[4] = {};  // by places: 0, 0.0, 0.00, 0.000
};

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const Cell& cell, Lang lang,
                const Formats& formats) {
    // Nothing is a blank cell, as in the CSV, so a column of numbers stays numbers.
    if (cell.kind() == Cell::Kind::none) return;
    if (const auto number = cell.number()) {
        const std::string text = cell.text(lang);
        const auto dot = text.find('.');
        const std::size_t places =
            dot == std::string::npos ? 0 : std::min<std::size_t>(text.size() - dot - 1, 3);
        check(worksheet_write_number(sheet, row, col, *number, places ? formats.decimal[places] : nullptr),
              "number");
        return;
    }
    check(worksheet_write_string(sheet, row, col, render_detail::cell_text(cell, lang).c_str(), nullptr),
          "text");
}

void set_widths(lxw_worksheet* sheet, const std::vector<int>& widths) {
    for (std::size_t i = 0; i < widths.size(); ++i)
        worksheet_set_column(sheet, static_cast<lxw_col_t>(i), static_cast<lxw_col_t>(i),
                             std::min(std::max(widths[i], 6), 80) + 2.0, nullptr);
}

}  // namespace

void render_xlsx(const Document& document, Lang lang, std::ostream& out) {
    TempFile file;
    {
        lxw_workbook* book = workbook_new(file.path().c_str());
        if (!book) throw DataError(Text{"无法生成 xlsx 工作簿", "could not build the xlsx workbook"});
        // Fixed properties: the workbook's bytes depend on the document alone, never on when it
        // was rendered.
        const std::string title =
            document.title ? render_detail::masked(*document.title, lang) : std::string();
        lxw_doc_properties properties{};
        properties.title = const_cast<char*>(title.c_str());
        properties.author = const_cast<char*>("hall");
        // libxlsxwriter takes 0 for "now"; any fixed instant will do (2020-01-01T00:00Z).
        properties.created = 1577836800;
        workbook_set_properties(book, &properties);

        Formats formats;
        formats.header = workbook_add_format(book);
        format_set_bold(formats.header);
        format_set_bg_color(formats.header, 0xD9D9D9);
        format_set_border(formats.header, LXW_BORDER_THIN);
        formats.title = workbook_add_format(book);
        format_set_bold(formats.title);
        format_set_font_size(formats.title, 14);
        formats.heading = workbook_add_format(book);
        format_set_bold(formats.heading);
        const char* patterns[] = {"0", "0.0", "0.00", "0.000"};
        for (int i = 1; i < 4; ++i) {
            formats.decimal[i] = workbook_add_format(book);
            format_set_num_format(formats.decimal[i], patterns[i]);
        }

        std::set<std::string> taken;
        const auto names = render_detail::block_names(document);
        const bool zh = lang == Lang::zh;

        // The first sheet: what is not a table, in order, so nothing of the document is lost.
        lxw_worksheet* summary =
            workbook_add_worksheet(book, sheet_name(zh ? "概要" : "Summary", taken).c_str());
        std::vector<int> summary_widths(2, 0);
        lxw_row_t at = 0;
        if (!title.empty()) {
            check(worksheet_write_string(summary, at++, 0, title.c_str(), formats.title), "title");
            ++at;
        }
        for (const auto& block : document.blocks) {
            if (const auto* p = std::get_if<Paragraph>(&block)) {
                const std::string text = render_detail::masked(p->text, lang);
                if (text.empty()) continue;
                check(worksheet_write_string(summary, at++, 0, text.c_str(),
                                             p->heading ? formats.heading : nullptr),
                      "paragraph");
            } else if (const auto* r = std::get_if<Record>(&block)) {
                for (const auto& f : r->fields) {
                    const std::string label = render_detail::masked(f.label.text, lang);
                    summary_widths[0] = std::max(summary_widths[0], display_width(label));
                    summary_widths[1] = std::max(summary_widths[1], display_width(f.value.text(lang)));
                    check(worksheet_write_string(summary, at, 0, label.c_str(), nullptr), "label");
                    write_cell(summary, at++, 1, f.value, lang, formats);
                }
                ++at;
            }
        }
        for (const auto& note : document.notes)
            check(
                worksheet_write_string(summary, at++, 0, render_detail::masked(note, lang).c_str(), nullptr),
                "note");
        set_widths(summary, summary_widths);

        for (std::size_t b = 0; b < document.blocks.size(); ++b) {
            const auto* t = std::get_if<Table>(&document.blocks[b]);
            if (!t) continue;
            lxw_worksheet* sheet = workbook_add_worksheet(
                book, sheet_name(render_detail::masked(names[b], lang), taken).c_str());
            std::vector<int> widths(t->columns.size(), 0);
            for (std::size_t c = 0; c < t->columns.size(); ++c) {
                const std::string header = render_detail::masked(t->columns[c].label.text, lang);
                widths[c] = display_width(header);
                check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), header.c_str(),
                                             formats.header),
                      "header");
            }
            lxw_row_t row = 1;
            for (const auto& cells : t->rows) {
                for (std::size_t c = 0; c < cells.size() && c < t->columns.size(); ++c) {
                    widths[c] = std::max(widths[c], display_width(render_detail::cell_text(cells[c], lang)));
                    write_cell(sheet, row, static_cast<lxw_col_t>(c), cells[c], lang, formats);
                }
                ++row;
            }
            set_widths(sheet, widths);
            worksheet_freeze_panes(sheet, 1, 0);
        }
        check(workbook_close(book), "close");
    }
    std::ifstream in(file.path(), std::ios::binary);
    out << in.rdbuf();
}

}  // namespace hall
