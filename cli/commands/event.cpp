// hall event add | list | void | kinds: the scored facts (考核事件) a clerk records by hand.
#include "commands.h"

#include <hall/events.h>
#include <hall/scoring.h>

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/document.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace hall::cli {
namespace {

struct EventOptions {
    std::string kind;
    std::string window;
    std::string staff;
    std::string on;
    std::string note;
    int count = 1;
    std::optional<int> minutes;
    std::optional<double> value;
    std::string level;
    std::string month;
    std::int64_t id = 0;
    std::string reason;
    std::string by;
    std::string profile;
};

// Points to at most two places, as the profiles write them (−0.5, +0.1).
Decimal points_cell(double points) {
    Decimal d{static_cast<std::int64_t>(std::llround(points * 100)), 2};
    while (d.places > 0 && d.units % 10 == 0) {
        d.units /= 10;
        --d.places;
    }
    return d;
}

// The kind's name in words, from the first profile that scores it.
Text kind_name(const std::vector<Profile>& profiles, const std::string& kind) {
    for (const auto& p : profiles)
        for (const auto& k : event_kinds(p))
            if (k.kind == kind) return k.name;
    return Text{kind, kind};
}

// The profiles, the store's default first, so that a kind reads as its default profile words it.
std::vector<Profile> profiles_for(const Store& store, const Context& context) {
    auto profiles = load_profiles(context.data_dir());
    const std::string first = default_profile(store);
    std::stable_partition(profiles.begin(), profiles.end(),
                          [&](const Profile& p) { return p.name == first; });
    return profiles;
}

Json event_json(const StoredEvent& s) {
    const Event& e = s.event;
    Json voided;
    if (s.voided)
        voided = Json::object()
                     .set("reason", s.voided->reason)
                     .set("by", s.voided->by)
                     .set("at", s.voided->at.to_string());
    return Json::object()
        .set("id", e.id)
        .set("kind", e.kind)
        .set("window", e.window)
        .set("staff", e.staff.empty() ? Json() : Json(e.staff))
        .set("date", e.date.to_string())
        .set("count", e.count)
        .set("minutes", e.minutes)
        .set("value", e.value)
        .set("level", e.level)
        .set("note", e.note)
        .set("source", e.source)
        .set("recorded_at", s.recorded_at.to_string())
        .set("voided", voided);
}

// What the event measured, in words: "70 minutes", "value 85", "level city", "×2".
Text measure_text(const Event& e) {
    std::string zh, en;
    auto add = [&](const std::string& z, const std::string& n) {
        zh += (zh.empty() ? "" : "，") + z;
        en += (en.empty() ? "" : ", ") + n;
    };
    if (e.count != 1) add(fmt::format("{} 次", e.count), fmt::format("×{}", e.count));
    if (e.minutes) add(fmt::format("{} 分钟", *e.minutes), fmt::format("{} min", *e.minutes));
    if (e.value) add(fmt::format("值 {}", *e.value), fmt::format("value {}", *e.value));
    if (!e.level.empty()) add(fmt::format("级别 {}", e.level), fmt::format("level {}", e.level));
    return Text{zh, en};
}

Document events_document(const std::vector<StoredEvent>& events, const std::vector<Profile>& profiles) {
    Table t;
    t.column("id", {"编号", "id"}, Align::right)
        .column("date", {"日期", "date"})
        .column("window", {"窗口", "window"})
        .column("staff", {"人员", "staff"})
        .column("kind", {"事件", "kind"})
        .column("measure", {"数量", "measure"})
        .column("note", {"说明", "note"})
        .column("voided", {"作废", "voided"});
    t.text_header = true;
    Json list = Json::array();
    int voided = 0;
    for (const auto& s : events) {
        const Event& e = s.event;
        const Text name = kind_name(profiles, e.kind);
        t.row({e.id, e.date, e.window, e.staff.empty() ? Cell() : Cell(e.staff),
               Text{fmt::format("{} {}", e.kind, name.zh), fmt::format("{} ({})", e.kind, name.en)},
               measure_text(e), e.note,
               s.voided ? Cell(bilingual("已作废：{0}（{1}）", "voided: {0} ({1})", s.voided->reason,
                                         s.voided->by))
                        : Cell()});
        if (s.voided) ++voided;
        list.push(event_json(s));
    }
    Document doc;
    doc.add(std::move(t));
    const int count = static_cast<int>(events.size());
    doc.note(bilingual("共 {0} 条事件，其中作废 {1} 条", "{0} {2}, {1} voided", count, voided,
                       plural(count, "event", "events")));
    doc.with_json(list);
    return doc;
}

Document kinds_document(const std::vector<Profile>& profiles) {
    Table t;
    t.column("kind", {"事件", "kind"})
        .column("profile", {"方案", "profile"})
        .column("subject", {"对象", "subject"})
        .column("category", {"类别", "category"})
        .column("points", {"分值", "points"}, Align::right)
        .column("rule", {"规则", "rule"})
        .column("source", {"依据", "source"});
    Json list = Json::array();
    for (const auto& p : profiles) {
        for (const auto& k : event_kinds(p)) {
            const Category* category = nullptr;
            const auto& scheme = k.subject == Subject::window ? p.window : p.staff;
            if (scheme) category = scheme->find_category(k.category);
            t.row({Text{fmt::format("{} {}", k.kind, k.name.zh), fmt::format("{} ({})", k.kind, k.name.en)},
                   p.name, k.subject == Subject::window ? Text{"窗口", "window"} : Text{"个人", "staff"},
                   category ? Cell(category->name) : Cell(k.category),
                   k.points ? Cell(points_cell(*k.points)) : Cell(), k.rule, k.source});
            list.push(Json::object()
                          .set("kind", k.kind)
                          .set("profile", k.profile)
                          .set("subject", subject_id(k.subject))
                          .set("category", k.category)
                          .set("points", k.points)
                          .set("zh", k.name.zh)
                          .set("en", k.name.en)
                          .set("rule", k.rule.en)
                          .set("source", k.source));
        }
    }
    Document doc;
    doc.add(std::move(t));
    doc.with_json(list);
    return doc;
}

void run_add(const EventOptions& o, Context& context) {
    const Moment now = context.now();
    Event e;
    e.kind = o.kind;
    e.window = o.window;
    e.staff = o.staff;
    e.date = o.on.empty() ? now.date : parse_moment(o.on, "--on").date;  // a day, or the time it happened
    e.note = o.note;
    e.count = o.count;
    e.minutes = o.minutes;
    e.value = o.value;
    e.level = o.level;
    Store store = context.open_store();
    const auto profiles = profiles_for(store, context);
    const auto id = hall::add_event(store, profiles, e, now);
    EventFilter filter;
    filter.from = e.date;
    filter.to = e.date;
    filter.window = e.window;
    StoredEvent stored;
    for (auto& s : list_events(store, filter))
        if (s.event.id == id) stored = std::move(s);
    const Text name = kind_name(profiles, e.kind);
    const std::string who = e.staff.empty() ? e.window : e.window + " " + e.staff;
    Document doc;
    doc.add(Paragraph{bilingual("已登记事件 {0}：{1} {2} {3}", "recorded event {0}: {1} {2} {4}", id,
                                e.date.to_string(), who, name.zh, name.en)});
    doc.with_json(event_json(stored));
    emit(doc, context);
}

void run_list(const EventOptions& o, Context& context) {
    EventFilter filter;
    if (!o.month.empty()) {
        const Month m = parse_month(o.month, "--month");
        filter.from = m.first_day();
        filter.to = m.last_day();
    }
    if (!o.window.empty()) filter.window = o.window;
    if (!o.staff.empty()) filter.staff = o.staff;
    Store store = context.open_store();
    emit(events_document(list_events(store, filter), profiles_for(store, context)), context);
}

void run_void(const EventOptions& o, Context& context) {
    Store store = context.open_store();
    hall::void_event(store, o.id, o.reason, o.by, context.now());
    Document doc;
    doc.add(Paragraph{bilingual("已作废事件 {0}（{1}，{2}）；记录保留",
                                "voided event {0} ({1}, by {2}); the record stays", o.id, o.reason, o.by)});
    doc.with_json(Json::object().set("id", o.id).set("voided", true).set("reason", o.reason).set("by", o.by));
    emit(doc, context);
}

void run_kinds(const EventOptions& o, Context& context) {
    std::vector<Profile> profiles;
    if (o.profile.empty())
        profiles = load_profiles(context.data_dir());
    else
        profiles.push_back(load_profile(context.data_dir(), o.profile));
    emit(kinds_document(profiles), context);
}

}  // namespace

void add_event(CLI::App& app, Context& context) {
    auto o = std::make_shared<EventOptions>();
    auto bind = [&context, o](void (*fn)(const EventOptions&, Context&)) {
        return [&context, o, fn] { context.action = [&context, o, fn] { fn(*o, context); }; };
    };

    auto* event = app.add_subcommand("event", "考核事件 / scored events");
    event->require_subcommand(1);
    auto* add = event->add_subcommand("add", "登记考核事件 / record a scored event");
    add->add_option("KIND", o->kind, "事件类型（见 hall event kinds）/ the kind (see 'hall event kinds')")
        ->required();
    add->add_option("--window", o->window, "窗口 / window code")->required();
    add->add_option("--staff", o->staff, "工作人员 / staff code (none: the window as a whole)");
    add->add_option("--on", o->on, "日期 / the day, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: today)");
    add->add_option("--note", o->note, "说明 / what happened");
    add->add_option("--count", o->count, "次数 / how many times (default 1)");
    add->add_option("--minutes", o->minutes, "分钟 / minutes (off_post)");
    add->add_option("--value", o->value, "数值 / a value (panel_rating: the mark)");
    add->add_option("--level", o->level, "级别 / a level (article: county, city, ...)");
    add->callback(bind(run_add));

    auto* list = event->add_subcommand("list", "列出考核事件 / list events");
    list->add_option("--month", o->month, "月份 / YYYY-MM");
    list->add_option("--window", o->window, "窗口 / only this window");
    list->add_option("--staff", o->staff, "人员 / only this staff member");
    list->callback(bind(run_list));

    auto* voided =
        event->add_subcommand("void", "作废考核事件（保留记录）/ void an event (the record stays)");
    voided->add_option("ID", o->id, "事件编号 / event id")->required();
    voided->add_option("--reason", o->reason, "理由 / why")->required();
    voided->add_option("--by", o->by, "经办人 / who voids it")->required();
    voided->callback(bind(run_void));

    auto* kinds = event->add_subcommand("kinds", "事件类型及其分值 / the kinds the profiles score");
    kinds->add_option("--profile", o->profile, "评分方案 / only this profile");
    kinds->callback(bind(run_kinds));

    for (auto* command : event->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
