#include "../test_support.h"

#include <hall/attendance.h>
#include <hall/complaints.h>
#include <hall/desk.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/policy.h>
#include <hall/render.h>
#include <hall/report.h>
#include <hall/setup.h>
#include <hall/store.h>
#include <hall/text.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

using hall::test::at;

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
    std::string open(const char* item, const char* applicant, const char* when, const char* staff = "S101") {
        hall::OpenRequest r;
        r.item = item;
        r.applicant = applicant;
        r.applicant_id = "110101199001011234";
        r.received = at(when);
        r.staff = staff;
        return hall::open_case(store, calendar, policy, r, at(when)).view.record.facts.number;
    }
    void move(const std::string& number, hall::StepKind kind, const char* when, int value = 0) {
        hall::Step s;
        s.kind = kind;
        s.at = at(when);
        s.value = value;
        s.staff = "S101";
        hall::move_case(store, calendar, policy, number, s, at(when));  // entered when it happened
    }
    hall::CaseFigures figures(const char* month) {
        return hall::case_figures(store, calendar, policy, *hall::ReportPeriod::month(month));
    }
    // October 2026's bulletin input, read on 2026-11-24.
    hall::BulletinInput october(const hall::CaseFigures& figures) {
        return hall::BulletinInput{store,
                                   calendar,
                                   policy,
                                   *hall::ReportPeriod::month("2026-10"),
                                   *hall::Date::from_ymd(2026, 11, 24),
                                   data_dir,
                                   "",
                                   figures,
                                   store.windows()};
    }
};

}  // namespace

TEST_CASE("case figures: received and finished by window and class, late cases with working days late") {
    Hall h;
    // SC02 (W01, promised 10 working days): received 2026-10-09, due 2026-10-22, finished 10-26.
    const auto late = h.open("SC02", "张三丰", "2026-10-09T10:00");
    h.move(late, hall::StepKind::finish, "2026-10-26T10:00");
    const auto instant = h.open("SC01", "王五", "2026-10-12T09:00");
    h.move(instant, hall::StepKind::finish, "2026-10-12T09:30");
    h.move(instant, hall::StepKind::rate, "2026-10-12T09:31", 5);
    // Still open past its deadline at the month's end.
    const auto open = h.open("SC02", "李四", "2026-10-10T10:00");
    // Received in September, finished in October: finished, not received, in October.
    const auto earlier = h.open("SC01", "赵六", "2026-09-30T09:00");
    h.move(earlier, hall::StepKind::finish, "2026-10-08T09:00");

    const auto f = h.figures("2026-10");
    CHECK(f.all.received == 3);
    CHECK(f.all.finished == 3);
    CHECK(f.all.late == 2);  // the instant case of September, finished in October, was late too
    CHECK(f.by_window.at("W01").received == 3);
    CHECK(f.by_class.at(hall::CaseClass::instant).finished == 2);
    REQUIRE(f.overdue.size() == 3);
    const auto& first = f.overdue[0];
    CHECK(first.number == earlier);
    const auto& lateness = f.overdue[1];
    CHECK(lateness.number == late);
    CHECK(lateness.deadline.to_string() == "2026-10-22");
    CHECK(lateness.days_late == 2);  // 10-23 and 10-26
    CHECK(lateness.applicant == hall::mask_name("张三丰"));
    CHECK(f.overdue[2].number == open);
    CHECK_FALSE(f.overdue[2].finished);
    CHECK(f.satisfaction.by_rating[4] == 1);
    CHECK(f.satisfaction.total() == 1);
}

TEST_CASE("the figures the store adds up from cached status are those a replay of every case gives") {
    // Issue 10 Speed: a bulletin reads what the store cached when each case was saved
    // (schema 12) instead of replaying the period's cases; both must agree on every figure
    // and list, over three months of generated history (returns, supplements, pauses,
    // forwarding upstream, ratings answered or not).
    Hall h;
    hall::GeneratorConfig config;
    config.seed = 7;
    config.from = hall::test::d("2026-08-03");
    config.to = hall::test::d("2026-10-31");
    config.cases_per_day = 30;
    hall::generate_history(h.store, h.calendar, h.policy, hall::load_profiles(data_dir), config);
    REQUIRE_FALSE(h.store.has_unfigured_cases());
    for (const auto& period : {*hall::ReportPeriod::month("2026-08"), *hall::ReportPeriod::month("2026-09"),
                               *hall::ReportPeriod::month("2026-10"), *hall::ReportPeriod::week("2026-W40"),
                               *hall::ReportPeriod::year("2026")}) {
        CAPTURE(period.id);
        const auto fast = hall::case_figures(h.store, h.calendar, h.policy, period);
        const auto replayed = hall::replayed_case_figures(h.store, h.calendar, h.policy, period);
        CHECK(fast.all == replayed.all);
        CHECK(fast.by_window == replayed.by_window);
        CHECK(fast.by_class == replayed.by_class);
        CHECK(fast.window_class == replayed.window_class);
        CHECK(fast.by_item == replayed.by_item);
        CHECK(fast.by_month == replayed.by_month);
        CHECK(fast.overdue == replayed.overdue);
        CHECK(fast.provisional == replayed.provisional);
        CHECK(fast.time == replayed.time);
        CHECK(fast.satisfaction == replayed.satisfaction);
        CHECK(fast == replayed);
        CHECK(fast.all.finished > 0);
    }
    // The year has something in every figure the cache holds.
    const auto year = hall::case_figures(h.store, h.calendar, h.policy, *hall::ReportPeriod::year("2026"));
    CHECK(year.all.late > 0);
    CHECK(year.all.timed > 0);
    CHECK(year.time.waiting_cases > 0);
    CHECK(year.time.paused_cases > 0);
    CHECK(year.time.authority_cases > 0);
    CHECK(year.satisfaction.bad > 0);
    CHECK(year.satisfaction.answered_on_time + year.satisfaction.answered_late > 0);
    CHECK_FALSE(year.overdue.empty());
    // Without the lists, the same sums.
    auto bare = hall::case_figures(h.store, h.calendar, h.policy, *hall::ReportPeriod::year("2026"), false);
    CHECK(bare.overdue.empty());
    CHECK(bare.provisional.empty());
    bare.overdue = year.overdue;
    bare.provisional = year.provisional;
    CHECK(bare == year);
}

TEST_CASE("a monthly bulletin: every section in each format, applicants masked, the same bytes twice") {
    Hall h;
    const auto late = h.open("SC02", "张三丰", "2026-10-09T10:00");
    h.move(late, hall::StepKind::finish, "2026-10-26T10:00");
    h.move(late, hall::StepKind::rate, "2026-10-26T10:05", 1);
    const auto figures = h.figures("2026-10");
    const hall::BulletinInput in = h.october(figures);
    auto render = [&](hall::Format format, hall::Lang lang) {
        std::ostringstream out;
        hall::render(hall::build_report(hall::ReportKind::monthly, in), format, lang, out);
        return out.str();
    };
    for (const auto format :
         {hall::Format::text, hall::Format::md, hall::Format::csv, hall::Format::json, hall::Format::html}) {
        const std::string out = render(format, hall::Lang::zh);
        CHECK(out == render(format, hall::Lang::zh));
        CHECK(out.find("张三丰") == std::string::npos);
        CHECK(out.find("199001") == std::string::npos);
    }
    const std::string json = render(hall::Format::json, hall::Lang::en);
    for (const char* key : {"\"cases\"", "\"overdue\"", "\"provisional\"", "\"items\"", "\"time\"",
                            "\"cards\"", "\"satisfaction\"", "\"scores\"", "\"complete\": true"})
        CHECK(json.find(key) != std::string::npos);
    // 差评整改率: the bad rating is not answered.
    CHECK(json.find("\"unanswered\": 1") != std::string::npos);
    const std::string html = render(hall::Format::html, hall::Lang::zh);
    std::size_t charts = 0;
    for (auto p = html.find("<svg class=\"chart\""); p != std::string::npos;
         p = html.find("<svg class=\"chart\"", p + 1))
        ++charts;
    CHECK(charts == 4);
}

TEST_CASE("the average satisfaction score follows the hall's scale (satisfaction_points_N)") {
    Hall h;
    const auto a = h.open("SC01", "甲", "2026-10-12T09:00");
    h.move(a, hall::StepKind::finish, "2026-10-12T09:30");
    h.move(a, hall::StepKind::rate, "2026-10-12T09:31", 5);
    const auto b = h.open("SC01", "乙", "2026-10-13T09:00");
    h.move(b, hall::StepKind::finish, "2026-10-13T09:30");
    h.move(b, hall::StepKind::rate, "2026-10-13T09:31", 2);
    const auto figures = h.figures("2026-10");
    auto average = [&](const hall::CasePolicy& policy) {
        const hall::BulletinInput in{h.store,
                                     h.calendar,
                                     policy,
                                     *hall::ReportPeriod::month("2026-10"),
                                     *hall::Date::from_ymd(2026, 11, 24),
                                     data_dir,
                                     "",
                                     figures,
                                     {}};
        hall::Document doc;
        hall::Json json = hall::Json::object();
        hall::satisfaction_section(in, doc, json);
        std::ostringstream out;
        out << json;
        return out.str();
    };
    // 10/8/6/3/0 by default: (10 + 3) / 2.
    CHECK(average(h.policy).find("\"average_points\": 6.5") != std::string::npos);
    hall::CasePolicy five = h.policy;
    five.satisfaction_points_5 = 5;
    five.satisfaction_points_2 = 2;
    CHECK(average(five).find("\"average_points\": 3.5") != std::string::npos);
    // 好评率: one good rating (5) of two; 差评整改率 has one bad rating, not answered.
    CHECK(average(h.policy).find("\"good_rate\": 50") != std::string::npos);
    CHECK(average(h.policy).find("\"rectification_rate\": 0") != std::string::npos);
}

// 002 窗口工作通报制度 2: a bulletin reports attendance (出勤) and the public's praise and
// complaints (表扬和投诉).
TEST_CASE(
    "the people sections: leave clipped to the period, a complaint settled in time is not overdue, praise") {
    Hall h;
    const hall::Moment now = at("2026-11-24T09:30");
    // Personal leave from Wednesday 2026-09-30 to Friday 2026-10-09, three working days:
    // 10-01..10-07 is the National Day holiday, so October holds two of them (10-08, 10-09).
    hall::LeaveRequest leave;
    leave.staff = "S102";
    leave.from = at("2026-09-30T00:00");
    leave.to = at("2026-10-09T23:59");
    leave.approval = hall::Approval::unit;
    leave.approved_by = "局长";
    hall::add_leave(h.store, leave, now);

    hall::ComplaintRequest c;
    c.window = "W01";
    c.issue = "办事拖延";
    c.recorded_by = "业务科";
    c.received = at("2026-10-12T10:00");
    const auto dismissed = hall::open_complaint(h.store, c, now);  // settled without an answer
    hall::act_on_complaint(h.store, dismissed.id, hall::ComplaintActKind::dismiss, "王主任", "重复",
                           at("2026-10-13T09:00"), now);
    c.received = at("2026-10-14T10:00");
    hall::open_complaint(h.store, c, now);  // neither answered nor settled: overdue at month end
    // A window that missed the answer cannot hide it by having the complaint dismissed after
    // its limit: still overdue (003 三 3).
    c.received = at("2026-10-09T10:00");
    const auto late_dismissal = hall::open_complaint(h.store, c, now);
    REQUIRE(late_dismissal.deadline < *hall::Date::from_ymd(2026, 10, 30));
    hall::act_on_complaint(h.store, late_dismissal.id, hall::ComplaintActKind::dismiss, "王主任", "经查不实",
                           at("2026-10-30T09:00"), now);
    hall::Event praise;
    praise.kind = "thanks_letter";
    praise.window = "W01";
    praise.date = *hall::Date::from_ymd(2026, 10, 20);
    hall::add_event(h.store, hall::load_profiles(data_dir), praise, now);

    const auto figures = h.figures("2026-10");
    const hall::BulletinInput in = h.october(figures);
    hall::Document doc;
    hall::Json json = hall::Json::object();
    hall::attendance_section(in, doc, json);
    hall::complaints_section(in, doc, json);
    std::ostringstream out;
    hall::Document wrapper;
    wrapper.with_json(json);
    hall::render(wrapper, hall::Format::json, hall::Lang::en, out);
    const std::string text = out.str();
    CHECK(text.find("\"leaves\": 1") != std::string::npos);
    CHECK(text.find("\"leave_days\": 2") != std::string::npos);
    CHECK(text.find("\"received\": 3") != std::string::npos);
    CHECK(text.find("\"dismissed\": 2") != std::string::npos);
    CHECK(text.find("\"overdue\": 2") != std::string::npos);
    CHECK(text.find("\"praise\": 1") != std::string::npos);
}
