#include <hall/report.h>

#include <doctest/doctest.h>

using namespace hall;

TEST_CASE("ISO weeks, months and years as report periods") {
    const auto w = ReportPeriod::week("2026-W44");
    REQUIRE(w);
    CHECK(w->first.to_string() == "2026-10-26");
    CHECK(w->last.to_string() == "2026-11-01");
    // 2026 starts on a Thursday: its week 1 begins on Monday 2025-12-29, and it has 53 weeks.
    CHECK(ReportPeriod::week("2026-W01")->first.to_string() == "2025-12-29");
    CHECK(ReportPeriod::week("2026-W53")->last.to_string() == "2027-01-03");
    CHECK_FALSE(ReportPeriod::week("2025-W53"));
    CHECK_FALSE(ReportPeriod::week("2026-W00"));
    CHECK_FALSE(ReportPeriod::week("2026W44"));
    CHECK_FALSE(ReportPeriod::week("2026-W4"));
    CHECK(ReportPeriod::month("2026-02")->last.to_string() == "2026-02-28");
    CHECK_FALSE(ReportPeriod::month("2026-13"));
    CHECK(ReportPeriod::year("2026")->last.to_string() == "2026-12-31");
    CHECK_FALSE(ReportPeriod::year("26"));
    CHECK_FALSE(ReportPeriod::year("2026x"));
}

TEST_CASE("the last complete period is counted from the hall's today") {
    const Date tue = *Date::from_ymd(2026, 11, 24);
    CHECK(ReportPeriod::last_complete(ReportPeriod::Kind::week, tue).id == "2026-W47");
    CHECK(ReportPeriod::last_complete(ReportPeriod::Kind::month, tue).id == "2026-10");
    CHECK(ReportPeriod::last_complete(ReportPeriod::Kind::year, tue).id == "2025");
    // On 2026-01-05 (Monday of 2026-W02) the last complete week is 2026-W01, which began in 2025.
    CHECK(ReportPeriod::last_complete(ReportPeriod::Kind::week, *Date::from_ymd(2026, 1, 5)).id ==
          "2026-W01");
    CHECK(ReportPeriod::last_complete(ReportPeriod::Kind::month, *Date::from_ymd(2026, 1, 1)).id ==
          "2025-12");
    CHECK(ReportPeriod::week("2026-W44")->name().en == "week 2026-W44 (2026-10-26 to 2026-11-01)");
}
