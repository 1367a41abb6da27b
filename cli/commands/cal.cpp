#include "commands.h"

#include <hall/bilingual.h>
#include <hall/calendar_file.h>
#include <hall/desk.h>
#include <hall/document.h>

#include "../output.h"
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

Text weekday_word(Weekday day) {
    return Text{weekday_name(day, Lang::zh), weekday_name(day, Lang::en)};
}

Text describe(const Date& date) {
    const Text day = weekday_word(date.weekday());
    return bilingual("{0} {1}", "{0} {2}", date.to_string(), day.zh, day.en);
}

Text day_type_word(DayType type) {
    return Text{day_type_name(type, Lang::zh), day_type_name(type, Lang::en)};
}

Document sentence(Text text, Json json) {
    Document doc;
    doc.add(Paragraph{std::move(text)});
    doc.with_json(std::move(json));
    return doc;
}

Document workday_document(Date date, const DayInfo& info) {
    const Text day = describe(date);
    const Text kind = day_type_word(info.type);
    const Text name = info.name.empty() ? Text{} : bilingual("（{0}）", " ({0})", info.name);
    const Text text = info.is_workday()
                          ? bilingual("{0} 是工作日：{1}{2}", "{3} is a working day: {4}{5}", day.zh, kind.zh,
                                      name.zh, day.en, kind.en, name.en)
                          : bilingual("{0} 不是工作日：{1}{2}", "{3} is not a working day: {4}{5}", day.zh,
                                      kind.zh, name.zh, day.en, kind.en, name.en);
    return sentence(text, Json::object()
                              .set("date", date.to_string())
                              .set("workday", info.is_workday())
                              .set("type", day_type_id(info.type))
                              .set("name", info.name));
}

void run_is_workday(const CalOptions& options, Context& context) {
    const Date date = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    emit(workday_document(date, calendar.day(date)), context);
}

Document add_document(Date from, int days, Date result) {
    const Text to = describe(result);
    const int n = days >= 0 ? days : -days;
    const Text text = days >= 0
                          ? bilingual("{0} 之后第 {1} 个工作日是 {2}", "working day {1} after {0} is {3}",
                                      from.to_string(), n, to.zh, to.en)
                          : bilingual("{0} 之前第 {1} 个工作日是 {2}", "working day {1} before {0} is {3}",
                                      from.to_string(), n, to.zh, to.en);
    return sentence(
        text, Json::object().set("from", from.to_string()).set("days", days).set("date", result.to_string()));
}

void run_add(const CalOptions& options, Context& context) {
    const Date from = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    emit(add_document(from, options.days, calendar.add(from, options.days)), context);
}

void run_between(const CalOptions& options, Context& context) {
    const Date from = parse_date(options.date, "FROM");
    const Date to = parse_date(options.to, "TO");
    const Calendar calendar = context.open_store().load_calendar();
    const int days = calendar.between(from, to);
    emit(sentence(
             bilingual("{0} 之后到 {1}（含）共 {2} 个工作日", "{2} {3} after {0} up to and including {1}",
                       from.to_string(), to.to_string(), days, plural(days, "working day", "working days")),
             Json::object().set("from", from.to_string()).set("to", to.to_string()).set("days", days)),
         context);
}

void run_step(const CalOptions& options, Context& context, int direction) {
    const Date from = parse_date(options.date, "DATE");
    const Calendar calendar = context.open_store().load_calendar();
    const Date result = calendar.add(from, direction);
    emit(sentence(describe(result),
                  Json::object().set("from", from.to_string()).set("date", result.to_string())),
         context);
}

// A year of the calendar: its working days, where the schedule came from, and every day
// that is not an ordinary weekday or weekend.
Document year_document(const Calendar& calendar, int year) {
    const Date first = *Date::from_ymd(year, 1, 1);
    const Date last = *Date::from_ymd(year, 12, 31);
    std::string source;
    for (const auto& y : calendar.years())
        if (y.year == year) source = y.source;

    Json holidays = Json::array();
    Json makeups = Json::array();
    Json months = Json::array();
    Table days;
    days.indent = 2;
    days.column("date", {"日期", "date"})
        .column("weekday", {"星期", "weekday"})
        .column("type", {"类型", "type"})
        .column("name", {"名称", "name"});
    int month_workdays = 0;
    for (Date d = first; d <= last; d = d + 1) {
        const DayInfo info = calendar.day(d);
        if (info.is_workday()) ++month_workdays;
        if (info.type == DayType::holiday || info.type == DayType::makeup_workday ||
            (!info.name.empty() && info.type == DayType::weekend)) {
            auto entry = Json::object().set("date", d.to_string()).set("name", info.name);
            (info.is_workday() ? makeups : holidays).push(entry);
            days.row({d, weekday_word(d.weekday()), day_type_word(info.type), info.name});
        }
        if (d.month() != (d + 1).month()) {
            months.push(Json::object()
                            .set("month", Month{d.year(), d.month()}.to_string())
                            .set("workdays", month_workdays));
            month_workdays = 0;
        }
    }
    const int total = calendar.between(first - 1, last);
    Document doc;
    doc.title = bilingual("{0} 年：{1} 个工作日", "{0}: {1} {2}", year, total,
                          plural(total, "working day", "working days"));
    doc.add(Paragraph{bilingual("来源：{0}", "source: {0}", source)});
    doc.add(std::move(days));
    doc.with_json(Json::object()
                      .set("year", year)
                      .set("source", source)
                      .set("workdays", total)
                      .set("holidays", holidays)
                      .set("makeup_workdays", makeups)
                      .set("months", months));
    return doc;
}

void run_show(const CalOptions& options, Context& context) {
    if (options.year < 1900 || options.year > 9999)
        throw InvalidInput(
            bilingual("YEAR：'{0}' 不是有效年份", "YEAR: '{0}' is not a valid year", options.year));
    const Calendar calendar = context.open_store().load_calendar();
    if (!calendar.covers(options.year)) throw UncoveredYear(options.year);
    emit(year_document(calendar, options.year), context);
}

Document import_document(const std::string& path, const CalendarFile& file, int recomputed) {
    Json years_json = Json::array();
    std::string years;
    for (const auto& y : file.years) {
        years_json.push(y.year);
        years += (years.empty() ? "" : ", ") + std::to_string(y.year);
    }
    const bool national = file.layer == Layer::national;
    Document doc;
    doc.add(Paragraph{bilingual("已导入 {0}（{1}）：{3} 年", "imported {0} ({2}): {3}", path,
                                national ? "全国安排" : "本地调整",
                                national ? "national schedule" : "local overrides", years)});
    if (recomputed > 0)
        doc.add(Paragraph{bilingual("已按新日历重算 {0} 件办件的期限", "recomputed the deadlines of {0} {1}",
                                    recomputed, plural(recomputed, "case", "cases"))});
    doc.with_json(Json::object()
                      .set("file", path)
                      .set("layer", layer_name(file.layer))
                      .set("years", years_json)
                      .set("recomputed_cases", recomputed));
    return doc;
}

void run_import(const CalOptions& options, Context& context) {
    const CalendarFile file = read_calendar_file(options.file);
    Store store = context.open_store();
    const int recomputed = import_calendar(store, file, options.file, context.now());
    emit(import_document(options.file, file, recomputed), context);
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
    for (auto* command : cal->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
