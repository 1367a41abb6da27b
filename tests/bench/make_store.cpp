// A city-sized store for the monitoring benchmark (monitor-scale.sh): N cases opened and
// moved through the desk API in one transaction, most of them finished, about 8% left active.
//
//   hall_bench_make_store --out PATH [--cases N] [--data DIR]
//
// Cases are received in working hours on the working days of 2025 and 2026, in order, with
// `now = 2026-12-31T18:00`. Each is finished a few days after receipt (some of them after
// their deadline, about one in twenty, so the monitor has late cases to card), except:
//   - 60% of the cases received in the last 60 days stay open (recent work in progress);
//   - 3% of the older ones stay open too (long overdue: yellow and red cards).
// Writes nothing but the store; prints how many cases are active, finished and late.

#include <hall/desk.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#ifndef HALL_BENCH_DATA_DIR
#define HALL_BENCH_DATA_DIR "data"
#endif

namespace {

namespace fs = std::filesystem;

[[noreturn]] void usage(const char* message) {
    std::fprintf(
        stderr,
        "hall_bench_make_store: %s\nusage: hall_bench_make_store --out PATH [--cases N] [--data DIR]\n",
        message);
    std::exit(2);
}

const hall::Moment now = *hall::Moment::parse("2026-12-31T18:00");

// Items the example hall lists that a case can finish directly from open, each with a clerk.
constexpr std::array<std::pair<const char*, const char*>, 5> items{{
    {"SC01", "S101"},
    {"SC02", "S102"},
    {"ZJ01", "S401"},
    {"SB01", "S501"},
    {"SB02", "S502"},
}};

}  // namespace

int main(int argc, char** argv) {
    std::size_t count = 1'000'000;
    fs::path out;
    fs::path data = HALL_BENCH_DATA_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) usage("missing value");
        if (arg == "--cases")
            count = std::stoul(argv[++i]);
        else if (arg == "--out")
            out = argv[++i];
        else if (arg == "--data")
            data = argv[++i];
        else
            usage("unknown option");
    }
    if (out.empty()) usage("--out is required");
    try {
        for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(out.string() + suffix);
        auto store = hall::Store::open(out);
        hall::initialize(store, data, now);
        hall::load_example(store, data);
        const hall::Calendar calendar = store.load_calendar();
        const hall::CasePolicy policy = hall::load_policy(store);

        std::vector<hall::Date> days;
        for (hall::Date d = *hall::Date::from_ymd(2025, 1, 1); d <= now.date; d = d + 1)
            if (calendar.is_workday(d)) days.push_back(d);
        const hall::Date recent = now.date - 60;
        std::mt19937_64 rng(20261231);
        std::size_t active = 0, late = 0;
        const auto start = std::chrono::steady_clock::now();
        hall::Store::Transaction tx(store);
        for (std::size_t i = 0; i < count; ++i) {
            const auto& [item, staff] = items[i % items.size()];
            hall::OpenRequest request;
            request.item = item;
            request.staff = staff;
            request.applicant = fmt::format("申请人{}", i % 9973);
            request.applicant_id = fmt::format("5101{:014}", rng() % 100'000'000'000'000ULL);
            const hall::Date day = days[i * days.size() / count];
            request.received = hall::Moment{day, 9 * 60 + static_cast<int>((i * 7) % (9 * 60))};
            const auto opened = hall::open_case(store, calendar, policy, request, now);
            const bool keep_open = day >= recent ? rng() % 100 < 60 : rng() % 1000 < 30;
            if (keep_open) {
                ++active;
                continue;
            }
            hall::Step finish;
            finish.kind = hall::StepKind::finish;
            finish.staff = staff;
            // Instant items are done the same day; others mostly within their promised
            // days, one in twenty a week or two late.
            const bool instant = opened.view.record.facts.promised.amount == 0;
            const int days_taken = instant           ? 0
                                   : rng() % 20 == 0 ? 12 + static_cast<int>(rng() % 10)
                                                     : static_cast<int>(rng() % 6);
            finish.at = hall::Moment{day + days_taken, 17 * 60 + 30};
            if (finish.at < *request.received) finish.at = *request.received;
            if (finish.at > now) finish.at = now;
            const auto view =
                hall::move_case(store, calendar, policy, opened.view.record.facts.number, finish, now);
            if (view.record.status.late) ++late;
        }
        tx.commit();
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%zu cases (%zu active, %zu finished, %zu of them late) in %.1f s: %s\n", count, active,
                    count - active, late, seconds, out.c_str());
    } catch (const hall::Error& e) {
        std::fprintf(stderr, "hall_bench_make_store: %s\n", e.message(hall::Lang::en).c_str());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "hall_bench_make_store: %s\n", e.what());
        return 1;
    }
    return 0;
}
