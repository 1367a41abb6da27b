#pragma once
// Scoring (考核): rule profiles as data (data/rules/*.toml, read by read_profile_file) and
// the monthly scorer, a pure function of a profile, a roster and a month of events. Every
// point of a score is a line that names the event, case or rule it comes from, so that the
// director can defend it at the monthly meeting.
//
// Tie-break for ranks and flags: the profile lists its keys (`tie_break`), from
//   score       higher score first
//   deductions  fewer points lost by events first (before floors: a window that lost 15 in a
//               category floored at 10 lost more than one that lost 10)
//   incidents   fewer deduction lines first
//   bonus       more points earned first
// and the code (window or staff code, ascending) always decides last, so the order is total
// and the same store gives the same ranking. Ranks are positions in that order (1, 2, 3 ...).

#include <hall/calendar.h>
#include <hall/date.h>
#include <hall/error.h>
#include <hall/registry.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hall {

enum class Period { month, quarter, year };
// What a rule's points are multiplied by: the event's count, its days (value, else count),
// its half-days, or its value.
enum class Per { occurrence, day, half_day, value };
enum class Subject { window, staff };
// 004 ⑨ charges every card; a hall may charge a case only its highest card (SCORING.md F8).
enum class CardCount { per_card, highest };
enum class YearMode { sum, average };
// deduction: starts at max, floors at 0; earned: starts at 0, capped at max; open (no max):
// lines add up with no bound, for schemes such as 001 that give no category maxima.
enum class CategoryKind { deduction, earned, open };
enum class Measure { count, days };
enum class TieKey { score, deductions, incidents, bonus };
enum class AlertKind {
    return_to_unit,   // 退回原单位 (004 十二)
    excellence_lost,  // 取消评优资格 (001 第二十五条)
    bulletin,         // 通报批评
};

const char* period_id(Period p);
const char* alert_kind_id(AlertKind k);
const char* subject_id(Subject s);

struct Category {
    std::string id;
    Text name;
    std::string source;
    CategoryKind kind = CategoryKind::deduction;
    double max = 0;  // not used by open categories
};

// One step of a quantity rule: applies when the event's minutes are strictly over `over`
// (超过 is strict, SCORING.md F2). An occurrence always costs at least the first step.
struct Threshold {
    double over = 0;
    double points = 0;
    double absent_days = 0;  // "按旷工半天处理": the occurrence also counts as absence
};

struct Level {
    std::string name;  // "default" applies to an event with no level
    double points = 0;
};

// A rule: one event kind in one category of one scheme. Exactly one form is set:
// points, escalation, thresholds, zero, scale or levels.
struct Rule {
    std::string kind;
    std::string category;
    Text name;
    std::string source;  // the clause, e.g. "004 十 3 ②"
    int line = 0;        // where the profile defines it

    std::optional<double> points;
    Per per = Per::occurrence;
    std::vector<double> escalation;  // n-th occurrence; the last step repeats
    std::vector<std::string> count_with;
    Period period = Period::month;
    std::vector<Threshold> thresholds;
    bool zero = false;            // 此项不得分: the category scores 0
    std::optional<double> scale;  // the category scores mean(value) × scale
    double value_max = 100;       // the largest value a scaled or per-value event may carry
    std::vector<Level> levels;

    bool once_per_note = false;  // one matter (same note) counts once, at its highest
    bool each_staff = false;     // staff scheme: an event with no staff counts for each
                                 // staff member of its window (人平, SCORING.md F10)
    double absent_days = 0;      // the occurrence also counts as this many days of absence
};

struct ZeroRule {
    std::vector<std::string> kinds;
    Measure measure = Measure::count;
    Period period = Period::month;
    double at_least = 1;
    Text name;
    std::string source;
};

struct Veto {
    std::vector<std::string> kinds;
    Text name;
    std::string source;
};

// 001 第十七条(二): each full `every` points a staff member loses cost the window `points`.
struct Propagation {
    std::string category;
    double every = 5;
    double points = -2;
    std::string source;
};

// 001 第二十四条(四): each staff member of a window that won a flag gains `points`.
struct FlagBonus {
    std::string category;
    double points = 2;
    std::string source;
};

struct Scheme {
    Subject subject = Subject::window;
    double base = 0;  // added to the categories' starting points
    int flags = 0;
    YearMode year = YearMode::sum;
    std::vector<TieKey> tie_break{TieKey::score, TieKey::deductions, TieKey::incidents};
    std::vector<Category> categories;
    std::vector<Rule> rules;
    std::vector<ZeroRule> zero_month;
    std::vector<Veto> vetoes;
    std::optional<Propagation> propagation;
    std::optional<FlagBonus> flag_bonus;

    const Category* find_category(const std::string& id) const;
    const Rule* find_rule(const std::string& kind) const;
};

// An alert about a staff member. Forms: a total over the period (`at_least`), per level
// (`same_level`: the same banned act), one event over a value (`value_over`), or
// `at_least` consecutive events within `within_workdays` working days.
struct AlertRule {
    AlertKind kind = AlertKind::return_to_unit;
    Text name;
    std::string source;
    std::vector<std::string> kinds;
    Period period = Period::month;
    Measure measure = Measure::count;
    double at_least = 1;
    bool same_level = false;
    std::optional<double> value_over;
    std::optional<int> within_workdays;
};

struct Profile {
    std::string name;
    Text title;
    std::string source;
    Text note;
    CardCount cards = CardCount::per_card;
    std::optional<Scheme> window;
    std::optional<Scheme> staff;
    std::vector<AlertRule> alerts;
};

// Throw DataError whose text starts with file:line for a malformed profile: unknown keys,
// values out of range, unknown categories or kinds, a rule with no form or two.
Profile parse_profile(const std::string& text, const std::string& file_name);
Profile read_profile_file(const std::filesystem::path& path);

// `hall event kinds`: every kind a profile scores, with its rule in words.
struct EventKind {
    std::string kind;
    std::string profile;
    Subject subject = Subject::window;
    std::string category;
    std::optional<double> points;  // the fixed points, or the first step; none for zero/scale
    Text name;
    Text rule;  // the form in words: "1st −1, 2nd −2, then −2 each"
    std::string source;
};
std::vector<EventKind> event_kinds(const Profile& profile);

// A scored fact. Cases arrive as events too (yellow_card, case_overdue, ...), with `source`
// naming the case.
struct Event {
    std::int64_t id = 0;
    std::string kind;
    std::string window;
    std::string staff;  // empty: the window as a whole
    Date date;
    int count = 1;
    std::optional<int> minutes;
    std::optional<double> value;
    std::string level;
    std::string note;
    std::string source;  // "event 17", "case 20261020-0003", "card 12"
};

// Refuses (InvalidInput) an event the profile's rule for its kind cannot score: off_post
// with no minutes, panel_rating with no value or one over value_max, an article whose level
// the rule does not know. A kind the profile does not score passes (see event_kinds).
void check_event(const Profile& profile, const Event& event);

struct ScoringInput {
    Month month;
    std::vector<Window> windows;
    std::vector<Staff> staff;
    // The month's events, and the earlier ones lookback_kinds(profile, month) names, for
    // rules counting over a quarter or a year. Events after the month are ignored.
    std::vector<Event> events;
    // The windows that won a flag this month when another profile awards them; otherwise
    // the profile's own window flags feed its flag bonus.
    std::optional<std::vector<std::string>> flag_windows;
    // Needed only by alerts with `within_workdays`.
    const Calendar* calendar = nullptr;
};

// The earlier events the scorer needs for `month`, besides the month's own: each kind with
// the first day it is counted from (its rule's or alert's period). Other earlier events are
// ignored, so a store may load just these.
struct Lookback {
    std::string kind;
    Date from;
};
std::vector<Lookback> lookback_kinds(const Profile& profile, Month month);
// The earliest of those days (the month's first day when nothing earlier counts).
Date lookback_start(const Profile& profile, Month month);

struct Line {
    std::string category;  // empty for a line on the whole score
    double points = 0;
    Text why;
    std::string source;  // the event, case or flag; "profile NAME" for floors and caps
    std::string clause;  // the rule's clause in the seeds
};

struct CategoryScore {
    std::string id;
    double score = 0;
    double max = 0;  // 0 for open categories
};

struct Entry {
    int rank = 0;
    std::string window;
    std::string staff;  // empty in the window ranking
    double score = 0;
    bool flag = false;
    bool eligible = true;      // false: a veto bars a flag this month
    std::vector<Line> vetoes;  // why not eligible
    std::vector<CategoryScore> categories;
    std::vector<Line> lines;
};

struct Alert {
    AlertKind kind = AlertKind::return_to_unit;
    std::string staff;
    std::string window;
    Text why;
    std::string source;
    std::string clause;
};

struct Scorecard {
    Month month;
    std::string profile;
    std::vector<Entry> windows;  // ranked; empty when the profile has no window scheme
    std::vector<Entry> staff;    // ranked; empty when the profile has no staff scheme
    std::vector<Alert> alerts;   // by staff code, then the profile's order
};

Scorecard score(const Profile& profile, const ScoringInput& input);

struct YearEntry {
    int rank = 0;
    std::string window;
    std::string staff;
    double score = 0;  // the sum or the average of the months, as the scheme says
    int months = 0;
    int flags = 0;
};

struct YearScorecard {
    int year = 0;
    std::string profile;
    std::vector<YearEntry> windows;
    std::vector<YearEntry> staff;
};

// Ranks by the aggregated score, then the number of flags, then the code.
YearScorecard aggregate_year(const Profile& profile, int year, const std::vector<Scorecard>& months);

}  // namespace hall
