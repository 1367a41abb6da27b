// hall score: the monthly ranking and the red flags (流动红旗), every point with its reason and
// source; --explain gives one window's or staff member's full account, --year the year.
#include "commands.h"

#include <hall/events.h>
#include <hall/scoring.h>

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/document.h>

#include <fmt/format.h>

#include <cmath>

namespace hall::cli {
namespace {

struct ScoreOptions {
    std::string month;
    std::string profile;
    bool staff = false;
    std::string explain;
    std::optional<int> year;
    bool remember = false;
};

Decimal points_cell(double points) {
    Decimal d{static_cast<std::int64_t>(std::llround(points * 100)), 2};
    while (d.places > 0 && d.units % 10 == 0) {
        d.units /= 10;
        --d.places;
    }
    return d;
}

std::string signed_points(double points) {
    const Decimal d = points_cell(points);
    return (d.units > 0 ? "+" : "") + d.to_string();
}

Text alert_word(AlertKind k) {
    switch (k) {
        case AlertKind::return_to_unit:
            return Text{"退回原单位", "return to unit"};
        case AlertKind::excellence_lost:
            return Text{"取消评优资格", "excellence eligibility lost"};
        case AlertKind::bulletin:
            break;
    }
    return Text{"通报批评", "bulletin"};
}

Json line_json(const Line& l) {
    return Json::object()
        .set("category", l.category)
        .set("points", l.points)
        .set("why", l.why.en)
        .set("why_zh", l.why.zh)
        .set("source", l.source)
        .set("clause", l.clause);
}

Json entry_json(const Entry& e, bool staff) {
    Json lines = Json::array();
    for (const auto& l : e.lines) lines.push(line_json(l));
    Json vetoes = Json::array();
    for (const auto& l : e.vetoes) vetoes.push(line_json(l));
    Json categories = Json::array();
    for (const auto& c : e.categories)
        categories.push(Json::object().set("category", c.id).set("score", c.score).set("max", c.max));
    Json out = Json::object().set("rank", e.rank).set("window", e.window);
    if (staff) out.set("staff", e.staff);
    return out.set("score", e.score)
        .set("flag", e.flag)
        .set("eligible", e.eligible)
        .set("vetoes", vetoes)
        .set("categories", categories)
        .set("lines", lines);
}

Json alert_json(const Alert& a) {
    return Json::object()
        .set("kind", alert_kind_id(a.kind))
        .set("staff", a.staff)
        .set("window", a.window)
        .set("why", a.why.en)
        .set("why_zh", a.why.zh)
        .set("source", a.source)
        .set("clause", a.clause);
}

// What the command shows: one ranking (windows or staff) of one month, perhaps one entry.
struct View {
    const Profile* profile = nullptr;
    const Scheme* scheme = nullptr;
    bool staff = false;
    bool partial = false;
    Date as_of;
    std::vector<Entry> entries;
    std::vector<Alert> alerts;
    std::vector<Window> windows;
    std::vector<Staff> people;
};

Text category_name(const Scheme& scheme, const std::string& id) {
    if (id.empty()) return Text{"总分", "whole score"};
    if (const auto* c = scheme.find_category(id)) return c->name;
    return Text{id, id};
}

void add_alerts(Document& doc, const std::vector<Alert>& alerts) {
    if (alerts.empty()) return;
    Table t;
    t.column("kind", {"警示", "alert"})
        .column("staff", {"人员", "staff"})
        .column("window", {"窗口", "window"})
        .column("why", {"原因", "why"})
        .column("source", {"依据", "source"});
    t.text_header = true;
    for (const auto& a : alerts)
        t.row({alert_word(a.kind), a.staff.empty() ? Cell() : Cell(a.staff), a.window, a.why,
               a.clause.empty() ? a.source : a.source + " · " + a.clause});
    doc.add(Paragraph{Text{"警示：", "alerts:"}});
    doc.add(std::move(t));
}

Document ranking_document(const View& v, const Scorecard& card) {
    Document doc;
    doc.title = Text{fmt::format("{} {}：{}排名（{}）", card.month.to_string(), v.profile->name,
                                 v.staff ? "人员" : "窗口", v.profile->title.zh),
                     fmt::format("{} {}: {} ranking ({})", card.month.to_string(), v.profile->name,
                                 v.staff ? "staff" : "window", v.profile->title.en)};
    Table t;
    t.text_header = true;
    t.column("rank", {"名次", "rank"}, Align::right).column("window", {"窗口", "window"});
    if (v.staff) t.column("staff", {"人员", "staff"});
    t.column("score", {"得分", "score"}, Align::right)
        .column("flag", {"红旗", "flag"})
        .column("lines", {"扣加分项", "lines"}, Align::right)
        .column("note", {"备注", "note"});
    for (const auto& e : v.entries) {
        Cell flag = e.flag ? Cell(Text{"流动红旗", "red flag"}) : Cell();
        Cell note =
            e.eligible ? Cell() : Cell(e.vetoes.empty() ? Text{"不得评红旗", "no flag"} : e.vetoes[0].why);
        const int lines = static_cast<int>(e.lines.size());
        if (v.staff)
            t.row({e.rank, e.window, e.staff, points_cell(e.score), std::move(flag), lines, std::move(note)});
        else
            t.row({e.rank, e.window, points_cell(e.score), std::move(flag), lines, std::move(note)});
    }
    doc.add(std::move(t));
    add_alerts(doc, v.alerts);
    if (!v.staff && v.scheme->flags > 0)
        doc.note(bilingual("本月评 {0} 面流动红旗；同分依次比较方案的 tie_break 与编号",
                           "{0} red {1} this month; ties go by the profile's tie_break, then the code",
                           v.scheme->flags, plural(v.scheme->flags, "flag", "flags")));
    if (v.partial)
        doc.note(bilingual("本月尚未结束：截至 {0} 暂计",
                           "the month is still under way: provisional as of {0}", v.as_of.to_string()));
    return doc;
}

Document explain_document(const View& v, const Scorecard& card) {
    const Entry& e = v.entries.front();
    const std::string who = v.staff ? e.staff + " (" + e.window + ")" : e.window;
    Document doc;
    doc.title =
        bilingual("{0} {1}：{2} 第 {3} 名，{4} 分{5}", "{0} {1}: {2} ranked {3}, {4} points{6}",
                  card.month.to_string(), v.profile->name, who, e.rank, points_cell(e.score).to_string(),
                  e.flag ? "，获流动红旗" : "", e.flag ? ", red flag" : "");
    for (const auto& c : e.categories) {
        const Text name = category_name(*v.scheme, c.id);
        const std::string mark =
            c.max > 0 ? fmt::format("{}/{}", points_cell(c.score).to_string(), points_cell(c.max).to_string())
                      : points_cell(c.score).to_string();
        doc.add(Paragraph{Text{fmt::format("{} {}：{}", c.id, name.zh, mark),
                               fmt::format("{} {}: {}", c.id, name.en, mark)}});
        Table t;
        t.indent = 2;
        t.column("points", {"分", "points"}, Align::right)
            .column("why", {"原因", "why"})
            .column("source", {"来源", "source"})
            .column("clause", {"依据", "clause"});
        for (const auto& l : e.lines)
            if (l.category == c.id) t.row({signed_points(l.points), l.why, l.source, l.clause});
        if (!t.rows.empty()) doc.add(std::move(t));
    }
    Table whole;
    whole.indent = 2;
    whole.column("points", {"分", "points"}, Align::right)
        .column("why", {"原因", "why"})
        .column("source", {"来源", "source"})
        .column("clause", {"依据", "clause"});
    for (const auto& l : e.lines)
        if (!e.categories.empty() && l.category.empty())
            whole.row({signed_points(l.points), l.why, l.source, l.clause});
    if (!whole.rows.empty()) {
        doc.add(Paragraph{Text{"总分上的扣加分：", "on the whole score:"}});
        doc.add(std::move(whole));
    }
    for (const auto& veto : e.vetoes)
        doc.add(Paragraph{bilingual("不得评红旗：{0}（{1}）", "no flag: {2} ({1})", veto.why.zh, veto.source,
                                    veto.why.en)});
    add_alerts(doc, v.alerts);
    if (v.partial)
        doc.note(bilingual("本月尚未结束：截至 {0} 暂计",
                           "the month is still under way: provisional as of {0}", v.as_of.to_string()));
    return doc;
}

Document year_document(const YearScorecard& year, bool staff, const Profile& profile, int months) {
    const auto& entries = staff ? year.staff : year.windows;
    Table t;
    t.text_header = true;
    t.column("rank", {"名次", "rank"}, Align::right).column("window", {"窗口", "window"});
    if (staff) t.column("staff", {"人员", "staff"});
    t.column("score", {"得分", "score"}, Align::right)
        .column("months", {"月数", "months"}, Align::right)
        .column("flags", {"红旗", "flags"}, Align::right);
    Json list = Json::array();
    for (const auto& e : entries) {
        if (staff)
            t.row({e.rank, e.window, e.staff, points_cell(e.score), e.months, e.flags});
        else
            t.row({e.rank, e.window, points_cell(e.score), e.months, e.flags});
        Json j = Json::object().set("rank", e.rank).set("window", e.window);
        if (staff) j.set("staff", e.staff);
        list.push(j.set("score", e.score).set("months", e.months).set("flags", e.flags));
    }
    Document doc;
    doc.title = bilingual("{0} 年 {1}：{2}", "{0} {1}: {3}", year.year, profile.name, profile.title.zh,
                          profile.title.en);
    doc.add(std::move(t));
    doc.note(bilingual("计入 {0} 个月", "{0} {1} counted", months, plural(months, "month", "months")));
    doc.with_json(Json::object()
                      .set("year", year.year)
                      .set("profile", year.profile)
                      .set("months", months)
                      .set("ranking", list));
    return doc;
}

void refuse_future(Month month, Date today) {
    if (month.first_day() > today)
        throw Refused(bilingual("{0} 尚未到来，无从考核", "{0} has not begun: there is nothing to score yet",
                                month.to_string()));
}

void run_score(const ScoreOptions& o, Context& context) {
    if (o.month.empty() == !o.year)
        throw InvalidInput(
            Text{"请给出 --month YYYY-MM 或 --year YYYY 之一", "give one of --month YYYY-MM or --year YYYY"});
    std::optional<Month> month;
    if (!o.month.empty()) month = parse_month(o.month, "--month");
    if (o.year && (*o.year < 1900 || *o.year > 9999))
        throw InvalidInput(bilingual("--year：'{0}' 不是有效年份", "--year: '{0}' is not a year", *o.year));
    if (o.remember && o.profile.empty())
        throw InvalidInput(Text{"--remember 需要 --profile", "--remember needs --profile"});
    const Date today = context.now().date;
    Store store = context.open_store();
    if (o.remember) set_default_profile(store, context.data_dir(), o.profile);
    const std::string name = o.profile.empty() ? default_profile(store) : o.profile;
    const Profile profile = load_profile(context.data_dir(), name);
    const Calendar calendar = store.load_calendar();

    // A staff code given to --explain asks for the staff ranking.
    bool staff = o.staff || !profile.window;
    if (!o.explain.empty() && !staff && store.find_staff(o.explain) && !store.find_window(o.explain))
        staff = true;
    const Scheme* scheme =
        staff ? (profile.staff ? &*profile.staff : nullptr) : (profile.window ? &*profile.window : nullptr);
    if (!scheme)
        throw Refused(bilingual("评分方案 {0} 没有{1}考核", "profile {0} has no {2} scheme", profile.name,
                                staff ? "人员" : "窗口", staff ? "staff" : "window"));

    if (o.year) {
        std::vector<Scorecard> cards;
        const Month first{*o.year, 1};
        refuse_future(first, today);
        std::vector<Month> begun;
        for (int m = 1; m <= 12; ++m) {
            const Month each{*o.year, m};
            if (each.first_day() > today) break;
            begun.push_back(each);
        }
        for_each_scoring_input(store, profile, begun, calendar,
                               [&](const ScoringInput& input) { cards.push_back(score(profile, input)); });
        emit(year_document(aggregate_year(profile, *o.year, cards), staff, profile,
                           static_cast<int>(cards.size())),
             context);
        return;
    }

    refuse_future(*month, today);
    const Scorecard card = score(profile, scoring_input(store, profile, *month, calendar));
    View v;
    v.profile = &profile;
    v.scheme = scheme;
    v.staff = staff;
    v.partial = month->last_day() >= today;
    v.as_of = today;
    v.entries = staff ? card.staff : card.windows;
    v.alerts = card.alerts;
    if (!o.explain.empty()) {
        std::erase_if(v.entries, [&](const Entry& e) { return (staff ? e.staff : e.window) != o.explain; });
        if (v.entries.empty())
            throw NotFound(bilingual("{0} 不在 {1} 的{2}排名中", "{0} is not in the {1} {3} ranking",
                                     o.explain, profile.name, staff ? "人员" : "窗口",
                                     staff ? "staff" : "window"));
        std::erase_if(v.alerts, [&](const Alert& a) { return (staff ? a.staff : a.window) != o.explain; });
    }
    Document doc = o.explain.empty() ? ranking_document(v, card) : explain_document(v, card);
    // Built only when JSON is asked for: a city's month has thousands of lines.
    auto entries = std::make_shared<const std::vector<Entry>>(std::move(v.entries));
    auto alerts = std::make_shared<const std::vector<Alert>>(std::move(v.alerts));
    doc.json = [entries, alerts, month = card.month.to_string(), profile_name = card.profile, staff,
                partial = v.partial, flags = staff ? 0 : scheme->flags] {
        Json ranking = Json::array();
        for (const auto& e : *entries) ranking.push(entry_json(e, staff));
        Json alert_list = Json::array();
        for (const auto& a : *alerts) alert_list.push(alert_json(a));
        return Json::object()
            .set("month", month)
            .set("profile", profile_name)
            .set("subject", staff ? "staff" : "window")
            .set("partial", partial)
            .set("flags", flags)
            .set("ranking", ranking)
            .set("alerts", alert_list);
    };
    emit(doc, context);
}

}  // namespace

void add_score(CLI::App& app, Context& context) {
    auto o = std::make_shared<ScoreOptions>();
    auto* command = app.add_subcommand("score", "月度考核与流动红旗 / the monthly ranking and red flags");
    command->add_option("--month", o->month, "月份 / YYYY-MM");
    command->add_option("--profile", o->profile,
                        "评分方案 / profile (default: the store's, else window-flag)");
    command->add_flag("--staff", o->staff, "人员排名 / rank staff members");
    command->add_option("--explain", o->explain, "逐项说明 / one window's (or staff member's) full account");
    command->add_option("--year", o->year, "全年汇总 / aggregate a year, YYYY");
    command->add_flag("--remember", o->remember,
                      "把 --profile 设为本库的默认方案 / make --profile the store's default");
    command->callback([&context, o] { context.action = [&context, o] { run_score(*o, context); }; });
    add_output_options(command, context);
}

}  // namespace hall::cli
