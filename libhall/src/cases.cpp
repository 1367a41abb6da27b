#include <hall/cases.h>
#include <hall/error.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace hall {
namespace {

void add_unique(std::vector<std::string>& to, const std::vector<std::string>& items) {
    for (const auto& m : items)
        if (std::find(to.begin(), to.end(), m) == to.end()) to.push_back(m);
}

// The deadline of `limit` counted from `start`, with `extra` working days for pauses and
// extensions.
Projected<Date> limit_deadline(const Calendar& calendar, Date start, const Limit& limit, int extra) {
    switch (limit.unit) {
        case LimitUnit::workdays:
            return calendar.add_projected(start, limit.amount + extra);
        case LimitUnit::days: {
            const auto base = calendar.clock_start(start + limit.amount);
            auto result = calendar.add_projected(base.value, extra);
            result.provisional = result.provisional || base.provisional;
            return result;
        }
        case LimitUnit::months: {
            int y = start.year(), m = start.month() + limit.amount;
            y += (m - 1) / 12;
            m = (m - 1) % 12 + 1;
            if (y > 9999)
                throw InvalidInput(
                    Text{fmt::format("时限 {} 个月超出了日历范围", limit.amount),
                         fmt::format("a limit of {} months runs past the calendar", limit.amount)});
            int d = start.day();
            std::optional<Date> end;
            while (!(end = Date::from_ymd(y, m, d))) --d;  // Jan 31 + 1 month → Feb 28/29
            const auto base = calendar.clock_start(*end);
            auto result = calendar.add_projected(base.value, extra);
            result.provisional = result.provisional || base.provisional;
            return result;
        }
    }
    return {start, false};
}

std::string moves_list(const std::vector<StepKind>& moves, Lang lang) {
    if (moves.empty()) return lang == Lang::zh ? "无" : "none";
    std::string out;
    for (auto m : moves) out += (out.empty() ? "" : ", ") + std::string(step_id(m));
    return out;
}

}  // namespace

bool CaseStatus::overdue(Date today) const {
    if (late) return true;
    if (!deadline) return false;
    return (state == CaseState::waiting || state == CaseState::open) && today > *deadline;
}

bool CaseStatus::deemed_consented(Date today) const {
    switch (state) {
        case CaseState::waiting:
        case CaseState::open:
        case CaseState::paused:
        case CaseState::forwarded:
            return overdue(today);
        default:
            return false;
    }
}

const char* state_id(CaseState s) {
    constexpr const char* ids[] = {"waiting",  "open",     "paused",   "forwarded",
                                   "finished", "returned", "withdrawn"};
    return ids[static_cast<int>(s)];
}

const char* state_zh(CaseState s) {
    constexpr const char* zh[] = {"待补齐", "办理中", "暂停", "已上报", "办结", "退回", "撤销"};
    return zh[static_cast<int>(s)];
}

std::optional<CaseState> parse_state(const std::string& text) {
    for (int i = 0; i <= static_cast<int>(CaseState::withdrawn); ++i) {
        const auto s = static_cast<CaseState>(i);
        if (text == state_id(s) || text == state_zh(s)) return s;
    }
    return std::nullopt;
}

const char* step_id(StepKind k) {
    constexpr const char* ids[] = {"open",    "supplement", "supplied", "pause",  "resume", "extend",
                                   "forward", "decide",     "return",   "review", "finish", "rate",
                                   "respond", "withdraw",   "correct",  "sign",   "urge",   "inspect"};
    return ids[static_cast<int>(k)];
}

std::optional<StepKind> parse_step(const std::string& id) {
    for (int i = 0; i <= static_cast<int>(last_step_kind); ++i)
        if (id == step_id(static_cast<StepKind>(i))) return static_cast<StepKind>(i);
    return std::nullopt;
}

const char* step_zh(StepKind k) {
    constexpr const char* zh[] = {"收件登记", "补正告知", "材料补齐", "暂停计时", "恢复计时", "延期",
                                  "上报",     "上级决定", "退回",     "复核",     "办结",     "评价",
                                  "回访答复", "撤销审批", "更正",     "会签",     "督办",     "现场踏勘"};
    return zh[static_cast<int>(k)];
}

std::vector<StepKind> allowed_moves(const CaseStatus& status, const CaseFacts& facts) {
    std::vector<StepKind> moves;
    const bool can_rate = !status.rating.has_value();
    const bool can_respond = status.rating && *status.rating <= 2 && !status.responded;
    const bool instant = status.case_class == CaseClass::instant || facts.item_class == CaseClass::instant;
    switch (status.state) {
        case CaseState::waiting:
            moves = {StepKind::supplement, StepKind::supplied, StepKind::return_, StepKind::urge};
            break;
        case CaseState::open:
            moves = {StepKind::supplement};
            if (!instant) moves.insert(moves.end(), {StepKind::pause, StepKind::extend});
            if (facts.item_class == CaseClass::upstream) moves.push_back(StepKind::forward);
            if (status.signed_by.size() < facts.participants.size()) moves.push_back(StepKind::sign);
            if (facts.inspection && !status.inspected) moves.push_back(StepKind::inspect);
            moves.push_back(StepKind::return_);
            if (!status.outstanding.empty()) moves.push_back(StepKind::supplied);
            moves.push_back(StepKind::finish);
            moves.push_back(StepKind::urge);
            break;
        case CaseState::paused:
            moves = {StepKind::resume};
            if (!instant) moves.push_back(StepKind::extend);
            moves.insert(moves.end(), {StepKind::return_, StepKind::urge});
            break;
        case CaseState::forwarded:
            moves = {StepKind::decide, StepKind::urge};
            break;
        case CaseState::finished:
            if (can_rate) moves.push_back(StepKind::rate);
            if (can_respond) moves.push_back(StepKind::respond);
            if (!status.outstanding.empty()) {
                moves.push_back(StepKind::supplied);
                moves.push_back(StepKind::withdraw);
            }
            break;
        case CaseState::returned:
            if (!status.ruling) moves.push_back(StepKind::review);
            if (can_rate) moves.push_back(StepKind::rate);
            if (can_respond) moves.push_back(StepKind::respond);
            break;
        case CaseState::withdrawn:
            if (can_rate) moves.push_back(StepKind::rate);
            if (can_respond) moves.push_back(StepKind::respond);
            break;
    }
    return moves;
}

std::vector<Step> effective_steps(std::span<const Step> steps) {
    std::vector<Step> out;
    out.reserve(steps.size());
    for (const Step& step : steps)
        if (step.kind != StepKind::correct) out.push_back(step);
    for (const Step& step : steps)
        if (step.kind == StepKind::correct)
            for (Step& target : out)
                if (target.seq == step.corrects) target.at = step.at;
    return out;
}

CaseStatus replay(const CaseFacts& facts, std::span<const Step> all_steps, const Calendar& calendar,
                  const CasePolicy& policy) {
    const std::vector<Step> steps = effective_steps(all_steps);
    CaseStatus s;
    s.case_class = facts.registered;
    CaseClass before_return = facts.registered;
    const Date received = facts.received.date;
    s.requested = facts.missing;
    auto start_clock = [&](Date day) {
        const auto start = calendar.clock_start(day);
        s.clock_start = start.value;
        s.provisional = s.provisional || start.provisional;
    };
    // The deadlines as they stand now; while paused, as they stood when the clock stopped
    // (paused days are added on resume).
    auto derive_deadlines = [&] {
        s.deadline.reset();
        s.statutory_deadline.reset();
        s.statutory_provisional = false;
        s.inspection_due.reset();
        s.participant_due.assign(facts.participants.size(), std::nullopt);
        if (!s.clock_start) return;
        const int extra = s.paused_days + s.extension_days;
        Limit limit = facts.promised;
        if (facts.item_class == CaseClass::upstream && facts.reporting_days)
            limit = Limit{*facts.reporting_days, LimitUnit::workdays};
        const auto due = limit_deadline(calendar, *s.clock_start, limit, extra);
        s.deadline = due.value;
        s.provisional = s.provisional || due.provisional;
        if (facts.statutory) {
            const auto statutory = limit_deadline(calendar, *s.clock_start, *facts.statutory, extra);
            s.statutory_deadline = statutory.value;
            s.statutory_provisional = statutory.provisional;
        }
        // 004 (二)2(2): 现场勘查 within 5 working days.
        if (facts.inspection)
            s.inspection_due = calendar.add_projected(*s.clock_start, policy.inspection_days).value;
        // 004 联办件 (4): every participant finishes its part within the promised limit.
        for (std::size_t i = 0; i < facts.participants.size(); ++i) {
            const int days = i < facts.participant_days.size() ? facts.participant_days[i] : 0;
            Date part = *s.deadline;
            if (days > 0) part = std::min(part, calendar.add_projected(*s.clock_start, days + extra).value);
            s.participant_due[i] = part;
        }
    };

    for (const Step& step : steps) {
        const Date day = step.at.date;
        // Lateness is a fact of the moment it happens: a step taken after the deadline while
        // the clock ran leaves the case late, whatever later steps do (超时默认, 004).
        if (s.state == CaseState::open && s.deadline && day > *s.deadline) s.late = true;
        switch (step.kind) {
            case StepKind::open:
                if (facts.registered == CaseClass::returned) {
                    // A controlled item (控制事项, 004 一次性告知制 4) is registered as returned: on
                    // record with its reason and notice, with no clock.
                    s.state = CaseState::returned;
                    s.case_class = CaseClass::returned;
                } else if (!facts.missing.empty()) {
                    s.state = CaseState::waiting;
                    s.case_class = CaseClass::supplement;
                    s.outstanding = facts.missing;
                    s.supplement_requests = 1;
                } else {
                    s.state = CaseState::open;
                    start_clock(received);
                    s.outstanding = facts.pending;
                }
                break;
            case StepKind::supplement: {
                add_unique(s.outstanding, step.materials);
                add_unique(s.requested, step.materials);
                const bool defective = step.value == 1;
                const bool first = s.supplement_requests == 0;
                ++s.supplement_requests;
                if (defective) ++s.defective_requests;
                // 一次性告知 (004 三; 行政许可法 §32): all missing materials are asked for once,
                // within 5 working days of receipt. Counted from the day the receipt counts
                // as received (SPEC §1); a defective hand-in counts from that day.
                const Date from = defective && s.last_supplied ? *s.last_supplied : received;
                const int since = calendar.between_projected(calendar.clock_start(from).value, day).value;
                const bool in_time = since <= policy.one_time_notice_days;
                if (!in_time) s.late_notice = true;
                if (!defective && (!first || !in_time)) ++s.notice_breaches;
                // Only a first request in time, or a defective hand-in asked about in time,
                // restarts the clock; a breach never does.
                if (s.state == CaseState::open && in_time && (first || defective)) {
                    s.state = CaseState::waiting;
                    s.case_class = CaseClass::supplement;
                    s.clock_start.reset();
                    s.paused_days = 0;
                }
                break;
            }
            case StepKind::supplied:
                s.outstanding.clear();
                s.last_supplied = day;
                if (s.state == CaseState::waiting) {
                    s.state = CaseState::open;
                    start_clock(day);
                }
                break;
            case StepKind::pause:
                s.state = CaseState::paused;
                s.paused_since = day;
                break;
            case StepKind::resume:
                if (s.paused_since) {
                    // Days before the clock started were never counted, so they are not paused.
                    const Date from =
                        s.clock_start ? std::max(*s.paused_since, *s.clock_start) : *s.paused_since;
                    const auto paused = calendar.between_projected(from, day);
                    s.paused_days += std::max(0, paused.value);
                    s.provisional = s.provisional || paused.provisional;
                }
                s.paused_since.reset();
                s.state = CaseState::open;
                break;
            case StepKind::extend:
                s.extension_days += step.value;
                break;
            case StepKind::forward:
                s.state = CaseState::forwarded;
                s.forwarded = step.at;
                break;
            case StepKind::decide:
                s.state = CaseState::finished;
                s.finished = step.at;
                s.result = step.reason;
                if (step.overrides_default) s.overridden = true;
                break;
            case StepKind::return_:
                before_return = s.case_class;
                s.state = CaseState::returned;
                s.case_class = CaseClass::returned;
                s.ruling.reset();
                s.returned_on = day;
                if (step.overrides_default) s.overridden = true;
                break;
            case StepKind::review:
                s.ruling = step.value == static_cast<int>(Ruling::uphold) ? Ruling::uphold : Ruling::overturn;
                if (*s.ruling == Ruling::uphold) break;  // the return stands; the case stays closed
                s.state = CaseState::open;
                s.case_class = before_return == CaseClass::returned ? facts.item_class : before_return;
                s.paused_days = 0;
                s.outstanding.clear();
                start_clock(day);
                break;
            case StepKind::finish:
                s.state = CaseState::finished;
                s.finished = step.at;
                break;
            case StepKind::rate:
                s.rating = step.value;
                if (step.value <= 2)
                    s.follow_up_due = calendar.add_projected(day, policy.follow_up_days).value;
                break;
            case StepKind::respond:
                s.responded = true;
                s.responded_on = day;
                break;
            case StepKind::withdraw:
                s.state = CaseState::withdrawn;
                break;
            case StepKind::correct:
                break;
            case StepKind::sign: {
                s.signed_by.push_back(step.actor);
                const auto& p = facts.participants;
                const auto at = std::find(p.begin(), p.end(), step.actor);
                if (at != p.end()) {
                    const auto& due = s.participant_due[static_cast<std::size_t>(at - p.begin())];
                    if (due && day > *due) s.late_signers.push_back(step.actor);
                }
                break;
            }
            case StepKind::urge:
                ++s.urged;
                break;
            case StepKind::inspect:
                s.inspected = day;
                break;
        }
        derive_deadlines();
    }

    if (s.forwarded && s.deadline) s.late_report = s.forwarded->date > *s.deadline;
    if (s.deadline) {
        const Date due = *s.deadline;
        switch (s.state) {
            case CaseState::finished:
                if ((s.forwarded ? s.forwarded->date : s.finished->date) > due) s.late = true;
                break;
            case CaseState::forwarded:
                if (s.forwarded->date > due) s.late = true;
                break;
            case CaseState::paused:
                if (s.paused_since && *s.paused_since > due) s.late = true;
                break;
            default:
                break;
        }
    }
    if (s.finished) {
        // A figure spanning a year with no schedule yet is counted Monday to Friday, as its
        // deadline was (provisional).
        const Date day = s.finished->date;
        auto work_days = [&](Date from, Date to) {
            return std::max(0, calendar.between_projected(from, to).value);
        };
        if (s.clock_start) s.work_days = work_days(*s.clock_start, day);
        if (s.late && s.deadline) s.days_late = work_days(*s.deadline, day);
        if (s.last_supplied && (!facts.missing.empty() || s.supplement_requests > 0))
            s.waiting_days = work_days(received, *s.last_supplied);
        if (s.forwarded) s.authority_days = work_days(s.forwarded->date, day);
    }
    return s;
}

void check_correction(const CaseFacts& facts, std::span<const Step> steps, const Step& correction) {
    if (correction.reason.empty())
        throw InvalidInput(Text{"更正须写明理由（--reason）", "a correction needs a reason (--reason)"});
    // A correction can move a step across its deadline, so it is an approved act (SPEC §2).
    if (correction.actor.empty())
        throw InvalidInput(
            Text{"更正须写明批准人（--approved-by）", "a correction needs its approver (--approved-by)"});
    const auto effective = effective_steps(steps);
    for (std::size_t i = 0; i < effective.size(); ++i) {
        if (effective[i].seq != correction.corrects) continue;
        if (i == 0)
            throw Refused(Text{
                fmt::format("办件 {}：收件登记不能更正；登记有误请退回后重新收件", facts.number),
                fmt::format("case {}: the receipt cannot be corrected; return the case and register it again",
                            facts.number)});
        const Moment& before = effective[i - 1].at;
        const bool has_next = i + 1 < effective.size();
        if (correction.at < before || (has_next && effective[i + 1].at < correction.at))
            throw Refused(Text{
                fmt::format("办件 {}：更正后的时间 {} 须在前后两步之间（{} 至 {}）", facts.number,
                            correction.at.to_string(), before.to_string(),
                            has_next ? effective[i + 1].at.to_string() : "现在"),
                fmt::format("case {}: the corrected time {} must lie between the steps around it ({} to {})",
                            facts.number, correction.at.to_string(), before.to_string(),
                            has_next ? effective[i + 1].at.to_string() : "now")});
        return;
    }
    throw NotFound(Text{
        fmt::format("办件 {} 没有第 {} 步；用 hall case history 查看", facts.number, correction.corrects),
        fmt::format("case {} has no step {}; see 'hall case history'", facts.number, correction.corrects)});
}

void check_entered_in_time(const CaseFacts& facts, const CaseStatus& status, const Step& step,
                           Date recorded_on) {
    if (step.kind == StepKind::correct) return;  // the approved way, checked by check_correction
    const Date dated = step.at.date;
    auto refuse = [&](Date due, const std::string& whose_zh, const std::string& whose_en) {
        throw Refused(Text{
            fmt::format("办件 {} {}的截止日 {} 已过，今天（{}）录入的这一步不能写成 {}：按实际时间录入；"
                        "时间确有错误的，经批准后用 hall case correct --approved-by NAME --reason R 更正",
                        facts.number, whose_zh, due.to_string(), recorded_on.to_string(), dated.to_string()),
            fmt::format("case {}: {}deadline {} has passed, so a step entered today ({}) cannot be dated {}: "
                        "record it at its true time; a time that is truly wrong is put right by an approved "
                        "'hall case correct --approved-by NAME --reason R'",
                        facts.number, whose_en, due.to_string(), recorded_on.to_string(),
                        dated.to_string())});
    };
    if (status.state == CaseState::open && status.deadline && recorded_on > *status.deadline &&
        dated <= *status.deadline)
        refuse(*status.deadline, "", "its ");
    if (step.kind == StepKind::sign) {
        const auto& p = facts.participants;
        const auto at = std::find(p.begin(), p.end(), step.actor);
        if (at == p.end()) return;
        const auto& due = status.participant_due[static_cast<std::size_t>(at - p.begin())];
        if (due && recorded_on > *due && dated <= *due)
            refuse(*due, fmt::format("联办窗口 {} ", step.actor),
                   fmt::format("participant {}'s part ", step.actor));
    }
}

void check_move(const CaseFacts& facts, const CaseStatus& status, const Step& step, const Step& last,
                const CasePolicy& policy) {
    const auto moves = allowed_moves(status, facts);
    if (std::find(moves.begin(), moves.end(), step.kind) == moves.end()) {
        std::string why_zh, why_en;
        if (step.kind == StepKind::rate && status.rating) {
            why_zh = "，已评价过";
            why_en = ", already rated";
        } else if (step.kind == StepKind::forward && facts.item_class != CaseClass::upstream) {
            why_zh = "，只有上报件可以上报";
            why_en = "; only upstream cases are forwarded";
        }
        throw Refused(Text{
            fmt::format("办件 {} 当前状态为{}{}，不能 {}；可以：{}", facts.number, state_zh(status.state),
                        why_zh, step_id(step.kind), moves_list(moves, Lang::zh)),
            fmt::format("case {} is {}{}: '{}' is not allowed; it allows: {}", facts.number,
                        state_id(status.state), why_en, step_id(step.kind), moves_list(moves, Lang::en))});
    }
    if (step.at < last.at)
        throw Refused(
            Text{fmt::format("办件 {}：{} 早于上一步（{} {}），不能倒填", facts.number, step.at.to_string(),
                             step_zh(last.kind), last.at.to_string()),
                 fmt::format("case {}: {} is before its last step ({} at {}); steps cannot go back in time",
                             facts.number, step.at.to_string(), step_id(last.kind), last.at.to_string())});
    const Date day = step.at.date;
    const bool instant = status.case_class == CaseClass::instant || facts.item_class == CaseClass::instant;
    const bool refusing =
        step.kind == StepKind::return_ || (step.kind == StepKind::decide && step.reason == "rejected");
    if (step.overrides_default) {
        if (!refusing)
            throw InvalidInput(Text{"--override 只用于超时默认后的退回或不予许可",
                                    "--override applies only to a return or a rejection after 超时默认"});
        if (!status.deemed_consented(day))
            throw Refused(
                Text{fmt::format("办件 {} 未超过承诺时限，无需 --override", facts.number),
                     fmt::format("case {} is not past its promised deadline; --override is not needed",
                                 facts.number)});
        // A decision's reason field holds its result; the override's grounds are its basis.
        const std::string& grounds = step.kind == StepKind::decide ? step.basis : step.reason;
        if (step.actor.empty() || grounds.empty())
            throw InvalidInput(Text{"超时默认后拒绝须经批准：写明 --approved-by 和 --reason",
                                    "an override of 超时默认 needs --approved-by and --reason"});
    } else if (refusing && status.deemed_consented(day)) {
        // 004 (二)2(3): past the promised limit the window is deemed to have consented. What it
        // may still do depends on where the case stands: issue it, or for an upstream case
        // report it, or record the authority's approval.
        const std::string due = status.deadline ? status.deadline->to_string() : "—";
        const bool upstream = facts.item_class == CaseClass::upstream;
        const Text still =
            status.state == CaseState::forwarded
                ? Text{"只能记录上级同意的决定（hall case decide --result approved）",
                       "only the authority's approval can be recorded ('hall case decide --result "
                       "approved')"}
            : upstream ? Text{"只能上报（hall case forward）或办结（hall case finish）",
                              "only forwarded ('hall case forward') or finished ('hall case finish')"}
                       : Text{"只能办结（hall case finish）", "only finished ('hall case finish')"};
        throw Refused(Text{
            fmt::format("办件 {0} 已超过承诺时限（截止 {1}），视为默认（超时默认），不能退回或不予许可；{2}。"
                        "法律规定必须拒绝的，须经批准并记录：--override --approved-by 批准人 --reason 理由",
                        facts.number, due, still.zh),
            fmt::format(
                "case {0} is past its promised deadline ({1}) and deemed consented (超时默认): it can no "
                "longer be returned or rejected, {2}; where a statute forces a refusal, record an "
                "approved override: --override --approved-by NAME --reason R",
                facts.number, due, still.en)});
    }
    if (step.kind == StepKind::pause || step.kind == StepKind::extend) {
        if (instant)
            throw Refused(Text{
                fmt::format("办件 {} 是即办件，当场（当日）办结，不能{}", facts.number, step_zh(step.kind)),
                fmt::format("case {} is an instant case, done the day it is received: it cannot be {}",
                            facts.number, step.kind == StepKind::pause ? "paused" : "extended")});
        // A paused case's clock is stopped, so only a running clock can have run out.
        const bool past =
            status.late || (status.state == CaseState::open && status.deadline && day > *status.deadline);
        if (past)
            throw Refused(Text{
                fmt::format("办件 {} 已过截止日 {}，不能再{}（004：承诺件不得随意延长办理时间）",
                            facts.number, status.deadline ? status.deadline->to_string() : "—",
                            step_zh(step.kind)),
                fmt::format(
                    "case {} is past its deadline {}: it can no longer be {} (a promised case may not be "
                    "prolonged at will)",
                    facts.number, status.deadline ? status.deadline->to_string() : "—",
                    step.kind == StepKind::pause ? "paused" : "extended")});
    }
    switch (step.kind) {
        case StepKind::sign: {
            const auto& p = facts.participants;
            if (std::find(p.begin(), p.end(), step.actor) == p.end())
                throw Refused(
                    Text{fmt::format("窗口 {} 不是办件 {} 的联办窗口", step.actor, facts.number),
                         fmt::format("window {} is not a participant of case {}", step.actor, facts.number)});
            const auto& done = status.signed_by;
            if (std::find(done.begin(), done.end(), step.actor) != done.end())
                throw Refused(
                    Text{fmt::format("窗口 {} 已会签办件 {}", step.actor, facts.number),
                         fmt::format("window {} has already signed case {}", step.actor, facts.number)});
            break;
        }
        case StepKind::finish: {
            std::string pending;
            for (const auto& w : facts.participants)
                if (std::find(status.signed_by.begin(), status.signed_by.end(), w) == status.signed_by.end())
                    pending += (pending.empty() ? "" : ", ") + w;
            if (!pending.empty())
                throw Refused(
                    Text{fmt::format("办件 {} 是联办件，联办窗口 {} 尚未会签，牵头窗口不能办结", facts.number,
                                     pending),
                         fmt::format("case {} is a joint case and {} has not signed; the lead window cannot "
                                     "finish it yet (hall case sign)",
                                     facts.number, pending)});
            break;
        }
        case StepKind::extend: {
            if (step.value < 1)
                throw InvalidInput(Text{
                    fmt::format("--days 应为正整数，而不是 {}", step.value),
                    fmt::format("--days must be a positive number of working days, not {}", step.value)});
            const int total = status.extension_days + step.value;
            if (total > policy.max_extension_days)
                throw Refused(
                    Text{fmt::format("办件 {}：延期合计 {} 个工作日，超过上限 {} 个工作日", facts.number,
                                     total, policy.max_extension_days),
                         fmt::format("case {}: extensions would total {} working days; the limit is {}",
                                     facts.number, total, policy.max_extension_days)});
            if (step.actor.empty() || step.reason.empty())
                throw InvalidInput(Text{"延期须写明批准人（--approved-by）和理由（--reason）",
                                        "an extension needs --approved-by and --reason"});
            break;
        }
        case StepKind::rate:
            if (step.value < 1 || step.value > 5)
                throw InvalidInput(
                    Text{fmt::format("--rating 应为 1 到 5（非常不满意…非常满意），而不是 {}", step.value),
                         fmt::format("--rating must be 1 to 5 (very dissatisfied … very satisfied), not {}",
                                     step.value)});
            break;
        case StepKind::supplement:
            if (step.materials.empty())
                throw InvalidInput(
                    Text{"补正告知须一次列出所有缺少的材料（--missing）",
                         "a supplement request lists every missing material at once (--missing)"});
            if (step.value == 1) {
                // The one exception to 一次性告知: what was asked for and handed in is itself
                // defective. It must be materials already requested, after a hand-in.
                if (!status.last_supplied)
                    throw Refused(Text{
                        fmt::format("办件 {} 尚未补交材料，不能按“材料有缺陷”再次告知", facts.number),
                        fmt::format("case {}: no materials have been handed in, so none can be defective",
                                    facts.number)});
                for (const auto& m : step.materials)
                    if (std::find(status.requested.begin(), status.requested.end(), m) ==
                        status.requested.end())
                        throw Refused(Text{
                            fmt::format("“{}”不在已告知的材料中；材料有缺陷只能针对已告知并已补交的材料", m),
                            fmt::format("'{}' was never requested: --defective covers only materials that "
                                        "were requested and handed in",
                                        m)});
            }
            break;
        case StepKind::return_:
            if (step.reason.empty() || step.basis.empty())
                throw InvalidInput(
                    Text{"退回须写明理由（--reason）和政策依据（--basis）",
                         "a return needs its reason (--reason) and its policy basis (--basis)"});
            break;
        case StepKind::review:
            if (step.reason.empty())
                throw InvalidInput(
                    Text{"复核裁定须写明理由（--reason）", "a review ruling needs its reason (--reason)"});
            break;
        case StepKind::urge:
            if (step.actor.empty())
                throw InvalidInput(Text{"督办须写明督办人（--by）", "urging needs who urges (--by)"});
            break;
        case StepKind::pause:
        case StepKind::withdraw:
            if (step.reason.empty())
                throw InvalidInput(
                    Text{fmt::format("{}须写明理由（--reason）", step_zh(step.kind)),
                         fmt::format("'{}' needs a written reason (--reason)", step_id(step.kind))});
            break;
        case StepKind::forward:
            if (step.actor.empty())
                throw InvalidInput(Text{"上报须写明上级机关（--to）", "forward needs the authority (--to)"});
            break;
        case StepKind::decide:
            if (step.reason != "approved" && step.reason != "rejected")
                throw InvalidInput(Text{"--result 只能是 approved（同意）或 rejected（不同意）",
                                        "--result must be approved or rejected"});
            break;
        default:
            break;
    }
}

}  // namespace hall
