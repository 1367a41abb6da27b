// hall complaint open | answer | verify | dismiss | list: complaints (投诉) with the record
// 004 九 2 asks for, their answer deadlines, and what became of them. Nothing is edited or
// deleted: each step is an act appended with who and when.
#include "commands.h"

#include <hall/bilingual.h>
#include <hall/complaints.h>
#include <hall/document.h>
#include <hall/store.h>
#include <hall/text.h>

#include "../output.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

struct ComplaintOptions {
    std::int64_t id = 0;
    std::string at;
    std::string window;
    std::string staff;
    std::string channel = "oral";
    std::string complaint_class = "ordinary";
    std::string issue;
    std::string request;
    std::string complainant;
    std::string contact;
    std::string by;
    std::string text;
    std::string month;
    bool open_only = false;
};

Text status_text(const Complaint& c, Date today) {
    std::string zh, en;
    if (const auto* o = c.outcome()) {
        zh = o->kind == ComplaintActKind::verify ? "已查实" : "不予认定";
        en = o->kind == ComplaintActKind::verify ? "verified" : "dismissed";
    } else {
        zh = "待核实";
        en = "to verify";
    }
    if (c.answer()) {
        zh += "，已答复";
        en += ", answered";
    } else if (c.overdue(today)) {
        zh += "，答复已逾期";
        en += ", answer overdue";
    } else {
        zh += "，待答复";
        en += ", to answer";
    }
    return {zh, en};
}

Json act_json(const ComplaintAct* a) {
    if (!a) return Json();
    return Json::object()
        .set("kind", complaint_act_id(a->kind))
        .set("at", a->at.to_string())
        .set("by", a->by)
        .set("text", mask_ids_in_text(a->text));
}

Json complaint_json(const Complaint& c, const Calendar& calendar, Date today) {
    const auto* o = c.outcome();
    return Json::object()
        .set("id", c.id)
        .set("received", c.received.to_string())
        .set("window", c.window)
        .set("staff", c.staff.empty() ? Json() : Json(c.staff))
        .set("channel", channel_id(c.channel))
        .set("class", complaint_class_id(c.complaint_class))
        .set("issue", mask_ids_in_text(c.issue))
        .set("request", mask_ids_in_text(c.request))
        .set("complainant", mask_ids_in_text(c.complainant))
        .set("contact", mask_ids_in_text(c.contact))
        .set("recorded_by", c.recorded_by)
        .set("deadline", c.deadline.to_string())
        .set("answer", act_json(c.answer()))
        .set("days_late", c.days_late(calendar))
        .set("overdue", c.overdue(today))
        .set("outcome", o ? Json(o->kind == ComplaintActKind::verify ? "verified" : "dismissed") : Json())
        .set("outcome_act", act_json(o))
        .set("scores",
             o && o->kind == ComplaintActKind::verify ? Json(channel_event_kind(c.channel)) : Json());
}

Document complaint_document(const Complaint& c, const Calendar& calendar, Date today, Text headline) {
    Document doc;
    doc.add(Paragraph{std::move(headline)});
    Record r;
    r.add("received", {"收到时间", "received"}, c.received)
        .add("window", {"被投诉窗口", "window"}, c.window)
        .add("staff", {"被投诉人", "staff"}, c.staff.empty() ? Cell() : Cell(c.staff))
        .add("channel", {"来源", "channel"}, channel_id(c.channel))
        .add("class", {"类别", "class"}, complaint_class_id(c.complaint_class))
        .add("issue", {"投诉问题", "issue"}, mask_ids_in_text(c.issue))
        .add("request", {"投诉人要求", "request"}, mask_ids_in_text(c.request))
        .add("complainant", {"投诉人", "complainant"}, mask_ids_in_text(c.complainant))
        .add("contact", {"联系方式", "contact"}, mask_ids_in_text(c.contact))
        .add("deadline", {"答复期限", "answer due"}, c.deadline)
        .add("status", {"状态", "status"}, status_text(c, today));
    if (const auto* a = c.answer()) {
        r.add("answered", {"答复", "answered"},
              Text{fmt::format("{} {}：{}", a->at.to_string(), a->by, mask_ids_in_text(a->text)),
                   fmt::format("{} by {}: {}", a->at.to_string(), a->by, mask_ids_in_text(a->text))});
        if (const int late = c.days_late(calendar); late > 0)
            r.add("days_late", {"逾期工作日", "working days late"}, late);
    }
    if (const auto* o = c.outcome())
        r.add("outcome", {"结论", "outcome"},
              Text{fmt::format("{} {} {}：{}", o->kind == ComplaintActKind::verify ? "查实" : "不予认定",
                               o->at.to_string(), o->by, mask_ids_in_text(o->text)),
                   fmt::format("{} {} by {}: {}",
                               o->kind == ComplaintActKind::verify ? "verified" : "dismissed",
                               o->at.to_string(), o->by, mask_ids_in_text(o->text))});
    doc.add(std::move(r));
    doc.with_json(complaint_json(c, calendar, today));
    return doc;
}

void run_open(const ComplaintOptions& o, Context& context) {
    const Moment now = context.now();
    ComplaintRequest r;
    r.received = o.at.empty() ? now : parse_moment(o.at, "--at");
    r.window = o.window;
    r.staff = o.staff;
    const auto channel = parse_channel(o.channel);
    if (!channel)
        throw InvalidInput(bilingual("--channel：来源“{0}”无效；可用 oral、written、city、province",
                                     "--channel: '{0}' is not a channel; use oral, written, city or province",
                                     o.channel));
    r.channel = *channel;
    const auto cls = parse_complaint_class(o.complaint_class);
    if (!cls)
        throw InvalidInput(
            bilingual("--class：类别“{0}”无效；可用 ordinary、complex、important、forwarded",
                      "--class: '{0}' is not a class; use ordinary, complex, important or forwarded",
                      o.complaint_class));
    r.complaint_class = *cls;
    r.issue = o.issue;
    r.request = o.request;
    r.complainant = o.complainant;
    r.contact = o.contact;
    r.recorded_by = o.by;
    Store store = context.open_store();
    const Complaint c = open_complaint(store, r, now);
    emit(complaint_document(
             c, store.load_calendar(), now.date,
             bilingual("已登记投诉 {0}，须在 {1} 前答复", "recorded complaint {0}, to answer by {1}", c.id,
                       c.deadline.to_string())),
         context);
}

void run_act(ComplaintActKind kind, const ComplaintOptions& o, Context& context) {
    const Moment now = context.now();
    const Moment at = o.at.empty() ? now : parse_moment(o.at, "--at");
    Store store = context.open_store();
    const Complaint c = act_on_complaint(store, o.id, kind, o.by, o.text, at, now);
    const Calendar calendar = store.load_calendar();
    Text headline;
    switch (kind) {
        case ComplaintActKind::answer:
            headline =
                c.days_late(calendar) > 0
                    ? bilingual("已答复投诉 {0}，逾期 {1} 个工作日",
                                "answered complaint {0}, {1} working days late", c.id, c.days_late(calendar))
                    : bilingual("已答复投诉 {0}", "answered complaint {0}", c.id);
            break;
        case ComplaintActKind::verify:
            headline = bilingual("投诉 {0} 已查实：计为 {1}", "complaint {0} verified: scores as {1}", c.id,
                                 std::string(channel_event_kind(c.channel)));
            break;
        case ComplaintActKind::dismiss:
            headline =
                bilingual("投诉 {0} 不予认定；记录保留", "complaint {0} dismissed; the record stays", c.id);
            break;
    }
    emit(complaint_document(c, calendar, now.date, headline), context);
}

void run_answer(const ComplaintOptions& o, Context& context) {
    run_act(ComplaintActKind::answer, o, context);
}
void run_verify(const ComplaintOptions& o, Context& context) {
    run_act(ComplaintActKind::verify, o, context);
}
void run_dismiss(const ComplaintOptions& o, Context& context) {
    run_act(ComplaintActKind::dismiss, o, context);
}

void run_list(const ComplaintOptions& o, Context& context) {
    ComplaintFilter f;
    if (!o.month.empty()) {
        const Month m = parse_month(o.month, "--month");
        f.from = m.first_day();
        f.to = m.last_day();
    }
    if (!o.window.empty()) f.window = o.window;
    const Date today = context.now().date;
    Store store = context.open_store();
    const Calendar calendar = store.load_calendar();
    Table t;
    t.column("id", {"编号", "id"}, Align::right)
        .column("received", {"收到", "received"})
        .column("window", {"窗口", "window"})
        .column("staff", {"人员", "staff"})
        .column("channel", {"来源", "channel"})
        .column("class", {"类别", "class"})
        .column("deadline", {"答复期限", "answer due"})
        .column("status", {"状态", "status"})
        .column("issue", {"问题", "issue"});
    t.text_header = true;
    Json list = Json::array();
    int shown = 0;
    for (const auto& c : store.complaints(f)) {
        if (o.open_only && c.outcome() && c.answer()) continue;
        t.row({c.id, c.received, c.window, c.staff.empty() ? Cell() : Cell(c.staff), channel_id(c.channel),
               complaint_class_id(c.complaint_class), c.deadline, status_text(c, today),
               mask_ids_in_text(c.issue)});
        list.push(complaint_json(c, calendar, today));
        ++shown;
    }
    Document doc;
    doc.add(std::move(t));
    doc.note(bilingual("共 {0} 件投诉", "{0} {1}", shown, plural(shown, "complaint", "complaints")));
    doc.with_json(list);
    emit(doc, context);
}

}  // namespace

void add_complaint(CLI::App& app, Context& context) {
    auto o = std::make_shared<ComplaintOptions>();
    auto bind = [&context, o](void (*fn)(const ComplaintOptions&, Context&)) {
        return [&context, o, fn] { context.action = [&context, o, fn] { fn(*o, context); }; };
    };
    auto* complaint = app.add_subcommand("complaint", "投诉 / complaints");
    complaint->require_subcommand(1);

    auto* open = complaint->add_subcommand("open", "登记投诉 / record a complaint");
    open->add_option("--window", o->window, "被投诉窗口 / the window complained of")->required();
    open->add_option("--staff", o->staff, "被投诉人 / the staff member complained of");
    open->add_option("--issue", o->issue, "投诉的问题 / what the complaint is about")->required();
    open->add_option("--request", o->request, "投诉人的要求 / what the complainant asks for");
    open->add_option("--complainant", o->complainant, "投诉人姓名或名称 / the complainant's name");
    open->add_option("--contact", o->contact, "联系地址和电话 / the complainant's address and phone");
    open->add_option(
        "--channel", o->channel,
        "来源 / oral (口头、电话), written (书面), city (反映到市), province (省及以上); default oral");
    open->add_option(
        "--class", o->complaint_class,
        "类别 / ordinary, complex (复杂或多单位), important (重要), forwarded (转部门办理); default "
        "ordinary");
    open->add_option("--at", o->at, "收到时间 / when received, YYYY-MM-DDTHH:MM (default: now)");
    open->add_option("--by", o->by, "登记人 / who records it")->required();
    open->callback(bind(run_open));

    struct ActCommand {
        const char* name;
        const char* help;
        const char* text_option;
        const char* text_help;
        void (*run)(const ComplaintOptions&, Context&);
    };
    const ActCommand acts[] = {
        {"answer", "答复投诉人 / record the answer to the complainant", "--text", "答复内容 / the answer",
         run_answer},
        {"verify", "查实：投诉属实，计分 / verified: the complaint is true and scores", "--finding",
         "查实的情况 / what was found", run_verify},
        {"dismiss", "不予认定：记录保留 / dismissed: the record stays", "--reason", "理由 / why",
         run_dismiss},
    };
    for (const auto& a : acts) {
        auto* cmd = complaint->add_subcommand(a.name, a.help);
        cmd->add_option("ID", o->id, "投诉编号 / complaint id")->required();
        cmd->add_option(a.text_option, o->text, a.text_help)->required();
        cmd->add_option("--by", o->by, "经办人 / who")->required();
        cmd->add_option("--at", o->at, "时间 / when, YYYY-MM-DDTHH:MM (default: now)");
        cmd->callback(bind(a.run));
    }

    auto* list = complaint->add_subcommand("list", "列出投诉 / list complaints");
    list->add_option("--month", o->month, "收到的月份 / received in YYYY-MM");
    list->add_option("--window", o->window, "窗口 / only this window");
    list->add_flag("--open", o->open_only, "只列未办结的 / only those not answered or not concluded");
    list->callback(bind(run_list));

    for (auto* command : complaint->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
