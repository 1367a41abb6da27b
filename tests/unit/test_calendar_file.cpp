#include "test_support.h"

#include <hall/calendar_file.h>
#include <hall/error.h>

#include <doctest/doctest.h>

#include <exception>
#include <string>

using hall::Layer;
using hall::parse_calendar;
using hall::test::contains;
using hall::test::d;

namespace {

// What parse_calendar says about `text`: the DataError's English text, or a marker that makes
// a failing CHECK show what happened instead.
std::string error_of(const std::string& text) {
    try {
        parse_calendar(text, "x.toml");
    } catch (const hall::DataError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<not a DataError: ") + e.what() + ">";
    } catch (...) {
        return "<not a DataError>";
    }
    return "<no error>";
}

// The message must begin with exactly file:line, so "x.toml:1" must not match "x.toml:12".
bool names_line(const std::string& message, int line) {
    const std::string where = "x.toml:" + std::to_string(line) + ":";
    return message.rfind(where, 0) == 0;
}

#define CHECK_ERROR_AT(text, line)                  \
    do {                                            \
        const std::string message = error_of(text); \
        CAPTURE(message);                           \
        CHECK(names_line(message, line));           \
    } while (false)

}  // namespace

TEST_CASE("a valid national file") {
    const auto file = parse_calendar(R"(region = "cn"
layer = "national"
name = "国务院办公厅部分节假日安排"
[years.2026]
source = "国务院办公厅关于2026年部分节假日安排的通知"
holidays = [
  { name = "元旦", from = 2026-01-01, to = 2026-01-03 },
  { name = "清明节", date = "2026-04-06" },
  2026-06-19,
]
workdays = [
  { name = "元旦调休上班", date = 2026-01-04 },
  "2026-02-14",
]
[years.2023]
source = "国务院办公厅关于2023年部分节假日安排的通知"
holidays = [ { name = "元旦", from = 2022-12-31, to = 2023-01-02 } ]
)",
                                     "x.toml");
    CHECK(file.region == "cn");
    CHECK(file.layer == Layer::national);
    CHECK(file.name == "国务院办公厅部分节假日安排");
    REQUIRE(file.years.size() == 2);

    const auto& y2026 = file.years[0].year == 2026 ? file.years[0] : file.years[1];
    const auto& y2023 = file.years[0].year == 2023 ? file.years[0] : file.years[1];
    CHECK(y2026.year == 2026);
    CHECK(y2026.source == "国务院办公厅关于2026年部分节假日安排的通知");
    REQUIRE(y2026.days.size() == 7);
    CHECK(y2026.days[0].date == d("2026-01-01"));
    CHECK_FALSE(y2026.days[0].workday);
    CHECK(y2026.days[0].name == "元旦");
    CHECK(y2026.days[2].date == d("2026-01-03"));
    CHECK(y2026.days[3].date == d("2026-04-06"));
    CHECK(y2026.days[3].name == "清明节");
    CHECK(y2026.days[4].date == d("2026-06-19"));
    CHECK(y2026.days[5].date == d("2026-01-04"));
    CHECK(y2026.days[5].workday);
    CHECK(y2026.days[5].name == "元旦调休上班");
    CHECK(y2026.days[6].date == d("2026-02-14"));
    CHECK(y2026.days[6].workday);

    // New Year's Day may begin on Dec 31 of the year before.
    REQUIRE(y2023.days.size() == 3);
    CHECK(y2023.days[0].date == d("2022-12-31"));
}

TEST_CASE("the bundled cn.toml parses") {
    const auto file =
        hall::read_calendar_file(std::filesystem::path(HALL_TEST_DATA_DIR) / "calendars" / "cn.toml");
    CHECK(file.region == "cn");
    CHECK(file.layer == Layer::national);
    CHECK(file.years.size() == 4);
}

TEST_CASE("a valid local file needs no source") {
    const auto file = parse_calendar(R"(region = "cn-xx"
layer = "local"
[years.2026]
holidays = [ { name = "本地休息", date = 2026-03-10 } ]
workdays = [
  { name = "本地加班", date = 2026-03-14 },
  { name = "国庆值班", date = 2026-10-02 },
]
)",
                                     "x.toml");
    CHECK(file.layer == Layer::local);
    CHECK(file.region == "cn-xx");
    REQUIRE(file.years.size() == 1);
    CHECK(file.years[0].year == 2026);
    CHECK(file.years[0].source.empty());
    REQUIRE(file.years[0].days.size() == 3);
    CHECK_FALSE(file.years[0].days[0].workday);
    CHECK(file.years[0].days[1].workday);
    // A hall may work a weekday the nation rests; only national make-up days must be weekends.
    CHECK(file.years[0].days[2].date == d("2026-10-02"));
    CHECK(file.years[0].days[2].workday);

    CHECK(parse_calendar("layer = \"本地\"\n[years.2026]\n", "x.toml").layer == Layer::local);
    CHECK(parse_calendar("layer = \"全国\"\n[years.2026]\nsource = \"s\"\n", "x.toml").layer ==
          Layer::national);
}

TEST_CASE("layer names") {
    CHECK(std::string(hall::layer_name(Layer::national)) == "national");
    CHECK(std::string(hall::layer_name(Layer::local)) == "local");
}

TEST_CASE("a TOML syntax error names file and line") {
    CHECK_ERROR_AT(R"(region = "cn"
layer = "national"
[years.2026
source = "s"
)",
                   3);
    CHECK_ERROR_AT(R"(region = "cn"
layer = "national"
[years.2026]
source = "s"
holidays = [ { name = "春节", date = 2026-02-15 }
)",
                   5);
    // A key defined twice is a syntax error too; the message names the file.
    CHECK(contains(error_of("region = \"cn\"\nregion = \"cn\"\n"), "x.toml:"));
}

// Library bug: for a key or table defined twice, toml11's exception location is the first
// definition, and parse_calendar puts that line in its file:line prefix (x.toml:1, x.toml:3)
// although the error is the second definition (x.toml:2, x.toml:5); see the report.
TEST_CASE("a key defined twice is reported at the second definition") {
    CHECK_ERROR_AT(R"(region = "cn"
region = "cn"
)",
                   2);
    CHECK_ERROR_AT(R"(region = "cn"
layer = "national"
[years.2026]
source = "s"
[years.2026]
source = "t"
)",
                   5);
}

TEST_CASE("an impossible date names file and line") {
    SUBCASE("as a TOML date") {
        CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [ { name = "春节", date = 2026-02-30 } ]
)",
                       4);
    }
    SUBCASE("as a string") {
        CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "春节", date = "2026-02-30" },
]
)",
                       5);
    }
    SUBCASE("as a bare string in the workdays list") {
        CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
workdays = [
  "2026-02-14",
  "2026-2-28",
]
)",
                       6);
    }
    SUBCASE("not a date at all") {
        CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "春节", date = 20260215 },
]
)",
                       5);
    }
}

TEST_CASE("a date outside its year names file and line") {
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "元旦", date = 2026-01-01 },
  { name = "劳动节", date = 2025-05-01 },
]
)",
                   6);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [ { name = "元旦", from = 2026-12-31, to = 2027-01-02 } ]
)",
                   4);
    // Only New Year's Day may start in the December before, not any other month.
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [ { name = "元旦", from = 2025-11-30, to = 2026-01-01 } ]
)",
                   4);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
workdays = [
  { name = "调休", date = 2027-01-02 },
]
)",
                   5);
}

TEST_CASE("a national make-up workday on a weekday names the entry's line") {
    // Monday Feb 16: the error should point at the entry, not at the [years.2026] header.
    const std::string text = R"(region = "cn"
layer = "national"
[years.2026]
source = "s"
workdays = [
  { name = "春节调休上班", date = 2026-02-14 },
  { name = "春节调休上班", date = 2026-02-16 },
]
)";
    const std::string message = error_of(text);
    CAPTURE(message);
    CHECK(contains(message, "2026-02-16"));
    CHECK(contains(message, "x.toml:"));
}

// Library bug: parse_calendar reports the weekday make-up check at the year table's line
// (the [years.2026] header, line 3) instead of the offending entry's line 7; see the report.
TEST_CASE("a national make-up workday on a weekday is reported at its entry") {
    CHECK_ERROR_AT(R"(region = "cn"
layer = "national"
[years.2026]
source = "s"
workdays = [
  { name = "春节调休上班", date = 2026-02-14 },
  { name = "春节调休上班", date = 2026-02-16 },
]
)",
                   7);
}

TEST_CASE("a duplicated date names the second entry's line") {
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "清明节", date = 2026-04-06 },
  { name = "清明节", date = 2026-04-06 },
]
)",
                   6);
    // Overlapping ranges.
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "国庆节", from = 2026-10-01, to = 2026-10-07 },
  { name = "中秋节", date = 2026-10-03 },
]
)",
                   6);
    // A day that is both a holiday and a make-up workday.
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [ { name = "春节", from = 2026-02-14, to = 2026-02-23 } ]
workdays = [
  { name = "春节调休上班", date = 2026-02-14 },
]
)",
                   6);
}

TEST_CASE("a national year without a source names the year's line") {
    CHECK_ERROR_AT(R"(region = "cn"
layer = "national"
[years.2026]
holidays = [ { name = "元旦", date = 2026-01-01 } ]
)",
                   3);
    // National is the default layer.
    CHECK_ERROR_AT(R"(region = "cn"

[years.2025]
source = "s"

[years.2026]
holidays = [ { name = "元旦", date = 2026-01-01 } ]
)",
                   6);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = 2026
)",
                   3);
}

TEST_CASE("'from' after 'to' names the entry's line") {
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "元旦", date = 2026-01-01 },
  { name = "国庆节", from = 2026-10-07, to = 2026-10-01 },
]
)",
                   6);
}

TEST_CASE("a bad layer names its line") {
    CHECK_ERROR_AT(R"(region = "cn"
layer = "regional"
[years.2026]
source = "s"
)",
                   2);
    CHECK_ERROR_AT(R"(region = "cn"
layer = 1
[years.2026]
source = "s"
)",
                   2);
}

TEST_CASE("other malformed structure names file and line") {
    CHECK_ERROR_AT(R"(region = "cn"
[years.26]
source = "s"
)",
                   2);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = { name = "元旦", date = 2026-01-01 }
)",
                   4);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "元旦" },
]
)",
                   5);
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
holidays = [
  { name = "元旦", from = 2026-01-01 },
]
)",
                   5);
    // With no years there is nothing to load: the file is named even without a line.
    CHECK(contains(error_of("region = \"cn\"\n"), "x.toml"));
}

// Library bug: a workday entry without 'date' escapes as toml11's std::out_of_range instead of
// a DataError naming the file and line; see the report.
TEST_CASE("a make-up workday without a date names file and line") {
    CHECK_ERROR_AT(R"(region = "cn"
[years.2026]
source = "s"
workdays = [
  { name = "调休上班" },
]
)",
                   5);
}

TEST_CASE("the Chinese message names file and line too") {
    try {
        parse_calendar("region = \"cn\"\nlayer = \"regional\"\n", "x.toml");
        FAIL("expected DataError");
    } catch (const hall::DataError& e) {
        CHECK(contains(e.message(hall::Lang::zh), "x.toml:2"));
        CHECK(contains(e.message(hall::Lang::en), "x.toml:2"));
    }
}

TEST_CASE("read_calendar_file names a missing file") {
    try {
        hall::read_calendar_file("/nonexistent/hall-unit/none.toml");
        FAIL("expected DataError");
    } catch (const hall::DataError& e) {
        CHECK(contains(e.what(), "none.toml"));
    }
}

TEST_CASE("an unknown key is refused at its line, wherever it is") {
    CHECK_ERROR_AT("region = \"cn\"\nregoin = \"cn\"\n[years.2026]\nsource = \"s\"\n", 2);
    CHECK_ERROR_AT("region = \"cn\"\n[years.2026]\nsource = \"s\"\nholiday = [2026-01-01]\n", 4);
    CHECK_ERROR_AT(
        "region = \"cn\"\n[years.2026]\nsource = \"s\"\n"
        "holidays = [\n  { name = \"元旦\", dat = 2026-01-01 },\n]\n",
        5);
    CHECK_ERROR_AT(
        "region = \"cn\"\n[years.2026]\nsource = \"s\"\n"
        "workdays = [\n  { name = \"调休\", date = 2026-01-04, day = 1 },\n]\n",
        5);
    CHECK(contains(error_of("regoin = \"cn\"\n"), "unknown key 'regoin'"));
}

TEST_CASE("deep nesting is refused before the parser sees it") {
    const std::string deep = "a = " + std::string(10000, '[') + std::string(10000, ']') + "\n";
    CHECK_ERROR_AT(deep, 1);
    CHECK(contains(error_of(deep), "nested more than"));
    // Brackets inside strings and comments do not nest.
    const std::string quoted = "region = \"" + std::string(100, '[') + "\"\n# " + std::string(100, '{') +
                               "\nname = '''\n" + std::string(100, '[') +
                               "'''\n[years.2026]\nsource = \"s\"\n";
    CHECK(parse_calendar(quoted, "x.toml").region == std::string(100, '['));
}

TEST_CASE("a file too large is refused before parsing") {
    const std::string huge = "# " + std::string(5 * 1024 * 1024, 'x') + "\n";
    CHECK(contains(error_of(huge), "too large"));
}

TEST_CASE("a directory is not a calendar file") {
    hall::test::TempDir dir;
    try {
        hall::read_calendar_file(dir.path());
        FAIL("expected DataError");
    } catch (const hall::DataError& e) {
        CHECK(contains(e.what(), "is a directory"));
    }
}

TEST_CASE("a dotted key nested too deeply is refused; floats and times are not keys") {
    std::string dotted = "[a";
    for (int i = 0; i < 200000; ++i) dotted += ".a";
    CHECK(contains(error_of(dotted + "]\n"), "dotted key more than"));
    CHECK_ERROR_AT("region = \"cn\"\n" + dotted.substr(1) + " = 1\n", 2);
    CHECK(parse_calendar("region = \"cn\"\n[years.2026]\nsource = \"s\"\n"
                         "holidays = [2026-01-01, 2026-01-02, 2026-01-03, 2026-01-04, 2026-01-05]\n",
                         "x.toml")
              .years.size() == 1);
    // Many floats on one line: each restarts the count at its comma.
    CHECK_FALSE(contains(error_of("region = \"cn\"\nx = [" +
                                  [] {
                                      std::string floats;
                                      for (int i = 0; i < 100; ++i) floats += "1.5, ";
                                      return floats;
                                  }() +
                                  "]\n"),
                         "dotted key"));
}
