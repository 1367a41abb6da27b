// Case import and export in the exchange layout (docs/exchange.md): the national codes of
// SPEC §2, validation of every row before anything is written, and the CSV export's
// encoding (UTF-8 with BOM, RFC 4180 quoting) that imports back to the same cases.

#include "test_support.h"

#include <hall/csv.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/exchange.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>
#include <hall/verify.h>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using hall::test::at;
using hall::test::contains;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

struct Hall {
    hall::Store store = hall::Store::in_memory();
    hall::Calendar calendar;
    hall::CasePolicy policy;
    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        hall::load_example(store, data_dir);
        calendar = store.load_calendar();
        policy = hall::load_policy(store);
    }
};

const hall::Moment now = at("2026-11-24T09:30");

hall::CsvTable csv(const std::string& text) {
    return hall::parse_csv(text, "t.csv", {true});
}

const std::string header = "number,case_type,item,applicant,staff,received,seq,status,step,at,reason\n";

}  // namespace

TEST_CASE("the national codes map to the hall's classes and steps (SPEC §2)") {
    CHECK(hall::case_type_code(hall::CaseClass::instant) == 1);
    CHECK(hall::case_type_code(hall::CaseClass::upstream) == 4);
    CHECK(hall::case_type_class(3) == hall::CaseClass::joint);
    CHECK_FALSE(hall::case_type_class(5));
    hall::Step s;
    s.kind = hall::StepKind::supplied;
    CHECK(hall::step_status_code(s) == 5);
    s.kind = hall::StepKind::decide;
    s.reason = "rejected";
    CHECK(hall::step_status_code(s) == 0);
    s.kind = hall::StepKind::extend;
    CHECK_FALSE(hall::step_status_code(s));
}

TEST_CASE("import checks every row and reports each bad line") {
    Hall h;
    const auto table =
        csv(header +
            "A-1,9,SC02,甲,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00,\n"       // line 2: type 9
            "A-2,2,SC02,乙,S101,2026-10-27T09:00,1,4,,2026-10-27T09:00,\n"       // good
            "A-2,2,SC02,乙,S101,2026-10-27T09:00,2,,resume,2026-10-28T09:00,\n"  // line 4: not paused
            "A-3,2,SC02,丙,S999,2026-10-27T09:00,1,4,,2026-10-27T09:00,\n");     // line 5: staff
    const auto problems = hall::check_import(h.store, h.calendar, h.policy, table, now);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].line == 2);
    CHECK(contains(problems[0].why.en, "case type '9'"));
    CHECK(problems[1].line == 4);
    CHECK(problems[2].line == 5);
    CHECK_THROWS_AS(hall::import_cases(h.store, h.calendar, h.policy, table, now), hall::DataError);
    CHECK(h.store.case_numbers().empty());  // all or nothing
}

TEST_CASE("an imported case is replayed: its deadline is the item's, and a rerun skips it") {
    Hall h;
    const auto table = csv(header +
                           "20261020-0001,2,SC02,张三,S101,2026-10-20T09:00,1,4,,2026-10-20T09:00,\n"
                           "20261020-0001,2,SC02,张三,S101,2026-10-20T09:00,2,1,,2026-11-09T16:00,\n");
    const auto report = hall::import_cases(h.store, h.calendar, h.policy, table, now);
    CHECK(report.cases == 1);
    CHECK(report.steps == 2);
    const auto stored = h.store.load_case("20261020-0001");
    REQUIRE(stored);
    CHECK(stored->status.state == hall::CaseState::finished);
    // 10 working days from 2026-10-20 (SC02's promised limit in data/example/hall.toml).
    CHECK(stored->status.deadline == hall::test::d("2026-11-03"));
    CHECK(stored->status.late);
    const auto again = hall::import_cases(h.store, h.calendar, h.policy, table, now);
    CHECK(again.cases == 0);
    CHECK(again.skipped == 1);
    // The day's numbering continues after an imported number.
    CHECK(h.store.next_case_number(hall::test::d("2026-10-20")) == "20261020-0002");
}

TEST_CASE("export writes UTF-8 with a BOM, quotes what needs it, and imports back") {
    Hall h;
    const auto table = csv(header +
                           "20261020-0001,2,SC02,\"张,三\",S101,2026-10-20T09:00,1,4,,2026-10-20T09:00,\n"
                           "20261020-0001,2,SC02,\"张,三\",S101,2026-10-20T09:00,2,6,,2026-10-21T09:00,"
                           "\"听证\"\"公示\"\"\"\n");
    hall::import_cases(h.store, h.calendar, h.policy, table, now);
    std::ostringstream out;
    CHECK(hall::export_cases(h.store, {}, out) == 1);
    const std::string text = out.str();
    CHECK(text.rfind("\xEF\xBB\xBF"
                     "number,case_type,",
                     0) == 0);
    CHECK(contains(text, "\"张,三\""));
    CHECK(contains(text, "\"听证\"\"公示\"\"\""));
    CHECK(contains(text, ",6,pause,"));
    CHECK(contains(text, "\r\n"));
    const auto back = hall::import_cases(h.store, h.calendar, h.policy, csv(text), now);
    CHECK(back.skipped == 1);
    CHECK(back.cases == 0);
}

namespace {

bool verifies(const Hall& h) {
    const auto report = hall::verify_store(h.store, h.calendar, h.policy);
    for (const auto& p : report.problems)
        MESSAGE(p.kind << " " << p.table << " " << p.row << ": " << p.detail.en);
    return report.clean();
}

// Cases with every kind of field an import writes: a joint case with an applicant's id, an
// investment and its participants' deadlines, a 容缺 case with pending materials and a
// promised date, steps with a reason, an approver, a value and materials.
const std::string varied_header =
    "number,case_type,item,applicant,applicant_id,staff,received,investment,pending,promised_by,seq,status,"
    "step,at,handler,reason,actor,value,materials\n";

std::string varied_cases(const std::string& day) {
    return varied_header + "A" + day + "-1,3,ZR03,李四,110101199001011234,S301," + day +
           "T09:00,12000000,,,1,4,," + day +
           "T09:00,S301,,,,\n"
           "A" +
           day + "-1,3,ZR03,李四,110101199001011234,S301," + day + "T09:00,12000000,,,2,6,," + day +
           "T15:00,S301,专家评审,,,\n"
           "A" +
           day + "-2,2,ZJ01,王五,,S401," + day + "T10:00,,施工图;合同," + day + ",1,4,," + day +
           "T10:00,S401,,,,\n"
           "A" +
           day + "-2,2,ZJ01,王五,,S401," + day + "T10:00,,施工图;合同," + day + ",2,,extend," + day +
           "T11:00,S401,材料复杂,张主任,3,\n";
}

}  // namespace

// The import seals each case and step from the values it binds, without reading the row back
// (issue 8 §4, issue 10 Speed): hall verify recomputes every link from the stored rows and
// must find them equal, for every kind of field, and the chain must stay whole when imports
// meet desk work and rolled-back imports in one transaction.
TEST_CASE("an imported case is sealed as written: verify recomputes the same links") {
    Hall h;
    const auto import = [&](const std::string& day) {
        return hall::import_cases(h.store, h.calendar, h.policy, csv(varied_cases(day)), now);
    };
    CHECK(import("2026-10-12").cases == 2);
    CHECK(verifies(h));

    SUBCASE("after a case opened at the desk") {
        hall::OpenRequest r;
        r.item = "SC02";
        r.applicant = "张三";
        r.received = at("2026-10-13T09:00");
        r.staff = "S101";
        hall::Store::Transaction tx(h.store);
        import("2026-10-13");
        hall::open_case(h.store, h.calendar, h.policy, r, at("2026-10-13T09:00"));
        import("2026-10-14");
        tx.commit();
        CHECK(h.store.list_cases({}).size() == 7);
        CHECK(verifies(h));
    }
    SUBCASE("after an import rolled back") {
        {
            hall::Store::Transaction tx(h.store);
            import("2026-10-13");
        }
        CHECK(h.store.list_cases({}).size() == 2);
        CHECK(import("2026-10-14").cases == 2);
        CHECK(verifies(h));
    }
}
