#include <hall/bilingual.h>
#include <hall/csv.h>
#include <hall/error.h>
#include <hall/text.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>

#include <iconv.h>

namespace hall {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::size_t line_of(std::string_view text, std::size_t offset) {
    return 1 + static_cast<std::size_t>(
                   std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// The first line (1-based) that is not valid UTF-8, or 0 when all are.
std::size_t first_bad_utf8_line(std::string_view text) {
    std::size_t line = 1;
    for (std::size_t start = 0; start <= text.size(); ++line) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        if (!valid_utf8(text.substr(start, end - start))) return line;
        start = end + 1;
    }
    return 0;
}

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

// GB18030 → UTF-8 through glibc's iconv. Returns nullopt and the offset of the first byte
// that does not decode (an invalid or cut-off sequence).
std::optional<std::string> from_gb18030(std::string_view bytes, std::size_t& bad_offset) {
    const iconv_t raw = iconv_open("UTF-8", "GB18030");
    if (raw == reinterpret_cast<iconv_t>(-1))
        throw DataError(bilingual("本系统的 iconv 不支持 GB18030 编码；请把文件另存为 UTF-8",
                                  "this system's iconv cannot decode GB18030; save the file as UTF-8"));
    const std::unique_ptr<void, IconvCloser> cd(raw);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    // iconv wants a non-const input pointer although it never writes through it.
    std::string input(bytes);
    char* in = input.data();
    std::size_t in_left = input.size();
    char buffer[4096];
    while (in_left > 0) {
        char* dst = buffer;
        std::size_t dst_left = sizeof buffer;
        const std::size_t r = iconv(raw, &in, &in_left, &dst, &dst_left);
        out.append(buffer, static_cast<std::size_t>(dst - buffer));
        if (r == static_cast<std::size_t>(-1) && errno != E2BIG) {
            bad_offset = static_cast<std::size_t>(in - input.data());
            return std::nullopt;
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    while (!s.empty() && space(s.front())) s.remove_prefix(1);
    while (!s.empty() && space(s.back())) s.remove_suffix(1);
    return s;
}

[[noreturn]] void refuse_at(const std::string& source, std::size_t line, const Text& why) {
    throw DataError(Text{fmt::format("{0} 第 {1} 行：{2}", source, line, why.zh),
                         fmt::format("{0} line {1}: {2}", source, line, why.en)});
}

// Checks one field with check_text, turning its refusal into the file's words.
void check_field(const std::string& field, const std::string& source, std::size_t line, std::size_t column,
                 const std::string& column_name, bool multiline) {
    // The field's name for a message is formatted only when there is one to give: naming
    // every field of a large file was a tenth of an import. A refused part is checked again
    // under its name, which throws the same refusal with the name in it.
    const auto check = [&](std::string_view part) {
        try {
            check_text(part, "");
        } catch (const InvalidInput&) {
            const std::string what = column_name.empty()
                                         ? fmt::format("{}:{} #{}", source, line, column)
                                         : fmt::format("{}:{} [{}]", source, line, column_name);
            check_text(part, what.c_str());
        }
    };
    try {
        if (!multiline) {
            check(field);
            return;
        }
        std::string_view rest = field;
        for (;;) {
            const auto nl = rest.find('\n');
            check(rest.substr(0, nl));
            if (nl == std::string_view::npos) break;
            rest.remove_prefix(nl + 1);
        }
    } catch (const InvalidInput& e) {
        throw DataError(Text{e.message(Lang::zh), e.message(Lang::en)});
    }
}

struct Parsed {
    std::size_t line;
    std::vector<std::string> fields;
    std::vector<std::size_t> field_lines;
};

// Splits UTF-8 text into records per RFC 4180 and hands each to `visit` as it is read, so a
// large file is not held twice. A record ends at LF or CRLF outside quotes.
template <typename Visit>
void split_records(std::string_view text, const std::string& source, bool multiline, Visit visit) {
    std::size_t i = 0;
    std::size_t line = 1;
    const std::size_t n = text.size();
    std::size_t width = 0;  // the last record's field count: most records have as many
    while (i < n) {
        Parsed record{line, {}, {}};
        record.fields.reserve(width);
        record.field_lines.reserve(width);
        for (;;) {
            std::string field;
            const std::size_t field_line = line;
            if (i < n && text[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= n)
                        refuse_at(
                            source, field_line,
                            bilingual("引号没有闭合（从这一行开始的字段一直到文件末尾）",
                                      "a quote is never closed (the field starting here runs to the end of "
                                      "the file)"));
                    const char c = text[i];
                    if (c == '"') {
                        if (i + 1 < n && text[i + 1] == '"') {
                            field.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == '\r' && i + 1 < n && text[i + 1] == '\n') {
                        ++i;
                        continue;
                    }
                    if (c == '\n') {
                        if (!multiline)
                            refuse_at(
                                source, field_line,
                                bilingual("引号内的字段跨行了；请把换行去掉，或检查是否少了一个引号",
                                          "a quoted field runs over a line break; remove the break or check "
                                          "for a missing quote"));
                        ++line;
                    }
                    field.push_back(c);
                    ++i;
                }
                if (i < n && text[i] != ',' && text[i] != '\n' &&
                    !(text[i] == '\r' && i + 1 < n && text[i + 1] == '\n'))
                    refuse_at(
                        source, field_line,
                        bilingual(
                            "右引号后面还有字符；字段内的引号要写成两个（\"\"）",
                            "characters follow a closing quote; a quote inside a field is written twice "
                            "(\"\")"));
            } else {
                while (i < n && text[i] != ',' && text[i] != '\n') {
                    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') break;
                    if (text[i] == '"')
                        refuse_at(
                            source, field_line,
                            bilingual("没有引号的字段中间出现了引号；含引号的字段要整体加引号，引号写成两个",
                                      "a quote inside an unquoted field; quote the whole field and write the "
                                      "quote twice"));
                    field.push_back(text[i]);
                    ++i;
                }
            }
            record.fields.push_back(std::move(field));
            record.field_lines.push_back(field_line);
            if (i < n && text[i] == ',') {
                ++i;
                continue;
            }
            if (i < n && text[i] == '\r') ++i;
            if (i < n && text[i] == '\n') {
                ++i;
                ++line;
            }
            break;
        }
        width = record.fields.size();
        visit(std::move(record));
    }
}

bool blank_record(const Parsed& record) {
    return std::all_of(record.fields.begin(), record.fields.end(),
                       [](const std::string& f) { return trim(f).empty(); });
}

}  // namespace

const char* to_string(CsvEncoding encoding) {
    switch (encoding) {
        case CsvEncoding::utf8:
            return "UTF-8";
        case CsvEncoding::utf8_bom:
            return "UTF-8 (BOM)";
        case CsvEncoding::gb18030:
            return "GB18030";
    }
    return "UTF-8";
}

std::optional<std::size_t> CsvTable::column(std::initializer_list<std::string_view> names) const {
    for (std::size_t i = 0; i < header.size(); ++i)
        for (const auto name : names)
            if (header[i] == name) return i;
    return std::nullopt;
}

namespace {

// decode_csv_text without a copy of a UTF-8 file: the text is `bytes` itself (after any
// BOM), or `storage` holding what GB18030 decodes to.
std::string_view decode_view(std::string_view bytes, const std::string& source, CsvEncoding& encoding,
                             std::string& storage) {
    if (bytes.starts_with(utf8_bom)) {
        bytes.remove_prefix(utf8_bom.size());
        encoding = CsvEncoding::utf8_bom;
        if (const auto bad = first_bad_utf8_line(bytes); bad != 0)
            refuse_at(
                source, bad,
                bilingual("文件以 UTF-8 标记（BOM）开头，但这一行不是有效的 UTF-8",
                          "the file starts with a UTF-8 byte-order mark, but this line is not valid UTF-8"));
        return bytes;
    }
    const std::size_t bad_utf8 = first_bad_utf8_line(bytes);
    if (bad_utf8 == 0) {
        encoding = CsvEncoding::utf8;
        return bytes;
    }
    std::size_t bad_offset = 0;
    if (auto text = from_gb18030(bytes, bad_offset)) {
        encoding = CsvEncoding::gb18030;
        storage = std::move(*text);
        return storage;
    }
    const std::size_t bad_gb = line_of(bytes, bad_offset);
    const std::size_t first = std::min(bad_utf8, bad_gb);
    refuse_at(
        source, first,
        bilingual(
            "无法识别文件编码：第 {0} 行起不是 UTF-8，第 {1} 行起不是 GB18030/GBK；请另存为 UTF-8 或 GBK",
            "unknown encoding: not UTF-8 from line {0}, not GB18030/GBK from line {1}; save the file as "
            "UTF-8 or GBK",
            bad_utf8, bad_gb));
}

}  // namespace

std::string decode_csv_text(std::string_view bytes, const std::string& source, CsvEncoding& encoding) {
    std::string storage;
    const std::string_view text = decode_view(bytes, source, encoding, storage);
    if (text.data() == storage.data()) return storage;
    return std::string(text);
}

namespace {

// The header, or a row checked against it.
void take_record(CsvTable& table, Parsed&& record, bool& have_header, const std::string& source,
                 const CsvOptions& options) {
    if (!have_header) {
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            check_field(record.fields[c], source, record.field_lines[c], c + 1, "", options.multiline_fields);
            table.header.emplace_back(trim(record.fields[c]));
        }
        have_header = true;
        return;
    }
    if (record.fields.size() != table.header.size())
        refuse_at(source, record.line,
                  bilingual("有 {0} 个字段，表头有 {1} 列", "has {0} fields where the header has {1} columns",
                            record.fields.size(), table.header.size()));
    for (std::size_t c = 0; c < record.fields.size(); ++c)
        check_field(record.fields[c], source, record.field_lines[c], c + 1, table.header[c],
                    options.multiline_fields);
    CsvRow row{record.line, {}};
    for (const auto& field : record.fields) row.fields.push_back(field);
    row.fields.shrink_to_fit();
    table.rows.push_back(std::move(row));
}

}  // namespace

CsvTable parse_csv(std::string_view bytes, const std::string& source, const CsvOptions& options) {
    if (bytes.size() > options.max_bytes)
        throw DataError(bilingual("{0} 太大（{1} 字节；上限 {2} 字节）",
                                  "{0} is too large ({1} bytes; the limit is {2})", source, bytes.size(),
                                  options.max_bytes));
    CsvTable table;
    table.source = source;
    std::string decoded;
    const std::string_view text = decode_view(bytes, source, table.encoding, decoded);
    bool have_header = false;
    // A record's own refusal waits until the whole file has split: a broken quote anywhere
    // is reported first, as when the file was split before any record was read.
    std::optional<DataError> refused;
    split_records(text, source, options.multiline_fields, [&](Parsed&& record) {
        if (refused || blank_record(record)) return;
        try {
            take_record(table, std::move(record), have_header, source, options);
        } catch (const DataError& e) {
            refused = e;
        }
    });
    if (refused) throw *refused;
    if (!have_header)
        throw DataError(bilingual("{0} 是空的：缺少表头行", "{0} is empty: it has no header row", source));
    return table;
}

CsvTable read_csv_file(const std::filesystem::path& path, const CsvOptions& options) {
    const std::string name = path.string();
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > options.max_bytes)
        throw DataError(bilingual("{0} 太大（{1} 字节；上限 {2} 字节）",
                                  "{0} is too large ({1} bytes; the limit is {2})", name, size,
                                  options.max_bytes));
    std::ifstream in(path, std::ios::binary);
    if (!in || std::filesystem::is_directory(path, ec))
        throw NotFound(bilingual("无法读取文件 {0}", "cannot read the file {0}", name));
    // Read straight into one string: a string stream and its copy held the file twice.
    std::string bytes;
    if (!ec) bytes.reserve(static_cast<std::size_t>(size));
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0)
        bytes.append(chunk, static_cast<std::size_t>(in.gcount()));
    return parse_csv(bytes, name, options);
}

}  // namespace hall
