#include <hall/text_width.h>

#include <algorithm>
#include <array>
#include <iterator>

namespace hall {
namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Unicode's East Asian Width W and F ranges, merged where they touch; enough for the
// scripts and symbols a hall prints.
constexpr std::array<Range, 22> wide{{
    {0x1100, 0x115F},    // Hangul Jamo initial consonants
    {0x2018, 0x2019},    // ‘ ’
    {0x201C, 0x201D},    // “ ”
    {0x231A, 0x231B},    // watch, hourglass
    {0x2329, 0x232A},    // angle brackets
    {0x2E80, 0x303E},    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    {0x3041, 0x33FF},    // kana, Bopomofo, Hangul compatibility, CJK compatibility
    {0x3400, 0x4DBF},    // CJK extension A
    {0x4E00, 0x9FFF},    // CJK unified ideographs
    {0xA000, 0xA4CF},    // Yi
    {0xA960, 0xA97F},    // Hangul Jamo extended A
    {0xAC00, 0xD7A3},    // Hangul syllables
    {0xF900, 0xFAFF},    // CJK compatibility ideographs
    {0xFE10, 0xFE19},    // vertical forms
    {0xFE30, 0xFE6F},    // CJK compatibility forms, small form variants
    {0xFF00, 0xFF60},    // fullwidth ASCII and punctuation
    {0xFFE0, 0xFFE6},    // fullwidth signs
    {0x1F300, 0x1F64F},  // pictographs, emoticons
    {0x1F900, 0x1F9FF},  // supplemental pictographs
    {0x20000, 0x2FFFD},  // CJK extensions B to F
    {0x30000, 0x3FFFD},  // CJK extension G
    {0x1B000, 0x1B16F},  // kana supplement and extended
}};

constexpr std::array<Range, 9> zero{{
    {0x0300, 0x036F},  // combining diacritical marks
    {0x0483, 0x0489},  // Cyrillic combining marks
    {0x1AB0, 0x1AFF},  // combining diacritical marks extended
    {0x1DC0, 0x1DFF},  // combining diacritical marks supplement
    {0x200B, 0x200F},  // zero-width space, joiners, direction marks
    {0x20D0, 0x20FF},  // combining marks for symbols
    {0x3099, 0x309A},  // combining kana voiced marks
    {0xFE00, 0xFE0F},  // variation selectors
    {0xFE20, 0xFE2F},  // combining half marks
}};

template <std::size_t N>
bool in(const std::array<Range, N>& ranges, char32_t c) {
    return std::any_of(ranges.begin(), ranges.end(), [c](Range r) { return c >= r.first && c <= r.last; });
}

// Decodes the code point starting at s[i] and advances i; a malformed sequence yields
// one replacement per byte.
char32_t next(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    int length = 0;
    char32_t c = 0;
    if (lead < 0x80) {
        ++i;
        return lead;
    } else if ((lead & 0xE0) == 0xC0) {
        length = 2;
        c = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        c = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        c = lead & 0x07;
    } else {
        ++i;
        return 0xFFFD;
    }
    if (i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k) {
        const unsigned char b = byte(i + static_cast<std::size_t>(k));
        if ((b & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        c = (c << 6) | (b & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return c;
}

}  // namespace

int code_point_width(char32_t c) {
    if (c == 0) return 0;
    if (c < 0x300) return 1;
    if (in(zero, c)) return 0;
    if (in(wide, c)) return 2;
    return 1;
}

int display_width(std::string_view utf8) {
    int width = 0;
    for (std::size_t i = 0; i < utf8.size();) width += code_point_width(next(utf8, i));
    return width;
}

std::string pad_right(std::string_view text, int width) {
    std::string out(text);
    out.append(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ');
    return out;
}

std::string pad_left(std::string_view text, int width) {
    std::string out(static_cast<std::size_t>(std::max(0, width - display_width(text))), ' ');
    out.append(text);
    return out;
}

std::string pad_center(std::string_view text, int width) {
    const int room = std::max(0, width - display_width(text));
    std::string out(static_cast<std::size_t>(room / 2), ' ');
    out.append(text);
    out.append(static_cast<std::size_t>(room - room / 2), ' ');
    return out;
}

}  // namespace hall
