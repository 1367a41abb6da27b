#pragma once
// Shared by the SQLite backend's source files.

#include "backend.h"

#include <hall/error.h>

#include <fmt/format.h>

#include <concepts>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace hall::sqlite_store {

// Wraps an SQLite failure in a StoreError that says what the store was doing and, for the
// failures a hall can act on, what to do about it; SQLite's own text stays as the detail.
[[noreturn]] inline void rethrow(const sql::SqliteError& e, const std::string& path, const char* doing_zh,
                                 const char* doing_en) {
    const std::string detail = fmt::format("{}: {}", doing_en, e.message);
    switch (e.code & 0xff) {
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            throw StoreError(
                Text{fmt::format("存储 {} 已损坏（{}）；请从备份恢复", path, detail),
                     fmt::format("the store {} is damaged ({}); restore it from a backup", path, detail)});
        case SQLITE_READONLY:
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_AUTH:
            throw StoreError(
                Text{fmt::format("无法写入或打开存储 {}（{}）；请检查文件及其目录的权限", path, detail),
                     fmt::format(
                         "the store {} cannot be opened or written ({}); check the permissions of the file "
                         "and its folder",
                         path, detail)});
        case SQLITE_FULL:
            throw StoreError(
                Text{fmt::format("存储 {} 所在的磁盘已满（{}）；腾出空间后重试", path, detail),
                     fmt::format("the disk of the store {} is full ({}); free some space and try again", path,
                                 detail)});
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throw StoreError(
                Text{fmt::format("存储 {} 正忙：另一个 hall 命令正在写入；请稍后重试（{}）", path, detail),
                     fmt::format("the store {} is busy: another hall command is writing; try again ({})",
                                 path, detail)});
        case SQLITE_IOERR:
            throw StoreError(Text{
                fmt::format("读写存储 {} 时出现输入输出错误（{}）；请检查磁盘", path, detail),
                fmt::format("the store {} could not be read or written ({}); check the disk", path, detail)});
        default:
            throw StoreError(Text{fmt::format("存储 {} 出错（{}）：{}", path, doing_zh, e.message),
                                  fmt::format("store {}: {} failed: {}", path, doing_en, e.message)});
    }
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

// A stored value that does not parse: a StoreError naming the table, the row (`key`) and the column.
[[noreturn]] inline void bad_data(const std::string& path, const char* table, const std::string& key,
                                  const char* column, const std::string& value) {
    throw StoreError(Text{
        fmt::format("存储 {} 的数据有误：表 {} 中 {} 的 {} 值“{}”无法识别", path, table, key, column, value),
        fmt::format("store {} holds bad data: {} in table {} has {} '{}', which does not parse", path, key,
                    table, column, value)});
}

// One stored row being read: a value that does not parse is a StoreError naming the table,
// the row and the column, never a default that looks like real data.
class RowReader {
public:
    RowReader(const sql::Statement& row, const std::string& path, const char* table, std::string key)
        : row_(row), path_(path), table_(table), key_([key = std::move(key)] { return key; }) {}
    // The row's name made only for an error message: a reader of a million rows should not
    // format a million names it never shows.
    template <std::invocable Key>
    RowReader(const sql::Statement& row, const std::string& path, const char* table, Key key)
        : row_(row), path_(path), table_(table), key_(std::move(key)) {}

    // Parses column `column` with `parse` (text → optional value); a parser that takes a
    // string_view reads the column in place.
    template <typename Parse>
    auto parsed(int column, const char* name, Parse parse) const {
        if constexpr (std::is_invocable_v<Parse, std::string_view>) {
            const std::string_view text = row_.text_view(column);
            auto value = parse(text);
            if (!value) bad(name, std::string(text));
            return *value;
        } else {
            const std::string text = row_.text(column);
            auto value = parse(text);
            if (!value) bad(name, text);
            return *value;
        }
    }
    Date date(int column, const char* name) const {
        return parsed(column, name, [](std::string_view t) { return Date::parse(t); });
    }
    std::optional<Date> optional_date(int column, const char* name) const {
        if (row_.is_null(column)) return std::nullopt;
        return date(column, name);
    }
    // An integer stored as one: text or a real in an integer column is bad data, not 0.
    std::int64_t integer(int column, const char* name) const {
        if (row_.type(column) != SQLITE_INTEGER) bad(name, row_.text(column));
        return row_.integer(column);
    }
    int int32(int column, const char* name) const {
        const auto value = integer(column, name);
        if (value < INT32_MIN || value > INT32_MAX) bad(name, row_.text(column));
        return static_cast<int>(value);
    }
    bool flag(int column, const char* name) const {
        const auto value = integer(column, name);
        if (value != 0 && value != 1) bad(name, row_.text(column));
        return value == 1;
    }
    Moment moment(int column, const char* name) const {
        return parsed(column, name, [](std::string_view t) { return Moment::parse(t); });
    }

    [[noreturn]] void bad(const char* column, const std::string& value) const {
        bad_data(path_, table_, key_(), column, value);
    }

private:
    const sql::Statement& row_;
    const std::string& path_;
    const char* table_;
    std::function<std::string()> key_;
};

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
inline constexpr int step_column_count = 13;
Step read_step(const sql::Statement& row, const std::string& path);
// The columns (and FROM clause) of a card row, as read_card expects them.
extern const char* const card_columns;
Card read_card(const sql::Statement& row, const std::string& path);
// The columns (and FROM clause) of a case row, as read_case expects them.
extern const char* const case_columns;
StoredCase read_case(const sql::Statement& row, const std::string& path);

}  // namespace hall::sqlite_store
