// Every TOML reader: a calendar, a catalogue, a rule file. Any input either parses or is a
// DataError naming the file; nothing else may escape, and nothing may crash.
#include <hall/calendar_file.h>
#include <hall/catalogue.h>
#include <hall/error.h>

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)hall::parse_calendar(text, "fuzz.toml");
    } catch (const hall::Error&) {
    }
    try {
        (void)hall::parse_catalogue(text, "fuzz.toml");
    } catch (const hall::Error&) {
    }
    return 0;
}
