// Complaints (004 九; 003 六; 001 第十三条(五)): deadlines, acts, and what scores.

#include "test_support.h"

#include <hall/catalogue.h>
#include <hall/complaints.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <doctest/doctest.h>

#include <algorithm>

using hall::ComplaintActKind;
using hall::Store;
using hall::test::at;
using hall::test::d;

namespace {

const std::filesystem::path data_dir = HALL_TEST_DATA_DIR;
const auto now = at("2026-11-24T09:30");

struct Hall {
    Store store = Store::in_memory();
    Hall() {
        hall::initialize(store, data_dir, at("2026-01-05T08:00"));
        // The six-window hall these figures were computed on (004's single-clerk windows among them).
        hall::load_catalogue(
            store, hall::read_catalogue_file(std::filesystem::path(HALL_UNIT_DATA_DIR) / "hall6.toml"));
    }
    hall::Complaint open(hall::ComplaintClass cls, const char* received,
                         hall::ComplaintChannel channel = hall::ComplaintChannel::oral) {
        hall::ComplaintRequest r;
        r.received = at(received);
        r.window = "W02";
        r.staff = "S201";
        r.channel = channel;
        r.complaint_class = cls;
        r.issue = "办事拖延";
        r.recorded_by = "业务科";
        return hall::open_complaint(store, r, now);
    }
    hall::Complaint act(std::int64_t id, ComplaintActKind kind, const char* when) {
        return hall::act_on_complaint(store, id, kind, "王主任", "经查", at(when), now);
    }
};

}  // namespace

TEST_CASE("answer deadlines count working days by class (003 三 3, 六; 004 九 3)") {
    Hall h;
    CHECK(h.open(hall::ComplaintClass::ordinary, "2026-10-12T10:00").deadline == d("2026-10-13"));
    CHECK(h.open(hall::ComplaintClass::important, "2026-10-12T10:00").deadline == d("2026-10-15"));
    CHECK(h.open(hall::ComplaintClass::complex, "2026-10-12T10:00").deadline == d("2026-10-19"));
    CHECK(h.open(hall::ComplaintClass::forwarded, "2026-10-12T10:00").deadline == d("2026-10-19"));
    // Received on a Saturday: the count starts on Monday.
    CHECK(h.open(hall::ComplaintClass::ordinary, "2026-10-17T10:00").deadline == d("2026-10-20"));
}

TEST_CASE("a forwarded complaint answered 2 working days late costs its window 2 × −4 under district") {
    // 001 第十三条(五): 每逾期1天扣4分. Due 2026-10-19 (Mon), answered 2026-10-21 (Wed).
    Hall h;
    const auto c = h.open(hall::ComplaintClass::forwarded, "2026-10-12T10:00");
    const auto answered = h.act(c.id, ComplaintActKind::answer, "2026-10-21T16:00");
    CHECK(answered.days_late(h.store.load_calendar()) == 2);
    const auto events = hall::complaint_events(h.store.complaints({}), h.store.load_calendar(),
                                               d("2026-10-01"), d("2026-10-31"));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == "complaint_late_days");
    CHECK(events[0].count == 2);
    CHECK(events[0].window == "W02");
    CHECK(events[0].source == "complaint 1");

    const auto profile = hall::load_profile(data_dir, "district");
    const auto calendar = h.store.load_calendar();
    const auto card =
        hall::score(profile, hall::scoring_input(h.store, profile, hall::Month{2026, 10}, calendar));
    const auto w02 = std::find_if(card.windows.begin(), card.windows.end(),
                                  [](const hall::Entry& e) { return e.window == "W02"; });
    REQUIRE(w02 != card.windows.end());
    double lost = 0;
    for (const auto& line : w02->lines)
        if (line.source == "complaint 1") lost += line.points;
    CHECK(lost == -8);
}

TEST_CASE("only a verified complaint scores, as its channel's kind, on the day it was verified") {
    Hall h;
    const auto written =
        h.open(hall::ComplaintClass::ordinary, "2026-10-12T10:00", hall::ComplaintChannel::written);
    const auto city =
        h.open(hall::ComplaintClass::ordinary, "2026-10-13T10:00", hall::ComplaintChannel::city);
    h.act(written.id, ComplaintActKind::verify, "2026-11-02T09:00");
    const auto dismissed = h.act(city.id, ComplaintActKind::dismiss, "2026-10-20T09:00");
    REQUIRE(dismissed.outcome());
    CHECK(dismissed.outcome()->kind == ComplaintActKind::dismiss);
    const auto calendar = h.store.load_calendar();
    CHECK(hall::complaint_events(h.store.complaints({}), calendar, d("2026-10-01"), d("2026-10-31")).empty());
    const auto november =
        hall::complaint_events(h.store.complaints({}), calendar, d("2026-11-01"), d("2026-11-30"));
    REQUIRE(november.size() == 1);
    CHECK(november[0].kind == "complaint_written");
    CHECK(november[0].staff == "S201");
    CHECK(november[0].date == d("2026-11-02"));
    CHECK(h.store.complaints({}).size() == 2);  // the dismissed one stays on record
}

TEST_CASE("acts are appended once: one answer, one outcome, never before receipt or in the future") {
    Hall h;
    const auto c = h.open(hall::ComplaintClass::ordinary, "2026-10-12T10:00");
    CHECK_THROWS_AS(h.act(c.id, ComplaintActKind::answer, "2026-10-12T09:00"), hall::Refused);
    CHECK_THROWS_AS(hall::act_on_complaint(h.store, c.id, ComplaintActKind::answer, "x", "y",
                                           at("2026-11-25T09:00"), now),
                    hall::Refused);
    h.act(c.id, ComplaintActKind::answer, "2026-10-12T15:00");
    CHECK_THROWS_AS(h.act(c.id, ComplaintActKind::answer, "2026-10-13T15:00"), hall::Refused);
    h.act(c.id, ComplaintActKind::verify, "2026-10-14T15:00");
    CHECK_THROWS_AS(h.act(c.id, ComplaintActKind::dismiss, "2026-10-15T15:00"), hall::Refused);
    CHECK_THROWS_AS(h.act(99, ComplaintActKind::answer, "2026-10-15T15:00"), hall::NotFound);
    const auto stored = h.store.complaint(c.id);
    REQUIRE(stored);
    CHECK(stored->acts.size() == 2);
    CHECK(stored->days_late(h.store.load_calendar()) == 0);
}

TEST_CASE("open refuses an unknown window or staff member, another window's staff and a future time") {
    Hall h;
    hall::ComplaintRequest r;
    r.received = at("2026-10-12T10:00");
    r.window = "W99";
    r.issue = "x";
    CHECK_THROWS_AS(hall::open_complaint(h.store, r, now), hall::NotFound);
    r.window = "W01";
    r.staff = "S201";
    CHECK_THROWS_AS(hall::open_complaint(h.store, r, now), hall::Refused);
    r.staff = "";
    r.received = at("2026-11-25T10:00");
    CHECK_THROWS_AS(hall::open_complaint(h.store, r, now), hall::Refused);
}
