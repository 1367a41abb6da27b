#include "test_support.h"

#include <hall/monitoring.h>

#include <doctest/doctest.h>

using hall::CardLevel;
using hall::CardRule;
using hall::CaseState;
using hall::test::at;
using hall::test::d;

namespace {

// No schedules: weekends only, which is all these rules need.
const hall::Calendar calendar;
const hall::CasePolicy policy;

hall::CaseStatus open_until(const char* deadline, const char* statutory) {
    hall::CaseStatus s;
    s.state = CaseState::open;
    s.deadline = d(deadline);
    s.statutory_deadline = d(statutory);
    return s;
}

}  // namespace

TEST_CASE("card rules and levels have ids, names and parse back") {
    for (auto rule : {CardRule::due_soon, CardRule::past_promised_limit, CardRule::past_statutory_limit,
                      CardRule::late_report, CardRule::manual}) {
        CHECK(hall::parse_card_rule(hall::card_rule_id(rule)) == rule);
        CHECK(hall::parse_card_rule(hall::card_rule_zh(rule)) == rule);
    }
    CHECK(std::string(hall::card_rule_id(CardRule::past_promised_limit)) == "past_promised_limit");
    CHECK_FALSE(hall::parse_card_rule("late"));
    CHECK(hall::parse_card_level("黄牌") == CardLevel::yellow);
}

TEST_CASE("assess: an open case earns a warning, then a yellow card, then a red one") {
    const hall::CaseFacts facts;
    const auto status = open_until("2026-03-16", "2026-03-30");
    const auto warning = hall::assess(facts, status, d("2026-03-13"), calendar, policy);
    REQUIRE(warning.cards.size() == 1);
    CHECK(warning.cards[0].level == CardLevel::warning);
    CHECK(warning.cards[0].note.in(hall::Lang::en) == "due on 2026-03-16");
    CHECK(hall::assess(facts, status, d("2026-03-10"), calendar, policy).cards.empty());

    const auto yellow = hall::assess(facts, status, d("2026-03-17"), calendar, policy);
    REQUIRE(yellow.cards.size() == 1);
    CHECK(yellow.cards[0].rule == CardRule::past_promised_limit);
    CHECK(yellow.cards[0].note.in(hall::Lang::zh) == "超过承诺时限 2026-03-16");

    const auto red = hall::assess(facts, status, d("2026-03-31"), calendar, policy);
    REQUIRE(red.cards.size() == 2);
    CHECK(red.cards[0].level == CardLevel::red);
    CHECK(red.cards[1].level == CardLevel::yellow);
}

TEST_CASE("assess: a paused case earns nothing; a finished one only if late by that day") {
    const hall::CaseFacts facts;
    auto status = open_until("2026-03-16", "2026-03-30");
    status.state = CaseState::paused;
    CHECK(hall::assess(facts, status, d("2026-04-30"), calendar, policy).cards.empty());

    status.state = CaseState::finished;
    status.finished = at("2026-03-18T10:00");
    status.late = true;
    CHECK(hall::assess(facts, status, d("2026-03-17"), calendar, policy).cards.empty());
    const auto late = hall::assess(facts, status, d("2026-03-18"), calendar, policy);
    REQUIRE(late.cards.size() == 1);
    CHECK(late.cards[0].rule == CardRule::past_promised_limit);
}

TEST_CASE("assess: a 容缺 approval is withdrawn after the promised day with materials outstanding") {
    hall::CaseFacts facts;
    facts.pending = {"营业执照"};
    facts.promised_by = d("2026-03-20");
    hall::CaseStatus status;
    status.state = CaseState::finished;
    status.outstanding = {"营业执照"};
    CHECK_FALSE(hall::assess(facts, status, d("2026-03-20"), calendar, policy).withdraw);
    CHECK(hall::assess(facts, status, d("2026-03-21"), calendar, policy).withdraw);
    status.outstanding.clear();
    CHECK_FALSE(hall::assess(facts, status, d("2026-03-21"), calendar, policy).withdraw);
}
