// The case desk over an in-memory store holding the bundled calendar, case rules and the
// example hall (data/example/hall.toml): intake, moves, calendar imports, monitoring and
// notices. Every time is passed in; the tests never read the clock.

#include "store_counts.h"
#include "test_support.h"

#include <hall/calendar_file.h>
#include <hall/catalogue.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/notices.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using hall::CardLevel;
using hall::CaseClass;
using hall::CaseState;
using hall::Moment;
using hall::OpenRequest;
using hall::Step;
using hall::StepKind;
using hall::Store;
using hall::test::at;
using hall::test::contains;
using hall::test::d;
using hall::test::od;

// doctest prints enumerations as their numbers (its enum overload bypasses StringMaker).
namespace doctest {

template <>
struct StringMaker<std::optional<hall::CardLevel>> {
    static String convert(const std::optional<hall::CardLevel>& level) {
        return level ? hall::card_level_id(*level) : "none";
    }
};

}  // namespace doctest

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

// A hall with the bundled data, as `hall init --example` leaves it (without the history).
struct Hall {
    Store store = Store::in_memory();
    hall::Calendar calendar;
    hall::CasePolicy policy;

    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        hall::load_example(store, data_dir);
        calendar = store.load_calendar();
        policy = hall::load_policy(store);
    }

    hall::Opened open(OpenRequest request, const char* now) {
        return hall::open_case(store, calendar, policy, request, at(now));
    }

    hall::CaseView move(const std::string& number, Step step, const char* now) {
        return hall::move_case(store, calendar, policy, number, std::move(step), at(now));
    }

    hall::MonitorReport monitor(const char* on, const char* now) {
        return hall::monitor(store, calendar, policy, d(on), at(now));
    }

    hall::test::StoreCounts counts() const { return hall::test::store_counts(store); }
};

OpenRequest request(const char* item, const char* received, const char* staff = "S101") {
    OpenRequest r;
    r.item = item;
    r.applicant = "张三";
    r.applicant_id = "110101199001011234";
    r.received = at(received);
    r.staff = staff;
    return r;
}

Step step(StepKind kind, const char* when) {
    Step s;
    s.kind = kind;
    s.at = at(when);
    s.staff = "S101";
    return s;
}

// The full derived status (the stored one holds only the cached columns).
hall::CaseStatus derived(const Hall& hall, const hall::CaseView& view) {
    return hall::replay(view.record.facts, view.record.steps, hall.calendar, hall.policy);
}

std::vector<std::string> notice_kinds(const hall::CaseView& view) {
    std::vector<std::string> out;
    for (const auto& n : view.notices) out.push_back(n.kind);
    return out;
}

std::optional<hall::Card> find_card(const hall::CaseView& view, CardLevel level) {
    for (const auto& card : view.cards)
        if (card.level == level) return card;
    return std::nullopt;
}

}  // namespace

TEST_CASE("the example hall is loaded with the shipped case rules") {
    Hall hall;
    CHECK(hall.store.find_item("SC02"));
    CHECK(hall.store.find_staff("S101"));
    CHECK(hall.policy.joint_min_units == 3);  // 004 (三)1: 3个及以上责任单位
    CHECK(hall.policy.joint_investment == 10'000'000);
    CHECK(hall.policy.one_time_notice_days == 5);
    CHECK(hall.policy.max_extension_days == 10);
    CHECK(hall.policy.warning_days == 1);
    CHECK(hall.policy.follow_up_days == 5);
    CHECK(hall.counts().cases == 0);
}

TEST_CASE("open_case numbers cases per day and records the first responsible staff") {
    Hall hall;
    const auto first = hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05");
    const auto second = hall.open(request("SB02", "2026-03-02T10:00", "S501"), "2026-03-02T10:05");
    const auto next_day = hall.open(request("SC02", "2026-03-03T09:00", "S102"), "2026-03-03T09:05");
    CHECK(first.view.record.facts.number == "20260302-0001");
    CHECK(second.view.record.facts.number == "20260302-0002");
    CHECK(next_day.view.record.facts.number == "20260303-0001");
    // Numbered by the day received, not the day recorded.
    const auto late_entry = hall.open(request("SC02", "2026-03-02T16:00", "S102"), "2026-03-04T09:00");
    CHECK(late_entry.view.record.facts.number == "20260302-0003");

    const auto& f = first.view.record.facts;
    CHECK(f.staff == "S101");
    CHECK(second.view.record.facts.staff == "S501");
    CHECK(f.item == "SC02");
    CHECK(f.item_name == "食品经营许可");
    CHECK(f.window == "W01");
    CHECK(f.applicant == "张三");
    CHECK(f.received == at("2026-03-02T09:00"));
    REQUIRE(first.view.record.steps.size() == 1);
    CHECK(first.view.record.steps[0].kind == StepKind::open);
    CHECK(first.view.record.steps[0].staff == "S101");
    CHECK(first.warnings.empty());

    const auto& s = first.view.record.status;
    CHECK(s.state == CaseState::open);
    CHECK(s.case_class == CaseClass::promised);
    CHECK(s.clock_start == od("2026-03-02"));
    CHECK(s.deadline == od("2026-03-16"));
    CHECK(s.statutory_deadline == od("2026-03-30"));
    CHECK_FALSE(s.provisional);

    // view_case reads back what open_case wrote.
    const auto view = hall::view_case(hall.store, "20260302-0001");
    CHECK(view.record.facts.staff == "S101");
    CHECK(view.record.status.deadline == od("2026-03-16"));
    CHECK_THROWS_AS(hall::view_case(hall.store, "20260302-0099"), hall::NotFound);
    CHECK(hall.counts().cases == 4);
    CHECK(hall.counts().steps == 4);
}

TEST_CASE("open_case issues the notice of the case's class") {
    Hall hall;
    SUBCASE("instant: 受理通知书, due the same day") {
        const auto opened = hall.open(request("SC01", "2026-03-02T09:00"), "2026-03-02T09:05");
        CHECK(opened.view.record.status.case_class == CaseClass::instant);
        CHECK(opened.view.record.status.deadline == od("2026-03-02"));
        CHECK(notice_kinds(opened.view) == std::vector<std::string>{"acceptance"});
        CHECK(opened.view.notices[0].number == "受理〔2026〕0001号");
        CHECK(opened.view.notices[0].step_seq == 1);
    }
    SUBCASE("promised: 承诺通知书") {
        const auto opened = hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05");
        CHECK(notice_kinds(opened.view) == std::vector<std::string>{"promise"});
        CHECK(opened.view.notices[0].number == "承诺〔2026〕0001号");
        const auto again = hall.open(request("SB02", "2026-03-02T10:00", "S501"), "2026-03-02T10:05");
        CHECK(again.view.notices[0].number == "承诺〔2026〕0002号");
    }
    SUBCASE("joint (an item of two windows): 联办件承诺通知书") {
        const auto opened = hall.open(request("ZR01", "2026-03-02T09:00", "S301"), "2026-03-02T09:05");
        CHECK(opened.view.record.facts.item_class == CaseClass::joint);
        CHECK(opened.view.record.status.case_class == CaseClass::joint);
        CHECK(opened.view.record.facts.participants == std::vector<std::string>{"W04"});
        CHECK(notice_kinds(opened.view) == std::vector<std::string>{"joint_promise"});
    }
    SUBCASE("upstream: 上报件承诺通知书, due by the reporting deadline") {
        const auto opened = hall.open(request("ZR02", "2026-03-02T09:00", "S301"), "2026-03-02T09:05");
        CHECK(opened.view.record.status.case_class == CaseClass::upstream);
        CHECK(opened.view.record.status.deadline == od("2026-03-09"));
        CHECK(notice_kinds(opened.view) == std::vector<std::string>{"upstream_promise"});
    }
    SUBCASE("missing materials: 补办通知单, and the clock waits") {
        auto r = request("SC02", "2026-03-02T09:00");
        r.missing = {"营业执照复印件", "经营场所平面图"};
        const auto opened = hall.open(r, "2026-03-02T09:05");
        const auto& s = opened.view.record.status;
        CHECK(s.state == CaseState::waiting);
        CHECK(s.case_class == CaseClass::supplement);
        CHECK(opened.view.record.facts.registered == CaseClass::supplement);
        CHECK(opened.view.record.facts.item_class == CaseClass::promised);
        CHECK_FALSE(s.clock_start);
        CHECK_FALSE(s.deadline);
        CHECK(notice_kinds(opened.view) == std::vector<std::string>{"supplement"});
        CHECK(opened.view.notices[0].number == "补办〔2026〕0001号");
    }
}

TEST_CASE("a receipt on a rest day warns that the clock starts on the next working day") {
    Hall hall;
    const auto opened = hall.open(request("SC02", "2026-03-08T20:00"), "2026-03-09T08:00");  // Sunday, online
    CHECK(opened.view.record.facts.number == "20260308-0001");
    CHECK(opened.view.record.status.clock_start == od("2026-03-09"));
    CHECK(opened.view.record.status.deadline == od("2026-03-23"));
    REQUIRE(opened.warnings.size() == 1);
    CHECK(contains(opened.warnings[0].en, "2026-03-09"));
}

TEST_CASE("intake refusals change nothing") {
    Hall hall;
    hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05");
    const auto before = hall.counts();
    const char* now = "2026-03-02T11:00";

    SUBCASE("an unknown item") {
        CHECK_THROWS_AS(hall.open(request("XX99", "2026-03-02T10:00"), now), hall::NotFound);
    }
    SUBCASE("an unknown staff") {
        CHECK_THROWS_AS(hall.open(request("SC02", "2026-03-02T10:00", "S999"), now), hall::NotFound);
    }
    SUBCASE("a missing material the item does not list") {
        auto r = request("SC02", "2026-03-02T10:00");
        r.missing = {"营业执照复印件", "户口本"};
        try {
            hall.open(r, now);
            FAIL("an unknown material was accepted");
        } catch (const hall::InvalidInput& e) {
            CHECK(contains(e.what(), "户口本"));
            CHECK(contains(e.what(), "食品经营许可申请书"));  // it says what the item lists
        }
    }
    SUBCASE("a receipt in the future") {
        CHECK_THROWS_AS(hall.open(request("SC02", "2026-03-02T11:01"), now), hall::Refused);
    }
    SUBCASE("no applicant") {
        auto r = request("SC02", "2026-03-02T10:00");
        r.applicant.clear();
        CHECK_THROWS_AS(hall.open(r, now), hall::InvalidInput);
    }
    SUBCASE("--class returned or supplement") {
        auto r = request("SC02", "2026-03-02T10:00");
        r.case_class = CaseClass::returned;
        CHECK_THROWS_AS(hall.open(r, now), hall::InvalidInput);
        r.case_class = CaseClass::supplement;
        CHECK_THROWS_AS(hall.open(r, now), hall::InvalidInput);
    }
    CHECK(hall.counts() == before);
    // A refused intake does not use up a case number.
    CHECK(hall.open(request("SC02", "2026-03-02T10:30"), now).view.record.facts.number == "20260302-0002");
}

TEST_CASE("容缺预审: pending attachments on a written promise, only for key projects or large investments") {
    Hall hall;
    const char* now = "2026-03-02T11:00";
    auto tolerant = [](const char* item, const char* staff, std::vector<std::string> pending) {
        auto r = request(item, "2026-03-02T10:00", staff);
        r.pending = std::move(pending);
        r.promised_by = d("2026-03-10");
        return r;
    };

    SUBCASE("refused for an item without tolerance below the investment threshold") {
        const auto before = hall.counts();
        auto r = tolerant("SC02", "S101", {"营业执照复印件"});
        r.investment = 9'999'999;
        CHECK_THROWS_AS(hall.open(r, now), hall::Refused);
        auto instant = tolerant("SC01", "S101", {"经营场所使用证明"});
        CHECK_THROWS_AS(hall.open(instant, now), hall::Refused);
        CHECK(hall.counts() == before);
    }
    SUBCASE("allowed for the key-project items ZR01 and ZJ01") {
        const auto zr = hall.open(tolerant("ZR01", "S301", {"环境影响评价批复"}), now);
        CHECK(zr.view.record.status.state == CaseState::open);
        CHECK(zr.view.record.status.clock_start == od("2026-03-02"));
        CHECK(derived(hall, zr.view).outstanding == std::vector<std::string>{"环境影响评价批复"});
        CHECK(zr.view.record.facts.pending == std::vector<std::string>{"环境影响评价批复"});
        CHECK(zr.view.record.facts.promised_by == od("2026-03-10"));

        const auto zj = hall.open(tolerant("ZJ01", "S401", {"施工合同", "安全施工措施资料"}), now);
        CHECK(zj.view.record.status.state == CaseState::open);
        CHECK(zj.view.record.status.case_class == CaseClass::promised);
        CHECK(derived(hall, zj.view).outstanding == std::vector<std::string>{"施工合同", "安全施工措施资料"});
        CHECK(notice_kinds(zj.view) == std::vector<std::string>{"promise", "tolerance"});
    }
    SUBCASE("allowed for any item at the investment threshold") {
        auto r = tolerant("SC02", "S101", {"营业执照复印件"});
        r.investment = 10'000'000;
        const auto opened = hall.open(r, now);
        CHECK(opened.view.record.status.state == CaseState::open);
        CHECK(opened.view.record.facts.investment == 10'000'000);
    }
    SUBCASE("a main document may not be pending") {
        const auto before = hall.counts();
        CHECK_THROWS_AS(hall.open(tolerant("ZJ01", "S401", {"施工许可申请表"}), now), hall::Refused);
        CHECK_THROWS_AS(
            hall.open(tolerant("ZR01", "S301", {"环境影响评价批复", "建设用地规划许可申请表"}), now),
            hall::Refused);
        CHECK(hall.counts() == before);
    }
    SUBCASE("a pending material must be one the item lists, with a promised date") {
        CHECK_THROWS_AS(hall.open(tolerant("ZJ01", "S401", {"户口本"}), now), hall::InvalidInput);
        auto no_date = tolerant("ZJ01", "S401", {"施工合同"});
        no_date.promised_by.reset();
        CHECK_THROWS_AS(hall.open(no_date, now), hall::InvalidInput);
        auto before_receipt = tolerant("ZJ01", "S401", {"施工合同"});
        before_receipt.promised_by = d("2026-03-01");
        CHECK_THROWS_AS(hall.open(before_receipt, now), hall::Refused);
        CHECK(hall.counts().cases == 0);
    }
}

TEST_CASE("an investment of 10 000 000 yuan or more makes a promised item joint") {
    Hall hall;
    auto r = request("SC02", "2026-03-02T10:00");
    r.investment = 9'999'999;
    const auto below = hall.open(r, "2026-03-02T11:00");
    CHECK(below.view.record.facts.item_class == CaseClass::promised);
    CHECK(notice_kinds(below.view) == std::vector<std::string>{"promise"});

    r.investment = 10'000'000;
    const auto at_threshold = hall.open(r, "2026-03-02T11:00");
    CHECK(at_threshold.view.record.facts.item_class == CaseClass::joint);
    CHECK(at_threshold.view.record.status.case_class == CaseClass::joint);
    CHECK(notice_kinds(at_threshold.view) == std::vector<std::string>{"joint_promise"});
    // The promised limit is still the item's.
    CHECK(at_threshold.view.record.status.deadline == od("2026-03-16"));

    SUBCASE("an upstream item stays upstream") {
        auto up = request("ZR02", "2026-03-02T10:00", "S301");
        up.investment = 50'000'000;
        CHECK(hall.open(up, "2026-03-02T11:00").view.record.facts.item_class == CaseClass::upstream);
    }
    SUBCASE("an explicit --class wins") {
        auto explicit_class = request("SC02", "2026-03-02T10:00");
        explicit_class.investment = 50'000'000;
        explicit_class.case_class = CaseClass::promised;
        CHECK(hall.open(explicit_class, "2026-03-02T11:00").view.record.facts.item_class ==
              CaseClass::promised);
    }
    SUBCASE("a promised item with a participant window is joint at 2 units, not at 3 (the default)") {
        hall::Item item;
        item.code = "ZR09";
        item.name = "临时用地审批";
        item.window = "W03";
        item.case_class = CaseClass::promised;
        item.promised = hall::Limit{10, hall::LimitUnit::workdays};
        item.materials = {hall::Material{"临时用地申请表", true}};
        item.participants = {"W04"};
        hall.store.add_item(item);
        hall::CasePolicy loose = hall.policy;
        loose.joint_min_units = 2;  // 003's reading, where a hall chooses it
        const auto two = hall::open_case(hall.store, hall.calendar, loose,
                                         request("ZR09", "2026-03-02T10:00", "S301"), at("2026-03-02T11:00"));
        CHECK(two.view.record.facts.item_class == CaseClass::joint);
        CHECK(two.view.record.facts.participants == std::vector<std::string>{"W04"});
        const auto opened = hall.open(request("ZR09", "2026-03-02T10:00", "S301"), "2026-03-02T11:00");
        CHECK(opened.view.record.facts.item_class == CaseClass::promised);  // 2 units < 3
    }
}

TEST_CASE("move_case: refused moves leave the store exactly as it was") {
    Hall hall;
    auto r = request("SC02", "2026-03-02T09:00");
    r.missing = {"营业执照复印件"};
    const std::string number = hall.open(r, "2026-03-02T09:05").view.record.facts.number;
    const auto before = hall.counts();
    const auto view_before = hall::view_case(hall.store, number);

    SUBCASE("a move the state does not allow") {
        CHECK_THROWS_AS(hall.move(number, step(StepKind::finish, "2026-03-03T10:00"), "2026-03-03T10:05"),
                        hall::Refused);
    }
    SUBCASE("a move without its reason") {
        CHECK_THROWS_AS(hall.move(number, step(StepKind::return_, "2026-03-03T10:00"), "2026-03-03T10:05"),
                        hall::InvalidInput);
    }
    SUBCASE("a move in the future") {
        Step supplied = step(StepKind::supplied, "2026-03-04T10:00");
        CHECK_THROWS_AS(hall.move(number, supplied, "2026-03-03T10:05"), hall::Refused);
    }
    SUBCASE("a move before the last step") {
        Step supplied = step(StepKind::supplied, "2026-03-02T08:59");
        CHECK_THROWS_AS(hall.move(number, supplied, "2026-03-03T10:05"), hall::Refused);
    }
    SUBCASE("an unknown case") {
        CHECK_THROWS_AS(
            hall.move("20260302-0042", step(StepKind::supplied, "2026-03-03T10:00"), "2026-03-03T10:05"),
            hall::NotFound);
    }
    CHECK(hall.counts() == before);
    const auto view_after = hall::view_case(hall.store, number);
    CHECK(view_after.record.steps.size() == view_before.record.steps.size());
    CHECK(view_after.record.status.state == CaseState::waiting);
    CHECK(view_after.record.status.deadline == view_before.record.status.deadline);
    CHECK(notice_kinds(view_after) == notice_kinds(view_before));

    // The store is usable afterwards: no transaction was left open.
    const auto moved = hall.move(number, step(StepKind::supplied, "2026-03-04T10:00"), "2026-03-04T10:05");
    CHECK(moved.record.status.state == CaseState::open);
    CHECK(hall.counts().steps == before.steps + 1);
}

TEST_CASE("move_case records each step with its number and what follows from it") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;

    Step supplement = step(StepKind::supplement, "2026-03-04T10:00");
    supplement.materials = {"食品安全管理制度", "经营场所平面图"};
    auto view = hall.move(number, supplement, "2026-03-04T10:01");
    CHECK(view.record.status.state == CaseState::waiting);
    CHECK_FALSE(view.record.status.deadline);
    CHECK(notice_kinds(view) == std::vector<std::string>{"promise", "supplement"});
    CHECK(view.notices[1].step_seq == 2);

    view = hall.move(number, step(StepKind::supplied, "2026-03-11T10:00"), "2026-03-11T10:01");
    CHECK(view.record.status.state == CaseState::open);
    CHECK(view.record.status.clock_start == od("2026-03-11"));
    CHECK(view.record.status.deadline == od("2026-03-25"));
    // A new promise notice with the new deadline.
    CHECK(notice_kinds(view) == std::vector<std::string>{"promise", "supplement", "promise"});

    Step extend = step(StepKind::extend, "2026-03-20T10:00");
    extend.value = 2;
    extend.actor = "中心主任";
    extend.reason = "需现场踏勘";
    view = hall.move(number, extend, "2026-03-20T10:01");
    CHECK(derived(hall, view).extension_days == 2);
    CHECK(view.record.status.deadline == od("2026-03-27"));

    view = hall.move(number, step(StepKind::finish, "2026-03-26T16:00"), "2026-03-26T16:01");
    CHECK(view.record.status.state == CaseState::finished);
    REQUIRE(view.record.status.finished);
    CHECK(*view.record.status.finished == at("2026-03-26T16:00"));
    REQUIRE(view.record.steps.size() == 5);
    for (int i = 0; i < 5; ++i) CHECK(view.record.steps[static_cast<std::size_t>(i)].seq == i + 1);
    CHECK(view.record.steps[3].actor == "中心主任");
    CHECK(view.record.steps[3].value == 2);
    CHECK(view.record.steps[1].materials == std::vector<std::string>{"食品安全管理制度", "经营场所平面图"});
}

TEST_CASE("importing the 2027 schedule recomputes a provisional deadline") {
    Hall hall;
    // Received Mon 2026-12-28, 10 working days; 2027 is not loaded → weekends only → Mon 2027-01-11.
    const auto opened = hall.open(request("SC02", "2026-12-28T09:00"), "2026-12-28T09:05");
    const std::string number = opened.view.record.facts.number;
    CHECK(opened.view.record.status.provisional);
    CHECK(opened.view.record.status.deadline == od("2027-01-11"));
    REQUIRE_FALSE(opened.warnings.empty());
    CHECK(contains(opened.warnings.back().en, "2027"));
    CHECK(contains(opened.warnings.back().en, "provisional"));
    // A case that stays in 2026 is not touched by the import.
    const std::string exact =
        hall.open(request("SB02", "2026-12-01T09:00", "S501"), "2026-12-01T09:05").view.record.facts.number;

    hall::CalendarFile file;
    file.region = "cn";
    file.layer = hall::Layer::national;
    file.years.push_back(hall::ScheduleYear{2027,
                                            "国务院办公厅关于2027年部分节假日安排的通知（测试用）",
                                            {hall::SpecialDay{d("2027-01-01"), false, "元旦"}}});
    const int changed = hall::import_calendar(hall.store, file, "cn-2027.toml", at("2026-12-29T08:00"));
    CHECK(changed == 1);

    const auto view = hall::view_case(hall.store, number);
    CHECK_FALSE(view.record.status.provisional);
    // Dec 29, 30, 31 (3); Fri Jan 1 is now a holiday; Jan 4 … 8 (8), Jan 11 (9), Jan 12 (10).
    CHECK(view.record.status.deadline == od("2027-01-12"));
    CHECK(view.record.status.statutory_deadline == od("2027-01-26"));
    CHECK(hall::view_case(hall.store, exact).record.status.deadline == od("2026-12-08"));
    CHECK(hall.store.load_calendar().covers(2027));
}

TEST_CASE("monitor: warning, yellow card, red card, each once") {
    Hall hall;
    // SC02 received Mon 2026-03-02: promised deadline Mon 03-16, statutory Mon 03-30.
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;

    auto report = hall.monitor("2026-03-12", "2026-03-12T18:00");  // 2 working days before
    CHECK(report.examined == 1);
    CHECK(report.issued.empty());

    report = hall.monitor("2026-03-13", "2026-03-13T18:00");  // 1 working day before
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].level == CardLevel::warning);
    CHECK(report.issued[0].case_number == number);
    CHECK(report.issued[0].issued_on == d("2026-03-13"));
    CHECK(hall::view_case(hall.store, number).highest_card == CardLevel::warning);

    // Idempotent: a second run the same day, and the deadline day itself, issue nothing.
    CHECK(hall.monitor("2026-03-13", "2026-03-13T18:30").issued.empty());
    CHECK(hall.monitor("2026-03-16", "2026-03-16T18:00").issued.empty());

    report = hall.monitor("2026-03-17", "2026-03-17T18:00");  // past the promised deadline
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].level == CardLevel::yellow);
    CHECK(report.issued[0].rule == "past_promised_limit");
    CHECK(hall.monitor("2026-03-18", "2026-03-18T18:00").issued.empty());

    auto view = hall::view_case(hall.store, number);
    CHECK(view.highest_card == CardLevel::yellow);
    CHECK(view.record.status.overdue(d("2026-03-17")));

    // A revoked card is not issued again.
    const auto yellow = find_card(view, CardLevel::yellow);
    REQUIRE(yellow);
    CHECK_THROWS_AS(hall::revoke_card(hall.store, yellow->id, "", at("2026-03-18T09:00")),
                    hall::InvalidInput);
    hall::revoke_card(hall.store, yellow->id, "经核实系系统故障", at("2026-03-18T09:00"));
    CHECK_THROWS_AS(hall::revoke_card(hall.store, yellow->id, "again", at("2026-03-18T09:10")),
                    hall::Refused);
    view = hall::view_case(hall.store, number);
    CHECK(view.highest_card == CardLevel::warning);
    CHECK(hall.monitor("2026-03-19", "2026-03-19T18:00").issued.empty());
    CHECK(hall::view_case(hall.store, number).highest_card == CardLevel::warning);

    CHECK(hall.monitor("2026-03-30", "2026-03-30T18:00").issued.empty());  // the statutory deadline day
    report = hall.monitor("2026-03-31", "2026-03-31T18:00");               // past the statutory limit
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].level == CardLevel::red);
    CHECK(report.issued[0].rule == "past_statutory_limit");
    CHECK(hall::view_case(hall.store, number).highest_card == CardLevel::red);
    CHECK(hall.monitor("2026-04-01", "2026-04-01T18:00").issued.empty());
    CHECK(hall.counts().cards == 3);
}

TEST_CASE("monitor: the first run after the deadline issues the yellow card straight away") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    // A case waiting for materials has no deadline and earns nothing.
    auto r = request("SC02", "2026-03-02T10:00");
    r.missing = {"营业执照复印件"};
    hall.open(r, "2026-03-02T10:05");

    const auto report = hall.monitor("2026-03-20", "2026-03-20T18:00");
    CHECK(report.examined == 2);
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].case_number == number);
    CHECK(report.issued[0].level == CardLevel::yellow);
}

TEST_CASE("monitor: a case finished late still earns its card; on time earns none") {
    Hall hall;
    const std::string late =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    const std::string on_time =
        hall.open(request("SC02", "2026-03-02T10:00"), "2026-03-02T10:05").view.record.facts.number;
    hall.move(late, step(StepKind::finish, "2026-03-17T10:00"), "2026-03-17T10:01");
    hall.move(on_time, step(StepKind::finish, "2026-03-16T17:00"), "2026-03-16T17:01");

    const auto report = hall.monitor("2026-03-18", "2026-03-18T18:00");
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].case_number == late);
    CHECK(report.issued[0].level == CardLevel::yellow);
    CHECK_FALSE(hall::view_case(hall.store, on_time).highest_card);
    CHECK(hall.monitor("2026-03-19", "2026-03-19T18:00").issued.empty());
}

// A case finished late is looked at once; a new status (here a correction that moves the
// finish past the statutory deadline) has the monitor look at it again.
TEST_CASE("monitor: a finished case is examined again when its status changes") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    hall.move(number, step(StepKind::finish, "2026-03-17T10:00"), "2026-03-17T10:01");
    REQUIRE(hall.monitor("2026-03-18", "2026-03-18T18:00").issued.size() == 1);
    CHECK(hall.monitor("2026-03-19", "2026-03-19T18:00").issued.empty());

    Step correct = step(StepKind::correct, "2026-04-01T10:00");
    correct.corrects = 2;
    correct.reason = "办结时间登记错误";
    correct.actor = "中心主任";
    hall.move(number, correct, "2026-04-01T10:01");
    const auto report = hall.monitor("2026-04-02", "2026-04-02T18:00");
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].level == CardLevel::red);
    CHECK(report.issued[0].rule == "past_statutory_limit");
    CHECK(hall.monitor("2026-04-03", "2026-04-03T18:00").issued.empty());
}

TEST_CASE("monitor: an upstream case forwarded late earns a card") {
    Hall hall;
    // ZR02 received Mon 03-02: report by Mon 03-09.
    const std::string number =
        hall.open(request("ZR02", "2026-03-02T09:00", "S301"), "2026-03-02T09:05").view.record.facts.number;
    Step forward = step(StepKind::forward, "2026-03-10T10:00");
    forward.actor = "市自然资源和规划局";
    const auto view = hall.move(number, forward, "2026-03-10T10:01");
    CHECK(view.record.status.state == CaseState::forwarded);

    const auto report = hall.monitor("2026-03-11", "2026-03-11T18:00");
    REQUIRE(report.issued.size() == 1);
    CHECK(report.issued[0].level == CardLevel::yellow);
    CHECK(report.issued[0].rule == "late_report");
    CHECK(hall.monitor("2026-03-12", "2026-03-12T18:00").issued.empty());
}

TEST_CASE("monitor: a 容缺 approval is withdrawn when the promised materials did not come") {
    Hall hall;
    auto tolerant = [](const char* received) {
        auto r = request("ZJ01", received, "S401");
        r.pending = {"施工合同"};
        r.promised_by = d("2026-03-10");
        return r;
    };
    const std::string missed =
        hall.open(tolerant("2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    const std::string kept =
        hall.open(tolerant("2026-03-02T10:00"), "2026-03-02T10:05").view.record.facts.number;
    hall.move(missed, step(StepKind::finish, "2026-03-05T16:00"), "2026-03-05T16:01");
    hall.move(kept, step(StepKind::finish, "2026-03-05T16:30"), "2026-03-05T16:31");
    Step supplied = step(StepKind::supplied, "2026-03-09T09:00");
    supplied.materials = {"施工合同"};
    hall.move(kept, supplied, "2026-03-09T09:01");

    // On the promised day itself nothing is withdrawn.
    CHECK(hall.monitor("2026-03-10", "2026-03-10T18:00").withdrawn.empty());
    CHECK(hall::view_case(hall.store, missed).record.status.state == CaseState::finished);

    const auto report = hall.monitor("2026-03-11", "2026-03-11T18:00");
    CHECK(report.withdrawn == std::vector<std::string>{missed});
    const auto view = hall::view_case(hall.store, missed);
    CHECK(view.record.status.state == CaseState::withdrawn);
    const Step& last = view.record.steps.back();
    CHECK(last.kind == StepKind::withdraw);
    CHECK(last.automatic);
    CHECK(last.at.date == d("2026-03-11"));
    CHECK(contains(last.reason, "2026-03-10"));
    CHECK(hall::view_case(hall.store, kept).record.status.state == CaseState::finished);

    // Once.
    CHECK(hall.monitor("2026-03-12", "2026-03-12T18:00").withdrawn.empty());
    CHECK(hall::view_case(hall.store, missed).record.steps.size() == view.record.steps.size());
}

TEST_CASE("the highest unrevoked card counts, manual cards included") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    CHECK_FALSE(hall::view_case(hall.store, number).highest_card);

    CHECK_THROWS_AS(hall::add_manual_card(hall.store, number, CardLevel::yellow, "", d("2026-03-05")),
                    hall::InvalidInput);
    CHECK_THROWS_AS(
        hall::add_manual_card(hall.store, "20260302-0099", CardLevel::yellow, "无理由拒绝", d("2026-03-05")),
        hall::NotFound);
    const auto red =
        hall::add_manual_card(hall.store, number, CardLevel::red, "无书面理由拒绝受理", d("2026-03-05"));
    CHECK(red.level == CardLevel::red);
    CHECK_FALSE(red.automatic);
    CHECK(red.rule == "manual");
    const auto yellow =
        hall::add_manual_card(hall.store, number, CardLevel::yellow, "态度生硬", d("2026-03-06"));
    CHECK(hall::view_case(hall.store, number).highest_card == CardLevel::red);

    hall::revoke_card(hall.store, red.id, "申诉成立", at("2026-03-09T10:00"));
    auto view = hall::view_case(hall.store, number);
    CHECK(view.highest_card == CardLevel::yellow);
    CHECK(view.cards.size() == 2);
    hall::revoke_card(hall.store, yellow.id, "申诉成立", at("2026-03-09T10:05"));
    CHECK_FALSE(hall::view_case(hall.store, number).highest_card);
}

TEST_CASE("render_notice: the supplement notice lists every missing material; the return notice its reason") {
    Hall hall;
    auto r = request("SC02", "2026-03-02T09:00");
    r.missing = {"营业执照复印件", "食品安全管理制度", "经营场所平面图"};
    const auto opened = hall.open(r, "2026-03-02T09:05");
    REQUIRE(opened.view.notices.size() == 1);
    std::string text =
        hall::render_notice(opened.view, derived(hall, opened.view), opened.view.notices[0], "市场监管窗口");
    CAPTURE(text);
    CHECK(contains(text, "补办通知单"));
    CHECK(contains(text, opened.view.notices[0].number));
    for (const auto& m : r.missing) CHECK(contains(text, m));
    CHECK(contains(text, opened.view.record.facts.number));
    CHECK(contains(text, "食品经营许可"));
    CHECK(contains(text, "市场监管窗口"));

    SUBCASE("a supplement asked later lists that step's materials") {
        const std::string number =
            hall.open(request("SC02", "2026-03-02T10:00"), "2026-03-02T10:05").view.record.facts.number;
        Step supplement = step(StepKind::supplement, "2026-03-03T10:00");
        supplement.materials = {"营业执照复印件", "经营场所平面图"};
        const auto view = hall.move(number, supplement, "2026-03-03T10:01");
        REQUIRE(view.notices.size() == 2);
        const std::string later =
            hall::render_notice(view, derived(hall, view), view.notices[1], "市场监管窗口");
        CAPTURE(later);
        CHECK(contains(later, "补办通知单"));
        CHECK(contains(later, "营业执照复印件"));
        CHECK(contains(later, "经营场所平面图"));
        CHECK_FALSE(contains(later, "食品安全管理制度"));
    }
    SUBCASE("the return notice") {
        Step ret = step(StepKind::return_, "2026-03-03T10:00");
        ret.reason = "申请人不具备食品经营场所条件";
        ret.basis = "《食品经营许可管理办法》第十一条";
        const auto view = hall.move(opened.view.record.facts.number, ret, "2026-03-03T10:01");
        CHECK(view.record.status.state == CaseState::returned);
        REQUIRE(view.notices.size() == 2);
        CHECK(view.notices[1].kind == "return");
        CHECK(view.notices[1].number == "退回〔2026〕0001号");
        const std::string returned =
            hall::render_notice(view, derived(hall, view), view.notices[1], "市场监管窗口");
        CAPTURE(returned);
        CHECK(contains(returned, "退回件通知书"));
        CHECK(contains(returned, "申请人不具备食品经营场所条件"));
        CHECK(contains(returned, "复核"));
    }
    SUBCASE("the promise notice states the deadline") {
        const auto promised = hall.open(request("SC02", "2026-03-02T10:00"), "2026-03-02T10:05");
        const std::string promise = hall::render_notice(promised.view, derived(hall, promised.view),
                                                        promised.view.notices[0], "市场监管窗口");
        CAPTURE(promise);
        CHECK(contains(promise, "承诺通知书"));
        CHECK(contains(promise, "2026年3月16日"));
        CHECK(contains(promise, "10个工作日"));
    }
}

TEST_CASE("a local rest day imported later recomputes the open cases") {
    Hall hall;
    const std::string open =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    const std::string done =
        hall.open(request("SC02", "2026-03-02T10:00"), "2026-03-02T10:05").view.record.facts.number;
    hall.move(done, step(StepKind::finish, "2026-03-04T10:00"), "2026-03-04T10:01");
    CHECK(hall::view_case(hall.store, open).record.status.deadline == od("2026-03-16"));

    hall::CalendarFile local;
    local.region = "cn-xx";
    local.layer = hall::Layer::local;
    local.years.push_back(
        hall::ScheduleYear{2026, "县政府通知", {hall::SpecialDay{d("2026-03-10"), false, "本地休息"}}});
    CHECK(hall::import_calendar(hall.store, local, "local.toml", at("2026-03-05T08:00")) == 1);
    // Mar 3 … 9 (5), Tue 10 is a rest day, 11 (6) … 13 (8), 16 (9), 17 (10).
    CHECK(hall::view_case(hall.store, open).record.status.deadline == od("2026-03-17"));
    CHECK(hall::view_case(hall.store, open).record.status.statutory_deadline == od("2026-03-31"));
}

TEST_CASE("the case rules round-trip through the store's settings") {
    Hall hall;
    hall::CasePolicy p;
    p.joint_min_units = 3;
    p.joint_investment = 50'000'000;
    p.one_time_notice_days = 3;
    p.max_extension_days = 15;
    p.warning_days = 2;
    p.follow_up_days = 4;
    hall::save_policy(hall.store, p);
    const auto back = hall::load_policy(hall.store);
    CHECK(back.joint_min_units == 3);
    CHECK(back.joint_investment == 50'000'000);
    CHECK(back.one_time_notice_days == 3);
    CHECK(back.max_extension_days == 15);
    CHECK(back.warning_days == 2);
    CHECK(back.follow_up_days == 4);
}

// CasePolicy::joint_investment is an int64 (yuan); load_policy must not narrow it.
TEST_CASE("an investment threshold beyond 2^31 yuan round-trips") {
    Hall hall;
    hall::CasePolicy p;
    p.joint_investment = 3'000'000'000;  // 30亿元
    hall::save_policy(hall.store, p);
    CHECK(hall.store.setting("cases.joint_investment").value_or("") == "3000000000");
    CHECK(hall::load_policy(hall.store).joint_investment == 3'000'000'000);
}

// desk.h: "Appends `step` (seq and, when unset, time are filled in)".
TEST_CASE("move_case fills in the time of a step given none") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    Step finish;
    finish.kind = StepKind::finish;  // no time given
    const auto view = hall.move(number, finish, "2026-03-05T15:00");
    CHECK(view.record.steps.back().at == at("2026-03-05T15:00"));
    REQUIRE(view.record.status.finished);
    CHECK(*view.record.status.finished == at("2026-03-05T15:00"));
}

// After a correction, "the last step" a new step may not precede is the latest step of the
// lifecycle, not the correction record (whose time is the corrected, earlier time).
TEST_CASE("after a correction a step still cannot go back before the latest step") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    Step pause = step(StepKind::pause, "2026-03-05T10:00");
    pause.reason = "听证";
    hall.move(number, pause, "2026-03-05T10:01");
    hall.move(number, step(StepKind::resume, "2026-03-09T10:00"), "2026-03-09T10:01");
    Step correct = step(StepKind::correct, "2026-03-04T10:00");  // the pause began a day earlier
    correct.corrects = 2;
    correct.reason = "补录时填错日期";
    correct.actor = "中心主任";
    hall.move(number, correct, "2026-03-09T11:00");
    const auto steps_before = hall.counts().steps;
    // A finish on 03-06 would come before the resume of 03-09.
    CHECK_THROWS_AS(hall.move(number, step(StepKind::finish, "2026-03-06T10:00"), "2026-03-09T12:00"),
                    hall::Refused);
    CHECK(hall.counts().steps == steps_before);
}

// 004 一次性告知制 4 / 控制事项的明确答复制: a controlled item is refused on record, not turned away.
TEST_CASE("a controlled item is registered as a returned case with its reason and notice") {
    Hall hall;
    const auto opened = hall.open(request("KZ01", "2026-03-02T10:00", "S601"), "2026-03-02T11:00");
    const auto& c = opened.view.record;
    CHECK(c.status.state == CaseState::returned);
    CHECK(c.status.case_class == CaseClass::returned);
    CHECK_FALSE(c.status.clock_start);
    CHECK(notice_kinds(opened.view) == std::vector<std::string>{"return"});
    REQUIRE(opened.warnings.size() == 1);
    CHECK(contains(opened.warnings[0].en, "controlled item"));
    const auto view = hall::view_case(hall.store, c.facts.number);
    const std::string text = hall::render_notice(view, derived(hall, view), view.notices[0], "综合受理窗口");
    CHECK(contains(text, "本县列为控制事项"));
    CHECK(contains(text, "政策依据"));
    CHECK_FALSE(derived(hall, view).overdue(d("2026-12-31")));
}

TEST_CASE("intake needs its first responsible person (000 首问负责制)") {
    Hall hall;
    auto r = request("SC02", "2026-03-02T10:00");
    r.staff.clear();
    CHECK_THROWS_AS(hall.open(r, "2026-03-02T11:00"), hall::InvalidInput);
}

TEST_CASE("the centre may designate the lead window of a joint case (004 联办件 (2))") {
    Hall hall;
    auto r = request("ZR03", "2026-03-02T10:00", "S401");
    r.lead = "W04";
    const auto opened = hall.open(r, "2026-03-02T11:00");
    const auto& f = opened.view.record.facts;
    CHECK(f.window == "W04");
    CHECK(f.lead_designated);
    CHECK(f.item_class == CaseClass::joint);  // 3 units: W03, W04, W06
    CHECK(f.participants == std::vector<std::string>{"W03", "W06"});
    auto outsider = request("ZR03", "2026-03-02T10:00", "S401");
    outsider.lead = "W05";
    CHECK_THROWS_AS(hall.open(outsider, "2026-03-02T11:00"), hall::Refused);
}

TEST_CASE("容缺 (004): the promised date must lie within the promised deadline") {
    Hall hall;
    auto r = request("ZJ01", "2026-03-02T10:00", "S401");
    r.pending = {"施工合同"};
    r.promised_by = d("2026-03-20");  // ZJ01: 7 working days → 03-11
    CHECK_THROWS_AS(hall.open(r, "2026-03-02T11:00"), hall::Refused);
}

TEST_CASE("a correction that makes a late case on time is marked and listed by the monitor") {
    Hall hall;
    const std::string number =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    hall.move(number, step(StepKind::finish, "2026-03-17T10:00"), "2026-03-17T10:01");  // a day late
    REQUIRE(hall.monitor("2026-03-18", "2026-03-18T18:00").issued.size() == 1);
    Step correct = step(StepKind::correct, "2026-03-16T16:00");
    correct.corrects = 2;
    correct.reason = "办结时间登记错误";
    correct.actor = "中心主任";
    const auto view = hall.move(number, correct, "2026-03-19T10:00");
    CHECK(view.record.steps.back().value == 1);
    CHECK_FALSE(derived(hall, view).late);
    // The card stays: a correction never removes a card (SPEC §2).
    CHECK(view.cards.size() == 1);
    CHECK_FALSE(view.cards[0].revoked_at);
    const auto report = hall.monitor("2026-03-19", "2026-03-19T18:00");
    REQUIRE(report.corrections.size() == 1);
    CHECK(report.corrections[0].case_number == number);
    CHECK(report.corrections[0].approved_by == "中心主任");
}

TEST_CASE("monitor: 超时默认 cases are listed; an unanswered bad rating is a record") {
    Hall hall;
    const std::string late =
        hall.open(request("SC02", "2026-03-02T09:00"), "2026-03-02T09:05").view.record.facts.number;
    const std::string rated =
        hall.open(request("SC02", "2026-03-02T09:30"), "2026-03-02T09:35").view.record.facts.number;
    hall.move(rated, step(StepKind::finish, "2026-03-03T10:00"), "2026-03-03T10:01");
    Step bad = step(StepKind::rate, "2026-03-03T11:00");
    bad.value = 1;
    hall.move(rated, bad, "2026-03-03T11:01");  // answer due by 03-10
    const auto report = hall.monitor("2026-03-17", "2026-03-17T18:00");
    REQUIRE(report.deemed.size() == 1);
    CHECK(report.deemed[0].number == late);
    const auto unanswered = std::find_if(report.issued.begin(), report.issued.end(),
                                         [](const hall::Card& c) { return c.rule == "rating_unanswered"; });
    REQUIRE(unanswered != report.issued.end());
    CHECK(unanswered->case_number == rated);
    CHECK(unanswered->level == CardLevel::record);
    CHECK_FALSE(hall::view_case(hall.store, rated).highest_card);  // a record is no card
}

TEST_CASE("monitor: a participant late with its part earns its own card (004 联办件 (4))") {
    Hall hall;
    const std::string number =
        hall.open(request("ZR03", "2026-03-02T09:00", "S301"), "2026-03-02T09:05").view.record.facts.number;
    const auto report = hall.monitor("2026-03-10", "2026-03-10T18:00");  // W04's part was due 03-09
    const auto card = std::find_if(report.issued.begin(), report.issued.end(),
                                   [](const hall::Card& c) { return c.rule == "participant_late"; });
    REQUIRE(card != report.issued.end());
    CHECK(card->window == "W04");
    CHECK(card->case_number == number);
}

TEST_CASE("monitor: a site inspection not recorded in time is carded (004 (二)2(2))") {
    Hall hall;
    hall.open(request("ZJ01", "2026-03-02T09:00", "S401"), "2026-03-02T09:05");
    const auto warned = hall.monitor("2026-03-06", "2026-03-06T18:00");  // due 03-09
    CHECK(std::any_of(warned.issued.begin(), warned.issued.end(),
                      [](const hall::Card& c) { return c.rule == "inspection_due"; }));
    const auto carded = hall.monitor("2026-03-10", "2026-03-10T18:00");
    CHECK(std::any_of(carded.issued.begin(), carded.issued.end(), [](const hall::Card& c) {
        return c.rule == "inspection_late" && c.level == CardLevel::yellow;
    }));
}

TEST_CASE("a second supplement request leaves a record that scoring counts") {
    Hall hall;
    auto r = request("SC02", "2026-03-02T09:00");
    r.missing = {"营业执照复印件"};
    const std::string number = hall.open(r, "2026-03-02T09:05").view.record.facts.number;
    Step again = step(StepKind::supplement, "2026-03-03T10:00");
    again.materials = {"经营场所平面图"};
    const auto view = hall.move(number, again, "2026-03-03T10:01");
    CHECK(derived(hall, view).notice_breaches == 1);
    REQUIRE(view.cards.size() == 1);
    CHECK(view.cards[0].rule == "notice_breach");
    CHECK(view.cards[0].level == CardLevel::record);
}
