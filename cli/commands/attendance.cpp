// hall attendance import | report, hall leave add | list: the time clock's punches and the
// leave the centre approves (考勤、请假). What they cost is derived when a month is scored.
#include "commands.h"

#include <hall/attendance.h>
#include <hall/bilingual.h>
#include <hall/document.h>
#include <hall/policy.h>
#include <hall/store.h>

#include "../output.h"

#include <fmt/format.h>

#include <cmath>

namespace hall::cli {
namespace {

struct AttendanceOptions {
    std::string file;
    std::string month;
    std::string staff;
    std::string window;
    std::string from;
    std::string to;
    std::string kind = "personal";
    std::string approval;
    std::string approved_by;
    std::string standin;
    std::string note;
};

// Days in halves: 0.5, 1, 1.5.
Decimal days_cell(double days) {
    const auto halves = static_cast<std::int64_t>(std::llround(days * 2));
    if (halves % 2 == 0) return Decimal{halves / 2, 0};
    return Decimal{halves * 5, 1};
}

std::string days_text(double days) {
    return days_cell(days).to_string();
}

// A day alone means the whole day: from its start, to its end.
Moment leave_moment(const std::string& text, const char* what, bool end) {
    Moment m = parse_moment(text, what);
    if (end && text.size() == 10) m.minute = 24 * 60 - 1;
    return m;
}

void run_import(const AttendanceOptions& o, Context& context) {
    const Moment now = context.now();
    Store store = context.open_store();
    const auto r = import_punches(store, o.file, now);
    Document doc;
    Record rec;
    rec.add("file", {"文件", "file"}, r.import.file)
        .add("encoding", {"编码", "encoding"}, r.import.encoding)
        .add("rows", {"打卡记录", "punches"}, r.import.rows)
        .add("added", {"新增", "new"}, r.import.added)
        .add("duplicates", {"已有（未重复导入）", "already stored"}, r.import.duplicates)
        .add("first", {"最早日期", "first day"}, Cell(r.first))
        .add("last", {"最晚日期", "last day"}, Cell(r.last));
    doc.add(std::move(rec));
    if (r.import.added == 0)
        doc.note(bilingual("没有新的打卡记录：存储未改变", "no new punches: the store is unchanged"));
    doc.with_json(Json::object()
                      .set("file", r.import.file)
                      .set("encoding", r.import.encoding)
                      .set("rows", r.import.rows)
                      .set("added", r.import.added)
                      .set("duplicates", r.import.duplicates)
                      .set("first", r.first ? Json(r.first->to_string()) : Json())
                      .set("last", r.last ? Json(r.last->to_string()) : Json())
                      .set("import", r.import.id == 0 ? Json() : Json(r.import.id)));
    emit(doc, context);
}

Text kind_words(const std::string& kind) {
    if (kind == "late") return {"迟到", "late"};
    if (kind == "early") return {"早退", "left early"};
    if (kind == "off_post") return {"脱岗", "off post"};
    if (kind == "missed_punch") return {"漏打卡", "missed punch"};
    if (kind == "absent") return {"旷工", "absent"};
    if (kind == "leave_no_standin")
        return {"单人窗口请假未顶岗", "single-clerk window on leave, no stand-in"};
    return {kind, kind};
}

void run_report(const AttendanceOptions& o, Context& context) {
    const Month m = parse_month(o.month, "--month");
    Store store = context.open_store();
    const Calendar calendar = store.load_calendar();
    if (!calendar.covers(m.year)) throw UncoveredYear(m.year);
    LeaveFilter lf;
    lf.from = m.first_day();
    lf.to = m.last_day();
    auto events = attendance_events(store.staff(std::nullopt), store.punches(m.first_day(), m.last_day()),
                                    store.leaves(lf), calendar, hall_hours(load_policy(store)), m.first_day(),
                                    m.last_day());
    Table t;
    t.column("date", {"日期", "date"})
        .column("window", {"窗口", "window"})
        .column("staff", {"人员", "staff"})
        .column("kind", {"情形", "kind"})
        .column("minutes", {"分钟", "minutes"}, Align::right)
        .column("days", {"天数", "days"}, Align::right)
        .column("note", {"说明", "note"})
        .column("source", {"来源", "source"});
    t.text_header = true;
    Json list = Json::array();
    int shown = 0;
    for (const auto& e : events) {
        if (!o.staff.empty() && e.staff != o.staff) continue;
        if (!o.window.empty() && e.window != o.window) continue;
        const Text words = kind_words(e.kind);
        t.row({e.date, e.window, e.staff,
               Text{fmt::format("{} {}", e.kind, words.zh), fmt::format("{} ({})", e.kind, words.en)},
               Cell(e.minutes), e.value ? Cell(days_cell(*e.value)) : Cell(), e.note, e.source});
        list.push(Json::object()
                      .set("date", e.date.to_string())
                      .set("window", e.window)
                      .set("staff", e.staff)
                      .set("kind", e.kind)
                      .set("minutes", e.minutes)
                      .set("days", e.value)
                      .set("note", e.note)
                      .set("source", e.source));
        ++shown;
    }
    Document doc;
    doc.title = bilingual("{0} 考勤情况（由打卡和请假推算）",
                          "attendance in {0} (derived from punches and leave)", m.to_string());
    doc.add(std::move(t));
    doc.note(bilingual("共 {0} 条", "{0} {1}", shown, plural(shown, "finding", "findings")));
    doc.with_json(list);
    emit(doc, context);
}

Json leave_json(const Leave& l) {
    return Json::object()
        .set("id", l.id)
        .set("staff", l.staff)
        .set("window", l.window)
        .set("from", l.from.to_string())
        .set("to", l.to.to_string())
        .set("kind", leave_kind_id(l.kind))
        .set("days", l.days)
        .set("approval", approval_id(l.approval))
        .set("approved_by", l.approved_by)
        .set("standin", l.standin.empty() ? Json() : Json(l.standin))
        .set("single_clerk", l.single_clerk)
        .set("no_standin", l.single_clerk && l.standin.empty())
        .set("note", l.note)
        .set("recorded_at", l.recorded_at.to_string());
}

void run_leave_add(const AttendanceOptions& o, Context& context) {
    LeaveRequest r;
    r.staff = o.staff;
    r.from = leave_moment(o.from, "--from", false);
    r.to = leave_moment(o.to, "--to", true);
    const auto kind = parse_leave_kind(o.kind);
    if (!kind)
        throw InvalidInput(
            bilingual("--kind：假别“{0}”无效；可用 "
                      "personal、sick、annual、marriage、maternity、family_visit、bereavement、"
                      "training",
                      "--kind: '{0}' is not a kind of leave; use personal, sick, annual, marriage, "
                      "maternity, family_visit, "
                      "bereavement or training",
                      o.kind));
    r.kind = *kind;
    const auto approval = parse_approval(o.approval);
    if (!approval)
        throw InvalidInput(
            bilingual("--approval：审批级别“{0}”无效；可用 centre、unit、county_office、county_leader",
                      "--approval: '{0}' is not a level; use centre, unit, county_office or county_leader",
                      o.approval));
    r.approval = *approval;
    r.approved_by = o.approved_by;
    r.standin = o.standin;
    r.note = o.note;
    Store store = context.open_store();
    const Leave l = add_leave(store, r, context.now());
    Document doc;
    doc.add(Paragraph{bilingual("已登记请假 {0}：{1} {2}，{3} 至 {4}，{5} 天，{6}批准（{7}）",
                                "recorded leave {0}: {1}, {9}, {3} to {4}, {5} days, approved by {8} ({7})",
                                l.id, l.staff, leave_kind_name(l.kind).zh, l.from.to_string(),
                                l.to.to_string(), days_text(l.days), approval_name(l.approval).zh,
                                l.approved_by, approval_name(l.approval).en, leave_kind_name(l.kind).en)});
    if (l.single_clerk && l.standin.empty())
        doc.note(
            bilingual("窗口 {0} 只有一名工作人员，请假未安排顶岗（AB岗）：记为 leave_no_standin，按天扣分",
                      "window {0} has a single clerk and no stand-in (AB post) was named: recorded as "
                      "leave_no_standin, points lost per day",
                      l.window));
    doc.with_json(leave_json(l));
    emit(doc, context);
}

void run_leave_list(const AttendanceOptions& o, Context& context) {
    LeaveFilter f;
    if (!o.month.empty()) {
        const Month m = parse_month(o.month, "--month");
        f.from = m.first_day();
        f.to = m.last_day();
    }
    if (!o.staff.empty()) f.staff = o.staff;
    if (!o.window.empty()) f.window = o.window;
    Store store = context.open_store();
    const auto leaves = store.leaves(f);
    Table t;
    t.column("id", {"编号", "id"}, Align::right)
        .column("staff", {"人员", "staff"})
        .column("window", {"窗口", "window"})
        .column("kind", {"假别", "kind"})
        .column("from", {"开始", "from"})
        .column("to", {"结束", "to"})
        .column("days", {"天数", "days"}, Align::right)
        .column("approved", {"批准", "approved"})
        .column("standin", {"顶岗", "stand-in"});
    t.text_header = true;
    Json list = Json::array();
    for (const auto& l : leaves) {
        t.row({l.id, l.staff, l.window, leave_kind_name(l.kind), l.from, l.to, days_cell(l.days),
               Text{fmt::format("{}（{}）", approval_name(l.approval).zh, l.approved_by),
                    fmt::format("{} ({})", approval_name(l.approval).en, l.approved_by)},
               l.standin.empty()
                   ? (l.single_clerk ? Cell(Text{"无（单人窗口）", "none (single clerk)"}) : Cell())
                   : Cell(l.standin)});
        list.push(leave_json(l));
    }
    Document doc;
    doc.add(std::move(t));
    const int n = static_cast<int>(leaves.size());
    doc.note(bilingual("共 {0} 条请假", "{0} {1}", n, plural(n, "leave", "leaves")));
    doc.with_json(list);
    emit(doc, context);
}

}  // namespace

void add_attendance(CLI::App& app, Context& context) {
    auto o = std::make_shared<AttendanceOptions>();
    auto bind = [&context, o](void (*fn)(const AttendanceOptions&, Context&)) {
        return [&context, o, fn] { context.action = [&context, o, fn] { fn(*o, context); }; };
    };

    auto* attendance = app.add_subcommand("attendance", "考勤 / attendance");
    attendance->require_subcommand(1);
    const Text help = punch_header_help();
    auto* import = attendance->add_subcommand(
        "import", fmt::format("导入考勤机打卡记录（CSV）/ import a time clock's punch log (CSV). {} / {}",
                              help.zh, help.en));
    import->add_option("FILE", o->file, "CSV 文件（UTF-8 或 GBK）/ the CSV file (UTF-8 or GBK)")->required();
    import->callback(bind(run_import));

    auto* report =
        attendance->add_subcommand("report", "一个月的考勤推算结果 / what a month's punches and leave give");
    report->add_option("--month", o->month, "月份 / YYYY-MM")->required();
    report->add_option("--staff", o->staff, "人员 / only this staff member");
    report->add_option("--window", o->window, "窗口 / only this window");
    report->callback(bind(run_report));

    auto* leave = app.add_subcommand("leave", "请假 / leave");
    leave->require_subcommand(1);
    auto* add = leave->add_subcommand("add", "登记已批准的请假 / record approved leave");
    add->add_option("--staff", o->staff, "请假人 / staff code")->required();
    add->add_option("--from", o->from, "开始 / YYYY-MM-DD or YYYY-MM-DDTHH:MM")->required();
    add->add_option("--to", o->to,
                    "结束（只写日期即到当天结束）/ end, YYYY-MM-DD (the whole day) or YYYY-MM-DDTHH:MM")
        ->required();
    add->add_option("--kind", o->kind,
                    "假别 / personal, sick, annual, marriage, maternity, family_visit, bereavement, training "
                    "(default personal)");
    add->add_option("--approval", o->approval,
                    "审批级别 / who approved: centre, unit, county_office, county_leader")
        ->required();
    add->add_option("--approved-by", o->approved_by, "批准人 / the approver's name")->required();
    add->add_option("--standin", o->standin, "顶岗人员 / the stand-in's staff code (AB岗)");
    add->add_option("--note", o->note, "事由 / why");
    add->callback(bind(run_leave_add));

    auto* list = leave->add_subcommand("list", "列出请假 / list leave");
    list->add_option("--month", o->month, "月份 / YYYY-MM");
    list->add_option("--staff", o->staff, "人员 / only this staff member");
    list->add_option("--window", o->window, "窗口 / only this window");
    list->callback(bind(run_leave_list));

    for (auto* group : {attendance, leave})
        for (auto* command : group->get_subcommands([](CLI::App*) { return true; }))
            add_output_options(command, context);
}

}  // namespace hall::cli
