#pragma once
// CSV files as people and machines in a Chinese office write them: RFC 4180 fields (quotes,
// embedded commas and line breaks), a header row, and the encodings Excel and time clocks
// use — UTF-8 with or without a byte-order mark, and GB18030 (a superset of GBK and GB2312).
// Every error names the file and the physical line where the offending record starts, so a
// clerk can open the file and find it.

#include <cstddef>
#include <cstdint>
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

// One record's fields, kept one after another in one string: a file of a million records
// costs two allocations a record rather than one for each long field and one for their list
// (a city's case import held over a gigabyte the other way).
class CsvFields {
public:
    CsvFields() = default;
    CsvFields(std::initializer_list<std::string_view> fields) {
        for (const auto f : fields) push_back(f);
    }

    std::size_t size() const { return ends_.size(); }
    bool empty() const { return ends_.empty(); }
    std::string_view operator[](std::size_t i) const {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    void push_back(std::string_view field) {
        text_.append(field);
        ends_.push_back(static_cast<std::uint32_t>(text_.size()));
    }
    // Frees what the reading left over, once the record is whole.
    void shrink_to_fit() {
        text_.shrink_to_fit();
        ends_.shrink_to_fit();
    }

    class const_iterator {
    public:
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        const_iterator() = default;
        const_iterator(const CsvFields* fields, std::size_t i) : fields_(fields), i_(i) {}
        std::string_view operator*() const { return (*fields_)[i_]; }
        const_iterator& operator++() {
            ++i_;
            return *this;
        }
        const_iterator operator++(int) {
            auto before = *this;
            ++i_;
            return before;
        }
        bool operator==(const const_iterator& other) const { return i_ == other.i_; }

    private:
        const CsvFields* fields_ = nullptr;
        std::size_t i_ = 0;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    std::string text_;
    std::vector<std::uint32_t> ends_;  // where each field ends in text_
};

struct CsvRow {
    std::size_t line = 0;  // physical line (1-based) where the record starts
    CsvFields fields;
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
