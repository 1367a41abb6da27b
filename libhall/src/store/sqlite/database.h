#pragma once
// Thin RAII over the SQLite C API. Private to libhall's storage layer.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace hall::sql {

// Thrown for any SQLite failure; the store turns it into a StoreError with context.
struct SqliteError {
    int code;
    std::string message;
};

class Statement;

class Database {
public:
    Database() = default;
    Database(const std::string& path, int flags);
    Database(Database&& other) noexcept
        : db_(std::exchange(other.db_, nullptr)), cache_(std::move(other.cache_)) {}
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(const char* sql);
    // Prepared statements are cached by their text and reset when the Statement handle
    // goes away: preparing is most of the cost of a small query. A statement already in
    // use (the same text, nested) is prepared afresh.
    Statement prepare(std::string_view sql);
    std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
    int changes() const { return sqlite3_changes(db_); }
    sqlite3* handle() const { return db_; }
    [[noreturn]] void fail(int code) const;

private:
    struct Cached {
        sqlite3_stmt* stmt = nullptr;
        bool in_use = false;
    };
    void release();

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, std::unique_ptr<Cached>> cache_;
};

class Statement {
public:
    // With `in_use`, the statement belongs to the database's cache and is only reset here.
    Statement(sqlite3* db, sqlite3_stmt* stmt, bool* in_use = nullptr)
        : db_(db), stmt_(stmt), in_use_(in_use) {}
    Statement(Statement&& other) noexcept
        : db_(other.db_),
          stmt_(std::exchange(other.stmt_, nullptr)),
          in_use_(std::exchange(other.in_use_, nullptr)) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binds by 1-based position; returns *this so calls chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    // Binds text without copying it: for the bulk paths, where copying every field is most
    // of the allocations. The caller keeps `value` alive and unchanged until the statement
    // has run (the handle's end clears the binding).
    Statement& bind_static(int index, std::string_view value);
    Statement& bind_null(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // Steps once: true while a row is available.
    bool step();
    // Steps to completion of a statement that returns no rows.
    void run();
    void reset();

    bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
    // The stored type (SQLITE_INTEGER, SQLITE_TEXT, ...): ask before reading, as reading a
    // value as another type converts it.
    int type(int column) const { return sqlite3_column_type(stmt_, column); }
    std::string blob(int column) const;
    std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
    int int32(int column) const { return sqlite3_column_int(stmt_, column); }
    double real(int column) const { return sqlite3_column_double(stmt_, column); }
    std::string text(int column) const;
    // The text without a copy: valid until the next step, reset or column read.
    std::string_view text_view(int column) const;
    std::optional<std::string> optional_text(int column) const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_;
    bool* in_use_;
};

}  // namespace hall::sql
