// hall report weekly|monthly|yearly|stats: the hall's bulletins (report.h), in any of the six
// formats, for a period given or else the last complete one in hall time.
#include "commands.h"

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/events.h>
#include <hall/job_lock.h>
#include <hall/policy.h>
#include <hall/report.h>

namespace hall::cli {
namespace {

struct ReportOptions {
    ReportKind kind = ReportKind::monthly;
    std::string week;
    std::string month;
    std::string year;
    std::string profile;
};

ReportPeriod parse_period(const ReportOptions& o, Date today) {
    if (!o.week.empty()) {
        if (auto p = ReportPeriod::week(o.week)) return *p;
        throw InvalidInput(bilingual("--week：'{0}' 不是 YYYY-Www 形式的 ISO 周（如 2026-W44）",
                                     "--week: '{0}' is not an ISO week YYYY-Www (e.g. 2026-W44)", o.week));
    }
    if (!o.month.empty()) {
        if (auto p = ReportPeriod::month(o.month)) return *p;
        throw InvalidInput(bilingual("--month：'{0}' 不是 YYYY-MM 形式的月份",
                                     "--month: '{0}' is not a month YYYY-MM", o.month));
    }
    if (!o.year.empty()) {
        if (auto p = ReportPeriod::year(o.year)) return *p;
        throw InvalidInput(
            bilingual("--year：'{0}' 不是 YYYY 形式的年份", "--year: '{0}' is not a year YYYY", o.year));
    }
    switch (o.kind) {
        case ReportKind::weekly:
            return ReportPeriod::last_complete(ReportPeriod::Kind::week, today);
        case ReportKind::yearly:
            return ReportPeriod::last_complete(ReportPeriod::Kind::year, today);
        case ReportKind::monthly:
        case ReportKind::stats:
            break;
    }
    return ReportPeriod::last_complete(ReportPeriod::Kind::month, today);
}

void run_report(const ReportOptions& o, Context& context) {
    check_output(context);
    const Date today = context.now().date;
    const ReportPeriod period = parse_period(o, today);
    if (period.first > today)
        throw Refused(bilingual("{0} 尚未开始，无从通报", "{1} has not begun: there is nothing to report yet",
                                period.name().zh, period.name().en));
    const auto wait = job_wait(context);
    const Store store = context.open_store();
    // A cron job: two runs on one store never collide (issue: cron-safe commands).
    const JobLock lock(store.path(), wait);
    const Calendar calendar = store.load_calendar();
    const CasePolicy policy = load_policy(store);
    // The overdue and provisional lists are in the weekly and monthly bulletins only.
    const bool lists = o.kind == ReportKind::weekly || o.kind == ReportKind::monthly;
    const CaseFigures figures = case_figures(store, calendar, policy, period, lists);
    const BulletinInput input{store,     calendar, policy,         period, today, context.data_dir(),
                              o.profile, figures,  store.windows()};
    emit(build_report(o.kind, input), context);
}

}  // namespace

void add_report(CLI::App& app, Context& context) {
    auto* group = app.add_subcommand("report", "通报与统计 / bulletins and statistics");
    group->require_subcommand(1);
    struct Kind {
        ReportKind kind;
        const char* name;
        const char* help;
    };
    const Kind kinds[] = {
        {ReportKind::weekly, "weekly", "周例会通报 / the weekly bulletin for the Friday meeting"},
        {ReportKind::monthly, "monthly", "行政审批简报 / the monthly bulletin"},
        {ReportKind::yearly, "yearly", "年度工作总结 / the yearly summary"},
        {ReportKind::stats, "stats", "行政审批事项统计表 / the per-window statistics table, due by the 2nd"},
    };
    for (const auto& k : kinds) {
        auto o = std::make_shared<ReportOptions>();
        o->kind = k.kind;
        auto* command = group->add_subcommand(k.name, k.help);
        switch (k.kind) {
            case ReportKind::weekly:
                command->add_option("--week", o->week, "ISO 周 / ISO week YYYY-Www (default: last week)");
                break;
            case ReportKind::yearly:
                command->add_option("--year", o->year, "年份 / YYYY (default: last year)");
                break;
            case ReportKind::monthly:
            case ReportKind::stats:
                command->add_option("--month", o->month, "月份 / YYYY-MM (default: last month)");
                break;
        }
        if (k.kind != ReportKind::stats && k.kind != ReportKind::weekly)
            command->add_option("--profile", o->profile, "评分方案 / scoring profile (default: the store's)");
        command->callback([&context, o] { context.action = [&context, o] { run_report(*o, context); }; });
        add_output_options(command, context, Formats::report);
        add_job_options(command, context);
    }
}

}  // namespace hall::cli
