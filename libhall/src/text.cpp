#include <hall/error.h>
#include <hall/text.h>

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace hall {
namespace {

struct CodePoint {
    char32_t value = 0;
    std::size_t offset = 0;
    std::size_t length = 0;
};

// Decodes one code point at `i`; nullopt when the bytes there are not well-formed UTF-8.
std::optional<CodePoint> decode(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return CodePoint{b0, i, 1};
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0) == 0xC0) {
        length = 2, cp = b0 & 0x1F, min = 0x80;
    } else if ((b0 & 0xF0) == 0xE0) {
        length = 3, cp = b0 & 0x0F, min = 0x800;
    } else if ((b0 & 0xF8) == 0xF0) {
        length = 4, cp = b0 & 0x07, min = 0x10000;
    } else {
        return std::nullopt;
    }
    if (i + length > s.size()) return std::nullopt;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (byte(i + k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    return CodePoint{cp, i, length};
}

std::vector<CodePoint> code_points(std::string_view s) {
    std::vector<CodePoint> out;
    for (std::size_t i = 0; i < s.size();) {
        auto cp = decode(s, i);
        if (!cp) cp = CodePoint{0xFFFD, i, 1};  // output side: never split a byte sequence further
        out.push_back(*cp);
        i += cp->length;
    }
    return out;
}

bool is_control(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == 0x3000 /* ideographic space */ || cp == 0xA0;
}

std::optional<int> digit_of(char32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);  // full-width ０-９
    return std::nullopt;
}

bool is_check_x(char32_t cp) {
    return cp == 'X' || cp == 'x' || cp == 0xFF38 || cp == 0xFF58;  // X x Ｘ ｘ
}

// The masked form of the code points [first, last): keep `head` and `tail` characters.
std::string mask_range(std::string_view s, const std::vector<CodePoint>& cps, std::size_t first,
                       std::size_t last, std::size_t head, std::size_t tail) {
    std::string out;
    for (std::size_t k = first; k < last; ++k) {
        const bool shown = k - first < head || last - k <= tail;
        if (shown)
            out.append(s.substr(cps[k].offset, cps[k].length));
        else
            out.push_back('*');
    }
    return out;
}

}  // namespace

bool valid_utf8(std::string_view value) {
    for (std::size_t i = 0; i < value.size();) {
        const auto cp = decode(value, i);
        if (!cp) return false;
        i += cp->length;
    }
    return true;
}

void check_text(std::string_view value, const char* what, bool required) {
    bool blank = true;
    for (std::size_t i = 0; i < value.size();) {
        const auto cp = decode(value, i);
        if (!cp)
            throw InvalidInput(
                Text{fmt::format("{0}：第 {1} 个字节起不是有效的 UTF-8 文字；请用 UTF-8 输入", what, i + 1),
                     fmt::format("{0}: not valid UTF-8 text from byte {1}; type it in UTF-8", what, i + 1)});
        if (is_control(cp->value))
            throw InvalidInput(
                Text{fmt::format("{0}：含有控制字符（U+{1:04X}）；请只输入可见文字", what,
                                 static_cast<std::uint32_t>(cp->value)),
                     fmt::format("{0}: holds a control character (U+{1:04X}); use printable text only", what,
                                 static_cast<std::uint32_t>(cp->value))});
        if (!is_space(cp->value)) blank = false;
        i += cp->length;
    }
    if (required && blank)
        throw InvalidInput(
            Text{fmt::format("{0} 不能为空", what), fmt::format("{0} must not be empty", what)});
}

std::string mask_id(std::string_view id) {
    if (id.empty()) return std::string(id);
    const auto cps = code_points(id);
    const std::size_t n = cps.size();
    // A resident ID card (18 characters) keeps its region code and last four, as on
    // government portals; shorter numbers keep at most their last two characters.
    if (n >= 15) return mask_range(id, cps, 0, n, 6, 4);
    return mask_range(id, cps, 0, n, 0, n > 2 ? 2 : 0);
}

std::string mask_name(std::string_view name) {
    if (name.empty()) return std::string(name);
    const auto cps = code_points(name);
    std::string out(name.substr(0, cps.front().length));
    out.append(std::max<std::size_t>(cps.size() - 1, 1), '*');
    return out;
}

std::string mask_ids_in_text(std::string_view text) {
    const auto cps = code_points(text);
    std::string out;
    out.reserve(text.size());
    std::size_t k = 0;
    while (k < cps.size()) {
        if (!digit_of(cps[k].value)) {
            out.append(text.substr(cps[k].offset, cps[k].length));
            ++k;
            continue;
        }
        std::size_t end = k;
        while (end < cps.size() && digit_of(cps[end].value)) ++end;
        std::size_t run_end = end;
        const std::size_t digits = end - k;
        // 17 digits and an X check character, or 18 digits, standing alone.
        bool id_like = digits == 18;
        if (digits == 17 && end < cps.size() && is_check_x(cps[end].value)) {
            id_like = true;
            run_end = end + 1;
        }
        if (id_like)
            out += mask_range(text, cps, k, run_end, 6, 4);
        else
            for (std::size_t j = k; j < run_end; ++j) out.append(text.substr(cps[j].offset, cps[j].length));
        k = run_end;
    }
    return out;
}

}  // namespace hall
