// The bulletins' sections. Each reads what it needs from BulletinInput (the case figures are
// gathered once, in case_figures) and adds its blocks and its JSON member; the lists in
// bulletin_sections say which report carries which.
#include <hall/bilingual.h>
#include <hall/events.h>
#include <hall/monitoring.h>
#include <hall/report.h>
#include <hall/scoring.h>
#include <hall/store.h>
#include <hall/text.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "blocks.h"

namespace hall {

using namespace report_blocks;

namespace {

Text class_word(CaseClass c) {
    return Text{class_zh(c), class_id(c)};
}

Text state_word(CaseState s) {
    return Text{state_zh(s), state_id(s)};
}

constexpr CaseClass all_classes[] = {CaseClass::instant,  CaseClass::promised, CaseClass::joint,
                                     CaseClass::upstream, CaseClass::returned, CaseClass::supplement};

const char* rating_zh[] = {"非常不满意", "不满意", "基本满意", "满意", "非常满意"};
const char* rating_en[] = {"very dissatisfied", "dissatisfied", "fairly satisfied", "satisfied",
                           "very satisfied"};

// Every window of the registry in its order, then any code a case names that the registry
// no longer has, so a window with no cases still shows its zeros.
std::vector<std::string> window_codes(const BulletinInput& in) {
    std::vector<std::string> codes;
    for (const auto& w : in.windows) codes.push_back(w.code);
    for (const auto& [code, counts] : in.cases.by_window)
        if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    return codes;
}

CaseCounts counts_of(const std::map<std::string, CaseCounts>& map, const std::string& key) {
    const auto it = map.find(key);
    return it == map.end() ? CaseCounts{} : it->second;
}

Json counts_json(const CaseCounts& c) {
    return Json::object()
        .set("received", c.received)
        .set("finished", c.finished)
        .set("finish_rate", percent_json(c.finished, c.received))
        .set("on_time", c.on_time)
        .set("late", c.late)
        .set("on_time_rate", percent_json(c.on_time, c.finished))
        .set("average_work_days", decimal_json(average(c.work_days, c.timed)));
}

Text period_title(ReportKind kind, const ReportPeriod& p) {
    const Text name = p.name();
    switch (kind) {
        case ReportKind::weekly:
            return Text{"窗口工作周报：" + name.zh, "Weekly bulletin: " + name.en};
        case ReportKind::monthly:
            return Text{"行政审批简报：" + name.zh, "Monthly bulletin (行政审批简报): " + name.en};
        case ReportKind::yearly:
            return Text{name.zh + "度工作总结", "Yearly summary: " + name.en};
        case ReportKind::stats:
            break;
    }
    return Text{"行政审批事项统计表：" + name.zh, "Statistics by window: " + name.en};
}

}  // namespace

std::int64_t Satisfaction::total() const {
    std::int64_t n = 0;
    for (const auto c : by_rating) n += c;
    return n;
}

namespace {

// Still without a result, their deadline passed in the period: the cases that became
// overdue then. The older backlog stays out of every bulletin (a city's runs to tens of
// thousands); `hall case list --overdue` lists it.
void add_open_overdue(const Store& store, const Calendar& calendar, const ReportPeriod& period,
                      CaseFigures& f) {
    if (period.last <= period.first) return;
    CaseFilter open;
    open.due_from = period.first;
    open.due_by = period.last - 1;
    store.for_each_case(open, false, [&](StoredCase& c) {
        if (c.facts.received.date > period.last || !c.status.deadline) return;
        // A deadline in a year with no schedule yet is counted with weekday arithmetic, as the
        // deadline itself was (provisional).
        f.overdue.push_back({c.facts.number, c.facts.item_name, c.facts.window, mask_name(c.facts.applicant),
                             *c.status.deadline, std::nullopt,
                             std::max(0, calendar.between_projected(*c.status.deadline, period.last).value),
                             c.status.state});
    });
}

}  // namespace

CaseFigures case_figures(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                         const ReportPeriod& period, bool with_lists) {
    // A store with cases saved before it cached their figures (schema 12) and not yet filled
    // (fill_case_figures) is counted the slow way.
    if (store.has_unfigured_cases()) return replayed_case_figures(store, calendar, policy, period);
    CaseFigures f;
    const auto received = store.received_groups(period.first, period.last);
    const auto finished = store.finished_groups(period.first, period.last);

    // An item is named after its first case in the order of receipt among those received in
    // the period, else among those finished in it, as a pass over the cases would find it.
    std::map<std::string, const CaseGroup*> first;
    for (const auto* groups : {&received, &finished}) {
        std::map<std::string, const CaseGroup*> here;
        for (const auto& g : *groups) {
            if (first.contains(g.item)) continue;
            auto& at = here[g.item];
            if (!at || g.first_key < at->first_key) at = &g;
        }
        first.merge(here);
    }
    std::vector<std::int64_t> ids;
    for (const auto& [item, g] : first) ids.push_back(g->first_case);
    const auto items = store.case_items(ids);
    for (const auto& [item, g] : first) {
        const auto it = items.find(g->first_case);
        if (it == items.end()) continue;
        f.by_item[item] = ItemFigures{item, it->second.name, g->window, it->second.promised, {}};
    }
    auto counts_of_group = [&](const CaseGroup& g) {
        return std::array<CaseCounts*, 5>{&f.all, &f.by_window[g.window], &f.by_class[g.case_class],
                                          &f.by_month[g.month], &f.by_item[g.item].counts};
    };

    for (const auto& g : received) {
        for (CaseCounts* k : counts_of_group(g)) k->received += g.cases;
        f.window_class[{g.window, g.case_class}] += g.cases;
    }
    for (const auto& g : finished) {
        for (CaseCounts* k : counts_of_group(g)) {
            k->finished += g.cases;
            k->late += g.late;
            k->on_time += g.cases - g.late;
            k->timed += g.timed;
            k->work_days += g.work_days;
        }
        f.time.waiting_cases += g.waiting_cases;
        f.time.waiting_days += g.waiting_days;
        f.time.paused_cases += g.paused_cases;
        f.time.paused_days += g.paused_days;
        f.time.authority_cases += g.authority_cases;
        f.time.authority_days += g.authority_days;
        auto& sat = f.satisfaction;
        for (std::size_t i = 0; i < 5; ++i) sat.by_rating[i] += g.ratings[i];
        sat.bad += g.ratings[0] + g.ratings[1];
        sat.answered_on_time += g.bad_answered_on_time;
        sat.answered_late += g.bad_answered_late;
        sat.unanswered += g.bad_unanswered;
    }

    if (!with_lists) return f;
    CaseFilter provisional;
    provisional.received_from = period.first;
    provisional.received_to = period.last;
    provisional.provisional_only = true;
    store.for_each_case(provisional, false, [&](StoredCase& c) {
        if (c.status.deadline)
            f.provisional.push_back({c.facts.number, c.facts.item_name, c.facts.window, *c.status.deadline});
    });
    CaseFilter late;
    late.finished_from = period.first;
    late.finished_to = period.last;
    late.late_only = true;
    store.for_each_case(late, false, [&](StoredCase& c) {
        if (c.status.deadline && c.status.days_late)
            f.overdue.push_back({c.facts.number, c.facts.item_name, c.facts.window,
                                 mask_name(c.facts.applicant), *c.status.deadline, c.status.finished,
                                 *c.status.days_late, c.status.state});
    });
    add_open_overdue(store, calendar, period, f);
    return f;
}

CaseFigures replayed_case_figures(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                                  const ReportPeriod& period) {
    CaseFigures f;
    // A deadline in a year with no schedule yet is counted with weekday arithmetic, as the
    // deadline itself was (provisional).
    auto work_days = [&](Date from, Date to) {
        return std::max(0, calendar.between_projected(from, to).value);
    };
    auto item_of = [&](const CaseFacts& facts) -> ItemFigures& {
        auto& item = f.by_item[facts.item];
        if (item.code.empty())
            item = ItemFigures{facts.item, facts.item_name, facts.window, facts.promised, {}};
        return item;
    };
    auto month_of = [](Date d) { return Month{d.year(), d.month()}; };

    CaseFilter received;
    received.received_from = period.first;
    received.received_to = period.last;
    store.for_each_case(received, false, [&](StoredCase& c) {
        const Date day = c.facts.received.date;
        for (CaseCounts* k : {&f.all, &f.by_window[c.facts.window], &f.by_class[c.status.case_class],
                              &f.by_month[month_of(day)], &item_of(c.facts).counts})
            ++k->received;
        ++f.window_class[{c.facts.window, c.status.case_class}];
        if (c.status.provisional && c.status.deadline)
            f.provisional.push_back({c.facts.number, c.facts.item_name, c.facts.window, *c.status.deadline});
    });

    CaseFilter finished;
    finished.finished_from = period.first;
    finished.finished_to = period.last;
    store.for_each_case(finished, true, [&](StoredCase& c) {
        const CaseStatus s = replay(c.facts, c.steps, calendar, policy);
        if (!s.finished) return;
        const Date day = s.finished->date;
        for (CaseCounts* k : {&f.all, &f.by_window[c.facts.window], &f.by_class[s.case_class],
                              &f.by_month[month_of(day)], &item_of(c.facts).counts}) {
            ++k->finished;
            ++(s.late ? k->late : k->on_time);
            if (s.clock_start) {
                ++k->timed;
                k->work_days += work_days(*s.clock_start, day);
            }
        }
        if (s.late && s.deadline)
            f.overdue.push_back({c.facts.number, c.facts.item_name, c.facts.window,
                                 mask_name(c.facts.applicant), *s.deadline, s.finished,
                                 work_days(*s.deadline, day), s.state});
        if (s.last_supplied && (!c.facts.missing.empty() || s.supplement_requests > 0)) {
            ++f.time.waiting_cases;
            f.time.waiting_days += work_days(c.facts.received.date, *s.last_supplied);
        }
        if (s.paused_days > 0) {
            ++f.time.paused_cases;
            f.time.paused_days += s.paused_days;
        }
        if (s.forwarded) {
            ++f.time.authority_cases;
            f.time.authority_days += work_days(s.forwarded->date, day);
        }
        if (s.rating && *s.rating >= 1 && *s.rating <= 5) {
            auto& sat = f.satisfaction;
            ++sat.by_rating[static_cast<std::size_t>(*s.rating - 1)];
            if (*s.rating <= 2) {
                ++sat.bad;
                std::optional<Date> answered;
                for (const auto& step : effective_steps(c.steps))
                    if (step.kind == StepKind::respond) answered = step.at.date;
                if (!answered)
                    ++sat.unanswered;
                else if (s.follow_up_due && *answered <= *s.follow_up_due)
                    ++sat.answered_on_time;
                else
                    ++sat.answered_late;
            }
        }
    });

    add_open_overdue(store, calendar, period, f);
    return f;
}

void cases_section(const BulletinInput& in, Document& doc, Json& json) {
    const CaseFigures& f = in.cases;
    doc.add(heading(Text{"办件情况", "Cases"}));
    Record r;
    r.add("received", {"受理", "received"}, f.all.received)
        .add("finished", {"办结", "finished"}, f.all.finished)
        // 001 工作总结: "累计受理各类办件38642件,办结38642件,办结率100%": finished over received.
        .add("finish_rate", {"办结率（%）", "finish rate (%)"}, percent(f.all.finished, f.all.received))
        .add("on_time", {"按时办结", "finished on time"}, f.all.on_time)
        .add("late", {"超期办结", "finished late"}, f.all.late)
        .add("on_time_rate", {"按时办结率（%）", "on-time rate (%)"}, percent(f.all.on_time, f.all.finished))
        .add("average_work_days", {"平均办理工作日", "average working days"},
             average(f.all.work_days, f.all.timed));
    doc.add(std::move(r));

    Table classes;
    classes.title = Text{"按办件类别", "By class"};
    classes.text_header = true;
    classes.column("class", {"类别", "class"})
        .column("received", {"受理", "received"}, Align::right)
        .column("finished", {"办结", "finished"}, Align::right)
        .column("on_time", {"按时", "on time"}, Align::right)
        .column("on_time_rate", {"按时率（%）", "on time (%)"}, Align::right);
    Json class_json = Json::array();
    for (const CaseClass c : all_classes) {
        const auto it = f.by_class.find(c);
        const CaseCounts k = it == f.by_class.end() ? CaseCounts{} : it->second;
        classes.row({class_word(c), k.received, k.finished, k.on_time, percent(k.on_time, k.finished)});
        class_json.push(counts_json(k).set("class", class_id(c)));
    }
    doc.add(std::move(classes));

    Table windows;
    windows.title = Text{"按窗口", "By window"};
    windows.text_header = true;
    windows.column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("received", {"受理", "received"}, Align::right)
        .column("finished", {"办结", "finished"}, Align::right)
        .column("on_time", {"按时", "on time"}, Align::right)
        .column("late", {"超期", "late"}, Align::right)
        .column("finish_rate", {"办结率（%）", "finished (%)"}, Align::right)
        .column("on_time_rate", {"按时率（%）", "on time (%)"}, Align::right);
    windows.charts.push_back(Chart{Text{"各窗口受理件数", "Cases received by window"}, 1, 2, std::nullopt});
    windows.charts.push_back(Chart{Text{"各窗口按时办结率（%）", "On-time rate by window (%)"}, 1, 7, 100.0});
    Json window_json = Json::array();
    for (const auto& code : window_codes(in)) {
        const CaseCounts k = counts_of(f.by_window, code);
        const std::string name = window_name(in, code);
        windows.row({code, name.empty() ? Cell(code) : Cell(name), k.received, k.finished, k.on_time, k.late,
                     percent(k.finished, k.received), percent(k.on_time, k.finished)});
        window_json.push(Json::object().set("window", code).set("name", name).set("counts", counts_json(k)));
    }
    doc.add(std::move(windows));
    json.set("cases", counts_json(f.all).set("by_class", class_json).set("by_window", window_json));
}

void overdue_section(const BulletinInput& in, Document& doc, Json& json) {
    const CaseFigures& f = in.cases;
    doc.add(heading(Text{"超期办件", "Overdue cases"}));
    Json list = Json::array();
    if (f.overdue.empty()) {
        doc.add(Paragraph{Text{"无超期办件。", "No case was overdue."}});
    } else {
        Table t;
        t.title = Text{"超期办件", "Overdue cases"};
        t.text_header = true;
        t.column("number", {"编号", "number"})
            .column("item", {"事项", "item"})
            .column("window", {"窗口", "window"})
            .column("applicant", {"申请人", "applicant"})
            .column("deadline", {"承诺期限", "deadline"})
            .column("finished", {"办结", "finished"})
            .column("days_late", {"超期工作日", "working days late"}, Align::right)
            .column("state", {"状态", "state"});
        for (const auto& o : f.overdue) {
            t.row({o.number, o.item_name, o.window, o.applicant, o.deadline, o.finished, o.days_late,
                   state_word(o.state)});
            list.push(Json::object()
                          .set("number", o.number)
                          .set("item", o.item_name)
                          .set("window", o.window)
                          .set("applicant", o.applicant)
                          .set("deadline", o.deadline.to_string())
                          .set("finished", o.finished ? Json(o.finished->to_string()) : Json())
                          .set("days_late", o.days_late)
                          .set("state", state_id(o.state)));
        }
        doc.add(std::move(t));
        doc.add(Paragraph{Text{
            "未办结的列期限在本期内届满者，超期工作日算至期末；更早的积压件见 hall case list --overdue。",
            "Cases still without a result are those whose deadline passed in the period, late to the "
            "period's end; the older backlog is in hall case list --overdue."}});
    }
    json.set("overdue", list);

    doc.add(heading(Text{"暂定期限", "Provisional deadlines"}));
    Json provisional = Json::array();
    if (f.provisional.empty()) {
        doc.add(Paragraph{Text{"无暂定期限。", "No deadline was provisional."}});
    } else {
        Table t;
        t.title = Text{"暂定期限", "Provisional deadlines"};
        t.text_header = true;
        t.column("number", {"编号", "number"})
            .column("item", {"事项", "item"})
            .column("window", {"窗口", "window"})
            .column("deadline", {"暂定期限", "provisional deadline"});
        for (const auto& p : f.provisional) {
            t.row({p.number, p.item_name, p.window, p.deadline});
            provisional.push(Json::object()
                                 .set("number", p.number)
                                 .set("item", p.item_name)
                                 .set("window", p.window)
                                 .set("deadline", p.deadline.to_string()));
        }
        doc.add(std::move(t));
        doc.add(
            Paragraph{Text{"期限落在尚无节假日安排的年份，按周一至周五推算，导入该年日历后重算。",
                           "These deadlines fall in a year with no holiday schedule yet: counted Monday to "
                           "Friday, and recomputed when that year's calendar is imported."}});
    }
    json.set("provisional", provisional);
}

void items_section(const BulletinInput& in, Document& doc, Json& json) {
    doc.add(heading(Text{"各事项办理用时", "Working days by item"}));
    Table t;
    t.title = Text{"各事项办理用时", "Working days by item"};
    t.text_header = true;
    t.column("item", {"事项", "item"})
        .column("name", {"名称", "name"})
        .column("window", {"窗口", "window"})
        .column("promised", {"承诺时限", "promised limit"})
        .column("finished", {"办结", "finished"}, Align::right)
        .column("average_work_days", {"平均用时（工作日）", "average working days"}, Align::right)
        .column("late", {"超期", "late"}, Align::right);
    Json list = Json::array();
    for (const auto& [code, item] : in.cases.by_item) {
        if (item.counts.finished == 0) continue;
        const auto avg = average(item.counts.work_days, item.counts.timed);
        t.row({code, item.name, item.window,
               Text{limit_text(item.promised, Lang::zh), limit_text(item.promised, Lang::en)},
               item.counts.finished, avg, item.counts.late});
        list.push(Json::object()
                      .set("item", code)
                      .set("name", item.name)
                      .set("window", item.window)
                      .set("promised_amount", item.promised.amount)
                      .set("promised_unit", limit_unit_id(item.promised.unit))
                      .set("finished", item.counts.finished)
                      .set("average_work_days", decimal_json(avg))
                      .set("late", item.counts.late));
    }
    if (t.rows.empty())
        doc.add(Paragraph{Text{"本期无办结办件。", "No case was finished in the period."}});
    else
        doc.add(std::move(t));
    json.set("items", list);
}

void time_section(const BulletinInput& in, Document& doc, Json& json) {
    const TimeSpent& t = in.cases.time;
    doc.add(heading(Text{"时间去向", "Where the time went"}));
    Record r;
    r.add("waiting_cases", {"等待补齐材料（件）", "waited for materials (cases)"}, t.waiting_cases)
        .add("waiting_days", {"等待补齐材料（工作日）", "waited for materials (working days)"},
             t.waiting_days)
        .add("paused_cases", {"暂停计时（件）", "paused (cases)"}, t.paused_cases)
        .add("paused_days", {"暂停计时（工作日）", "paused (working days)"}, t.paused_days)
        .add("authority_cases", {"上报待批（件）", "with the authority (cases)"}, t.authority_cases)
        .add("authority_days", {"上报待批（工作日）", "with the authority (working days)"}, t.authority_days);
    doc.add(std::move(r));
    doc.add(
        Paragraph{Text{"本期办结的办件：收件至补齐材料、听证等暂停、上报至上级决定各用去的工作日。",
                       "For the cases finished in the period: working days from receipt until the materials "
                       "were complete, paused for hearings and the like, and from forwarding to the "
                       "authority's decision."}});
    json.set("time", Json::object()
                         .set("waiting_cases", t.waiting_cases)
                         .set("waiting_days", t.waiting_days)
                         .set("paused_cases", t.paused_cases)
                         .set("paused_days", t.paused_days)
                         .set("authority_cases", t.authority_cases)
                         .set("authority_days", t.authority_days));
}

void cards_section(const BulletinInput& in, Document& doc, Json& json) {
    const auto [issued, revoked] = in.store.card_counts(in.period.first, in.period.last);
    doc.add(heading(Text{"电子监察", "Monitoring cards"}));
    Table t;
    t.title = Text{"电子监察", "Monitoring cards"};
    t.text_header = true;
    t.column("level", {"等级", "level"})
        .column("issued", {"发出", "issued"}, Align::right)
        .column("revoked", {"撤销", "revoked"}, Align::right)
        .column("standing", {"有效", "standing"}, Align::right);
    Json by_level = Json::array();
    for (const CardLevel level : {CardLevel::warning, CardLevel::yellow, CardLevel::red, CardLevel::record}) {
        const auto i = static_cast<std::size_t>(level);
        t.row({Text{card_level_zh(level), card_level_id(level)}, issued[i], revoked[i],
               issued[i] - revoked[i]});
        by_level.push(Json::object()
                          .set("level", card_level_id(level))
                          .set("issued", issued[i])
                          .set("revoked", revoked[i]));
    }
    doc.add(std::move(t));
    json.set("cards", by_level);
}

void satisfaction_section(const BulletinInput& in, Document& doc, Json& json) {
    const Satisfaction& s = in.cases.satisfaction;
    const CasePolicy& p = in.policy;
    const std::array<int, 5> points = {p.satisfaction_points_1, p.satisfaction_points_2,
                                       p.satisfaction_points_3, p.satisfaction_points_4,
                                       p.satisfaction_points_5};
    const std::int64_t total = s.total();
    std::int64_t sum = 0;
    for (std::size_t i = 0; i < 5; ++i) sum += s.by_rating[i] * points[i];
    // The national 好差评 scheme: 非常满意、满意、基本满意 are good ratings, the other two bad.
    const std::int64_t good = s.by_rating[2] + s.by_rating[3] + s.by_rating[4];

    doc.add(heading(Text{"群众满意度（好差评）", "Satisfaction (好差评)"}));
    Table t;
    t.title = Text{"满意度各等级", "Ratings by level"};
    t.text_header = true;
    t.column("rating", {"评价", "rating"}, Align::right)
        .column("level", {"等级", "level"})
        .column("count", {"件数", "cases"}, Align::right)
        .column("share", {"占比（%）", "share (%)"}, Align::right)
        .column("points", {"计分", "points"}, Align::right);
    t.charts.push_back(Chart{Text{"满意度各等级占比（%）", "Share of each rating (%)"}, 1, 3, 100.0});
    Json levels = Json::array();
    for (int rating = 5; rating >= 1; --rating) {
        const auto i = static_cast<std::size_t>(rating - 1);
        t.row({rating, Text{rating_zh[i], rating_en[i]}, s.by_rating[i], percent(s.by_rating[i], total),
               points[i]});
        levels.push(Json::object()
                        .set("rating", rating)
                        .set("count", s.by_rating[i])
                        .set("share", percent_json(s.by_rating[i], total))
                        .set("points", points[i]));
    }
    doc.add(std::move(t));
    const auto score = average(sum, total, 2);
    Record r;
    r.add("rated", {"参评件数", "cases rated"}, total)
        .add("good_rate", {"好评率（%）", "good ratings (%)"}, percent(good, total))
        .add("bad", {"差评", "bad ratings"}, s.bad)
        .add("answered_on_time", {"按时整改答复", "answered on time"}, s.answered_on_time)
        .add("answered_late", {"逾期答复", "answered late"}, s.answered_late)
        .add("unanswered", {"未答复", "not answered"}, s.unanswered)
        .add("rectification_rate", {"差评整改率（%）", "bad ratings answered on time (%)"},
             percent(s.answered_on_time, s.bad))
        .add("average_points", {"满意度均分", "average score"}, score);
    doc.add(std::move(r));
    doc.add(Paragraph{bilingual(
        "本期办结办件的评价；均分按 {0}/{1}/{2}/{3}/{4} 计（hall rules set satisfaction_points_N）。",
        "Ratings of the cases finished in the period; the average scores them "
        "{0}/{1}/{2}/{3}/{4} (hall rules set satisfaction_points_N).",
        points[4], points[3], points[2], points[1], points[0])});
    json.set("satisfaction", Json::object()
                                 .set("rated", total)
                                 .set("levels", levels)
                                 .set("good_rate", percent_json(good, total))
                                 .set("bad", s.bad)
                                 .set("answered_on_time", s.answered_on_time)
                                 .set("answered_late", s.answered_late)
                                 .set("unanswered", s.unanswered)
                                 .set("rectification_rate", percent_json(s.answered_on_time, s.bad))
                                 .set("average_points", decimal_json(score)));
}

void scores_section(const BulletinInput& in, Document& doc, Json& json) {
    if (in.period.kind == ReportPeriod::Kind::week) return;
    const std::string name = in.profile.empty() ? default_profile(in.store) : in.profile;
    const Profile profile = load_profile(in.data_dir, name);
    doc.add(heading(bilingual("考核与流动红旗（{0}）", "Scores and red flags ({1})", profile.title.zh,
                              profile.title.en)));
    Table t;
    t.title = Text{"考核排名", "Ranking"};
    t.text_header = true;
    t.column("rank", {"名次", "rank"}, Align::right)
        .column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("score", {"得分", "score"}, Align::right);
    t.charts.push_back(Chart{Text{"各窗口考核得分", "Scores by window"}, 2, 3, std::nullopt});
    auto score_cell = [](double points) {
        return Decimal{static_cast<std::int64_t>(std::llround(points * 100)), 2};
    };
    Json ranking = Json::array();
    Json alerts_json = Json::array();
    bool ranked = false;
    if (in.period.kind == ReportPeriod::Kind::month) {
        t.column("flag", {"流动红旗", "red flag"});
        const Month month{in.period.first.year(), in.period.first.month()};
        const Scorecard card = score(profile, scoring_input(in.store, profile, month, in.calendar));
        for (const auto& e : card.windows) {
            const std::string wname = window_name(in, e.window);
            t.row({e.rank, e.window, wname.empty() ? Cell(e.window) : Cell(wname), score_cell(e.score),
                   e.flag ? Cell(Text{"流动红旗", "red flag"}) : Cell()});
            ranked = true;
            ranking.push(Json::object()
                             .set("rank", e.rank)
                             .set("window", e.window)
                             .set("score", e.score)
                             .set("flag", e.flag));
        }
        if (!t.rows.empty()) doc.add(std::move(t));
        if (!card.alerts.empty()) {
            Table a;
            a.title = Text{"警示", "Alerts"};
            a.text_header = true;
            a.column("staff", {"人员", "staff"})
                .column("window", {"窗口", "window"})
                .column("why", {"原因", "why"})
                .column("source", {"依据", "source"});
            for (const auto& al : card.alerts) {
                a.row({al.staff.empty() ? Cell() : Cell(al.staff), al.window, al.why,
                       al.clause.empty() ? al.source : al.source + " · " + al.clause});
                alerts_json.push(Json::object()
                                     .set("kind", alert_kind_id(al.kind))
                                     .set("staff", al.staff)
                                     .set("window", al.window)
                                     .set("why", al.why.en)
                                     .set("source", al.source)
                                     .set("clause", al.clause));
            }
            doc.add(std::move(a));
        }
    } else {
        t.column("flags", {"红旗次数", "red flags"}, Align::right)
            .column("months", {"月数", "months"}, Align::right);
        std::vector<Month> begun;
        for (int m = 1; m <= 12; ++m) {
            const Month each{in.period.first.year(), m};
            if (each.first_day() > in.today) break;
            begun.push_back(each);
        }
        std::vector<Scorecard> months;
        for_each_scoring_input(in.store, profile, begun, in.calendar,
                               [&](const ScoringInput& input) { months.push_back(score(profile, input)); });
        const YearScorecard year = aggregate_year(profile, in.period.first.year(), months);
        for (const auto& e : year.windows) {
            const std::string wname = window_name(in, e.window);
            t.row({e.rank, e.window, wname.empty() ? Cell(e.window) : Cell(wname), score_cell(e.score),
                   e.flags, e.months});
            ranked = true;
            ranking.push(Json::object()
                             .set("rank", e.rank)
                             .set("window", e.window)
                             .set("score", e.score)
                             .set("flags", e.flags)
                             .set("months", e.months));
        }
        if (!t.rows.empty()) doc.add(std::move(t));
    }
    if (!ranked) doc.add(Paragraph{Text{"本期无考核结果。", "No score for the period."}});
    json.set("scores",
             Json::object().set("profile", profile.name).set("ranking", ranking).set("alerts", alerts_json));
}

void months_section(const BulletinInput& in, Document& doc, Json& json) {
    doc.add(heading(Text{"逐月情况", "Month by month"}));
    Table t;
    t.title = Text{"逐月情况", "Month by month"};
    t.text_header = true;
    t.column("month", {"月份", "month"})
        .column("received", {"受理", "received"}, Align::right)
        .column("finished", {"办结", "finished"}, Align::right)
        .column("on_time_rate", {"按时率（%）", "on time (%)"}, Align::right);
    t.charts.push_back(Chart{Text{"逐月受理件数", "Cases received by month"}, 0, 1, std::nullopt});
    Json list = Json::array();
    for (Month m{in.period.first.year(), in.period.first.month()}; m.first_day() <= in.period.last;
         m = m.month == 12 ? Month{m.year + 1, 1} : Month{m.year, m.month + 1}) {
        const auto it = in.cases.by_month.find(m);
        const CaseCounts k = it == in.cases.by_month.end() ? CaseCounts{} : it->second;
        t.row({m.to_string(), k.received, k.finished, percent(k.on_time, k.finished)});
        list.push(counts_json(k).set("month", m.to_string()));
    }
    doc.add(std::move(t));
    json.set("months", list);
}

void statistics_section(const BulletinInput& in, Document& doc, Json& json) {
    const CaseFigures& f = in.cases;
    Table t;
    t.title = Text{"行政审批事项统计表", "Statistics by window"};
    t.text_header = true;
    t.column("window", {"窗口", "window"}).column("name", {"名称", "name"});
    t.column("received", {"受理", "received"}, Align::right);
    for (const CaseClass c : all_classes) t.column(class_id(c), class_word(c), Align::right);
    t.column("finished", {"办结", "finished"}, Align::right)
        .column("on_time", {"按时", "on time"}, Align::right)
        .column("late", {"超期", "late"}, Align::right)
        .column("finish_rate", {"办结率（%）", "finished (%)"}, Align::right)
        .column("on_time_rate", {"按时率（%）", "on time (%)"}, Align::right)
        .column("average_work_days", {"平均用时", "average days"}, Align::right);
    t.charts.push_back(Chart{Text{"各窗口受理件数", "Cases received by window"}, 1, 2, std::nullopt});
    Json rows = Json::array();
    auto add_row = [&](const std::string& code, Cell name, const CaseCounts& k,
                       const std::function<std::int64_t(CaseClass)>& by_class) {
        std::vector<Cell> row{code, std::move(name), k.received};
        Json classes = Json::object();
        for (const CaseClass c : all_classes) {
            row.emplace_back(by_class(c));
            classes.set(class_id(c), by_class(c));
        }
        row.insert(row.end(), {k.finished, k.on_time, k.late, percent(k.finished, k.received),
                               percent(k.on_time, k.finished), average(k.work_days, k.timed)});
        t.row(std::move(row));
        rows.push(Json::object()
                      .set("window", code)
                      .set("counts", counts_json(k))
                      .set("received_by_class", classes));
    };
    for (const auto& code : window_codes(in)) {
        const std::string name = window_name(in, code);
        add_row(code, name.empty() ? Cell(code) : Cell(name), counts_of(f.by_window, code), [&](CaseClass c) {
            const auto it = f.window_class.find({code, c});
            return it == f.window_class.end() ? std::int64_t{0} : it->second;
        });
    }
    add_row("", Text{"合计", "total"}, f.all, [&](CaseClass c) {
        const auto it = f.by_class.find(c);
        return it == f.by_class.end() ? std::int64_t{0} : it->second.received;
    });
    doc.add(std::move(t));
    const Date next_month = in.period.last + 1;
    // 004 协同办公平台数字录入制度 3: 每月2日前必须按时报送本单位上一个月的行政审批事项统计表.
    if (in.period.kind == ReportPeriod::Kind::month)
        doc.note(bilingual("按类别的受理件数以办件现在的类别计；本表须于 {0} 前报送。",
                           "Cases received are counted by their class now; this table is due by {1}.",
                           (next_month + 1).to_string(), (next_month + 1).to_string()));
    json.set("windows", rows);
}

std::vector<BulletinSection> bulletin_sections(ReportKind kind) {
    switch (kind) {
        // 002 周例会 5.1: the Friday meeting opens with the week's discipline and attendance.
        case ReportKind::weekly:
            return {attendance_section,   cases_section,      overdue_section, cards_section,
                    satisfaction_section, complaints_section, asks_section};
        case ReportKind::monthly:
            return {cases_section, overdue_section,      items_section,      time_section,
                    cards_section, satisfaction_section, complaints_section, attendance_section,
                    asks_section,  scores_section};
        case ReportKind::yearly:
            return {cases_section, months_section,       items_section,      time_section,
                    cards_section, satisfaction_section, complaints_section, attendance_section,
                    asks_section,  scores_section};
        case ReportKind::stats:
            break;
    }
    return {statistics_section};
}

Document build_report(ReportKind kind, const BulletinInput& in) {
    Document doc;
    doc.title = period_title(kind, in.period);
    Json json = Json::object()
                    .set("report", report_kind_id(kind))
                    .set("period", Json::object()
                                       .set("kind", in.period.kind_id())
                                       .set("id", in.period.id)
                                       .set("from", in.period.first.to_string())
                                       .set("to", in.period.last.to_string()));
    for (const auto& section : bulletin_sections(kind)) section(in, doc, json);
    if (in.period.last >= in.today)
        doc.note(bilingual("本期尚未结束：截至 {0} 的情况",
                           "The period is still under way: figures as of {0}", in.today.to_string()));
    json.set("complete", in.period.last < in.today);
    doc.with_json(std::move(json));
    return doc;
}

}  // namespace hall
