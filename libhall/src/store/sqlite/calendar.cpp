#include "common.h"

#include <charconv>
#include <map>

namespace hall::sqlite_store {
namespace {

std::string join_years(const std::vector<ScheduleYear>& years) {
    std::string out;
    for (const auto& y : years) {
        if (!out.empty()) out.push_back(',');
        out.append(std::to_string(y.year));
    }
    return out;
}

}  // namespace

bool SqliteBackend::has_calendar() const {
    try {
        auto stmt = db_.prepare("SELECT 1 FROM calendar_year WHERE layer = 'national' LIMIT 1");
        return stmt.step();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取日历", "reading the calendar");
    }
}

void SqliteBackend::import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now) {
    try {
        auto& db = db_;
        const char* layer = layer_name(file.layer);
        auto record = db.prepare(
            "INSERT INTO calendar_import (file, region, layer, years, imported_at) VALUES (?, ?, ?, ?, ?)");
        record.bind(1, origin).bind(2, file.region).bind(3, layer).bind(4, join_years(file.years));
        record.bind(5, now.to_string()).run();
        const std::int64_t import_id = db.last_insert_rowid();

        auto drop = db.prepare("DELETE FROM calendar_year WHERE layer = ? AND year = ?");
        auto year_row = db.prepare(
            "INSERT INTO calendar_year (layer, year, region, source, import_id) VALUES (?, ?, ?, ?, ?)");
        auto day_row =
            db.prepare("INSERT INTO calendar_day (layer, year, date, workday, name) VALUES (?, ?, ?, ?, ?)");
        for (const auto& year : file.years) {
            drop.bind(1, layer).bind(2, year.year).run();
            drop.reset();
            year_row.bind(1, layer).bind(2, year.year).bind(3, file.region).bind(4, year.source);
            year_row.bind(5, import_id).run();
            year_row.reset();
            for (const auto& day : year.days) {
                day_row.bind(1, layer).bind(2, year.year).bind(3, day.date.to_string());
                day_row.bind(4, day.workday ? 1 : 0).bind(5, day.name).run();
                day_row.reset();
            }
        }
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "导入日历", "importing the calendar");
    }
}

std::vector<ScheduleYear> SqliteBackend::schedule_years(Layer layer) const {
    try {
        auto& db = db_;
        std::map<int, ScheduleYear> years;
        auto ys = db.prepare("SELECT year, source FROM calendar_year WHERE layer = ? ORDER BY year");
        ys.bind(1, layer_name(layer));
        // A year far outside any holiday schedule can only be damage, and would size the
        // calendar's day table from it.
        while (ys.step()) {
            const std::int64_t year = ys.integer(0);
            if (year < 1900 || year > 2200)
                RowReader(ys, path_, "calendar_year", fmt::format("{} year", layer_name(layer)))
                    .bad("year", std::to_string(year));
            years[static_cast<int>(year)] = ScheduleYear{static_cast<int>(year), ys.text(1), {}};
        }
        auto ds =
            db.prepare("SELECT year, date, workday, name FROM calendar_day WHERE layer = ? ORDER BY date");
        ds.bind(1, layer_name(layer));
        while (ds.step()) {
            const RowReader r(ds, path_, "calendar_day",
                              fmt::format("{} day of {} ({})", layer_name(layer), ds.int32(0), ds.text(1)));
            const Date date = r.date(1, "date");
            // A day belongs to a stored year (its schedule's, which may start the December
            // before): anything else is damage.
            const auto year = years.find(static_cast<int>(ds.integer(0)));
            if (year == years.end()) r.bad("year", std::to_string(ds.integer(0)));
            year->second.days.push_back({date, r.flag(2, "workday"), ds.text(3)});
        }
        std::vector<ScheduleYear> out;
        for (auto& [year, schedule] : years) out.push_back(std::move(schedule));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取日历", "reading the calendar");
    }
}

std::vector<CalendarImport> SqliteBackend::calendar_imports() const {
    try {
        auto stmt = db_.prepare(
            "SELECT id, file, region, layer, years, imported_at FROM calendar_import ORDER BY id");
        std::vector<CalendarImport> out;
        while (stmt.step()) {
            CalendarImport row;
            row.id = stmt.integer(0);
            row.file = stmt.text(1);
            row.region = stmt.text(2);
            const RowReader r(stmt, path_, "calendar_import", fmt::format("import {}", row.id));
            row.layer = r.parsed(3, "layer", [](const std::string& t) -> std::optional<Layer> {
                if (t == "local") return Layer::local;
                if (t == "national") return Layer::national;
                return std::nullopt;
            });
            const std::string years = stmt.text(4);
            std::size_t start = 0;
            while (start < years.size()) {
                std::size_t end = years.find(',', start);
                if (end == std::string::npos) end = years.size();
                const std::string one = years.substr(start, end - start);
                row.years.push_back(r.parsed(4, "years", [&](const std::string&) -> std::optional<int> {
                    int value = 0;
                    const auto [last, error] = std::from_chars(one.data(), one.data() + one.size(), value);
                    if (error != std::errc() || last != one.data() + one.size()) return std::nullopt;
                    return value;
                }));
                start = end + 1;
            }
            row.imported_at = stmt.text(5);
            out.push_back(std::move(row));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取导入记录", "reading the import log");
    }
}

}  // namespace hall::sqlite_store
