// Dates, times and months as typed on the command line: a parse that succeeds must print
// back to a string that parses to the same value.
#include <hall/date.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto d = hall::Date::parse(text))
        if (hall::Date::parse(d->to_string()) != d) std::abort();
    if (auto m = hall::Moment::parse(text))
        if (hall::Moment::parse(m->to_string()) != m) std::abort();
    if (auto m = hall::Month::parse(text))
        if (hall::Month::parse(m->to_string()) != m) std::abort();
    return 0;
}
