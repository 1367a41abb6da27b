#pragma once
// What the TOML readers (calendars, catalogues, rules) share: bounded parsing with errors that
// name the file and line, a check that a table holds only the keys its reader knows, and
// typed look-ups that fail at the offending value. Private to libhall.

#include <hall/error.h>

#include <fmt/format.h>
#include <toml.hpp>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace hall::toml_support {

using Value = toml::value;

// A hall's data files are a few hundred lines; anything near these bounds is a mistake or an
// attack. toml11 parses recursively, so an unbounded nesting depth would overflow the stack.
inline constexpr std::uintmax_t max_file_bytes = 4 * 1024 * 1024;
inline constexpr int max_depth = 32;

[[noreturn]] inline void fail_at_line(const std::string& file_name, std::size_t line, const std::string& zh,
                                      const std::string& en) {
    const std::string where = fmt::format("{}:{}", file_name, line);
    throw DataError(Text{fmt::format("{}：{}", where, zh), fmt::format("{}: {}", where, en)});
}

[[noreturn]] inline void fail_at(const Value& v, const std::string& zh, const std::string& en) {
    const auto loc = v.location();
    fail_at_line(loc.file_name(), loc.line(), zh, en);
}

// Refuses text too large or nested too deeply for the parser, before it sees it. Nesting comes
// from brackets and braces, and from the dots of a dotted key (`a.b.c = 1`, `[a.b.c]`), which
// toml11 also turns into nested tables; inside strings and comments none of them count. A
// float or a time has one dot, and the count restarts at every separator.
inline void check_bounds(std::string_view text, const std::string& file_name) {
    if (text.size() > max_file_bytes)
        throw DataError(
            Text{fmt::format("{} 太大（{} 字节；上限 {} 字节）", file_name, text.size(), max_file_bytes),
                 fmt::format("{} is too large ({} bytes; the limit is {})", file_name, text.size(),
                             max_file_bytes)});
    int depth = 0;
    int dots = 0;
    std::size_t line = 1;
    std::size_t i = 0;
    auto starts = [&](std::string_view s) { return text.substr(i, s.size()) == s; };
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') {
            ++line;
            dots = 0;
            ++i;
        } else if (c == '#') {
            while (i < text.size() && text[i] != '\n') ++i;
        } else if (starts("\"\"\"") || starts("'''")) {
            const std::string_view close = text.substr(i, 3);
            const bool escapes = c == '"';
            for (i += 3; i < text.size() && !starts(close); ++i) {
                if (text[i] == '\n') ++line;
                if (escapes && text[i] == '\\') ++i;
            }
            i += 3;
        } else if (c == '"' || c == '\'') {
            for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i)
                if (c == '"' && text[i] == '\\') ++i;
            ++i;
        } else {
            if (c == '[' || c == '{') {
                if (++depth > max_depth)
                    fail_at_line(file_name, line, fmt::format("嵌套超过 {} 层", max_depth),
                                 fmt::format("nested more than {} levels deep", max_depth));
            } else if (c == ']' || c == '}') {
                --depth;
            } else if (c == '.' && ++dots > max_depth) {
                fail_at_line(file_name, line, fmt::format("键的层级超过 {} 层", max_depth),
                             fmt::format("a dotted key more than {} levels deep", max_depth));
            }
            if (c == '[' || c == '{' || c == ']' || c == '}' || c == ',' || c == '=') dots = 0;
            ++i;
        }
    }
}

inline Value parse(const std::string& text, const std::string& file_name) {
    check_bounds(text, file_name);
    try {
        std::istringstream in(text);
        return toml::parse(in, file_name);
    } catch (const std::exception& e) {
        // toml11 draws the offending line under " N | "; lift N into a file:line header.
        // A repeated key draws both definitions; the repeat (the last one drawn) is the error.
        const std::string detail = e.what();
        const bool last_wins = detail.find("already exists") != std::string::npos ||
                               detail.find("defined twice") != std::string::npos;
        std::string where = file_name;
        std::istringstream lines(detail);
        for (std::string line; std::getline(lines, line);) {
            const auto bar = line.find(" | ");
            const auto digits = line.find_first_not_of(' ');
            if (bar != std::string::npos && digits < bar &&
                std::isdigit(static_cast<unsigned char>(line[digits]))) {
                where = file_name + ":" + line.substr(digits, bar - digits);
                if (!last_wins) break;
            }
        }
        throw DataError(Text{fmt::format("{}：TOML 语法错误\n{}", where, detail),
                             fmt::format("{}: TOML syntax error\n{}", where, detail)});
    }
}

inline std::string read_text(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(Text{fmt::format("{} 是目录，不是文件", path.string()),
                             fmt::format("{} is a directory, not a file", path.string())});
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > max_file_bytes)
        throw DataError(Text{
            fmt::format("{} 太大（{} 字节；上限 {} 字节）", path.string(), size, max_file_bytes),
            fmt::format("{} is too large ({} bytes; the limit is {})", path.string(), size, max_file_bytes)});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(
            Text{fmt::format("无法读取 {}", path.string()), fmt::format("cannot read {}", path.string())});
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw DataError(
            Text{fmt::format("无法读取 {}", path.string()), fmt::format("cannot read {}", path.string())});
    return text.str();
}

// Refuses any key of `table` its reader does not know: a misspelt key (`promised_dys`) would
// otherwise leave its value at the default without a word.
inline void only_keys(const Value& table, std::initializer_list<std::string_view> known,
                      std::string_view what) {
    if (!table.is_table()) return;
    for (const auto& [key, value] : table.as_table()) {
        bool found = false;
        for (const auto k : known) found = found || k == key;
        if (found) continue;
        std::string list;
        for (const auto k : known) list += (list.empty() ? "" : ", ") + std::string(k);
        fail_at(value, fmt::format("{} 里没有键 {}；可用的键：{}", what, key, list),
                fmt::format("unknown key '{}' in {}; the keys are: {}", key, what, list));
    }
}

inline std::string string_of(const Value& table, const char* key, bool required) {
    if (!table.contains(key)) {
        if (required) fail_at(table, fmt::format("缺少 {}", key), fmt::format("missing key '{}'", key));
        return {};
    }
    const Value& v = table.at(key);
    if (!v.is_string())
        fail_at(v, fmt::format("{} 应是字符串", key), fmt::format("'{}' must be a string", key));
    return v.as_string().str;
}

// A required string that must hold something: codes and names.
inline std::string nonempty_string_of(const Value& table, const char* key) {
    std::string s = string_of(table, key, true);
    if (s.find_first_not_of(" \t") == std::string::npos)
        fail_at(table.at(key), fmt::format("{} 不能为空", key), fmt::format("'{}' must not be empty", key));
    return s;
}

// An optional whole number in [min, max]; anything else fails at the value.
inline std::optional<int> integer(const Value& table, const char* key, int min, int max) {
    if (!table.contains(key)) return std::nullopt;
    const Value& v = table.at(key);
    if (!v.is_integer() || v.as_integer() < min || v.as_integer() > max)
        fail_at(v, fmt::format("{} 应是 {} 到 {} 的整数", key, min, max),
                fmt::format("'{}' must be a whole number from {} to {}", key, min, max));
    return static_cast<int>(v.as_integer());
}

// An optional flag, false when absent.
inline bool boolean(const Value& table, const char* key) {
    if (!table.contains(key)) return false;
    const Value& v = table.at(key);
    if (!v.is_boolean())
        fail_at(v, fmt::format("{} 应是 true 或 false", key), fmt::format("'{}' must be true or false", key));
    return v.as_boolean();
}

}  // namespace hall::toml_support
