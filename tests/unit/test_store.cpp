#include "store_counts.h"
#include "test_support.h"

#include <hall/asks.h>
#include <hall/calendar_file.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>
#include <hall/verify.h>

#include <doctest/doctest.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "store/sqlite/schema.h"  // private: the migrations, to build an old store

#include <algorithm>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using hall::Layer;
using hall::Store;
using hall::StoreError;
using hall::test::at;
using hall::test::contains;
using hall::test::d;
using hall::test::TempDir;

namespace {

// Fixed clock readings: the tests never look at the real clock.
const hall::Moment install_time = at("2026-11-20T09:30");
const hall::Moment local_time = at("2026-11-21T10:00");

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

hall::CalendarFile local_file(const std::string& days) {
    return hall::parse_calendar("region = \"cn-xx\"\nlayer = \"local\"\n[years.2026]\n" + days, "local.toml");
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// Runs SQL on a file with the SQLite C API, behind hall's back.
void sqlite_exec(const std::filesystem::path& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    CAPTURE(error ? error : "");
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string store_error_of(const std::filesystem::path& path) {
    try {
        Store::open(path);
    } catch (const StoreError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<not a StoreError: ") + e.what() + ">";
    }
    return "<no error>";
}

}  // namespace

TEST_CASE("a new in-memory store is empty") {
    Store store = Store::in_memory();
    CHECK(store.created());
    CHECK(store.migrated_from() == 0);
    CHECK(Store::schema_version() >= 1);
    CHECK_FALSE(store.has_calendar());
    CHECK(store.calendar_imports().empty());
    CHECK(store.schedule_years(Layer::national).empty());
    CHECK_FALSE(store.load_calendar().covers(2026));
    CHECK_FALSE(store.setting("anything"));
}

TEST_CASE("initialize loads the bundled calendar once") {
    Store store = Store::in_memory();
    const auto first = hall::initialize(store, data_dir, install_time);
    CHECK(first.created);
    // The calendars, then the case rules (setup.h).
    CHECK(first.loaded == std::vector<std::string>{"cn.toml", "rules/cases.toml"});
    CHECK(store.has_calendar());
    CHECK(store.setting("cases.max_extension_days").value_or("") == "10");

    const auto calendar = store.load_calendar();
    for (int year = 2023; year <= 2026; ++year) CHECK(calendar.covers(year));
    CHECK_FALSE(calendar.covers(2022));
    CHECK_FALSE(calendar.covers(2027));
    CHECK(calendar.add(d("2026-09-30"), 1) == d("2026-10-08"));
    CHECK(calendar.add(d("2025-12-31"), 1) == d("2026-01-04"));
    CHECK(calendar.between(d("2025-12-31"), d("2026-12-31")) == 248);
    CHECK(calendar.day(d("2026-02-16")).name == "春节");

    const auto national = store.schedule_years(Layer::national);
    REQUIRE(national.size() == 4);
    CHECK(national[0].year == 2023);
    CHECK(national[3].year == 2026);
    CHECK(national[3].source == "国务院办公厅关于2026年部分节假日安排的通知");
    CHECK(national[3].days.size() == 3 + 9 + 3 + 5 + 3 + 3 + 7 + 6);
    CHECK(store.schedule_years(Layer::local).empty());

    const auto again = hall::initialize(store, data_dir, local_time);
    CHECK(again.loaded.empty());
    CHECK(store.calendar_imports().size() == 1);
}

TEST_CASE("calendar_imports records file, layer, years and time") {
    Store store = Store::in_memory();
    hall::initialize(store, data_dir, install_time);
    store.import_calendar(local_file("holidays = [ { name = \"本地休息\", date = 2026-03-10 } ]\n"),
                          "local.toml", local_time);

    const auto imports = store.calendar_imports();
    REQUIRE(imports.size() == 2);
    CHECK(imports[0].file == "cn.toml");
    CHECK(imports[0].region == "cn");
    CHECK(imports[0].layer == Layer::national);
    CHECK(imports[0].years == std::vector<int>{2023, 2024, 2025, 2026});
    CHECK(imports[0].imported_at == "2026-11-20T09:30");
    CHECK(imports[1].file == "local.toml");
    CHECK(imports[1].region == "cn-xx");
    CHECK(imports[1].layer == Layer::local);
    CHECK(imports[1].years == std::vector<int>{2026});
    CHECK(imports[1].imported_at == "2026-11-21T10:00");
    CHECK(imports[0].id < imports[1].id);
}

TEST_CASE("importing a local file and reloading changes the answers") {
    Store store = Store::in_memory();
    hall::initialize(store, data_dir, install_time);
    CHECK(store.load_calendar().is_workday(d("2026-03-10")));
    CHECK(store.load_calendar().add(d("2026-03-09"), 1) == d("2026-03-10"));

    store.import_calendar(local_file("holidays = [ { name = \"本地休息\", date = 2026-03-10 } ]\n"
                                     "workdays = [ { name = \"国庆值班\", date = 2026-10-02 } ]\n"),
                          "local.toml", local_time);
    const auto with_local = store.load_calendar();
    CHECK_FALSE(with_local.is_workday(d("2026-03-10")));
    CHECK(with_local.day(d("2026-03-10")).name == "本地休息");
    CHECK(with_local.add(d("2026-03-09"), 1) == d("2026-03-11"));
    CHECK(with_local.add(d("2026-09-30"), 1) == d("2026-10-02"));
    const auto local = store.schedule_years(Layer::local);
    REQUIRE(local.size() == 1);
    CHECK(local[0].days.size() == 2);

    // A new import of the same layer and year replaces it rather than adding to it.
    store.import_calendar(local_file("holidays = [ { name = \"本地休息\", date = 2026-03-11 } ]\n"),
                          "local.toml", local_time);
    const auto replaced = store.load_calendar();
    CHECK(replaced.is_workday(d("2026-03-10")));
    CHECK_FALSE(replaced.is_workday(d("2026-03-11")));
    CHECK_FALSE(replaced.is_workday(d("2026-10-02")));
    CHECK(store.schedule_years(Layer::local).at(0).days.size() == 1);
    // The national layer is untouched by local imports.
    CHECK(store.schedule_years(Layer::national).size() == 4);
}

TEST_CASE("importing next year's national schedule covers it") {
    Store store = Store::in_memory();
    hall::initialize(store, data_dir, install_time);
    CHECK_FALSE(store.load_calendar().covers(2027));
    const auto file = hall::parse_calendar(R"(region = "cn"
[years.2027]
source = "国务院办公厅关于2027年部分节假日安排的通知"
holidays = [ { name = "元旦", from = 2027-01-01, to = 2027-01-03 } ]
)",
                                           "cn-2027.toml");
    store.import_calendar(file, "cn-2027.toml", local_time);
    const auto calendar = store.load_calendar();
    CHECK(calendar.covers(2027));
    CHECK(calendar.add(d("2026-12-31"), 1) == d("2027-01-04"));
    CHECK(store.schedule_years(Layer::national).size() == 5);
}

TEST_CASE("initialize refuses a bad calendar file and leaves the store as it was") {
    TempDir dir;
    std::filesystem::create_directories(dir / "calendars");
    std::filesystem::copy_file(data_dir / "calendars" / "cn.toml", dir / "calendars" / "a.toml");
    write_file(dir / "calendars" / "b.toml", "region = \"cn\"\n[years.2026\n");

    Store store = Store::in_memory();
    CHECK_THROWS_AS(hall::initialize(store, dir.path(), install_time), hall::DataError);
    CHECK_FALSE(store.has_calendar());
    CHECK(store.calendar_imports().empty());

    TempDir empty;
    std::filesystem::create_directories(empty / "calendars");
    CHECK_THROWS_AS(hall::initialize(store, empty.path(), install_time), hall::DataError);
}

TEST_CASE("a transaction not committed rolls back") {
    Store store = Store::in_memory();
    {
        Store::Transaction tx(store);
        store.set_setting("threshold", "3");
        CHECK(store.setting("threshold").value_or("") == "3");
    }
    CHECK_FALSE(store.setting("threshold"));

    {
        Store::Transaction tx(store);
        store.set_setting("threshold", "4");
        tx.commit();
    }
    CHECK(store.setting("threshold").value_or("") == "4");

    store.set_setting("threshold", "5");  // outside any transaction: autocommit
    CHECK(store.setting("threshold").value_or("") == "5");
}

TEST_CASE("nested transactions are savepoints") {
    Store store = Store::in_memory();
    SUBCASE("an inner rollback keeps the outer work") {
        {
            Store::Transaction outer(store);
            store.set_setting("a", "1");
            {
                Store::Transaction inner(store);
                store.set_setting("b", "2");
            }
            {
                Store::Transaction inner(store);
                store.set_setting("c", "3");
                {
                    Store::Transaction innermost(store);
                    store.set_setting("d", "4");
                    innermost.commit();
                }
                inner.commit();
            }
            CHECK_FALSE(store.setting("b"));
            outer.commit();
        }
        CHECK(store.setting("a").value_or("") == "1");
        CHECK_FALSE(store.setting("b"));
        CHECK(store.setting("c").value_or("") == "3");
        CHECK(store.setting("d").value_or("") == "4");
    }
    SUBCASE("an outer rollback undoes committed inner work") {
        {
            Store::Transaction outer(store);
            {
                Store::Transaction inner(store);
                store.set_setting("b", "2");
                inner.commit();
            }
        }
        CHECK_FALSE(store.setting("b"));
    }
    SUBCASE("a library operation inside a caller's transaction") {
        {
            Store::Transaction outer(store);
            hall::initialize(store, data_dir, install_time);
            CHECK(store.has_calendar());
        }
        CHECK_FALSE(store.has_calendar());
        CHECK(store.calendar_imports().empty());
        // The store is usable afterwards: no transaction was left open.
        CHECK(hall::initialize(store, data_dir, install_time).loaded ==
              std::vector<std::string>{"cn.toml", "rules/cases.toml"});
        CHECK(store.has_calendar());
    }
}

TEST_CASE("a store file keeps its data across opens") {
    TempDir dir;
    const auto path = dir / "hall.db";
    {
        Store store = Store::open(path);
        CHECK(store.created());
        CHECK(store.migrated_from() == 0);
        CHECK(store.path() == path.string());
        hall::initialize(store, data_dir, install_time);
        store.set_setting("warning_days", "1");
    }
    {
        Store store = Store::open(path);
        CHECK_FALSE(store.created());
        CHECK(store.migrated_from() == Store::schema_version());
        CHECK(store.has_calendar());
        CHECK(store.setting("warning_days").value_or("") == "1");
        CHECK(hall::initialize(store, data_dir, local_time).loaded.empty());
        CHECK(store.load_calendar().add(d("2026-02-13"), 5) == d("2026-02-27"));
    }
}

TEST_CASE("an empty file becomes a store") {
    TempDir dir;
    const auto path = dir / "empty.db";
    write_file(path, "");
    Store store = Store::open(path);
    CHECK(store.created());
    CHECK_FALSE(store.has_calendar());
}

TEST_CASE("a file that is not SQLite is refused") {
    TempDir dir;
    const auto path = dir / "hello.db";
    write_file(path, "hello");
    const std::string message = store_error_of(path);
    CAPTURE(message);
    CHECK(contains(message, "not a hall store"));
    CHECK(contains(message, path.string()));

    // A longer non-SQLite file, beyond the size of an SQLite header.
    write_file(path, std::string(4096, 'x'));
    CHECK(contains(store_error_of(path), "not a hall store"));
}

TEST_CASE("another application's SQLite database is refused") {
    TempDir dir;
    const auto path = dir / "other.db";
    sqlite_exec(path,
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                "INSERT INTO customers (name) VALUES ('张三');");
    const std::string message = store_error_of(path);
    CAPTURE(message);
    CHECK(contains(message, "not a hall store"));

    // Refusing must not have touched it.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    CHECK(sqlite3_column_int(stmt, 0) == 1);
    sqlite3_finalize(stmt);
    sqlite3_close(db);

    // Another application's versioned database without tables is refused too.
    const auto versioned = dir / "versioned.db";
    sqlite_exec(versioned, "PRAGMA user_version = 7;");
    CHECK(contains(store_error_of(versioned), "not a hall store"));
}

TEST_CASE("a store from a newer hall is refused") {
    TempDir dir;
    const auto path = dir / "hall.db";
    { Store store = Store::open(path); }
    const std::string pragma = "PRAGMA user_version = " + std::to_string(Store::schema_version() + 1) + ";";
    sqlite_exec(path, pragma.c_str());
    const std::string message = store_error_of(path);
    CAPTURE(message);
    CHECK(contains(message, "newer"));
}

TEST_CASE("a directory is not a store") {
    TempDir dir;
    CHECK_THROWS_AS(Store::open(dir.path()), StoreError);
}

// ---------------------------------------------------------------------------------------
// Migrations.

namespace {

std::int64_t sqlite_int(const std::filesystem::path& path, const char* sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    std::int64_t value = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// A store as the first hall (schema 1: settings and the calendar) left it, with the 2026
// national schedule and one setting.
void make_schema_1_store(const std::filesystem::path& path) {
    const auto migrations = hall::schema::migrations();
    REQUIRE(migrations.size() >= 1);
    std::string sql = "BEGIN;\n" + std::string(migrations[0]);
    const auto file = hall::read_calendar_file(data_dir / "calendars" / "cn.toml");
    const auto year =
        std::find_if(file.years.begin(), file.years.end(), [](const auto& y) { return y.year == 2026; });
    REQUIRE(year != file.years.end());
    sql +=
        "INSERT INTO calendar_import (id, file, region, layer, years, imported_at) "
        "VALUES (1, 'cn.toml', 'cn', 'national', '2026', '2026-01-05T09:00');\n";
    sql +=
        "INSERT INTO calendar_year (layer, year, region, source, import_id) VALUES ('national', 2026, 'cn', "
        "'" +
        year->source + "', 1);\n";
    for (const auto& day : year->days) {
        REQUIRE(day.name.find('\'') == std::string::npos);
        sql += "INSERT INTO calendar_day (layer, year, date, workday, name) VALUES ('national', 2026, '" +
               day.date.to_string() + "', " + (day.workday ? "1" : "0") + ", '" + day.name + "');\n";
    }
    sql += "INSERT INTO setting (key, value) VALUES ('warning_days', '2');\n";
    sql += "PRAGMA application_id = " + std::to_string(hall::schema::application_id) + ";\n";
    sql += "PRAGMA user_version = 1;\n";
    sql += "COMMIT;\n";  // one transaction: one sync, not one per row
    sqlite_exec(path, sql.c_str());
}

}  // namespace

TEST_CASE("a schema-1 store is migrated to the current schema and keeps its calendar") {
    REQUIRE(Store::schema_version() > 1);
    TempDir dir;
    const auto path = dir / "old.db";
    make_schema_1_store(path);
    REQUIRE(sqlite_int(path, "PRAGMA user_version") == 1);

    {
        Store store = Store::open(path);
        CHECK_FALSE(store.created());
        CHECK(store.migrated_from() == 1);
        CHECK(store.has_calendar());
        CHECK(store.setting("warning_days").value_or("") == "2");

        const auto imports = store.calendar_imports();
        REQUIRE(imports.size() == 1);
        CHECK(imports[0].file == "cn.toml");
        CHECK(imports[0].years == std::vector<int>{2026});
        CHECK(imports[0].imported_at == "2026-01-05T09:00");
        const auto national = store.schedule_years(Layer::national);
        REQUIRE(national.size() == 1);
        CHECK(national[0].source == "国务院办公厅关于2026年部分节假日安排的通知");
        CHECK(national[0].days.size() == 3 + 9 + 3 + 5 + 3 + 3 + 7 + 6);

        const auto calendar = store.load_calendar();
        CHECK(calendar.covers(2026));
        CHECK_FALSE(calendar.covers(2025));
        CHECK(calendar.add(d("2026-09-30"), 1) == d("2026-10-08"));
        CHECK(calendar.is_workday(d("2026-02-14")));
        CHECK(calendar.day(d("2026-10-01")).name == "国庆节");

        // The tables of the later migrations are there and work.
        CHECK(hall::test::store_counts(store).cases == 0);
        CHECK(store.windows().empty());
        hall::load_example(store, data_dir);
        CHECK(store.find_item("SC02"));
        // The service guide's columns (办事指南) and the first-responsibility log (首问负责, 000).
        CHECK(store.find_item("SC02")->guide.fee == "不收费");
        CHECK(store.find_item("SC02")->guide.procedure.size() == 5);
        hall::Inquiry question;
        question.staff = "S101";
        question.topic = "营业执照";
        question.referred_to = "W05";
        question.at = at("2026-03-02T09:00");
        const auto asked = hall::record_inquiry(store, question, at("2026-03-02T10:00"));
        CHECK(asked.window == "W01");
        REQUIRE(store.inquiries({}).size() == 1);
        CHECK(store.inquiries({}).front().referred_to == "W05");
        // initialize sees the calendar and loads nothing over it.
        CHECK(hall::initialize(store, data_dir, local_time).loaded.empty());
    }
    CHECK(sqlite_int(path, "PRAGMA user_version") == Store::schema_version());
    CHECK(sqlite_int(path, "PRAGMA application_id") == hall::schema::application_id);
    {
        Store store = Store::open(path);
        CHECK(store.migrated_from() == Store::schema_version());
        CHECK(store.schedule_years(Layer::national).size() == 1);
        CHECK(store.find_item("SC02"));
    }
}

namespace {

// A store file with the example hall and one case (with a card), for corrupting behind
// hall's back; returns the case number.
std::string store_with_a_case(const std::filesystem::path& path) {
    Store store = Store::open(path);
    hall::initialize(store, data_dir, install_time);
    hall::load_example(store, data_dir);
    hall::OpenRequest request;
    request.item = "SC02";
    request.applicant = "张三";
    request.staff = "S101";
    request.received = at("2026-03-02T09:00");
    const auto calendar = store.load_calendar();
    const auto opened =
        hall::open_case(store, calendar, hall::load_policy(store), request, at("2026-03-02T09:05"));
    const auto id = opened.view.record.id;
    store.add_card(id, hall::CardLevel::yellow, "past_promised_limit", true, d("2026-03-20"), "超过承诺时限");
    return opened.view.record.facts.number;
}

// The English message of the StoreError `read` throws.
template <typename Read>
std::string bad_data_message(Read read) {
    try {
        read();
    } catch (const StoreError& e) {
        return e.message(hall::Lang::en);
    }
    FAIL("no StoreError");
    return "";
}

}  // namespace

TEST_CASE("stored data that does not parse is a StoreError naming the row") {
    TempDir dir;
    const auto path = dir / "hall.db";
    const std::string number = store_with_a_case(path);

    SUBCASE("a bad date in a case row") {
        sqlite_exec(path, "UPDATE \"case\" SET deadline = '2026-02-30'");
        Store store = Store::open(path);
        const auto message = bad_data_message([&] { store.load_case(number); });
        CHECK(contains(message, "case " + number));
        CHECK(contains(message, "deadline '2026-02-30'"));
        CHECK(contains(bad_data_message([&] { store.list_cases(hall::CaseFilter{}); }), "table case"));
    }
    SUBCASE("an unknown step kind") {
        sqlite_exec(path,
                    "INSERT INTO case_step (id, case_id, seq, kind, at, recorded_at) "
                    "VALUES (99, 1, 2, 'teleport', '2026-03-03T10:00', '2026-03-03T10:00')");
        Store store = Store::open(path);
        const auto message = bad_data_message([&] { store.load_case(number); });
        CHECK(contains(message, "step 99 in table case_step"));
        CHECK(contains(message, "kind 'teleport'"));
    }
    SUBCASE("an unknown limit unit of an item") {
        sqlite_exec(path, "UPDATE item SET promised_unit = 'fortnights' WHERE code = 'SC02'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.items(); }), "item SC02 in table item"));
        CHECK(contains(bad_data_message([&] { store.find_item("SC02"); }), "'fortnights'"));
    }
    SUBCASE("a bad card date") {
        sqlite_exec(path, "DROP TRIGGER card_is_fixed; UPDATE card SET issued_on = 'yesterday'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.cards(std::nullopt); }), "card 1 in table card"));
    }
    SUBCASE("a bad notice time") {
        sqlite_exec(path,
                    "DROP TRIGGER notice_is_append_only_u; UPDATE notice SET issued = '2026-13-01T09:00'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.notices(1); }), "in table notice"));
    }
    // Integers and flags: SQLite hands back 0 for a text in an integer column, which would
    // read as a real value (an investment of 0, a case not late).
    SUBCASE("an integer stored as text") {
        sqlite_exec(path, "DROP TRIGGER case_intake_is_fixed; UPDATE \"case\" SET investment = 'lots'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.load_case(number); }), "investment 'lots'"));
    }
    SUBCASE("a flag that is neither 0 nor 1") {
        sqlite_exec(path, "UPDATE \"case\" SET late = 7");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.list_cases(hall::CaseFilter{}); }), "late '7'"));
    }
    SUBCASE("a card of unknown origin") {
        sqlite_exec(path,
                    "DROP TRIGGER card_is_fixed; PRAGMA ignore_check_constraints = ON; "
                    "UPDATE card SET origin = 'rumour'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.cards(std::nullopt); }), "origin 'rumour'"));
    }
    SUBCASE("a calendar import of an unknown layer") {
        sqlite_exec(path, "PRAGMA ignore_check_constraints = ON; UPDATE calendar_import SET layer = 'moon'");
        Store store = Store::open(path);
        CHECK(contains(bad_data_message([&] { store.calendar_imports(); }), "layer 'moon'"));
    }
}

TEST_CASE(
    "a period's cases are added up by window, class, item and month, each group naming its first case") {
    // Issue 10 Speed: the bulletins' figures (report.h) come from these groups; a group's first
    // case in the order of receipt (received time, then id) names its item.
    TempDir dir;
    const auto path = dir / "hall.db";
    store_with_a_case(path);  // SC02, received 2026-03-02T09:00
    Store store = Store::open(path);
    const auto calendar = store.load_calendar();
    const auto policy = hall::load_policy(store);
    auto open = [&](const char* item, const char* when) {
        hall::OpenRequest request;
        request.item = item;
        request.applicant = "李四";
        request.staff = "S101";
        request.received = at(when);
        return hall::open_case(store, calendar, policy, request, at(when)).view.record.id;
    };
    const auto first = store.received_groups(d("2026-03-02"), d("2026-03-02")).at(0).first_case;
    // Of two cases received the same minute, the first is the one with the lower id.
    const auto tie = open("SC02", "2026-03-02T09:00");
    CHECK(tie > first);
    auto same_minute = store.received_groups(d("2026-03-02"), d("2026-03-02"));
    REQUIRE(same_minute.size() == 1);
    CHECK(same_minute[0].cases == 2);
    CHECK(same_minute[0].first_case == first);

    const auto earlier = open("SC02", "2026-03-02T08:30");
    const auto april = open("SC02", "2026-04-01T09:00");
    auto groups = store.received_groups(d("2026-03-01"), d("2026-04-30"));
    std::sort(groups.begin(), groups.end(),
              [](const hall::CaseGroup& a, const hall::CaseGroup& b) { return a.month < b.month; });
    REQUIRE(groups.size() == 2);
    CHECK(groups[0].window == "W01");
    CHECK(groups[0].item == "SC02");
    CHECK(groups[0].case_class == hall::CaseClass::promised);
    CHECK(groups[0].month == hall::Month{2026, 3});
    CHECK(groups[0].cases == 3);
    CHECK(groups[0].first_case == earlier);
    CHECK(groups[0].first_key == fmt::format("2026-03-02T08:30{:020}", earlier));
    CHECK(groups[1].month == hall::Month{2026, 4});
    CHECK(groups[1].cases == 1);
    CHECK(groups[1].first_case == april);
    CHECK(store.received_groups(d("2026-05-01"), d("2026-05-31")).empty());
}

TEST_CASE("cards issued in a period are counted by level, with those revoked since") {
    TempDir dir;
    const auto path = dir / "hall.db";
    store_with_a_case(path);  // a yellow card on 2026-03-20
    Store store = Store::open(path);
    store.add_card(1, hall::CardLevel::red, "past_statutory_limit", true, d("2026-03-31"), "超过法定时限");
    store.add_card(1, hall::CardLevel::warning, "due_soon", true, d("2026-04-01"), "即将到期");
    const auto yellow = store.cards(std::nullopt).at(0);
    REQUIRE(yellow.level == hall::CardLevel::yellow);
    store.revoke_card(yellow.id, "误判", at("2026-03-25T10:00"));
    const auto at_of = [](hall::CardLevel l) { return static_cast<std::size_t>(l); };
    const auto march = store.card_counts(d("2026-03-01"), d("2026-03-31"));
    CHECK(march.issued[at_of(hall::CardLevel::yellow)] == 1);
    CHECK(march.revoked[at_of(hall::CardLevel::yellow)] == 1);
    CHECK(march.issued[at_of(hall::CardLevel::red)] == 1);
    CHECK(march.revoked[at_of(hall::CardLevel::red)] == 0);
    CHECK(march.issued[at_of(hall::CardLevel::warning)] == 0);
    // Both ends of the period count.
    CHECK(store.card_counts(d("2026-03-20"), d("2026-03-20")).issued[at_of(hall::CardLevel::yellow)] == 1);
    CHECK(store.card_counts(d("2026-04-01"), d("2026-04-30")).issued[at_of(hall::CardLevel::warning)] == 1);
    CHECK(store.card_counts(d("2026-05-01"), d("2026-05-31")) == hall::CardCounts{});
    SUBCASE("a level that does not parse is bad data") {
        sqlite_exec(path,
                    "DROP TRIGGER card_is_fixed; PRAGMA ignore_check_constraints = ON; "
                    "UPDATE card SET level = 'purple' WHERE level = 'red'");
        Store reopened = Store::open(path);
        CHECK(contains(bad_data_message([&] { reopened.card_counts(d("2026-03-01"), d("2026-03-31")); }),
                       "level 'purple'"));
    }
}

TEST_CASE("a bulletin's figure that does not parse is a StoreError naming the window and item") {
    TempDir dir;
    const auto path = dir / "hall.db";
    store_with_a_case(path);
    SUBCASE("a class") {
        sqlite_exec(path, "UPDATE \"case\" SET class = 'wobbly'");
        Store store = Store::open(path);
        const auto message =
            bad_data_message([&] { store.received_groups(d("2026-03-01"), d("2026-03-31")); });
        CHECK(contains(message, "cases of window W01 item SC02"));
        CHECK(contains(message, "class 'wobbly'"));
    }
    SUBCASE("a month, cut from the received time by characters as SQL's substr() cuts it") {
        sqlite_exec(path,
                    "DROP TRIGGER case_intake_is_fixed; UPDATE \"case\" SET received = '2026-0é-02T09:00'");
        Store store = Store::open(path);
        const auto message =
            bad_data_message([&] { store.received_groups(d("2026-03-01"), d("2026-12-31")); });
        CHECK(contains(message, "cases of window W01 item SC02"));
        CHECK(contains(message, "month '2026-0é'"));
    }
    SUBCASE("a cached figure stored as text") {
        sqlite_exec(
            path,
            "UPDATE \"case\" SET state = 'finished', finished = '2026-03-05T10:00', work_days = 'many', "
            "figured = 1");
        Store store = Store::open(path);
        const auto message =
            bad_data_message([&] { store.finished_groups(d("2026-03-01"), d("2026-03-31")); });
        CHECK(contains(message, "cases of window W01 item SC02 in table case"));
        CHECK(contains(message, "work_days 'many'"));
    }
}

TEST_CASE("a schema-2 store is migrated and keeps every case with its derived dates") {
    TempDir dir;
    const auto path = dir / "hall.db";
    const std::string number = store_with_a_case(path);
    std::optional<hall::StoredCase> before;
    {
        Store store = Store::open(path);
        before = store.load_case(number);
        REQUIRE(before);
        REQUIRE(before->status.deadline);
    }
    // Back to schema 2, as the previous hall left its stores.
    sqlite_exec(
        path,
        // v12
        "DROP INDEX case_unfigured; DROP INDEX case_finished_figures; DROP INDEX case_received_figures; "
        "ALTER TABLE \"case\" DROP COLUMN work_days; ALTER TABLE \"case\" DROP COLUMN days_late; "
        "ALTER TABLE \"case\" DROP COLUMN waiting_days; ALTER TABLE \"case\" DROP COLUMN paused_days; "
        "ALTER TABLE \"case\" DROP COLUMN authority_days; ALTER TABLE \"case\" DROP COLUMN responded_on; "
        "ALTER TABLE \"case\" DROP COLUMN figured; "
        // v11
        "DROP TRIGGER case_intake_is_fixed; DROP TRIGGER case_is_kept; DROP TRIGGER notice_is_append_only_u; "
        "DROP TRIGGER notice_is_append_only_d; DROP TRIGGER card_is_fixed; DROP TRIGGER "
        "card_revocation_is_fixed; "
        "DROP TRIGGER card_is_kept; DROP TRIGGER case_step_is_append_only_u; "
        "CREATE TRIGGER case_step_is_append_only_u BEFORE UPDATE ON case_step "
        "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END; "
        "ALTER TABLE \"case\" DROP COLUMN prev_hash; ALTER TABLE \"case\" DROP COLUMN hash; "
        "ALTER TABLE case_step DROP COLUMN prev_hash; ALTER TABLE case_step DROP COLUMN hash; "
        "ALTER TABLE notice DROP COLUMN prev_hash; ALTER TABLE notice DROP COLUMN hash; "
        // v10
        "DROP TABLE complaint_act; DROP TABLE complaint; DROP TABLE leave; DROP TABLE punch; "
        "DROP TABLE punch_import; "
        // v9, v8
        "ALTER TABLE item DROP COLUMN content; ALTER TABLE item DROP COLUMN basis; "
        "ALTER TABLE item DROP COLUMN procedure; ALTER TABLE item DROP COLUMN fee; "
        "ALTER TABLE item DROP COLUMN fee_basis; ALTER TABLE item DROP COLUMN complaint; DROP TABLE inquiry; "
        // v7
        "DROP INDEX case_scored; DROP INDEX card_scored; DROP INDEX event_by_kind_date; ALTER TABLE \"case\" "
        "DROP COLUMN rating; "
        "ALTER TABLE \"case\" DROP COLUMN notice_breaches; "
        // v6
        "DROP TABLE event_void; DROP TABLE event; DROP INDEX case_finished_on; DROP INDEX card_by_issued; "
        // v5
        "DROP INDEX step_lateness_corrections; DROP INDEX case_follow_up; "
        "ALTER TABLE case_step DROP COLUMN basis; ALTER TABLE case_step DROP COLUMN overrides; "
        "ALTER TABLE \"case\" DROP COLUMN item_name; ALTER TABLE \"case\" DROP COLUMN participant_days; "
        "ALTER TABLE \"case\" DROP COLUMN lead_designated; ALTER TABLE \"case\" DROP COLUMN inspection; "
        "ALTER TABLE item DROP COLUMN inspection; ALTER TABLE item_participant DROP COLUMN days; "
        "CREATE TABLE card_v2 (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES \"case\" (id), "
        "level TEXT NOT NULL CHECK (level IN ('warning', 'yellow', 'red')), rule TEXT NOT NULL, "
        "origin TEXT NOT NULL CHECK (origin IN ('auto', 'manual')), issued_on TEXT NOT NULL, "
        "note TEXT NOT NULL DEFAULT '', revoked_at TEXT, revoke_reason TEXT); "
        "INSERT INTO card_v2 SELECT id, case_id, level, rule, origin, issued_on, note, revoked_at, "
        "revoke_reason FROM card; DROP TABLE card; ALTER TABLE card_v2 RENAME TO card; "
        "CREATE UNIQUE INDEX card_auto_once ON card (case_id, level, rule) WHERE origin = 'auto'; "
        "CREATE INDEX card_by_case ON card (case_id); "
        // v4, v3
        "DROP INDEX case_finished_late; DROP INDEX case_with_pending; DROP TABLE setting_change; "
        "ALTER TABLE \"case\" DROP COLUMN monitored; PRAGMA user_version = 2;");
    Store store = Store::open(path);
    CHECK(store.migrated_from() == 2);
    const auto after = store.load_case(number);
    REQUIRE(after);
    CHECK(after->facts.received == before->facts.received);
    CHECK(after->status.state == before->status.state);
    CHECK(after->status.clock_start == before->status.clock_start);
    CHECK(after->status.deadline == before->status.deadline);
    CHECK(after->status.statutory_deadline == before->status.statutory_deadline);
    CHECK(after->steps.size() == before->steps.size());
    CHECK(after->facts.item_name == "食品经营许可");  // the item's name at intake, kept on the case now
    CHECK(hall::test::store_counts(store).cases == 1);
    CHECK(store.cards(number).size() == 1);
    CHECK(store.punches(hall::Date::from_ymd(2000, 1, 1).value(), hall::Date::from_ymd(2100, 1, 1).value())
              .empty());
    CHECK(store.leaves(hall::LeaveFilter{}).empty());
    CHECK(store.complaints(hall::ComplaintFilter{}).empty());
    // The migration to schema 7 sealed the case, its steps, notices and card in order: the
    // store verifies clean (hall/verify.h), and each record carries a hash.
    const auto report = hall::verify_store(store, store.load_calendar(), hall::load_policy(store));
    CHECK(report.clean());
    CHECK(report.cases == 1);
    CHECK(sqlite_int(path, "SELECT count(*) FROM case_step WHERE hash IS NULL") == 0);
    CHECK(sqlite_int(path, "SELECT count(*) FROM card WHERE hash IS NULL") == 0);
}

TEST_CASE("punches, leave and complaints are append-only") {
    TempDir dir;
    const auto path = dir / "hall.db";
    store_with_a_case(path);
    sqlite_exec(
        path,
        "INSERT INTO punch_import VALUES (1, 'p.csv', 'UTF-8', 1, 1, 0, '2026-10-12T09:00'); "
        "INSERT INTO punch (staff_id, at, import_id) SELECT id, '2026-10-12T08:20', 1 FROM staff LIMIT 1; "
        "INSERT INTO complaint (received_at, window_id, channel, class, issue, recorded_by, deadline, "
        "recorded_at) SELECT '2026-10-12T09:00', id, 'oral', 'ordinary', 'x', 'y', '2026-10-13', "
        "'2026-10-12T09:00' FROM hall_window LIMIT 1;");
    for (const char* sql :
         {"UPDATE punch SET at = '2026-10-12T08:30'", "DELETE FROM punch", "DELETE FROM punch_import",
          "UPDATE complaint SET issue = 'y'", "DELETE FROM complaint"}) {
        CAPTURE(sql);
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
        CHECK(sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK);
        sqlite3_close(db);
    }
}

TEST_CASE("a schema-6 store is migrated: its finished cases are replayed for scoring, new ones read cached") {
    TempDir dir;
    const auto path = dir / "hall.db";
    std::vector<hall::Event> before;
    {
        Store store = Store::open(path);
        hall::initialize(store, data_dir, install_time);
        hall::load_example(store, data_dir);
        const auto calendar = store.load_calendar();
        const auto policy = hall::load_policy(store);
        hall::OpenRequest request;
        request.item = "SC02";  // 10 working days
        request.applicant = "张三";
        request.staff = "S101";
        request.received = at("2026-03-02T09:00");
        const auto number = hall::open_case(store, calendar, policy, request, at("2026-03-02T09:00"))
                                .view.record.facts.number;
        hall::Step finish;
        finish.kind = hall::StepKind::finish;
        finish.at = at("2026-03-20T10:00");
        hall::move_case(store, calendar, policy, number, finish, finish.at);
        hall::Step rate;
        rate.kind = hall::StepKind::rate;
        rate.value = 1;
        rate.at = at("2026-03-20T10:05");
        hall::move_case(store, calendar, policy, number, rate, rate.at);
        before = hall::case_events(store, calendar, d("2026-03-01"), d("2026-03-31"));
        REQUIRE(before.size() == 2);  // case_overdue, bad_rating
    }
    sqlite_exec(
        path,
        // v12
        "DROP INDEX case_unfigured; DROP INDEX case_finished_figures; DROP INDEX case_received_figures; "
        "ALTER TABLE \"case\" DROP COLUMN work_days; ALTER TABLE \"case\" DROP COLUMN days_late; "
        "ALTER TABLE \"case\" DROP COLUMN waiting_days; ALTER TABLE \"case\" DROP COLUMN paused_days; "
        "ALTER TABLE \"case\" DROP COLUMN authority_days; ALTER TABLE \"case\" DROP COLUMN responded_on; "
        "ALTER TABLE \"case\" DROP COLUMN figured; "
        // v11
        "DROP TRIGGER case_intake_is_fixed; DROP TRIGGER case_is_kept; DROP TRIGGER notice_is_append_only_u; "
        "DROP TRIGGER notice_is_append_only_d; DROP TRIGGER card_is_fixed; DROP TRIGGER "
        "card_revocation_is_fixed; "
        "DROP TRIGGER card_is_kept; DROP TRIGGER case_step_is_append_only_u; "
        "CREATE TRIGGER case_step_is_append_only_u BEFORE UPDATE ON case_step "
        "BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END; "
        "ALTER TABLE \"case\" DROP COLUMN prev_hash; ALTER TABLE \"case\" DROP COLUMN hash; "
        "ALTER TABLE case_step DROP COLUMN prev_hash; ALTER TABLE case_step DROP COLUMN hash; "
        "ALTER TABLE notice DROP COLUMN prev_hash; ALTER TABLE notice DROP COLUMN hash; "
        // v11 on the tables schema 6 keeps: the cards', the events' and the voids' chains
        "DROP INDEX event_void_by_seq; DROP TRIGGER event_is_append_only_u; DROP TRIGGER "
        "event_void_is_append_only_u; "
        "CREATE TRIGGER event_is_append_only_u BEFORE UPDATE ON event "
        "BEGIN SELECT RAISE(ABORT, 'events are append-only: void one instead'); END; "
        "CREATE TRIGGER event_void_is_append_only_u BEFORE UPDATE ON event_void "
        "BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END; "
        "ALTER TABLE card DROP COLUMN prev_hash; ALTER TABLE card DROP COLUMN hash; "
        "ALTER TABLE card DROP COLUMN revoke_hash; ALTER TABLE event DROP COLUMN prev_hash; "
        "ALTER TABLE event DROP COLUMN hash; ALTER TABLE event_void DROP COLUMN seq; "
        "ALTER TABLE event_void DROP COLUMN prev_hash; ALTER TABLE event_void DROP COLUMN hash; "
        // v10 and down to 6
        "DROP TABLE complaint_act; DROP TABLE complaint; DROP TABLE leave; DROP TABLE punch; DROP TABLE "
        "punch_import; "
        "ALTER TABLE item DROP COLUMN content; ALTER TABLE item DROP COLUMN basis; "
        "ALTER TABLE item DROP COLUMN procedure; ALTER TABLE item DROP COLUMN fee; "
        "ALTER TABLE item DROP COLUMN fee_basis; ALTER TABLE item DROP COLUMN complaint; DROP TABLE inquiry; "
        "DROP INDEX case_scored; DROP INDEX card_scored; DROP INDEX event_by_kind_date; ALTER TABLE "
        "\"case\" DROP COLUMN rating; "
        "ALTER TABLE \"case\" DROP COLUMN notice_breaches; PRAGMA user_version = 6;");
    Store store = Store::open(path);
    CHECK(store.migrated_from() == 6);
    const auto after = hall::case_events(store, store.load_calendar(), d("2026-03-01"), d("2026-03-31"));
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].kind == before[i].kind);
        CHECK(after[i].value == before[i].value);
        CHECK(after[i].source == before[i].source);
    }
    // Schema 12: the case has no bulletin figures (and, from before schema 7, no rating) until
    // fill_case_figures replays it, once; the store verifies clean before and after.
    const auto calendar = store.load_calendar();
    const auto policy = hall::load_policy(store);
    CHECK(hall::verify_store(store, calendar, policy).clean());
    CHECK(store.has_unfigured_cases());
    CHECK(hall::fill_case_figures(store) == 1);
    CHECK_FALSE(store.has_unfigured_cases());
    CHECK(hall::fill_case_figures(store) == 0);
    int cases = 0;
    store.for_each_case(hall::CaseFilter{}, true, [&](hall::StoredCase& c) {
        ++cases;
        CHECK(c.figured);
        CHECK(c.status == hall::CachedStatus(hall::replay(c.facts, c.steps, calendar, policy)));
        CHECK(c.status.rating == 1);
        CHECK(c.status.work_days.has_value());
        CHECK(c.status.days_late.has_value());
    });
    CHECK(cases == 1);
    CHECK(hall::verify_store(store, calendar, policy).clean());
}

namespace {

std::vector<std::string> index_names(const std::filesystem::path& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.string().c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'index' ORDER BY name", -1,
                               &stmt, nullptr) == SQLITE_OK);
    std::vector<std::string> names;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return names;
}

}  // namespace

TEST_CASE("a bulk load drops the case and step indexes and builds the same again; a rollback keeps them") {
    TempDir dir;
    const auto path = dir / "hall.db";
    { Store store = Store::open(path); }
    const auto before = index_names(path);
    REQUIRE(std::find(before.begin(), before.end(), "case_by_received") != before.end());
    {
        Store store = Store::open(path);
        Store::Transaction tx(store);
        CHECK_FALSE(store.drop_case_indexes().empty());
        CHECK(store.drop_case_indexes().empty());  // gone; the unique keys' own indexes stay
    }
    CHECK(index_names(path) == before);
    {
        Store store = Store::open(path);
        Store::Transaction tx(store);
        const auto definitions = store.drop_case_indexes();
        store.create_indexes(definitions);
        tx.commit();
    }
    CHECK(index_names(path) == before);
}
