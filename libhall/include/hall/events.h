#pragma once
// Scored events (考核事件) over the store: recording them by hand, voiding them, reading them
// back, and assembling a month's ScoringInput from the store, with the events the cases
// give on their own (cards, overdue cases, one-time-notice breaches, bad ratings).
//
// An event is never edited or deleted: a mistaken one is voided by a record naming who voided
// it and why, so a past month's score can still be explained from what was recorded.

#include <hall/calendar.h>
#include <hall/date.h>
#include <hall/scoring.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hall {

class Store;

struct EventVoid {
    std::string reason;
    std::string by;
    Moment at;
};

struct StoredEvent {
    Event event;  // source is "event N" for an event typed by hand
    Moment recorded_at;
    std::optional<EventVoid> voided;
};

struct EventFilter {
    std::optional<Date> from;  // inclusive
    std::optional<Date> to;    // inclusive
    std::optional<std::string> window;
    std::optional<std::string> staff;
    std::optional<std::string> kind;
    bool include_voided = true;
};

// The setting that names the store's default profile, and its default.
inline constexpr const char* profile_setting = "scoring.profile";
inline constexpr const char* default_profile_name = "window-flag";

// The profile a command uses when it names none: the store's setting, else window-flag.
std::string default_profile(const Store& store);

// Makes `name` the store's default profile, after checking that it loads (NotFound, DataError).
void set_default_profile(Store& store, const std::filesystem::path& data_dir, const std::string& name);

// Profiles live in DATA_DIR/rules/NAME.toml; cases.toml there holds the case rules and is
// not a profile. A name with anything but letters, digits, '-' and '_' is InvalidInput; a
// missing file is NotFound naming the profiles there are.
Profile load_profile(const std::filesystem::path& data_dir, const std::string& name);
// Every profile in DATA_DIR/rules, by name.
std::vector<Profile> load_profiles(const std::filesystem::path& data_dir);

// Records `event` (its id and source are ignored) and returns its id. Refuses, before
// writing: a kind no profile scores (InvalidInput), an event a profile's rule for its kind
// cannot score (check_event), an unknown window or staff member (NotFound), a staff member of
// another window, a day after `now` or in a year with no calendar (Refused).
std::int64_t add_event(Store& store, const std::vector<Profile>& profiles, const Event& event,
                       const Moment& now);
// NotFound for an unknown id, Refused when it is already voided.
void void_event(Store& store, std::int64_t id, const std::string& reason, const std::string& by,
                const Moment& now);
std::vector<StoredEvent> list_events(const Store& store, const EventFilter& filter);

// The events cases give for days in [from, to]: each yellow or red card issued then and not
// revoked (source "case NUMBER", so that a profile counting a case's highest card only sees
// one matter; the note names the card), and, for each case finished then, `case_overdue`
// (value: working days late) when it was late, `notice_breach` (count: the breaches) and
// `bad_rating` (value: the rating) for a rating of 2 or less. A case's facts count on the day
// it was finished; its receiving clerk is the staff member.
std::vector<Event> case_events(const Store& store, const Calendar& calendar, Date from, Date to);

// The input of score(profile, ...) for `month`: the roster, the month's recorded events that
// are not voided and the earlier ones the profile looks back at (lookback_start), and the
// case events of the same days. `calendar` must outlive the result.
ScoringInput scoring_input(const Store& store, const Profile& profile, Month month, const Calendar& calendar);
// scoring_input for each of `months`, handed to `visit` in their order: the same inputs, with
// what does not change from month to month (the windows, the roster, the hall's hours, the
// complaints) read once, as a year's scoring needs twelve. One month's input is held at a time.
void for_each_scoring_input(const Store& store, const Profile& profile, std::span<const Month> months,
                            const Calendar& calendar, const std::function<void(const ScoringInput&)>& visit);

}  // namespace hall
