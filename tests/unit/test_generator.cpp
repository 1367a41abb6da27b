// The seeded history generator over an in-memory store holding the bundled data: the PRNG
// is the published algorithm, the same seed gives the same store, and what it makes is
// what the desk would have made (every case replays to its cached status, nothing is dated
// after the last day).

#include "test_support.h"

#include <hall/attendance.h>
#include <hall/complaints.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>

#include <fmt/format.h>

#include <map>
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
    for (const auto& p : store.punches(d("2026-01-01"), d("2026-12-31")))
        mix(fmt::format("{} {}", p.staff, p.at.to_string()));
    for (const auto& l : store.leaves({}))
        mix(fmt::format("{} {} {} {} {} {}", l.staff, l.from.to_string(), l.to.to_string(),
                        hall::leave_kind_id(l.kind), hall::approval_id(l.approval), l.standin));
    for (const auto& c : store.complaints({})) {
        mix(fmt::format("{} {} {} {} {}", c.received.to_string(), c.window, c.staff, c.issue, c.complainant));
        for (const auto& a : c.acts)
            mix(fmt::format("{} {} {} {}", hall::complaint_act_id(a.kind), a.at.to_string(), a.by, a.text));
    }
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
    CHECK(ra.punches == rb.punches);
    CHECK(ra.leaves == rb.leaves);
    CHECK(ra.complaints == rb.complaints);
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
    for (const char* k : {"hygiene", "thanks_letter", "panel_rating"})
        CHECK_MESSAGE(event_kinds.count(k) == 1, k);
    // What the time clock tells is derived from its punches, never typed in as well.
    for (const char* k : {"late", "early", "off_post", "absent", "missed_punch"})
        CHECK_MESSAGE(event_kinds.count(k) == 0, k);
    for (const auto& c : hall.store.cards(std::nullopt)) CHECK(c.issued_on <= last);

    // The month scores: the ranking has every window, and attendance and complaints are in it.
    const auto profile = hall::load_profile(data_dir, "window-flag");
    const auto card =
        hall::score(profile, hall::scoring_input(hall.store, profile, {2026, 10}, hall.calendar));
    CHECK(card.windows.size() == hall.store.windows().size());
    std::set<std::string> sources;
    for (const auto& w : card.windows)
        for (const auto& line : w.lines) sources.insert(line.source.substr(0, line.source.find(' ')));
    CHECK(sources.count("attendance") == 1);
}

TEST_CASE("the time clock, leave and complaints are made through the library, as on the day") {
    Hall hall;
    const auto report = hall.generate(2026);
    const auto first = d("2026-09-21"), last = d("2026-10-31");
    const auto punches = hall.store.punches(first, last);
    CHECK(report.punches == static_cast<std::int64_t>(punches.size()));
    // About four punches a working day for each of the 37 clerks who are not stand-ins.
    CHECK(report.punches > 37 * 4 * report.days * 9 / 10);
    CHECK(report.punches < 40 * 4 * report.days);
    CHECK(report.leaves > 0);
    CHECK(report.complaints > 0);

    // Leave: approved at the level its length needs (004 七 二)1–4), and nobody punches in a
    // session their leave covers; a stand-in punches only on a day they stand in.
    const auto leaves = hall.store.leaves({});
    CHECK(static_cast<std::int64_t>(leaves.size()) == report.leaves);
    std::map<std::string, hall::StaffRole> role;
    for (const auto& s : hall.store.staff(std::nullopt)) role[s.code] = s.role;
    for (const auto& l : leaves) {
        CHECK(l.approval == hall::required_approval(l.days, hall.policy));
        CHECK(l.to.date <= last);
        CHECK(l.recorded_at <= l.from);
    }
    for (const auto& p : punches) {
        CHECK(hall.calendar.is_workday(p.at.date));
        for (const auto& l : leaves)
            if (l.staff == p.staff) CHECK_FALSE((l.from <= p.at && p.at <= l.to));
        if (role[p.staff] == hall::StaffRole::standin) {
            const bool standing = std::any_of(leaves.begin(), leaves.end(), [&](const hall::Leave& l) {
                return l.standin == p.staff && l.from.date <= p.at.date && p.at.date <= l.to.date;
            });
            CHECK_MESSAGE(standing, p.staff, " ", p.at.to_string());
        }
    }

    // The punches give lateness and the rest through the scorer's derivation, not a few per
    // person every day: most staff are never late in a month.
    const auto derived = hall::record_events(hall.store, hall.calendar, d("2026-10-01"), last);
    std::map<std::string, int> kinds;
    std::map<std::string, int> lates;
    for (const auto& e : derived) {
        ++kinds[e.kind];
        if (e.kind == "late") ++lates[e.staff];
    }
    CHECK(kinds["late"] > 0);
    CHECK(kinds["missed_punch"] > 0);
    CHECK(lates.size() < 20);
    // Not a structured binding: doctest's message captures it in a lambda, which clang refuses.
    for (const auto& late : lates) CHECK_MESSAGE(late.second <= 6, late.first);

    // Complaints: each act after the complaint came and by the last day; most answered.
    int answered = 0, outcomes = 0;
    for (const auto& c : hall.store.complaints({})) {
        CHECK(c.received.date >= first);
        for (const auto& a : c.acts) {
            CHECK(a.at >= c.received);
            CHECK(a.at.date <= last);
        }
        if (c.answer()) ++answered;
        if (c.outcome()) ++outcomes;
    }
    CHECK(answered > 0);
    CHECK(outcomes > 0);
    CHECK(answered >= report.complaints / 2);
}

TEST_CASE("a single-clerk window on leave without a stand-in is scored (004 十一(一)4)") {
    // A registry of one clerk a window and no stand-ins: every leave leaves a window alone.
    Store store = Store::in_memory();
    hall::initialize(store, data_dir, at("2026-01-05T08:00"));
    hall::generate_registry(store, 4, 4, 5);
    const auto calendar = store.load_calendar();
    const auto policy = hall::load_policy(store);
    hall::GeneratorConfig config;
    config.seed = 5;
    config.from = d("2026-07-01");
    config.to = d("2026-10-31");
    config.cases_per_day = 4;
    const auto report =
        hall::generate_history(store, calendar, policy, hall::load_profiles(data_dir), config);
    REQUIRE(report.leaves > 0);
    for (const auto& l : store.leaves({})) {
        CHECK(l.single_clerk);
        CHECK(l.standin.empty());
    }
    int unstaffed = 0;
    for (const auto& e : hall::record_events(store, calendar, config.from, config.to))
        if (e.kind == "leave_no_standin") ++unstaffed;
    CHECK(unstaffed == report.leaves);
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
