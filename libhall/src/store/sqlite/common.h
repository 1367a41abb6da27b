#pragma once
// Shared by the SQLite backend's source files.

#include "backend.h"

#include <hall/error.h>

#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

namespace hall::sqlite_store {

// Wraps an SQLite failure in a StoreError that says what the store was doing.
[[noreturn]] inline void rethrow(const sql::SqliteError& e, const std::string& path, const char* doing_zh,
                                 const char* doing_en) {
    throw StoreError(Text{fmt::format("存储 {} 出错（{}）：{}", path, doing_zh, e.message),
                          fmt::format("store {}: {} failed: {}", path, doing_en, e.message)});
}

inline std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        if (!out.empty()) out.push_back('\n');
        out.append(i);
    }
    return out;
}

inline std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

inline std::optional<std::string> date_text(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->to_string();
}

inline std::optional<Date> date_of(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    return Date::parse(*text);
}

inline Moment moment_of(const std::string& text) {
    return Moment::parse(text).value_or(Moment{});
}

inline std::int64_t id_of(sql::Database& db, const char* table, const std::string& code) {
    auto stmt = db.prepare(fmt::format("SELECT id FROM {} WHERE code = ?", table));
    stmt.bind(1, code);
    return stmt.step() ? stmt.integer(0) : 0;
}

inline NotFound unknown(const char* what_zh, const char* what_en, const std::string& code,
                        const char* hint_zh, const char* hint_en) {
    return NotFound(Text{fmt::format("没有{} {}；{}", what_zh, code, hint_zh),
                         fmt::format("unknown {} {}; {}", what_en, code, hint_en)});
}

inline std::int64_t require_window(sql::Database& db, const std::string& code) {
    const auto id = id_of(db, "hall_window", code);
    if (!id)
        throw unknown("窗口", "window", code, "先用 hall window add 登记", "add it with 'hall window add'");
    return id;
}

inline Refused exists(const char* what_zh, const char* what_en, const std::string& code) {
    return Refused(Text{fmt::format("{} {} 已经存在", what_zh, code),
                        fmt::format("{} {} already exists", what_en, code)});
}

// The columns of a step row, as read_step expects them.
extern const char* const step_columns;
inline constexpr int step_column_count = 11;
Step read_step(const sql::Statement& row);

}  // namespace hall::sqlite_store
