// hall remind --within N: the cases each window must finish soon, as plain text fit to pipe
// to mail or SMS from cron (and --format json for a messaging gateway).
#include "commands.h"

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/cases.h>
#include <hall/document.h>
#include <hall/job_lock.h>
#include <hall/policy.h>

#include <fmt/format.h>

#include <map>
#include <memory>

namespace hall::cli {
namespace {

struct RemindOptions {
    int within = -1;
    std::string window;
    std::string on;
};

struct Due {
    StoredCase record;
    int days = 0;  // working days left (0: due today); negative: working days overdue
    bool provisional = false;
};

Text left_text(int days) {
    if (days < 0)
        return bilingual("已超期 {0} 个工作日", "{0} working {1} overdue", -days,
                         plural(-days, "day", "days"));
    if (days == 0) return Text{"今日到期", "due today"};
    return bilingual("剩 {0} 个工作日", "{0} working {1} left", days, plural(days, "day", "days"));
}

Document remind_document(Date on, int within, const std::vector<Window>& windows,
                         const std::map<std::string, std::vector<Due>>& by_window) {
    std::int64_t due = 0, overdue = 0;
    for (const auto& [code, list] : by_window)
        for (const auto& d : list) ++(d.days < 0 ? overdue : due);
    Document doc;
    doc.title = bilingual("{0} 到期提醒：{1} 个工作日内到期 {2} 件，已超期未办结 {3} 件",
                          "reminder on {0}: {2} {4} due within {1} working {5}, {3} overdue and still open",
                          on.to_string(), within, due, overdue, plural(due, "case", "cases"),
                          plural(within, "day", "days"));
    Json windows_json = Json::array();
    for (const auto& [code, list] : by_window) {
        std::string name;
        for (const auto& w : windows)
            if (w.code == code) name = w.name;
        const auto count = static_cast<std::int64_t>(list.size());
        doc.add(Paragraph{bilingual("{0} {1}：{2} 件", "{0} {1}: {2} {3}", code, name, count,
                                    plural(count, "case", "cases"))});
        Table t;
        t.indent = 2;
        t.column("case", {"办件", "case"})
            .column("item", {"事项", "item"})
            .column("deadline", {"截止", "deadline"})
            .column("left", {"剩余", "left"})
            .column("staff", {"第一责任人", "staff"});
        Json cases = Json::array();
        for (const auto& d : list) {
            const auto& f = d.record.facts;
            Text left = left_text(d.days);
            if (d.provisional) {
                left.zh += "（暂定）";
                left.en += " (provisional)";
            }
            t.row({f.number, f.item_name, d.record.status.deadline, left, f.staff});
            cases.push(Json::object()
                           .set("number", f.number)
                           .set("item", f.item)
                           .set("item_name", f.item_name)
                           .set("class", class_id(d.record.status.case_class))
                           .set("deadline", d.record.status.deadline->to_string())
                           .set("working_days_left", d.days)
                           .set("overdue", d.days < 0)
                           .set("provisional", d.provisional)
                           .set("staff", f.staff));
        }
        doc.add(std::move(t));
        windows_json.push(Json::object().set("window", code).set("name", name).set("cases", cases));
    }
    doc.with_json(Json::object()
                      .set("on", on.to_string())
                      .set("within", within)
                      .set("due", due)
                      .set("overdue", overdue)
                      .set("windows", windows_json));
    return doc;
}

void run_remind(const RemindOptions& o, Context& context) {
    if (o.within < 0 || o.within > Calendar::max_days)
        throw InvalidInput(bilingual("--within 应为 0 到 {1} 的工作日数，而不是 {0}",
                                     "--within must be a number of working days from 0 to {1}, not {0}",
                                     o.within, Calendar::max_days));
    const Date on = o.on.empty() ? context.now().date : parse_date(o.on, "--on");
    const auto wait = job_wait(context);
    Store store = context.open_store();
    const JobLock lock(store.path(), wait);
    if (!o.window.empty() && !store.find_window(o.window))
        throw NotFound(bilingual("没有窗口 {0}；用 hall window list 查看",
                                 "unknown window {0}; see 'hall window list'", o.window));
    const Calendar calendar = store.load_calendar();
    const Date by = calendar.add_projected(on, o.within).value;

    std::map<std::string, std::vector<Due>> by_window;
    auto collect = [&](CaseFilter filter) {
        if (!o.window.empty()) filter.window = o.window;
        filter.active_only = true;
        store.for_each_case(filter, false, [&](StoredCase& c) {
            if (!c.status.deadline) return;
            const Date deadline = *c.status.deadline;
            Due d;
            d.provisional = c.status.provisional;
            if (deadline >= on) {
                const auto left = calendar.between_projected(on, deadline);
                d.days = left.value;
                d.provisional = d.provisional || left.provisional;
            } else {
                d.days = -calendar.between_projected(deadline, on).value;
            }
            d.record = std::move(c);
            by_window[d.record.facts.window].push_back(std::move(d));
        });
    };
    CaseFilter overdue;
    overdue.overdue_on = on;
    collect(overdue);
    CaseFilter soon;
    soon.due_from = on;
    soon.due_by = by;
    collect(soon);
    // Most urgent first within each window: the longest overdue, then the nearest deadline.
    for (auto& [code, list] : by_window)
        std::stable_sort(list.begin(), list.end(), [](const Due& a, const Due& b) {
            return a.days != b.days ? a.days < b.days : a.record.facts.number < b.record.facts.number;
        });
    emit(remind_document(on, o.within, store.windows(), by_window), context);
}

}  // namespace

void add_remind(CLI::App& app, Context& context) {
    auto o = std::make_shared<RemindOptions>();
    auto* remind = app.add_subcommand(
        "remind", "到期提醒：各窗口 N 个工作日内到期及已超期的办件 / cases due soon, per window (for cron)");
    remind->add_option("--within", o->within, "N 个工作日内到期 / due within N working days")->required();
    remind->add_option("--window", o->window, "窗口 / only this window");
    remind->add_option("--on", o->on, "提醒日 / as of DATE (default: today)");
    remind->callback([&context, o] { context.action = [&context, o] { run_remind(*o, context); }; });
    add_output_options(remind, context);
    add_job_options(remind, context);
}

}  // namespace hall::cli
