// The bulletin's sections on people rather than cases: attendance and leave, complaints and
// praise, and the front-desk log. 002 窗口工作通报制度 2 lists them among what a bulletin
// reports (工作人员出勤和日常表现; 办事群众对于窗口及其工作人员的表扬和投诉), and the
// Friday meeting opens with them (周例会 5.1 通报本周纪律及考勤情况).
#include <hall/asks.h>
#include <hall/attendance.h>
#include <hall/complaints.h>
#include <hall/events.h>
#include <hall/policy.h>
#include <hall/report.h>
#include <hall/store.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "blocks.h"

namespace hall {

using namespace report_blocks;

namespace {

// Days in halves, as leave and absence are counted: 0.5, 1, 1.5.
Decimal half_days(double days) {
    const auto halves = static_cast<std::int64_t>(std::llround(days * 2));
    return Decimal{halves * 5, 1};
}

Json half_days_json(double days) {
    return Json(static_cast<double>(std::llround(days * 2)) / 2);
}

struct AttendanceFigures {
    std::int64_t late = 0;
    std::int64_t early = 0;
    std::int64_t off_post = 0;
    std::int64_t off_post_minutes = 0;
    std::int64_t missed_punches = 0;
    double absent_days = 0;
    std::int64_t leaves = 0;
    double leave_days = 0;
    double no_standin_days = 0;
};

Json attendance_json(const AttendanceFigures& a) {
    return Json::object()
        .set("late", a.late)
        .set("early", a.early)
        .set("off_post", a.off_post)
        .set("off_post_minutes", a.off_post_minutes)
        .set("missed_punches", a.missed_punches)
        .set("absent_days", half_days_json(a.absent_days))
        .set("leaves", a.leaves)
        .set("leave_days", half_days_json(a.leave_days))
        .set("no_standin_days", half_days_json(a.no_standin_days));
}

struct ComplaintFigures {
    std::int64_t received = 0;
    std::int64_t answered_on_time = 0;
    std::int64_t answered_late = 0;
    std::int64_t overdue = 0;  // unanswered past the deadline, and not settled within it
    std::int64_t verified = 0;
    std::int64_t dismissed = 0;
    std::int64_t praise = 0;  // thanks letters, banners and articles recorded as events
};

Json complaint_json(const ComplaintFigures& c) {
    return Json::object()
        .set("received", c.received)
        .set("answered_on_time", c.answered_on_time)
        .set("answered_late", c.answered_late)
        .set("overdue", c.overdue)
        .set("verified", c.verified)
        .set("dismissed", c.dismissed)
        .set("praise", c.praise);
}

// The kinds of praise a profile rewards (004 ⑩, 001 第二十一条): a thanks letter, a
// banner, an article about the window.
bool is_praise(const std::string& kind) {
    return kind == "thanks_letter" || kind == "banner" || kind == "article";
}

}  // namespace

void attendance_section(const BulletinInput& in, Document& doc, Json& json) {
    const Date from = in.period.first;
    const Date to = std::min(in.period.last, in.today);
    std::map<std::string, AttendanceFigures> by_window;
    AttendanceFigures all;
    auto add = [&](const std::string& window, auto&& f) {
        f(all);
        f(by_window[window]);
    };
    LeaveFilter lf;
    lf.from = from;
    lf.to = to;
    const auto leaves = in.store.leaves(lf);
    if (from <= to) {
        const HallHours hours = hall_hours(in.policy);
        for (const auto& e : attendance_events(in.store.staff(std::nullopt), in.store.punches(from, to),
                                               leaves, in.calendar, hours, from, to)) {
            if (e.kind == "late")
                add(e.window, [](AttendanceFigures& a) { ++a.late; });
            else if (e.kind == "early")
                add(e.window, [](AttendanceFigures& a) { ++a.early; });
            else if (e.kind == "off_post")
                add(e.window, [&](AttendanceFigures& a) {
                    ++a.off_post;
                    a.off_post_minutes += e.minutes.value_or(0);
                });
            else if (e.kind == "missed_punch")
                add(e.window, [](AttendanceFigures& a) { ++a.missed_punches; });
            else if (e.kind == "absent")
                add(e.window, [&](AttendanceFigures& a) { a.absent_days += e.value.value_or(0); });
            else if (e.kind == "leave_no_standin")
                add(e.window, [&](AttendanceFigures& a) { a.no_standin_days += e.value.value_or(0); });
        }
        // The part of each leave that falls in the period.
        for (const auto& l : leaves) {
            const Moment start = std::max(l.from, Moment{from, 0});
            const Moment end = std::min(l.to, Moment{to, 24 * 60 - 1});
            if (end < start) continue;
            const double days = leave_days(start, end, in.calendar, hours);
            add(l.window, [&](AttendanceFigures& a) {
                ++a.leaves;
                a.leave_days += days;
            });
        }
    }

    doc.add(heading(Text{"考勤与请假", "Attendance and leave"}));
    Table t;
    t.title = Text{"各窗口考勤（由打卡和请假推算）", "Attendance by window (derived from punches and leave)"};
    t.text_header = true;
    t.column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("late", {"迟到", "late"}, Align::right)
        .column("early", {"早退", "early"}, Align::right)
        .column("off_post", {"脱岗", "off post"}, Align::right)
        .column("off_post_minutes", {"脱岗分钟", "minutes off post"}, Align::right)
        .column("missed_punches", {"漏打卡", "missed punches"}, Align::right)
        .column("absent_days", {"旷工（天）", "absent (days)"}, Align::right)
        .column("leave_days", {"请假（天）", "leave (days)"}, Align::right)
        .column("no_standin_days", {"未顶岗（天）", "no stand-in (days)"}, Align::right);
    Json windows = Json::array();
    for (const auto& w : in.windows) {
        const auto it = by_window.find(w.code);
        const AttendanceFigures a = it == by_window.end() ? AttendanceFigures{} : it->second;
        t.row({w.code, w.name, a.late, a.early, a.off_post, a.off_post_minutes, a.missed_punches,
               half_days(a.absent_days), half_days(a.leave_days), half_days(a.no_standin_days)});
        windows.push(attendance_json(a).set("window", w.code));
    }
    t.row({Text{"合计", "total"}, std::string(), all.late, all.early, all.off_post, all.off_post_minutes,
           all.missed_punches, half_days(all.absent_days), half_days(all.leave_days),
           half_days(all.no_standin_days)});
    doc.add(std::move(t));
    json.set("attendance", attendance_json(all).set("windows", windows));
}

void complaints_section(const BulletinInput& in, Document& doc, Json& json) {
    ComplaintFilter cf;
    cf.from = in.period.first;
    cf.to = in.period.last;
    const Date end = std::min(in.period.last, in.today);
    std::map<std::string, ComplaintFigures> by_window;
    ComplaintFigures all;
    std::map<ComplaintChannel, std::int64_t> by_channel;
    for (const auto& c : list_complaints(in.store, cf)) {
        ++by_channel[c.channel];
        for (ComplaintFigures* f : {&all, &by_window[c.window]}) {
            ++f->received;
            const ComplaintAct* answer = c.answer();
            const ComplaintAct* outcome = c.outcome();
            if (outcome && outcome->at.date > end) outcome = nullptr;
            if (answer && answer->at.date <= end)
                ++(answer->at.date <= c.deadline ? f->answered_on_time : f->answered_late);
            // Unanswered past its limit, unless it was settled within the limit: a dismissal
            // after the limit does not hide the missed answer (003 三 3: the answer limits).
            else if (c.deadline < end && !(outcome && outcome->at.date <= c.deadline))
                ++f->overdue;
            if (outcome) ++(outcome->kind == ComplaintActKind::verify ? f->verified : f->dismissed);
        }
    }
    EventFilter ef;
    ef.from = in.period.first;
    ef.to = in.period.last;
    ef.include_voided = false;
    for (const auto& stored : in.store.events(ef))
        if (is_praise(stored.event.kind)) {
            ++all.praise;
            ++by_window[stored.event.window].praise;
        }

    doc.add(heading(Text{"投诉与表扬", "Complaints and praise"}));
    Record r;
    r.add("received", {"受理投诉", "complaints received"}, all.received)
        .add("verified", {"经查属实", "verified"}, all.verified)
        .add("dismissed", {"经查不实", "dismissed"}, all.dismissed)
        .add("answered_on_time", {"按期答复", "answered on time"}, all.answered_on_time)
        .add("answered_late", {"逾期答复", "answered late"}, all.answered_late)
        .add("overdue", {"逾期未答复", "unanswered, past the limit"}, all.overdue)
        .add("praise", {"表扬（感谢信、锦旗、报道）", "praise (letters, banners, articles)"}, all.praise);
    doc.add(std::move(r));

    Table t;
    t.title = Text{"各窗口投诉与表扬", "Complaints and praise by window"};
    t.text_header = true;
    t.column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("received", {"投诉", "complaints"}, Align::right)
        .column("verified", {"属实", "verified"}, Align::right)
        .column("dismissed", {"不实", "dismissed"}, Align::right)
        .column("answered_late", {"逾期答复", "answered late"}, Align::right)
        .column("overdue", {"逾期未答复", "overdue"}, Align::right)
        .column("praise", {"表扬", "praise"}, Align::right);
    Json windows = Json::array();
    for (const auto& w : in.windows) {
        const auto it = by_window.find(w.code);
        const ComplaintFigures c = it == by_window.end() ? ComplaintFigures{} : it->second;
        t.row({w.code, w.name, c.received, c.verified, c.dismissed, c.answered_late, c.overdue, c.praise});
        windows.push(complaint_json(c).set("window", w.code));
    }
    doc.add(std::move(t));
    Json channels = Json::object();
    for (const ComplaintChannel ch : {ComplaintChannel::oral, ComplaintChannel::written,
                                      ComplaintChannel::city, ComplaintChannel::province})
        channels.set(channel_id(ch), by_channel[ch]);
    json.set("complaints", complaint_json(all).set("by_channel", channels).set("windows", windows));
}

void asks_section(const BulletinInput& in, Document& doc, Json& json) {
    InquiryFilter f;
    f.from = in.period.first;
    f.to = in.period.last;
    struct Counts {
        std::int64_t asked = 0;     // asked at the window
        std::int64_t referred = 0;  // of those, taken to another window
        std::int64_t received = 0;  // brought to the window from another
    };
    std::map<std::string, Counts> by_window;
    Counts all;
    for (const auto& q : list_inquiries(in.store, f)) {
        ++all.asked;
        ++by_window[q.window].asked;
        if (!q.referred_to.empty()) {
            ++all.referred;
            ++by_window[q.window].referred;
            ++by_window[q.referred_to].received;
        }
    }
    // 000 首问负责: whoever is asked first answers, or takes the person to the window that can.
    doc.add(heading(Text{"首问负责", "First-responsibility log (首问负责)"}));
    Record r;
    r.add("asked", {"咨询人次", "people who asked"}, all.asked)
        .add("answered", {"当场答复", "answered on the spot"}, all.asked - all.referred)
        .add("referred", {"引导至其他窗口", "taken to another window"}, all.referred);
    doc.add(std::move(r));
    Table t;
    t.title = Text{"各窗口首问", "First responsibility by window"};
    t.text_header = true;
    t.column("window", {"窗口", "window"})
        .column("name", {"名称", "name"})
        .column("asked", {"首问", "asked"}, Align::right)
        .column("referred", {"引出", "referred out"}, Align::right)
        .column("received", {"引入", "referred in"}, Align::right);
    Json windows = Json::array();
    for (const auto& w : in.windows) {
        const auto it = by_window.find(w.code);
        const Counts c = it == by_window.end() ? Counts{} : it->second;
        t.row({w.code, w.name, c.asked, c.referred, c.received});
        windows.push(Json::object()
                         .set("window", w.code)
                         .set("asked", c.asked)
                         .set("referred", c.referred)
                         .set("received", c.received));
    }
    doc.add(std::move(t));
    json.set("asks", Json::object()
                         .set("asked", all.asked)
                         .set("answered", all.asked - all.referred)
                         .set("referred", all.referred)
                         .set("windows", windows));
}

}  // namespace hall
