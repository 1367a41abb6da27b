// Attendance and leave (004 七、考勤规范): what punches and leave give, importing a time
// clock's log, and the checks on leave.

#include "test_support.h"

#include <hall/attendance.h>
#include <hall/catalogue.h>
#include <hall/csv.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <string>

using hall::Event;
using hall::Leave;
using hall::Punch;
using hall::Staff;
using hall::Store;
using hall::test::at;
using hall::test::contains;
using hall::test::d;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

hall::Calendar calendar() {
    static const hall::Calendar c = [] {
        Store store = Store::in_memory();
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        return store.load_calendar();
    }();
    return c;
}

const std::vector<Staff> roster = {
    {"A1", "甲", "W1", hall::StaffRole::chief},
    {"A2", "乙", "W1", hall::StaffRole::clerk},
    {"B1", "丙", "W2", hall::StaffRole::chief},
    {"T1", "丁", "W2", hall::StaffRole::standin},
};

// A normal day for everyone: in before the start, out after the end, both sessions.
std::vector<Punch> normal_day(const char* day, const std::vector<std::string>& who) {
    std::vector<Punch> out;
    for (const auto& s : who)
        for (const char* t : {"08:20", "12:01", "14:25", "18:03"})
            out.push_back(Punch{s, at(std::string(day) + "T" + t)});
    return out;
}

std::vector<Event> derive(const std::vector<Punch>& punches, const std::vector<Leave>& leaves = {},
                          hall::HallHours hours = {}) {
    return hall::attendance_events(roster, punches, leaves, calendar(), hours, d("2026-10-01"),
                                   d("2026-10-31"));
}

std::vector<Event> of(const std::vector<Event>& events, const std::string& kind, const std::string& staff) {
    std::vector<Event> out;
    std::copy_if(events.begin(), events.end(), std::back_inserter(out),
                 [&](const Event& e) { return e.kind == kind && e.staff == staff; });
    return out;
}

void replace(std::vector<Punch>& punches, const std::string& staff, const char* from, const char* to) {
    for (auto& p : punches)
        if (p.staff == staff && p.at == at(from)) p.at = at(to);
}

}  // namespace

TEST_CASE("a normal day gives nothing; a stand-in is not absent on days they do not stand in") {
    auto punches = normal_day("2026-10-12", {"A1", "A2", "B1"});
    CHECK(derive(punches).empty());
}

TEST_CASE("late and early are counted to the minute from the hall's hours (004 七 一)2)") {
    auto punches = normal_day("2026-10-12", {"A1", "A2", "B1"});
    replace(punches, "A1", "2026-10-12T08:20", "2026-10-12T08:41");
    replace(punches, "A2", "2026-10-12T18:03", "2026-10-12T17:50");
    replace(punches, "B1", "2026-10-12T08:20", "2026-10-12T08:30");  // on the minute: on time
    const auto events = derive(punches);
    REQUIRE(of(events, "late", "A1").size() == 1);
    CHECK(of(events, "late", "A1")[0].minutes == 11);
    CHECK(of(events, "late", "A1")[0].source == "attendance A1 2026-10-12");
    CHECK(of(events, "late", "A1")[0].window == "W1");
    REQUIRE(of(events, "early", "A2").size() == 1);
    CHECK(of(events, "early", "A2")[0].minutes == 10);
    CHECK(of(events, "late", "B1").empty());
    CHECK(events.size() == 2);

    hall::HallHours lenient;
    lenient.grace = 15;
    CHECK(derive(punches, {}, lenient).empty());
}

TEST_CASE("coming after the middle of a session is late, not a missed punch; leaving before it is early") {
    auto punches = normal_day("2026-10-12", {"A1", "B1"});
    for (const char* t : {"10:30", "12:05", "14:25", "15:00"})
        punches.push_back(Punch{"A2", at(std::string("2026-10-12T") + t)});
    const auto events = derive(punches);
    REQUIRE(of(events, "late", "A2").size() == 1);
    CHECK(of(events, "late", "A2")[0].minutes == 120);
    REQUIRE(of(events, "early", "A2").size() == 1);
    CHECK(of(events, "early", "A2")[0].minutes == 180);
    CHECK(of(events, "missed_punch", "A2").empty());
}

TEST_CASE("punches between in and out pair up as time off post, in minutes; a repeated press is one punch") {
    auto punches = normal_day("2026-10-13", {"A1", "A2", "B1"});
    punches.push_back(Punch{"A2", at("2026-10-13T10:00")});
    punches.push_back(Punch{"A2", at("2026-10-13T10:02")});  // pressed twice
    punches.push_back(Punch{"A2", at("2026-10-13T11:10")});
    const auto events = derive(punches);
    REQUIRE(of(events, "off_post", "A2").size() == 1);
    CHECK(of(events, "off_post", "A2")[0].minutes == 70);
    CHECK(of(events, "off_post", "A2")[0].note == "am 10:00–11:10");
    CHECK(events.size() == 1);
}

TEST_CASE("one punch of a session is a missed punch; none is half a day absent (004 七 一)2, 二)10 7))") {
    auto punches = normal_day("2026-10-14", {"A1", "B1"});
    // A2: morning in only; no afternoon punch at all.
    punches.push_back(Punch{"A2", at("2026-10-14T08:25")});
    const auto events = derive(punches);
    REQUIRE(of(events, "missed_punch", "A2").size() == 1);
    CHECK(of(events, "missed_punch", "A2")[0].note == "am out");
    REQUIRE(of(events, "absent", "A2").size() == 1);
    CHECK(of(events, "absent", "A2")[0].value == 0.5);
    CHECK(of(events, "absent", "A2")[0].note == "pm");
}

TEST_CASE("a working day with no punch of one's own, when the clock was in use, is a day absent") {
    const auto events = derive(normal_day("2026-10-15", {"A1", "B1"}));
    REQUIRE(of(events, "absent", "A2").size() == 1);
    CHECK(of(events, "absent", "A2")[0].value == 1.0);
    CHECK(of(events, "absent", "T1").empty());  // a stand-in comes only when standing in
    // A day nobody punched is a day the clock was off: nobody is absent.
    CHECK(derive({}).empty());
}

TEST_CASE("rest days are not derived, even with punches") {
    auto punches = normal_day("2026-10-17", {"A1"});  // a Saturday
    CHECK(derive(punches).empty());
}

TEST_CASE("leave covers the sessions it overlaps") {
    auto punches = normal_day("2026-10-15", {"A1", "B1"});
    punches.push_back(Punch{"A2", at("2026-10-15T14:20")});
    punches.push_back(Punch{"A2", at("2026-10-15T18:01")});
    Leave morning;
    morning.id = 1;
    morning.staff = "A2";
    morning.window = "W1";
    morning.from = at("2026-10-15T08:30");
    morning.to = at("2026-10-15T12:00");
    CHECK(of(derive(punches), "absent", "A2").size() == 1);
    CHECK(derive(punches, {morning}).empty());
}

TEST_CASE("4 late or early in a month are half a day absent, once (004 七 二)10 5))") {
    std::vector<Punch> punches;
    for (const char* day : {"2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16"}) {
        auto more = normal_day(day, {"A1", "A2", "B1"});
        replace(more, "A1", std::string(day) + "T08:20" == "" ? "" : (std::string(day) + "T08:20").c_str(),
                (std::string(day) + "T08:35").c_str());
        punches.insert(punches.end(), more.begin(), more.end());
    }
    const auto events = derive(punches);
    CHECK(of(events, "late", "A1").size() == 5);
    const auto absent = of(events, "absent", "A1");
    REQUIRE(absent.size() == 1);
    CHECK(absent[0].value == 0.5);
    CHECK(absent[0].date == d("2026-10-15"));  // the day of the 4th
    CHECK(absent[0].source == "attendance A1 2026-10");
}

TEST_CASE("every 4 missed punches in a month are half a day absent: 4 → ½, 8 → 1 (004 七 二)10 7))") {
    std::vector<Punch> punches;
    for (const char* day : {"2026-10-12", "2026-10-13", "2026-10-14", "2026-10-15", "2026-10-16",
                            "2026-10-19", "2026-10-20", "2026-10-21"}) {
        auto more = normal_day(day, {"A1", "B1"});
        punches.insert(punches.end(), more.begin(), more.end());
        for (const char* t : {"08:20", "12:01", "14:25"})  // no evening out punch
            punches.push_back(Punch{"A2", at(std::string(day) + "T" + t)});
    }
    const auto events = derive(punches);
    CHECK(of(events, "missed_punch", "A2").size() == 8);
    const auto absent = of(events, "absent", "A2");
    REQUIRE(absent.size() == 2);
    CHECK(absent[0].date == d("2026-10-15"));
    CHECK(absent[1].date == d("2026-10-21"));
    double days = 0;
    for (const auto& a : absent) days += *a.value;
    CHECK(days == 1.0);
}

TEST_CASE("leave at a single-clerk window with no stand-in gives leave_no_standin per day (004 十一(一)4)") {
    Leave l;
    l.id = 7;
    l.staff = "B1";
    l.window = "W2";
    l.from = at("2026-10-15T00:00");
    l.to = at("2026-10-19T23:59");  // Thu, Fri, (weekend), Mon: 3 working days
    l.single_clerk = true;
    const auto events = derive({}, {l});
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == "leave_no_standin");
    CHECK(events[0].value == 3.0);
    CHECK(events[0].source == "leave 7");
    l.standin = "T1";
    CHECK(derive({}, {l}).empty());
}

TEST_CASE("leave days count working sessions in halves; the approval ladder follows 004 七 二)1–4") {
    const hall::HallHours hours;
    CHECK(hall::leave_days(at("2026-10-15T08:30"), at("2026-10-15T12:00"), calendar(), hours) == 0.5);
    CHECK(hall::leave_days(at("2026-10-15T00:00"), at("2026-10-19T23:59"), calendar(), hours) == 3.0);
    CHECK(hall::leave_days(at("2026-10-17T00:00"), at("2026-10-18T23:59"), calendar(), hours) == 0.0);
    const hall::CasePolicy p;
    CHECK(hall::required_approval(0.5, p) == hall::Approval::centre);
    CHECK(hall::required_approval(1, p) == hall::Approval::centre);  // 1天以内（含1天）
    CHECK(hall::required_approval(1.5, p) == hall::Approval::unit);
    CHECK(hall::required_approval(3, p) == hall::Approval::unit);  // 3天以内（含3天）
    CHECK(hall::required_approval(7, p) == hall::Approval::county_office);
    CHECK(hall::required_approval(7.5, p) == hall::Approval::county_leader);
}

namespace {

struct Hall {
    hall::test::TempDir dir;
    Store store = Store::in_memory();
    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        // The six-window hall these figures were computed on (004's single-clerk windows among them).
        hall::load_catalogue(
            store, hall::read_catalogue_file(std::filesystem::path(HALL_UNIT_DATA_DIR) / "hall6.toml"));
    }
    std::filesystem::path write(const std::string& name, const std::string& bytes) {
        const auto path = dir.path() / name;
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
    hall::PunchImportResult import(const std::string& bytes, const char* now = "2026-11-24T09:30") {
        return hall::import_punches(store, write("punches.csv", bytes), at(now));
    }
    std::size_t punches() const { return store.punches(d("2026-01-01"), d("2026-12-31")).size(); }
};

std::string refusal_of(Hall& h, const std::string& bytes) {
    try {
        h.import(bytes);
    } catch (const hall::Error& e) {
        return e.message(hall::Lang::en);
    }
    return "accepted";
}

}  // namespace

TEST_CASE("a punch log imports in UTF-8, UTF-8 with BOM and GB18030, and again adds nothing") {
    Hall h;
    auto r = h.import("工号,姓名,打卡时间\nS101,王芳,2026-10-12 08:41:07\nS101,王芳,2026/10/12 12:01\n");
    CHECK(r.import.added == 2);
    CHECK(r.import.encoding == "UTF-8");
    CHECK(r.first == d("2026-10-12"));
    r = h.import("\xEF\xBB\xBFstaff,date,time\nS101,2026-10-12,08:41\nS102,2026-10-12,8:20\n");
    CHECK(r.import.encoding == "UTF-8 (BOM)");
    CHECK(r.import.added == 1);  // S101 08:41 was stored: the seconds are dropped
    CHECK(r.import.duplicates == 1);
    // 工号,打卡时间 / S101,2026-10-12 14:29 in GBK
    r = h.import("\xB9\xA4\xBA\xC5,\xB4\xF2\xBF\xA8\xCA\xB1\xBC\xE4\r\nS101,2026-10-12 14:29\r\n");
    CHECK(r.import.encoding == "GB18030");
    CHECK(r.import.added == 1);
    CHECK(h.punches() == 4);
    r = h.import("工号,打卡时间\nS101,2026-10-12 14:29\n");
    CHECK(r.import.added == 0);
    CHECK(r.import.id == 0);  // nothing new, nothing recorded
    CHECK(h.punches() == 4);
}

TEST_CASE("a bad row refuses the whole file at its line, and nothing is stored") {
    Hall h;
    CHECK(contains(refusal_of(h, "工号,打卡时间\nS101,2026-10-12 08:20\nS101,2026-10-12 8h20\n"),
                   "line 3: punch time '2026-10-12 8h20' does not parse"));
    CHECK(contains(refusal_of(h, "工号,打卡时间\nS101,2026-10-12 08:20\nX9,2026-10-12 08:20\n"),
                   "line 3: unknown staff member X9"));
    CHECK(contains(refusal_of(h, "工号,打卡时间\nS101,2026-11-25 08:20\n"), "line 2: the punch time"));
    CHECK(contains(refusal_of(h, "工号,打卡时间\nS101,2031-01-06 08:20\n"), "in the future"));
    CHECK(contains(refusal_of(h, "name,when\nS101,2026-10-12 08:20\n"), "line 1: header not recognised"));
    CHECK(contains(refusal_of(h, "工号,打卡时间\nS101,\xFF\xFF\n"), "unknown encoding"));
    CHECK(h.punches() == 0);
}

TEST_CASE("a punch log already read imports as a file does, recorded under its own name") {
    Hall h;
    hall::CsvTable log;
    log.source = "timeclock-2026-10-12.csv";
    log.header = {"工号", "打卡时间"};
    log.rows = {{2, {"S101", "2026-10-12 08:21"}}, {3, {"S102", "2026-10-12 08:25"}}};
    auto r = hall::import_punches(h.store, log, at("2026-10-12T19:00"));
    CHECK(r.import.file == "timeclock-2026-10-12.csv");
    CHECK(r.import.added == 2);
    CHECK(hall::import_punches(h.store, log, at("2026-10-12T19:00")).import.added == 0);
    // The same checks, naming the log's line.
    log.rows.push_back({4, {"X9", "2026-10-12 08:30"}});
    try {
        hall::import_punches(h.store, log, at("2026-10-12T19:00"));
        FAIL("accepted");
    } catch (const hall::NotFound& e) {
        CHECK(
            contains(e.message(hall::Lang::en), "timeclock-2026-10-12.csv line 4: unknown staff member X9"));
    }
    CHECK(h.punches() == 2);
}

TEST_CASE("two lates and a 70-minute off post in a month: window-flag ② scores 10 − 1 − 2 − 3 = 4") {
    // 004 十 3 ②: late/early 1st −1, 2nd −2; off post over 1 hour −3.
    Hall h;
    std::string csv = "工号,打卡时间\n";
    const std::vector<std::string> everyone = {"S101", "S102", "S201", "S301",
                                               "S302", "S401", "S501", "S601"};
    for (const char* day : {"2026-10-12", "2026-10-13"})
        for (const auto& s : everyone) {
            std::vector<std::string> times = {"08:25", "12:01", "14:20", "18:02"};
            if (s == "S101") times[0] = std::string(day) == "2026-10-12" ? "08:41" : "08:35";
            if (s == "S102" && std::string(day) == "2026-10-13")
                times.insert(times.begin() + 1, {"10:00", "11:10"});
            for (const auto& t : times) csv += s + "," + day + " " + t + "\n";
        }
    h.import(csv);
    const auto profile = hall::load_profile(data_dir, "window-flag");
    const auto calendar = h.store.load_calendar();
    const auto input = hall::scoring_input(h.store, profile, hall::Month{2026, 10}, calendar);
    const auto card = hall::score(profile, input);
    const auto w01 = std::find_if(card.windows.begin(), card.windows.end(),
                                  [](const hall::Entry& e) { return e.window == "W01"; });
    REQUIRE(w01 != card.windows.end());
    const auto attendance = std::find_if(w01->categories.begin(), w01->categories.end(),
                                         [](const hall::CategoryScore& c) { return c.id == "attendance"; });
    REQUIRE(attendance != w01->categories.end());
    CHECK(attendance->score == 4);
    CHECK(w01->score == 89);  // 95 from the deduction categories (⑩ publicity is earned, 0 here) − 6
}

TEST_CASE("leave add checks the approval by length, the monthly quota, overlaps and the stand-in") {
    Hall h;
    const auto now = at("2026-11-24T09:30");
    hall::LeaveRequest r;
    r.staff = "S102";
    r.from = at("2026-10-12T00:00");
    r.to = at("2026-10-16T23:59");  // 5 working days
    r.approval = hall::Approval::unit;
    r.approved_by = "局长";
    CHECK_THROWS_WITH_AS(hall::add_leave(h.store, r, now), doctest::Contains("county office"), hall::Refused);
    r.approval = hall::Approval::county_office;
    // A clerk's quota is 3 days or 3 times a month (004 七 二)9).
    CHECK_THROWS_WITH_AS(hall::add_leave(h.store, r, now), doctest::Contains("quota"), hall::Refused);
    r.kind = hall::LeaveKind::annual;  // statutory leave is outside the quota
    const auto annual = hall::add_leave(h.store, r, now);
    CHECK(annual.days == 5);
    CHECK_FALSE(annual.single_clerk);
    CHECK_THROWS_WITH_AS(hall::add_leave(h.store, r, now), doctest::Contains("already on leave"),
                         hall::Refused);

    r.kind = hall::LeaveKind::personal;
    r.from = at("2026-10-19T00:00");
    r.to = at("2026-10-19T23:59");
    r.approval = hall::Approval::centre;
    for (const char* day : {"2026-10-19", "2026-10-20", "2026-10-21"}) {
        r.from = at(std::string(day) + "T00:00");
        r.to = at(std::string(day) + "T23:59");
        hall::add_leave(h.store, r, now);
    }
    r.from = at("2026-10-22T08:30");
    r.to = at("2026-10-22T12:00");
    CHECK_THROWS_WITH_AS(hall::add_leave(h.store, r, now), doctest::Contains("4 leaves"), hall::Refused);

    // W04 has one clerk: no stand-in is recorded as such; a stand-in on leave is refused.
    r.staff = "S401";
    r.from = at("2026-10-26T00:00");
    r.to = at("2026-10-26T23:59");
    const auto alone = hall::add_leave(h.store, r, now);
    CHECK(alone.single_clerk);
    r.from = at("2026-10-20T00:00");
    r.to = at("2026-10-20T23:59");
    r.standin = "S102";
    CHECK_THROWS_WITH_AS(hall::add_leave(h.store, r, now), doctest::Contains("on leave too"), hall::Refused);
    r.standin = "S401";
    CHECK_THROWS_AS(hall::add_leave(h.store, r, now), hall::Refused);
    r.standin = "NOPE";
    CHECK_THROWS_AS(hall::add_leave(h.store, r, now), hall::NotFound);
    CHECK(h.store.leaves(hall::LeaveFilter{}).size() == 5);
}
