#pragma once
// The hall's bulletins (SPEC §6): the weekly one for the Friday meeting and the monthly
// 行政审批简报 at month end (002 窗口工作通报制度 4: 周例会每周五, 《行政审批简报》每月末), the
// per-window statistics table filed by the 2nd (004 协同办公平台数字录入制度 3: 每月2日前报送
// 上一个月的行政审批事项统计表), and the yearly summary (001: 受理、办结、办结率).
//
// A bulletin is a Document (document.h), so every format is a renderer of the same value.
// It is built section by section; each section is one function of the store and the period
// (BulletinInput), adds its blocks and its member of the JSON, and knows nothing of the
// others, so a new section (complaints, attendance, ...) is one more function in the list.
// Case figures are added up by the store (Store::received_groups, finished_groups), once per
// bulletin.

#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/date.h>
#include <hall/document.h>
#include <hall/json.h>
#include <hall/registry.h>

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hall {

class Store;

// A bulletin's period: an ISO week (Monday to Sunday), a calendar month or a year.
struct ReportPeriod {
    enum class Kind { week, month, year };
    Kind kind = Kind::month;
    Date first;
    Date last;
    std::string id;  // "2026-W44", "2026-10", "2026"

    // Exactly YYYY-Www (an ISO week the year has), YYYY-MM, YYYY; nothing otherwise.
    static std::optional<ReportPeriod> week(std::string_view text);
    static std::optional<ReportPeriod> month(std::string_view text);
    static std::optional<ReportPeriod> year(std::string_view text);
    // The last period of this kind that has ended before `today`.
    static ReportPeriod last_complete(Kind kind, Date today);

    // "2026 年第 44 周（2026-10-26 至 2026-11-01）" / "week 2026-W44 (2026-10-26 to 2026-11-01)"
    Text name() const;
    const char* kind_id() const;
};

enum class ReportKind { weekly, monthly, yearly, stats };
const char* report_kind_id(ReportKind kind);

// What the case passes find for a period, kept per window, class, item and month.
struct CaseCounts {
    std::int64_t received = 0;
    std::int64_t finished = 0;  // finished in the period, whenever received
    std::int64_t on_time = 0;   // of those finished, not late
    std::int64_t late = 0;
    std::int64_t timed = 0;      // finished cases with a clock start, for the average
    std::int64_t work_days = 0;  // their working days from clock start to finish
    bool operator==(const CaseCounts&) const = default;
};

struct OverdueCase {
    std::string number;
    std::string item_name;
    std::string window;
    std::string applicant;  // masked (mask_name)
    Date deadline;
    std::optional<Moment> finished;  // none: still without a result at the period's end
    int days_late = 0;               // working days after the deadline: to the finish, or to the period's end
    CaseState state = CaseState::open;
    bool operator==(const OverdueCase&) const = default;
};

struct ProvisionalCase {
    std::string number;
    std::string item_name;
    std::string window;
    Date deadline;
    bool operator==(const ProvisionalCase&) const = default;
};

struct ItemFigures {
    std::string code;
    std::string name;
    std::string window;
    Limit promised;
    CaseCounts counts;
    bool operator==(const ItemFigures&) const = default;
};

// Where the time of the cases finished in the period went, in working days.
struct TimeSpent {
    std::int64_t waiting_cases = 0;  // waited for materials before the clock started
    std::int64_t waiting_days = 0;
    std::int64_t paused_cases = 0;  // paused (hearing, expert review, public notice)
    std::int64_t paused_days = 0;
    std::int64_t authority_cases = 0;  // forwarded upstream, until the authority's decision
    std::int64_t authority_days = 0;
    bool operator==(const TimeSpent&) const = default;
};

// The national 好差评 figures for the ratings of the cases finished in the period.
struct Satisfaction {
    std::array<std::int64_t, 5> by_rating{};  // index 0: rating 1 (非常不满意) ... 4: rating 5
    std::int64_t bad = 0;                     // ratings of 2 or less (差评)
    std::int64_t answered_on_time = 0;        // answered within follow_up_days (整改)
    std::int64_t answered_late = 0;
    std::int64_t unanswered = 0;
    std::int64_t total() const;
    bool operator==(const Satisfaction&) const = default;
};

struct CaseFigures {
    CaseCounts all;
    std::map<std::string, CaseCounts> by_window;  // by window code
    std::map<CaseClass, CaseCounts> by_class;
    std::map<std::pair<std::string, CaseClass>, std::int64_t> window_class;  // received, by window and class
    std::map<std::string, ItemFigures> by_item;                              // by item code
    std::map<Month, CaseCounts> by_month;
    // Finished late in the period, then still open with a deadline that passed in the period.
    std::vector<OverdueCase> overdue;
    std::vector<ProvisionalCase> provisional;
    TimeSpent time;
    Satisfaction satisfaction;
    bool operator==(const CaseFigures&) const = default;
};

// Reads the period's cases: those received in it, those finished in it, and those still open
// whose deadline passed in it. The store adds them up from each case's cached status and
// figures (CaseStatus::work_days and the rest), a group per window, class, item and month;
// only the short lists (overdue, provisional) are read case by case, and only `with_lists`
// (a year's run to tens of thousands, and the yearly summary shows none).
CaseFigures case_figures(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                         const ReportPeriod& period, bool with_lists = true);
// The same figures from a pass over the cases, replaying each one finished in the period: for
// a store with cases saved before it cached their figures, and the reference the cached
// figures are tested against.
CaseFigures replayed_case_figures(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                                  const ReportPeriod& period);

struct BulletinInput {
    const Store& store;
    const Calendar& calendar;
    const CasePolicy& policy;
    ReportPeriod period;
    Date today;
    std::filesystem::path data_dir;  // the scoring profiles
    std::string profile;             // the scoring profile; empty: the store's default
    const CaseFigures& cases;
    std::vector<Window> windows;
};

// A section adds its blocks to the document and its member to the JSON object.
using BulletinSection = std::function<void(const BulletinInput&, Document&, Json&)>;

void cases_section(const BulletinInput& in, Document& doc, Json& json);
void overdue_section(const BulletinInput& in, Document& doc, Json& json);
void items_section(const BulletinInput& in, Document& doc, Json& json);
void time_section(const BulletinInput& in, Document& doc, Json& json);
void cards_section(const BulletinInput& in, Document& doc, Json& json);
void satisfaction_section(const BulletinInput& in, Document& doc, Json& json);
// The month's ranking, red flags and alerts from hall::score; for a year, the aggregated
// ranking; a week has no score of its own (scoring is monthly).
void scores_section(const BulletinInput& in, Document& doc, Json& json);
void months_section(const BulletinInput& in, Document& doc, Json& json);
// Attendance and leave by window, derived from the punches and the leave as scoring does;
// complaints (received, answered on time or late, verified or dismissed, by channel) and
// praise; the front-desk log (首问负责). 002 窗口工作通报制度 2 lists them in a bulletin.
void attendance_section(const BulletinInput& in, Document& doc, Json& json);
void complaints_section(const BulletinInput& in, Document& doc, Json& json);
void asks_section(const BulletinInput& in, Document& doc, Json& json);
// The per-window statistics table (004: 行政审批事项统计表).
void statistics_section(const BulletinInput& in, Document& doc, Json& json);

// The sections each report kind carries, in order.
std::vector<BulletinSection> bulletin_sections(ReportKind kind);

// Builds the report: title, the sections, and the JSON (documented in docs/reports.md):
// {"report", "period": {"kind", "id", "from", "to"}, one member per section}.
Document build_report(ReportKind kind, const BulletinInput& in);

}  // namespace hall
