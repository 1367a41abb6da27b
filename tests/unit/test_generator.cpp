// The seeded history generator over an in-memory store holding the bundled data: the PRNG
// is the published algorithm, the same seed gives the same store, and what it makes is
// what the desk would have made (every case replays to its cached status, nothing is dated
// after the last day).

#include "test_support.h"

#include <hall/desk.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <set>
#include <string>

using hall::Store;
using hall::test::at;
using hall::test::d;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;

struct Hall {
    Store store = Store::in_memory();
    hall::Calendar calendar;
    hall::CasePolicy policy;
    std::vector<hall::Profile> profiles;

    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        hall::load_example(store, data_dir);
        calendar = store.load_calendar();
        policy = hall::load_policy(store);
        profiles = hall::load_profiles(data_dir);
    }

    hall::GenerateReport generate(std::uint64_t seed, const char* from = "2026-09-21",
                                  const char* to = "2026-10-31") {
        hall::GeneratorConfig config;
        config.seed = seed;
        config.from = d(from);
        config.to = d(to);
        config.cases_per_day = 30;
        return hall::generate_history(store, calendar, policy, profiles, config);
    }
};

// FNV-1a over everything a scorer or a clerk could read back: cases with their steps and
// cached status, events, cards.
std::uint64_t digest(const Store& store) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    auto mix = [&h](const std::string& text) {
        for (const unsigned char c : text) h = (h ^ c) * 0x100000001b3ULL;
        h = (h ^ 0xff) * 0x100000001b3ULL;
    };
    hall::CaseFilter all;
    store.for_each_case(all, true, [&](hall::StoredCase& c) {
        mix(fmt::format("{} {} {} {} {} {} {}", c.facts.number, c.facts.item, c.facts.staff,
                        c.facts.applicant, hall::state_id(c.status.state), c.status.late,
                        c.facts.received.to_string()));
        for (const auto& s : c.steps)
            mix(fmt::format("{} {} {} {} {}", hall::step_id(s.kind), s.at.to_string(), s.staff, s.value,
                            s.reason));
    });
    for (const auto& e : store.events({}))
        mix(fmt::format("{} {} {} {} {} {}", e.event.kind, e.event.window, e.event.staff,
                        e.event.date.to_string(), e.event.minutes.value_or(-1), e.event.value.value_or(-1)));
    for (const auto& c : store.cards(std::nullopt))
        mix(fmt::format("{} {} {} {}", c.case_number, hall::card_level_id(c.level), c.rule,
                        c.issued_on.to_string()));
    return h;
}

}  // namespace

TEST_CASE("the PRNG is xoshiro256** seeded by splitmix64, as published") {
    // The reference implementations' first outputs for seed 0.
    hall::Prng rng(0);
    CHECK(rng.next() == 0x99ec5f36cb75f2b4ULL);
    CHECK(rng.next() == 0xbf6e1f784956452aULL);
    CHECK(rng.next() == 0x1a5f849d4933e6e0ULL);

    hall::Prng draws(42);
    std::set<int> seen;
    for (int i = 0; i < 2000; ++i) {
        const int v = draws.between(3, 7);
        CHECK(v >= 3);
        CHECK(v <= 7);
        seen.insert(v);
        CHECK(draws.below(1) == 0);
    }
    CHECK(seen.size() == 5);
    CHECK(draws.weighted({0, 5, 0}) == 1);
    int hits = 0;
    for (int i = 0; i < 10000; ++i) hits += draws.per_mille(100) ? 1 : 0;
    CHECK(hits > 800);
    CHECK(hits < 1200);
}

TEST_CASE("the same seed gives the same store; another seed another") {
    Hall a, b, c;
    const auto ra = a.generate(7);
    const auto rb = b.generate(7);
    c.generate(8);
    CHECK(ra.cases == rb.cases);
    CHECK(ra.events == rb.events);
    CHECK(digest(a.store) == digest(b.store));
    CHECK(digest(a.store) != digest(c.store));
}

TEST_CASE("a generated history is what the desk would have made") {
    Hall hall;
    const auto report = hall.generate(2026);
    const auto last = d("2026-10-31");
    CHECK(report.from == d("2026-09-21"));
    CHECK(report.to == last);
    CHECK(report.days >= 25);
    CHECK(report.cases > 500);
    // The mix a month's ranking needs: some late, some returned, supplements, pauses, bad
    // ratings, cards, events.
    CHECK(report.late > 0);
    CHECK(report.returned > 0);
    CHECK(report.supplements > 0);
    CHECK(report.pauses > 0);
    CHECK(report.bad_ratings > 0);
    CHECK(report.cards > 0);
    CHECK(report.events > 0);
    CHECK(report.active > 0);

    std::set<hall::CaseClass> classes;
    std::set<hall::StepKind> kinds;
    std::int64_t cases = 0;
    hall::CaseFilter all;
    hall.store.for_each_case(all, true, [&](hall::StoredCase& c) {
        ++cases;
        const auto status = hall::replay(c.facts, c.steps, hall.calendar, hall.policy);
        CHECK_MESSAGE(hall::CachedStatus(status) == c.status, c.facts.number);
        classes.insert(c.facts.registered);
        for (const auto& s : c.steps) {
            kinds.insert(s.kind);
            CHECK_MESSAGE(s.at.date <= last, c.facts.number);
            CHECK_MESSAGE(s.at.date >= d("2026-09-21"), c.facts.number);
        }
    });
    CHECK(cases == report.cases);
    // The six classes (六件管理).
    CHECK(classes.size() == 6);
    for (const auto k :
         {hall::StepKind::supplement, hall::StepKind::supplied, hall::StepKind::pause, hall::StepKind::resume,
          hall::StepKind::forward, hall::StepKind::decide, hall::StepKind::return_, hall::StepKind::finish,
          hall::StepKind::rate, hall::StepKind::respond, hall::StepKind::sign, hall::StepKind::inspect})
        CHECK_MESSAGE(kinds.count(k) == 1, hall::step_id(k));

    std::set<std::string> event_kinds;
    for (const auto& e : hall.store.events({})) {
        CHECK(e.event.date <= last);
        CHECK(e.recorded_at.date == e.event.date);
        event_kinds.insert(e.event.kind);
    }
    for (const char* k : {"late", "early", "off_post", "hygiene", "thanks_letter", "panel_rating"})
        CHECK_MESSAGE(event_kinds.count(k) == 1, k);
    for (const auto& c : hall.store.cards(std::nullopt)) CHECK(c.issued_on <= last);

    // The month scores: the ranking has every window.
    const auto profile = hall::load_profile(data_dir, "window-flag");
    const auto card =
        hall::score(profile, hall::scoring_input(hall.store, profile, {2026, 10}, hall.calendar));
    CHECK(card.windows.size() == hall.store.windows().size());
}

TEST_CASE("the example hall's history stops the day before now, and is made once") {
    Hall hall;
    CHECK_FALSE(hall::load_example_history(hall.store, data_dir, at("2026-06-30T10:00")));
    const auto report = hall::load_example_history(hall.store, data_dir, at("2026-07-20T10:00"));
    REQUIRE(report);
    CHECK(report->to == d("2026-07-19"));
    CHECK(report->cases > 0);
    CHECK_FALSE(hall::load_example_history(hall.store, data_dir, at("2026-11-20T10:00")));
}

TEST_CASE("a synthetic registry of any size") {
    Store store = Store::in_memory();
    hall::initialize(store, data_dir, at("2026-01-05T08:00"));
    const auto made = hall::generate_registry(store, 5, 12, 1);
    CHECK(made.windows == 5);
    CHECK(made.staff == 12);
    CHECK(made.items == 25);
    CHECK(store.staff(std::string("W001")).size() == 3);
    CHECK(store.find_item("X004-4")->participants == std::vector<std::string>{"W001", "W005"});
    CHECK_THROWS_AS(hall::generate_registry(store, 5, 12, 1), hall::Refused);
    Store other = Store::in_memory();
    CHECK_THROWS_AS(hall::generate_registry(other, 3, 2, 1), hall::InvalidInput);
}
