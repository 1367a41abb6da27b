// The CSV reader on arbitrary bytes: it accepts or refuses with a DataError, never crashes,
// and what it accepts is valid UTF-8 in rows as wide as the header.
#include <hall/csv.h>
#include <hall/error.h>
#include <hall/text.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    for (const bool multiline : {false, true}) {
        hall::CsvOptions options;
        options.multiline_fields = multiline;
        try {
            const auto table = hall::parse_csv(bytes, "fuzz.csv", options);
            for (const auto& name : table.header)
                if (!hall::valid_utf8(name)) std::abort();
            std::size_t last_line = 0;
            for (const auto& row : table.rows) {
                if (row.fields.size() != table.header.size()) std::abort();
                if (row.line <= last_line) std::abort();  // lines only grow
                last_line = row.line;
                for (const auto& field : row.fields)
                    if (!hall::valid_utf8(field)) std::abort();
            }
        } catch (const hall::DataError&) {
        }
    }
    return 0;
}
