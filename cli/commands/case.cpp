// hall case ...: intake, the moves of the lifecycle, and the views.
#include "commands.h"

#include <hall/desk.h>
#include <hall/notices.h>

#include "../json.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>

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
    // views
    bool overdue = false;
    int due_within = -1;
    std::string window;
    std::string month;
    std::string kind;
    std::string out_file;
};

std::string class_name(CaseClass c, const Context& context) {
    return context.lang() == Lang::zh ? class_zh(c) : class_id(c);
}
std::string state_name(CaseState s, const Context& context) {
    return context.lang() == Lang::zh ? state_zh(s) : state_id(s);
}

std::string opt_date(const std::optional<Date>& d) {
    return d ? d->to_string() : "—";
}

Json date_json(const std::optional<Date>& d) {
    return d ? Json(d->to_string()) : Json();
}

Json strings_json(const std::vector<std::string>& list) {
    Json out = Json::array();
    for (const auto& s : list) out.push(s);
    return out;
}

// The fields every case JSON has (SPEC §8), from a facts/status pair.
Json case_json(const CaseFacts& f, const CaseStatus& s, Date today, bool mask_applicant) {
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
    Json j = case_json(f, s, today, false);
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
        .set("card", view.highest_card ? Json(card_level_id(*view.highest_card)) : Json());
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

void print_case(const CaseView& view, const CaseStatus& s, Context& context) {
    const CaseFacts& f = view.record.facts;
    const Date today = context.now().date;
    std::string flags;
    if (s.overdue(today)) flags += context.pick("  【逾期】", "  [OVERDUE]");
    if (view.highest_card)
        flags += fmt::format("  【{}】", context.lang() == Lang::zh ? card_level_zh(*view.highest_card)
                                                                    : card_level_id(*view.highest_card));
    context.out << context.tr("办件 {}  {}  {}{}\n", "case {}  {}  {}{}\n", f.number,
                              class_name(s.case_class, context), state_name(s.state, context), flags);
    context.out << context.tr("  事项    {} {}（窗口 {}）\n", "  item       {} {} (window {})\n", f.item,
                              f.item_name, f.window);
    context.out << context.tr(
        "  申请人  {}{}\n", "  applicant  {}{}\n", f.applicant,
        f.applicant_id.empty() ? "" : context.tr("（证件 {}）", " (id {})", mask_id(f.applicant_id)));
    context.out << context.tr("  收件    {}  第一责任人 {}\n", "  received   {}  first responsible {}\n",
                              f.received.to_string(), f.staff.empty() ? "—" : f.staff);
    context.out << context.tr("  起算    {}  截止 {}{}", "  clock      {}  deadline {}{}",
                              opt_date(s.clock_start), opt_date(s.deadline),
                              s.provisional ? context.pick("（暂定）", " (provisional)") : "");
    if (s.statutory_deadline)
        context.out << context.tr("  法定截止 {}{}", "  statutory {}{}", s.statutory_deadline->to_string(),
                                  s.statutory_provisional ? context.pick("（暂定）", " (provisional)") : "");
    context.out << '\n';
    if (s.paused_since)
        context.out << context.tr("  暂停自  {}\n", "  paused     since {}\n", s.paused_since->to_string());
    if (s.paused_days || s.extension_days)
        context.out << context.tr("  暂停 {} 个工作日，延期 {} 个工作日\n",
                                  "  paused {} working days, extended {}\n", s.paused_days, s.extension_days);
    if (!s.outstanding.empty()) {
        std::string list;
        for (const auto& m : s.outstanding) list += (list.empty() ? "" : context.pick("、", ", ")) + m;
        context.out << context.tr(
            "  待补材料 {}{}\n", "  outstanding {}{}\n", list,
            f.promised_by ? context.tr("（承诺 {} 前补齐）", " (promised by {})", f.promised_by->to_string())
                          : "");
    }
    if (!f.participants.empty()) {
        std::string list;
        for (const auto& p : f.participants) {
            const bool done = std::find(s.signed_by.begin(), s.signed_by.end(), p) != s.signed_by.end();
            list +=
                (list.empty() ? "" : ", ") + p +
                (done ? context.pick("（已会签）", " (signed)") : context.pick("（待会签）", " (to sign)"));
        }
        context.out << context.tr("  联办窗口 {}\n", "  joint with {}\n", list);
    }
    if (s.finished) {
        std::string result;
        if (!s.result.empty())
            result = context.lang() == Lang::zh ? (s.result == "approved" ? "（上级同意）" : "（上级不同意）")
                                                : fmt::format(" ({})", s.result);
        context.out << context.tr("  办结    {}{}\n", "  finished   {}{}\n", s.finished->to_string(), result);
    }
    if (s.late_notice)
        context.out << context.pick(
            "  ！补正告知超过 5 个工作日，视为收件时已受理\n",
            "  ! supplement asked after the one-time-notice window: counted as accepted at receipt\n");
    if (s.late_report)
        context.out << context.pick("  ！逾期上报\n", "  ! forwarded after the reporting deadline\n");
    if (s.rating)
        context.out << context.tr("  评价    {}{}\n", "  rating     {}{}\n", *s.rating,
                                  s.follow_up_due
                                      ? context.tr("（差评，须于 {} 前核实答复{}）",
                                                   " (bad: answer due {}{})", s.follow_up_due->to_string(),
                                                   s.responded ? context.pick("，已答复", ", answered") : "")
                                      : "");
    for (const auto& n : view.notices)
        context.out << context.tr("  通知书  {} {}\n", "  notice     {} {}\n", notice_title(n.kind),
                                  n.number);
    for (const auto& c : view.cards)
        context.out << context.tr(
            "  {}    {} {}{}\n", "  {}  {} {}{}\n",
            context.lang() == Lang::zh ? card_level_zh(c.level) : card_level_id(c.level),
            c.issued_on.to_string(), c.rule,
            c.revoked_at ? context.tr("（已撤销：{}）", " (revoked: {})", c.revoke_reason) : "");
    std::string moves;
    for (auto m : allowed_moves(s, f)) moves += (moves.empty() ? "" : " ") + std::string(step_id(m));
    context.out << context.tr("  可办理  {}\n", "  next       {}\n", moves.empty() ? "—" : moves);
}

void emit(const CaseView& view, const Desk& desk, Context& context) {
    const CaseStatus s = replay(view.record.facts, view.record.steps, desk.calendar, desk.policy);
    if (context.json)
        context.out << view_json(view, s, context.now().date) << '\n';
    else
        print_case(view, s, context);
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
    request.staff = o.staff;
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
    emit(opened.view, desk, context);
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
            break;
        case StepKind::extend:
            step.value = o.days;
            step.actor = o.approved_by;
            break;
        case StepKind::forward:
            step.actor = o.to;
            break;
        case StepKind::sign:
            step.actor = o.window;
            break;
        case StepKind::decide:
            step.reason = o.result;
            break;
        case StepKind::rate:
            step.value = o.rating;
            break;
        case StepKind::correct:
            if (o.on.empty())
                throw InvalidInput(
                    Text{"更正须写明正确的时间（--on）", "a correction needs the right time (--on)"});
            step.corrects = o.step;
            break;
        default:
            break;
    }
    Desk desk = open_desk(context);
    const CaseView view = move_case(desk.store, desk.calendar, desk.policy, o.number, step, context.now());
    emit(view, desk, context);
}

void run_show(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    emit(view_case(desk.store, o.number), desk, context);
}

void run_history(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    const CaseView view = view_case(desk.store, o.number);
    if (context.json) {
        Json list = Json::array();
        for (const auto& s : view.record.steps) {
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
            if (s.kind == StepKind::correct) entry.set("corrects", s.corrects);
            list.push(entry);
        }
        context.out << Json::object().set("number", o.number).set("steps", list) << '\n';
        return;
    }
    context.out << context.tr("办件 {} 的办理记录\n", "history of case {}\n", o.number);
    for (const auto& s : view.record.steps) {
        std::string detail;
        auto add = [&](const std::string& text) {
            if (!text.empty()) detail += (detail.empty() ? "" : "  ") + text;
        };
        add(s.staff);
        add(s.actor);
        if (s.kind == StepKind::extend) add(context.tr("{} 个工作日", "{} working days", s.value));
        if (s.kind == StepKind::rate) add(context.tr("{} 分", "{} of 5", s.value));
        for (const auto& m : s.materials) add(m);
        add(s.reason);
        if (s.kind == StepKind::correct)
            add(context.tr("第 {} 步时间改为 {}", "step {} happened at {}", s.corrects, s.at.to_string()));
        for (const auto& later : view.record.steps)
            if (later.kind == StepKind::correct && later.corrects == s.seq)
                add(context.tr("（已由第 {} 步更正）", "(corrected by step {})", later.seq));
        if (s.automatic) add(context.pick("（系统自动）", "(automatic)"));
        const std::string name = context.lang() == Lang::zh ? step_zh(s.kind) : step_id(s.kind);
        context.out << (detail.empty()
                            ? fmt::format("  {:>2}  {}  {}\n", s.seq, s.at.to_string(), name)
                            : fmt::format("  {:>2}  {}  {:<8} {}\n", s.seq, s.at.to_string(), name, detail));
    }
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
    const auto cases = desk.store.list_cases(filter);
    if (context.json) {
        Json list = Json::array();
        for (const auto& c : cases) list.push(case_json(c.facts, c.status, today, true));
        context.out << list << '\n';
        return;
    }
    if (cases.empty()) {
        context.out << context.pick("没有符合条件的办件\n", "no cases match\n");
        return;
    }
    for (const auto& c : cases) {
        const auto& s = c.status;
        std::string flags;
        if (s.overdue(today)) flags += context.pick(" 逾期", " overdue");
        if (s.provisional) flags += context.pick(" 暂定", " provisional");
        context.out << fmt::format("{}  {:<4} {:<4} {:<6} {:<4} {:<6} {}  {}{}\n", c.facts.number,
                                   class_name(s.case_class, context), state_name(s.state, context),
                                   c.facts.item, c.facts.window, mask_name(c.facts.applicant),
                                   c.facts.received.date.to_string(), opt_date(s.deadline), flags);
    }
    context.out << context.tr("共 {} 件\n", "{} cases\n", cases.size());
}

void run_notice(const CaseOptions& o, Context& context) {
    Desk desk = open_desk(context);
    const CaseView view = view_case(desk.store, o.number);
    const CaseStatus status = replay(view.record.facts, view.record.steps, desk.calendar, desk.policy);
    const auto window = desk.store.find_window(view.record.facts.window);
    std::string text;
    for (const auto& n : view.notices)
        if (o.kind.empty() || n.kind == o.kind)
            text = render_notice(view, status, n, window ? window->name : "");
    if (text.empty())
        throw NotFound(
            Text{fmt::format("办件 {} 没有{}通知书", o.number, o.kind.empty() ? "" : o.kind),
                 fmt::format("case {} has no {}notice", o.number, o.kind.empty() ? "" : o.kind + " ")});
    if (o.out_file.empty()) {
        context.out << text;
        return;
    }
    std::ofstream out(o.out_file, std::ios::binary);
    if (!(out << text))
        throw StoreError(
            Text{fmt::format("无法写入 {}", o.out_file), fmt::format("cannot write {}", o.out_file)});
    context.out << context.tr("已写入 {}\n", "wrote {}\n", o.out_file);
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
        {"review", "复核重新受理 / reopen a returned case on review", StepKind::review},
        {"finish", "办结 / finish", StepKind::finish},
        {"rate", "评价 / the applicant's rating", StepKind::rate},
        {"respond", "差评核实答复 / answer a bad rating", StepKind::respond},
        {"withdraw", "撤销容缺审批 / withdraw an approval whose promised materials never came",
         StepKind::withdraw},
        {"sign", "联办窗口会签 / a participant window of a joint case has done its part", StepKind::sign},
        {"correct", "更正某一步的时间（记录新的一条）/ correct the time of an earlier step, as a new record",
         StepKind::correct},
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
                break;
            case StepKind::pause:
            case StepKind::return_:
            case StepKind::withdraw:
                cmd->add_option("--reason", o->reason, "理由 / written reason")->required();
                break;
            case StepKind::sign:
                cmd->add_option("--window", o->window, "会签的联办窗口 / the participant window")->required();
                break;
            case StepKind::correct:
                cmd->add_option("--step", o->step, "要更正的步骤序号 / the step's number in 'case history'")
                    ->required();
                cmd->add_option("--reason", o->reason, "更正理由 / why")->required();
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
                       "acceptance|promise|joint_promise|upstream_promise|supplement|return");
    notice->add_option("--out", o->out_file, "写入文件 / write to FILE");
    notice->callback([&context, o] { context.action = [&context, o] { run_notice(*o, context); }; });
}

}  // namespace hall::cli
