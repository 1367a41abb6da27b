#include <hall/calendar.h>
#include <hall/error.h>

#include <fmt/format.h>

#include <algorithm>

namespace hall {
namespace {

constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}
constexpr std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
    return a - floor_div(a, b) * b;
}

// 1970-01-05 was a Monday. weekday_rank counts Mondays to Fridays up to a day, so the
// number of weekdays in (a, b] is weekday_rank(b) - weekday_rank(a).
constexpr std::int64_t monday_serial = 4;

constexpr std::int64_t weekday_rank(Date d) {
    const std::int64_t k = d.serial() - monday_serial;
    return 5 * floor_div(k, 7) + std::min<std::int64_t>(floor_mod(k, 7) + 1, 5);
}

// The weekday whose weekday_rank is r.
constexpr Date weekday_of_rank(std::int64_t r) {
    const std::int64_t q = r - 1;
    const std::int64_t serial = monday_serial + 7 * floor_div(q, 5) + floor_mod(q, 5);
    return Date::from_serial(static_cast<std::int32_t>(serial));
}

Date jan1(int year) {
    return *Date::from_ymd(year, 1, 1);
}
Date dec31(int year) {
    return *Date::from_ymd(year, 12, 31);
}

}  // namespace

Calendar::Calendar(std::vector<ScheduleYear> national, std::vector<ScheduleYear> local)
    : national_(std::move(national)) {
    std::sort(national_.begin(), national_.end(),
              [](const ScheduleYear& a, const ScheduleYear& b) { return a.year < b.year; });
    if (national_.empty()) return;

    first_year_ = national_.front().year;
    last_year_ = national_.back().year;
    first_ = jan1(first_year_);
    last_ = dec31(last_year_);
    covered_.assign(static_cast<std::size_t>(last_year_ - first_year_ + 1), false);
    for (const auto& y : national_) covered_[static_cast<std::size_t>(y.year - first_year_)] = true;
    gapless_ = std::all_of(covered_.begin(), covered_.end(), [](bool c) { return c; });

    const auto size = static_cast<std::size_t>(last_ - first_ + 1);
    types_.resize(size);
    for (std::size_t i = 0; i < size; ++i)
        types_[i] =
            (first_ + static_cast<std::int32_t>(i)).is_weekend() ? DayType::weekend : DayType::workday;

    // Local days are applied after national ones, so a hall's override wins.
    auto apply = [&](const std::vector<ScheduleYear>& layer) {
        for (const auto& year : layer)
            for (const auto& special : year.days) {
                if (special.date < first_ || special.date > last_) continue;
                const auto i = static_cast<std::size_t>(special.date - first_);
                const bool weekend = special.date.is_weekend();
                if (special.workday)
                    types_[i] = weekend ? DayType::makeup_workday : DayType::workday;
                else
                    types_[i] = weekend ? DayType::weekend : DayType::holiday;
                names_.emplace_back(special.date, special.name);
            }
    };
    apply(national_);
    apply(local);
    // Later entries (local) must win on lookup: stable sort, then keep the last per date.
    std::stable_sort(names_.begin(), names_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });

    rank_.resize(size);
    std::int32_t count = 0;
    for (std::size_t i = 0; i < size; ++i) {
        if (types_[i] == DayType::workday || types_[i] == DayType::makeup_workday) {
            workdays_.push_back(static_cast<std::int32_t>(i));
            ++count;
        }
        rank_[i] = count;
    }
    base_rank_ = weekday_rank(first_ - 1);
    end_rank_ = base_rank_ + count;
}

bool Calendar::covers(int year) const {
    if (year < first_year_ || year > last_year_) return false;
    return covered_[static_cast<std::size_t>(year - first_year_)];
}

std::optional<int> Calendar::first_uncovered(Date from, Date to) const {
    if (to < from) std::swap(from, to);
    // The hot path: both ends inside a table with no gap years needs no year arithmetic.
    if (gapless_ && from >= first_ && to <= last_) return std::nullopt;
    for (int y = from.year(), end = to.year(); y <= end; ++y)
        if (!covers(y)) return y;
    return std::nullopt;
}

void Calendar::require_covered(Date from, Date to) const {
    if (auto year = first_uncovered(from, to)) throw UncoveredYear(*year);
}

std::int64_t Calendar::rank(Date d) const {
    if (types_.empty() || d < first_) return weekday_rank(d);
    if (d <= last_) return base_rank_ + rank_[static_cast<std::size_t>(d - first_)];
    return end_rank_ + weekday_rank(d) - weekday_rank(last_);
}

Date Calendar::date_of_rank(std::int64_t r) const {
    if (types_.empty() || r <= base_rank_) return weekday_of_rank(r);
    if (r <= end_rank_) return first_ + workdays_[static_cast<std::size_t>(r - base_rank_ - 1)];
    return weekday_of_rank(r - end_rank_ + weekday_rank(last_));
}

bool Calendar::workday_unchecked(Date d) const {
    if (types_.empty() || d < first_ || d > last_) return !d.is_weekend();
    const DayType t = types_[static_cast<std::size_t>(d - first_)];
    return t == DayType::workday || t == DayType::makeup_workday;
}

Date Calendar::add_unchecked(Date from, int n) const {
    if (n == 0) return from;
    // Far beyond any limit a hall counts, and beyond the dates this calendar can name.
    if (n > max_days || n < -max_days)
        throw InvalidInput(Text{fmt::format("{} 个工作日超出了可计算的范围（最多 {}）", n, max_days),
                                fmt::format("{} working days is out of range (at most {})", n, max_days)});
    std::int64_t target = rank(from) + n;
    if (n < 0 && !workday_unchecked(from)) target += 1;
    return date_of_rank(target);
}

DayInfo Calendar::day(Date date) const {
    require_covered(date, date);
    DayInfo info{date, types_[static_cast<std::size_t>(date - first_)], {}};
    auto it = std::upper_bound(names_.begin(), names_.end(), date,
                               [](Date d, const auto& entry) { return d < entry.first; });
    if (it != names_.begin() && std::prev(it)->first == date) info.name = std::prev(it)->second;
    return info;
}

bool Calendar::is_workday(Date date) const {
    require_covered(date, date);
    return workday_unchecked(date);
}

Date Calendar::add(Date from, int n) const {
    require_covered(from, from);
    const Date result = add_unchecked(from, n);
    require_covered(from, result);
    return result;
}

int Calendar::between(Date from, Date to) const {
    require_covered(from, to);
    return static_cast<int>(rank(to) - rank(from));
}

Projected<Date> Calendar::add_projected(Date from, int n) const {
    const Date result = add_unchecked(from, n);
    return {result, first_uncovered(from, result).has_value()};
}

Projected<int> Calendar::between_projected(Date from, Date to) const {
    return {static_cast<int>(rank(to) - rank(from)), first_uncovered(from, to).has_value()};
}

Projected<Date> Calendar::clock_start(Date date) const {
    const Date start = workday_unchecked(date) ? date : add_unchecked(date, 1);
    return {start, first_uncovered(date, start).has_value()};
}

}  // namespace hall
