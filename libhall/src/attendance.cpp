#include <hall/attendance.h>
#include <hall/bilingual.h>
#include <hall/complaints.h>
#include <hall/csv.h>
#include <hall/error.h>
#include <hall/policy.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace hall {
namespace {

// Two presses of the clock this close are one punch.
constexpr int repeat_press_minutes = 5;

struct Session {
    const char* id;  // "am", "pm"
    int start;
    int end;
};

std::optional<int> number(std::string_view s) {
    int value = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (s.empty() || s.size() > 4 || error != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return value;
}

std::vector<std::string_view> split_on(std::string_view s, std::string_view separators) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || separators.find(s[i]) != std::string_view::npos) {
            parts.push_back(s.substr(start, i - start));
            start = i + 1;
        }
    return parts;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// 2026-10-09, 2026/10/9, 2026.10.09
std::optional<Date> parse_clock_date(std::string_view s) {
    const auto parts = split_on(trim(s), "-/.");
    if (parts.size() != 3) return std::nullopt;
    const auto y = number(parts[0]), m = number(parts[1]), d = number(parts[2]);
    if (!y || !m || !d || parts[0].size() != 4) return std::nullopt;
    return Date::from_ymd(*y, *m, *d);
}

// 8:31, 08:31:05 (seconds are dropped: times are to the minute)
std::optional<int> parse_clock_time(std::string_view s) {
    const auto parts = split_on(trim(s), ":");
    if (parts.size() < 2 || parts.size() > 3) return std::nullopt;
    const auto h = number(parts[0]), m = number(parts[1]);
    if (!h || !m || *h > 23 || *m > 59 || parts[1].size() != 2) return std::nullopt;
    if (parts.size() == 3) {
        const auto sec = number(parts[2]);
        if (!sec || *sec > 59 || parts[2].size() != 2) return std::nullopt;
    }
    return *h * 60 + *m;
}

std::optional<Moment> parse_clock_moment(std::string_view s) {
    s = trim(s);
    const auto cut = s.find_first_of(" T");
    if (cut == std::string_view::npos) return std::nullopt;
    const auto date = parse_clock_date(s.substr(0, cut));
    const auto time = parse_clock_time(s.substr(cut + 1));
    if (!date || !time) return std::nullopt;
    return Moment{*date, *time};
}

Month month_of(Date d) {
    return Month{d.year(), d.month()};
}

std::string hhmm(int minute) {
    return fmt::format("{:02}:{:02}", minute / 60, minute % 60);
}

bool overlaps(const Leave& l, Date day, const Session& s) {
    return l.from < Moment{day, s.end} && l.to > Moment{day, s.start};
}

std::array<Session, 2> sessions(const HallHours& h) {
    return {Session{"am", h.am_start, h.am_end}, Session{"pm", h.pm_start, h.pm_end}};
}

Event staff_event(const char* kind, const Staff& s, Date day, std::string source) {
    Event e;
    e.kind = kind;
    e.window = s.window;
    e.staff = s.code;
    e.date = day;
    e.source = std::move(source);
    return e;
}

}  // namespace

HallHours hall_hours(const CasePolicy& p) {
    HallHours h{p.attendance_am_start, p.attendance_am_end, p.attendance_pm_start, p.attendance_pm_end,
                p.attendance_grace_minutes};
    if (!(h.am_start < h.am_end && h.am_end <= h.pm_start && h.pm_start < h.pm_end))
        throw Refused(bilingual(
            "作息时间顺序不对：上午 {0}–{1}，下午 {2}–{3}；请用 hall rules set 改正 attendance_* 规则",
            "the hall's hours are out of order: morning {0}–{1}, afternoon {2}–{3}; correct the attendance_* "
            "rules with 'hall rules set'",
            hhmm(h.am_start), hhmm(h.am_end), hhmm(h.pm_start), hhmm(h.pm_end)));
    return h;
}

const char* leave_kind_id(LeaveKind kind) {
    switch (kind) {
        case LeaveKind::personal:
            return "personal";
        case LeaveKind::sick:
            return "sick";
        case LeaveKind::annual:
            return "annual";
        case LeaveKind::marriage:
            return "marriage";
        case LeaveKind::maternity:
            return "maternity";
        case LeaveKind::family_visit:
            return "family_visit";
        case LeaveKind::bereavement:
            return "bereavement";
        case LeaveKind::training:
            return "training";
    }
    return "personal";
}

std::optional<LeaveKind> parse_leave_kind(std::string_view text) {
    for (auto k :
         {LeaveKind::personal, LeaveKind::sick, LeaveKind::annual, LeaveKind::marriage, LeaveKind::maternity,
          LeaveKind::family_visit, LeaveKind::bereavement, LeaveKind::training})
        if (text == leave_kind_id(k)) return k;
    return std::nullopt;
}

Text leave_kind_name(LeaveKind kind) {
    switch (kind) {
        case LeaveKind::personal:
            return {"事假", "personal leave"};
        case LeaveKind::sick:
            return {"病假", "sick leave"};
        case LeaveKind::annual:
            return {"年休假", "annual leave"};
        case LeaveKind::marriage:
            return {"婚假", "marriage leave"};
        case LeaveKind::maternity:
            return {"产假", "maternity leave"};
        case LeaveKind::family_visit:
            return {"探亲假", "family visit leave"};
        case LeaveKind::bereavement:
            return {"丧假", "bereavement leave"};
        case LeaveKind::training:
            return {"培训、研究", "training"};
    }
    return {"事假", "personal leave"};
}

bool leave_counts_to_quota(LeaveKind kind) {
    return kind == LeaveKind::personal || kind == LeaveKind::sick;
}

const char* approval_id(Approval a) {
    switch (a) {
        case Approval::centre:
            return "centre";
        case Approval::unit:
            return "unit";
        case Approval::county_office:
            return "county_office";
        case Approval::county_leader:
            return "county_leader";
    }
    return "centre";
}

std::optional<Approval> parse_approval(std::string_view text) {
    for (auto a : {Approval::centre, Approval::unit, Approval::county_office, Approval::county_leader})
        if (text == approval_id(a)) return a;
    return std::nullopt;
}

Text approval_name(Approval a) {
    switch (a) {
        case Approval::centre:
            return {"政务服务中心", "the centre"};
        case Approval::unit:
            return {"所在单位和中心", "the unit and the centre"};
        case Approval::county_office:
            return {"县政府办公室", "the county office"};
        case Approval::county_leader:
            return {"县政府分管领导", "a county leader"};
    }
    return {"政务服务中心", "the centre"};
}

double leave_days(Moment from, Moment to, const Calendar& calendar, const HallHours& hours) {
    Leave probe;
    probe.from = from;
    probe.to = to;
    int halves = 0;
    for (Date d = from.date; d <= to.date; d = d + 1) {
        if (!calendar.is_workday(d)) continue;
        for (const auto& s : sessions(hours))
            if (overlaps(probe, d, s)) ++halves;
    }
    return halves / 2.0;
}

Approval required_approval(double days, const CasePolicy& p) {
    if (days <= p.leave_centre_days) return Approval::centre;
    if (days <= p.leave_unit_days) return Approval::unit;
    if (days <= p.leave_office_days) return Approval::county_office;
    return Approval::county_leader;
}

Leave add_leave(Store& store, const LeaveRequest& r, const Moment& now) {
    const auto staff = store.find_staff(r.staff);
    if (!staff)
        throw NotFound(bilingual("没有工作人员 {0}；先用 hall staff add 登记",
                                 "unknown staff member {0}; add them with 'hall staff add'", r.staff));
    if (r.to < r.from)
        throw InvalidInput(bilingual("请假结束 {1} 早于开始 {0}",
                                     "the leave ends ({1}) before it starts ({0})", r.from.to_string(),
                                     r.to.to_string()));
    const Calendar calendar = store.load_calendar();
    for (int y = r.from.date.year(); y <= r.to.date.year(); ++y)
        if (!calendar.covers(y)) throw UncoveredYear(y);
    const CasePolicy policy = load_policy(store);
    const HallHours hours = hall_hours(policy);

    Leave leave;
    leave.staff = staff->code;
    leave.window = staff->window;
    leave.from = r.from;
    leave.to = r.to;
    leave.kind = r.kind;
    leave.approval = r.approval;
    leave.approved_by = r.approved_by;
    leave.standin = r.standin;
    leave.note = r.note;
    leave.recorded_at = now;
    leave.days = leave_days(r.from, r.to, calendar, hours);
    if (leave.days == 0)
        throw Refused(bilingual("{0} 至 {1} 没有工作时段：不需要请假",
                                "{0} to {1} covers no working hours: no leave is needed", r.from.to_string(),
                                r.to.to_string()));

    // 004 七 二)1–4: the level that must approve grows with the length.
    const Approval needed = required_approval(leave.days, policy);
    if (static_cast<int>(r.approval) < static_cast<int>(needed))
        throw Refused(
            Text{fmt::format("请假 {0} 天须由{1}批准（004 七 二）），登记的是{2}", leave.days,
                             approval_name(needed).zh, approval_name(r.approval).zh),
                 fmt::format("leave of {0} days must be approved by {1} (004, leave rules 1–4), not by {2}",
                             leave.days, approval_name(needed).en, approval_name(r.approval).en)});

    const auto roster = store.staff(staff->window);
    if (!r.standin.empty()) {
        const auto standin = store.find_staff(r.standin);
        if (!standin)
            throw NotFound(bilingual(
                "没有工作人员 {0}（顶岗人员）；先用 hall staff add 登记",
                "unknown staff member {0} (the stand-in); add them with 'hall staff add'", r.standin));
        if (standin->code == staff->code)
            throw Refused(bilingual("{0} 不能给自己顶岗", "{0} cannot stand in for themselves", r.standin));
        LeaveFilter busy;
        busy.staff = standin->code;
        busy.from = r.from.date;
        busy.to = r.to.date;
        for (const auto& l : store.leaves(busy))
            if (l.from <= r.to && l.to >= r.from)
                throw Refused(bilingual("顶岗人员 {0} 在 {1} 至 {2} 也在请假（请假 {3}）",
                                        "the stand-in {0} is on leave too from {1} to {2} (leave {3})",
                                        standin->code, l.from.to_string(), l.to.to_string(), l.id));
    }
    // A registered stand-in (顶岗人员) is no second clerk of the window.
    leave.single_clerk = std::count_if(roster.begin(), roster.end(),
                                       [](const Staff& s) { return s.role != StaffRole::standin; }) <= 1;

    LeaveFilter own;
    own.staff = staff->code;
    own.from = r.from.date;
    own.to = r.to.date;
    for (const auto& l : store.leaves(own))
        if (l.from <= r.to && l.to >= r.from)
            throw Refused(bilingual("{0} 在 {1} 至 {2} 已经请假（请假 {3}）",
                                    "{0} is already on leave from {1} to {2} (leave {3})", staff->code,
                                    l.from.to_string(), l.to.to_string(), l.id));

    // 004 七 二)9: monthly quotas of days or times, whichever comes first, for each month the
    // leave touches; statutory leave and training do not count.
    if (leave_counts_to_quota(r.kind)) {
        const bool chief = staff->role == StaffRole::chief;
        const int max_days = chief ? policy.leave_quota_chief_days : policy.leave_quota_staff_days;
        const int max_times = chief ? policy.leave_quota_chief_times : policy.leave_quota_staff_times;
        for (Month m = Month{r.from.date.year(), r.from.date.month()};
             m <= Month{r.to.date.year(), r.to.date.month()}; m = month_of(m.last_day() + 1)) {
            const Moment first{m.first_day(), 0}, last{m.last_day(), 24 * 60 - 1};
            double days = leave_days(std::max(first, r.from), std::min(last, r.to), calendar, hours);
            int times = 1;
            LeaveFilter month_filter;
            month_filter.staff = staff->code;
            month_filter.from = m.first_day();
            month_filter.to = m.last_day();
            for (const auto& l : store.leaves(month_filter)) {
                if (!leave_counts_to_quota(l.kind)) continue;
                ++times;
                days += leave_days(std::max(first, l.from), std::min(last, l.to), calendar, hours);
            }
            if (days > max_days || times > max_times)
                throw Refused(
                    Text{fmt::format(
                             "{0} 在 {1} 的请假将达 {2} 天 {3} 次，超过{4}每月 {5} 天或 {6} 次的限额（004 七 "
                             "二）9）",
                             staff->code, m.to_string(), days, times, chief ? "首席代表" : "窗口工作人员",
                             max_days, max_times),
                         fmt::format(
                             "{0}'s leave in {1} would reach {2} days in {3} {7}, over the monthly quota of "
                             "{4} days or {5} times for {6} (004, leave rules 9)",
                             staff->code, m.to_string(), days, times, max_days, max_times,
                             chief ? "a chief representative" : "a window clerk",
                             plural(times, "leave", "leaves"))});
        }
    }

    Store::Transaction tx(store);
    leave.id = store.insert_leave(leave);
    tx.commit();
    return leave;
}

Text punch_header_help() {
    return Text{
        "表头须有工号列（工号、人员编号、员工编号、编号）和打卡时间列（打卡时间、考勤时间、签到时间、"
        "日期时间、时间），或日期列（日期、打卡日期）加时间列（时间、打卡时间）；英文表头 staff、time 或 "
        "date + time 亦可。时间如 2026-10-09 08:31 或 2026/10/9 8:31:05，秒数不计。",
        "the header needs a staff column (staff, staff_code, code, 工号, 人员编号, 员工编号, 编号) and a "
        "time "
        "column (time, datetime, punched_at, 打卡时间, 考勤时间, 签到时间, 日期时间, 时间), or a date column "
        "(date, 日期, 打卡日期) with a time column; times such as 2026-10-09 08:31 or 2026/10/9 8:31:05, "
        "seconds dropped."};
}

namespace {

PunchImportResult import_punch_table(Store& store, const CsvTable& table, const std::string& name,
                                     const Moment& now) {
    const auto staff_col =
        table.column({"工号", "人员编号", "员工编号", "编号", "staff", "staff_code", "code"});
    const auto date_col = table.column({"日期", "打卡日期", "date"});
    const auto time_col = date_col ? table.column({"时间", "打卡时间", "time"})
                                   : table.column({"打卡时间", "考勤时间", "签到时间", "日期时间", "时间",
                                                   "time", "datetime", "punched_at"});
    if (!staff_col || !time_col) {
        const Text help = punch_header_help();
        throw DataError(Text{fmt::format("{0} 第 1 行：表头不认识；{1}", table.source, help.zh),
                             fmt::format("{0} line 1: header not recognised; {1}", table.source, help.en)});
    }
    const Calendar calendar = store.load_calendar();
    std::map<std::string, bool> known;
    for (const auto& s : store.staff(std::nullopt)) known[s.code] = true;

    std::vector<Punch> punches;
    punches.reserve(table.rows.size());
    PunchImportResult result;
    for (const auto& row : table.rows) {
        const auto at_line = [&](const Text& why) {
            return Text{fmt::format("{0} 第 {1} 行：{2}", table.source, row.line, why.zh),
                        fmt::format("{0} line {1}: {2}", table.source, row.line, why.en)};
        };
        const std::string code(trim(row.fields[*staff_col]));
        if (code.empty()) throw DataError(at_line({"工号为空", "the staff code is empty"}));
        if (!known.count(code))
            throw NotFound(
                at_line(bilingual("没有工作人员 {0}；先用 hall staff add 登记",
                                  "unknown staff member {0}; add them with 'hall staff add'", code)));
        std::optional<Moment> at;
        std::string shown(row.fields[*time_col]);
        if (date_col) {
            const auto d = parse_clock_date(row.fields[*date_col]);
            const auto t = parse_clock_time(row.fields[*time_col]);
            if (d && t) at = Moment{*d, *t};
            shown = fmt::format("{} {}", row.fields[*date_col], row.fields[*time_col]);
        } else {
            at = parse_clock_moment(row.fields[*time_col]);
        }
        if (!at)
            throw DataError(
                at_line(bilingual("打卡时间“{0}”无法识别：应如 2026-10-09 08:31",
                                  "punch time '{0}' does not parse: write it as 2026-10-09 08:31", shown)));
        if (*at > now)
            throw Refused(at_line(
                bilingual("打卡时间 {0} 尚未到来", "the punch time {0} is in the future", at->to_string())));
        if (!calendar.covers(at->date.year()))
            throw Refused(
                at_line(bilingual("{0} 年没有工作日历：先用 hall cal import 导入",
                                  "no calendar for {0}: import it with 'hall cal import'", at->date.year())));
        if (!result.first || at->date < *result.first) result.first = at->date;
        if (!result.last || at->date > *result.last) result.last = at->date;
        punches.push_back(Punch{code, *at});
    }
    PunchImport meta;
    meta.file = name;
    meta.encoding = to_string(table.encoding);
    meta.rows = static_cast<int>(table.rows.size());
    meta.imported_at = now;
    Store::Transaction tx(store);
    result.import = store.insert_punches(punches, meta);
    tx.commit();
    return result;
}

}  // namespace

PunchImportResult import_punches(Store& store, const std::filesystem::path& file, const Moment& now) {
    // Messages name the path given; the import records the file's own name.
    return import_punch_table(store, read_csv_file(file), file.filename().string(), now);
}

PunchImportResult import_punches(Store& store, const CsvTable& log, const Moment& now) {
    return import_punch_table(store, log, log.source, now);
}

std::vector<Event> attendance_events(const std::vector<Staff>& roster, const std::vector<Punch>& punches,
                                     const std::vector<Leave>& leaves, const Calendar& calendar,
                                     const HallHours& hours, Date from, Date to) {
    from = Date::from_ymd(from.year(), from.month(), 1).value_or(from);
    std::vector<Event> out;

    // The days the clock was in use: working days with anyone's punch.
    std::set<Date> clock_days;
    std::map<std::string, std::map<Date, std::vector<int>>> by_staff;
    for (const auto& p : punches) {
        if (p.at.date < from || p.at.date > to) continue;
        if (!calendar.covers(p.at.date.year()) || !calendar.is_workday(p.at.date)) continue;
        clock_days.insert(p.at.date);
        by_staff[p.staff][p.at.date].push_back(p.at.minute);
    }
    // A day's punches in the order of the clock, whatever order they came in.
    for (auto& [code, days] : by_staff)
        for (auto& [day, minutes] : days) std::sort(minutes.begin(), minutes.end());
    std::map<std::string, std::vector<const Leave*>> leave_of;
    for (const auto& l : leaves) leave_of[l.staff].push_back(&l);

    const int split = (hours.am_end + hours.pm_start) / 2;
    std::vector<const Staff*> staff;
    for (const auto& s : roster) staff.push_back(&s);
    std::sort(staff.begin(), staff.end(), [](const Staff* a, const Staff* b) { return a->code < b->code; });

    for (const Staff* s : staff) {
        const auto& days = by_staff[s->code];
        const auto& own_leave = leave_of[s->code];
        // The month's running counts, for 004 七 二)10 5) and 7).
        std::optional<Month> month;
        int late_early = 0, missed = 0;
        for (const Date day : clock_days) {
            const Month m = month_of(day);
            if (month != m) {
                month = m;
                late_early = 0;
                missed = 0;
            }
            // A stand-in (顶岗) is at the hall only on the days they stand in.
            if (s->role == StaffRole::standin && !days.count(day)) continue;
            const std::string source = fmt::format("attendance {} {}", s->code, day.to_string());
            std::vector<int> minutes;
            if (auto it = days.find(day); it != days.end()) {
                minutes = it->second;
                std::sort(minutes.begin(), minutes.end());
                std::vector<int> kept;
                for (int t : minutes)
                    if (kept.empty() || t - kept.back() >= repeat_press_minutes) kept.push_back(t);
                minutes = std::move(kept);
            }
            int absent_halves = 0;
            std::string absent_note;
            std::vector<Event> day_events;
            const auto count_late_early = [&](Event e) {
                day_events.push_back(std::move(e));
                if (++late_early == 4) {
                    Event a = staff_event("absent", *s, day,
                                          fmt::format("attendance {} {}", s->code, m.to_string()));
                    a.value = 0.5;
                    a.note = fmt::format("4 late/early in {} (004 七 二)10 5))", m.to_string());
                    day_events.push_back(std::move(a));
                }
            };
            const auto count_missed = [&](Event e) {
                day_events.push_back(std::move(e));
                if (++missed % 4 == 0) {
                    Event a = staff_event("absent", *s, day,
                                          fmt::format("attendance {} {}", s->code, m.to_string()));
                    a.value = 0.5;
                    a.note = fmt::format("{} missed punches in {} (004 七 二)10 7))", missed, m.to_string());
                    day_events.push_back(std::move(a));
                }
            };
            for (const auto& session : sessions(hours)) {
                const bool covered = std::any_of(own_leave.begin(), own_leave.end(),
                                                 [&](const Leave* l) { return overlaps(*l, day, session); });
                if (covered) continue;
                std::vector<int> p;
                for (int t : minutes)
                    if ((session.start == hours.am_start) == (t < split)) p.push_back(t);
                if (p.empty()) {
                    ++absent_halves;
                    absent_note += absent_note.empty() ? session.id : std::string("+") + session.id;
                    continue;
                }
                const int mid = (session.start + session.end) / 2;
                std::optional<int> punch_in, punch_out;
                // The first punch is the in punch and the last the out punch; a lone punch is
                // the in punch before the session's middle, the out punch after it.
                std::size_t first = 0, last = p.size();
                if (p.size() == 1) {
                    (p.front() < mid ? punch_in : punch_out) = p.front();
                } else {
                    punch_in = p.front();
                    punch_out = p.back();
                    first = 1;
                    last = p.size() - 1;
                }
                if (!punch_in) {
                    Event e = staff_event("missed_punch", *s, day, source);
                    e.note = fmt::format("{} in", session.id);
                    count_missed(std::move(e));
                } else if (*punch_in > session.start + hours.grace) {
                    Event e = staff_event("late", *s, day, source);
                    e.minutes = *punch_in - session.start;
                    e.note = fmt::format("{} in {}", session.id, hhmm(*punch_in));
                    count_late_early(std::move(e));
                }
                // Between in and out: each pair is a time away from the post; an unpaired
                // punch says nothing certain and is ignored.
                for (std::size_t i = first; i + 1 < last; i += 2) {
                    Event e = staff_event("off_post", *s, day, source);
                    e.minutes = p[i + 1] - p[i];
                    e.note = fmt::format("{} {}–{}", session.id, hhmm(p[i]), hhmm(p[i + 1]));
                    day_events.push_back(std::move(e));
                }
                if (!punch_out) {
                    Event e = staff_event("missed_punch", *s, day, source);
                    e.note = fmt::format("{} out", session.id);
                    count_missed(std::move(e));
                } else if (*punch_out < session.end - hours.grace) {
                    Event e = staff_event("early", *s, day, source);
                    e.minutes = session.end - *punch_out;
                    e.note = fmt::format("{} out {}", session.id, hhmm(*punch_out));
                    count_late_early(std::move(e));
                }
            }
            if (absent_halves > 0) {
                // 004 七 一)2, 二)10 1): not at work and no leave.
                Event e = staff_event("absent", *s, day, source);
                e.value = absent_halves / 2.0;
                e.note = absent_note;
                out.push_back(std::move(e));
            }
            out.insert(out.end(), std::make_move_iterator(day_events.begin()),
                       std::make_move_iterator(day_events.end()));
        }
    }

    // 004 十一(一)4, 顶岗制度 1: a single-clerk window on leave needs a stand-in.
    for (const auto& l : leaves) {
        if (!l.single_clerk || !l.standin.empty()) continue;
        const Moment first = std::max(l.from, Moment{from, 0});
        const Moment last = std::min(l.to, Moment{to, 24 * 60 - 1});
        if (last < first) continue;
        bool covered_years = true;
        for (int y = first.date.year(); y <= last.date.year(); ++y)
            covered_years = covered_years && calendar.covers(y);
        if (!covered_years) continue;
        const double days = leave_days(first, last, calendar, hours);
        if (days <= 0) continue;
        Event e;
        e.kind = "leave_no_standin";
        e.window = l.window;
        e.staff = l.staff;
        e.date = first.date;
        e.value = days;
        e.note = fmt::format("{} {}–{}", leave_kind_id(l.kind), l.from.to_string(), l.to.to_string());
        e.source = fmt::format("leave {}", l.id);
        out.push_back(std::move(e));
    }
    std::stable_sort(out.begin(), out.end(), [](const Event& a, const Event& b) { return a.date < b.date; });
    return out;
}

RecordBasis record_basis(const Store& store) {
    // A complaint verified or answered in the period may have been received long before.
    return RecordBasis{store.staff(std::nullopt), hall_hours(load_policy(store)),
                       store.complaints(ComplaintFilter{})};
}

std::vector<Event> record_events(const Store& store, const Calendar& calendar, Date from, Date to) {
    return record_events(store, calendar, record_basis(store), from, to);
}

std::vector<Event> record_events(const Store& store, const Calendar& calendar, const RecordBasis& basis,
                                 Date from, Date to) {
    from = Date::from_ymd(from.year(), from.month(), 1).value_or(from);
    LeaveFilter lf;
    lf.from = from;
    lf.to = to;
    const auto leaves = store.leaves(lf);
    auto out =
        attendance_events(basis.roster, store.punches(from, to), leaves, calendar, basis.hours, from, to);
    auto more = complaint_events(basis.complaints, calendar, from, to);
    out.insert(out.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    return out;
}

}  // namespace hall
