#include "commands.h"

#include <hall/calendar_file.h>
#include <hall/desk.h>

#include "../json.h"
#include "../words.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

struct CalOptions {
    std::string date;
    std::string to;
    int days = 0;
    int year = 0;
    std::string file;
};

std::string describe(const Date& date, const Context& context) {
    return fmt::format("{} {}", date.to_string(), weekday_name(date.weekday(), context.lang()));
}

void run_is_workday(const CalOptions& options, Context& context) {
    const Date date = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    const DayInfo info = calendar.day(date);
    if (context.json) {
        context.out << Json::object()
                           .set("date", date.to_string())
                           .set("workday", info.is_workday())
                           .set("type", day_type_id(info.type))
                           .set("name", info.name)
                    << '\n';
        return;
    }
    const std::string kind = day_type_name(info.type, context.lang());
    const std::string name = info.name.empty() ? "" : context.tr("（{}）", " ({})", info.name);
    if (info.is_workday())
        context.out << context.tr("{} 是工作日：{}{}\n", "{} is a working day: {}{}\n",
                                  describe(date, context), kind, name);
    else
        context.out << context.tr("{} 不是工作日：{}{}\n", "{} is not a working day: {}{}\n",
                                  describe(date, context), kind, name);
}

void run_add(const CalOptions& options, Context& context) {
    const Date from = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    const Date result = calendar.add(from, options.days);
    if (context.json) {
        context.out << Json::object()
                           .set("from", from.to_string())
                           .set("days", options.days)
                           .set("date", result.to_string())
                    << '\n';
        return;
    }
    if (options.days >= 0)
        context.out << context.tr(
            "{} 之后第 {} 个工作日是 {}\n", "working day {} after {} is {}\n",
            context.lang() == Lang::zh ? from.to_string() : std::to_string(options.days),
            context.lang() == Lang::zh ? std::to_string(options.days) : from.to_string(),
            describe(result, context));
    else
        context.out << context.tr(
            "{} 之前第 {} 个工作日是 {}\n", "working day {} before {} is {}\n",
            context.lang() == Lang::zh ? from.to_string() : std::to_string(-options.days),
            context.lang() == Lang::zh ? std::to_string(-options.days) : from.to_string(),
            describe(result, context));
}

void run_between(const CalOptions& options, Context& context) {
    const Date from = parse_date(options.date, "FROM");
    const Date to = parse_date(options.to, "TO");
    const Calendar calendar = context.open_store().load_calendar();
    const int days = calendar.between(from, to);
    if (context.json) {
        context.out
            << Json::object().set("from", from.to_string()).set("to", to.to_string()).set("days", days)
            << '\n';
        return;
    }
    context.out << context.tr("{} 之后到 {}（含）共 {} 个工作日\n",
                              "{} working days after {} up to and including {}\n",
                              context.lang() == Lang::zh ? from.to_string() : std::to_string(days),
                              context.lang() == Lang::zh ? to.to_string() : from.to_string(),
                              context.lang() == Lang::zh ? std::to_string(days) : to.to_string());
}

void run_step(const CalOptions& options, Context& context, int direction) {
    const Date from = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    const Date result = calendar.add(from, direction);
    if (context.json) {
        context.out << Json::object().set("from", from.to_string()).set("date", result.to_string()) << '\n';
        return;
    }
    context.out << describe(result, context) << '\n';
}

void run_show(const CalOptions& options, Context& context) {
    if (options.year < 1900 || options.year > 9999)
        throw InvalidInput(Text{fmt::format("YEAR：'{}' 不是有效年份", options.year),
                                fmt::format("YEAR: '{}' is not a valid year", options.year)});
    const Calendar calendar = context.open_store().load_calendar();
    if (!calendar.covers(options.year)) throw UncoveredYear(options.year);
    const Date first = *Date::from_ymd(options.year, 1, 1);
    const Date last = *Date::from_ymd(options.year, 12, 31);
    std::string source;
    for (const auto& y : calendar.years())
        if (y.year == options.year) source = y.source;

    Json holidays = Json::array();
    Json makeups = Json::array();
    Json months = Json::array();
    std::string text;
    int month_workdays = 0;
    for (Date d = first; d <= last; d = d + 1) {
        const DayInfo info = calendar.day(d);
        if (info.is_workday()) ++month_workdays;
        if (info.type == DayType::holiday || info.type == DayType::makeup_workday ||
            (!info.name.empty() && info.type == DayType::weekend)) {
            auto entry = Json::object().set("date", d.to_string()).set("name", info.name);
            (info.is_workday() ? makeups : holidays).push(entry);
            text += fmt::format("  {}  {:<14} {}\n", describe(d, context),
                                day_type_name(info.type, context.lang()), info.name);
        }
        if (d.month() != (d + 1).month()) {
            months.push(Json::object()
                            .set("month", Month{d.year(), d.month()}.to_string())
                            .set("workdays", month_workdays));
            month_workdays = 0;
        }
    }
    const int total = calendar.between(first - 1, last);
    if (context.json) {
        context.out << Json::object()
                           .set("year", options.year)
                           .set("source", source)
                           .set("workdays", total)
                           .set("holidays", holidays)
                           .set("makeup_workdays", makeups)
                           .set("months", months)
                    << '\n';
        return;
    }
    context.out << context.tr("{} 年：{} 个工作日\n来源：{}\n", "{}: {} working days\nsource: {}\n",
                              options.year, total, source)
                << text;
}

void run_import(const CalOptions& options, Context& context) {
    const CalendarFile file = read_calendar_file(options.file);
    Store store = context.open_store();
    const int recomputed = import_calendar(store, file, options.file, context.now());
    if (context.json) {
        Json years = Json::array();
        for (const auto& y : file.years) years.push(y.year);
        context.out << Json::object()
                           .set("file", options.file)
                           .set("layer", layer_name(file.layer))
                           .set("years", years)
                           .set("recomputed_cases", recomputed)
                    << '\n';
        return;
    }
    std::string years;
    for (const auto& y : file.years) years += (years.empty() ? "" : ", ") + std::to_string(y.year);
    context.out << context.tr("已导入 {}（{}）：{} 年\n", "imported {} ({}): {}\n", options.file,
                              context.lang() == Lang::zh
                                  ? (file.layer == Layer::national ? "全国安排" : "本地调整")
                                  : (file.layer == Layer::national ? "national schedule" : "local overrides"),
                              years);
    if (recomputed > 0)
        context.out << context.tr("已按新日历重算 {} 件办件的期限\n",
                                  "recomputed the deadlines of {} cases\n", recomputed);
}

}  // namespace

void add_cal(CLI::App& app, Context& context) {
    auto* cal = app.add_subcommand("cal", "工作日日历 / the working-day calendar");
    cal->require_subcommand(1);
    auto options = std::make_shared<CalOptions>();
    auto on_parse = [&context, options](void (*fn)(const CalOptions&, Context&)) {
        return
            [&context, options, fn] { context.action = [&context, options, fn] { fn(*options, context); }; };
    };

    auto* is_workday = cal->add_subcommand("is-workday", "某天是否工作日 / is DATE a working day");
    is_workday->add_option("DATE", options->date, "YYYY-MM-DD")->required();
    is_workday->callback(on_parse(run_is_workday));

    auto* add = cal->add_subcommand("add", "第 N 个工作日（不含当天）/ the N-th working day after DATE");
    add->add_option("DATE", options->date, "YYYY-MM-DD")->required();
    add->add_option("N", options->days, "working days (negative: before DATE)")->required();
    add->callback(on_parse(run_add));

    auto* between =
        cal->add_subcommand("between", "两日之间的工作日数 / working days after FROM up to and including TO");
    between->add_option("FROM", options->date, "YYYY-MM-DD")->required();
    between->add_option("TO", options->to, "YYYY-MM-DD")->required();
    between->callback(on_parse(run_between));

    auto* next = cal->add_subcommand("next", "下一个工作日 / the first working day after DATE");
    next->add_option("DATE", options->date, "YYYY-MM-DD")->required();
    next->callback(
        [&context, options] { context.action = [&context, options] { run_step(*options, context, 1); }; });
    auto* prev = cal->add_subcommand("prev", "上一个工作日 / the last working day before DATE");
    prev->add_option("DATE", options->date, "YYYY-MM-DD")->required();
    prev->callback(
        [&context, options] { context.action = [&context, options] { run_step(*options, context, -1); }; });

    auto* show = cal->add_subcommand("show", "一年的节假日与调休 / a year's holidays and make-up days");
    show->add_option("YEAR", options->year, "YYYY")->required();
    show->callback(on_parse(run_show));

    auto* import =
        cal->add_subcommand("import", "导入或替换节假日安排 / add or replace years from a TOML file");
    import->add_option("FILE", options->file, "calendar TOML file")->required();
    import->callback(on_parse(run_import));
}

}  // namespace hall::cli
