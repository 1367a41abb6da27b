// hall ask add | list: the first-responsibility log (首问负责, seed 000) of people who came
// to ask rather than to apply.
#include "commands.h"

#include "../output.h"

#include <hall/asks.h>
#include <hall/bilingual.h>
#include <hall/document.h>

namespace hall::cli {
namespace {

struct AskOptions {
    std::string staff;
    std::string topic;
    std::string referred_to;
    std::string on;
    std::string month;
    std::string window;
};

Json inquiry_json(const Inquiry& q) {
    return Json::object()
        .set("id", q.id)
        .set("at", q.at.to_string())
        .set("staff", q.staff)
        .set("window", q.window)
        .set("topic", q.topic)
        .set("referred_to", q.referred_to.empty() ? Json() : Json(q.referred_to))
        .set("recorded_at", q.recorded_at.to_string());
}

Text outcome(const Inquiry& q) {
    if (q.referred_to.empty()) return Text{"当场答复", "answered"};
    return bilingual("引导至 {0}", "taken to {0}", q.referred_to);
}

void run_add(const AskOptions& o, Context& context) {
    const Moment now = context.now();
    Inquiry q;
    // The clerk at the desk names themselves once in $HALL_STAFF, as for case open.
    q.staff = !o.staff.empty() ? o.staff : context.env.staff.value_or("");
    if (q.staff.empty())
        throw InvalidInput(Text{"hall ask add 需要 --staff（或设置 HALL_STAFF）",
                                "hall ask add needs --staff (or HALL_STAFF)"});
    q.topic = o.topic;
    q.referred_to = o.referred_to;
    q.at = o.on.empty() ? now : parse_moment(o.on, "--on");
    Store store = context.open_store();
    const Inquiry stored = record_inquiry(store, q, now);
    Document doc;
    doc.add(Paragraph{bilingual("已登记首问 {0}：{1} {2}（{3}），{4}",
                                "recorded inquiry {0}: {1} {2} ({3}), {5}", stored.id, stored.at.to_string(),
                                stored.staff, stored.window, outcome(stored).zh, outcome(stored).en)});
    doc.with_json(inquiry_json(stored));
    emit(doc, context);
}

void run_list(const AskOptions& o, Context& context) {
    InquiryFilter filter;
    if (!o.month.empty()) {
        const Month m = parse_month(o.month, "--month");
        filter.from = m.first_day();
        filter.to = m.last_day();
    }
    if (!o.window.empty()) filter.window = o.window;
    Store store = context.open_store();
    const auto list = list_inquiries(store, filter);
    Table t;
    t.column("id", {"编号", "id"}, Align::right)
        .column("at", {"时间", "at"})
        .column("staff", {"首问人", "staff"})
        .column("window", {"窗口", "window"})
        .column("topic", {"询问事项", "topic"})
        .column("outcome", {"处理", "outcome"});
    t.text_header = true;
    Json json = Json::array();
    int referred = 0;
    for (const auto& q : list) {
        t.row({q.id, q.at, q.staff, q.window, q.topic, outcome(q)});
        if (!q.referred_to.empty()) ++referred;
        json.push(inquiry_json(q));
    }
    Document doc;
    doc.add(std::move(t));
    const int count = static_cast<int>(list.size());
    doc.note(bilingual("共 {0} 次询问，其中引导至其他窗口 {1} 次", "{0} {2}, {1} taken to another window",
                       count, referred, plural(count, "inquiry", "inquiries")));
    doc.with_json(json);
    emit(doc, context);
}

}  // namespace

void add_ask(CLI::App& app, Context& context) {
    auto o = std::make_shared<AskOptions>();
    auto bind = [&context, o](void (*fn)(const AskOptions&, Context&)) {
        return [&context, o, fn] { context.action = [&context, o, fn] { fn(*o, context); }; };
    };

    auto* ask = app.add_subcommand("ask", "首问负责登记 / the first-responsibility log of questions");
    ask->require_subcommand(1);
    auto* add = ask->add_subcommand("add", "登记一次询问 / record a question asked at the desk");
    add->add_option("--staff", o->staff, "首问人 / the member of staff asked first (default: $HALL_STAFF)");
    add->add_option("--topic", o->topic, "询问事项 / what was asked")->required();
    add->add_option("--referred-to", o->referred_to,
                    "引导至窗口 / the window the person was taken to (none: answered on the spot)");
    add->add_option("--on", o->on, "时间 / when, YYYY-MM-DDTHH:MM or YYYY-MM-DD (default: now)");
    add->callback(bind(run_add));

    auto* list = ask->add_subcommand("list", "列出首问登记 / list the log");
    list->add_option("--month", o->month, "月份 / YYYY-MM");
    list->add_option("--window", o->window, "窗口 / asked at or taken to this window");
    list->callback(bind(run_list));

    for (auto* command : ask->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
