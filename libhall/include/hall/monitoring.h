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

// 记录, 预警, 黄牌, 红牌. A record is a finding on file that is no card of the monitoring scheme
// (a breach of the one-time notice, a bad rating left unanswered): it never counts as the
// case's card, and scoring counts it by its rule.
enum class CardLevel { record, warning, yellow, red };

const char* card_level_id(CardLevel level);
const char* card_level_zh(CardLevel level);
std::optional<CardLevel> parse_card_level(const std::string& text);

// Why a card was issued. The ids are what the store and the JSON output hold.
enum class CardRule {
    due_soon,
    past_promised_limit,
    past_statutory_limit,
    late_report,
    manual,
    notice_breach,      // 一次性告知 not kept: a second or late request (004; 002 七(四))
    rating_unanswered,  // a bad rating not answered within the follow-up window
    inspection_due,     // 现场踏勘 due soon (004: within 5 working days)
    inspection_late,    // 现场踏勘 not recorded in time
    participant_late,   // a participant window of a joint case has not signed by its part deadline
};

const char* card_rule_id(CardRule rule);
const char* card_rule_zh(CardRule rule);
const char* card_rule_en(CardRule rule);
std::optional<CardRule> parse_card_rule(const std::string& text);

struct CardFinding {
    CardLevel level = CardLevel::warning;
    CardRule rule = CardRule::due_soon;
    Text note;
    std::string window;  // the window the card falls to when it is not the case's lead window
};

struct Findings {
    std::vector<CardFinding> cards;  // in the order they are issued
    bool withdraw = false;           // the 容缺 approval is withdrawn: promised materials missing
    bool deemed_consented = false;   // 超时默认 as of the day (004): listed by the monitor
};

// What the case has earned as of `on`. `status` is the case's derived status, replayed (the
// cached columns do not hold late_report, outstanding, the inspection, the participants'
// part deadlines or the rating's answer).
Findings assess(const CaseFacts& facts, const CaseStatus& status, Date on, const Calendar& calendar,
                const CasePolicy& policy);

}  // namespace hall
