// hall case ...: intake, the moves of the lifecycle, and the views.
#include "commands.h"

#include <hall/desk.h>
#include <hall/notices.h>

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/document.h>

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace hall::cli {
namespace {

struct CaseOptions {
    // open
    std::string item;
    std::string applicant;
    std::string applicant_id;
    std::string received;
    std::string case_class;
    std::string staff;
    std::vector<std::string> missing;
    std::vector<std::string> pending;
    std::string promise_by;
    std::int64_t investment = 0;
    std::string lead;
    // moves
    std::string number;
    std::string on;
    std::string reason;
    std::string to;
    std::string approved_by;
    std::string result;
    int days = 0;
    int rating = 0;
    int step = 0;
    std::string basis;
    std::string by;
    bool override_default = false;
    bool defective = false;
    bool uphold = false;
    bool overturn = false;
    // views
    bool overdue = false;
    int due_within = -1;
    std::string window;
    std::string month;
    std::string kind;
};

Text class_word(CaseClass c) {
    return Text{class_zh(c), class_id(c)};
}
Text state_word(CaseState s) {
    return Text{state_zh(s), state_id(s)};
}
Text card_word(CardLevel level) {
    return Text{card_level_zh(level), card_level_id(level)};
}

Json date_json(const std::optional<Date>& d) {
    return d ? Json(d->to_string()) : Json();
}

Json strings_json(const std::vector<std::string>& list) {
    Json out = Json::array();
    for (const auto& s : list) out.push(s);
    return out;
}

// Joins words with the separator of each language.
Text join(const std::vector<Text>& words, const char* zh_sep, const char* en_sep) {
    Text out;
    for (const auto& w : words) {
        out.zh += (out.zh.empty() ? "" : zh_sep) + w.zh;
        out.en += (out.en.empty() ? "" : en_sep) + w.en;
    }
    return out;
}

Text working_days(int n) {
    return bilingual("{0} 个工作日", "{0} {1}", n, plural(n, "working day", "working days"));
}

// The fields every case JSON has (SPEC §8), from a facts/status pair.
Json case_json(const CaseFacts& f, const CachedStatus& s, Date today, bool mask_applicant) {
    return Json::object()
        .set("number", f.number)
        .set("class", class_id(s.case_class))
        .set("state", state_id(s.state))
        .set("item", f.item)
        .set("item_name", f.item_name)
        .set("window", f.window)
        .set("staff", f.staff)
        .set("applicant", mask_applicant ? mask_name(f.applicant) : f.applicant)
        .set("applicant_id", mask_id(f.applicant_id))
        .set("received", f.received.to_string())
        .set("clock_start", date_json(s.clock_start))
        .set("deadline", date_json(s.deadline))
        .set("statutory_deadline", date_json(s.statutory_deadline))
        .set("provisional", s.provisional)
        .set("finished", s.finished ? Json(s.finished->to_string()) : Json())
        .set("overdue", s.overdue(today));
}

Json view_json(const CaseView& view, const CaseStatus& s, Date today) {
    const CaseFacts& f = view.record.facts;
    Json j = case_json(f, CachedStatus(s), today, false);
    j.set("registered_class", class_id(f.registered))
        .set("handled_as", class_id(f.item_class))
        .set("participants", strings_json(f.participants))
        .set("participants_signed", strings_json(s.signed_by))
        .set("statutory_provisional", s.statutory_provisional)
        .set("investment", f.investment)
        .set("outstanding", strings_json(s.outstanding))
        .set("promised_by", date_json(f.promised_by))
        .set("paused_days", s.paused_days)
        .set("extension_days", s.extension_days)
        .set("late_notice", s.late_notice)
        .set("late_report", s.late_report)
        .set("result", s.result.empty() ? Json() : Json(s.result))
        .set("rating", s.rating)
        .set("follow_up_due", date_json(s.follow_up_due))
        .set("card", view.highest_card ? Json(card_level_id(*view.highest_card)) : Json())
        .set("late", s.late)
        .set("deemed_consented", s.deemed_consented(today))
        .set("overridden", s.overridden)
        .set("lead_designated", f.lead_designated)
        .set("late_signers", strings_json(s.late_signers))
        .set("supplement_requests", s.supplement_requests)
        .set("notice_breaches", s.notice_breaches)
        .set("defective_requests", s.defective_requests)
        .set("inspection_due", date_json(s.inspection_due))
        .set("inspected", date_json(s.inspected))
        .set("urged", s.urged)
        .set("ruling", s.ruling ? Json(*s.ruling == Ruling::uphold ? "upheld" : "overturned") : Json());
    Json notices = Json::array();
    for (const auto& n : view.notices)
        notices.push(
            Json::object().set("kind", n.kind).set("number", n.number).set("issued", n.issued.to_string()));
    j.set("notices", notices);
    Json moves = Json::array();
    for (auto m : allowed_moves(s, f)) moves.push(step_id(m));
    j.set("allowed", moves);
    return j;
}

const Text provisional_mark{"（暂定）", " (provisional)"};

// A case as `case show` and every move print it.
Document case_document(const CaseView& view, const CaseStatus& s, Date today) {
    const CaseFacts& f = view.record.facts;
    Text flags;
    if (s.overdue(today)) flags = Text{"  【逾期】", "  [OVERDUE]"};
    if (s.deemed_consented(today)) {
        flags.zh += "  【超时默认】";
        flags.en += "  [DEEMED CONSENTED]";
    }
    if (view.highest_card) {
        const Text card = card_word(*view.highest_card);
        flags.zh += "  【" + card.zh + "】";
        flags.en += "  【" + card.en + "】";
    }
    Document doc;
    doc.title = bilingual("办件 {0}  {1}  {2}{3}", "case {0}  {1}  {2}{3}", f.number,
                          class_word(s.case_class).zh, state_word(s.state).zh, flags.zh);
    doc.title->en = bilingual("", "case {0}  {1}  {2}{3}", f.number, class_word(s.case_class).en,
                              state_word(s.state).en, flags.en)
                        .en;
    Record r;
    r.indent = 2;
    r.add("item", {"事项", "item"},
          bilingual("{0} {1}（窗口 {2}）", "{0} {1} (window {2})", f.item, f.item_name, f.window));
    r.add("applicant", {"申请人", "applicant"},
          f.applicant_id.empty()
              ? Text{f.applicant, f.applicant}
              : bilingual("{0}（证件 {1}）", "{0} (id {1})", f.applicant, mask_id(f.applicant_id)));
    r.add("received", {"收件", "received"}, f.received);
    r.add("staff", {"第一责任人", "first responsible"}, f.staff.empty() ? Cell() : Cell(f.staff));
    if (f.lead_designated)
        r.add("lead", {"牵头窗口", "lead"},
              Text{f.window + "（中心指定）", f.window + " (designated by the centre)"});
    r.add("clock_start", {"起算", "clock"}, s.clock_start);
    if (s.deadline && s.provisional)
        r.add(
            "deadline", {"截止", "deadline"},
            bilingual("{0}{1}", "{0}{2}", s.deadline->to_string(), provisional_mark.zh, provisional_mark.en));
    else
        r.add("deadline", {"截止", "deadline"}, s.deadline);
    if (s.statutory_deadline)
        r.add("statutory_deadline", {"法定截止", "statutory"},
              s.statutory_provisional
                  ? Text{s.statutory_deadline->to_string() + provisional_mark.zh,
                         s.statutory_deadline->to_string() + provisional_mark.en}
                  : Text{s.statutory_deadline->to_string(), s.statutory_deadline->to_string()});
    if (s.paused_since) r.add("paused_since", {"暂停自", "paused since"}, *s.paused_since);
    if (s.paused_days || s.extension_days) {
        r.add("paused_days", {"暂停", "paused"}, working_days(s.paused_days));
        r.add("extension_days", {"延期", "extended"}, working_days(s.extension_days));
    }
    if (!s.outstanding.empty()) {
        std::vector<Text> names;
        for (const auto& m : s.outstanding) names.push_back(Text{m, m});
        Text list = join(names, "、", ", ");
        if (f.promised_by) {
            const Text promise =
                bilingual("（承诺 {0} 前补齐）", " (promised by {0})", f.promised_by->to_string());
            list.zh += promise.zh;
            list.en += promise.en;
        }
        r.add("outstanding", {"待补材料", "outstanding"}, list);
    }
    if (!f.participants.empty()) {
        std::vector<Text> list;
        for (std::size_t i = 0; i < f.participants.size(); ++i) {
            const auto& p = f.participants[i];
            const bool done = std::find(s.signed_by.begin(), s.signed_by.end(), p) != s.signed_by.end();
            const bool late =
                std::find(s.late_signers.begin(), s.late_signers.end(), p) != s.late_signers.end();
            const auto& due = i < s.participant_due.size() ? s.participant_due[i] : std::nullopt;
            const std::string by = due ? due->to_string() : "—";
            list.push_back(
                late ? bilingual("{0}（逾期会签，应于 {1} 前）", "{0} (signed late, due {1})", p, by)
                : done ? bilingual("{0}（已会签）", "{0} (signed)", p)
                       : bilingual("{0}（待会签，{1} 前）", "{0} (to sign by {1})", p, by));
        }
        r.add("participants", {"联办窗口", "joint with"}, join(list, ", ", ", "));
    }
    if (s.finished) {
        Text result{s.finished->to_string(), s.finished->to_string()};
        if (!s.result.empty()) {
            result.zh += s.result == "approved" ? "（上级同意）" : "（上级不同意）";
            result.en += fmt::format(" ({})", s.result);
        }
        r.add("finished", {"办结", "finished"}, result);
    }
    if (s.late_notice)
        r.add("late_notice", {"！", "!"},
              Text{"补正告知超过 5 个工作日，视为收件时已受理",
                   "supplement asked after the one-time-notice window: counted as accepted at receipt"});
    if (s.late_report)
        r.add("late_report", {"！", "!"}, Text{"逾期上报", "forwarded after the reporting deadline"});
    if (s.late && (s.state == CaseState::returned || s.state == CaseState::finished))
        r.add("late", {"！", "!"}, Text{"逾期办理，永久记录", "handled late: on record for good"});
    if (s.overridden)
        r.add("overridden", {"！", "!"},
              Text{"超时默认后经批准依法拒绝", "refused after 超时默认 on an approved override"});
    if (s.notice_breaches)
        r.add("notice_breaches", {"！", "!"},
              bilingual("未执行一次性告知 {0} 次（第 {1} 次告知）",
                        "one-time notice not kept {0} time(s) ({1} requests)", s.notice_breaches,
                        s.supplement_requests));
    if (s.defective_requests)
        r.add("defective_requests", {"补交材料有缺陷", "defective hand-ins"}, s.defective_requests);
    if (s.inspection_due)
        r.add("inspection", {"现场踏勘", "site inspection"},
              s.inspected ? bilingual("{0} 已踏勘（应于 {1} 前）", "done {0} (due by {1})",
                                      s.inspected->to_string(), s.inspection_due->to_string())
                          : bilingual("应于 {0} 前完成", "due by {0}", s.inspection_due->to_string()));
    if (s.urged) r.add("urged", {"督办", "urged"}, bilingual("{0} 次", "{0} time(s)", s.urged));
    if (s.ruling)
        r.add("ruling", {"复核裁定", "review ruling"},
              *s.ruling == Ruling::uphold ? Text{"维持退回", "return upheld"}
                                          : Text{"撤销退回，重新受理", "return overturned"});
    if (s.rating) {
        Text rating{std::to_string(*s.rating), std::to_string(*s.rating)};
        if (s.follow_up_due) {
            const Text due = bilingual("（差评，须于 {0} 前核实答复{1}）", " (bad: answer due {0}{2})",
                                       s.follow_up_due->to_string(), s.responded ? "，已答复" : "",
                                       s.responded ? ", answered" : "");
            rating.zh += due.zh;
            rating.en += due.en;
        }
        r.add("rating", {"评价", "rating"}, rating);
    }
    for (const auto& n : view.notices)
        r.add("notice", {"通知书", "notice"},
              Text{fmt::format("{} {}", notice_title(n.kind), n.number),
                   fmt::format("{} {}", notice_title(n.kind), n.number)});
    for (const auto& c : view.cards) {
        const std::string to = c.window.empty() ? "" : " → " + c.window;
        Text value{fmt::format("{} {}{}", c.issued_on.to_string(), c.rule, to),
                   fmt::format("{} {}{}", c.issued_on.to_string(), c.rule, to)};
        if (c.revoked_at) {
            const Text revoked = bilingual("（已撤销：{0}）", " (revoked: {0})", c.revoke_reason);
            value.zh += revoked.zh;
            value.en += revoked.en;
        }
        r.add("card", card_word(c.level), value);
    }
    std::string moves;
    for (auto m : allowed_moves(s, f)) moves += (moves.empty() ? "" : " ") + std::string(step_id(m));
    r.add("allowed", {"可办理", "next"}, moves.empty() ? Cell() : Cell(moves));
    doc.add(std::move(r));
    doc.with_json(view_json(view, s, today));
    return doc;
}

Json step_json(const Step& s) {
    Json entry = Json::object()
                     .set("seq", s.seq)
                     .set("step", step_id(s.kind))
                     .set("at", s.at.to_string())
                     .set("staff", s.staff)
                     .set("reason", s.reason)
                     .set("actor", s.actor)
                     .set("materials", strings_json(s.materials))
                     .set("automatic", s.automatic);
    if (s.kind == StepKind::extend) entry.set("days", s.value);
    if (s.kind == StepKind::rate) entry.set("rating", s.value);
    if (s.kind == StepKind::correct) {
        entry.set("corrects", s.corrects);
        entry.set("clears_lateness", s.value == 1);
    }
    if (!s.basis.empty()) entry.set("basis", s.basis);
    if (s.overrides_default) entry.set("overrides_default", true);
    if (s.kind == StepKind::review)
        entry.set("ruling", s.value == static_cast<int>(Ruling::uphold) ? "upheld" : "overturned");
    if (s.kind == StepKind::supplement && s.value == 1) entry.set("defective", true);
    return entry;
}

// The recorded steps of a case, oldest first, each with what a reader needs to follow it.
Document history_document(const std::string& number, const std::vector<Step>& steps) {
    Document doc;
    doc.title = bilingual("办件 {0} 的办理记录", "history of case {0}", number);
    Table t;
    t.indent = 2;
    t.column("seq", {"序号", "seq"}, Align::right)
        .column("at", {"时间", "at"})
        .column("step", {"步骤", "step"})
        .column("detail", {"说明", "detail"});
    Json list = Json::array();
    for (const auto& s : steps) {
        std::vector<Text> detail;
        auto add = [&](const Text& text) {
            if (!text.zh.empty() || !text.en.empty()) detail.push_back(text);
        };
        add(Text{s.staff, s.staff});
        add(Text{s.actor, s.actor});
        if (s.kind == StepKind::extend) add(working_days(s.value));
        if (s.kind == StepKind::rate) add(bilingual("{0} 分", "{0} of 5", s.value));
        for (const auto& m : s.materials) add(Text{m, m});
        add(Text{s.reason, s.reason});
        if (!s.basis.empty()) add(bilingual("依据：{0}", "basis: {0}", s.basis));
        if (s.overrides_default) add(Text{"（超时默认后经批准）", "(approved override of 超时默认)"});
        if (s.kind == StepKind::review)
            add(s.value == static_cast<int>(Ruling::uphold) ? Text{"维持退回", "upheld"}
                                                            : Text{"撤销退回", "overturned"});
        if (s.kind == StepKind::supplement && s.value == 1)
            add(Text{"（补交材料有缺陷）", "(materials handed in defective)"});
        if (s.kind == StepKind::correct)
            add(bilingual("第 {0} 步时间改为 {1}", "step {0} happened at {1}", s.corrects, s.at.to_string()));
        if (s.kind == StepKind::correct && s.value == 1)
            add(Text{"【此更正使逾期变为按时】", "[this correction turned a late step into an on-time one]"});
        for (const auto& later : steps)
            if (later.kind == StepKind::correct && later.corrects == s.seq)
                add(bilingual("（已由第 {0} 步更正）", "(corrected by step {0})", later.seq));
        if (s.automatic) add(Text{"（系统自动）", "(automatic)"});
        t.row({s.seq, s.at, Text{step_zh(s.kind), step_id(s.kind)}, join(detail, "  ", "  ")});
        list.push(step_json(s));
    }
    doc.add(std::move(t));
    doc.with_json(Json::object().set("number", number).set("steps", list));
    return doc;
}

// The cases a filter found, one a row, with the count.
Document list_document(std::vector<StoredCase> found, Date today) {
    const auto shared = std::make_shared<const std::vector<StoredCase>>(std::move(found));
    const auto& cases = *shared;
    Document doc;
    doc.json = [shared, today] {
        Json list = Json::array();
        for (const auto& c : *shared) list.push(case_json(c.facts, c.status, today, true));
        return list;
    };
    if (cases.empty()) {
        doc.add(Paragraph{Text{"没有符合条件的办件", "no cases match"}});
        return doc;
    }
    Table t;
    t.column("number", {"编号", "number"})
        .column("class", {"类别", "class"})
        .column("state", {"状态", "state"})
        .column("item", {"事项", "item"})
        .column("window", {"窗口", "window"})
        .column("applicant", {"申请人", "applicant"})
        .column("received", {"收件", "received"})
        .column("deadline", {"截止", "deadline"})
        .column("flags", {"标记", "flags"});
    for (const auto& c : cases) {
        const auto& s = c.status;
        std::vector<Text> flags;
        if (s.overdue(today)) flags.push_back(Text{"逾期", "overdue"});
        if (s.provisional) flags.push_back(Text{"暂定", "provisional"});
        t.row({c.facts.number, class_word(s.case_class), state_word(s.state), c.facts.item, c.facts.window,
               mask_name(c.facts.applicant), c.facts.received.date, s.deadline, join(flags, " ", " ")});
    }
    doc.add(std::move(t));
    const auto n = static_cast<std::int64_t>(cases.size());
    doc.note(bilingual("共 {0} 件", "{0} {1}", n, plural(n, "case", "cases")));
    return doc;
}

struct Desk {
    Store store;
    Calendar calendar;
    CasePolicy policy;
};

Desk open_desk(const Context& context) {
    Store store = context.open_store();
    Calendar calendar = store.load_calendar();
    CasePolicy policy = load_policy(store);
    return Desk{std::move(store), std::move(calendar), policy};
}

void emit_case(const CaseView& view, const Desk& desk, Context& context) {
    const CaseStatus s = replay(view.record.facts, view.record.steps, desk.calendar, desk.policy);
    emit(case_document(view, s, context.now().date), context);
}

void run_open(const CaseOptions& o, Context& context) {
    OpenRequest request;
    request.item = o.item;
    request.applicant = o.applicant;
    request.applicant_id = o.applicant_id;
    if (!o.received.empty()) request.received = parse_moment(o.received, "--received");
    if (!o.case_class.empty()) {
        request.case_class = parse_class(o.case_class);
        if (!request.case_class)
            throw InvalidInput(
                Text{fmt::format("--class：没有“{}”这一类；应是 即办件/承诺件/联办件/上报件 或 "
                                 "instant/promised/joint/upstream",
                                 o.case_class),
                     fmt::format("--class: '{}' is not a class; use instant, promised, joint or upstream",
                                 o.case_class)});
    }
    // 第一责任人 (000, 004): the clerk who receives the case owns it; a clerk's own terminal
    // may name them once in $HALL_STAFF.
    request.staff = !o.staff.empty() ? o.staff : context.env.staff.value_or("");
    request.lead = o.lead;
    request.missing = o.missing;
    request.pending = o.pending;
    if (!o.promise_by.empty()) request.promised_by = parse_date(o.promise_by, "--promise-by");
    if (o.investment < 0)
        throw InvalidInput(Text{"--investment 不能为负数", "--investment cannot be negative"});
    request.investment = o.investment;

    Desk desk = open_desk(context);
    const Opened opened = open_case(desk.store, desk.calendar, desk.policy, request, context.now());
    for (const auto& w : opened.warnings)
        context.err << context.pick("hall: 注意：", "hall: note: ") << w.in(context.lang()) << '\n';
    emit_case(opened.view, desk, context);
}

Step step_of(const CaseOptions& o, StepKind kind, const Context& context) {
    Step step;
    step.kind = kind;
    step.at = o.on.empty() ? context.now() : parse_moment(o.on, "--on");
    step.staff = o.staff;
    step.reason = o.reason;
    return step;
}

void run_move(const CaseOptions& o, Context& context, StepKind kind) {
    Step step = step_of(o, kind, context);
    switch (kind) {
        case StepKind::supplement:
            step.materials = o.missing;
            step.value = o.defective ? 1 : 0;
            break;
        case StepKind::extend:
            step.value = o.days;
            step.actor = o.approved_by;
            break;
        case StepKind::return_:
            step.basis = o.basis;
            step.overrides_default = o.override_default;
            step.actor = o.approved_by;
            break;
        case StepKind::review:
            if (o.uphold == o.overturn)
                throw InvalidInput(
                    Text{"复核须裁定：--uphold（维持退回）或 --overturn（撤销退回、重新受理），二者选一",
                         "a review rules one way: --uphold (the return stands) or --overturn "
                         "(the case reopens)"});
            step.value = static_cast<int>(o.uphold ? Ruling::uphold : Ruling::overturn);
            break;
        case StepKind::urge:
            step.actor = o.by;
            break;
        case StepKind::forward:
            step.actor = o.to;
            break;
        case StepKind::sign:
            step.actor = o.window;
            break;
        case StepKind::decide:
            step.reason = o.result;
            step.overrides_default = o.override_default;
            step.actor = o.approved_by;
            step.basis = o.reason;  // an override's grounds: the result takes the reason field
            break;
        case StepKind::rate:
            step.value = o.rating;
            break;
        case StepKind::correct:
            if (o.on.empty())
                throw InvalidInput(
                    Text{"更正须写明正确的时间（--on）", "a correction needs the right time (--on)"});
            step.corrects = o.step;
            step.actor = o.approved_by;
            break;
        default:
            break;
    }
    Desk desk = open_desk(context);
    const CaseView view = move_case(desk.store, desk.calendar, desk.policy, o.number, step, context.now());
    emit_case(view, desk, context);
}

void run_show(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    emit_case(view_case(desk.store, o.number), desk, context);
}

void run_history(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    emit(history_document(o.number, view_case(desk.store, o.number).record.steps), context);
}

void run_list(const CaseOptions& o, Context& context) {
    CaseFilter filter;
    const Date today = context.now().date;
    if (!o.window.empty()) filter.window = o.window;
    if (!o.case_class.empty()) {
        filter.case_class = parse_class(o.case_class);
        if (!filter.case_class)
            throw InvalidInput(Text{fmt::format("--class：没有“{}”这一类", o.case_class),
                                    fmt::format("--class: '{}' is not a class", o.case_class)});
    }
    if (!o.month.empty()) filter.month = parse_month(o.month, "--month");
    if (o.overdue) filter.overdue_on = today;
    if (o.due_within < -1 || o.due_within > Calendar::max_days)
        throw InvalidInput(
            Text{fmt::format("--due-within 应为非负的工作日数，而不是 {}", o.due_within),
                 fmt::format("--due-within must be a number of working days, not {}", o.due_within)});
    Desk desk = open_desk(context);
    if (filter.window && !desk.store.find_window(*filter.window))
        throw NotFound(Text{fmt::format("没有窗口 {}；用 hall window list 查看", *filter.window),
                            fmt::format("unknown window {}; see 'hall window list'", *filter.window)});
    if (o.due_within >= 0) {
        filter.due_from = today;
        filter.due_by = desk.calendar.add_projected(today, o.due_within).value;
    }
    emit(list_document(desk.store.list_cases(filter), today), context);
}

void run_notice(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    const CaseView view = view_case(desk.store, o.number);
    const CaseStatus status = replay(view.record.facts, view.record.steps, desk.calendar, desk.policy);
    const auto window = desk.store.find_window(view.record.facts.window);
    std::string text;
    const Notice* chosen = nullptr;
    for (const auto& n : view.notices)
        if (o.kind.empty() || n.kind == o.kind) {
            text = render_notice(view, status, n, window ? window->name : "");
            chosen = &n;
        }
    if (!chosen || text.empty())
        throw NotFound(
            Text{fmt::format("办件 {} 没有{}通知书", o.number, o.kind.empty() ? "" : o.kind),
                 fmt::format("case {} has no {}notice", o.number, o.kind.empty() ? "" : o.kind + " ")});
    // The legal text is Chinese whatever --lang says; scripts get it with what identifies it.
    Document doc;
    doc.add(Paragraph{Text{text, text}});
    doc.with_json(Json::object()
                      .set("number", o.number)
                      .set("kind", chosen->kind)
                      .set("notice", chosen->number)
                      .set("text", text));
    emit(doc, context);
}

}  // namespace

void add_case(CLI::App& app, Context& context) {
    auto o = std::make_shared<CaseOptions>();
    auto* group = app.add_subcommand("case", "办件 / cases");
    group->require_subcommand(1);

    auto* open = group->add_subcommand("open", "收件登记 / register an application");
    open->add_option("--item", o->item, "事项代码 / item code")->required();
    open->add_option("--applicant", o->applicant, "申请人 / applicant")->required();
    open->add_option("--applicant-id", o->applicant_id,
                     "证件号码（输出时遮盖）/ ID number, masked in output");
    open->add_option("--received", o->received, "收件时间 / when received (default: now)");
    open->add_option("--class", o->case_class,
                     "改变类别 / override the class (instant|promised|joint|upstream)");
    open->add_option("--staff", o->staff, "第一责任人 / receiving clerk");
    open->add_option("--missing", o->missing,
                     "缺少的材料 / a missing material (repeatable): a supplement case");
    open->add_option("--pending", o->pending, "容缺材料 / an attachment approved as pending (repeatable)");
    open->add_option("--promise-by", o->promise_by,
                     "容缺承诺补齐日期 / the date pending materials are promised by");
    open->add_option("--investment", o->investment, "投资额（元）/ investment in yuan");
    open->add_option("--lead", o->lead,
                     "中心指定的牵头窗口（联办件）/ the lead window the centre designates");
    open->callback([&context, o] { context.action = [&context, o] { run_open(*o, context); }; });

    struct Move {
        const char* name;
        const char* help;
        StepKind kind;
    };
    static const Move moves[] = {
        {"supplement", "一次性告知补正材料 / ask for missing materials", StepKind::supplement},
        {"supplied", "材料补齐，开始计时 / materials complete: the clock starts", StepKind::supplied},
        {"pause", "暂停计时（听证、评审、公示）/ stop the clock", StepKind::pause},
        {"resume", "恢复计时 / restart the clock", StepKind::resume},
        {"extend", "延期 / extend the deadline", StepKind::extend},
        {"forward", "上报 / forward to the approving authority", StepKind::forward},
        {"decide", "上级决定 / record the authority's decision", StepKind::decide},
        {"return", "退回 / return with a written reason", StepKind::return_},
        {"review", "复核裁定：维持或撤销退回 / the centre's review ruling: uphold or overturn a return",
         StepKind::review},
        {"finish", "办结 / finish", StepKind::finish},
        {"rate", "评价 / the applicant's rating", StepKind::rate},
        {"respond", "差评核实答复 / answer a bad rating", StepKind::respond},
        {"withdraw", "撤销容缺审批 / withdraw an approval whose promised materials never came",
         StepKind::withdraw},
        {"sign", "联办窗口会签 / a participant window of a joint case has done its part", StepKind::sign},
        {"correct", "更正某一步的时间（记录新的一条）/ correct the time of an earlier step, as a new record",
         StepKind::correct},
        {"urge", "中心督办，出具催办通知 / the centre urges the window, with a numbered notice",
         StepKind::urge},
        {"inspect", "记录现场踏勘 / record the site inspection", StepKind::inspect},
    };
    for (const Move& move : moves) {
        auto* cmd = group->add_subcommand(move.name, move.help);
        cmd->add_option("NUMBER", o->number, "办件编号 / case number")->required();
        cmd->add_option("--on", o->on, "时间 / when (default: now)");
        cmd->add_option("--staff", o->staff, "经办人 / who did it");
        switch (move.kind) {
            case StepKind::supplement:
                cmd->add_option("--missing", o->missing, "缺少的材料，一次列全 / every missing material")
                    ->required();
                cmd->add_flag(
                    "--defective", o->defective,
                    "补交的材料本身有缺陷（唯一允许的再次告知）/ the materials handed in were defective");
                break;
            case StepKind::return_:
                cmd->add_option("--reason", o->reason, "退回理由 / written reason")->required();
                cmd->add_option("--basis", o->basis, "政策依据 / the policy basis")->required();
                cmd->add_flag(
                    "--override", o->override_default,
                    "超时默认后依法必须退回（须批准）/ a statute forces the refusal after 超时默认");
                cmd->add_option("--approved-by", o->approved_by, "批准人 / approver of an override");
                break;
            case StepKind::pause:
            case StepKind::withdraw:
                cmd->add_option("--reason", o->reason, "理由 / written reason")->required();
                break;
            case StepKind::review:
                cmd->add_flag("--uphold", o->uphold, "维持退回 / the return stands");
                cmd->add_flag("--overturn", o->overturn, "撤销退回，重新受理 / the case reopens");
                cmd->add_option("--reason", o->reason, "裁定理由 / the ruling's grounds")->required();
                break;
            case StepKind::urge:
                cmd->add_option("--by", o->by, "督办人 / who urges")->required();
                cmd->add_option("--note", o->reason, "督办事项 / what is urged");
                break;
            case StepKind::inspect:
                cmd->add_option("--result", o->reason, "踏勘结果 / what the inspection found");
                break;
            case StepKind::sign:
                cmd->add_option("--window", o->window, "会签的联办窗口 / the participant window")->required();
                break;
            case StepKind::correct:
                cmd->add_option("--step", o->step, "要更正的步骤序号 / the step's number in 'case history'")
                    ->required();
                cmd->add_option("--reason", o->reason, "更正理由 / why")->required();
                cmd->add_option("--approved-by", o->approved_by, "批准人 / approver")->required();
                break;
            case StepKind::extend:
                cmd->add_option("--days", o->days, "工作日 / working days")->required();
                cmd->add_option("--approved-by", o->approved_by, "批准人 / approver")->required();
                cmd->add_option("--reason", o->reason, "理由 / reason")->required();
                break;
            case StepKind::forward:
                cmd->add_option("--to", o->to, "上级机关 / authority")->required();
                break;
            case StepKind::decide:
                cmd->add_option("--result", o->result, "approved|rejected")
                    ->required()
                    ->check(CLI::IsMember({"approved", "rejected"}));
                cmd->add_flag(
                    "--override", o->override_default,
                    "超时默认后依法必须不予许可（须批准）/ a statute forces the rejection after 超时默认");
                cmd->add_option("--approved-by", o->approved_by, "批准人 / approver of an override");
                cmd->add_option("--reason", o->reason, "理由 / reason of an override");
                break;
            case StepKind::rate:
                cmd->add_option("--rating", o->rating, "1..5 (非常不满意…非常满意)")->required();
                break;
            default:
                cmd->add_option("--note", o->reason, "备注 / note");
                break;
        }
        const StepKind kind = move.kind;
        cmd->callback(
            [&context, o, kind] { context.action = [&context, o, kind] { run_move(*o, context, kind); }; });
    }

    auto* show = group->add_subcommand("show", "办件详情 / show a case");
    show->add_option("NUMBER", o->number, "办件编号 / case number")->required();
    show->callback([&context, o] { context.action = [&context, o] { run_show(*o, context); }; });
    auto* history = group->add_subcommand("history", "办理记录 / the case's recorded steps");
    history->add_option("NUMBER", o->number, "办件编号 / case number")->required();
    history->callback([&context, o] { context.action = [&context, o] { run_history(*o, context); }; });
    auto* list = group->add_subcommand("list", "办件列表 / list cases");
    list->add_flag("--overdue", o->overdue, "只列逾期 / only overdue cases");
    list->add_option("--due-within", o->due_within, "N 个工作日内到期 / open and due within N working days");
    list->add_option("--window", o->window, "窗口 / window");
    list->add_option("--class", o->case_class, "类别 / class");
    list->add_option("--month", o->month, "收件月份 / received in YYYY-MM");
    list->callback([&context, o] { context.action = [&context, o] { run_list(*o, context); }; });
    auto* notice = group->add_subcommand("notice", "打印通知书 / print the case's notice");
    notice->add_option("NUMBER", o->number, "办件编号 / case number")->required();
    notice->add_option("--kind", o->kind,
                       "acceptance|promise|joint_promise|upstream_promise|supplement|return|tolerance|"
                       "extension|rejection|review|urge");
    notice->callback([&context, o] { context.action = [&context, o] { run_notice(*o, context); }; });
    for (auto* command : group->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
