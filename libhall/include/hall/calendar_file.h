#pragma once
// Holiday schedules as TOML files (data/calendars/*.toml), one table per year:
//
//   region = "cn"
//   layer = "national"            # or "local": a hall's own rest days and extra workdays
//   [years.2026]
//   source = "国务院办公厅关于2026年部分节假日安排的通知"
//   holidays = [ { name = "春节", from = 2026-02-15, to = 2026-02-23 } ]
//   workdays = [ { name = "春节调休上班", date = 2026-02-14 } ]
//
// Dates may be TOML dates or "YYYY-MM-DD" strings.

#include <hall/calendar.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hall {

struct CalendarFile {
    std::string region;
    Layer layer = Layer::national;
    std::string name;
    std::vector<ScheduleYear> years;
};

// Both throw DataError naming the file and line of what is wrong.
CalendarFile read_calendar_file(const std::filesystem::path& path);
CalendarFile parse_calendar(const std::string& text, const std::string& file_name);

const char* layer_name(Layer layer);

}  // namespace hall
