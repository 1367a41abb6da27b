#include <hall/calendar_file.h>
#include <hall/error.h>

#include "toml_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace hall {
namespace {

using toml_support::fail_at;
using toml_support::string_of;
using toml_support::Value;

Date date_of(const Value& v) {
    if (v.is_local_date()) {
        const auto& d = v.as_local_date();
        if (auto date = Date::from_ymd(d.year, d.month + 1, d.day)) return *date;
    } else if (v.is_string()) {
        if (auto date = Date::parse(v.as_string().str)) return *date;
    } else {
        fail_at(v, "这里应是日期 YYYY-MM-DD", "expected a date YYYY-MM-DD here");
    }
    fail_at(v, "不存在的日期", "impossible date");
}

void check_in_year(const Value& v, Date date, int year, bool allow_previous_year) {
    const int y = date.year();
    if (y == year || (allow_previous_year && y == year - 1 && date.month() == 12)) return;
    fail_at(v, fmt::format("{} 不在 {} 年里", date.to_string(), year),
            fmt::format("{} is not in {}", date.to_string(), year));
}

ScheduleYear read_year(int year, const Value& table, Layer layer) {
    if (!table.is_table())
        fail_at(table, fmt::format("years.{} 应是表", year), fmt::format("years.{} must be a table", year));
    toml_support::only_keys(table, {"source", "holidays", "workdays"}, fmt::format("[years.{}]", year));
    ScheduleYear out;
    out.year = year;
    out.source = string_of(table, "source", false);
    std::set<std::int32_t> seen;
    auto add_day = [&](const Value& where, Date date, bool workday, const std::string& name) {
        if (!seen.insert(date.serial()).second)
            fail_at(where, fmt::format("{} 出现了两次", date.to_string()),
                    fmt::format("{} is listed twice", date.to_string()));
        out.days.push_back({date, workday, name});
    };

    if (table.contains("holidays")) {
        const Value& list = table.at("holidays");
        if (!list.is_array()) fail_at(list, "holidays 应是数组", "'holidays' must be an array");
        for (const Value& entry : list.as_array()) {
            if (entry.is_table()) {
                toml_support::only_keys(entry, {"name", "date", "from", "to"}, "holidays");
                const std::string name = string_of(entry, "name", false);
                Date from, to;
                if (entry.contains("date")) {
                    from = to = date_of(entry.at("date"));
                } else if (entry.contains("from") && entry.contains("to")) {
                    from = date_of(entry.at("from"));
                    to = date_of(entry.at("to"));
                } else {
                    fail_at(entry, "假日应写 date，或 from 和 to",
                            "a holiday needs 'date', or 'from' and 'to'");
                }
                if (to < from) fail_at(entry, "from 晚于 to", "'from' is after 'to'");
                // New Year's Day may begin on Dec 31 of the year before (as in 2023).
                check_in_year(entry, from, year, true);
                check_in_year(entry, to, year, false);
                for (Date d = from; d <= to; d = d + 1) add_day(entry, d, false, name);
            } else {
                const Date d = date_of(entry);
                check_in_year(entry, d, year, false);
                add_day(entry, d, false, {});
            }
        }
    }
    if (table.contains("workdays")) {
        const Value& list = table.at("workdays");
        if (!list.is_array()) fail_at(list, "workdays 应是数组", "'workdays' must be an array");
        for (const Value& entry : list.as_array()) {
            toml_support::only_keys(entry, {"name", "date"}, "workdays");
            if (entry.is_table() && !entry.contains("date"))
                fail_at(entry, "调休上班日须写明 date", "a make-up working day needs 'date'");
            const Value& date_value = entry.is_table() ? entry.at("date") : entry;
            const Date d = date_of(date_value);
            check_in_year(entry, d, year, false);
            // A national make-up working day is a weekend day by definition: a weekday here is a typo.
            if (layer == Layer::national && !d.is_weekend())
                fail_at(entry, fmt::format("{} 不是周末，不能是调休上班日", d.to_string()),
                        fmt::format("{} is not a weekend day, so it cannot be a make-up working day",
                                    d.to_string()));
            add_day(entry, d, true, entry.is_table() ? string_of(entry, "name", false) : std::string());
        }
    }
    return out;
}

}  // namespace

const char* layer_name(Layer layer) {
    return layer == Layer::national ? "national" : "local";
}

CalendarFile parse_calendar(const std::string& text, const std::string& file_name) {
    const Value root = toml_support::parse(text, file_name);
    toml_support::only_keys(root, {"region", "layer", "name", "years"}, file_name);

    CalendarFile file;
    file.region = string_of(root, "region", false);
    file.name = string_of(root, "name", false);
    const std::string layer = string_of(root, "layer", false);
    if (layer.empty() || layer == "national" || layer == "全国") {
        file.layer = Layer::national;
    } else if (layer == "local" || layer == "本地") {
        file.layer = Layer::local;
    } else {
        fail_at(root.at("layer"), "layer 只能是 national 或 local", "'layer' must be national or local");
    }
    if (!root.contains("years"))
        fail_at(root, "缺少 [years.YYYY] 表", "no [years.YYYY] table: nothing to load");
    const Value& years = root.at("years");
    if (!years.is_table()) fail_at(years, "years 应是表", "'years' must be a table");
    for (const auto& [key, table] : years.as_table()) {
        const auto year = Date::parse(key + "-01-01");
        if (!year) fail_at(table, fmt::format("年份 {} 不对", key), fmt::format("'{}' is not a year", key));
        ScheduleYear y = read_year(year->year(), table, file.layer);
        if (file.layer == Layer::national && y.source.empty())
            fail_at(table, fmt::format("{} 年缺少 source（安排出自哪份通知）", key),
                    fmt::format("year {} has no 'source' (the notice it comes from)", key));
        file.years.push_back(std::move(y));
    }
    std::sort(file.years.begin(), file.years.end(),
              [](const ScheduleYear& a, const ScheduleYear& b) { return a.year < b.year; });
    return file;
}

CalendarFile read_calendar_file(const std::filesystem::path& path) {
    return parse_calendar(toml_support::read_text(path), path.string());
}

}  // namespace hall
