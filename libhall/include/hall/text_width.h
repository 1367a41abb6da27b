#pragma once
// How many terminal cells a UTF-8 string takes. Every piece of code that aligns text asks
// this one function, so a column of Chinese names lines up with a column of codes.

#include <cstddef>
#include <string>
#include <string_view>

namespace hall {

// East Asian Wide and Fullwidth characters (CJK ideographs and punctuation, kana, Hangul,
// fullwidth forms) take 2 cells, combining marks and zero-width characters 0, the rest 1.
// Chinese quotation marks “” ‘’ count 2, as a Chinese font draws them. A byte that is not
// valid UTF-8 counts 1, so a damaged string still lines up roughly instead of throwing.
int display_width(std::string_view utf8);

// The width of one code point, by the same rules.
int code_point_width(char32_t c);

// `text` followed (pad_right) or preceded (pad_left) by spaces up to `width` cells; text
// already as wide or wider comes back unchanged.
std::string pad_right(std::string_view text, int width);
std::string pad_left(std::string_view text, int width);
// Centred, the odd space after the text.
std::string pad_center(std::string_view text, int width);

}  // namespace hall
