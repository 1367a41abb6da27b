#include "test_support.h"

#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/error.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

using hall::Calendar;
using hall::Date;
using hall::DayType;
using hall::ScheduleYear;
using hall::UncoveredYear;
using hall::test::d;

namespace {

std::vector<ScheduleYear> bundled_years() {
    const auto file =
        hall::read_calendar_file(std::filesystem::path(HALL_TEST_DATA_DIR) / "calendars" / "cn.toml");
    return file.years;
}

// Parsed once: every test case reads the same bundled schedule.
const Calendar& national() {
    static const Calendar calendar(bundled_years(), {});
    return calendar;
}

// The year an exact query refused, or 0 when it did not throw UncoveredYear.
template <typename F>
int uncovered_year(F&& query) {
    try {
        query();
    } catch (const UncoveredYear& e) {
        return e.year();
    }
    return 0;
}

struct Span {
    const char* from;
    const char* to;
};

// SPEC §1, copied by hand from the State Council notices; deliberately independent of
// data/calendars/cn.toml so that a wrong TOML file fails here.
struct ExpectedYear {
    int year;
    std::vector<Span> holidays;
    std::vector<const char*> makeup_workdays;
    int working_days;
};

const std::vector<ExpectedYear>& spec_years() {
    static const std::vector<ExpectedYear> years = {
        // 2023: 260 weekdays; holidays on weekdays: Jan 2, Jan 23–27 (5), Apr 5, May 1–3 (3),
        // Jun 22–23 (2), Sep 29 + Oct 2–6 (6) = 18; 7 make-up days: 260 − 18 + 7.
        // Dec 31 2022 belongs to 2022, which the bundled file does not cover.
        {2023,
         {{"2023-01-01", "2023-01-02"},
          {"2023-01-21", "2023-01-27"},
          {"2023-04-05", "2023-04-05"},
          {"2023-04-29", "2023-05-03"},
          {"2023-06-22", "2023-06-24"},
          {"2023-09-29", "2023-10-06"}},
         {"2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"},
         249},
        // 2024 (leap, starts Monday): 262 weekdays; holidays on weekdays: Jan 1, Feb 12–16 (5),
        // Apr 4–5 (2), May 1–3 (3), Jun 10, Sep 16–17 (2), Oct 1–4 + Oct 7 (5) = 19;
        // 8 make-up days: 262 − 19 + 8.
        {2024,
         {{"2024-01-01", "2024-01-01"},
          {"2024-02-10", "2024-02-17"},
          {"2024-04-04", "2024-04-06"},
          {"2024-05-01", "2024-05-05"},
          {"2024-06-10", "2024-06-10"},
          {"2024-09-15", "2024-09-17"},
          {"2024-10-01", "2024-10-07"}},
         {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
          "2024-10-12"},
         251},
        // 2025 (starts Wednesday): 261 weekdays; holidays on weekdays: Jan 1, Jan 28–31 +
        // Feb 3–4 (6), Apr 4, May 1–2 + May 5 (3), Jun 2, Oct 1–3 + Oct 6–8 (6) = 18;
        // 5 make-up days: 261 − 18 + 5.
        {2025,
         {{"2025-01-01", "2025-01-01"},
          {"2025-01-28", "2025-02-04"},
          {"2025-04-04", "2025-04-06"},
          {"2025-05-01", "2025-05-05"},
          {"2025-05-31", "2025-06-02"},
          {"2025-10-01", "2025-10-08"}},
         {"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"},
         248},
        // 2026 (starts Thursday): 261 weekdays; holidays on weekdays: Jan 1–2 (2), Feb 16–20 +
        // Feb 23 (6), Apr 6, May 1 + May 4–5 (3), Jun 19, Sep 25, Oct 1–2 + Oct 5–7 (5) = 19;
        // 6 make-up days: 261 − 19 + 6.
        {2026,
         {{"2026-01-01", "2026-01-03"},
          {"2026-02-15", "2026-02-23"},
          {"2026-04-04", "2026-04-06"},
          {"2026-05-01", "2026-05-05"},
          {"2026-06-19", "2026-06-21"},
          {"2026-09-25", "2026-09-27"},
          {"2026-10-01", "2026-10-07"}},
         {"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"},
         248},
    };
    return years;
}

bool in_holidays(const ExpectedYear& year, Date date) {
    return std::any_of(year.holidays.begin(), year.holidays.end(),
                       [&](const Span& s) { return d(s.from) <= date && date <= d(s.to); });
}

bool is_makeup(const ExpectedYear& year, Date date) {
    return std::any_of(year.makeup_workdays.begin(), year.makeup_workdays.end(),
                       [&](const char* s) { return d(s) == date; });
}

}  // namespace

TEST_CASE("the bundled calendar covers 2023 to 2026 and nothing else") {
    const Calendar& cal = national();
    for (int year = 2023; year <= 2026; ++year) CHECK(cal.covers(year));
    CHECK_FALSE(cal.covers(2022));
    CHECK_FALSE(cal.covers(2027));
    REQUIRE(cal.years().size() == 4);
    for (std::size_t i = 0; i < cal.years().size(); ++i) {
        CHECK(cal.years()[i].year == 2023 + static_cast<int>(i));
        CHECK_FALSE(cal.years()[i].source.empty());
    }
    CHECK_FALSE(cal.first_uncovered(d("2023-01-01"), d("2026-12-31")));
    CHECK(cal.first_uncovered(d("2026-12-01"), d("2027-01-04")).value_or(0) == 2027);
    CHECK(cal.first_uncovered(d("2027-01-04"), d("2026-12-01")).value_or(0) == 2027);
    CHECK(cal.first_uncovered(d("2022-12-31"), d("2028-01-01")).value_or(0) == 2022);
}

TEST_CASE("every day of 2023-2026 is what the State Council published (SPEC §1)") {
    const Calendar& cal = national();
    for (const auto& year : spec_years()) {
        CAPTURE(year.year);
        // The expected lists themselves: make-up days are weekend days of their year.
        for (const char* makeup : year.makeup_workdays) {
            CAPTURE(makeup);
            CHECK(d(makeup).is_weekend());
            CHECK(d(makeup).year() == year.year);
        }
        int working = 0;
        for (Date day = d(std::to_string(year.year) + "-01-01"); day.year() == year.year; day = day + 1) {
            DayType expected = day.is_weekend() ? DayType::weekend : DayType::workday;
            if (is_makeup(year, day))
                expected = DayType::makeup_workday;
            else if (in_holidays(year, day) && !day.is_weekend())
                expected = DayType::holiday;
            const bool special = is_makeup(year, day) || in_holidays(year, day);

            const auto info = cal.day(day);
            CAPTURE(day);
            CHECK(info.date == day);
            CHECK(info.type == expected);
            CHECK(info.is_workday() == (expected == DayType::workday || expected == DayType::makeup_workday));
            CHECK(cal.is_workday(day) == info.is_workday());
            // Holidays and make-up days carry the notice's name; ordinary days none.
            CHECK(info.name.empty() == !special);
            if (info.is_workday()) ++working;
        }
        CHECK(working == year.working_days);
    }
}

TEST_CASE("New Year 2023 begins on Dec 31 2022 in the bundled data") {
    const auto years = bundled_years();
    const auto y2023 =
        std::find_if(years.begin(), years.end(), [](const ScheduleYear& y) { return y.year == 2023; });
    REQUIRE(y2023 != years.end());
    const auto eve = std::find_if(y2023->days.begin(), y2023->days.end(),
                                  [](const hall::SpecialDay& s) { return s.date == d("2022-12-31"); });
    REQUIRE(eve != y2023->days.end());
    CHECK_FALSE(eve->workday);
    CHECK(eve->name == "元旦");
}

TEST_CASE("working days per year") {
    const Calendar& cal = national();
    CHECK(cal.between(d("2023-12-31"), d("2024-12-31")) == 251);
    CHECK(cal.between(d("2024-12-31"), d("2025-12-31")) == 248);
    CHECK(cal.between(d("2025-12-31"), d("2026-12-31")) == 248);
    // 2023 counted from inside the year, since its Dec 31 2022 neighbour is not covered.
    CHECK(cal.between(d("2023-01-01"), d("2023-12-31")) == 249);
}

TEST_CASE("named days and the SPEC's remarks") {
    const Calendar& cal = national();
    // New Year's Eve 2024 is a working day: the notice only encourages employers to give it.
    CHECK(cal.is_workday(d("2024-02-09")));
    CHECK(cal.day(d("2024-02-09")).type == DayType::workday);
    CHECK(cal.day(d("2026-02-16")).name == "春节");
    CHECK(cal.day(d("2026-10-05")).name == "国庆节");
    CHECK(cal.day(d("2026-02-14")).name == "春节调休上班");
    CHECK(cal.day(d("2026-01-04")).type == DayType::makeup_workday);
    CHECK(cal.day(d("2026-03-10")).name.empty());
}

TEST_CASE("deadlines across Spring Festival 2026") {
    const Calendar& cal = national();
    // Friday Feb 13; Saturday Feb 14 is worked, Feb 15–23 are off.
    CHECK(cal.add(d("2026-02-13"), 1) == d("2026-02-14"));
    CHECK(cal.add(d("2026-02-13"), 2) == d("2026-02-24"));
    CHECK(cal.add(d("2026-02-13"), 5) == d("2026-02-27"));
    CHECK(cal.add(d("2026-02-13"), 6) == d("2026-02-28"));  // Saturday Feb 28 is worked too
    CHECK(cal.add(d("2026-02-13"), 7) == d("2026-03-02"));
    CHECK(cal.between(d("2026-02-13"), d("2026-02-27")) == 5);
    // A receipt during the holiday starts on Feb 24.
    CHECK(cal.add(d("2026-02-18"), 1) == d("2026-02-24"));
    CHECK(cal.add(d("2026-02-18"), 5) == d("2026-02-28"));
}

TEST_CASE("deadlines across National Day 2026") {
    const Calendar& cal = national();
    CHECK(cal.add(d("2026-09-30"), 1) == d("2026-10-08"));
    CHECK(cal.add(d("2026-09-30"), 3) == d("2026-10-10"));  // Saturday Oct 10 is worked
    CHECK(cal.add(d("2026-09-30"), 4) == d("2026-10-12"));
    // Friday Sep 18: Sunday Sep 20 is a make-up day, Saturday Sep 19 is not.
    CHECK(cal.add(d("2026-09-18"), 1) == d("2026-09-20"));
    CHECK(cal.add(d("2026-09-18"), 3) == d("2026-09-22"));
    // Mid-Autumn Sep 25–27 right before.
    CHECK(cal.add(d("2026-09-24"), 1) == d("2026-09-28"));
    CHECK(cal.add(d("2026-09-24"), 3) == d("2026-09-30"));
    CHECK(cal.add(d("2026-09-24"), 4) == d("2026-10-08"));
    // National Day 2025 is eight days long, with Sunday Sep 28 worked before it.
    CHECK(cal.add(d("2025-09-26"), 1) == d("2025-09-28"));
    CHECK(cal.add(d("2025-09-30"), 1) == d("2025-10-09"));
    CHECK(cal.add(d("2025-10-09"), 2) == d("2025-10-11"));
}

TEST_CASE("deadlines across a year boundary") {
    const Calendar& cal = national();
    // Jan 1–3 2026 are off and Sunday Jan 4 is a make-up working day, so it comes first.
    CHECK(cal.add(d("2025-12-31"), 1) == d("2026-01-04"));
    CHECK(cal.add(d("2025-12-31"), 2) == d("2026-01-05"));
    CHECK(cal.add(d("2024-12-31"), 1) == d("2025-01-02"));
    CHECK(cal.add(d("2023-12-29"), 1) == d("2024-01-02"));
    CHECK(cal.between(d("2025-12-31"), d("2026-01-05")) == 2);
    CHECK(cal.between(d("2025-12-26"), d("2026-01-09")) == 9);
}

TEST_CASE("negative and zero n") {
    const Calendar& cal = national();
    CHECK(cal.add(d("2026-10-08"), -1) == d("2026-09-30"));
    CHECK(cal.add(d("2026-02-27"), -5) == d("2026-02-13"));
    CHECK(cal.add(d("2026-02-24"), -1) == d("2026-02-14"));
    CHECK(cal.add(d("2026-01-04"), -1) == d("2025-12-31"));
    CHECK(cal.add(d("2026-01-05"), -2) == d("2025-12-31"));
    CHECK(cal.add(d("2026-10-12"), -1) == d("2026-10-10"));
    // From a rest day, the first working day strictly before it.
    CHECK(cal.add(d("2026-10-03"), -1) == d("2026-09-30"));
    CHECK(cal.add(d("2026-10-11"), -1) == d("2026-10-10"));
    CHECK(cal.add(d("2026-10-11"), -2) == d("2026-10-09"));
    CHECK(cal.add(d("2026-02-15"), -1) == d("2026-02-14"));
    // n = 0 is the day itself, working or not.
    CHECK(cal.add(d("2026-10-08"), 0) == d("2026-10-08"));
    CHECK(cal.add(d("2026-10-03"), 0) == d("2026-10-03"));
    CHECK(cal.add(d("2026-02-14"), 0) == d("2026-02-14"));
    CHECK(cal.between(d("2026-10-03"), d("2026-10-03")) == 0);
    CHECK(cal.between(d("2026-10-01"), d("2026-10-07")) == 0);
    CHECK(cal.between(d("2026-02-27"), d("2026-02-13")) == -5);
    CHECK(cal.between(d("2026-10-08"), d("2026-09-30")) == -1);
}

TEST_CASE("next and previous working day") {
    const Calendar& cal = national();
    CHECK(cal.next_workday(d("2026-09-30")) == d("2026-10-08"));
    CHECK(cal.next_workday(d("2026-10-03")) == d("2026-10-08"));
    CHECK(cal.next_workday(d("2026-09-19")) == d("2026-09-20"));
    CHECK(cal.next_workday(d("2026-03-06")) == d("2026-03-09"));
    CHECK(cal.next_workday(d("2026-03-10")) == d("2026-03-11"));
    CHECK(cal.previous_workday(d("2026-10-08")) == d("2026-09-30"));
    CHECK(cal.previous_workday(d("2026-02-24")) == d("2026-02-14"));
    CHECK(cal.previous_workday(d("2026-03-09")) == d("2026-03-06"));
    CHECK(cal.previous_workday(d("2026-01-05")) == d("2026-01-04"));
}

TEST_CASE("add and between agree on every day of 2024-2025") {
    const Calendar& cal = national();
    for (Date day = d("2024-01-01"); day <= d("2025-12-31"); day = day + 1) {
        CAPTURE(day);
        const bool working = cal.is_workday(day);
        Date previous = day;
        for (int n = 1; n <= 30; ++n) {
            CAPTURE(n);
            const Date later = cal.add(day, n);
            CHECK(later > previous);
            CHECK(cal.is_workday(later));
            CHECK(cal.between(day, later) == n);
            CHECK(cal.between(later, day) == -n);
            // Going back lands on the start if it is a working day, else the one before it.
            CHECK(cal.add(later, -n) == (working ? day : cal.previous_workday(day)));
            previous = later;
        }
        if (working) {
            for (int n = 1; n <= 30; ++n) {
                CAPTURE(n);
                CHECK(cal.between(day, cal.add(day, -n)) == -n);
            }
        }
        // Nothing between a day and its next working day is worked.
        const Date next = cal.next_workday(day);
        for (Date gap = day + 1; gap < next; gap = gap + 1) CHECK_FALSE(cal.is_workday(gap));
        const auto start = cal.clock_start(day);
        CHECK_FALSE(start.provisional);
        CHECK(start.value == (working ? day : next));
    }
}

TEST_CASE("a year without a schedule refuses exact queries") {
    const Calendar& cal = national();
    CHECK(uncovered_year([&] { (void)cal.is_workday(d("2027-01-04")); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.day(d("2027-06-01")); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.is_workday(d("2022-12-30")); }) == 2022);
    // SPEC lists Dec 31 2022 under 2023's New Year, but the year 2022 itself is not loaded.
    CHECK(uncovered_year([&] { (void)cal.day(d("2022-12-31")); }) == 2022);
    CHECK(uncovered_year([&] { (void)cal.add(d("2027-01-04"), 1); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.add(d("2027-01-04"), 0); }) == 2027);
    // Starting inside the covered range and running out of it.
    CHECK(cal.add(d("2026-12-30"), 1) == d("2026-12-31"));
    CHECK(uncovered_year([&] { (void)cal.add(d("2026-12-30"), 2); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.add(d("2026-12-30"), 3); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.next_workday(d("2026-12-31")); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.add(d("2023-01-04"), -2); }) == 2022);
    CHECK(uncovered_year([&] { (void)cal.previous_workday(d("2023-01-03")); }) == 2022);
    CHECK(uncovered_year([&] { (void)cal.between(d("2026-12-01"), d("2027-01-10")); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.between(d("2027-01-10"), d("2026-12-01")); }) == 2027);
    CHECK(uncovered_year([&] { (void)cal.between(d("2022-12-30"), d("2023-01-05")); }) == 2022);

    try {
        (void)cal.add(d("2026-12-30"), 3);
        FAIL("expected UncoveredYear");
    } catch (const hall::Refused& e) {
        // People are told which year is missing, in both languages.
        CHECK(hall::test::contains(e.what(), "2027"));
        CHECK(hall::test::contains(e.message(hall::Lang::zh), "2027"));
    }
}

TEST_CASE("an empty calendar covers nothing") {
    const Calendar empty{};
    CHECK_FALSE(empty.covers(2026));
    CHECK(empty.years().empty());
    CHECK(uncovered_year([&] { (void)empty.is_workday(d("2026-10-08")); }) == 2026);
    CHECK(uncovered_year([&] { (void)empty.add(d("2026-10-08"), 1); }) == 2026);
    const auto projected = empty.add_projected(d("2026-09-30"), 1);
    CHECK(projected.value == d("2026-10-01"));
    CHECK(projected.provisional);
}

TEST_CASE("projected variants never throw and say when they guessed") {
    const Calendar& cal = national();
    SUBCASE("add_projected into 2027 counts weekends only") {
        const auto p = cal.add_projected(d("2026-12-30"), 3);
        CHECK(p.value == d("2027-01-04"));
        CHECK(p.provisional);
        const auto within = cal.add_projected(d("2026-12-30"), 1);
        CHECK(within.value == d("2026-12-31"));
        CHECK_FALSE(within.provisional);
        // Jan 1 2027 counts: no schedule says it is off yet.
        CHECK(cal.add_projected(d("2026-12-31"), 1).value == d("2027-01-01"));
        CHECK(cal.add_projected(d("2026-12-31"), 5).value == d("2027-01-07"));
        CHECK(cal.add_projected(d("2027-03-05"), 1).value == d("2027-03-08"));
        CHECK(cal.add_projected(d("2027-03-05"), 1).provisional);
        // Back into the covered range from beyond it.
        const auto back = cal.add_projected(d("2027-01-04"), -3);
        CHECK(back.value == d("2026-12-30"));
        CHECK(back.provisional);
    }
    SUBCASE("add_projected inside the covered years matches add") {
        const auto p = cal.add_projected(d("2026-02-13"), 5);
        CHECK(p.value == d("2026-02-27"));
        CHECK_FALSE(p.provisional);
        CHECK(cal.add_projected(d("2026-09-30"), 1).value == d("2026-10-08"));
    }
    SUBCASE("before the first covered year") {
        const auto p = cal.add_projected(d("2022-12-29"), 1);
        CHECK(p.value == d("2022-12-30"));
        CHECK(p.provisional);
        // Friday Dec 30 2022 + 1: Jan 1 is Sunday and Jan 2 a 2023 holiday.
        const auto into = cal.add_projected(d("2022-12-30"), 1);
        CHECK(into.value == d("2023-01-03"));
        CHECK(into.provisional);
        CHECK(cal.add_projected(d("2023-01-03"), -1).value == d("2022-12-30"));
    }
    SUBCASE("between_projected") {
        const auto across = cal.between_projected(d("2026-12-30"), d("2027-01-04"));
        CHECK(across.value == 3);
        CHECK(across.provisional);
        const auto inside = cal.between_projected(d("2026-02-13"), d("2026-02-27"));
        CHECK(inside.value == 5);
        CHECK_FALSE(inside.provisional);
    }
    SUBCASE("add_projected and between_projected agree around the edge of the table") {
        for (Date day = d("2026-11-01"); day <= d("2027-02-28"); day = day + 1) {
            CAPTURE(day);
            for (int n = 1; n <= 30; ++n) {
                CAPTURE(n);
                const auto later = cal.add_projected(day, n);
                CHECK(cal.between_projected(day, later.value).value == n);
                CHECK(later.provisional == (later.value.year() == 2027));
            }
        }
    }
    SUBCASE("clock_start") {
        // Saturday Oct 3 is inside National Day: the clock starts on Thursday Oct 8.
        const auto holiday = cal.clock_start(d("2026-10-03"));
        CHECK(holiday.value == d("2026-10-08"));
        CHECK_FALSE(holiday.provisional);
        CHECK(cal.clock_start(d("2026-10-10")).value == d("2026-10-10"));
        CHECK(cal.clock_start(d("2026-10-08")).value == d("2026-10-08"));
        CHECK(cal.clock_start(d("2026-02-15")).value == d("2026-02-24"));
        const auto last = cal.clock_start(d("2026-12-31"));
        CHECK(last.value == d("2026-12-31"));
        CHECK_FALSE(last.provisional);
        const auto weekend = cal.clock_start(d("2027-01-02"));
        CHECK(weekend.value == d("2027-01-04"));
        CHECK(weekend.provisional);
        const auto before = cal.clock_start(d("2022-12-31"));
        CHECK(before.value == d("2023-01-03"));
        CHECK(before.provisional);
    }
    SUBCASE("far away years") {
        CHECK_NOTHROW((void)cal.add_projected(d("2030-06-01"), 100));
        CHECK_NOTHROW((void)cal.add_projected(d("2020-06-01"), -100));
        CHECK_NOTHROW((void)cal.between_projected(d("2020-06-01"), d("2030-06-01")));
        CHECK_NOTHROW((void)cal.clock_start(d("2030-06-01")));
        CHECK(cal.add_projected(d("2030-06-01"), 100).provisional);
    }
}

TEST_CASE("a hall's local rest days and extra workdays") {
    const ScheduleYear local{2026,
                             "本中心通知",
                             {
                                 {d("2026-03-10"), false, "本地休息"},    // a Tuesday off
                                 {d("2026-03-14"), true, "本地加班"},     // a Saturday worked
                                 {d("2026-10-10"), false, "国庆后休息"},  // national make-up day, off here
                                 {d("2026-10-02"), true, "国庆值班"},     // national holiday, worked here
                             }};
    const Calendar cal(bundled_years(), {local});
    const Calendar& plain = national();

    CHECK(plain.is_workday(d("2026-03-10")));
    CHECK_FALSE(cal.is_workday(d("2026-03-10")));
    CHECK(cal.day(d("2026-03-10")).type == DayType::holiday);
    CHECK(cal.day(d("2026-03-10")).name == "本地休息");

    CHECK_FALSE(plain.is_workday(d("2026-03-14")));
    CHECK(cal.is_workday(d("2026-03-14")));
    CHECK(cal.day(d("2026-03-14")).type == DayType::makeup_workday);
    CHECK(cal.day(d("2026-03-14")).name == "本地加班");

    CHECK(cal.add(d("2026-03-09"), 1) == d("2026-03-11"));
    CHECK(cal.add(d("2026-03-13"), 1) == d("2026-03-14"));
    CHECK(cal.add(d("2026-03-13"), 2) == d("2026-03-16"));
    CHECK(plain.between(d("2026-03-06"), d("2026-03-13")) == 5);
    CHECK(cal.between(d("2026-03-06"), d("2026-03-13")) == 4);

    // The local layer wins over the national one on the same date.
    CHECK_FALSE(cal.is_workday(d("2026-10-10")));
    CHECK(cal.day(d("2026-10-10")).type == DayType::weekend);
    CHECK(cal.day(d("2026-10-10")).name == "国庆后休息");
    CHECK(cal.is_workday(d("2026-10-02")));
    CHECK(cal.day(d("2026-10-02")).type == DayType::workday);
    CHECK(cal.day(d("2026-10-02")).name == "国庆值班");
    CHECK(cal.add(d("2026-09-30"), 1) == d("2026-10-02"));
    CHECK(cal.add(d("2026-10-09"), 1) == d("2026-10-12"));
    CHECK(cal.clock_start(d("2026-10-01")).value == d("2026-10-02"));

    // Two local rest days and two local workdays: the year's total is unchanged.
    CHECK(cal.between(d("2025-12-31"), d("2026-12-31")) == 248);
    // Other years are untouched.
    CHECK(cal.add(d("2025-12-31"), 1) == d("2026-01-04"));
}

TEST_CASE("local days do not make a year covered") {
    const ScheduleYear local{2027, "本中心通知", {{d("2027-01-04"), false, "本地休息"}}};
    const Calendar cal(bundled_years(), {local});
    CHECK_FALSE(cal.covers(2027));
    CHECK(uncovered_year([&] { (void)cal.is_workday(d("2027-01-04")); }) == 2027);
    CHECK(cal.add_projected(d("2026-12-31"), 1).provisional);
}

TEST_CASE("a gap between covered years is not covered") {
    std::vector<ScheduleYear> years;
    for (auto& y : bundled_years())
        if (y.year == 2024 || y.year == 2026) years.push_back(y);
    const Calendar cal(years, {});

    CHECK(cal.covers(2024));
    CHECK_FALSE(cal.covers(2025));
    CHECK(cal.covers(2026));
    CHECK(cal.years().size() == 2);
    CHECK(cal.first_uncovered(d("2024-01-01"), d("2026-12-31")).value_or(0) == 2025);

    CHECK(uncovered_year([&] { (void)cal.is_workday(d("2025-06-03")); }) == 2025);
    CHECK(uncovered_year([&] { (void)cal.day(d("2025-01-01")); }) == 2025);
    CHECK(uncovered_year([&] { (void)cal.add(d("2024-12-31"), 1); }) == 2025);
    CHECK(uncovered_year([&] { (void)cal.add(d("2026-01-05"), -2); }) == 2025);
    CHECK(uncovered_year([&] { (void)cal.add(d("2024-12-20"), 300); }) == 2025);
    CHECK(uncovered_year([&] { (void)cal.between(d("2024-06-03"), d("2026-06-01")); }) == 2025);

    // The covered years answer as before.
    CHECK(cal.add(d("2024-12-30"), 1) == d("2024-12-31"));
    CHECK(cal.is_workday(d("2026-01-04")));
    CHECK(cal.add(d("2026-02-13"), 5) == d("2026-02-27"));
    CHECK(cal.between(d("2026-01-01"), d("2026-12-31")) == 248);
    CHECK(cal.between(d("2024-01-01"), d("2024-12-31")) == 251);

    // Through the gap, 2025 counts weekends only: its 261 weekdays, then Jan 4–5 2026.
    const auto across = cal.between_projected(d("2024-12-31"), d("2026-01-05"));
    CHECK(across.value == 263);
    CHECK(across.provisional);
    const auto into = cal.add_projected(d("2024-12-31"), 1);
    CHECK(into.value == d("2025-01-01"));
    CHECK(into.provisional);
    CHECK(cal.add_projected(d("2024-12-31"), 262).value == d("2026-01-04"));
}
