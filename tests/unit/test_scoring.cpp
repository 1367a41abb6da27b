#include "test_support.h"

#include <hall/calendar_file.h>
#include <hall/error.h>
#include <hall/scoring.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using hall::Event;
using hall::Profile;
using hall::ScoringInput;
using hall::test::contains;
using hall::test::d;

namespace {

std::filesystem::path rules_dir() {
    return std::filesystem::path(HALL_TEST_DATA_DIR) / "rules";
}

Profile profile(const std::string& name) {
    return hall::read_profile_file(rules_dir() / (name + ".toml"));
}

// Five windows W01..W05; W01 has five clerks S01..S05, the others one each (S21 for W02 ...).
ScoringInput hall_in(const char* month) {
    ScoringInput in;
    in.month = *hall::Month::parse(month);
    for (int w = 1; w <= 5; ++w) {
        const std::string code = "W0" + std::to_string(w);
        in.windows.push_back({code, "window " + code, "", ""});
        if (w == 1) {
            for (int s = 1; s <= 5; ++s)
                in.staff.push_back({"S0" + std::to_string(s), "clerk", code, hall::StaffRole::clerk});
        } else {
            in.staff.push_back({"S" + std::to_string(w) + "1", "clerk", code, hall::StaffRole::clerk});
        }
    }
    return in;
}

Event& add(ScoringInput& in, const std::string& kind, const std::string& window, const std::string& staff,
           const char* date) {
    Event e;
    e.id = static_cast<std::int64_t>(in.events.size()) + 1;
    e.kind = kind;
    e.window = window;
    e.staff = staff;
    e.date = d(date);
    e.source = "event " + std::to_string(e.id);
    in.events.push_back(e);
    return in.events.back();
}

const hall::Entry& entry(const std::vector<hall::Entry>& ranking, const std::string& code) {
    for (const auto& e : ranking)
        if ((e.staff.empty() ? e.window : e.staff) == code) return e;
    throw std::runtime_error("no entry for " + code);
}

double category(const hall::Entry& e, const std::string& id) {
    for (const auto& c : e.categories)
        if (c.id == id) return c.score;
    throw std::runtime_error("no category " + id);
}

// Every score is the sum of its lines over the scheme's starting points.
double sum_of_lines(const hall::Entry& e) {
    double total = 0;
    for (const auto& l : e.lines) total += l.points;
    return total;
}

}  // namespace

// window-flag: categories ①–⑨ start at their maxima (95 in all); ⑩ publicity is earned from 0
// to 5, so a window with nothing recorded scores 95.
TEST_CASE("a quiet month scores the deduction categories' maxima") {
    auto in = hall_in("2026-10");
    const auto card = hall::score(profile("window-flag"), in);
    REQUIRE(card.windows.size() == 5);
    CHECK(card.windows[0].score == 95);
    CHECK(card.windows[0].lines.empty());
    CHECK(card.staff.empty());
    CHECK(card.alerts.empty());
}

TEST_CASE("two lates and a 70-minute off-post in one month") {
    auto in = hall_in("2026-10");
    add(in, "late", "W01", "S01", "2026-10-09");
    add(in, "late", "W01", "S01", "2026-10-12");
    add(in, "off_post", "W01", "S01", "2026-10-13").minutes = 70;
    // late 1st −1, 2nd −2; off post 70 min is over 60 → −3: attendance 10 − 6 = 4; 95 − 6 = 89.
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w = entry(card.windows, "W01");
    CHECK(w.score == 89);
    CHECK(category(w, "attendance") == 4);
    REQUIRE(w.lines.size() == 3);
    CHECK(w.lines[0].points == -1);
    CHECK(w.lines[1].points == -2);
    CHECK(w.lines[1].why.en == "late: 2nd this month (counting late/left early) (S01)");
    CHECK(w.lines[1].why.zh == "迟到：本月第2次（迟到、早退合计）（S01）");
    CHECK(w.lines[1].source == "event 2");
    CHECK(w.lines[1].clause == "004 十 3 ②");
    CHECK(w.lines[2].points == -3);
    CHECK(w.lines[2].why.zh == "脱岗：70 分钟，超过 60 分钟（S01）");
    // Two lates and one off-post raise no alert (3 and 2 are needed).
    CHECK(card.alerts.empty());
}

TEST_CASE("a late morning and a late afternoon of one day, derived from punches, are the 1st and the 2nd") {
    auto in = hall_in("2026-10");
    // Events derived from the time clock have no id; their order on the day decides.
    add(in, "late", "W01", "S01", "2026-10-09").id = 0;
    add(in, "late", "W01", "S01", "2026-10-09").id = 0;
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w = entry(card.windows, "W01");
    REQUIRE(w.lines.size() == 2);
    CHECK(w.lines[0].points == -1);
    CHECK(w.lines[0].source == "event 1");
    CHECK(w.lines[1].points == -2);
    CHECK(w.lines[1].why.en == "late: 2nd this month (counting late/left early) (S01)");
}

TEST_CASE("off post between half an hour and an hour costs what up to half an hour costs") {
    auto in = hall_in("2026-10");
    add(in, "off_post", "W01", "S01", "2026-10-13").minutes = 20;
    add(in, "off_post", "W01", "S02", "2026-10-13").minutes = 45;
    add(in, "off_post", "W01", "S03", "2026-10-13").minutes = 60;
    // −1 each (SCORING.md F1; 60 is not over 60).
    const auto card = hall::score(profile("window-flag"), in);
    CHECK(entry(card.windows, "W01").score == 92);
}

TEST_CASE("five staff off post: the category floors at 0") {
    auto in = hall_in("2026-10");
    for (const char* s : {"S01", "S02", "S03", "S04", "S05"})
        add(in, "off_post", "W01", s, "2026-10-14").minutes = 90;
    // 5 × −3 = −15 against 10: the category floors at 0 with a +5 line; 95 − 10 = 85.
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w = entry(card.windows, "W01");
    CHECK(category(w, "attendance") == 0);
    CHECK(w.score == 85);
    REQUIRE(w.lines.size() == 6);
    CHECK(w.lines.back().points == 5);
    CHECK(w.lines.back().source == "profile window-flag");
    CHECK(95 + sum_of_lines(w) == w.score);
}

TEST_CASE("a physical conflict zeroes safety and returns the clerk to the unit") {
    auto in = hall_in("2026-10");
    add(in, "quarrel", "W01", "S01", "2026-10-05");
    add(in, "physical_conflict", "W01", "S02", "2026-10-06");
    // quarrel −2, then the conflict takes the remaining 8: safety 0, 95 − 10 = 85.
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w = entry(card.windows, "W01");
    CHECK(category(w, "safety") == 0);
    CHECK(w.score == 85);
    REQUIRE(w.lines.size() == 2);
    CHECK(w.lines[1].points == -8);
    CHECK(contains(w.lines[1].why.en, "the category scores 0"));
    REQUIRE(card.alerts.size() == 1);
    CHECK(card.alerts[0].kind == hall::AlertKind::return_to_unit);
    CHECK(card.alerts[0].staff == "S02");
    CHECK(card.alerts[0].window == "W01");
    CHECK(card.alerts[0].clause == "004 十二 4");
    CHECK(card.alerts[0].source == "event 2");
}

TEST_CASE("the 3rd late or early arrival: −2 again and a return-to-unit alert") {
    auto in = hall_in("2026-10");
    add(in, "late", "W01", "S01", "2026-10-09");
    add(in, "early", "W01", "S01", "2026-10-10");
    add(in, "late", "W01", "S01", "2026-10-15");
    add(in, "late", "W01", "S02", "2026-10-15");  // another person: her 1st
    // S01: −1, −2, −2 (SCORING.md F6); S02: −1. Attendance 10 − 6 = 4; 89.
    const auto card = hall::score(profile("window-flag"), in);
    CHECK(entry(card.windows, "W01").score == 89);
    REQUIRE(card.alerts.size() == 1);
    CHECK(card.alerts[0].staff == "S01");
    CHECK(card.alerts[0].clause == "004 十二 1");
    CHECK(card.alerts[0].source == "event 1, event 2, event 3");
    CHECK(card.alerts[0].why.en == "late or early 3 times or more: 3 times this month");
}

TEST_CASE("lates of an earlier month do not count towards this month's") {
    auto in = hall_in("2026-10");
    add(in, "late", "W01", "S01", "2026-09-09");
    add(in, "late", "W01", "S01", "2026-09-10");
    add(in, "late", "W01", "S01", "2026-10-09");
    const auto card = hall::score(profile("window-flag"), in);
    CHECK(entry(card.windows, "W01").score == 94);
    CHECK(card.alerts.empty());
}

TEST_CASE("panel rating 90 scales to 27, then a banned act costs 3") {
    auto in = hall_in("2026-10");
    add(in, "panel_rating", "W01", "", "2026-10-28").value = 90;
    add(in, "prohibition_breach", "W01", "S01", "2026-10-12").level = "4";
    // Discipline: 90 × 0.3 = 27 (line −3), then −3: 24. 95 − 6 = 89.
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w = entry(card.windows, "W01");
    CHECK(category(w, "discipline") == 24);
    CHECK(w.score == 89);
    CHECK(w.lines[0].why.en == "banned act (ten prohibitions) (S01)");
    CHECK(w.lines[1].points == -3);
    CHECK(w.lines[1].why.en == "panel mark: 90 × 0.3 = 27 (of 30)");
}

TEST_CASE("the same banned act twice returns the clerk; two different ones do not") {
    auto in = hall_in("2026-10");
    add(in, "prohibition_breach", "W01", "S01", "2026-10-12").level = "2";
    add(in, "prohibition_breach", "W01", "S01", "2026-10-13").level = "5";
    add(in, "prohibition_breach", "W01", "S02", "2026-10-12").level = "2";
    add(in, "prohibition_breach", "W01", "S02", "2026-10-20").level = "2";
    const auto card = hall::score(profile("window-flag"), in);
    REQUIRE(card.alerts.size() == 1);
    CHECK(card.alerts[0].staff == "S02");
    CHECK(card.alerts[0].clause == "004 十二 7");
}

TEST_CASE("publicity is earned up to 5; one article counts once at its highest level") {
    auto in = hall_in("2026-10");
    add(in, "banner", "W01", "", "2026-10-05");
    add(in, "thanks_letter", "W01", "", "2026-10-06");
    // +5 +5 = 10, capped at 5: 100.
    auto& a1 = add(in, "article", "W02", "", "2026-10-07");
    a1.level = "county";
    a1.note = "延时服务";
    auto& a2 = add(in, "article", "W02", "", "2026-10-20");
    a2.level = "city";
    a2.note = "延时服务";
    auto& a3 = add(in, "article", "W02", "", "2026-10-21");
    a3.level = "unit";
    a3.note = "延时服务";
    // W02: county +2, the same article at city level adds the difference +1, at unit level 0: 98.
    const auto card = hall::score(profile("window-flag"), in);
    const auto& w1 = entry(card.windows, "W01");
    CHECK(category(w1, "publicity") == 5);
    CHECK(w1.score == 100);
    CHECK(w1.lines.back().points == -5);
    const auto& w2 = entry(card.windows, "W02");
    CHECK(w2.score == 98);
    REQUIRE(w2.lines.size() == 3);
    CHECK(w2.lines[0].points == 2);
    CHECK(w2.lines[1].points == 1);
    CHECK(w2.lines[2].points == 0);
}

TEST_CASE("cards cost per card, or only the highest card of a case") {
    auto in = hall_in("2026-10");
    add(in, "yellow_card", "W01", "", "2026-10-05").source = "case 20261001-0001";
    add(in, "red_card", "W01", "", "2026-10-20").source = "case 20261001-0001";
    add(in, "yellow_card", "W02", "", "2026-09-25").source = "case 20260920-0002";
    add(in, "red_card", "W02", "", "2026-10-03").source = "case 20260920-0002";
    // Per card (004 ⑨): W01 −2 −3 = −5 → 90; W02 only October's red −3 → 92.
    const auto per_card = hall::score(profile("window-flag"), in);
    CHECK(entry(per_card.windows, "W01").score == 90);
    CHECK(entry(per_card.windows, "W02").score == 92);
    // Highest (F8's option): W01 −2 then the red adds −1 → 92; W02's red adds −1 over
    // September's yellow → 94.
    std::ifstream file(rules_dir() / "window-flag.toml");
    std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    text.replace(text.rfind("cards = \"per_card\""), 18, "cards = \"highest\"");
    const auto highest = hall::score(hall::parse_profile(text, "window-flag.toml"), in);
    CHECK(entry(highest.windows, "W01").score == 92);
    CHECK(entry(highest.windows, "W02").score == 94);
    CHECK(entry(highest.windows, "W02").lines[0].source == "case 20260920-0002");
}

TEST_CASE("a window reported by the city is ranked first but gets no flag") {
    auto in = hall_in("2026-10");
    add(in, "city_notice", "W01", "", "2026-10-15");
    for (const char* w : {"W02", "W03", "W04", "W05"})
        add(in, "panel_rating", w, "", "2026-10-28").value = 60;
    // W01: platform 0 → 85. The others: discipline 60 × 0.3 = 18 → 95 − 12 = 83.
    // W01 ranks first, but the veto passes its flag on: W02, W03, W04 by code (all tied).
    const auto card = hall::score(profile("window-flag"), in);
    REQUIRE(card.windows.size() == 5);
    CHECK(card.windows[0].window == "W01");
    CHECK(card.windows[0].rank == 1);
    CHECK(card.windows[0].score == 85);
    CHECK_FALSE(card.windows[0].flag);
    CHECK_FALSE(card.windows[0].eligible);
    REQUIRE(card.windows[0].vetoes.size() == 1);
    CHECK(card.windows[0].vetoes[0].source == "event 1");
    CHECK(card.windows[1].flag);
    CHECK(card.windows[2].flag);
    CHECK(card.windows[3].flag);
    CHECK(card.windows[3].window == "W04");
    CHECK_FALSE(card.windows[4].flag);
}

TEST_CASE("a tie for the last flag is broken by deductions, then incidents, then the code") {
    auto in = hall_in("2026-10");
    add(in, "quarrel", "W03", "S31", "2026-10-05");                // −2 in one incident
    add(in, "rule_breach", "W04", "S41", "2026-10-05");            // −1
    add(in, "rule_breach", "W04", "S41", "2026-10-06");            // −1: −2 in two incidents
    add(in, "quarrel", "W05", "S51", "2026-10-05");                // −2 in one incident, like W03
    add(in, "off_post", "W01", "S01", "2026-10-05").minutes = 10;  // −1
    // Scores: W02 95, W01 94, W03 93, W04 93, W05 93. Three flags: W02, W01, and one of the
    // 93s: equal deductions (2), W03 and W05 have one incident to W04's two, and W03 < W05.
    const auto card = hall::score(profile("window-flag"), in);
    std::vector<std::string> order;
    for (const auto& e : card.windows) order.push_back(e.window);
    CHECK(order == std::vector<std::string>{"W02", "W01", "W03", "W05", "W04"});
    CHECK(card.windows[2].flag);
    CHECK_FALSE(card.windows[3].flag);
    CHECK(card.windows[3].rank == 4);
}

TEST_CASE("staff scheme: three days absent in a month scores the month 0") {
    auto in = hall_in("2026-10");
    add(in, "absent", "W01", "S01", "2026-10-12").count = 2;
    add(in, "off_post", "W01", "S01", "2026-10-20").minutes = 100;  // over 1.5 h: half a day absent
    add(in, "leave_not_closed", "W01", "S01", "2026-10-22");        // a day absent
    add(in, "absent", "W01", "S02", "2026-10-12").count = 2;
    add(in, "off_post", "W01", "S02", "2026-10-20").minutes = 100;
    // S01: 2 + 0.5 + 1 = 3.5 days → 0. S02: 2.5 days: schedule −6 −3 = −9 → 91.
    const auto card = hall::score(profile("staff"), in);
    CHECK(card.windows.empty());
    const auto& s1 = entry(card.staff, "S01");
    CHECK(s1.score == 0);
    CHECK(s1.lines.back().points == -88);
    CHECK(s1.lines.back().source == "event 1, event 2, event 3");
    CHECK(s1.lines.back().why.en == "3 days absent this month: the month scores 0 (3.5 days this month)");
    CHECK(entry(card.staff, "S02").score == 91);
    CHECK(card.staff.back().staff == "S01");
    // S01: a bulletin and return to unit (3 days); S02 neither.
    REQUIRE(card.alerts.size() == 2);
    CHECK(card.alerts[0].kind == hall::AlertKind::bulletin);
    CHECK(card.alerts[1].kind == hall::AlertKind::return_to_unit);
    CHECK(card.alerts[1].clause == "004 十二 3；SCORING F5");
    CHECK(card.alerts[1].why.en == "absent 3 days or more: 3.5 days this month");
}

TEST_CASE("staff scheme: a window's statistics table late costs each of its clerks") {
    auto in = hall_in("2026-10");
    add(in, "report_late", "W01", "", "2026-10-03");
    const auto card = hall::score(profile("staff"), in);
    for (const char* s : {"S01", "S02", "S03", "S04", "S05"}) CHECK(entry(card.staff, s).score == 98);
    CHECK(entry(card.staff, "S21").score == 100);
}

TEST_CASE("district: each full 5 points a staff member loses cost the window 2") {
    auto in = hall_in("2026-10");
    add(in, "gaming", "W01", "S01", "2026-10-08");        // S01 −5
    add(in, "drinking", "W01", "S02", "2026-10-08");      // S02 −3
    add(in, "intermediary", "W02", "S21", "2026-10-09");  // S21 −10
    // S01 95, S02 97 (under 5: nothing for the window), S21 90. W01 −2 → 98; W02 −4 → 96.
    const auto card = hall::score(profile("district"), in);
    CHECK(entry(card.staff, "S01").score == 95);
    CHECK(entry(card.staff, "S02").score == 97);
    CHECK(entry(card.staff, "S21").score == 90);
    const auto& w1 = entry(card.windows, "W01");
    CHECK(w1.score == 98);
    REQUIRE(w1.lines.size() == 1);
    CHECK(w1.lines[0].source == "staff S01");
    CHECK(w1.lines[0].clause == "001 第十七条(二)");
    CHECK(w1.lines[0].why.en == "staff S01 lost 5 points this month: each full 5 costs the window 2");
    CHECK(entry(card.windows, "W02").score == 96);
    // 第二十一条(四) costs S21 the year's excellence eligibility.
    REQUIRE(card.alerts.size() == 1);
    CHECK(card.alerts[0].kind == hall::AlertKind::excellence_lost);
    CHECK(card.alerts[0].staff == "S21");
}

TEST_CASE("district: a forwarded complaint answered 2 working days late costs 8") {
    auto in = hall_in("2026-10");
    add(in, "complaint_late_days", "W03", "", "2026-10-16").count = 2;
    const auto card = hall::score(profile("district"), in);
    const auto& w = entry(card.windows, "W03");
    CHECK(w.score == 92);
    REQUIRE(w.lines.size() == 1);
    CHECK(w.lines[0].points == -8);
    CHECK(w.lines[0].category == "complaints");
}

TEST_CASE("district: a red flag gives each clerk of the window 2, and leader visits are capped at 5") {
    auto in = hall_in("2026-10");
    add(in, "unattended", "W02", "", "2026-10-08");
    add(in, "unattended", "W03", "", "2026-10-08");
    add(in, "leader_visit", "W04", "", "2026-10-31").count = 60;  // +6, capped at 5
    // Flags: W04 105, W01 100, W05 100 (W01 < W05 by code); W02 and W03 95.
    const auto card = hall::score(profile("district"), in);
    CHECK(entry(card.windows, "W04").score == 105);
    CHECK(category(entry(card.windows, "W04"), "leader") == 5);
    CHECK(entry(card.windows, "W01").flag);
    CHECK(entry(card.windows, "W05").flag);
    CHECK_FALSE(entry(card.windows, "W02").flag);
    CHECK(entry(card.staff, "S01").score == 102);
    CHECK(entry(card.staff, "S41").score == 102);
    CHECK(entry(card.staff, "S21").score == 100);
    CHECK(entry(card.staff, "S01").lines[0].source == "flag W01 2026-10");
    // Flags awarded by another profile replace the district's own.
    in.flag_windows = std::vector<std::string>{"W02"};
    const auto other = hall::score(profile("district"), in);
    CHECK(entry(other.staff, "S21").score == 102);
    CHECK(entry(other.staff, "S01").score == 100);
}

TEST_CASE("district: two verified complaints within 22 working days cost the excellence eligibility") {
    const auto cal_file =
        hall::read_calendar_file(std::filesystem::path(HALL_TEST_DATA_DIR) / "calendars" / "cn.toml");
    const hall::Calendar calendar(cal_file.years, {});
    auto in = hall_in("2026-10");
    in.calendar = &calendar;
    add(in, "complaint_oral", "W02", "S21", "2026-09-10");
    add(in, "complaint_written", "W02", "S21", "2026-10-12");
    // From 2026-09-10 to 2026-10-12: 14 working days in September after the 10th, the
    // National Day holiday, then a few days of October: fewer than 22, the eligibility goes.
    const auto card = hall::score(profile("district"), in);
    bool found = false;
    for (const auto& a : card.alerts)
        if (a.clause == "001 第二十五条(二)") {
            found = true;
            CHECK(a.staff == "S21");
            CHECK(a.source == "event 1, event 2");
        }
    CHECK(found);
    // Without a calendar the scorer cannot count working days and says so.
    in.calendar = nullptr;
    CHECK_THROWS_AS(hall::score(profile("district"), in), hall::Refused);
}

TEST_CASE("two complaints in a quarter return the clerk; the earlier months of the quarter count") {
    auto in = hall_in("2026-11");
    add(in, "complaint_oral", "W02", "S21", "2026-10-10");
    add(in, "complaint_oral", "W02", "S21", "2026-11-10");
    add(in, "complaint_oral", "W03", "S31", "2026-09-30");  // the previous quarter
    add(in, "complaint_oral", "W03", "S31", "2026-11-10");
    const auto card = hall::score(profile("window-flag"), in);
    REQUIRE(card.alerts.size() == 1);
    CHECK(card.alerts[0].staff == "S21");
    CHECK(card.alerts[0].why.en == "two or more complaints in a quarter: 2 times this quarter");
    CHECK(hall::lookback_start(profile("window-flag"), in.month) == d("2026-01-01"));
    // Only what counts across months is needed from before November: complaints from the
    // quarter's start, talking back from the year's; a hygiene finding never.
    const auto lookback = hall::lookback_kinds(profile("window-flag"), in.month);
    auto from = [&](const std::string& kind) -> std::optional<hall::Date> {
        for (const auto& l : lookback)
            if (l.kind == kind) return l.from;
        return std::nullopt;
    };
    CHECK(from("complaint_oral") == d("2026-10-01"));
    CHECK(from("talk_back") == d("2026-01-01"));
    CHECK(from("hygiene") == std::nullopt);
    CHECK(from("late") == std::nullopt);
}

TEST_CASE("the same events give the same scorecard, whatever their order") {
    auto in = hall_in("2026-10");
    add(in, "late", "W01", "S01", "2026-10-09");
    add(in, "late", "W01", "S01", "2026-10-09");
    add(in, "hygiene", "W02", "", "2026-10-10");
    auto reversed = in;
    std::reverse(reversed.events.begin(), reversed.events.end());
    const auto a = hall::score(profile("window-flag"), in);
    const auto b = hall::score(profile("window-flag"), reversed);
    REQUIRE(a.windows.size() == b.windows.size());
    for (std::size_t i = 0; i < a.windows.size(); ++i) {
        CHECK(a.windows[i].window == b.windows[i].window);
        CHECK(a.windows[i].score == b.windows[i].score);
        REQUIRE(a.windows[i].lines.size() == b.windows[i].lines.size());
        for (std::size_t j = 0; j < a.windows[i].lines.size(); ++j)
            CHECK(a.windows[i].lines[j].why.en == b.windows[i].lines[j].why.en);
    }
    CHECK(entry(a.windows, "W02").score == 94.5);
}

TEST_CASE("a year sums or averages the months") {
    auto oct = hall_in("2026-10");
    add(oct, "quarrel", "W01", "S01", "2026-10-05");
    auto nov = hall_in("2026-11");
    add(nov, "quarrel", "W02", "S21", "2026-11-05");
    add(nov, "quarrel", "W02", "S21", "2026-11-06");
    const auto p = profile("window-flag");
    const std::vector<hall::Scorecard> months{hall::score(p, oct), hall::score(p, nov)};
    const auto year = hall::aggregate_year(p, 2026, months);
    // Sums: W01 93 + 95 = 188, W02 95 + 91 = 186, the rest 190.
    REQUIRE(year.windows.size() == 5);
    CHECK(year.windows[0].score == 190);
    CHECK(year.windows[0].months == 2);
    CHECK(year.windows.back().window == "W02");
    CHECK(year.windows.back().score == 186);
    CHECK(year.windows[0].flags == 2);
    Profile avg = p;
    avg.window->year = hall::YearMode::average;
    CHECK(hall::aggregate_year(avg, 2026, months).windows.back().score == 93);
}

TEST_CASE("points per value, per half-day, and by level") {
    auto in = hall_in("2026-10");
    add(in, "task_quality", "W01", "", "2026-10-20").value = 1.5;  // window-flag ③ tasks: −1.5
    const auto flag = hall::score(profile("window-flag"), in);
    CHECK(entry(flag.windows, "W01").score == 93.5);
    CHECK(category(entry(flag.windows, "W01"), "tasks") == 0.5);

    auto district = hall_in("2026-10");
    add(district, "absent", "W01", "S01", "2026-10-20").value = 0.5;         // half a day: −5
    add(district, "complaint_oral", "W01", "S02", "2026-10-20");             // default level: −3
    add(district, "quarrel", "W01", "S03", "2026-10-21").level = "serious";  // −5
    const auto card = hall::score(profile("district"), district);
    CHECK(entry(card.staff, "S01").score == 95);
    CHECK(entry(card.staff, "S02").score == 97);
    CHECK(entry(card.staff, "S03").score == 95);
}

TEST_CASE("an event the rule cannot score is refused before it is recorded") {
    const auto p = profile("window-flag");
    Event e;
    e.kind = "off_post";
    e.window = "W01";
    CHECK_THROWS_AS(hall::check_event(p, e), hall::InvalidInput);
    e.minutes = 40;
    CHECK_NOTHROW(hall::check_event(p, e));
    e.kind = "panel_rating";
    CHECK_THROWS_AS(hall::check_event(p, e), hall::InvalidInput);
    e.value = 101;
    CHECK_THROWS_AS(hall::check_event(p, e), hall::InvalidInput);
    e.value = 88;
    CHECK_NOTHROW(hall::check_event(p, e));
    e.kind = "article";
    e.level = "galactic";
    CHECK_THROWS_AS(hall::check_event(p, e), hall::InvalidInput);
    e.level = "province";
    CHECK_NOTHROW(hall::check_event(p, e));
    e.kind = "gaming";  // not scored by window-flag: event_kinds decides
    CHECK_NOTHROW(hall::check_event(p, e));
}
