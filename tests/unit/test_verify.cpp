// hall::verify_store and hall::backup_store (issue 8 §4): a tamper test for each kind of edit
// verify must catch. The tests edit the store file with the SQLite C API, behind hall's back,
// the way someone with the file and the sqlite3 shell would; where a trigger would refuse the
// edit, they drop the triggers, edit, and put the triggers back as they were, so that each
// test sees only the problem its edit made.
#include "test_support.h"

#include <hall/desk.h>
#include <hall/error.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>
#include <hall/verify.h>

#include <doctest/doctest.h>
#include <sqlite3.h>

#include "store/sqlite/chain.h"  // private: seal_all, for the back-fill of an older store

#include <string>
#include <vector>

using hall::Store;
using hall::StoreProblem;
using hall::VerifyReport;
using hall::test::at;
using hall::test::d;
using hall::test::TempDir;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

void exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : "?";
        sqlite3_free(error);
        FAIL("tampering failed: ", message, " in ", sql);
    }
}

// Runs `sql` on the store file directly.
void tamper(const std::filesystem::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    exec(db, sql);
    sqlite3_close(db);
}

// Runs `sql` with every trigger dropped, then restores the triggers exactly as they were.
void tamper_behind_triggers(const std::filesystem::path& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    std::vector<std::pair<std::string, std::string>> triggers;
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'", -1, &stmt,
                               nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        triggers.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)),
                              reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    sqlite3_finalize(stmt);
    REQUIRE(!triggers.empty());
    exec(db, "BEGIN");
    for (const auto& [name, sql_text] : triggers) exec(db, "DROP TRIGGER \"" + name + "\"");
    exec(db, sql);
    for (const auto& [name, sql_text] : triggers) exec(db, sql_text);
    exec(db, "COMMIT");
    sqlite3_close(db);
}

// A store on file with the example hall and a little of everything that is chained: three
// cases (the first finished), their notices, two cards (one revoked), three events (one
// voided).
struct Fixture {
    TempDir dir;
    std::filesystem::path path = dir / "hall.db";
    std::vector<std::string> numbers;
    std::int64_t revoked_card = 0;

    Fixture() {
        Store store = Store::open(path);
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        hall::load_example(store, data_dir);
        const auto calendar = store.load_calendar();
        const auto policy = hall::load_policy(store);
        for (const char* received : {"2026-01-05T09:00", "2026-01-05T10:00", "2026-01-06T09:00"}) {
            hall::OpenRequest r;
            r.item = "SC02";
            r.applicant = "张三";
            r.received = at(received);
            r.staff = "S101";
            numbers.push_back(
                hall::open_case(store, calendar, policy, r, at(received)).view.record.facts.number);
        }
        hall::Step finish;
        finish.kind = hall::StepKind::finish;
        finish.at = at("2026-01-07T10:00");
        finish.staff = "S101";
        hall::move_case(store, calendar, policy, numbers[0], finish, at("2026-01-07T10:00"));
        revoked_card =
            hall::add_manual_card(store, numbers[1], hall::CardLevel::yellow, "迟到", d("2026-01-07")).id;
        hall::add_manual_card(store, numbers[2], hall::CardLevel::warning, "提醒", d("2026-01-07"));
        hall::revoke_card(store, revoked_card, "登记有误", at("2026-01-08T09:00"));
        std::vector<std::int64_t> events;
        for (const char* day : {"2026-01-05", "2026-01-06", "2026-01-07"}) {
            hall::Event e;
            e.kind = "off_post";
            e.window = "W01";
            e.staff = "S101";
            e.date = d(day);
            e.minutes = 30;
            events.push_back(store.insert_event(e, at("2026-01-08T09:00")));
        }
        store.void_event(events[1], hall::EventVoid{"重复登记", "S101", at("2026-01-08T10:00")});
    }

    VerifyReport verify(const std::optional<std::string>& case_number = std::nullopt) const {
        const Store store = Store::open(path);
        return hall::verify_store(store, store.load_calendar(), hall::load_policy(store), case_number);
    }
};

bool has(const VerifyReport& report, const std::string& kind, const std::string& table,
         const std::string& row) {
    for (const auto& p : report.problems)
        if (p.kind == kind && p.table == table && p.row == row) return true;
    return false;
}

std::string listed(const VerifyReport& report) {
    std::string out;
    for (const auto& p : report.problems)
        out += p.kind + " " + p.table + " " + p.row + ": " + p.detail.en + "\n";
    return out;
}

}  // namespace

TEST_CASE("a store as hall wrote it verifies clean, whole or case by case") {
    Fixture f;
    const auto report = f.verify();
    INFO(listed(report));
    CHECK(report.clean());
    CHECK(report.cases == 3);
    const auto one = f.verify(f.numbers[1]);
    INFO(listed(one));
    CHECK(one.clean());
    CHECK(one.cases == 1);
    CHECK_THROWS_AS(f.verify(std::string("20990101-0001")), hall::NotFound);
}

TEST_CASE("a forged step inserted behind hall's back breaks its case's chain, also out of time order") {
    Fixture f;
    // The second case gets a finish dated before it was received, with no hash.
    tamper(f.path,
           "INSERT INTO case_step (case_id, seq, kind, at, recorded_at) "
           "SELECT id, 2, 'finish', '2026-01-02T09:00', '2026-01-02T09:00' FROM \"case\" WHERE number = '" +
               f.numbers[1] + "'");
    const auto report = f.verify();
    INFO(listed(report));
    CHECK(has(report, "chain", "case_step", "case " + f.numbers[1] + " step 2"));
    // Its cached status still says open: the replay of the forged history disagrees.
    CHECK(has(report, "status", "case", "case " + f.numbers[1]));
    // A forgery that copies a real step's hashes does no better.
    Fixture g;
    tamper(g.path,
           "INSERT INTO case_step (case_id, seq, kind, at, recorded_at, prev_hash, hash) "
           "SELECT case_id, 3, 'finish', '2026-01-06T09:00', recorded_at, prev_hash, hash FROM case_step "
           "WHERE seq = 2 LIMIT 1");
    const auto copied = g.verify();
    INFO(listed(copied));
    CHECK(has(copied, "chain", "case_step", "case " + g.numbers[0] + " step 3"));
}

TEST_CASE("an edited intake fact no longer matches its hash") {
    Fixture f;
    tamper_behind_triggers(f.path,
                           "UPDATE \"case\" SET applicant = '李四' WHERE number = '" + f.numbers[0] + "'");
    const auto report = f.verify();
    INFO(listed(report));
    CHECK(has(report, "chain", "case", "case " + f.numbers[0]));
    CHECK(report.problems.size() == 1);
    // The intake trigger refuses the edit outright.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(f.path.c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "UPDATE \"case\" SET applicant = '王五'", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT);
    sqlite3_close(db);
}

TEST_CASE("an edited cached status differs from a fresh replay") {
    Fixture f;
    tamper(f.path, "UPDATE \"case\" SET state = 'finished', deadline = '2026-02-01' WHERE number = '" +
                       f.numbers[2] + "'");
    const auto report = f.verify();
    INFO(listed(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(has(report, "status", "case", "case " + f.numbers[2]));
    CHECK(hall::test::contains(report.problems[0].detail.en, "state finished → open"));
}

TEST_CASE("an edited bulletin figure differs from a fresh replay") {
    // The figures a bulletin adds up (schema 12) are cached status like the rest.
    Fixture f;
    tamper(f.path,
           "UPDATE \"case\" SET work_days = 9, waiting_days = 3 WHERE number = '" + f.numbers[0] + "'");
    const auto report = f.verify();
    INFO(listed(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(has(report, "status", "case", "case " + f.numbers[0]));
    CHECK(hall::test::contains(report.problems[0].detail.en, "work_days 9 → "));
    CHECK(hall::test::contains(report.problems[0].detail.en, "waiting_days 3 → -"));
}

TEST_CASE("a dropped trigger is reported, and init does not restore it") {
    Fixture f;
    tamper(f.path, "DROP TRIGGER case_step_is_append_only_u");
    {
        // `hall init` on the existing store: the schema is left as it is, the evidence kept.
        Store store = Store::open(f.path);
        hall::initialize(store, data_dir, at("2026-01-09T08:00"));
    }
    const auto report = f.verify();
    INFO(listed(report));
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].kind == "schema");
    CHECK(report.problems[0].table == "case_step_is_append_only_u");
    // A trigger of someone else's is not hall's either.
    Fixture g;
    tamper(g.path, "CREATE TRIGGER quiet AFTER INSERT ON card BEGIN SELECT 1; END");
    CHECK(has(g.verify(), "schema", "quiet", ""));
}

TEST_CASE("a step of unknown kind or with an unparsable time is unreadable, never a default") {
    Fixture f;
    tamper_behind_triggers(f.path, "UPDATE case_step SET kind = 'teleport' WHERE seq = 2");
    const auto report = f.verify();
    INFO(listed(report));
    CHECK(has(report, "unreadable", "case_step", "case " + f.numbers[0] + " step 2"));
    CHECK(has(report, "chain", "case_step", "case " + f.numbers[0] + " step 2"));
    // The commands refuse the case rather than read the step as something it is not.
    {
        const Store store = Store::open(f.path);
        CHECK_THROWS_AS(store.load_case(f.numbers[0]), hall::StoreError);
    }
    Fixture g;
    tamper_behind_triggers(g.path, "UPDATE case_step SET at = 'yesterday' WHERE seq = 1 AND case_id = 2");
    const auto times = g.verify();
    INFO(listed(times));
    CHECK(has(times, "unreadable", "case_step", "case " + g.numbers[1] + " step 1"));
    Fixture h;
    tamper_behind_triggers(h.path, "UPDATE \"case\" SET received = '2026-13-01T09:00' WHERE id = 3");
    CHECK(has(h.verify(), "unreadable", "case", "case " + h.numbers[2]));
}

TEST_CASE("an edited card, revocation, notice, event or void breaks its chain") {
    SUBCASE("card") {
        Fixture f;
        tamper_behind_triggers(
            f.path, "UPDATE card SET level = 'warning' WHERE id = " + std::to_string(f.revoked_card));
        CHECK(has(f.verify(), "chain", "card", "card " + std::to_string(f.revoked_card)));
    }
    SUBCASE("revocation reason") {
        Fixture f;
        tamper_behind_triggers(f.path, "UPDATE card SET revoke_reason = '领导要求' WHERE id = " +
                                           std::to_string(f.revoked_card));
        CHECK(has(f.verify(), "chain", "card", "card " + std::to_string(f.revoked_card)));
    }
    SUBCASE("revocation undone") {
        Fixture f;
        tamper_behind_triggers(f.path, "UPDATE card SET revoked_at = NULL, revoke_reason = NULL WHERE id = " +
                                           std::to_string(f.revoked_card));
        CHECK(has(f.verify(), "chain", "card", "card " + std::to_string(f.revoked_card)));
    }
    SUBCASE("notice") {
        Fixture f;
        tamper_behind_triggers(f.path, "UPDATE notice SET issued = '2026-01-04T09:00' WHERE id = 2");
        const auto report = f.verify();
        INFO(listed(report));
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].table == "notice");
        CHECK(report.problems[0].kind == "chain");
    }
    SUBCASE("event") {
        Fixture f;
        tamper_behind_triggers(f.path, "UPDATE event SET minutes = 5 WHERE id = 1");
        CHECK(has(f.verify(), "chain", "event", "event 1"));
    }
    SUBCASE("void") {
        Fixture f;
        tamper_behind_triggers(f.path, "UPDATE event_void SET reason = '无' WHERE event_id = 2");
        CHECK(has(f.verify(), "chain", "event_void", "void of event 2"));
    }
}

TEST_CASE("a deleted row breaks the chain at the record after it") {
    SUBCASE("a step") {
        Fixture f;
        // The first case: open (1), finish (2); its notices point at step 1 only.
        tamper_behind_triggers(f.path, "DELETE FROM case_step WHERE case_id = 1 AND seq = 1");
        CHECK(has(f.verify(), "chain", "case_step", "case " + f.numbers[0] + " step 2"));
    }
    SUBCASE("a whole case") {
        Fixture f;
        tamper_behind_triggers(f.path,
                               "PRAGMA foreign_keys = OFF; DELETE FROM notice WHERE case_id = 2; "
                               "DELETE FROM card WHERE case_id = 2; DELETE FROM case_step WHERE case_id = 2; "
                               "DELETE FROM \"case\" WHERE id = 2");
        const auto report = f.verify();
        INFO(listed(report));
        CHECK(has(report, "chain", "case", "case " + f.numbers[2]));
        CHECK(report.cases == 2);
    }
    SUBCASE("an event") {
        Fixture f;
        tamper_behind_triggers(f.path, "DELETE FROM event WHERE id = 1");
        CHECK(has(f.verify(), "chain", "event", "event 2"));
    }
}

TEST_CASE("verify --case looks at that case, its cards and notices") {
    Fixture f;
    tamper_behind_triggers(f.path, "UPDATE \"case\" SET applicant = '李四' WHERE id = 1");
    CHECK(f.verify(f.numbers[1]).clean());
    CHECK(has(f.verify(f.numbers[0]), "chain", "case", "case " + f.numbers[0]));
    tamper_behind_triggers(f.path, "UPDATE card SET note = '改' WHERE id = 2");
    CHECK(has(f.verify(f.numbers[2]), "chain", "card", "card 2"));
}

TEST_CASE("the back-fill of an older store seals every row as an insert would have") {
    Fixture f;
    std::string before;
    const char* digest =
        "SELECT group_concat(h, ',') FROM (SELECT hash AS h FROM \"case\" UNION ALL SELECT hash FROM "
        "case_step "
        "UNION ALL SELECT hash FROM notice UNION ALL SELECT hash FROM card UNION ALL SELECT revoke_hash FROM "
        "card "
        "UNION ALL SELECT hash FROM event UNION ALL SELECT hash FROM event_void)";
    const auto read_digest = [&] {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(f.path.c_str(), &db) == SQLITE_OK);
        sqlite3_stmt* stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, digest, -1, &stmt, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
        std::string out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        return out;
    };
    before = read_digest();
    // As the migration finds an older store: no hashes, voids not numbered.
    tamper_behind_triggers(f.path,
                           "UPDATE \"case\" SET prev_hash = NULL, hash = NULL; "
                           "UPDATE case_step SET prev_hash = NULL, hash = NULL; "
                           "UPDATE notice SET prev_hash = NULL, hash = NULL; "
                           "UPDATE card SET prev_hash = NULL, hash = NULL, revoke_hash = NULL; "
                           "UPDATE event SET prev_hash = NULL, hash = NULL; "
                           "UPDATE event_void SET prev_hash = NULL, hash = NULL, seq = NULL");
    CHECK_FALSE(f.verify().clean());
    {
        hall::sql::Database db(f.path.string(), SQLITE_OPEN_READWRITE);
        db.exec("BEGIN");
        hall::sqlite_store::seal_all(db);
        db.exec("COMMIT");
    }
    CHECK(read_digest() == before);
    CHECK(f.verify().clean());
}

TEST_CASE("backup writes a verified copy, and refuses what it must") {
    Fixture f;
    const auto copy = f.dir / "copy.db";
    {
        const Store store = Store::open(f.path);
        // Another process in the middle of a write: the copy is the store as last committed.
        Store writer = Store::open(f.path);
        Store::Transaction tx(writer);
        writer.set_setting("warning_days", "3");
        const auto report = hall::backup_store(store, copy, false);
        INFO(listed(report));
        CHECK(report.clean());
        CHECK(report.cases == 3);
    }
    {
        const Store backup = Store::open(copy);
        CHECK(backup.list_cases({}).size() == 3);
        CHECK(hall::verify_store(backup, backup.load_calendar(), hall::load_policy(backup)).clean());
        CHECK(backup.setting("warning_days") != std::optional<std::string>("3"));
    }
    const Store store = Store::open(f.path);
    CHECK_THROWS_AS(hall::backup_store(store, copy, false), hall::Refused);   // exists
    CHECK(hall::backup_store(store, copy, true).clean());                     // --force
    CHECK_THROWS_AS(hall::backup_store(store, f.path, true), hall::Refused);  // the store itself
    CHECK_THROWS_AS(hall::backup_store(store, f.path.string() + "-wal", true), hall::Refused);
    CHECK_THROWS_AS(hall::backup_store(store, f.dir / "no" / "such.db", false), hall::Refused);
    // Nothing but the store, its journal and the copy is left in the folder.
    for (const auto& entry : std::filesystem::directory_iterator(f.dir.path()))
        CHECK(entry.path().filename().string().rfind(".hall-backup", 0) == std::string::npos);
}

TEST_CASE("a copy that fails verification leaves nothing behind") {
    Fixture f;
    tamper_behind_triggers(f.path, "UPDATE \"case\" SET applicant = '李四' WHERE id = 1");
    const auto copy = f.dir / "copy.db";
    const Store store = Store::open(f.path);
    const auto report = hall::backup_store(store, copy, false);
    CHECK_FALSE(report.clean());
    CHECK_FALSE(std::filesystem::exists(copy));
    for (const auto& entry : std::filesystem::directory_iterator(f.dir.path()))
        CHECK(entry.path().filename().string().rfind(".hall-backup", 0) == std::string::npos);
}
