#pragma once
// Text that people type and text that hall prints: what is accepted at input (valid UTF-8, no
// control characters or terminal escapes) and what is masked at output (ID numbers, in any
// free text, by character).

#include <string>
#include <string_view>

namespace hall {

// Throws InvalidInput naming `what` (e.g. "--reason") when `value` is not valid UTF-8, holds
// a control character (C0, DEL, C1: this includes ESC, so no terminal escape sequence gets
// through), or, when `required`, is empty or only whitespace.
void check_text(std::string_view value, const char* what, bool required = false);

// Whether `value` is well-formed UTF-8 (no overlong forms, no surrogates, ≤ U+10FFFF).
bool valid_utf8(std::string_view value);

// "110101199001011234" → "110101********1234": a resident ID keeps its region code and last
// four characters; shorter numbers keep at most their last two. Masks by character, so
// full-width digits (１１０１…) stay valid UTF-8.
std::string mask_id(std::string_view id);
// Names keep their first character (the family name).
std::string mask_name(std::string_view name);
// Masks every ID-like number inside free text (a reason, a note, a name): 17 digits and a
// check character (a digit or X), ASCII or full-width, not part of a longer run of digits.
std::string mask_ids_in_text(std::string_view text);

}  // namespace hall
