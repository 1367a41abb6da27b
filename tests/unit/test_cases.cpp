// The case rules as pure functions: replay, check_move and allowed_moves against the
// bundled national calendar, with no store. Every expected date below was counted by hand
// against the State Council schedule in SPEC §1 (the comments show the count).

#include "test_support.h"

#include <hall/calendar_file.h>
#include <hall/cases.h>
#include <hall/error.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

using hall::CaseClass;
using hall::CaseFacts;
using hall::CaseState;
using hall::CaseStatus;
using hall::Limit;
using hall::LimitUnit;
using hall::Step;
using hall::StepKind;
using hall::test::at;
using hall::test::contains;
using hall::test::d;
using hall::test::od;

namespace {

const hall::Calendar& cn() {
    static const hall::Calendar calendar = [] {
        const auto file = hall::read_calendar_file(HALL_TEST_DATA_DIR "/calendars/cn.toml");
        return hall::Calendar(file.years, {});
    }();
    return calendar;
}

const hall::CasePolicy policy{};  // the defaults are the shipped data/rules/cases.toml

constexpr StepKind all_kinds[] = {
    StepKind::open,    StepKind::supplement, StepKind::supplied, StepKind::pause,
    StepKind::resume,  StepKind::extend,     StepKind::forward,  StepKind::decide,
    StepKind::return_, StepKind::review,     StepKind::finish,   StepKind::rate,
    StepKind::respond, StepKind::withdraw,   StepKind::urge,     StepKind::inspect,
};

// A promised case (食品经营许可-like): 10 working days, statutory 20 working days.
CaseFacts promised_facts(const char* received, int days = 10) {
    CaseFacts f;
    f.number = "20260302-0001";
    f.item = "SC02";
    f.item_name = "食品经营许可";
    f.window = "W01";
    f.staff = "S101";
    f.applicant = "张三";
    f.applicant_id = "110101199001011234";
    f.item_class = CaseClass::promised;
    f.registered = CaseClass::promised;
    f.promised = Limit{days, LimitUnit::workdays};
    f.statutory = Limit{20, LimitUnit::workdays};
    f.received = at(received);
    return f;
}

// An upstream case: the hall promises to report within 5 working days; its own promised
// limit (20) must not be what the deadline is counted from.
CaseFacts upstream_facts(const char* received) {
    CaseFacts f = promised_facts(received, 20);
    f.item = "ZR02";
    f.item_name = "采矿权新立登记";
    f.window = "W03";
    f.item_class = CaseClass::upstream;
    f.registered = CaseClass::upstream;
    f.reporting_days = 5;
    f.statutory = Limit{40, LimitUnit::workdays};
    return f;
}

// A case approved under 容缺预审 with one attachment pending.
CaseFacts tolerance_facts(const char* received) {
    CaseFacts f = promised_facts(received, 7);
    f.item = "ZJ01";
    f.item_name = "建筑工程施工许可";
    f.window = "W04";
    f.pending = {"施工合同"};
    f.promised_by = d("2026-03-10");
    return f;
}

CaseFacts supplement_facts(const char* received) {
    CaseFacts f = promised_facts(received);
    f.registered = CaseClass::supplement;
    f.missing = {"营业执照复印件", "经营场所平面图"};
    return f;
}

// A step with everything a valid move of its kind needs.
Step make_step(StepKind kind, const char* when) {
    Step s;
    s.kind = kind;
    s.at = at(when);
    s.staff = "S101";
    switch (kind) {
        case StepKind::supplement:
            s.materials = {"食品安全管理制度"};
            break;
        case StepKind::supplied:
            s.materials = {"食品安全管理制度"};
            break;
        case StepKind::pause:
            s.reason = "听证";
            break;
        case StepKind::extend:
            s.value = 2;
            s.actor = "中心主任";
            s.reason = "需现场踏勘";
            break;
        case StepKind::forward:
            s.actor = "市自然资源和规划局";
            break;
        case StepKind::decide:
            s.reason = "approved";
            break;
        case StepKind::return_:
            s.reason = "主件缺失";
            s.basis = "《食品经营许可管理办法》第十二条";
            break;
        case StepKind::review:
            s.reason = "材料齐全，退回理由不成立";
            break;
        case StepKind::urge:
            s.actor = "中心督查室";
            break;
        case StepKind::rate:
            s.value = 5;
            break;
        case StepKind::respond:
            s.reason = "已回访核实";
            break;
        case StepKind::withdraw:
            s.reason = "容缺材料未按承诺补齐";
            break;
        default:
            break;
    }
    return s;
}

// A case under test: its facts and steps, moved on through check_move like the desk does.
struct Case {
    CaseFacts facts;
    std::vector<Step> steps;

    explicit Case(CaseFacts f) : facts(std::move(f)) {
        Step open;
        open.seq = 1;
        open.kind = StepKind::open;
        open.at = facts.received;
        open.staff = facts.staff;
        steps.push_back(open);
    }

    CaseStatus status() const { return hall::replay(facts, steps, cn(), policy); }

    void check(const Step& step) const { hall::check_move(facts, status(), step, steps.back(), policy); }

    // Checks the move and appends it; the check throws what check_move throws.
    Case& apply(Step step) {
        check(step);
        step.seq = steps.back().seq + 1;
        steps.push_back(std::move(step));
        return *this;
    }
    Case& apply(StepKind kind, const char* when) { return apply(make_step(kind, when)); }

    // Appends without checking (to see what replay derives on its own).
    Case with(StepKind kind, const char* when) const {
        Case copy = *this;
        Step step = make_step(kind, when);
        step.seq = steps.back().seq + 1;
        copy.steps.push_back(step);
        return copy;
    }
};

std::set<std::string> ids(const std::vector<StepKind>& kinds) {
    std::set<std::string> out;
    for (auto k : kinds) out.insert(hall::step_id(k));
    return out;
}

std::set<std::string> ids(std::initializer_list<StepKind> kinds) {
    return ids(std::vector<StepKind>(kinds));
}

// The moves a refusal lists after "it allows: ".
std::set<std::string> listed_moves(const std::string& message) {
    const std::string marker = "it allows: ";
    const auto pos = message.find(marker);
    if (pos == std::string::npos) return {"<no list in message>"};
    std::set<std::string> out;
    std::string rest = message.substr(pos + marker.size());
    if (rest == "none") return out;
    std::size_t start = 0;
    while (start <= rest.size()) {
        auto end = rest.find(", ", start);
        if (end == std::string::npos) end = rest.size();
        out.insert(rest.substr(start, end - start));
        start = end + 2;
    }
    return out;
}

// Tries every kind of step from the case's state: the allowed ones pass check_move and lead
// to the expected state; the others throw Refused naming the state and the allowed moves.
void check_every_move(const Case& c, CaseState state, const std::set<std::string>& allowed,
                      const std::vector<std::pair<StepKind, CaseState>>& leads_to, const char* when) {
    const CaseStatus status = c.status();
    REQUIRE(status.state == state);
    CHECK(ids(hall::allowed_moves(status, c.facts)) == allowed);
    for (StepKind kind : all_kinds) {
        CAPTURE(hall::step_id(kind));
        const Step step = make_step(kind, when);
        if (allowed.count(hall::step_id(kind))) {
            CHECK_NOTHROW(c.check(step));
            const auto it = std::find_if(leads_to.begin(), leads_to.end(),
                                         [&](const auto& p) { return p.first == kind; });
            REQUIRE_MESSAGE(it != leads_to.end(), "the test lists no resulting state for an allowed move");
            Case next = c;
            next.apply(step);
            CHECK(next.status().state == it->second);
        } else {
            bool refused = false;
            try {
                c.check(step);
            } catch (const hall::Refused& e) {
                refused = true;
                const std::string en = e.what();
                CAPTURE(en);
                CHECK(contains(en, std::string("is ") + hall::state_id(state)));
                CHECK(contains(en, std::string("'") + hall::step_id(kind) + "' is not allowed"));
                CHECK(listed_moves(en) == allowed);
                CHECK(contains(e.message(hall::Lang::zh), hall::state_zh(state)));
                CHECK(contains(e.message(hall::Lang::zh), hall::step_id(kind)));
            } catch (const std::exception& e) {
                FAIL("not a Refused: " << e.what());
            }
            CHECK_MESSAGE(refused, "the move was not refused");
        }
    }
}

template <typename E, typename F>
std::string message_of(F&& f) {
    try {
        f();
    } catch (const E& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<wrong exception: ") + e.what() + ">";
    }
    return "<no exception>";
}

}  // namespace

// ---------------------------------------------------------------------------------------
// The state machine, state by state (the table in cases.h).

TEST_CASE("state machine: waiting allows supplement, supplied, return") {
    Case c(supplement_facts("2026-03-02T09:00"));
    check_every_move(c, CaseState::waiting,
                     ids({StepKind::supplement, StepKind::supplied, StepKind::return_, StepKind::urge}),
                     {{StepKind::supplement, CaseState::waiting},
                      {StepKind::supplied, CaseState::open},
                      {StepKind::return_, CaseState::returned},
                      {StepKind::urge, CaseState::waiting}},
                     "2026-03-03T10:00");
}

TEST_CASE(
    "state machine: open allows supplement, pause, extend, return, finish; forward only when upstream") {
    SUBCASE("a promised case") {
        Case c(promised_facts("2026-03-02T09:00"));
        check_every_move(c, CaseState::open,
                         ids({StepKind::supplement, StepKind::pause, StepKind::extend, StepKind::return_,
                              StepKind::finish, StepKind::urge}),
                         {{StepKind::urge, CaseState::open},
                          {StepKind::supplement, CaseState::waiting},
                          {StepKind::pause, CaseState::paused},
                          {StepKind::extend, CaseState::open},
                          {StepKind::return_, CaseState::returned},
                          {StepKind::finish, CaseState::finished}},
                         "2026-03-03T10:00");
    }
    SUBCASE("an upstream case") {
        Case c(upstream_facts("2026-03-02T09:00"));
        check_every_move(c, CaseState::open,
                         ids({StepKind::supplement, StepKind::pause, StepKind::extend, StepKind::forward,
                              StepKind::return_, StepKind::finish, StepKind::urge}),
                         {{StepKind::urge, CaseState::open},
                          {StepKind::supplement, CaseState::waiting},
                          {StepKind::pause, CaseState::paused},
                          {StepKind::extend, CaseState::open},
                          {StepKind::forward, CaseState::forwarded},
                          {StepKind::return_, CaseState::returned},
                          {StepKind::finish, CaseState::finished}},
                         "2026-03-03T10:00");
    }
    SUBCASE("a 容缺 case also accepts its pending materials") {
        // Not in the header's table, but needed: the promised materials arrive while the
        // case is being handled, and then nothing is left to withdraw.
        Case c(tolerance_facts("2026-03-02T09:00"));
        check_every_move(c, CaseState::open,
                         ids({StepKind::supplement, StepKind::pause, StepKind::extend, StepKind::return_,
                              StepKind::supplied, StepKind::finish, StepKind::urge}),
                         {{StepKind::urge, CaseState::open},
                          {StepKind::supplement, CaseState::waiting},
                          {StepKind::pause, CaseState::paused},
                          {StepKind::extend, CaseState::open},
                          {StepKind::return_, CaseState::returned},
                          {StepKind::supplied, CaseState::open},
                          {StepKind::finish, CaseState::finished}},
                         "2026-03-03T10:00");
    }
}

TEST_CASE("state machine: paused allows resume, extend, return") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::pause, "2026-03-03T10:00");
    check_every_move(c, CaseState::paused,
                     ids({StepKind::resume, StepKind::extend, StepKind::return_, StepKind::urge}),
                     {{StepKind::urge, CaseState::paused},
                      {StepKind::resume, CaseState::open},
                      {StepKind::extend, CaseState::paused},
                      {StepKind::return_, CaseState::returned}},
                     "2026-03-05T10:00");
}

TEST_CASE("state machine: forwarded allows decide and urge") {
    Case c(upstream_facts("2026-03-02T09:00"));
    c.apply(StepKind::forward, "2026-03-04T10:00");
    check_every_move(c, CaseState::forwarded, ids({StepKind::decide, StepKind::urge}),
                     {{StepKind::decide, CaseState::finished}, {StepKind::urge, CaseState::forwarded}},
                     "2026-03-06T10:00");
}

TEST_CASE(
    "state machine: finished allows rate; respond after a bad rating; withdraw only with 容缺 materials "
    "pending") {
    SUBCASE("a plain finished case") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T16:00");
        check_every_move(c, CaseState::finished, ids({StepKind::rate}),
                         {{StepKind::rate, CaseState::finished}}, "2026-03-06T10:00");
    }
    SUBCASE("rated badly: respond is allowed, rate is not") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T16:00");
        Step rate = make_step(StepKind::rate, "2026-03-05T17:00");
        rate.value = 2;
        c.apply(rate);
        check_every_move(c, CaseState::finished, ids({StepKind::respond}),
                         {{StepKind::respond, CaseState::finished}}, "2026-03-06T10:00");
    }
    SUBCASE("rated well: nothing more") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T16:00");
        c.apply(StepKind::rate, "2026-03-05T17:00");
        check_every_move(c, CaseState::finished, {}, {}, "2026-03-06T10:00");
    }
    SUBCASE("approved with materials pending (容缺)") {
        Case c(tolerance_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T16:00");
        CHECK(c.status().outstanding == std::vector<std::string>{"施工合同"});
        check_every_move(c, CaseState::finished,
                         ids({StepKind::rate, StepKind::supplied, StepKind::withdraw}),
                         {{StepKind::rate, CaseState::finished},
                          {StepKind::supplied, CaseState::finished},
                          {StepKind::withdraw, CaseState::withdrawn}},
                         "2026-03-11T10:00");
    }
}

TEST_CASE("state machine: returned allows review and rate") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::return_, "2026-03-03T10:00");
    check_every_move(c, CaseState::returned, ids({StepKind::review, StepKind::rate}),
                     {{StepKind::review, CaseState::open}, {StepKind::rate, CaseState::returned}},
                     "2026-03-04T10:00");
    SUBCASE("rated badly, a returned case is answered") {
        Step rate = make_step(StepKind::rate, "2026-03-04T10:00");
        rate.value = 1;
        c.apply(rate);
        check_every_move(c, CaseState::returned, ids({StepKind::review, StepKind::respond}),
                         {{StepKind::review, CaseState::open}, {StepKind::respond, CaseState::returned}},
                         "2026-03-05T10:00");
    }
}

TEST_CASE("state machine: withdrawn allows rate, then respond after a bad rating") {
    Case c(tolerance_facts("2026-03-02T09:00"));
    c.apply(StepKind::finish, "2026-03-05T16:00");
    c.apply(StepKind::withdraw, "2026-03-11T09:00");
    check_every_move(c, CaseState::withdrawn, ids({StepKind::rate}), {{StepKind::rate, CaseState::withdrawn}},
                     "2026-03-12T10:00");
    Step rate = make_step(StepKind::rate, "2026-03-12T10:00");
    rate.value = 1;
    c.apply(rate);
    check_every_move(c, CaseState::withdrawn, ids({StepKind::respond}),
                     {{StepKind::respond, CaseState::withdrawn}}, "2026-03-13T10:00");
    c.apply(StepKind::respond, "2026-03-13T10:00");
    check_every_move(c, CaseState::withdrawn, {}, {}, "2026-03-14T10:00");
    CHECK(
        contains(message_of<hall::Refused>([&] { c.check(make_step(StepKind::review, "2026-03-14T10:00")); }),
                 "it allows: none"));
}

TEST_CASE("state names and step names") {
    for (int i = 0; i <= static_cast<int>(CaseState::withdrawn); ++i) {
        const auto s = static_cast<CaseState>(i);
        CHECK(hall::parse_state(hall::state_id(s)) == s);
        CHECK(hall::parse_state(hall::state_zh(s)) == s);
    }
    CHECK(std::string(hall::state_id(CaseState::waiting)) == "waiting");
    CHECK(std::string(hall::state_zh(CaseState::finished)) == "办结");
    CHECK_FALSE(hall::parse_state("closed"));
    CHECK(std::string(hall::step_id(StepKind::return_)) == "return");
    CHECK(std::string(hall::step_id(StepKind::withdraw)) == "withdraw");
}

// ---------------------------------------------------------------------------------------
// Deadlines.

TEST_CASE("a promised case across National Day 2026") {
    // Received Wed 2026-09-30. Oct 1–7 are holidays; Oct 8 Thu (1), Oct 9 Fri (2), Oct 10
    // Sat is a make-up working day (3), Oct 12 Mon (4), Oct 13 Tue (5).
    Case c(promised_facts("2026-09-30T15:00", 5));
    const auto s = c.status();
    CHECK(s.state == CaseState::open);
    CHECK(s.case_class == CaseClass::promised);
    CHECK(s.clock_start == od("2026-09-30"));
    CHECK(s.deadline == od("2026-10-13"));
    CHECK_FALSE(s.provisional);
    // A 6-day limit ends on Wed Oct 14.
    CHECK(Case(promised_facts("2026-09-30T15:00", 6)).status().deadline == od("2026-10-14"));
}

TEST_CASE("a promised case across the Spring Festival 2026") {
    // Received Fri 2026-02-13. Feb 14 Sat is worked (1); Feb 15–23 are holidays; Feb 24
    // (2), 25 (3), 26 (4), 27 (5); Feb 28 Sat is worked (6); Mar 2 (7), 3 (8), 4 (9), 5 (10).
    CHECK(Case(promised_facts("2026-02-13T10:00", 5)).status().deadline == od("2026-02-27"));
    CHECK(Case(promised_facts("2026-02-13T10:00", 10)).status().deadline == od("2026-03-05"));
    // Received Thu 2026-02-12: Feb 13 (1), Feb 14 (2), Feb 24 (3), 25 (4), 26 (5).
    CHECK(Case(promised_facts("2026-02-12T10:00", 5)).status().deadline == od("2026-02-26"));
}

TEST_CASE("an instant case is due the day its clock starts") {
    CaseFacts f = promised_facts("2026-03-03T10:00", 0);
    f.item_class = f.registered = CaseClass::instant;
    auto s = Case(f).status();
    CHECK(s.case_class == CaseClass::instant);
    CHECK(s.clock_start == od("2026-03-03"));
    CHECK(s.deadline == od("2026-03-03"));
    CHECK_FALSE(s.overdue(d("2026-03-03")));
    CHECK(s.overdue(d("2026-03-04")));

    // An online instant application on Saturday is due Monday.
    f.received = at("2026-03-07T20:00");
    s = Case(f).status();
    CHECK(s.clock_start == od("2026-03-09"));
    CHECK(s.deadline == od("2026-03-09"));
}

TEST_CASE("a receipt on a rest day starts the clock on the next working day") {
    SUBCASE("Sunday") {
        // Received Sun 2026-03-08: the clock starts Mon 03-09; 10 working days → Mon 03-23.
        const auto s = Case(promised_facts("2026-03-08T11:00")).status();
        CHECK(s.clock_start == od("2026-03-09"));
        CHECK(s.deadline == od("2026-03-23"));
    }
    SUBCASE("a holiday") {
        // Received on National Day itself: the clock starts Thu Oct 8; Oct 9 (1), Sat 10
        // (2, worked), 12 (3), 13 (4), 14 (5).
        const auto s = Case(promised_facts("2026-10-02T11:00", 5)).status();
        CHECK(s.clock_start == od("2026-10-08"));
        CHECK(s.deadline == od("2026-10-14"));
    }
    SUBCASE("a make-up Saturday is a working day") {
        // Sat 2026-02-14 is worked: the clock starts that day; Feb 24 (1) … 27 (4), Sat 28 (5).
        const auto s = Case(promised_facts("2026-02-14T09:00", 5)).status();
        CHECK(s.clock_start == od("2026-02-14"));
        CHECK(s.deadline == od("2026-02-28"));
    }
}

TEST_CASE("a supplement case starts its clock on the day the materials are complete") {
    Case c(supplement_facts("2026-03-02T09:00"));
    auto s = c.status();
    CHECK(s.state == CaseState::waiting);
    CHECK(s.case_class == CaseClass::supplement);
    CHECK_FALSE(s.clock_start);
    CHECK_FALSE(s.deadline);
    CHECK(s.outstanding == std::vector<std::string>{"营业执照复印件", "经营场所平面图"});
    CHECK_FALSE(s.overdue(d("2026-12-31")));

    c.apply(StepKind::supplied, "2026-03-11T14:00");
    s = c.status();
    CHECK(s.state == CaseState::open);
    CHECK(s.case_class == CaseClass::supplement);  // it stays registered as a 补办件
    CHECK(s.outstanding.empty());
    // Wed 03-11 + 10 working days: 12, 13, 16, 17, 18, 19, 20, 23, 24, 25.
    CHECK(s.clock_start == od("2026-03-11"));
    CHECK(s.deadline == od("2026-03-25"));

    SUBCASE("supplied on a Saturday: the clock starts Monday") {
        Case weekend(supplement_facts("2026-03-02T09:00"));
        weekend.apply(StepKind::supplied, "2026-03-07T10:00");
        CHECK(weekend.status().clock_start == od("2026-03-09"));
        CHECK(weekend.status().deadline == od("2026-03-23"));
    }
}

TEST_CASE("one-time notice: a supplement asked in time stops the clock; asked late it does not") {
    // Received Mon 2026-03-02; the 5th working day after it is Mon 03-09.
    SUBCASE("asked on the 5th working day: the case waits and its clock restarts") {
        Case c(promised_facts("2026-03-02T09:00"));
        CHECK(c.status().deadline == od("2026-03-16"));
        c.apply(StepKind::supplement, "2026-03-09T16:00");
        auto s = c.status();
        CHECK(s.state == CaseState::waiting);
        CHECK(s.case_class == CaseClass::supplement);
        CHECK_FALSE(s.clock_start);
        CHECK_FALSE(s.deadline);
        CHECK_FALSE(s.late_notice);
        CHECK(s.outstanding == std::vector<std::string>{"食品安全管理制度"});
        c.apply(StepKind::supplied, "2026-03-11T10:00");
        s = c.status();
        CHECK(s.state == CaseState::open);
        CHECK(s.clock_start == od("2026-03-11"));
        CHECK(s.deadline == od("2026-03-25"));
        CHECK(s.outstanding.empty());
    }
    SUBCASE("asked on the 6th working day: late, the case stays open and keeps its deadline") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::supplement, "2026-03-10T09:00");
        const auto s = c.status();
        CHECK(s.state == CaseState::open);
        CHECK(s.case_class == CaseClass::promised);
        CHECK(s.late_notice);
        CHECK(s.clock_start == od("2026-03-02"));
        CHECK(s.deadline == od("2026-03-16"));
        CHECK(s.outstanding == std::vector<std::string>{"食品安全管理制度"});
        // The late-asked materials can be recorded; the deadline still does not move.
        c.apply(StepKind::supplied, "2026-03-12T09:00");
        CHECK(c.status().outstanding.empty());
        CHECK(c.status().deadline == od("2026-03-16"));
    }
    SUBCASE("a supplement while waiting adds to the list and keeps waiting") {
        Case c(supplement_facts("2026-03-02T09:00"));
        c.apply(StepKind::supplement, "2026-03-20T09:00");
        const auto s = c.status();
        CHECK(s.state == CaseState::waiting);
        CHECK(s.outstanding ==
              std::vector<std::string>{"营业执照复印件", "经营场所平面图", "食品安全管理制度"});
    }
    SUBCASE("a supplement must list its materials") {
        Case c(promised_facts("2026-03-02T09:00"));
        Step empty = make_step(StepKind::supplement, "2026-03-03T09:00");
        empty.materials.clear();
        CHECK_THROWS_AS(c.check(empty), hall::InvalidInput);
    }
}

// SPEC §1: "A receipt on a non-working day counts as received on the next working day", so
// the 5 working days of the one-time notice run from Monday for a Sunday receipt.
TEST_CASE("one-time notice window counts from the working day a rest-day receipt counts as") {
    // Received Sun 2026-03-08 → counts as received Mon 03-09; its 5th working day is Mon 03-16.
    Case c(promised_facts("2026-03-08T11:00"));
    c.apply(StepKind::supplement, "2026-03-16T10:00");
    const auto s = c.status();
    CHECK(s.state == CaseState::waiting);
    CHECK_FALSE(s.late_notice);
}

TEST_CASE("pause and resume: paused working days are added to the deadline") {
    Case c(promised_facts("2026-03-02T09:00"));
    CHECK(c.status().deadline == od("2026-03-16"));

    c.apply(StepKind::pause, "2026-03-04T10:00");  // Wed
    auto s = c.status();
    CHECK(s.state == CaseState::paused);
    CHECK(s.paused_since == od("2026-03-04"));
    CHECK(s.deadline == od("2026-03-16"));  // as it stood when the clock stopped
    CHECK(s.clock_start == od("2026-03-02"));
    CHECK_FALSE(s.overdue(d("2026-12-31")));

    c.apply(StepKind::resume, "2026-03-06T10:00");  // Fri: Thu and Fri were paused
    s = c.status();
    CHECK(s.state == CaseState::open);
    CHECK_FALSE(s.paused_since);
    CHECK(s.paused_days == 2);
    CHECK(s.deadline == od("2026-03-18"));  // 03-16 + 2 working days

    // A second pause over a weekend: Fri 03-06 → Mon 03-09 is one working day.
    c.apply(StepKind::pause, "2026-03-06T15:00");
    c.apply(StepKind::resume, "2026-03-09T09:00");
    s = c.status();
    CHECK(s.paused_days == 3);
    CHECK(s.deadline == od("2026-03-19"));

    SUBCASE("pause needs a reason") {
        Step pause = make_step(StepKind::pause, "2026-03-10T09:00");
        pause.reason.clear();
        CHECK_THROWS_AS(c.check(pause), hall::InvalidInput);
    }
    SUBCASE("a pause across the Spring Festival counts only working days") {
        Case festival(promised_facts("2026-02-11T09:00"));
        festival.apply(StepKind::pause, "2026-02-13T09:00");   // Fri
        festival.apply(StepKind::resume, "2026-02-25T09:00");  // Sat 14 (1), 24 (2), 25 (3)
        CHECK(festival.status().paused_days == 3);
        // Without the pause: Feb 12, 13, 14, 24, 25, 26, 27, 28, Mar 2, 3 → Mar 3; +3 → Mar 6.
        CHECK(Case(promised_facts("2026-02-11T09:00")).status().deadline == od("2026-03-03"));
        CHECK(festival.status().deadline == od("2026-03-06"));
    }
}

TEST_CASE("extensions add working days, need an approver and a reason, and are capped") {
    Case c(promised_facts("2026-03-02T09:00"));
    Step extend = make_step(StepKind::extend, "2026-03-05T10:00");
    extend.value = 3;
    c.apply(extend);
    auto s = c.status();
    CHECK(s.extension_days == 3);
    CHECK(s.deadline == od("2026-03-19"));  // 03-16 + 3
    // The statutory deadline moves with it: 20 + 3 working days from 03-02 → 04-02.
    CHECK(s.statutory_deadline == od("2026-04-02"));

    SUBCASE("up to the cap is allowed") {
        extend.value = policy.max_extension_days - 3;
        extend.at = at("2026-03-06T10:00");
        c.apply(extend);
        CHECK(c.status().extension_days == policy.max_extension_days);
        extend.value = 1;
        const auto message = message_of<hall::Refused>([&] { c.check(extend); });
        CHECK(contains(message, "11"));
        CHECK(contains(message, "10"));
    }
    SUBCASE("beyond the cap is refused") {
        extend.value = policy.max_extension_days - 2;
        CHECK_THROWS_AS(c.check(extend), hall::Refused);
        hall::CasePolicy generous = policy;
        generous.max_extension_days = 20;
        CHECK_NOTHROW(hall::check_move(c.facts, c.status(), extend, c.steps.back(), generous));
    }
    SUBCASE("days must be at least 1") {
        extend.value = 0;
        CHECK_THROWS_AS(c.check(extend), hall::InvalidInput);
        extend.value = -2;
        CHECK_THROWS_AS(c.check(extend), hall::InvalidInput);
    }
    SUBCASE("an approver and a reason are required") {
        Step no_approver = extend;
        no_approver.actor.clear();
        CHECK_THROWS_AS(c.check(no_approver), hall::InvalidInput);
        Step no_reason = extend;
        no_reason.reason.clear();
        CHECK_THROWS_AS(c.check(no_reason), hall::InvalidInput);
    }
    SUBCASE("an extension while paused shows once the clock runs again") {
        c.apply(StepKind::pause, "2026-03-06T10:00");
        extend.value = 2;
        extend.at = at("2026-03-06T11:00");
        c.apply(extend);
        CHECK(c.status().deadline == od("2026-03-23"));  // as it stands: 03-16 + 5, the pause not yet counted
        c.apply(StepKind::resume, "2026-03-09T09:00");   // 1 paused working day
        CHECK(c.status().extension_days == 5);
        CHECK(c.status().deadline == od("2026-03-24"));  // 03-16 + 5 + 1
    }
}

TEST_CASE("upstream cases: forward by the reporting deadline, then the authority decides") {
    Case c(upstream_facts("2026-03-02T09:00"));
    auto s = c.status();
    CHECK(s.case_class == CaseClass::upstream);
    CHECK(s.deadline == od("2026-03-09"));  // 5 reporting days, not the 20 promised
    CHECK(s.statutory_deadline == od("2026-04-28"));

    SUBCASE("forwarded on the deadline day") {
        c.apply(StepKind::forward, "2026-03-09T17:00");
        s = c.status();
        CHECK(s.state == CaseState::forwarded);
        REQUIRE(s.forwarded);
        CHECK(*s.forwarded == at("2026-03-09T17:00"));
        CHECK_FALSE(s.late_report);
        CHECK_FALSE(s.overdue(d("2026-06-30")));  // the authority's time is not the hall's

        Step decide = make_step(StepKind::decide, "2026-04-20T10:00");
        decide.reason = "rejected";
        c.apply(decide);
        s = c.status();
        CHECK(s.state == CaseState::finished);
        CHECK(s.result == "rejected");
        REQUIRE(s.finished);
        CHECK(*s.finished == at("2026-04-20T10:00"));
        CHECK_FALSE(s.overdue(d("2026-06-30")));
    }
    SUBCASE("forwarded a day late") {
        c.apply(StepKind::forward, "2026-03-10T09:00");
        s = c.status();
        CHECK(s.late_report);
        CHECK(s.overdue(d("2026-03-10")));
        c.apply(StepKind::decide, "2026-03-20T10:00");
        s = c.status();
        CHECK(s.result == "approved");
        CHECK(s.late_report);
        CHECK(s.overdue(d("2026-03-20")));
    }
    SUBCASE("forward names the authority; decide is approved or rejected") {
        Step forward = make_step(StepKind::forward, "2026-03-04T10:00");
        forward.actor.clear();
        CHECK_THROWS_AS(c.check(forward), hall::InvalidInput);
        c.apply(StepKind::forward, "2026-03-04T10:00");
        Step decide = make_step(StepKind::decide, "2026-03-05T10:00");
        decide.reason = "maybe";
        CHECK_THROWS_AS(c.check(decide), hall::InvalidInput);
        decide.reason = "";
        CHECK_THROWS_AS(c.check(decide), hall::InvalidInput);
    }
    SUBCASE("not yet forwarded after the reporting deadline is overdue") {
        CHECK_FALSE(s.overdue(d("2026-03-09")));
        CHECK(s.overdue(d("2026-03-10")));
    }
}

TEST_CASE("forward is refused for a case that is not upstream") {
    Case c(promised_facts("2026-03-02T09:00"));
    const auto message =
        message_of<hall::Refused>([&] { c.check(make_step(StepKind::forward, "2026-03-03T10:00")); });
    CAPTURE(message);
    CHECK(contains(message, "only upstream"));
    CHECK(contains(message, "is open"));
}

TEST_CASE("return needs a written reason; review reopens with the clock restarting on the review day") {
    Case c(promised_facts("2026-03-02T09:00"));
    Step no_reason = make_step(StepKind::return_, "2026-03-03T10:00");
    no_reason.reason.clear();
    CHECK_THROWS_AS(c.check(no_reason), hall::InvalidInput);

    c.apply(StepKind::return_, "2026-03-03T10:00");
    auto s = c.status();
    CHECK(s.state == CaseState::returned);
    CHECK(s.case_class == CaseClass::returned);
    CHECK_FALSE(s.overdue(d("2026-12-31")));  // a returned case is never overdue

    c.apply(StepKind::review, "2026-03-05T10:00");  // Thu
    s = c.status();
    CHECK(s.state == CaseState::open);
    CHECK(s.case_class == CaseClass::promised);
    CHECK(s.clock_start == od("2026-03-05"));
    CHECK(s.deadline == od("2026-03-19"));  // Thu 03-05 + 10

    SUBCASE("a review on Saturday restarts the clock on Monday") {
        Case weekend(promised_facts("2026-03-02T09:00"));
        weekend.apply(StepKind::return_, "2026-03-03T10:00");
        weekend.apply(StepKind::review, "2026-03-07T10:00");
        CHECK(weekend.status().clock_start == od("2026-03-09"));
        CHECK(weekend.status().deadline == od("2026-03-23"));
    }
    SUBCASE("a paused case returned and reviewed starts afresh") {
        Case paused(promised_facts("2026-03-02T09:00"));
        paused.apply(StepKind::pause, "2026-03-03T10:00");
        paused.apply(StepKind::return_, "2026-03-04T10:00");
        paused.apply(StepKind::review, "2026-03-05T10:00");
        CHECK(paused.status().state == CaseState::open);
        CHECK(paused.status().paused_days == 0);
        CHECK(paused.status().deadline == od("2026-03-19"));
    }
}

TEST_CASE("ratings: 1 to 5, once; a bad rating is answered within 5 working days") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::finish, "2026-03-10T15:00");

    Step rate = make_step(StepKind::rate, "2026-03-11T10:00");
    for (int bad : {0, 6, 7, -1}) {
        CAPTURE(bad);
        rate.value = bad;
        CHECK_THROWS_AS(c.check(rate), hall::InvalidInput);
    }
    for (int good : {1, 2, 3, 4, 5}) {
        rate.value = good;
        CHECK_NOTHROW(c.check(rate));
    }
    // respond before any rating is refused
    CHECK_THROWS_AS(c.check(make_step(StepKind::respond, "2026-03-11T10:00")), hall::Refused);

    SUBCASE("a rating of 2 needs an answer") {
        rate.value = 2;
        c.apply(rate);
        auto s = c.status();
        CHECK(s.rating == 2);
        CHECK(s.follow_up_due == od("2026-03-18"));  // Wed 03-11 + 5 working days
        CHECK_FALSE(s.responded);
        const auto again =
            message_of<hall::Refused>([&] { c.check(make_step(StepKind::rate, "2026-03-12T10:00")); });
        CHECK(contains(again, "already rated"));
        c.apply(StepKind::respond, "2026-03-16T10:00");
        s = c.status();
        CHECK(s.responded);
        CHECK(s.follow_up_due == od("2026-03-18"));
        CHECK_THROWS_AS(c.check(make_step(StepKind::respond, "2026-03-17T10:00")), hall::Refused);
    }
    SUBCASE("a rating of 1 on the eve of National Day") {
        Case late(promised_facts("2026-09-21T09:00"));
        late.apply(StepKind::finish, "2026-09-28T10:00");
        Step one = make_step(StepKind::rate, "2026-09-30T10:00");
        one.value = 1;
        late.apply(one);
        // Wed 09-30 + 5: Oct 8, 9, 10 (Sat, worked), 12, 13.
        CHECK(late.status().follow_up_due == od("2026-10-13"));
    }
    SUBCASE("a rating of 3 needs no answer") {
        rate.value = 3;
        c.apply(rate);
        CHECK(c.status().rating == 3);
        CHECK_FALSE(c.status().follow_up_due);
        CHECK_THROWS_AS(c.check(make_step(StepKind::respond, "2026-03-12T10:00")), hall::Refused);
        CHECK_THROWS_AS(c.check(make_step(StepKind::rate, "2026-03-12T10:00")), hall::Refused);
    }
}

TEST_CASE("withdraw: only a 容缺 approval with materials still pending, and with a reason") {
    SUBCASE("a plain finished case cannot be withdrawn") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T10:00");
        CHECK_THROWS_AS(c.check(make_step(StepKind::withdraw, "2026-03-11T10:00")), hall::Refused);
    }
    SUBCASE("an open 容缺 case is not yet approved: nothing to withdraw") {
        Case c(tolerance_facts("2026-03-02T09:00"));
        CHECK_THROWS_AS(c.check(make_step(StepKind::withdraw, "2026-03-11T10:00")), hall::Refused);
    }
    SUBCASE("a 容缺 case whose materials arrived cannot be withdrawn") {
        Case c(tolerance_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T10:00");
        c.apply(StepKind::supplied, "2026-03-09T10:00");
        CHECK(c.status().outstanding.empty());
        CHECK(c.status().state == CaseState::finished);
        CHECK_THROWS_AS(c.check(make_step(StepKind::withdraw, "2026-03-11T10:00")), hall::Refused);
    }
    SUBCASE("pending materials: withdrawn, with a reason") {
        Case c(tolerance_facts("2026-03-02T09:00"));
        c.apply(StepKind::finish, "2026-03-05T10:00");
        Step withdraw = make_step(StepKind::withdraw, "2026-03-11T10:00");
        withdraw.reason.clear();
        CHECK_THROWS_AS(c.check(withdraw), hall::InvalidInput);
        c.apply(StepKind::withdraw, "2026-03-11T10:00");
        const auto s = c.status();
        CHECK(s.state == CaseState::withdrawn);
        CHECK_FALSE(s.overdue(d("2026-12-31")));
    }
}

TEST_CASE("a step cannot be earlier than the last step") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::pause, "2026-03-04T10:00");
    const auto message =
        message_of<hall::Refused>([&] { c.check(make_step(StepKind::resume, "2026-03-04T09:59")); });
    CAPTURE(message);
    CHECK(contains(message, "2026-03-04T09:59"));
    CHECK(contains(message, "2026-03-04T10:00"));
    CHECK_THROWS_AS(c.check(make_step(StepKind::resume, "2026-03-03T10:00")), hall::Refused);
    // The same minute is not earlier.
    CHECK_NOTHROW(c.check(make_step(StepKind::resume, "2026-03-04T10:00")));
    // Even before the receipt itself.
    Case fresh(promised_facts("2026-03-02T09:00"));
    CHECK_THROWS_AS(fresh.check(make_step(StepKind::finish, "2026-03-01T09:00")), hall::Refused);
}

TEST_CASE("a deadline reaching a year with no schedule is provisional (weekends only)") {
    // Received Mon 2026-12-28. Weekends only in 2027: Dec 29 (1), 30 (2), 31 (3),
    // Fri Jan 1 (4: New Year's Day is not known yet), Jan 4 (5) … 8 (9), Mon Jan 11 (10).
    Case c(promised_facts("2026-12-28T10:00"));
    auto s = c.status();
    CHECK(s.clock_start == od("2026-12-28"));
    CHECK(s.deadline == od("2027-01-11"));
    CHECK(s.provisional);

    // A deadline inside 2026 is exact.
    CHECK_FALSE(Case(promised_facts("2026-12-10T10:00")).status().provisional);

    // A receipt on Sat 2027-01-02 starts the clock Mon 01-04, provisionally.
    s = Case(promised_facts("2027-01-02T10:00", 5)).status();
    CHECK(s.clock_start == od("2027-01-04"));
    CHECK(s.deadline == od("2027-01-11"));
    CHECK(s.provisional);

    // With the 2027 schedule loaded (a holiday on Fri Jan 1), the same case is exact.
    auto years = hall::read_calendar_file(HALL_TEST_DATA_DIR "/calendars/cn.toml").years;
    years.push_back(hall::ScheduleYear{2027, "test", {hall::SpecialDay{d("2027-01-01"), false, "元旦"}}});
    const hall::Calendar with_2027(years, {});
    s = hall::replay(c.facts, c.steps, with_2027, policy);
    CHECK_FALSE(s.provisional);
    CHECK(s.deadline == od("2027-01-12"));
}

TEST_CASE("statutory limits in calendar days and months") {
    SUBCASE("days: counted in calendar days; an end on a rest day moves to the next working day") {
        CaseFacts f = promised_facts("2026-03-02T09:00", 7);
        f.statutory = Limit{15, LimitUnit::days};
        // 03-02 + 15 days = Tue 03-17.
        CHECK(Case(f).status().statutory_deadline == od("2026-03-17"));
        // Received Fri 03-06: + 15 = Sat 03-21 → Mon 03-23.
        f.received = at("2026-03-06T09:00");
        CHECK(Case(f).status().statutory_deadline == od("2026-03-23"));
        // Received Mon 09-21: + 15 = Tue 10-06, a holiday → Thu 10-08.
        f.received = at("2026-09-21T09:00");
        const auto s = Case(f).status();
        CHECK(s.statutory_deadline == od("2026-10-08"));
        // The promised 7 working days: Sep 22, 23, 24 (3; Fri 25 is 中秋节), 28 (4), 29 (5),
        // 30 (6), Oct 8 (7).
        CHECK(s.deadline == od("2026-10-08"));
    }
    SUBCASE("days as the promised limit") {
        CaseFacts f = promised_facts("2026-03-02T09:00");
        f.promised = Limit{20, LimitUnit::days};
        f.statutory.reset();
        // 03-02 + 20 = Sun 03-22 → Mon 03-23.
        const auto s = Case(f).status();
        CHECK(s.deadline == od("2026-03-23"));
        CHECK_FALSE(s.statutory_deadline);
    }
    SUBCASE("months: the same day of the month, or the month's last day") {
        CaseFacts f = promised_facts("2026-03-31T09:00");
        f.statutory = Limit{1, LimitUnit::months};
        CHECK(Case(f).status().statutory_deadline == od("2026-04-30"));  // Thu
        // Fri 01-30 + 1 month: Feb has no 30th → Sat 02-28, a make-up working day.
        f.received = at("2026-01-30T09:00");
        CHECK(Case(f).status().statutory_deadline == od("2026-02-28"));
        // Tue 09-01 + 1 month = Thu 10-01, National Day → Thu 10-08.
        f.received = at("2026-09-01T09:00");
        CHECK(Case(f).status().statutory_deadline == od("2026-10-08"));
        // Across the year: Mon 11-30 + 3 months = 2027-02-28 (Sun), weekends only → Mon 03-01.
        f.promised = Limit{3, LimitUnit::months};
        f.received = at("2026-11-30T09:00");
        const auto s = Case(f).status();
        CHECK(s.deadline == od("2027-03-01"));
        CHECK(s.provisional);
    }
    SUBCASE("a pause moves a statutory limit in days by the paused working days") {
        CaseFacts f = promised_facts("2026-03-02T09:00", 7);
        f.statutory = Limit{15, LimitUnit::days};
        Case c(f);
        c.apply(StepKind::pause, "2026-03-03T09:00");
        c.apply(StepKind::resume, "2026-03-05T09:00");             // Wed, Thu: 2 working days
        CHECK(c.status().statutory_deadline == od("2026-03-19"));  // Tue 03-17 + 2 working days
    }
}

TEST_CASE("overdue(today)") {
    Case c(promised_facts("2026-03-02T09:00"));  // deadline Mon 03-16
    SUBCASE("open: overdue after the deadline day, not on it") {
        const auto s = c.status();
        CHECK_FALSE(s.overdue(d("2026-03-02")));
        CHECK_FALSE(s.overdue(d("2026-03-16")));
        CHECK(s.overdue(d("2026-03-17")));
    }
    SUBCASE("finished on the deadline day: never overdue") {
        c.apply(StepKind::finish, "2026-03-16T17:59");
        CHECK_FALSE(c.status().overdue(d("2026-03-16")));
        CHECK_FALSE(c.status().overdue(d("2026-12-31")));
    }
    SUBCASE("finished a day late: overdue for good") {
        c.apply(StepKind::finish, "2026-03-17T09:00");
        const auto s = c.status();
        CHECK(s.overdue(d("2026-03-17")));
        CHECK(s.overdue(d("2026-12-31")));
    }
    SUBCASE("returned in time: never overdue") {
        c.apply(StepKind::return_, "2026-03-16T09:00");
        CHECK_FALSE(c.status().overdue(d("2026-03-20")));
        CHECK_FALSE(c.status().overdue(d("2026-12-31")));
    }
    SUBCASE("waiting: no deadline, not overdue") {
        const auto s = Case(supplement_facts("2026-03-02T09:00")).status();
        CHECK_FALSE(s.overdue(d("2026-12-31")));
    }
}

TEST_CASE("replay derives the same status whatever the order it is asked in") {
    // Derived, never stored as a running counter: replaying a prefix gives that day's view.
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::pause, "2026-03-04T10:00");
    c.apply(StepKind::resume, "2026-03-06T10:00");
    Step extend = make_step(StepKind::extend, "2026-03-09T10:00");
    extend.value = 1;
    c.apply(extend);
    c.apply(StepKind::finish, "2026-03-19T10:00");
    const auto full = c.status();
    CHECK(full.deadline == od("2026-03-19"));  // 03-16 + 2 paused + 1 extension
    CHECK_FALSE(full.overdue(d("2026-12-31")));
    const auto prefix = hall::replay(c.facts, std::span<const Step>(c.steps.data(), 2), cn(), policy);
    CHECK(prefix.state == CaseState::paused);
    CHECK(prefix.deadline == od("2026-03-16"));
    CHECK(hall::replay(c.facts, c.steps, cn(), policy).deadline == full.deadline);
}

// ---------------------------------------------------------------------------------------
// Privacy.

TEST_CASE("mask_id keeps the region code and the last four characters") {
    CHECK(hall::mask_id("110101199001011234") == "110101********1234");
    CHECK(hall::mask_id("11010119900101123X") == "110101********123X");
    CHECK(hall::mask_id("110101900101123") == "110101*****1123");  // an old 15-digit number
    CHECK(hall::mask_id("") == "");
    CHECK(hall::mask_id("E12345678") == "*******78");  // a passport: all but the last two
    CHECK(hall::mask_id("1234") == "**34");
    CHECK(hall::mask_id("123") == "*23");
}

// A masked id must hide something, whatever its length (SPEC §7: reports mask ID numbers).
TEST_CASE("mask_id never returns an id unchanged") {
    // A Hong Kong identity card number as typed, 10 characters.
    CHECK(hall::mask_id("A123456(7)") != "A123456(7)");
    CHECK(hall::mask_id("1234567890") != "1234567890");
    CHECK(hall::mask_id("12") != "12");
    CHECK(hall::mask_id("7") != "7");
}

TEST_CASE("mask_name keeps the family name's first character") {
    CHECK(hall::mask_name("张三") == "张*");
    CHECK(hall::mask_name("欧阳娜娜") == "欧***");
    CHECK(hall::mask_name("王小明") == "王**");
    CHECK(hall::mask_name("张") == "张*");
    CHECK(hall::mask_name("") == "");
    CHECK(hall::mask_name("Li Lei") == "L*****");
}

// ---------------------------------------------------------------------------------------
// Corrections (更正): a later record fixes the time of an earlier step.

TEST_CASE("a correction replaces the time of the step it points at") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::pause, "2026-03-05T10:00");   // seq 2
    c.apply(StepKind::resume, "2026-03-09T10:00");  // seq 3: Fri 6, Mon 9 → 2 paused days
    CHECK(c.status().paused_days == 2);
    CHECK(c.status().deadline == od("2026-03-18"));

    Step correct = make_step(StepKind::correct, "2026-03-04T10:00");  // the pause began on Wed
    correct.corrects = 2;
    correct.reason = "补录时填错日期";
    correct.actor = "中心主任";
    CHECK_NOTHROW(hall::check_correction(c.facts, c.steps, correct));
    correct.seq = 4;
    c.steps.push_back(correct);
    const auto s = c.status();
    CHECK(s.state == CaseState::open);
    CHECK(s.paused_days == 3);  // Thu 5, Fri 6, Mon 9
    CHECK(s.deadline == od("2026-03-19"));
    CHECK(c.steps.size() == 4);  // the old step stays in the history

    SUBCASE("refusals") {
        Step bad = correct;
        bad.reason.clear();
        CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, bad), hall::InvalidInput);
        bad = correct;
        bad.corrects = 1;  // the receipt
        CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, bad), hall::Refused);
        bad = correct;
        bad.corrects = 9;
        CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, bad), hall::NotFound);
        bad = correct;
        bad.at = at("2026-03-10T10:00");  // after the resume that follows it
        CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, bad), hall::Refused);
        bad.at = at("2026-03-02T08:00");  // before the receipt
        CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, bad), hall::Refused);
    }
}

TEST_CASE("joint case: the lead finishes only after every participant has signed") {
    CaseFacts f = promised_facts("2026-03-02T09:00");
    f.item_class = CaseClass::joint;
    f.registered = CaseClass::joint;
    f.participants = {"W04", "W05"};
    std::vector<Step> steps = {make_step(StepKind::open, "2026-03-02T09:00")};
    steps[0].seq = 1;
    auto status = [&] { return hall::replay(f, steps, cn(), policy); };
    auto sign = [&](const char* window, const char* when) {
        Step s = make_step(StepKind::sign, when);
        s.actor = window;
        s.seq = static_cast<int>(steps.size()) + 1;
        return s;
    };

    auto can_sign = [&] {
        const auto moves = hall::allowed_moves(status(), f);
        return std::find(moves.begin(), moves.end(), StepKind::sign) != moves.end();
    };
    CHECK(can_sign());
    const Step finish = make_step(StepKind::finish, "2026-03-03T09:00");
    CHECK_THROWS_WITH_AS(hall::check_move(f, status(), finish, steps.back(), policy),
                         doctest::Contains("W04, W05"), hall::Refused);
    CHECK_THROWS_AS(hall::check_move(f, status(), sign("W09", "2026-03-03T09:00"), steps.back(), policy),
                    hall::Refused);

    steps.push_back(sign("W04", "2026-03-03T09:00"));
    CHECK(status().signed_by == std::vector<std::string>{"W04"});
    CHECK_THROWS_AS(hall::check_move(f, status(), sign("W04", "2026-03-03T10:00"), steps.back(), policy),
                    hall::Refused);
    CHECK_THROWS_WITH_AS(hall::check_move(f, status(), finish, steps.back(), policy),
                         doctest::Contains("W05"), hall::Refused);

    steps.push_back(sign("W05", "2026-03-03T10:00"));
    CHECK_FALSE(can_sign());
    const Step later_finish = make_step(StepKind::finish, "2026-03-03T11:00");
    CHECK_NOTHROW(hall::check_move(f, status(), later_finish, steps.back(), policy));
}

TEST_CASE("a case paused when already late stays overdue; paused in time it does not become so") {
    // A pause after the deadline is refused now; stores kept from before hold such steps.
    const Case late = Case(promised_facts("2026-03-02T09:00")).with(StepKind::pause, "2026-03-18T10:00");
    CHECK(late.status().late);
    CHECK(late.status().overdue(d("2026-03-19")));

    Case in_time(promised_facts("2026-03-02T09:00"));
    in_time.apply(StepKind::pause, "2026-03-10T10:00");
    CHECK_FALSE(in_time.status().late);
    CHECK_FALSE(in_time.status().overdue(d("2026-06-30")));
}

TEST_CASE("a pause before the clock starts adds no working days") {
    Case c(promised_facts("2026-03-07T09:00"));  // Saturday: the clock starts Monday 03-09
    c.apply(StepKind::pause, "2026-03-08T10:00");
    c.apply(StepKind::resume, "2026-03-09T09:00");
    CHECK(c.status().paused_days == 0);
    CHECK(c.status().deadline == od("2026-03-23"));
}

// ---------------------------------------------------------------------------------------
// Lateness that cannot be erased (超时默认 and the tricks a window under pressure might try).

namespace {

Step override_step(Step step, const char* approver = "中心主任") {
    step.overrides_default = true;
    step.actor = approver;
    return step;
}

}  // namespace

TEST_CASE("超时默认 (004 (二)2(3)): past the promised deadline a case cannot be returned, only finished") {
    Case c(promised_facts("2026-03-02T09:00"));  // deadline Mon 03-16
    SUBCASE("on the deadline day a return is still allowed") {
        CHECK_NOTHROW(c.check(make_step(StepKind::return_, "2026-03-16T17:00")));
    }
    SUBCASE("the day after, return is refused and the message says what may still be done") {
        const Step late_return = make_step(StepKind::return_, "2026-03-17T09:00");
        const auto en = message_of<hall::Refused>([&] { c.check(late_return); });
        CHECK(contains(en, "deemed consented"));
        CHECK(contains(en, "hall case finish"));
        CHECK(contains(en, "--override"));
        CHECK(c.status().deemed_consented(d("2026-03-17")));
        CHECK_NOTHROW(c.check(make_step(StepKind::finish, "2026-03-17T09:00")));
    }
    SUBCASE("an approved override returns it, and the case stays late for ever") {
        Step forced = override_step(make_step(StepKind::return_, "2026-03-18T09:00"));
        forced.reason = "申请人不具备法定资格";
        c.apply(forced);
        const auto s = c.status();
        CHECK(s.state == CaseState::returned);
        CHECK(s.overridden);
        CHECK(s.late);
        CHECK(s.overdue(d("2026-12-31")));
        CHECK_FALSE(s.deemed_consented(d("2026-12-31")));  // closed: it has a result now
    }
    SUBCASE("an override needs an approver and a reason") {
        Step no_approver = override_step(make_step(StepKind::return_, "2026-03-18T09:00"), "");
        CHECK_THROWS_AS(c.check(no_approver), hall::InvalidInput);
    }
    SUBCASE("an override is refused where nothing is overdue") {
        CHECK_THROWS_AS(c.check(override_step(make_step(StepKind::return_, "2026-03-10T09:00"))),
                        hall::Refused);
    }
    SUBCASE("an override is only for a return or a rejection") {
        CHECK_THROWS_AS(c.check(override_step(make_step(StepKind::finish, "2026-03-18T09:00"))),
                        hall::InvalidInput);
    }
}

TEST_CASE("超时默认: an upstream case forwarded late cannot be rejected without an override") {
    Case c(upstream_facts("2026-03-02T09:00"));  // reporting deadline Mon 03-09
    c.apply(StepKind::forward, "2026-03-10T09:00");
    CHECK(c.status().late_report);
    CHECK(c.status().deemed_consented(d("2026-03-10")));
    Step reject = make_step(StepKind::decide, "2026-03-20T09:00");
    reject.reason = "rejected";
    CHECK_THROWS_AS(c.check(reject), hall::Refused);
    CHECK_NOTHROW(c.check(make_step(StepKind::decide, "2026-03-20T09:00")));  // approved is fine
    Step forced = override_step(reject);
    CHECK_THROWS_AS(c.check(forced), hall::InvalidInput);  // an override states its grounds
    forced.basis = "《矿产资源法》第十七条：禁止开采区";
    c.apply(forced);
    CHECK(c.status().result == "rejected");
    CHECK(c.status().late);
}

TEST_CASE("a late return cannot be laundered by a review: the case stays late") {
    Case c(promised_facts("2026-03-02T09:00"));  // deadline 03-16
    Step forced = override_step(make_step(StepKind::return_, "2026-03-18T09:00"));
    c.apply(forced);
    Step overturn = make_step(StepKind::review, "2026-03-19T09:00");
    overturn.value = static_cast<int>(hall::Ruling::overturn);
    c.apply(overturn);
    c.apply(StepKind::finish, "2026-03-20T09:00");  // well within the restarted clock
    const auto s = c.status();
    CHECK(s.deadline == od("2026-04-02"));  // Thu 03-19 + 10 (清明 04-04..06 is a weekend and Mon)
    CHECK(s.late);
}

TEST_CASE("pause and extend: refused on instant cases and once the deadline has passed (004)") {
    SUBCASE("instant") {
        CaseFacts f = promised_facts("2026-03-02T09:00", 0);
        f.item_class = CaseClass::instant;
        f.registered = CaseClass::instant;
        Case c(f);
        CHECK_THROWS_AS(c.check(make_step(StepKind::pause, "2026-03-02T10:00")), hall::Refused);
        CHECK_THROWS_AS(c.check(make_step(StepKind::extend, "2026-03-02T10:00")), hall::Refused);
        const auto moves = ids(hall::allowed_moves(c.status(), c.facts));
        CHECK(moves.count("pause") == 0);
        CHECK(moves.count("extend") == 0);
    }
    SUBCASE("past the deadline") {
        Case c(promised_facts("2026-03-02T09:00"));  // deadline 03-16
        CHECK_NOTHROW(c.check(make_step(StepKind::extend, "2026-03-16T17:00")));
        const auto en =
            message_of<hall::Refused>([&] { c.check(make_step(StepKind::extend, "2026-03-17T09:00")); });
        CHECK(contains(en, "past its deadline 2026-03-16"));
        CHECK_THROWS_AS(c.check(make_step(StepKind::pause, "2026-03-17T09:00")), hall::Refused);
    }
    SUBCASE("a paused case's clock is stopped: it may still be extended after the frozen date") {
        Case c(promised_facts("2026-03-02T09:00"));
        c.apply(StepKind::pause, "2026-03-10T09:00");
        CHECK_NOTHROW(c.check(make_step(StepKind::extend, "2026-03-20T09:00")));
    }
}

TEST_CASE("one-time notice (一次性告知, 004; 002 七(四)): a second request is a breach and keeps the clock") {
    Case c(promised_facts("2026-03-02T09:00"));  // deadline 03-16
    Step first = make_step(StepKind::supplement, "2026-03-03T10:00");
    c.apply(first);
    CHECK(c.status().state == CaseState::waiting);
    CHECK(c.status().notice_breaches == 0);
    c.apply(StepKind::supplied, "2026-03-04T10:00");  // clock restarts: 03-04 + 10 = 03-18
    REQUIRE(c.status().deadline == od("2026-03-18"));

    SUBCASE("asking again for something new: a breach; the deadline does not move") {
        Step again = make_step(StepKind::supplement, "2026-03-05T10:00");
        again.materials = {"从业人员健康证明"};
        c.apply(again);
        const auto s = c.status();
        CHECK(s.notice_breaches == 1);
        CHECK(s.state == CaseState::open);
        CHECK(s.deadline == od("2026-03-18"));
        CHECK(s.outstanding == std::vector<std::string>{"从业人员健康证明"});
    }
    SUBCASE("materials handed in defective: said explicitly, no breach, the clock waits again") {
        Step defective = make_step(StepKind::supplement, "2026-03-05T10:00");
        defective.value = 1;
        c.apply(defective);
        const auto s = c.status();
        CHECK(s.notice_breaches == 0);
        CHECK(s.defective_requests == 1);
        CHECK(s.state == CaseState::waiting);
    }
    SUBCASE("--defective only for materials that were asked for") {
        Step defective = make_step(StepKind::supplement, "2026-03-05T10:00");
        defective.value = 1;
        defective.materials = {"从业人员健康证明"};
        CHECK_THROWS_AS(c.check(defective), hall::Refused);
    }
}

TEST_CASE("one-time notice: the first request outside the window is a breach too") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::supplement, "2026-03-10T10:00");  // the 6th working day
    const auto s = c.status();
    CHECK(s.late_notice);
    CHECK(s.notice_breaches == 1);
    CHECK(s.deadline == od("2026-03-16"));
}

TEST_CASE("one-time notice: --defective before anything was handed in is refused") {
    Case c(promised_facts("2026-03-02T09:00"));
    Step defective = make_step(StepKind::supplement, "2026-03-03T10:00");
    defective.value = 1;
    CHECK_THROWS_AS(c.check(defective), hall::Refused);
}

TEST_CASE("intake's missing list is the one-time notice: any later request is a breach") {
    Case c(supplement_facts("2026-03-02T09:00"));
    Step more = make_step(StepKind::supplement, "2026-03-03T10:00");
    c.apply(more);
    CHECK(c.status().notice_breaches == 1);
    CHECK(c.status().state == CaseState::waiting);
}

TEST_CASE("corrections need an approver (SPEC §2: an explicit, recorded act)") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::finish, "2026-03-17T09:00");  // a day late
    Step fix;
    fix.kind = StepKind::correct;
    fix.at = at("2026-03-16T17:00");
    fix.corrects = 2;
    fix.reason = "系统时间有误";
    CHECK_THROWS_AS(hall::check_correction(c.facts, c.steps, fix), hall::InvalidInput);
    fix.actor = "中心主任";
    CHECK_NOTHROW(hall::check_correction(c.facts, c.steps, fix));
}

TEST_CASE("review rulings (复核裁定, 004 (二)2(2)): uphold keeps the case returned and closed") {
    Case c(promised_facts("2026-03-02T09:00"));
    c.apply(StepKind::return_, "2026-03-03T10:00");
    Step uphold = make_step(StepKind::review, "2026-03-05T10:00");
    uphold.value = static_cast<int>(hall::Ruling::uphold);
    c.apply(uphold);
    const auto s = c.status();
    CHECK(s.state == CaseState::returned);
    CHECK(s.ruling == hall::Ruling::uphold);
    CHECK_FALSE(s.overdue(d("2026-12-31")));
    CHECK_THROWS_AS(c.check(make_step(StepKind::review, "2026-03-06T10:00")), hall::Refused);  // once
    Step no_reason = make_step(StepKind::review, "2026-03-05T10:00");
    no_reason.reason.clear();
    Case fresh(promised_facts("2026-03-02T09:00"));
    fresh.apply(StepKind::return_, "2026-03-03T10:00");
    CHECK_THROWS_AS(fresh.check(no_reason), hall::InvalidInput);
}

TEST_CASE("a return needs its policy basis as well as its reason (004: 政策依据和理由)") {
    Case c(promised_facts("2026-03-02T09:00"));
    Step no_basis = make_step(StepKind::return_, "2026-03-03T10:00");
    no_basis.basis.clear();
    CHECK_THROWS_AS(c.check(no_basis), hall::InvalidInput);
}

TEST_CASE("a controlled item (控制事项, 004) is registered as returned, with no clock, never overdue") {
    CaseFacts f = promised_facts("2026-03-02T09:00");
    f.registered = CaseClass::returned;
    Case c(f);
    const auto s = c.status();
    CHECK(s.state == CaseState::returned);
    CHECK(s.case_class == CaseClass::returned);
    CHECK_FALSE(s.clock_start);
    CHECK_FALSE(s.deadline);
    CHECK_FALSE(s.overdue(d("2026-12-31")));
}

TEST_CASE("urging (督办, 002): needs who urges; counted on the case") {
    Case c(promised_facts("2026-03-02T09:00"));
    Step urge = make_step(StepKind::urge, "2026-03-17T09:00");
    urge.actor.clear();
    CHECK_THROWS_AS(c.check(urge), hall::InvalidInput);
    c.apply(StepKind::urge, "2026-03-17T09:00");
    CHECK(c.status().urged == 1);
    CHECK(c.status().state == CaseState::open);
    CHECK(c.status().late);  // the urging step itself fell after the deadline
}

TEST_CASE("site inspection (现场踏勘, 004: within 5 working days)") {
    CaseFacts f = promised_facts("2026-03-02T09:00");
    f.inspection = true;
    Case c(f);
    CHECK(c.status().inspection_due == od("2026-03-09"));  // Mon 03-02 + 5
    CHECK(ids(hall::allowed_moves(c.status(), c.facts)).count("inspect") == 1);
    c.apply(StepKind::inspect, "2026-03-06T15:00");
    CHECK(c.status().inspected == od("2026-03-06"));
    CHECK(ids(hall::allowed_moves(c.status(), c.facts)).count("inspect") == 0);
}

TEST_CASE("joint cases: a participant that signs after its part deadline is late itself (004 联办件 (4))") {
    CaseFacts f = promised_facts("2026-03-02T09:00");  // promised deadline 03-16
    f.item_class = CaseClass::joint;
    f.registered = CaseClass::joint;
    f.participants = {"W02", "W05"};
    f.participant_days = {3, 0};
    Case c(f);
    const auto s = c.status();
    REQUIRE(s.participant_due.size() == 2);
    CHECK(s.participant_due[0] == od("2026-03-05"));  // its own 3 working days
    CHECK(s.participant_due[1] == od("2026-03-16"));  // the promised deadline
    Step w02 = make_step(StepKind::sign, "2026-03-06T10:00");
    w02.actor = "W02";
    c.apply(w02);
    Step w05 = make_step(StepKind::sign, "2026-03-06T11:00");
    w05.actor = "W05";
    c.apply(w05);
    CHECK(c.status().late_signers == std::vector<std::string>{"W02"});
    CHECK_FALSE(c.status().late);  // the lead window is not late for it
}

TEST_CASE(
    "back-dating (004 (二)2(3) 超时默认; 电子监察 records when an act is entered): a step entered after "
    "the deadline cannot be dated before it") {
    Case c(promised_facts("2026-03-02T09:00"));  // deadline 03-16
    const auto entered = [&](const char* when, const char* on) {
        hall::check_entered_in_time(c.facts, c.status(), make_step(StepKind::finish, when), d(on));
    };
    SUBCASE("entered after the deadline, dated on it: refused, and the way out is named") {
        const auto en = message_of<hall::Refused>([&] { entered("2026-03-16T16:00", "2026-03-18"); });
        CHECK(contains(en, "deadline 2026-03-16 has passed"));
        CHECK(contains(en, "hall case correct --approved-by"));
        CHECK_THROWS_AS(entered("2026-03-02T10:00", "2026-03-17"), hall::Refused);
    }
    SUBCASE("entered after the deadline at its true, late time: allowed (and late)") {
        CHECK_NOTHROW(entered("2026-03-17T09:00", "2026-03-17"));
    }
    SUBCASE("entered on the deadline day itself, dated earlier: allowed (the clock had not run out)") {
        CHECK_NOTHROW(entered("2026-03-13T09:00", "2026-03-16"));
    }
    SUBCASE("a paused clock is stopped: a late entry of a resume cannot launder anything") {
        c.apply(StepKind::pause, "2026-03-10T09:00");
        CHECK_NOTHROW(hall::check_entered_in_time(
            c.facts, c.status(), make_step(StepKind::resume, "2026-03-11T09:00"), d("2026-03-30")));
    }
    SUBCASE("a correction is the approved way and is checked elsewhere") {
        Step fix = make_step(StepKind::correct, "2026-03-16T16:00");
        CHECK_NOTHROW(hall::check_entered_in_time(c.facts, c.status(), fix, d("2026-03-20")));
    }
}

TEST_CASE("back-dating a participant's signature past its part deadline is refused (004 联办件 (4))") {
    CaseFacts f = promised_facts("2026-03-02T09:00");
    f.item_class = CaseClass::joint;
    f.registered = CaseClass::joint;
    f.participants = {"W02", "W05"};
    f.participant_days = {3, 0};  // W02's part is due 03-05
    Case c(f);
    Step sign = make_step(StepKind::sign, "2026-03-05T10:00");
    sign.actor = "W02";
    CHECK_THROWS_AS(hall::check_entered_in_time(c.facts, c.status(), sign, d("2026-03-09")), hall::Refused);
    CHECK_NOTHROW(hall::check_entered_in_time(c.facts, c.status(), sign, d("2026-03-05")));
    sign.actor = "W05";  // its part runs to the promised deadline
    CHECK_NOTHROW(hall::check_entered_in_time(c.facts, c.status(), sign, d("2026-03-09")));
}
