#pragma once
// Attendance (考勤) and leave (请假): the punches a time clock (考勤机) records, imported from
// its CSV export, and the leave the centre approves. What they cost is derived, never
// stored: late, early, off post, missed punches and absence per staff member and working
// day, computed from the punches, the leave and the hall's hours whenever a month is scored,
// so leave recorded later covers what it should. A punch or a leave is never edited or
// deleted.
//
// Readings of 004 七、考勤规范 where it is silent or contradicts itself:
// - A day has two sessions, morning and afternoon, each with an in and an out punch. The
//   punches of a day split at the middle of the lunch break; within a session the first
//   punch is the in punch and the last the out punch (a lone punch is the in punch before
//   the session's middle, the out punch after it), so coming at 10:30 is 120 minutes late,
//   not a missed punch. Punches
//   between them pair up as out-and-back-in: each pair is an absence from the post (脱岗),
//   in minutes. Punches within 5 minutes of the previous one are one punch (a repeated
//   press).
// - 一)2 calls a session with one punch of two 旷工, while 二)10 7) makes 4 missed punches
//   half a day: a session with one punch is a missed punch (未签到); a session with none,
//   on a working day the clock was in use and not covered by leave, is half a day absent.
// - Times are to the minute: 08:30:59 is 08:30, on time.
// - The days derived are the working days on which the clock recorded anyone's punch: a
//   day with no punch at all is a day the clock was off, not a day everyone was absent.
// - 二)10 5): 4 or more late or early in a month make half a day absent, once a month.
//   二)10 7): every 4 missed punches in a month make half a day absent (4 → ½, 8 → 1).

#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/complaints.h>
#include <hall/date.h>
#include <hall/registry.h>
#include <hall/scoring.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hall {

class Store;
struct CsvTable;

struct Punch {
    std::string staff;
    Moment at;
};

// One import of a punch log, as recorded.
struct PunchImport {
    std::int64_t id = 0;
    std::string file;
    std::string encoding;
    int rows = 0;
    int added = 0;
    int duplicates = 0;
    Moment imported_at;
};

// The hall's hours, minutes after midnight, from the case rules (policy.h).
struct HallHours {
    int am_start = 510;
    int am_end = 720;
    int pm_start = 870;
    int pm_end = 1080;
    int grace = 0;
};
// Refuses (Refused) hours out of order: each session must start before it ends, the
// morning before the afternoon.
HallHours hall_hours(const CasePolicy& policy);

enum class LeaveKind {
    personal,      // 事假
    sick,          // 病假
    annual,        // 年休假
    marriage,      // 婚假
    maternity,     // 产假
    family_visit,  // 探亲假
    bereavement,   // 丧假
    training,      // 培训、研究 (单位组织)
};
const char* leave_kind_id(LeaveKind kind);
std::optional<LeaveKind> parse_leave_kind(std::string_view text);
Text leave_kind_name(LeaveKind kind);
// Statutory leave and training fall outside the monthly quotas (004 七 二)9).
bool leave_counts_to_quota(LeaveKind kind);

// Who approved, from the lowest level up (004 七 二)1–4).
enum class Approval {
    centre,         // 政务服务中心
    unit,           // 所在单位 + 中心
    county_office,  // 县政府办公室
    county_leader,  // 县政府分管领导
};
const char* approval_id(Approval a);
std::optional<Approval> parse_approval(std::string_view text);
Text approval_name(Approval a);

struct Leave {
    std::int64_t id = 0;
    std::string staff;
    std::string window;  // the staff member's window when the leave was recorded
    Moment from;         // inclusive
    Moment to;           // inclusive
    LeaveKind kind = LeaveKind::personal;
    Approval approval = Approval::centre;
    std::string approved_by;
    std::string standin;  // staff code of the stand-in (顶岗), empty for none
    std::string note;
    double days = 0;            // working days covered, in half days
    bool single_clerk = false;  // the window had no other clerk when it was recorded
    Moment recorded_at;
};

// Working days of the sessions [from, to] overlaps, in halves (a session is half a day).
double leave_days(Moment from, Moment to, const Calendar& calendar, const HallHours& hours);
// The approval a leave of `days` needs under the policy's ladder.
Approval required_approval(double days, const CasePolicy& policy);

struct LeaveRequest {
    std::string staff;
    Moment from;
    Moment to;
    LeaveKind kind = LeaveKind::personal;
    Approval approval = Approval::centre;
    std::string approved_by;
    std::string standin;
    std::string note;
};

// `hall leave add`: refuses an unknown staff member or stand-in (NotFound), to < from, a
// stand-in who is the staff member or is on leave then, an approval below what the length
// needs, leave that would pass the month's quota (days or times, whichever first; chief
// representatives have their own), leave overlapping leave already recorded, a period in a
// year with no calendar (Refused). Records it in one transaction and returns it.
Leave add_leave(Store& store, const LeaveRequest& request, const Moment& now);

struct LeaveFilter {
    std::optional<std::string> staff;
    std::optional<std::string> window;
    std::optional<Date> from;  // leave ending on or after
    std::optional<Date> to;    // leave starting on or before
};

// The result of `hall attendance import`.
struct PunchImportResult {
    PunchImport import;
    std::optional<Date> first;
    std::optional<Date> last;
};

// Parses a time clock's CSV export (csv.h: UTF-8 with or without BOM, GB18030) and stores its
// punches in one transaction, each (staff, minute) once: importing the same file again adds
// nothing. A row with an unknown staff member, a time that does not parse, a time after `now`
// or in a year with no calendar refuses the whole file, naming the line (DataError,
// NotFound, Refused). Accepted headers: see punch_header_help().
PunchImportResult import_punches(Store& store, const std::filesystem::path& file, const Moment& now);
// The same for a punch log already read, such as one a time clock hands over without a file
// or the example hall's generated clock: checked and stored exactly as a file's rows are,
// recorded under `log.source` as its file name, errors naming its lines.
PunchImportResult import_punches(Store& store, const CsvTable& log, const Moment& now);
// The column names import_punches accepts, in both languages.
Text punch_header_help();

// What punches and leave give, for the working days in [from, to], as scoring events with a
// source naming the staff member and day ("attendance A01 2026-10-09") or the leave ("leave
// 3"): late and early (minutes), off_post (minutes), missed_punch, absent (value: days), and
// the month's conversions (absent ½ for the 4th late or early, for each 4th missed punch);
// leave_no_standin (value: days) for leave at a single-clerk window with no stand-in (004
// 十一(一)4; 顶岗制度 1). Pure: a roster, punches, leave and hours in; events out.
std::vector<Event> attendance_events(const std::vector<Staff>& roster, const std::vector<Punch>& punches,
                                     const std::vector<Leave>& leaves, const Calendar& calendar,
                                     const HallHours& hours, Date from, Date to);

// The events every record of the store gives for [from, to] (attendance, leave, complaints),
// for scoring_input. Whole months are derived: `from` is moved to its month's first day.
std::vector<Event> record_events(const Store& store, const Calendar& calendar, Date from, Date to);

// What record_events reads whatever the period: the roster, the hall's hours and every
// complaint (one verified in a period may have been received long before). Read once, it
// serves each month of a year's scoring.
struct RecordBasis {
    std::vector<Staff> roster;
    HallHours hours;
    std::vector<Complaint> complaints;
};
RecordBasis record_basis(const Store& store);
// record_events with the basis read beforehand: the same events.
std::vector<Event> record_events(const Store& store, const Calendar& calendar, const RecordBasis& basis,
                                 Date from, Date to);

}  // namespace hall
