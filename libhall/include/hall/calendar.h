#pragma once
// The statutory working-day calendar (SPEC §1): Monday to Friday, minus the statutory
// holidays, plus the weekend make-up working days (调休上班日), per year as the State
// Council publishes them, with a hall's own local rest days and extra workdays on top.

#include <hall/date.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hall {

// Whose rule a special day is: the national schedule, or a hall's local override.
enum class Layer { national, local };

struct SpecialDay {
    Date date;
    bool workday = false;  // true: a weekend made a working day; false: a rest day
    std::string name;      // 春节, 国庆节, 调休上班 ...
};

// One year of one layer's schedule, with the document it was taken from.
struct ScheduleYear {
    int year = 0;
    std::string source;
    std::vector<SpecialDay> days;
};

enum class DayType : std::uint8_t {
    workday,         // an ordinary Monday to Friday
    weekend,         // an ordinary Saturday or Sunday
    holiday,         // a statutory or local rest day that would otherwise be worked
    makeup_workday,  // 调休上班: a weekend day that is worked
};

struct DayInfo {
    Date date;
    DayType type = DayType::workday;
    std::string name;  // the holiday's or make-up day's name; empty for ordinary days
    bool is_workday() const { return type == DayType::workday || type == DayType::makeup_workday; }
};

// A value computed from a calendar that may reach into a year whose schedule is not
// loaded; there weekends are the only rest days, and the value is provisional.
template <typename T>
struct Projected {
    T value;
    bool provisional = false;
};

// Answers working-day questions in constant time: every day of the covered years has a
// precomputed working-day ordinal, so `add` and `between` never loop over days.
class Calendar {
public:
    // The most working days `add` counts in either direction (about 400 years).
    static constexpr int max_days = 100'000;

    Calendar() = default;
    // National years mark what is covered; local days apply on top of them.
    Calendar(std::vector<ScheduleYear> national, std::vector<ScheduleYear> local);

    bool covers(int year) const;
    // The covered years with their sources, in order.
    const std::vector<ScheduleYear>& years() const { return national_; }
    // The first year in [from, to] whose schedule is not loaded, if any.
    std::optional<int> first_uncovered(Date from, Date to) const;

    // Exact queries: each throws UncoveredYear when a day it needs is in a year with no
    // schedule.
    DayInfo day(Date date) const;
    bool is_workday(Date date) const;
    // The n-th working day strictly after `from` (n > 0), strictly before it (n < 0), or
    // `from` itself (n = 0). |n| > max_days throws InvalidInput.
    Date add(Date from, int n) const;
    // Working days after `from` up to and including `to`; negative when `to` is earlier.
    int between(Date from, Date to) const;
    Date next_workday(Date date) const { return add(date, 1); }
    Date previous_workday(Date date) const { return add(date, -1); }

    // Lenient versions for case deadlines: never throw; a value that needed an uncovered
    // year is computed with weekends only and marked provisional.
    Projected<Date> add_projected(Date from, int n) const;
    Projected<int> between_projected(Date from, Date to) const;
    // The day the clock of something received on `date` starts: the day itself if it is a
    // working day, else the next working day.
    Projected<Date> clock_start(Date date) const;

private:
    std::int64_t rank(Date date) const;
    Date date_of_rank(std::int64_t rank) const;
    bool workday_unchecked(Date date) const;
    Date add_unchecked(Date from, int n) const;
    void require_covered(Date from, Date to) const;

    std::vector<ScheduleYear> national_;
    int first_year_ = 0;  // table span; empty when no year is covered
    int last_year_ = -1;
    Date first_;                                       // first day of the table
    Date last_;                                        // last day of the table
    std::vector<bool> covered_;                        // per year of the span
    bool gapless_ = false;                             // every year of the span is covered
    std::vector<DayType> types_;                       // per day of the table
    std::vector<std::int32_t> rank_;                   // working days in [first_, day], per day
    std::vector<std::int32_t> workdays_;               // offset from first_ of the k-th working day
    std::int64_t base_rank_ = 0;                       // weekday rank of the day before first_
    std::int64_t end_rank_ = 0;                        // rank of last_
    std::vector<std::pair<Date, std::string>> names_;  // special days' names, sorted
};

}  // namespace hall
