#include "test_support.h"

#include <hall/catalogue.h>
#include <hall/error.h>

#include <doctest/doctest.h>

#include <string>

using hall::parse_catalogue;
using hall::test::contains;

namespace {

std::string error_of(const std::string& text) {
    try {
        parse_catalogue(text, "c.toml");
    } catch (const hall::DataError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<not a DataError: ") + e.what() + ">";
    }
    return "<no error>";
}

bool at_line(const std::string& message, int line) {
    return message.rfind("c.toml:" + std::to_string(line) + ":", 0) == 0;
}

const char* window = "[[window]]\ncode = \"W01\"\nname = \"市场监管窗口\"\n";

}  // namespace

TEST_CASE("a valid catalogue") {
    const auto c = parse_catalogue(std::string(window) + R"([[staff]]
code = "S1"
name = "王芳"
window = "W01"
role = "chief"
[[item]]
code = "SC02"
name = "食品经营许可"
window = "W01"
promised_days = 10
statutory = { amount = 2, unit = "months" }
materials = [ { name = "申请书", main = true }, "营业执照" ]
)",
                                   "c.toml");
    REQUIRE(c.windows.size() == 1);
    REQUIRE(c.staff.size() == 1);
    REQUIRE(c.items.size() == 1);
    CHECK(c.staff[0].role == hall::StaffRole::chief);
    CHECK(c.items[0].promised.amount == 10);
    REQUIRE(c.items[0].statutory);
    CHECK(c.items[0].statutory->unit == hall::LimitUnit::months);
    CHECK(c.items[0].materials.size() == 2);
}

TEST_CASE("the bundled example hall parses") {
    const auto c = hall::read_catalogue_file(std::string(HALL_TEST_DATA_DIR) + "/example/hall.toml");
    // A county hall: 10–15 windows, about 40 staff, 30+ items in every class.
    CHECK(c.windows.size() == 12);
    CHECK(c.staff.size() == 40);
    CHECK(c.items.size() == 35);
}

TEST_CASE("a misspelt key is refused at its line, not read as a 0-day item") {
    const std::string text = std::string(window) +
                             "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                             "promised_dys = 10\n";
    const std::string message = error_of(text);
    CAPTURE(message);
    CHECK(at_line(message, 8));
    CHECK(contains(message, "unknown key 'promised_dys' in [[item]]"));
    CHECK(at_line(error_of("[[windows]]\ncode = \"W01\"\n"), 1));
    CHECK(at_line(error_of(std::string(window) + "unit_name = \"x\"\n"), 4));
    CHECK(at_line(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                 "statutory = { amount = 2, units = \"days\" }\n"),
                  8));
    CHECK(at_line(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                 "materials = [ { name = \"x\", mian = true } ]\n"),
                  8));
}

TEST_CASE("an unknown statutory unit is refused, not dropped") {
    const std::string message = error_of(std::string(window) +
                                         "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                         "statutory = { amount = 20, unit = \"weeks\" }\n");
    CAPTURE(message);
    CHECK(at_line(message, 8));
    CHECK(contains(message, "'unit' must be"));
    CHECK(contains(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                  "statutory = { unit = \"days\" }\n"),
                   "needs 'amount'"));
}

TEST_CASE("empty codes and names are refused") {
    CHECK(at_line(error_of("[[window]]\ncode = \"\"\nname = \"x\"\n"), 2));
    CHECK(at_line(error_of("[[window]]\ncode = \"W01\"\nname = \"  \"\n"), 3));
    CHECK(contains(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                  "materials = [ \"\" ]\n"),
                   "non-empty"));
}

TEST_CASE("a code defined twice in one file is refused at the second") {
    const std::string message = error_of(std::string(window) + window);
    CAPTURE(message);
    CHECK(at_line(message, 5));
    CHECK(contains(message, "window W01 is defined twice"));
    CHECK(
        contains(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                "[[item]]\ncode = \"I1\"\nname = \"m\"\nwindow = \"W01\"\n"),
                 "item I1 is defined twice"));
}

TEST_CASE("values out of range name their line") {
    CHECK(at_line(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                 "promised_days = 3651\n"),
                  8));
    CHECK(at_line(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                 "statutory = -1\n"),
                  8));
    CHECK(contains(error_of(std::string(window) + "[[item]]\ncode = \"I1\"\nname = \"n\"\nwindow = \"W01\"\n"
                                                  "promised_days = 5\npromised = 5\n"),
                   "not both"));
}

TEST_CASE("deep nesting and directories are refused") {
    CHECK(contains(error_of("a = " + std::string(10000, '{') + "\n"), "nested more than"));
    hall::test::TempDir dir;
    CHECK_THROWS_AS(hall::read_catalogue_file(dir.path()), hall::DataError);
}
