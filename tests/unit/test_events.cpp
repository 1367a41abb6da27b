#include "test_support.h"

#include <hall/desk.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/policy.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <string>

using hall::Event;
using hall::Store;
using hall::test::at;
using hall::test::contains;
using hall::test::d;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

struct Hall {
    Store store = Store::in_memory();
    hall::Calendar calendar;
    hall::CasePolicy policy;
    std::vector<hall::Profile> profiles = hall::load_profiles(data_dir);

    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        hall::load_example(store, data_dir);
        calendar = store.load_calendar();
        policy = hall::load_policy(store);
    }

    std::int64_t add(const std::string& kind, const std::string& window, const std::string& staff,
                     const char* on, const char* now = "2026-10-31T18:00") {
        Event e;
        e.kind = kind;
        e.window = window;
        e.staff = staff;
        e.date = d(on);
        return hall::add_event(store, profiles, e, at(now));
    }
};

Event event(const std::string& kind, const std::string& window, const std::string& staff, const char* on) {
    Event e;
    e.kind = kind;
    e.window = window;
    e.staff = staff;
    e.date = d(on);
    return e;
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

hall::Scorecard score_month(const Hall& hall, const char* month, const std::string& profile = "window-flag") {
    const auto p = hall::load_profile(data_dir, profile);
    return hall::score(p, hall::scoring_input(hall.store, p, *hall::Month::parse(month), hall.calendar));
}

}  // namespace

TEST_CASE("the shipped profiles load by name; cases.toml is not one") {
    Hall hall;
    std::vector<std::string> names;
    for (const auto& p : hall.profiles) names.push_back(p.name);
    CHECK(names == std::vector<std::string>{"district", "staff", "window-flag"});
    CHECK_THROWS_AS(hall::load_profile(data_dir, "cases"), hall::NotFound);
    CHECK_THROWS_AS(hall::load_profile(data_dir, "nosuch"), hall::NotFound);
    CHECK_THROWS_AS(hall::load_profile(data_dir, "../rules/cases"), hall::InvalidInput);
    CHECK(hall::default_profile(hall.store) == "window-flag");
    hall.store.set_setting(hall::profile_setting, "district");
    CHECK(hall::default_profile(hall.store) == "district");
}

TEST_CASE("an event is recorded, listed with its source and voided by a record") {
    Hall hall;
    const auto id = hall.add("late", "W01", "S101", "2026-10-09");
    auto listed = hall::list_events(hall.store, {});
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].event.id == id);
    CHECK(listed[0].event.source == "event " + std::to_string(id));
    CHECK(listed[0].recorded_at == at("2026-10-31T18:00"));
    CHECK_FALSE(listed[0].voided);

    hall::void_event(hall.store, id, "打卡机故障", "王主任", at("2026-11-01T09:00"));
    listed = hall::list_events(hall.store, {});
    REQUIRE(listed.size() == 1);
    REQUIRE(listed[0].voided);
    CHECK(listed[0].voided->reason == "打卡机故障");
    CHECK(listed[0].voided->by == "王主任");
    CHECK_THROWS_AS(hall::void_event(hall.store, id, "again", "x", at("2026-11-01T09:00")), hall::Refused);
    CHECK_THROWS_AS(hall::void_event(hall.store, id + 1, "x", "x", at("2026-11-01T09:00")), hall::NotFound);
    CHECK_THROWS_AS(hall::void_event(hall.store, id, "", "x", at("2026-11-01T09:00")), hall::InvalidInput);

    hall::EventFilter live;
    live.include_voided = false;
    CHECK(hall::list_events(hall.store, live).empty());
    // A voided event scores nothing.
    CHECK(entry(score_month(hall, "2026-10").windows, "W01").lines.empty());
}

TEST_CASE("events are refused before anything is written") {
    Hall hall;
    auto refused = [&](Event e, const char* now = "2026-10-31T18:00") {
        hall::add_event(hall.store, hall.profiles, e, at(now));
    };
    CHECK_THROWS_AS(refused(event("latte", "W01", "S101", "2026-10-09")), hall::InvalidInput);
    CHECK_THROWS_AS(refused(event("late", "W99", "", "2026-10-09")), hall::NotFound);
    CHECK_THROWS_AS(refused(event("late", "W01", "S999", "2026-10-09")), hall::NotFound);
    CHECK_THROWS_AS(refused(event("late", "W01", "S201", "2026-10-09")), hall::Refused);
    CHECK_THROWS_AS(refused(event("late", "W01", "S101", "2026-11-01")), hall::Refused);
    CHECK_THROWS_AS(refused(event("late", "W01", "S101", "2022-03-01"), "2026-10-31T18:00"), hall::Refused);
    CHECK_THROWS_AS(refused(event("off_post", "W01", "S101", "2026-10-09")), hall::InvalidInput);
    auto zero = event("late", "W01", "S101", "2026-10-09");
    zero.count = 0;
    CHECK_THROWS_AS(refused(zero), hall::InvalidInput);
    CHECK(hall::list_events(hall.store, {}).empty());
}

TEST_CASE("two lates and a 70-minute off-post in one month: attendance 10 - 1 - 2 - 3") {
    Hall hall;
    hall.add("late", "W01", "S101", "2026-10-09");
    hall.add("late", "W01", "S101", "2026-10-13");
    Event off = event("off_post", "W01", "S102", "2026-10-20");
    off.minutes = 70;
    hall::add_event(hall.store, hall.profiles, off, at("2026-10-31T18:00"));
    // Last month's late does not count in October's escalation.
    hall.add("late", "W01", "S101", "2026-09-30");

    const auto card = score_month(hall, "2026-10");
    const auto& w = entry(card.windows, "W01");
    CHECK(category(w, "attendance") == 4);
    CHECK(w.score == entry(card.windows, "W02").score - 6);
    CHECK(w.lines.size() == 3);
    CHECK(w.rank == static_cast<int>(card.windows.size()));
}

TEST_CASE("cases give events: a yellow card names its case and a revoked card scores nothing") {
    Hall hall;
    hall::OpenRequest r;
    r.item = "SC02";
    r.applicant = "张三";
    r.applicant_id = "110101199001011234";
    r.received = at("2026-03-02T09:00");
    r.staff = "S101";
    const auto number = hall::open_case(hall.store, hall.calendar, hall.policy, r, at("2026-03-02T09:05"))
                            .view.record.facts.number;
    hall::Step finish;
    finish.kind = hall::StepKind::finish;
    finish.at = at("2026-03-17T10:00");
    finish.staff = "S101";
    hall::move_case(hall.store, hall.calendar, hall.policy, number, finish, at("2026-03-17T10:01"));
    hall::monitor(hall.store, hall.calendar, hall.policy, d("2026-03-18"), at("2026-03-18T18:00"));

    auto events = hall::case_events(hall.store, hall.calendar, d("2026-03-01"), d("2026-03-31"));
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.kind < b.kind; });
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == "case_overdue");
    CHECK(events[0].source == "case " + number);
    CHECK(events[0].staff == "S101");
    CHECK(events[0].value == 1);
    CHECK(events[1].kind == "yellow_card");
    CHECK(events[1].window == "W01");
    CHECK(events[1].source == "case " + number);

    const auto scored = score_month(hall, "2026-03");
    CHECK(category(entry(scored.windows, "W01"), "platform") == 8);

    const auto cards = hall.store.cards(number);
    REQUIRE(cards.size() == 1);
    hall::revoke_card(hall.store, cards[0].id, "申诉成立", at("2026-03-20T09:00"));
    CHECK(category(entry(score_month(hall, "2026-03").windows, "W01"), "platform") == 10);
    CHECK(hall::case_events(hall.store, hall.calendar, d("2026-04-01"), d("2026-04-30")).empty());
}

TEST_CASE("the store remembers its default profile only when it loads") {
    Hall hall;
    hall::set_default_profile(hall.store, data_dir, "staff");
    CHECK(hall::default_profile(hall.store) == "staff");
    CHECK_THROWS_AS(hall::set_default_profile(hall.store, data_dir, "nosuch"), hall::NotFound);
    CHECK(hall::default_profile(hall.store) == "staff");
}

TEST_CASE("a profile counting overdue cases over a year reads back the year's cases") {
    Hall hall;
    auto late_case = [&](const char* received, const char* finished) {
        hall::OpenRequest r;
        r.item = "SC02";
        r.applicant = "张三";
        r.applicant_id = "110101199001011234";
        r.received = at(received);
        r.staff = "S101";
        const auto number =
            hall::open_case(hall.store, hall.calendar, hall.policy, r, at(received)).view.record.facts.number;
        hall::Step finish;
        finish.kind = hall::StepKind::finish;
        finish.at = at(finished);
        finish.staff = "S101";
        hall::move_case(hall.store, hall.calendar, hall.policy, number, finish, at(finished));
    };
    late_case("2026-03-02T09:00", "2026-03-17T10:00");
    late_case("2026-03-03T09:00", "2026-03-18T10:00");
    late_case("2026-10-09T10:00", "2026-10-23T10:00");  // a working day late
    // 001 第二十五条(三): the third overdue case of the year, in October, costs S101 the
    // excellence eligibility; the March cases are read back to count it.
    const auto district = score_month(hall, "2026-10", "district");
    REQUIRE(district.alerts.size() == 1);
    CHECK(district.alerts[0].kind == hall::AlertKind::excellence_lost);
    CHECK(district.alerts[0].staff == "S101");
    CHECK(contains(district.alerts[0].source, "case 202603"));
}

TEST_CASE("a year's scoring inputs read once what every month shares, and are each month's own") {
    // Issue 10 Speed: the yearly bulletin and `hall score --year` score twelve months; the
    // windows, the roster, the hall's hours and the complaints are read once for all of them,
    // and each month's input is the one scoring_input gives.
    Hall h;
    hall::GeneratorConfig config;
    config.seed = 11;
    config.from = d("2026-09-21");
    config.to = d("2026-10-31");
    config.cases_per_day = 20;
    const auto made = hall::generate_history(h.store, h.calendar, h.policy, h.profiles, config);
    REQUIRE(made.punches > 0);
    REQUIRE(made.complaints > 0);
    auto describe = [](const hall::ScoringInput& in) {
        std::string out = in.month.to_string();
        for (const auto& w : in.windows) out += " " + w.code;
        for (const auto& s : in.staff) out += " " + s.code + "@" + s.window;
        for (const auto& e : in.events)
            out += fmt::format("\n{} {} {} {} {} {} {} {} {} {} {}", e.id, e.kind, e.window, e.staff,
                               e.date.to_string(), e.count, e.minutes.value_or(-1), e.value.value_or(-1),
                               e.level, e.note, e.source);
        return out;
    };
    for (const char* name : {"window-flag", "staff"}) {
        CAPTURE(name);
        const auto profile = hall::load_profile(data_dir, name);
        const std::vector<hall::Month> months{{2026, 9}, {2026, 10}, {2026, 11}};
        std::vector<std::string> shared;
        hall::for_each_scoring_input(h.store, profile, months, h.calendar,
                                     [&](const hall::ScoringInput& in) { shared.push_back(describe(in)); });
        REQUIRE(shared.size() == months.size());
        for (std::size_t i = 0; i < months.size(); ++i) {
            CAPTURE(months[i].to_string());
            const auto alone = hall::scoring_input(h.store, profile, months[i], h.calendar);
            CHECK(shared[i] == describe(alone));
        }
        CHECK(shared[1].find("complaint") != std::string::npos);
        CHECK(shared[1].find("attendance") != std::string::npos);
    }
    int visits = 0;
    hall::for_each_scoring_input(h.store, h.profiles.front(), {}, h.calendar,
                                 [&](const hall::ScoringInput&) { ++visits; });
    CHECK(visits == 0);
}
