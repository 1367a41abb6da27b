// Typed text and its masked output: masking keeps valid UTF-8 valid and never lengthens it.
#include <hall/error.h>
#include <hall/text.h>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const bool valid = hall::valid_utf8(text);
    try {
        hall::check_text(text, "--fuzz", true);
        if (!valid) std::abort();  // accepted text must be UTF-8
    } catch (const hall::InvalidInput&) {
    }
    const auto masked = hall::mask_ids_in_text(text);
    if (masked.size() > text.size()) std::abort();
    if (valid && !hall::valid_utf8(masked)) std::abort();
    if (valid && !hall::valid_utf8(hall::mask_id(text))) std::abort();
    if (valid && !hall::valid_utf8(hall::mask_name(text))) std::abort();
    return 0;
}
