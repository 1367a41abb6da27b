#pragma once
// What the TOML readers (calendars, catalogues, rules) share: parsing with errors that name
// the file and line, and typed look-ups that fail at the offending value. Private to libhall.

#include <hall/error.h>

#include <fmt/format.h>
#include <toml.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace hall::toml_support {

using Value = toml::value;

[[noreturn]] inline void fail_at(const Value& v, const std::string& zh, const std::string& en) {
    const auto loc = v.location();
    const std::string where = fmt::format("{}:{}", loc.file_name(), loc.line());
    throw DataError(Text{fmt::format("{}：{}", where, zh), fmt::format("{}: {}", where, en)});
}

inline Value parse(const std::string& text, const std::string& file_name) {
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
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(
            Text{fmt::format("无法读取 {}", path.string()), fmt::format("cannot read {}", path.string())});
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
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

}  // namespace hall::toml_support
