#include "test_support.h"

#include <hall/policy.h>

#include <doctest/doctest.h>

#include <set>
#include <string>

using hall::CasePolicy;
using hall::test::contains;

namespace {

std::string error_of(const std::string& text) {
    try {
        hall::parse_case_policy(text, "cases.toml");
    } catch (const hall::DataError& e) {
        return e.what();
    }
    return "<no error>";
}

hall::Moment at(const char* text) {
    return *hall::Moment::parse(text);
}

}  // namespace

TEST_CASE("the key table covers every field once, with defaults in range") {
    const CasePolicy defaults;
    std::set<std::string_view> keys;
    for (const auto& k : hall::policy_keys()) {
        CAPTURE(k.key);
        CHECK(keys.insert(k.key).second);
        CHECK(k.min <= k.get(defaults));
        CHECK(k.get(defaults) <= k.max);
        CHECK_FALSE(k.meaning.zh.empty());
        CHECK_FALSE(k.meaning.en.empty());
        CasePolicy p;
        k.set(p, k.max);
        CHECK(k.get(p) == k.max);
        CHECK(hall::find_policy_key(k.key) == &k);
    }
    CHECK(
        keys.size() ==
        28);  // 7 case rules, the 5 points of the satisfaction scale, 16 of attendance, leave and complaints
    CHECK(hall::find_policy_key("warning_dys") == nullptr);
}

TEST_CASE("the bundled rules file gives the built-in defaults") {
    const CasePolicy p = hall::read_case_policy_file(std::string(HALL_TEST_DATA_DIR) + "/rules/cases.toml");
    const CasePolicy defaults;
    for (const auto& k : hall::policy_keys()) CHECK(k.get(p) == k.get(defaults));
}

TEST_CASE("the rules file is strict") {
    CHECK(hall::parse_case_policy("[cases]\nwarning_days = 3\n", "cases.toml").warning_days == 3);
    CHECK(error_of("[cases]\nwarning_dys = 3\n").rfind("cases.toml:2: unknown rule 'warning_dys'", 0) == 0);
    CHECK(error_of("[case]\nwarning_days = 3\n").rfind("cases.toml:1:", 0) == 0);
    CHECK(error_of("[cases]\n\nwarning_days = 61\n").rfind("cases.toml:3: 'warning_days' must be", 0) == 0);
    CHECK(contains(error_of("[cases]\nfollow_up_days = 0\n"), "from 1 to 60"));
    CHECK(contains(error_of("[cases]\njoint_investment = \"lots\"\n"), "whole number"));
    CHECK(contains(error_of("[cases]\njoint_investment = -1\n"), "whole number"));
}

TEST_CASE("stored rules round-trip, and an unreadable one is an error naming it") {
    auto store = hall::Store::in_memory();
    CHECK(hall::load_policy(store).warning_days == CasePolicy{}.warning_days);
    CasePolicy p;
    p.warning_days = 3;
    p.joint_investment = 5'000'000;
    hall::save_policy(store, p);
    CHECK(hall::load_policy(store).warning_days == 3);
    CHECK(hall::load_policy(store).joint_investment == 5'000'000);

    store.set_setting("cases.warning_days", "three");
    try {
        hall::load_policy(store);
        FAIL("expected StoreError");
    } catch (const hall::StoreError& e) {
        CHECK(contains(e.what(), "cases.warning_days"));
    }
    store.set_setting("cases.warning_days", "61");
    CHECK_THROWS_AS(hall::load_policy(store), hall::StoreError);
    store.set_setting("cases.warning_days", "2");
    store.set_setting("cases.wraning_days", "2");
    CHECK_THROWS_AS(hall::load_policy(store), hall::StoreError);
}

TEST_CASE("rules set changes a rule and records who and when") {
    auto store = hall::Store::in_memory();
    hall::save_policy(store, CasePolicy{});
    const auto change = hall::set_rule(store, "warning_days", "2", "张三", at("2026-11-24T09:30"));
    CHECK(change.key == "cases.warning_days");
    CHECK(change.old_value == "1");
    CHECK(change.new_value == "2");
    CHECK(hall::load_policy(store).warning_days == 2);

    const auto log = store.setting_changes();
    REQUIRE(log.size() == 1);
    CHECK(log[0].by == "张三");
    CHECK(log[0].at == at("2026-11-24T09:30"));

    const auto rules = hall::rules_in_force(store);
    REQUIRE(rules.size() == 29);
    for (const auto& r : rules) {
        CAPTURE(r.key);
        if (r.key == "warning_days") {
            CHECK(r.origin == hall::RuleOrigin::rules_set);
            REQUIRE(r.change);
            CHECK(r.change->by == "张三");
            CHECK(r.number == 2);
        } else if (r.key == "time_zone") {
            CHECK(r.origin == hall::RuleOrigin::default_value);
            CHECK(r.value == "Asia/Shanghai");
        } else {
            CHECK(r.origin == hall::RuleOrigin::rules_file);
        }
    }
}

TEST_CASE("rules set refuses what the table does not allow, and changes nothing") {
    auto store = hall::Store::in_memory();
    const auto now = at("2026-11-24T09:30");
    CHECK_THROWS_AS(hall::set_rule(store, "warning_dys", "2", "张三", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "warning_days", "61", "张三", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "warning_days", "-1", "张三", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "warning_days", "2x", "张三", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "warning_days", "", "张三", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "warning_days", "2", " ", now), hall::InvalidInput);
    CHECK_THROWS_AS(hall::set_rule(store, "time_zone", "Europe/Paris", "张三", now), hall::InvalidInput);
    CHECK(store.setting_changes().empty());
    CHECK(store.settings("").empty());
}

TEST_CASE("the time zone is a rule with a default") {
    auto store = hall::Store::in_memory();
    CHECK(hall::load_time_zone(store) == hall::TimeZone::hall_default());
    hall::set_rule(store, "time_zone", "Asia/Urumqi", "管理员", at("2026-11-24T09:30"));
    CHECK(hall::load_time_zone(store).offset_minutes == 6 * 60);
    store.set_setting("hall.time_zone", "Mars/Olympus");
    CHECK_THROWS_AS(hall::load_time_zone(store), hall::StoreError);
}
