// Using libhall directly: when is a 5-working-day promise received on the eve of the
// 2026 Spring Festival due? Usage: deadline DATA_DIR [RECEIVED] [DAYS]

#include <hall/calendar.h>
#include <hall/error.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <cstdlib>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        fmt::print(stderr, "usage: deadline DATA_DIR [RECEIVED] [DAYS]\n");
        return 2;
    }
    const auto received = hall::Date::parse(argc > 2 ? argv[2] : "2026-02-13");
    const int days = argc > 3 ? std::atoi(argv[3]) : 5;
    if (!received) {
        fmt::print(stderr, "RECEIVED must be YYYY-MM-DD\n");
        return 2;
    }
    try {
        hall::Store store = hall::Store::in_memory();
        hall::initialize(store, argv[1], hall::Moment{*received, 9 * 60});
        const hall::Calendar calendar = store.load_calendar();
        const auto start = calendar.clock_start(*received);
        const auto due = calendar.add_projected(start.value, days);
        fmt::print("received {}, clock starts {}, {} working days: due {}{}\n", received->to_string(),
                   start.value.to_string(), days, due.value.to_string(),
                   due.provisional ? " (provisional: a year's holiday schedule is missing)" : "");
    } catch (const hall::Error& e) {
        fmt::print(stderr, "{}\n", e.what());
        return 1;
    }
    return 0;
}
