#include "database.h"

#include <utility>

namespace hall::sql {

Database::Database(const std::string& path, int flags) {
    const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        SqliteError error{rc, db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc)};
        sqlite3_close(db_);
        db_ = nullptr;
        throw error;
    }
    sqlite3_extended_result_codes(db_, 1);
}

// Cached statements are finalized first: a connection closed with live statements is
// kept as a zombie and never freed.
void Database::release() {
    for (auto& [sql, cached] : cache_) sqlite3_finalize(cached->stmt);
    cache_.clear();
    sqlite3_close_v2(db_);
    db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        release();
        db_ = std::exchange(other.db_, nullptr);
        cache_ = std::move(other.cache_);
    }
    return *this;
}

Database::~Database() {
    release();
}

void Database::fail(int code) const {
    throw SqliteError{code, sqlite3_errmsg(db_)};
}

void Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        SqliteError error{rc, message ? message : sqlite3_errstr(rc)};
        sqlite3_free(message);
        throw error;
    }
}

Statement Database::prepare(std::string_view sql) {
    auto& cached = cache_[std::string(sql)];
    if (!cached) cached = std::make_unique<Cached>();
    if (cached->in_use) {
        sqlite3_stmt* stmt = nullptr;
        const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
        if (rc != SQLITE_OK) fail(rc);
        return Statement(db_, stmt);
    }
    if (!cached->stmt) {
        const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &cached->stmt, nullptr);
        if (rc != SQLITE_OK) fail(rc);
    }
    cached->in_use = true;
    return Statement(db_, cached->stmt, &cached->in_use);
}

Statement::~Statement() {
    if (!stmt_) return;
    if (in_use_) {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        *in_use_ = false;
    } else {
        sqlite3_finalize(stmt_);
    }
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (const int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK)
        throw SqliteError{rc, sqlite3_errmsg(db_)};
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (const int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK)
        throw SqliteError{rc, sqlite3_errmsg(db_)};
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    const int rc =
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) throw SqliteError{rc, sqlite3_errmsg(db_)};
    return *this;
}

Statement& Statement::bind_static(int index, std::string_view value) {
    const int rc =
        sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK) throw SqliteError{rc, sqlite3_errmsg(db_)};
    return *this;
}

Statement& Statement::bind_null(int index) {
    if (const int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK)
        throw SqliteError{rc, sqlite3_errmsg(db_)};
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SqliteError{rc, sqlite3_errmsg(db_)};
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string_view Statement::text_view(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string_view(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string_view();
}

std::string Statement::text(int column) const {
    const auto* data = sqlite3_column_text(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size))
                : std::string();
}

std::string Statement::blob(int column) const {
    const auto* data = sqlite3_column_blob(stmt_, column);
    const int size = sqlite3_column_bytes(stmt_, column);
    return data ? std::string(static_cast<const char*>(data), static_cast<std::size_t>(size)) : std::string();
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

}  // namespace hall::sql
