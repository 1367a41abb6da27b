#include <hall/monitoring.h>

#include <fmt/format.h>

namespace hall {
namespace {

struct RuleName {
    const char* id;
    const char* zh;
    const char* en;
};

constexpr RuleName rule_names[] = {
    {"due_soon", "即将到期", "due soon"},
    {"past_promised_limit", "超过承诺时限", "past the promised limit"},
    {"past_statutory_limit", "超过法定时限", "past the statutory limit"},
    {"late_report", "逾期上报", "reported late"},
    {"manual", "人工出示", "issued by hand"},
};

CardFinding late_report() {
    return {CardLevel::yellow, CardRule::late_report, Text{"上报件逾期上报", "upstream case reported late"}};
}

CardFinding past_statutory(Date limit) {
    return {CardLevel::red, CardRule::past_statutory_limit,
            Text{fmt::format("超过法定时限 {}", limit.to_string()),
                 fmt::format("past the statutory limit {}", limit.to_string())}};
}

CardFinding past_promised(CardRule rule, Date limit) {
    return {CardLevel::yellow, rule,
            Text{fmt::format("超过承诺时限 {}", limit.to_string()),
                 fmt::format("past the promised limit {}", limit.to_string())}};
}

}  // namespace

const char* card_level_id(CardLevel level) {
    constexpr const char* ids[] = {"warning", "yellow", "red"};
    return ids[static_cast<int>(level)];
}

const char* card_level_zh(CardLevel level) {
    constexpr const char* zh[] = {"预警", "黄牌", "红牌"};
    return zh[static_cast<int>(level)];
}

std::optional<CardLevel> parse_card_level(const std::string& text) {
    for (int i = 0; i <= 2; ++i) {
        const auto level = static_cast<CardLevel>(i);
        if (text == card_level_id(level) || text == card_level_zh(level)) return level;
    }
    return std::nullopt;
}

const char* card_rule_id(CardRule rule) {
    return rule_names[static_cast<int>(rule)].id;
}
const char* card_rule_zh(CardRule rule) {
    return rule_names[static_cast<int>(rule)].zh;
}
const char* card_rule_en(CardRule rule) {
    return rule_names[static_cast<int>(rule)].en;
}

std::optional<CardRule> parse_card_rule(const std::string& text) {
    for (int i = 0; i <= static_cast<int>(CardRule::manual); ++i) {
        const auto rule = static_cast<CardRule>(i);
        if (text == card_rule_id(rule) || text == card_rule_zh(rule)) return rule;
    }
    return std::nullopt;
}

Findings assess(const CaseFacts& facts, const CaseStatus& status, Date on, const Calendar& calendar,
                const CasePolicy& policy) {
    Findings out;
    const bool upstream = facts.item_class == CaseClass::upstream;
    switch (status.state) {
        case CaseState::paused:  // the clock is stopped: no new card until it resumes
        case CaseState::returned:
        case CaseState::withdrawn:
            break;
        case CaseState::forwarded:
            if (status.late_report) out.cards.push_back(late_report());
            break;
        case CaseState::waiting:
        case CaseState::open:
            if (!status.deadline) break;
            if (status.statutory_deadline && on > *status.statutory_deadline)
                out.cards.push_back(past_statutory(*status.statutory_deadline));
            if (on > *status.deadline)
                out.cards.push_back(past_promised(
                    upstream ? CardRule::late_report : CardRule::past_promised_limit, *status.deadline));
            else if (calendar.between_projected(on, *status.deadline).value <= policy.warning_days)
                out.cards.push_back({CardLevel::warning, CardRule::due_soon,
                                     Text{fmt::format("将于 {} 到期", status.deadline->to_string()),
                                          fmt::format("due on {}", status.deadline->to_string())}});
            break;
        case CaseState::finished: {
            if (!status.late || !status.finished || status.finished->date > on) break;
            const Date done = status.finished->date;
            if (upstream) {
                out.cards.push_back(late_report());
                break;
            }
            if (status.statutory_deadline && done > *status.statutory_deadline)
                out.cards.push_back(past_statutory(*status.statutory_deadline));
            if (status.deadline)
                out.cards.push_back(past_promised(CardRule::past_promised_limit, *status.deadline));
            break;
        }
    }
    // 容缺预审: the approval stands only if the promised materials came by the promised day.
    out.withdraw = status.state == CaseState::finished && !facts.pending.empty() && facts.promised_by &&
                   on > *facts.promised_by && !status.outstanding.empty();
    return out;
}

}  // namespace hall
