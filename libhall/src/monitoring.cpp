#include <hall/monitoring.h>

#include <fmt/format.h>

#include <algorithm>

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
    {"notice_breach", "未执行一次性告知", "one-time notice not kept"},
    {"rating_unanswered", "差评未按期核实答复", "bad rating not answered in time"},
    {"inspection_due", "现场踏勘即将到期", "site inspection due soon"},
    {"inspection_late", "现场踏勘超期", "site inspection late"},
    {"participant_late", "联办窗口逾期会签", "participant window late"},
};

CardFinding late_report() {
    return {
        CardLevel::yellow, CardRule::late_report, Text{"上报件逾期上报", "upstream case reported late"}, {}};
}

CardFinding past_statutory(Date limit) {
    return {CardLevel::red,
            CardRule::past_statutory_limit,
            Text{fmt::format("超过法定时限 {}", limit.to_string()),
                 fmt::format("past the statutory limit {}", limit.to_string())},
            {}};
}

CardFinding past_promised(CardRule rule, Date limit) {
    return {CardLevel::yellow,
            rule,
            Text{fmt::format("超过承诺时限 {}", limit.to_string()),
                 fmt::format("past the promised limit {}", limit.to_string())},
            {}};
}

}  // namespace

const char* card_level_id(CardLevel level) {
    constexpr const char* ids[] = {"record", "warning", "yellow", "red"};
    return ids[static_cast<int>(level)];
}

const char* card_level_zh(CardLevel level) {
    constexpr const char* zh[] = {"记录", "预警", "黄牌", "红牌"};
    return zh[static_cast<int>(level)];
}

std::optional<CardLevel> parse_card_level(const std::string& text) {
    for (int i = 0; i <= static_cast<int>(CardLevel::red); ++i) {
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
    for (int i = 0; i <= static_cast<int>(CardRule::participant_late); ++i) {
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
        case CaseState::withdrawn:
            break;
        case CaseState::returned:
            // A case returned after its deadline (an approved override of 超时默认) stays late
            // and earns the card it had earned when it was returned.
            if (!status.late || !status.returned_on || *status.returned_on > on || !status.deadline) break;
            if (status.statutory_deadline && *status.returned_on > *status.statutory_deadline)
                out.cards.push_back(past_statutory(*status.statutory_deadline));
            out.cards.push_back(past_promised(CardRule::past_promised_limit, *status.deadline));
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
                out.cards.push_back({CardLevel::warning,
                                     CardRule::due_soon,
                                     Text{fmt::format("将于 {} 到期", status.deadline->to_string()),
                                          fmt::format("due on {}", status.deadline->to_string())},
                                     {}});
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
    const bool running = status.state == CaseState::open || status.state == CaseState::waiting;
    // 004 (二)2(2): 现场勘查 within 5 working days; warned the day before, carded after.
    if (running && status.inspection_due && !status.inspected) {
        const Date due = *status.inspection_due;
        if (on > due)
            out.cards.push_back(
                {CardLevel::yellow,
                 CardRule::inspection_late,
                 Text{fmt::format("现场踏勘应于 {} 前完成，尚无记录", due.to_string()),
                      fmt::format("site inspection due by {} is not recorded", due.to_string())},
                 {}});
        else if (calendar.between_projected(on, due).value <= policy.warning_days)
            out.cards.push_back({CardLevel::warning,
                                 CardRule::inspection_due,
                                 Text{fmt::format("现场踏勘须于 {} 前完成", due.to_string()),
                                      fmt::format("site inspection due by {}", due.to_string())},
                                 {}});
    }
    // 004 联办件 (4): a participant late with its part earns the card itself, not the lead.
    for (std::size_t i = 0; i < facts.participants.size() && i < status.participant_due.size(); ++i) {
        const auto& window = facts.participants[i];
        const auto& due = status.participant_due[i];
        const auto& signed_by = status.signed_by;
        const bool signed_it = std::find(signed_by.begin(), signed_by.end(), window) != signed_by.end();
        const auto& late = status.late_signers;
        const bool signed_late = std::find(late.begin(), late.end(), window) != late.end();
        if (!due || !(signed_late || (!signed_it && running && on > *due))) continue;
        out.cards.push_back(
            {CardLevel::yellow, CardRule::participant_late,
             Text{fmt::format("联办窗口 {} 应于 {} 前完成会签", window, due->to_string()),
                  fmt::format("participant window {} was due to sign by {}", window, due->to_string())},
             window});
    }
    // A bad rating must be verified and answered within the follow-up window.
    if (status.follow_up_due && !status.responded && on > *status.follow_up_due)
        out.cards.push_back(
            {CardLevel::record,
             CardRule::rating_unanswered,
             Text{fmt::format("差评应于 {} 前核实答复，未答复", status.follow_up_due->to_string()),
                  fmt::format("bad rating due an answer by {}, not answered",
                              status.follow_up_due->to_string())},
             {}});
    out.deemed_consented = status.deemed_consented(on);
    // 容缺预审: the approval stands only if the promised materials came by the promised day.
    out.withdraw = status.state == CaseState::finished && !facts.pending.empty() && facts.promised_by &&
                   on > *facts.promised_by && !status.outstanding.empty();
    return out;
}

}  // namespace hall
