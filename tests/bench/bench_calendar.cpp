// Working-day arithmetic: hall::Calendar::add against a plain day-by-day loop and, when
// available, QuantLib's Calendar::advance, all over the same bundled cn.toml schedule.
//
// hall's add is meant to be constant time (a rank lookup), so its cost should not grow
// with n; the other two step through every calendar day and grow linearly.

#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/date.h>

#include <benchmark/benchmark.h>

#ifdef HALL_HAVE_QUANTLIB
#include <ql/time/calendars/weekendsonly.hpp>
#include <ql/time/date.hpp>
#endif

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

constexpr std::array working_days{1, 5, 20, 250};

// A power of two so the benchmarks can cycle through the start dates with a mask.
// 1024 consecutive days from 2023-01-01 end on 2025-10-20, so even n = 250 lands in 2026,
// the last year the bundled schedule covers.
constexpr std::size_t start_count = 1024;

[[noreturn]] void fail(const std::string& message) {
    std::cerr << "hall_bench_calendar: " << message << '\n';
    std::exit(EXIT_FAILURE);
}

// What a straightforward implementation without hall's precomputed ranks would do.
class DayLoop {
public:
    explicit DayLoop(const std::vector<hall::ScheduleYear>& years) {
        for (const auto& year : years)
            for (const auto& special : year.days)
                (special.workday ? makeup_days_ : rest_days_).insert(special.date.serial());
    }

    hall::Date add(hall::Date from, int n) const {
        hall::Date d = from;
        while (n > 0) {
            d = d + 1;
            if (is_workday(d)) --n;
        }
        return d;
    }

private:
    // Inlined rather than Date::is_weekend(), which lives in another translation unit,
    // so that the baseline is as tight as a hand-written loop would be.
    // 1970-01-01 (serial 0) was a Thursday; with Monday as 0, Saturday and Sunday are 5, 6.
    static bool is_weekend(hall::Date d) { return (d.serial() + 3) % 7 >= 5; }

    bool is_workday(hall::Date d) const {
        return is_weekend(d) ? makeup_days_.contains(d.serial()) : !rest_days_.contains(d.serial());
    }

    std::unordered_set<std::int32_t> rest_days_;
    std::unordered_set<std::int32_t> makeup_days_;
};

#ifdef HALL_HAVE_QUANTLIB
QuantLib::Date to_quantlib(hall::Date d) {
    return {d.day(), static_cast<QuantLib::Month>(d.month()), d.year()};
}

hall::Date from_quantlib(const QuantLib::Date& d) {
    return *hall::Date::from_ymd(d.year(), static_cast<int>(d.month()), d.dayOfMonth());
}

// QuantLib keeps added and removed holidays in the calendar implementation that every
// WeekendsOnly instance shares, so this must run once per process.
QuantLib::Calendar quantlib_calendar(const std::vector<hall::ScheduleYear>& years) {
    QuantLib::WeekendsOnly calendar;
    for (const auto& year : years)
        for (const auto& special : year.days) {
            // Only days that change the weekend rule matter, as in hall::Calendar.
            const bool weekend = special.date.is_weekend();
            if (!special.workday && !weekend) calendar.addHoliday(to_quantlib(special.date));
            if (special.workday && weekend) calendar.removeHoliday(to_quantlib(special.date));
        }
    return calendar;
}
#endif

struct Setup {
    hall::Calendar calendar;
    DayLoop loop;
    std::vector<hall::Date> starts;
#ifdef HALL_HAVE_QUANTLIB
    QuantLib::Calendar quantlib;
    std::vector<QuantLib::Date> quantlib_starts;
#endif

    explicit Setup(const hall::CalendarFile& file)
        : calendar(file.years, {}),
          loop(file.years)
#ifdef HALL_HAVE_QUANTLIB
          ,
          quantlib(quantlib_calendar(file.years))
#endif
    {
        const hall::Date first = *hall::Date::from_ymd(2023, 1, 1);
        for (std::size_t i = 0; i < start_count; ++i) starts.push_back(first + static_cast<std::int32_t>(i));
        // In date order, successive calls would walk the tables sequentially and the day
        // loop's branches would repeat in a learnable pattern; real lookups do neither.
        std::shuffle(starts.begin(), starts.end(), std::mt19937(20260930));
#ifdef HALL_HAVE_QUANTLIB
        for (const hall::Date start : starts) quantlib_starts.push_back(to_quantlib(start));
#endif
        verify();
    }

    // The comparison is only fair if all three compute the same answers.
    void verify() const {
        for (std::size_t i = 0; i < starts.size(); ++i)
            for (const int n : working_days) {
                const hall::Date expected = calendar.add(starts[i], n);
                const auto where = [&](const char* who, hall::Date got) {
                    return std::string(who) + " disagrees with hall: " + starts[i].to_string() + " + " +
                           std::to_string(n) + " working days = " + got.to_string() + ", hall says " +
                           expected.to_string();
                };
                if (const hall::Date got = loop.add(starts[i], n); got != expected)
                    fail(where("the day loop", got));
#ifdef HALL_HAVE_QUANTLIB
                const hall::Date got = from_quantlib(quantlib.advance(quantlib_starts[i], n, QuantLib::Days));
                if (got != expected) fail(where("QuantLib", got));
#endif
            }
    }
};

const Setup& setup() {
    static const Setup instance(hall::read_calendar_file(HALL_BENCH_CALENDAR));
    return instance;
}

void with_working_days(benchmark::internal::Benchmark* b) {
    b->ArgName("n");
    for (const int n : working_days) b->Arg(n);
}

void hall_add(benchmark::State& state) {
    const Setup& s = setup();
    const auto n = static_cast<int>(state.range(0));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(s.calendar.add(s.starts[i], n));
        i = (i + 1) & (start_count - 1);
    }
}
BENCHMARK(hall_add)->Apply(with_working_days);

void day_loop(benchmark::State& state) {
    const Setup& s = setup();
    const auto n = static_cast<int>(state.range(0));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(s.loop.add(s.starts[i], n));
        i = (i + 1) & (start_count - 1);
    }
}
BENCHMARK(day_loop)->Apply(with_working_days);

#ifdef HALL_HAVE_QUANTLIB
void quantlib_advance(benchmark::State& state) {
    const Setup& s = setup();
    const auto n = static_cast<QuantLib::Integer>(state.range(0));
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(s.quantlib.advance(s.quantlib_starts[i], n, QuantLib::Days));
        i = (i + 1) & (start_count - 1);
    }
}
BENCHMARK(quantlib_advance)->Apply(with_working_days);
#endif

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return EXIT_FAILURE;
    // Load and verify before any timing starts, and fail cleanly on a bad data file.
    try {
        setup();
    } catch (const std::exception& e) {
        fail(e.what());
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
