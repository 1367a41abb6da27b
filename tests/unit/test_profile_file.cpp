#include "test_support.h"

#include <hall/error.h>
#include <hall/scoring.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <set>
#include <string>

using hall::parse_profile;
using hall::test::contains;

namespace {

std::string error_of(const std::string& text) {
    try {
        parse_profile(text, "x.toml");
    } catch (const hall::DataError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("<not a DataError: ") + e.what() + ">";
    }
    return "<no error>";
}

bool names_line(const std::string& message, int line) {
    return message.rfind("x.toml:" + std::to_string(line) + ":", 0) == 0;
}

#define CHECK_ERROR_AT(text, line)                  \
    do {                                            \
        const std::string message = error_of(text); \
        CAPTURE(message);                           \
        CHECK(names_line(message, line));           \
    } while (false)

// A small valid profile; the tests break one line of it at a time.
const std::string header = R"([profile]
name = "t"
zh = "测试"
en = "test"
source = "test"

[window]
flags = 1

[[window.category]]
id = "attendance"
zh = "考勤"
en = "Attendance"
source = "004 十 3 ②"
max = 10
)";

std::filesystem::path rules_dir() {
    return std::filesystem::path(HALL_TEST_DATA_DIR) / "rules";
}

}  // namespace

TEST_CASE("a minimal profile parses") {
    const auto p = parse_profile(header + R"(
[[window.rule]]
kind = "late"
category = "attendance"
zh = "迟到"
en = "late"
source = "004 十 3 ②"
escalation = [-1, -2]
count_with = ["late", "early"]
)",
                                 "x.toml");
    CHECK(p.name == "t");
    REQUIRE(p.window);
    CHECK(p.window->flags == 1);
    REQUIRE(p.window->rules.size() == 1);
    CHECK(p.window->rules[0].escalation.size() == 2);
    CHECK(p.window->rules[0].line == 17);
}

TEST_CASE("a typo in a key is refused at its line") {
    CHECK_ERROR_AT(
        header +
            "\n[[window.rule]]\nkind = \"late\"\ncategory = \"attendance\"\nzh = \"迟到\"\nen = \"late\"\n"
            "source = \"s\"\npoints = -1\nperiod = \"month\"\nescalaton = [1]\n",
        25);
    CHECK_ERROR_AT(header + "flgs = 2\n", 16);
    CHECK(contains(error_of(header + "flgs = 2\n"), "unknown key 'flgs'"));
}

TEST_CASE("a rule in an unknown category is refused at its line") {
    const std::string text =
        header +
        "\n[[window.rule]]\nkind = \"late\"\ncategory = \"atendance\"\nzh = \"迟到\"\nen = \"late\"\n"
        "source = \"s\"\npoints = -1\n";
    CHECK_ERROR_AT(text, 19);
    CHECK(contains(error_of(text), "unknown category 'atendance'"));
}

TEST_CASE("a negative cap is refused at its line") {
    std::string text = header;
    text.replace(text.find("max = 10"), 8, "max = -5");
    CHECK_ERROR_AT(text, 15);
    CHECK(contains(error_of(text), "'max' must be from 0"));
}

TEST_CASE("a rule needs exactly one form") {
    const std::string rule =
        "\n[[window.rule]]\nkind = \"late\"\ncategory = \"attendance\"\nzh = \"z\"\nen = \"e\"\nsource = "
        "\"s\"\n";
    CHECK_ERROR_AT(header + rule, 17);
    CHECK_ERROR_AT(header + rule + "points = -1\nzero = true\n", 17);
    CHECK(contains(error_of(header + rule), "exactly one of"));
}

TEST_CASE("other out-of-range or inconsistent values are refused") {
    const std::string rule =
        "\n[[window.rule]]\nkind = \"late\"\ncategory = \"attendance\"\nzh = \"z\"\nen = \"e\"\nsource = "
        "\"s\"\n";
    // escalation counted with a group that leaves out the rule's own kind
    CHECK_ERROR_AT(header + rule + "escalation = [-1]\ncount_with = [\"early\"]\n", 24);
    // thresholds out of order
    CHECK_ERROR_AT(header + rule + "thresholds = [{ over = 60, points = -3 }, { over = 0, points = -1 }]\n",
                   23);
    // an unknown period
    CHECK_ERROR_AT(header + rule + "escalation = [-1]\nperiod = \"week\"\n", 24);
    // a kind that is not an identifier
    CHECK_ERROR_AT(header + "\n[[window.rule]]\nkind = \"Late\"\n", 18);
    // an unknown tie-break key
    std::string text = header;
    text.replace(text.find("flags = 1"), 9, "tie_break = [\"luck\"]");
    CHECK_ERROR_AT(text, 8);
    // a staff scheme cannot award flags
    CHECK_ERROR_AT("[profile]\nname = \"t\"\nzh = \"z\"\nen = \"e\"\nsource = \"s\"\n[staff]\nflags = 2\n",
                   7);
    // the same category twice
    CHECK_ERROR_AT(
        header +
            "\n[[window.category]]\nid = \"attendance\"\nzh = \"z\"\nen = \"e\"\nsource = \"s\"\nmax = 1\n",
        18);
    // an unknown alert kind
    CHECK_ERROR_AT(header + "\n[[alert]]\nkind = \"fire\"\n", 18);
}

TEST_CASE("every shipped profile loads") {
    std::set<std::string> names;
    std::set<std::string> kinds;
    for (const char* name : {"window-flag", "staff", "district"}) {
        CAPTURE(name);
        const auto p = hall::read_profile_file(rules_dir() / (std::string(name) + ".toml"));
        CHECK(p.name == name);
        CHECK(!p.source.empty());
        CHECK(!p.alerts.empty());
        names.insert(p.name);
        for (const auto& k : hall::event_kinds(p)) {
            CHECK(!k.source.empty());
            kinds.insert(k.kind);
        }
    }
    CHECK(names.size() == 3);
    // The kind identifiers issue 9 §2 makes a contract.
    for (const char* kind : {"late",
                             "early",
                             "off_post",
                             "absent",
                             "rule_breach",
                             "leave_no_standin",
                             "quarrel",
                             "physical_conflict",
                             "safety_accident",
                             "hygiene",
                             "appearance",
                             "meeting_absent",
                             "panel_rating",
                             "prohibition_breach",
                             "report_late",
                             "complaint_oral",
                             "complaint_written",
                             "complaint_city",
                             "complaint_province",
                             "platform_unused",
                             "back_entry",
                             "city_notice",
                             "article",
                             "thanks_letter",
                             "banner",
                             "gaming",
                             "yellow_card",
                             "red_card",
                             "case_overdue",
                             "notice_breach",
                             "leader_visit",
                             "missed_punch",
                             "complaint_late_days",
                             "item_made_instant",
                             "limit_shortened",
                             "media_praise"}) {
        CAPTURE(kind);
        CHECK(kinds.count(kind) == 1);
    }
}

TEST_CASE("the window-flag profile reads 赞扬 as 投诉 and says so") {
    const auto p = hall::read_profile_file(rules_dir() / "window-flag.toml");
    CHECK(contains(p.note.zh, "赞扬"));
    CHECK(contains(p.note.en, "complaint"));
    REQUIRE(p.window);
    CHECK(p.window->find_rule("complaint_written")->name.zh == "群众书面投诉");
    double max = 0;
    for (const auto& c : p.window->categories) max += c.max;
    CHECK(max == 100);
}

TEST_CASE("event kinds describe their rule in both languages") {
    const auto p = hall::read_profile_file(rules_dir() / "window-flag.toml");
    const auto kinds = hall::event_kinds(p);
    auto late =
        std::find_if(kinds.begin(), kinds.end(), [](const hall::EventKind& k) { return k.kind == "late"; });
    REQUIRE(late != kinds.end());
    CHECK(late->profile == "window-flag");
    CHECK(late->category == "attendance");
    CHECK(late->points == -1);
    CHECK(late->rule.en == "1st -1, 2nd -2, then -2 each (per person, this month)");
    CHECK(late->source == "004 十 3 ②");
}

TEST_CASE("points may be whole or fractional, mixed in one list") {
    const auto p = parse_profile(header + R"(
[[window.rule]]
kind = "late"
category = "attendance"
zh = "迟到"
en = "late"
source = "s"
escalation = [-1, -0.5]
)",
                                 "x.toml");
    REQUIRE(p.window->rules.size() == 1);
    CHECK(p.window->rules[0].escalation[1] == -0.5);
}
