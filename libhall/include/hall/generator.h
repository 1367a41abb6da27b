#pragma once
// A seeded generator of a hall's history: the example hall's months of work, and city-sized
// stores for benchmarks. It drives the real library, never the tables: cases are opened and
// moved through the desk (open_case, move_case), leave goes through add_leave, complaints
// through open_complaint and act_on_complaint, the time clock's punches through
// import_punches (the import of `hall attendance import`, one log a day), scored events
// through add_event, and cards come from the monitor run each working day. Every act is
// dated at its own moment and taken with `now` at that moment or, for what an office enters
// at a set hour (the day's complaints, the clock's log), at that hour; the stages run in the
// day's order, so the store holds nothing the library would have refused on the day.
//
// The same seed, registry and days give the same store content on every platform: the
// random numbers come from Prng below (integer arithmetic only), never from <random>'s
// distributions, whose results differ between standard libraries, and each statement draws
// at most one number, since the order in which C++ evaluates operands and arguments is
// unspecified.
//
// The history is made in stages, one function each, run day by day in this order:
//   leave       leave approved for today or the days ahead, by the level its length needs,
//               within the monthly quotas; a single-clerk window names a stand-in (顶岗),
//               nearly always (08:00)
//   attendance  who comes in and when they punch: in and out each session, a few minutes
//               early as a rule, now and then late, leaving early, away for a while, a
//               forgotten punch, rarely a day away without leave; none while on leave;
//               stand-ins on the days they stand in (drawn at 08:00, imported at 19:00)
//   cases       arrivals and the moves of the cases already open, in time order (09:00–17:30),
//               each new case taken, and each step of a clerk away that day taken, by
//               someone at the counter
//   events      hygiene, appearance, letters of thanks and banners (recorded 17:45). Lateness,
//               early leaving, time off post and absence are not recorded as events: scoring
//               derives them from the punches and the leave (attendance.h)
//   complaints  a few a month, about a window or one of its staff, oral, written or from the
//               city or province, some forwarded to the unit; answered within the limit or
//               now and then past it, then verified or dismissed by the centre (17:50)
//   monitor     电子监察 for the day (18:00)
//   panel       on a month's last working day, the panel's mark for each window (18:30)
//   timeclock   the day's punch log, "timeclock-YYYY-MM-DD.csv", imported (19:00)
#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/date.h>
#include <hall/scoring.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace hall {

class Store;

// xoshiro256** (Blackman and Vigna, "Scrambled linear pseudorandom number generators", 2018),
// its state filled from the seed by splitmix64, as the authors recommend.
class Prng {
public:
    explicit Prng(std::uint64_t seed);
    std::uint64_t next();
    // Uniform in [0, n) for n > 0, by Lemire's multiply-shift with rejection (no modulo bias).
    std::uint64_t below(std::uint64_t n);
    int between(int low, int high);  // uniform in [low, high]
    bool per_mille(int chance);      // true with probability chance / 1000
    // An index drawn with the given integer weights (at least one positive).
    std::size_t weighted(const std::vector<int>& weights);

private:
    std::uint64_t s_[4];
};

struct GeneratorConfig {
    std::uint64_t seed = 1;
    Date from;  // the first day simulated
    Date to;    // the last: no act, event or card is dated after it
    // Cases received across the hall on an average working day; each day draws around it.
    int cases_per_day = 40;
    // Cases opened in all; when positive it overrides cases_per_day, spread evenly over the
    // working days.
    std::int64_t cases = 0;
    // Called after each day simulated (for a progress bar).
    std::function<void(Date day)> progress;
};

struct GenerateReport {
    Date from;  // the days simulated
    Date to;
    int days = 0;  // working days simulated
    std::int64_t cases = 0;
    std::int64_t finished = 0;
    std::int64_t late = 0;  // finished or forwarded after the deadline
    std::int64_t returned = 0;
    std::int64_t supplements = 0;
    std::int64_t pauses = 0;
    std::int64_t ratings = 0;
    std::int64_t bad_ratings = 0;
    std::int64_t events = 0;      // recorded through add_event, panel marks included
    std::int64_t cards = 0;       // yellow and red cards the monitor issued
    std::int64_t punches = 0;     // time-clock punches imported
    std::int64_t leaves = 0;      // leave recorded
    std::int64_t complaints = 0;  // complaints received
    std::int64_t active = 0;      // cases still without a result at the end
};

// Simulates the hall over [config.from, config.to] on the store's registry and catalogue,
// which must list at least one window with staff and one item. `profiles` are those
// add_event checks events against. Each day is one transaction.
GenerateReport generate_history(Store& store, const Calendar& calendar, const CasePolicy& policy,
                                const std::vector<Profile>& profiles, const GeneratorConfig& config);

// A synthetic registry for a store of any size: `windows` windows W001.., `staff` staff
// members S0001.. spread over them (the first of each window its chief), and five items per
// window (instant, promised, promised with a site inspection, joint with the next two
// windows, upstream), codes X<window>-<n>. Deterministic from the seed; refuses a store that
// already has windows (Refused) and fewer staff than windows (InvalidInput).
struct RegistryReport {
    int windows = 0;
    int staff = 0;
    int items = 0;
};
RegistryReport generate_registry(Store& store, int windows, int staff, std::uint64_t seed);

}  // namespace hall
