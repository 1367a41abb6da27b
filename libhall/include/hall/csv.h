#pragma once
// CSV files as people and machines in a Chinese office write them: RFC 4180 fields (quotes,
// embedded commas and line breaks), a header row, and the encodings Excel and time clocks
// use — UTF-8 with or without a byte-order mark, and GB18030 (a superset of GBK and GB2312).
// Every error names the file and the physical line where the offending record starts, so a
// clerk can open the file and find it.

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hall {

enum class CsvEncoding {
    utf8,      // UTF-8 without a byte-order mark
    utf8_bom,  // UTF-8 after EF BB BF, what Excel writes for "CSV UTF-8"
    gb18030,   // GB18030/GBK, what Excel writes for "CSV" on a Chinese Windows
};

// "UTF-8", "UTF-8 (BOM)", "GB18030".
const char* to_string(CsvEncoding encoding);

struct CsvRow {
    std::size_t line = 0;  // physical line (1-based) where the record starts
    std::vector<std::string> fields;
};

struct CsvOptions {
    // A quoted field may span lines (RFC 4180); when false, such a field is refused at its
    // line, since check_text refuses the line break. When true, line breaks inside a field
    // are kept as "\n" and each line of the field is checked on its own.
    bool multiline_fields = false;
    // A file larger than this is refused before it is decoded.
    std::size_t max_bytes = std::size_t{64} << 20;
};

struct CsvTable {
    std::string source;  // the file name used in messages
    CsvEncoding encoding = CsvEncoding::utf8;
    std::vector<std::string> header;  // the first record, each name trimmed of spaces
    std::vector<CsvRow> rows;         // the records after it; blank lines are skipped

    // The index of the first header column whose name is one of `names` (compared exactly,
    // after trimming), or nullopt.
    std::optional<std::size_t> column(std::initializer_list<std::string_view> names) const;
};

// Detects the encoding of raw bytes: a BOM means UTF-8; else valid UTF-8 is UTF-8; else
// valid GB18030 is GB18030. Returns the text as UTF-8 without BOM. Throws DataError naming
// `source` and the first line that is neither.
std::string decode_csv_text(std::string_view bytes, const std::string& source, CsvEncoding& encoding);

// Decodes and parses `bytes`. Throws DataError naming `source` and the line: an unknown
// encoding, an unterminated quote, a stray quote inside an unquoted field, a record whose
// field count differs from the header's, a field check_text refuses, a missing header.
CsvTable parse_csv(std::string_view bytes, const std::string& source, const CsvOptions& options = {});

// Reads the file whole and parses it; a file that cannot be read is a NotFound.
CsvTable read_csv_file(const std::filesystem::path& path, const CsvOptions& options = {});

}  // namespace hall
