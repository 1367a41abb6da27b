#pragma once
// Sentences in both languages, from a pair of format strings that the compiler checks:
// a placeholder with no argument, or an argument of the wrong kind, fails the build
// instead of printing "internal error" to a clerk. Use positional placeholders ({0}, {1})
// so that each language puts the arguments in its own order:
//
//   bilingual("{0} 之后第 {1} 个工作日是 {2}", "working day {1} after {0} is {2}", from, n, date)

#include <hall/error.h>

#include <fmt/format.h>

#include <cstdint>
#include <string>

namespace hall {

template <typename... A>
Text bilingual(fmt::format_string<const A&...> zh, fmt::format_string<const A&...> en, const A&... args) {
    return Text{fmt::format(zh, args...), fmt::format(en, args...)};
}

// The English noun for a count: "1 case", "2 cases". Chinese needs no plural.
inline const char* plural(std::int64_t n, const char* one, const char* other) {
    return n == 1 || n == -1 ? one : other;
}

}  // namespace hall
