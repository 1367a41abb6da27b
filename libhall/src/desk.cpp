#include <hall/desk.h>
#include <hall/monitoring.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>

namespace hall {
namespace {

// The notice each class issues at intake (六件管理制度: each class issues its own).
const char* notice_kind_for(CaseClass c) {
    switch (c) {
        case CaseClass::instant:
            return notice_kind_id(NoticeKind::acceptance);
        case CaseClass::joint:
            return notice_kind_id(NoticeKind::joint_promise);
        case CaseClass::upstream:
            return notice_kind_id(NoticeKind::upstream_promise);
        case CaseClass::supplement:
            return notice_kind_id(NoticeKind::supplement);
        case CaseClass::returned:
            return notice_kind_id(NoticeKind::return_);
        case CaseClass::promised:
            break;
    }
    return notice_kind_id(NoticeKind::promise);
}

// What assess() reads of a running case whose facts need no replay (no upstream report, no
// inspection, no participants): all of it is cached. Replaying 80 000 open cases a night
// instead would cost more than the rest of the monitor.
CaseStatus running_status(const CachedStatus& cached) {
    CaseStatus s;
    s.state = cached.state;
    s.case_class = cached.case_class;
    s.clock_start = cached.clock_start;
    s.deadline = cached.deadline;
    s.statutory_deadline = cached.statutory_deadline;
    s.provisional = cached.provisional;
    s.finished = cached.finished;
    s.follow_up_due = cached.follow_up_due;
    s.late = cached.late;
    return s;
}

// Records a finding on the case (a card, or a record) once; true when it was new.
bool record_finding(Store& store, std::int64_t case_id, const CardFinding& finding, Date on) {
    // The stored note stays Chinese, as every card issued so far.
    return store.add_card(case_id, finding.level, card_rule_id(finding.rule), true, on,
                          finding.note.in(Lang::zh), finding.window);
}

NotFound unknown_case(const std::string& number) {
    return NotFound(Text{fmt::format("没有办件 {}；用 hall case list 查看办件", number),
                         fmt::format("no case {}; see 'hall case list'", number)});
}

std::string material_names(const Item& item) {
    std::string out;
    for (const auto& m : item.materials) out += (out.empty() ? "" : "、") + m.name;
    return out;
}

// Notices list materials by name, so every name must be one the item lists (an item with
// no list accepts any).
void require_listed(const Item& item, const std::vector<std::string>& names) {
    if (item.materials.empty()) return;
    for (const auto& name : names)
        if (std::none_of(item.materials.begin(), item.materials.end(),
                         [&](const Material& m) { return m.name == name; }))
            throw InvalidInput(
                Text{fmt::format("事项 {} 没有材料“{}”；应是：{}", item.code, name, material_names(item)),
                     fmt::format("item {} has no material '{}'; it lists: {}", item.code, name,
                                 material_names(item))});
}

}  // namespace

Opened open_case(Store& store, const Calendar& calendar, const CasePolicy& policy, const OpenRequest& request,
                 const Moment& now) {
    const auto item = store.find_item(request.item);
    if (!item)
        throw NotFound(Text{fmt::format("没有事项 {}；用 hall item list 查看事项目录", request.item),
                            fmt::format("unknown item {}; see 'hall item list'", request.item)});
    if (request.applicant.empty())
        throw InvalidInput(Text{"须写明申请人（--applicant）", "the applicant is required (--applicant)"});
    // 第一责任人 (000 首问负责制; 004): whoever receives the case owns it to the end.
    if (request.staff.empty())
        throw InvalidInput(Text{"须写明第一责任人：--staff 工号（或在本机设置 HALL_STAFF）",
                                "the first responsible person is required: --staff CODE (or set HALL_STAFF "
                                "on the clerk's terminal)"});
    if (!store.find_staff(request.staff))
        throw NotFound(Text{fmt::format("没有工作人员 {}；用 hall staff list 查看", request.staff),
                            fmt::format("unknown staff {}; see 'hall staff list'", request.staff)});
    require_listed(*item, request.missing);
    if (!request.pending.empty()) {
        if (!request.promised_by)
            throw InvalidInput(
                Text{"容缺受理须写明承诺补齐日期（--promise-by）",
                     "approval with pending materials needs the promised date (--promise-by)"});
        if (!item->tolerance && request.investment < policy.joint_investment)
            throw Refused(
                Text{fmt::format("事项 {} 不适用容缺预审：须为重点项目或投资额不少于 {} 元", item->code,
                                 policy.joint_investment),
                     fmt::format("item {} is not eligible for approval with pending materials: it must be a "
                                 "key project or an investment of at least {} yuan",
                                 item->code, policy.joint_investment)});
        require_listed(*item, request.pending);
        for (const auto& m : request.pending) {
            for (const auto& listed_material : item->materials)
                if (listed_material.name == m && listed_material.main)
                    throw Refused(
                        Text{fmt::format("“{}”是主件，主件不能容缺", m),
                             fmt::format("'{}' is a main document; only attachments may be pending", m)});
        }
    }
    const Moment received = request.received.value_or(now);
    if (received > now)
        throw Refused(Text{
            fmt::format("收件时间 {} 晚于现在（{}）", received.to_string(), now.to_string()),
            fmt::format("received {} is in the future (now is {})", received.to_string(), now.to_string())});
    if (request.promised_by && *request.promised_by < received.date)
        throw Refused(Text{"承诺补齐日期早于收件日期", "the promised date is before the receipt"});

    std::vector<std::string> units = item->participants;  // the windows besides the lead
    std::vector<int> unit_days = item->participant_days;
    std::string lead = item->window;
    if (!request.lead.empty()) {
        // 004 联办件 (2): 特殊情况下也可由"中心"指定首办责任单位, among the item's units.
        const auto at = std::find(units.begin(), units.end(), request.lead);
        if (request.lead != item->window && at == units.end())
            throw Refused(Text{
                fmt::format("窗口 {} 不是事项 {} 的责任窗口；牵头窗口应是 {}{}", request.lead, item->code,
                            item->window, units.empty() ? "" : fmt::format(" 或 {}", fmt::join(units, "、"))),
                fmt::format("window {} is not a responsible window of item {}; the lead must be {}{}",
                            request.lead, item->code, item->window,
                            units.empty() ? "" : fmt::format(" or {}", fmt::join(units, ", ")))});
        if (at != units.end()) {
            const auto i = static_cast<std::size_t>(at - units.begin());
            *at = item->window;  // the item's own window takes the designated lead's place
            if (i < unit_days.size()) unit_days[i] = 0;
            lead = request.lead;
        }
    }

    CaseClass base = item->case_class;
    if (request.case_class) {
        if (*request.case_class == CaseClass::returned || *request.case_class == CaseClass::supplement)
            throw InvalidInput(
                Text{"--class 不能是退回件或补办件：退回用 hall case return，补办用 --missing",
                     "--class cannot be returned or supplement: use 'hall case return', or --missing"});
        base = *request.case_class;
    } else if ((!item->participants.empty() &&
                static_cast<int>(item->participants.size()) + 1 >= policy.joint_min_units) ||
               request.investment >= policy.joint_investment) {
        if (base != CaseClass::upstream) base = CaseClass::joint;
    }

    Store::Transaction tx(store);
    CaseFacts facts;
    facts.number = store.next_case_number(received.date);
    facts.item = item->code;
    facts.item_name = item->name;
    facts.window = lead;
    facts.lead_designated = !request.lead.empty();
    facts.staff = request.staff;
    facts.applicant = request.applicant;
    facts.applicant_id = request.applicant_id;
    facts.item_class = base;
    // A controlled item (控制事项, 004 一次性告知制 4) is not turned away unrecorded: it is
    // registered as a returned case, with its reason and notice, and reported to the centre.
    facts.registered = item->prohibited          ? CaseClass::returned
                       : request.missing.empty() ? base
                                                 : CaseClass::supplement;
    facts.promised = base == CaseClass::instant ? Limit{0, LimitUnit::workdays} : item->promised;
    facts.statutory = item->statutory;
    facts.reporting_days = item->reporting_days;
    facts.participants = units;
    facts.participant_days = unit_days;
    facts.inspection = item->inspection;
    facts.investment = request.investment;
    facts.received = received;
    facts.missing = request.missing;
    facts.pending = request.pending;
    facts.promised_by = request.promised_by;

    Step open;
    open.seq = 1;
    open.kind = StepKind::open;
    open.at = received;
    open.staff = request.staff;
    if (item->prohibited) {
        open.reason = item->prohibited_reason;
        open.basis = "控制事项：属国家明令禁止或不符合产业政策、发展规划的事项（004 控制事项的明确答复制）";
    }
    const CaseStatus status = replay(facts, std::span<const Step>(&open, 1), calendar, policy);
    // 容缺预审 (004): the promised date lies within the case's promised deadline.
    if (facts.promised_by && status.deadline && *facts.promised_by > *status.deadline)
        throw Refused(
            Text{fmt::format("承诺补齐日期 {} 晚于本件承诺办结日期 {}；容缺材料须在承诺时限内补齐",
                             facts.promised_by->to_string(), status.deadline->to_string()),
                 fmt::format(
                     "the promised date {} is after the case's promised deadline {}; pending materials must "
                     "arrive within the promised limit",
                     facts.promised_by->to_string(), status.deadline->to_string())});
    const auto case_id = store.insert_case(facts, status);
    const auto step_id = store.append_step(case_id, open, now);
    store.save_status(case_id, status);
    const char* notice_kind = notice_kind_for(status.case_class);
    const std::string notice_number = store.issue_notice(case_id, step_id, notice_kind, received);
    std::optional<Notice> tolerance;
    if (!facts.pending.empty()) {
        const char* kind = notice_kind_id(NoticeKind::tolerance);
        tolerance = Notice{kind, store.issue_notice(case_id, step_id, kind, received), received, open.seq};
    }
    tx.commit();

    // Built from what intake already knows: reading the case back costs as much as writing it.
    Opened opened;
    opened.view.record = StoredCase{case_id, facts, {open}, CachedStatus(status)};
    opened.view.record.steps.front().id = step_id;
    opened.view.notices.push_back(Notice{notice_kind, notice_number, received, open.seq});
    if (tolerance) opened.view.notices.push_back(*tolerance);
    if (item->prohibited)
        opened.warnings.push_back(Text{
            fmt::format("事项 {} 是控制事项，不予受理：已登记为退回件 {} 并出具退回件通知书，向中心报备",
                        item->code, facts.number),
            fmt::format("item {} is a controlled item and is not accepted: registered as returned case {} "
                        "with its notice, on record for the centre",
                        item->code, facts.number)});
    if (status.clock_start && *status.clock_start != received.date)
        opened.warnings.push_back(
            Text{fmt::format("{} 不是工作日，按下一个工作日 {} 起算", received.date.to_string(),
                             status.clock_start->to_string()),
                 fmt::format("{} is not a working day; the clock starts on the next one, {}",
                             received.date.to_string(), status.clock_start->to_string())});
    if (status.provisional && status.deadline)
        if (auto year = calendar.first_uncovered(received.date, *status.deadline))
            opened.warnings.push_back(
                Text{fmt::format("截止日 {} 为暂定（只扣除周末）：{}", status.deadline->to_string(),
                                 UncoveredYear(*year).message(Lang::zh)),
                     fmt::format("deadline {} is provisional (weekends only): {}",
                                 status.deadline->to_string(), UncoveredYear(*year).message(Lang::en))});
    return opened;
}

CaseView move_case(Store& store, const Calendar& calendar, const CasePolicy& policy,
                   const std::string& number, Step step, const Moment& now) {
    Store::Transaction tx(store);
    auto record = store.load_case(number);
    if (!record) throw unknown_case(number);
    if (!step.staff.empty() && !store.find_staff(step.staff))
        throw NotFound(Text{fmt::format("没有工作人员 {}；用 hall staff list 查看", step.staff),
                            fmt::format("unknown staff {}; see 'hall staff list'", step.staff)});
    const CaseStatus before = replay(record->facts, record->steps, calendar, policy);
    // The latest step as corrected: a correction may have moved an earlier step's time.
    const auto effective = effective_steps(record->steps);
    const Step last = *std::max_element(effective.begin(), effective.end(),
                                        [](const Step& a, const Step& b) { return a.at < b.at; });
    step.seq = record->steps.back().seq + 1;
    if (step.at == Moment{}) step.at = now;  // unset: it happens now
    if (step.at > now)
        throw Refused(
            Text{fmt::format("时间 {} 晚于现在（{}）", step.at.to_string(), now.to_string()),
                 fmt::format("{} is in the future (now is {})", step.at.to_string(), now.to_string())});
    if (step.kind == StepKind::supplement)
        if (const auto item = store.find_item(record->facts.item)) require_listed(*item, step.materials);
    if (step.kind == StepKind::correct) {
        check_correction(record->facts, record->steps, step);
        // A correction that turns a late case into an on-time one is allowed only as an approved
        // act, and it is marked so that the history, the monitor and the bulletins show it.
        auto corrected = record->steps;
        corrected.push_back(step);
        const CaseStatus would_be = replay(record->facts, corrected, calendar, policy);
        const Date today = now.date;
        if ((before.late || before.overdue(today)) && !(would_be.late || would_be.overdue(today)))
            step.value = 1;
    } else {
        check_move(record->facts, before, step, last, policy);
        check_entered_in_time(record->facts, before, step, now.date);
    }
    const auto step_id = store.append_step(record->id, step, now);
    record->steps.push_back(step);
    const CaseStatus after = replay(record->facts, record->steps, calendar, policy);
    store.save_status(record->id, after);
    auto issue = [&](NoticeKind kind) {
        store.issue_notice(record->id, step_id, notice_kind_id(kind), step.at);
    };
    switch (step.kind) {
        case StepKind::supplement:
            issue(NoticeKind::supplement);
            break;
        case StepKind::return_:
            issue(NoticeKind::return_);
            break;
        case StepKind::supplied:
            if (before.state == CaseState::waiting)
                store.issue_notice(record->id, step_id, notice_kind_for(record->facts.item_class), step.at);
            break;
        case StepKind::review:
            issue(NoticeKind::review);
            if (after.state == CaseState::open)
                store.issue_notice(record->id, step_id, notice_kind_for(after.case_class), step.at);
            break;
        case StepKind::extend:
            issue(NoticeKind::extension);
            break;
        case StepKind::decide:
            if (step.reason == "rejected") issue(NoticeKind::rejection);
            break;
        case StepKind::urge:
            issue(NoticeKind::urge);
            break;
        default:
            break;
    }
    // 一次性告知 not kept (002 七(四): two in a month is a sanction): a record scoring counts.
    if (after.notice_breaches > before.notice_breaches)
        record_finding(
            store, record->id,
            CardFinding{CardLevel::record,
                        CardRule::notice_breach,
                        Text{fmt::format("第 {} 次补正告知，未执行一次性告知", after.supplement_requests),
                             fmt::format("supplement request no. {}: the one-time notice was not kept",
                                         after.supplement_requests)},
                        {}},
            step.at.date);
    tx.commit();
    return view_case(store, number);
}

CaseView view_case(const Store& store, const std::string& number) {
    auto record = store.load_case(number);
    if (!record) throw unknown_case(number);
    CaseView view;
    view.notices = store.notices(record->id);
    view.cards = store.cards(number);
    for (const auto& card : view.cards)
        if (!card.revoked_at && card.level != CardLevel::record &&
            (!view.highest_card || card.level > *view.highest_card))
            view.highest_card = card.level;
    view.record = std::move(*record);
    return view;
}

int recompute_cases(Store& store, const Calendar& calendar, const CasePolicy& policy) {
    Store::Transaction tx(store);
    int changed = 0;
    CaseFilter affected;
    affected.calendar_dependent = true;
    store.for_each_case(affected, true, [&](const StoredCase& record) {
        const CaseStatus status = replay(record.facts, record.steps, calendar, policy);
        if (CachedStatus(status) != record.status) {
            store.save_status(record.id, status);
            ++changed;
        }
    });
    tx.commit();
    return changed;
}

std::int64_t fill_case_figures(Store& store) {
    if (!store.has_unfigured_cases()) return 0;
    const Calendar calendar = store.load_calendar();
    const CasePolicy policy = load_policy(store);
    std::int64_t filled = 0;
    CaseFilter unfigured;
    unfigured.unfigured = true;
    unfigured.limit = 20000;
    // A case that cannot be replayed (damaged: hall verify names it) is left as it is, and a
    // bulletin replays it, saying why; the run stops at a chunk that saved nothing.
    for (std::int64_t saved = 1; saved > 0;) {
        saved = 0;
        Store::Transaction tx(store);
        store.for_each_case(unfigured, true, [&](const StoredCase& record) {
            CaseStatus status;
            try {
                status = replay(record.facts, record.steps, calendar, policy);
            } catch (const Error&) {
                return;
            }
            store.save_case_figures(record.id, status);
            ++saved;
        });
        tx.commit();
        filled += saved;
    }
    return filled;
}

int import_calendar(Store& store, const CalendarFile& file, const std::string& origin, const Moment& now) {
    Store::Transaction tx(store);
    store.import_calendar(file, origin, now);
    const int changed = recompute_cases(store, store.load_calendar(), load_policy(store));
    tx.commit();
    return changed;
}

MonitorReport monitor(Store& store, const Calendar& calendar, const CasePolicy& policy, Date on,
                      const Moment& now) {
    if (on > now.date)
        throw Refused(
            Text{fmt::format("不能按将来的日期 {} 监察（今天是 {}）", on.to_string(), now.date.to_string()),
                 fmt::format("cannot monitor as of {}, a day still to come (today is {})", on.to_string(),
                             now.date.to_string())});
    MonitorReport report;
    report.on = on;
    Store::Transaction tx(store);
    auto issue = [&](const StoredCase& c, const CardFinding& finding) {
        if (record_finding(store, c.id, finding, on)) {
            Card card;
            card.case_number = c.facts.number;
            card.level = finding.level;
            card.rule = card_rule_id(finding.rule);
            card.issued_on = on;
            card.note = finding.note.in(Lang::zh);
            card.window = finding.window;
            report.issued.push_back(card);
        }
    };

    // Active cases come with their steps. The cached status suffices for most; what it does
    // not hold (a forwarded case's late report, an inspection, the participants' parts) is
    // replayed.
    CaseFilter active;
    active.active_only = true;
    store.for_each_case(active, true, [&](const StoredCase& c) {
        ++report.examined;
        const bool replayed =
            c.status.state == CaseState::forwarded || c.facts.inspection || !c.facts.participants.empty();
        const CaseStatus status =
            replayed ? replay(c.facts, c.steps, calendar, policy) : running_status(c.status);
        const Findings findings = assess(c.facts, status, on, calendar, policy);
        for (const auto& finding : findings.cards) issue(c, finding);
        // 超时默认 (004): listed every day until the case has its result.
        if (findings.deemed_consented)
            report.deemed.push_back({c.facts.number, c.facts.window, status.deadline});
    });

    // Cases closed late (finished, or returned on an override of 超时默认) since the last run
    // still earn their card; so does a participant that signed late.
    CaseFilter late;
    late.finished_late_by = on;
    store.for_each_case(late, true, [&](const StoredCase& c) {
        const CaseStatus status = replay(c.facts, c.steps, calendar, policy);
        // A case closed after the day monitored is looked at by a later run.
        const auto closed = status.finished ? std::optional<Date>(status.finished->date) : status.returned_on;
        if (closed && *closed > on) return;
        store.mark_monitored(c.id);
        for (const auto& finding : assess(c.facts, status, on, calendar, policy).cards) issue(c, finding);
    });

    // A bad rating left unanswered past its follow-up window is a record of its own.
    CaseFilter unanswered;
    unanswered.follow_up_missed_on = on;
    store.for_each_case(unanswered, true, [&](const StoredCase& c) {
        const CaseStatus status = replay(c.facts, c.steps, calendar, policy);
        for (const auto& finding : assess(c.facts, status, on, calendar, policy).cards)
            if (finding.rule == CardRule::rating_unanswered) issue(c, finding);
    });

    // Corrections that turned a late step into an on-time one, recorded that day.
    report.corrections = store.lateness_corrections(on, on);

    // 容缺预审: the approval is withdrawn when the promised materials have not arrived.
    CaseFilter promised;
    promised.promise_missed_on = on;
    store.for_each_case(promised, true, [&](const StoredCase& c) {
        const CaseStatus status = replay(c.facts, c.steps, calendar, policy);
        if (!assess(c.facts, status, on, calendar, policy).withdraw) return;
        Step withdraw;
        withdraw.kind = StepKind::withdraw;
        withdraw.at = Moment{on, 0};
        if (withdraw.at < c.steps.back().at) withdraw.at = c.steps.back().at;
        withdraw.reason = fmt::format("容缺材料未在承诺日期 {} 前补齐", c.facts.promised_by->to_string());
        withdraw.automatic = true;
        move_case(store, calendar, policy, c.facts.number, withdraw, std::max(now, withdraw.at));
        report.withdrawn.push_back(c.facts.number);
    });
    tx.commit();
    return report;
}

Card add_manual_card(Store& store, const std::string& number, CardLevel level, const std::string& reason,
                     Date on) {
    auto record = store.load_case(number);
    if (!record) throw unknown_case(number);
    if (on < record->facts.received.date)
        throw Refused(Text{fmt::format("{} 早于办件 {} 的收件日期 {}", on.to_string(), number,
                                       record->facts.received.date.to_string()),
                           fmt::format("{} is before case {} was received ({})", on.to_string(), number,
                                       record->facts.received.date.to_string())});
    if (reason.empty())
        throw InvalidInput(Text{"须写明理由（--reason）", "a card needs a reason (--reason)"});
    Store::Transaction tx(store);
    store.add_card(record->id, level, card_rule_id(CardRule::manual), false, on, reason);
    tx.commit();
    return store.cards(number).back();
}

std::string render_notice(const CaseView& view, const CaseStatus& status, const Notice& notice,
                          const std::string& window_name) {
    return render_notice(NoticeInput{view.record.facts, status, view.record.steps, notice, window_name});
}

void revoke_card(Store& store, std::int64_t card_id, const std::string& reason, const Moment& now) {
    if (reason.empty())
        throw InvalidInput(Text{"撤销须写明理由（--reason）", "revoking needs a reason (--reason)"});
    Store::Transaction tx(store);
    store.revoke_card(card_id, reason, now);
    tx.commit();
}

}  // namespace hall
