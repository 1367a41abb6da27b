// A damaged store file: whatever SQLite finds, the user is told the store is damaged (or
// is not a store), as a StoreError; never a crash and never "internal error" from some
// container deep in the reading code.
#include "test_support.h"

#include <hall/desk.h>
#include <hall/error.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "store/sqlite/common.h"  // private: rethrow, the mapping of SQLite's result codes

#include <cstdint>
#include <fstream>
#include <random>
#include <string>

using hall::Store;
using hall::StoreError;
using hall::test::at;
using hall::test::contains;
using hall::test::TempDir;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

std::string read_all(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void write_all(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

// A store with the calendars and the example hall, complete in its main file.
std::string pristine_store(const TempDir& dir) {
    const auto path = dir / "pristine.db";
    {
        Store store = Store::open(path);
        hall::initialize(store, data_dir, at("2026-11-20T09:30"));
        hall::load_example(store, data_dir);
    }
    return read_all(path);
}

// Opens `path` and reads everything a command reads. Returns "" when it all worked, the
// StoreError's English text when the store was refused, and fails the test on anything
// else.
std::string read_everything(const std::filesystem::path& path) {
    try {
        Store store = Store::open(path);
        (void)store.load_calendar();
        (void)store.items();
        (void)store.windows();
        (void)store.staff(std::nullopt);
        (void)store.list_cases(hall::CaseFilter{});
        (void)store.cards(std::nullopt);
        return "";
    } catch (const StoreError& e) {
        return e.what();
    } catch (const std::exception& e) {
        FAIL("not a StoreError: ", e.what());
    }
    return "";
}

void remove_journal(const std::filesystem::path& path) {
    std::filesystem::remove(path.string() + "-wal");
    std::filesystem::remove(path.string() + "-shm");
}

}  // namespace

TEST_CASE("a truncated store is reported as damaged") {
    TempDir dir;
    const std::string good = pristine_store(dir);
    REQUIRE(good.size() > 8192);
    const auto path = dir / "truncated.db";
    write_all(path, good.substr(0, good.size() / 2));
    const std::string message = read_everything(path);
    CAPTURE(message);
    CHECK(contains(message, "is damaged"));
    CHECK(contains(message, "restore it from a backup"));
}

TEST_CASE("random bytes behind an SQLite header are refused, never crash") {
    TempDir dir;
    const auto path = dir / "noise.db";
    std::mt19937 random(8);
    for (int trial = 0; trial < 20; ++trial) {
        std::string bytes("SQLite format 3", 16);  // with its closing NUL
        bytes.resize(4096 * 4);
        for (std::size_t i = 16; i < bytes.size(); ++i) bytes[i] = static_cast<char>(random() & 0xff);
        write_all(path, bytes);
        remove_journal(path);
        const std::string message = read_everything(path);
        CAPTURE(trial);
        CAPTURE(message);
        CHECK((contains(message, "is damaged") || contains(message, "not a hall store")));
    }
}

TEST_CASE("a store with damaged pages is refused or read, never crashes") {
    TempDir dir;
    const std::string good = pristine_store(dir);
    const auto path = dir / "damaged.db";
    std::mt19937 random(2026);
    const std::size_t page = 4096;
    const std::size_t pages = good.size() / page;
    REQUIRE(pages > 2);
    int refused = 0;
    for (int trial = 0; trial < 40; ++trial) {
        std::string bytes = good;
        // Anywhere after the first page's header: a run of random bytes in one page.
        const std::size_t at_page = 1 + random() % (pages - 1);
        const std::size_t start = at_page * page + random() % (page - 64);
        for (std::size_t i = start; i < start + 64; ++i) bytes[i] = static_cast<char>(random() & 0xff);
        write_all(path, bytes);
        remove_journal(path);
        const std::string message = read_everything(path);
        CAPTURE(trial);
        CAPTURE(message);
        if (!message.empty()) {
            ++refused;
            CHECK((contains(message, "is damaged") || contains(message, "does not parse") ||
                   contains(message, "holds bad data")));
        }
    }
    MESSAGE("damaged pages refused in ", refused, " of 40 trials");
}

TEST_CASE("each SQLite failure says what to do, in both languages, with SQLite's text kept") {
    struct Case {
        int code;
        const char* en;
        const char* zh;
    };
    const Case cases[] = {
        {SQLITE_CORRUPT, "is damaged", "已损坏"},
        {SQLITE_NOTADB, "is damaged", "已损坏"},
        {SQLITE_READONLY, "check the permissions", "权限"},
        {SQLITE_CANTOPEN, "check the permissions", "权限"},
        {SQLITE_FULL, "is full", "磁盘已满"},
        {SQLITE_BUSY, "another hall command is writing", "另一个 hall 命令正在写入"},
        {SQLITE_LOCKED, "another hall command is writing", "另一个 hall 命令正在写入"},
        {SQLITE_IOERR_WRITE, "could not be read or written", "输入输出错误"},
        {SQLITE_CORRUPT_INDEX, "is damaged", "已损坏"},
        {SQLITE_READONLY_DBMOVED, "check the permissions", "权限"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.code);
        try {
            hall::sqlite_store::rethrow(hall::sql::SqliteError{c.code, "sqlite says so"}, "h.db", "读",
                                        "reading");
            FAIL("no error");
        } catch (const StoreError& e) {
            CHECK(contains(e.message(hall::Lang::en), c.en));
            CHECK(contains(e.message(hall::Lang::zh), c.zh));
            CHECK(contains(e.message(hall::Lang::en), "sqlite says so"));
            CHECK(contains(e.message(hall::Lang::zh), "sqlite says so"));
        }
    }
}

TEST_CASE("a stored calendar year out of any schedule's range is bad data, not a huge allocation") {
    TempDir dir;
    const auto path = dir / "years.db";
    {
        Store store = Store::open(path);
        hall::initialize(store, data_dir, at("2026-11-20T09:30"));
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "UPDATE calendar_year SET year = -1434776325 WHERE year = 2024", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const std::string message = read_everything(path);
    CAPTURE(message);
    CHECK(contains(message, "calendar_year"));
}

TEST_CASE("a case whose steps are gone is a damaged store, not a crash at the next move") {
    TempDir dir;
    const auto path = dir / "steps.db";
    {
        Store store = Store::open(path);
        hall::initialize(store, data_dir, at("2026-11-20T09:30"));
        hall::load_example(store, data_dir);
        hall::OpenRequest request;
        request.item = "SC02";
        request.applicant = "甲";
        request.staff = "S101";
        request.received = at("2026-11-20T10:00");
        hall::open_case(store, store.load_calendar(), hall::load_policy(store), request,
                        at("2026-11-20T10:00"));
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db,
                         "DROP TRIGGER case_step_is_append_only_d; DROP TRIGGER notice_is_append_only_d; "
                         "DELETE FROM notice; DELETE FROM case_step",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    Store store = Store::open(path);
    try {
        (void)store.load_case("20261120-0001");
        FAIL("no error");
    } catch (const StoreError& e) {
        CHECK(contains(e.what(), "has no steps"));
    }
}
