#pragma once
// 电子监察 as pure rules: what a case has earned as of a day (warnings, yellow and red cards,
// a 容缺 approval to withdraw), decided from its facts and status alone. The monitor (desk.h)
// chooses which cases to look at and writes what this decides; scoring reads the same rules.

#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/date.h>
#include <hall/error.h>

#include <optional>
#include <string>
#include <vector>

namespace hall {

enum class CardLevel { warning, yellow, red };  // 预警, 黄牌, 红牌

const char* card_level_id(CardLevel level);
const char* card_level_zh(CardLevel level);
std::optional<CardLevel> parse_card_level(const std::string& text);

// Why a card was issued. The ids are what the store and the JSON output hold.
enum class CardRule { due_soon, past_promised_limit, past_statutory_limit, late_report, manual };

const char* card_rule_id(CardRule rule);
const char* card_rule_zh(CardRule rule);
const char* card_rule_en(CardRule rule);
std::optional<CardRule> parse_card_rule(const std::string& text);

struct CardFinding {
    CardLevel level = CardLevel::warning;
    CardRule rule = CardRule::due_soon;
    Text note;
};

struct Findings {
    std::vector<CardFinding> cards;  // in the order they are issued
    bool withdraw = false;           // the 容缺 approval is withdrawn: promised materials missing
};

// What the case has earned as of `on`. `status` is the case's derived status (for a
// forwarded case and a 容缺 withdrawal, as replayed: late_report and outstanding).
Findings assess(const CaseFacts& facts, const CaseStatus& status, Date on, const Calendar& calendar,
                const CasePolicy& policy);

}  // namespace hall
