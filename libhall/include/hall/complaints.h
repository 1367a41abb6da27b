#pragma once
// Complaints (投诉): the record 004 九 2 asks for (time, the window and person complained of,
// the issue, the request, the complainant's name and contact), the answer deadline of its
// class, and what became of it. Nothing is edited or deleted: an answer, a verification
// (查实) or a dismissal is an act appended with who and when. Only a verified complaint
// scores, as complaint_oral, complaint_written, complaint_city or complaint_province by
// where it came from (004 十 3 ⑧), dated on the day it was verified; a dismissed one stays
// on record with its reason. A forwarded complaint (转办) answered after its limit costs its
// window complaint_late_days, one per working day late (001 第十三条(五): 每逾期1天扣4分),
// counted on the day of the answer.

#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/date.h>
#include <hall/scoring.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hall {

class Store;

// Where a complaint came from; it decides the scoring kind.
enum class ComplaintChannel {
    oral,      // 口头、电话 → complaint_oral
    written,   // 书面 → complaint_written
    city,      // 反映到市 → complaint_city
    province,  // 反映到省及以上 → complaint_province
};
const char* channel_id(ComplaintChannel c);
std::optional<ComplaintChannel> parse_channel(std::string_view text);
const char* channel_event_kind(ComplaintChannel c);

// How fast it must be answered (the policy's complaint_*_days).
enum class ComplaintClass {
    ordinary,   // 一般投诉
    complex,    // 复杂或涉及两个以上单位
    important,  // 重要投诉
    forwarded,  // 转给部门处理
};
const char* complaint_class_id(ComplaintClass c);
std::optional<ComplaintClass> parse_complaint_class(std::string_view text);
int answer_limit(ComplaintClass c, const CasePolicy& policy);

enum class ComplaintActKind { answer, verify, dismiss };
const char* complaint_act_id(ComplaintActKind k);

struct ComplaintAct {
    ComplaintActKind kind = ComplaintActKind::answer;
    Moment at;
    std::string by;
    std::string text;  // the answer, the finding, or the reason
};

struct Complaint {
    std::int64_t id = 0;
    Moment received;
    std::string window;
    std::string staff;  // empty: the window as a whole
    ComplaintChannel channel = ComplaintChannel::oral;
    ComplaintClass complaint_class = ComplaintClass::ordinary;
    std::string issue;
    std::string request;
    std::string complainant;
    std::string contact;
    std::string recorded_by;
    Date deadline;  // the answer is due on or before this day
    std::vector<ComplaintAct> acts;

    const ComplaintAct* answer() const;
    const ComplaintAct* outcome() const;  // the verification or the dismissal
    // Working days after the deadline the answer came (0 when on time or unanswered).
    int days_late(const Calendar& calendar) const;
    // Unanswered and past its deadline on `today`.
    bool overdue(Date today) const;
};

struct ComplaintRequest {
    Moment received;
    std::string window;
    std::string staff;
    ComplaintChannel channel = ComplaintChannel::oral;
    ComplaintClass complaint_class = ComplaintClass::ordinary;
    std::string issue;
    std::string request;
    std::string complainant;
    std::string contact;
    std::string recorded_by;
};

// Refuses an unknown window or staff member (NotFound), a staff member of another window, a
// time after `now` or in a year with no calendar (Refused). Returns the complaint recorded.
Complaint open_complaint(Store& store, const ComplaintRequest& request, const Moment& now);
// Appends an act: an answer once; a verification or a dismissal once, and not both. Refuses
// an act dated after `now` or before the complaint was received.
Complaint act_on_complaint(Store& store, std::int64_t id, ComplaintActKind kind, const std::string& by,
                           const std::string& text, const Moment& at, const Moment& now);

struct ComplaintFilter {
    std::optional<std::string> window;
    std::optional<Date> from;  // received on or after
    std::optional<Date> to;    // received on or before
};
std::vector<Complaint> list_complaints(const Store& store, const ComplaintFilter& filter);

// The scoring events of complaints for [from, to]: a verified one on the day it was
// verified, a late forwarded one on the day it was answered. Pure.
std::vector<Event> complaint_events(const std::vector<Complaint>& complaints, const Calendar& calendar,
                                    Date from, Date to);

}  // namespace hall
