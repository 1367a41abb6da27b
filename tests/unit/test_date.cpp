#include "test_support.h"

#include <hall/date.h>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include <string>

using hall::Date;
using hall::Moment;
using hall::Month;
using hall::Weekday;
using hall::test::d;

TEST_CASE("Date::parse and to_string round-trip every day from 1900 to 2100") {
    const Date first = d("1900-01-01");
    const Date last = d("2100-12-31");
    int mismatches = 0;
    std::string first_bad;
    for (Date day = first; day <= last; day = day + 1) {
        const std::string text = day.to_string();
        const auto parsed = Date::parse(text);
        const auto built = Date::from_ymd(day.year(), day.month(), day.day());
        // The day after must be the next calendar day: same month +1, or the 1st of the next.
        const Date next = day + 1;
        const bool steps = (next.day() == day.day() + 1 && next.month() == day.month()) ||
                           (next.day() == 1 && (next.month() == day.month() % 12 + 1));
        if (!parsed || *parsed != day || !built || *built != day || !steps) {
            if (mismatches++ == 0) first_bad = text;
        }
    }
    CAPTURE(first_bad);
    CHECK(mismatches == 0);
    CHECK(last - first == 73413);
}

TEST_CASE("Date fields and serials") {
    CHECK(d("1970-01-01").serial() == 0);
    CHECK(d("1970-01-02").serial() == 1);
    CHECK(d("1969-12-31").serial() == -1);
    const Date day = d("2026-10-01");
    CHECK(day.year() == 2026);
    CHECK(day.month() == 10);
    CHECK(day.day() == 1);
    CHECK(day.to_string() == "2026-10-01");
    CHECK(d("1900-01-01").to_string() == "1900-01-01");
    CHECK(d("9999-12-31").to_string() == "9999-12-31");
    CHECK(Date::from_serial(day.serial()) == day);
}

TEST_CASE("Date arithmetic and ordering") {
    CHECK(d("2026-12-31") + 1 == d("2027-01-01"));
    CHECK(d("2024-02-28") + 1 == d("2024-02-29"));
    CHECK(d("2025-02-28") + 1 == d("2025-03-01"));
    CHECK(d("2026-03-01") - 1 == d("2026-02-28"));
    CHECK(d("2027-01-01") - d("2026-01-01") == 365);
    CHECK(d("2025-01-01") - d("2024-01-01") == 366);
    CHECK(d("2026-01-01") - d("2027-01-01") == -365);
    CHECK(d("2026-02-13") < d("2026-02-14"));
    CHECK(d("2026-02-14") > d("2025-12-31"));
}

TEST_CASE("impossible dates are rejected") {
    CHECK_FALSE(Date::parse("2026-02-30"));
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("2025-02-29"));
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));        // divisible by 400: leap
    CHECK_FALSE(Date::parse("1900-02-29"));  // divisible by 100 only: not leap
    CHECK_FALSE(Date::parse("2026-04-31"));
    CHECK(Date::parse("2026-04-30"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-00-10"));
    CHECK_FALSE(Date::parse("2026-01-00"));
    CHECK_FALSE(Date::parse("2026-01-32"));

    CHECK_FALSE(Date::from_ymd(2026, 2, 30));
    CHECK_FALSE(Date::from_ymd(2025, 2, 29));
    CHECK(Date::from_ymd(2024, 2, 29));
    CHECK_FALSE(Date::from_ymd(2026, 13, 1));
    CHECK_FALSE(Date::from_ymd(2026, 0, 1));
    CHECK_FALSE(Date::from_ymd(2026, 1, 0));
    CHECK_FALSE(Date::from_ymd(2026, 1, -1));
    CHECK_FALSE(Date::from_ymd(2026, -1, 1));
}

TEST_CASE("Date::parse accepts exactly YYYY-MM-DD") {
    for (const char* bad : {"",
                            "2026-2-3",
                            "2026-02-3",
                            "2026-2-03",
                            "20260203",
                            "2026/02/03",
                            "2026.02.03",
                            "2026-02-03x",
                            "2026-02-03 ",
                            " 2026-02-03",
                            "2026-02-03T08:00",
                            "26-02-03",
                            "02026-02-03",
                            "2026-0a-03",
                            "2026-+2-03",
                            "2026--2-03",
                            "+026-02-03",
                            "2026-02-0 ",
                            "yyyy-mm-dd",
                            "２０２６-02-03"}) {
        CAPTURE(bad);
        CHECK_FALSE(Date::parse(bad));
    }
    // An embedded NUL must not end the string early.
    CHECK_FALSE(Date::parse(std::string_view("2026-02-03\0", 11)));
    CHECK_FALSE(Date::parse(std::string_view("2026-02-\0003", 10)));
}

TEST_CASE("weekday") {
    CHECK(d("2026-10-01").weekday() == Weekday::thursday);
    CHECK(d("1970-01-01").weekday() == Weekday::thursday);
    CHECK(d("1969-12-31").weekday() == Weekday::wednesday);
    CHECK(d("1900-01-01").weekday() == Weekday::monday);
    CHECK(d("2000-01-01").weekday() == Weekday::saturday);
    CHECK(d("2024-02-29").weekday() == Weekday::thursday);
    CHECK(d("2026-02-14").weekday() == Weekday::saturday);
    CHECK(d("2026-01-04").weekday() == Weekday::sunday);
    CHECK(d("2026-02-16").weekday() == Weekday::monday);
    CHECK(d("2026-09-22").weekday() == Weekday::tuesday);
    CHECK(d("2025-10-08").weekday() == Weekday::wednesday);
    CHECK(d("2026-02-27").weekday() == Weekday::friday);
    CHECK(d("9999-12-31").weekday() == Weekday::friday);

    CHECK(d("2026-10-03").is_weekend());
    CHECK(d("2026-10-04").is_weekend());
    CHECK_FALSE(d("2026-10-02").is_weekend());
    CHECK_FALSE(d("2026-10-05").is_weekend());

    // Weekdays cycle without a gap, on both sides of the epoch.
    int breaks = 0;
    for (Date day = d("1960-01-01"); day < d("1980-01-01"); day = day + 1) {
        const int today = static_cast<int>(day.weekday());
        const int tomorrow = static_cast<int>((day + 1).weekday());
        if (tomorrow != (today + 1) % 7) ++breaks;
    }
    CHECK(breaks == 0);
}

TEST_CASE("Moment::parse") {
    SUBCASE("a date alone means midnight") {
        const auto m = Moment::parse("2026-10-01");
        REQUIRE(m);
        CHECK(m->date == d("2026-10-01"));
        CHECK(m->minute == 0);
        CHECK(m->to_string() == "2026-10-01T00:00");
    }
    SUBCASE("T and space forms") {
        const auto t = Moment::parse("2026-10-01T08:30");
        const auto space = Moment::parse("2026-10-01 08:30");
        REQUIRE(t);
        REQUIRE(space);
        CHECK(t->date == d("2026-10-01"));
        CHECK(t->minute == 8 * 60 + 30);
        CHECK(*t == *space);
        CHECK(t->to_string() == "2026-10-01T08:30");
        CHECK(space->to_string() == "2026-10-01T08:30");
    }
    SUBCASE("the edges of the day") {
        CHECK(Moment::parse("2026-10-01T00:00")->minute == 0);
        CHECK(Moment::parse("2026-10-01T23:59")->minute == 1439);
        CHECK_FALSE(Moment::parse("2026-10-01T24:00"));
        CHECK_FALSE(Moment::parse("2026-10-01T23:60"));
        CHECK_FALSE(Moment::parse("2026-10-01T08:99"));
    }
    SUBCASE("malformed") {
        for (const char* bad :
             {"", "2026-10-01T8:30", "2026-10-01T08:3", "2026-10-01X08:30", "2026-10-01T08-30",
              "2026-10-01T0830", "2026-10-01T08:30:00", "2026-10-01T08:30Z", "2026-10-01  08:30",
              "2026-02-30T08:00", "2026-10-01T-1:30", "2026-10-01T+8:30", "2026-10-01T", "08:30",
              "2026-10-1T08:30"}) {
            CAPTURE(bad);
            CHECK_FALSE(Moment::parse(bad));
        }
    }
    SUBCASE("ordering is by date, then minute") {
        CHECK(*Moment::parse("2026-10-01T08:30") < *Moment::parse("2026-10-01T08:31"));
        CHECK(*Moment::parse("2026-10-01T23:59") < *Moment::parse("2026-10-02T00:00"));
        CHECK(*Moment::parse("2026-10-01") == *Moment::parse("2026-10-01T00:00"));
    }
}

TEST_CASE("Month") {
    SUBCASE("parse and format") {
        const auto m = Month::parse("2026-10");
        REQUIRE(m);
        CHECK(m->year == 2026);
        CHECK(m->month == 10);
        CHECK(m->to_string() == "2026-10");
        CHECK(Month::parse("2026-01")->to_string() == "2026-01");
    }
    SUBCASE("first and last day") {
        CHECK(Month::parse("2026-02")->first_day() == d("2026-02-01"));
        CHECK(Month::parse("2026-02")->last_day() == d("2026-02-28"));
        CHECK(Month::parse("2024-02")->last_day() == d("2024-02-29"));
        CHECK(Month::parse("1900-02")->last_day() == d("1900-02-28"));
        CHECK(Month::parse("2000-02")->last_day() == d("2000-02-29"));
        CHECK(Month::parse("2026-04")->last_day() == d("2026-04-30"));
        CHECK(Month::parse("2026-10")->last_day() == d("2026-10-31"));
        CHECK(Month::parse("2026-12")->first_day() == d("2026-12-01"));
        CHECK(Month::parse("2026-12")->last_day() == d("2026-12-31"));
        // Every month's last day is the day before the next month's first.
        for (int year : {2024, 2025, 2026}) {
            for (int month = 1; month <= 12; ++month) {
                const Month m{year, month};
                const Month next = month == 12 ? Month{year + 1, 1} : Month{year, month + 1};
                CHECK(m.last_day() + 1 == next.first_day());
                CHECK(m.first_day().day() == 1);
            }
        }
    }
    SUBCASE("malformed") {
        for (const char* bad : {"", "2026-13", "2026-00", "2026-2", "202610", "2026/10", "2026-10-01",
                                "26-10", "2026-1a", "2026-10 ", " 2026-10", "2026-+1"}) {
            CAPTURE(bad);
            CHECK_FALSE(Month::parse(bad));
        }
    }
    SUBCASE("ordering") {
        CHECK(*Month::parse("2025-12") < *Month::parse("2026-01"));
        CHECK(*Month::parse("2026-02") < *Month::parse("2026-10"));
        CHECK(*Month::parse("2026-10") == Month{2026, 10});
    }
}

TEST_CASE("Moment::to_string writes every minute of a day as HH:MM after the date") {
    const Date day = *Date::parse("2026-10-01");
    for (int minute = 0; minute < 24 * 60; ++minute) {
        const Moment m{day, minute};
        const std::string expected = fmt::format("2026-10-01T{:02}:{:02}", minute / 60, minute % 60);
        REQUIRE(m.to_string() == expected);
        REQUIRE(Moment::parse(expected) == m);
    }
}
