#include "test_support.h"

#include <hall/clock.h>

#include <doctest/doctest.h>

using hall::Moment;
using hall::TimeZone;

namespace {

Moment m(const char* text) {
    return *Moment::parse(text);
}

}  // namespace

TEST_CASE("a UTC instant in the hall's zone") {
    const auto instant = hall::parse_utc("2026-11-20T03:34Z");
    REQUIRE(instant);
    CHECK(hall::to_local(*instant, TimeZone::hall_default()) == m("2026-11-20T11:34"));
    CHECK(hall::to_local(*instant, *TimeZone::parse("Asia/Urumqi")) == m("2026-11-20T09:34"));
    CHECK(hall::to_local(*instant, *TimeZone::parse("UTC")) == m("2026-11-20T03:34"));
    CHECK(hall::to_local(*instant, *TimeZone::parse("-05:00")) == m("2026-11-19T22:34"));
}

TEST_CASE("near midnight the day is the hall's") {
    CHECK(hall::to_local(*hall::parse_utc("2026-12-31T16:00Z"), TimeZone::hall_default()) ==
          m("2027-01-01T00:00"));
    CHECK(hall::to_local(*hall::parse_utc("2026-12-31T15:59:59Z"), TimeZone::hall_default()) ==
          m("2026-12-31T23:59"));
    // Before 1970 too: the arithmetic floors, it does not truncate towards zero.
    CHECK(hall::to_local(*hall::parse_utc("1969-12-31T20:00Z"), *TimeZone::parse("-05:00")) ==
          m("1969-12-31T15:00"));
}

TEST_CASE("local time and instant round-trip") {
    const auto zone = *TimeZone::parse("+05:45");
    for (const char* text : {"2026-01-01T00:00", "2026-06-30T23:59", "2024-02-29T12:00"})
        CHECK(hall::to_local(hall::to_instant(m(text), zone), zone) == m(text));
}

TEST_CASE("zones") {
    CHECK(TimeZone::hall_default().name == "Asia/Shanghai");
    CHECK(TimeZone::hall_default().offset_minutes == 480);
    CHECK(TimeZone::parse("+08:00")->offset_minutes == 480);
    CHECK(TimeZone::parse("-03:30")->offset_minutes == -210);
    CHECK(TimeZone::parse("+14:00"));
    CHECK_FALSE(TimeZone::parse("+14:30"));
    CHECK_FALSE(TimeZone::parse("+8"));
    CHECK_FALSE(TimeZone::parse("Europe/Paris"));  // daylight saving: not a fixed offset
    CHECK_FALSE(TimeZone::parse(""));
}

TEST_CASE("UTC instants must say so") {
    CHECK_FALSE(hall::parse_utc("2026-11-20T03:34"));
    CHECK_FALSE(hall::parse_utc("2026-11-20T03:34+08:00"));
    CHECK_FALSE(hall::parse_utc("2026-11-20T25:00Z"));
    CHECK_FALSE(hall::parse_utc("Z"));
    CHECK(hall::parse_utc("2026-11-20T03:34:59Z"));
}

TEST_CASE("a fixed clock stands still") {
    const hall::FixedClock fixed(*hall::parse_utc("2026-11-20T03:34Z"));
    const hall::Clock& clock = fixed;
    CHECK(clock.now() == *hall::parse_utc("2026-11-20T03:34Z"));
}
