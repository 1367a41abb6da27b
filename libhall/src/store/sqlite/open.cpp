#include "common.h"

#include "chain.h"
#include "schema.h"

#include <algorithm>
#include <fstream>
#include <system_error>

namespace hall::sqlite_store {
namespace {

int pragma_int(sql::Database& db, const char* pragma) {
    auto stmt = db.prepare(fmt::format("PRAGMA {}", pragma));
    return stmt.step() ? stmt.int32(0) : 0;
}

bool has_tables(sql::Database& db) {
    auto stmt = db.prepare("SELECT count(*) FROM sqlite_schema");
    return stmt.step() && stmt.integer(0) > 0;
}

// How long a command waits for another's write lock, and how long one that must create or
// migrate the schema waits for another doing the same.
constexpr int command_wait_ms = 5000;
constexpr int schema_wait_ms = 60000;

bool has_sqlite_header(const std::filesystem::path& path) {
    static constexpr char magic[] = "SQLite format 3";  // 16 bytes with its NUL
    char head[sizeof magic] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(head, sizeof head);
    return in.gcount() == sizeof head && std::equal(head, head + sizeof head, magic);
}

StoreError not_a_store(const std::string& path, const std::string& why_zh, const std::string& why_en) {
    return StoreError(Text{
        fmt::format("{} 不是 hall 的存储文件（{}）；请用 --db 指向 hall init 建立的文件", path, why_zh),
        fmt::format("{} is not a hall store ({}); point --db at a file made by 'hall init'", path, why_en)});
}

// Applies the migrations after the store's version in one transaction. The version is read
// again under the write lock: another hall may have created or migrated the store between
// our first look and the lock (eight `hall init` at once on a new path), and its work must
// not be applied twice. Returns the version found under the lock.
int migrate(sql::Database& db) {
    const auto all = schema::migrations();
    db.exec("BEGIN IMMEDIATE");
    try {
        const int from = pragma_int(db, "user_version");
        for (std::size_t i = static_cast<std::size_t>(from); i < all.size(); ++i) {
            db.exec(std::string(all[i]).c_str());
            if (static_cast<int>(i) + 1 == schema::chained_version) seal_all(db);
        }
        db.exec(fmt::format("PRAGMA application_id = {}", schema::application_id).c_str());
        db.exec(fmt::format("PRAGMA user_version = {}", all.size()).c_str());
        db.exec("COMMIT");
        return from;
    } catch (...) {
        sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

}  // namespace

std::unique_ptr<SqliteBackend> SqliteBackend::open(const std::filesystem::path& path) {
    auto impl = std::make_unique<SqliteBackend>();
    impl->path_ = path.string();
    const bool memory = impl->path_ == ":memory:";
    std::error_code ec;
    const bool exists = !memory && std::filesystem::exists(path, ec);
    if (exists && std::filesystem::is_directory(path, ec))
        throw StoreError(Text{fmt::format("{} 是目录，不是存储文件", impl->path_),
                              fmt::format("{} is a directory, not a store file", impl->path_)});
    // SQLite takes a file shorter than its header for an empty database and would write a
    // store over it: a short text file named by a mistyped --db would be lost.
    if (exists && std::filesystem::file_size(path, ec) > 0 && !has_sqlite_header(path))
        throw not_a_store(impl->path_, "不是 SQLite 文件", "not an SQLite file");
    try {
        // A store is used by one thread at a time (its statement cache is not shared either),
        // so SQLite need not lock the connection around every call: reading a year's rows
        // for a bulletin makes tens of millions of them.
        impl->db_ =
            sql::Database(impl->path_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX);
    } catch (const sql::SqliteError& e) {
        throw StoreError(Text{fmt::format("无法打开存储 {}：{}", impl->path_, e.message),
                              fmt::format("cannot open store {}: {}", impl->path_, e.message)});
    }
    sql::Database& db = impl->db_;
    // A clerk and a cron job may use the store at once: wait for a lock instead of failing.
    sqlite3_busy_timeout(db.handle(), command_wait_ms);

    int version = 0;
    try {
        // One read transaction, so that a store another hall is creating right now is seen
        // either before or after, never with its version but without its mark.
        db.exec("BEGIN");
        int app = 0;
        bool tables = false;
        try {
            app = pragma_int(db, "application_id");
            version = pragma_int(db, "user_version");
            tables = has_tables(db);
            db.exec("COMMIT");
        } catch (...) {
            sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        if (app != schema::application_id && (version != 0 || tables))
            throw not_a_store(impl->path_, "它是别的 SQLite 数据库", "it is some other SQLite database");
    } catch (const sql::SqliteError& e) {
        if (e.code == SQLITE_NOTADB) throw not_a_store(impl->path_, "不是 SQLite 文件", "not an SQLite file");
        rethrow(e, impl->path_, "读取版本", "reading the schema version");
    }
    const int latest = static_cast<int>(schema::migrations().size());
    if (version > latest)
        throw StoreError(
            Text{fmt::format("存储 {} 由较新版本的 hall 写入（结构版本 {}，本程序只认识到 {}）；请升级 hall",
                             impl->path_, version, latest),
                 fmt::format("store {} was written by a newer hall (schema {}; this hall knows up to {}); "
                             "upgrade hall to use it",
                             impl->path_, version, latest)});
    try {
        // Creating a store, or migrating a large one, holds the write lock far longer than a
        // command does: eight `hall init` at once on a busy machine, or a million cases
        // sealed by schema 11 (minutes). A hall that finds the schema still to be made waits
        // for the one making it rather than giving up after a command's usual wait.
        const bool schema_work = version < latest;
        if (schema_work) sqlite3_busy_timeout(db.handle(), schema_wait_ms);
        if (version == 0 && !memory) db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA foreign_keys = ON");
        // In WAL mode NORMAL keeps the store consistent across a crash; only the last
        // commits before a power cut may be lost.
        db.exec("PRAGMA synchronous = NORMAL");
        // A savepoint's journal stays in memory instead of a temporary file per case.
        db.exec("PRAGMA temp_store = MEMORY");
        // Every command is a short process: keep the write-ahead log file between them
        // instead of deleting and recreating it at every exit. The last connection still
        // checkpoints on close, so the store file alone is complete for a backup.
        int persist = 1;
        sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
        // A large transaction (an import, a calendar recompute, a generator) grows the log to
        // its size; persisted at that size, every later open would read it back in full.
        // With a limit, a checkpoint that resets the log, and the last close, truncate it.
        db.exec("PRAGMA journal_size_limit = 16777216");
        if (version < latest) version = migrate(db);
        if (schema_work) sqlite3_busy_timeout(db.handle(), command_wait_ms);
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl->path_, "建立或升级结构", "creating or migrating the schema");
    }
    // Created by this open only when the schema was still missing under the write lock:
    // of several halls creating the same store at once, one made it.
    impl->created_ = memory || version == 0;
    impl->migrated_from_ = version;
    return impl;
}

void SqliteBackend::begin(int depth) {
    try {
        if (depth == 0)
            db_.exec("BEGIN IMMEDIATE");
        else
            db_.exec(fmt::format("SAVEPOINT s{}", depth).c_str());
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "开始事务", "starting a transaction");
    }
}

void SqliteBackend::commit(int depth) {
    try {
        if (depth == 0)
            db_.exec("COMMIT");
        else
            db_.exec(fmt::format("RELEASE s{}", depth).c_str());
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "提交事务", "committing a transaction");
    }
}

void SqliteBackend::rollback(int depth) noexcept {
    // Never throws: a failed rollback leaves SQLite to roll back on close.
    if (depth == 0) {
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const std::string sql = fmt::format("ROLLBACK TO s{0}; RELEASE s{0}", depth);
        sqlite3_exec(db_.handle(), sql.c_str(), nullptr, nullptr, nullptr);
    }
}

}  // namespace hall::sqlite_store
