#include <hall/bilingual.h>
#include <hall/complaints.h>
#include <hall/error.h>
#include <hall/policy.h>
#include <hall/store.h>
#include <hall/text.h>

#include <fmt/format.h>

namespace hall {

const char* channel_id(ComplaintChannel c) {
    switch (c) {
        case ComplaintChannel::oral:
            return "oral";
        case ComplaintChannel::written:
            return "written";
        case ComplaintChannel::city:
            return "city";
        case ComplaintChannel::province:
            return "province";
    }
    return "oral";
}

std::optional<ComplaintChannel> parse_channel(std::string_view text) {
    for (auto c : {ComplaintChannel::oral, ComplaintChannel::written, ComplaintChannel::city,
                   ComplaintChannel::province})
        if (text == channel_id(c)) return c;
    return std::nullopt;
}

const char* channel_event_kind(ComplaintChannel c) {
    switch (c) {
        case ComplaintChannel::oral:
            return "complaint_oral";
        case ComplaintChannel::written:
            return "complaint_written";
        case ComplaintChannel::city:
            return "complaint_city";
        case ComplaintChannel::province:
            return "complaint_province";
    }
    return "complaint_oral";
}

const char* complaint_class_id(ComplaintClass c) {
    switch (c) {
        case ComplaintClass::ordinary:
            return "ordinary";
        case ComplaintClass::complex:
            return "complex";
        case ComplaintClass::important:
            return "important";
        case ComplaintClass::forwarded:
            return "forwarded";
    }
    return "ordinary";
}

std::optional<ComplaintClass> parse_complaint_class(std::string_view text) {
    for (auto c : {ComplaintClass::ordinary, ComplaintClass::complex, ComplaintClass::important,
                   ComplaintClass::forwarded})
        if (text == complaint_class_id(c)) return c;
    return std::nullopt;
}

int answer_limit(ComplaintClass c, const CasePolicy& p) {
    switch (c) {
        case ComplaintClass::ordinary:
            return p.complaint_ordinary_days;
        case ComplaintClass::complex:
            return p.complaint_complex_days;
        case ComplaintClass::important:
            return p.complaint_important_days;
        case ComplaintClass::forwarded:
            return p.complaint_forwarded_days;
    }
    return p.complaint_ordinary_days;
}

const char* complaint_act_id(ComplaintActKind k) {
    switch (k) {
        case ComplaintActKind::answer:
            return "answer";
        case ComplaintActKind::verify:
            return "verify";
        case ComplaintActKind::dismiss:
            return "dismiss";
    }
    return "answer";
}

const ComplaintAct* Complaint::answer() const {
    for (const auto& a : acts)
        if (a.kind == ComplaintActKind::answer) return &a;
    return nullptr;
}

const ComplaintAct* Complaint::outcome() const {
    for (const auto& a : acts)
        if (a.kind != ComplaintActKind::answer) return &a;
    return nullptr;
}

int Complaint::days_late(const Calendar& calendar) const {
    const ComplaintAct* a = answer();
    if (!a || a->at.date <= deadline) return 0;
    return std::max(1, calendar.between_projected(deadline, a->at.date).value);
}

bool Complaint::overdue(Date today) const {
    return !answer() && today > deadline;
}

Complaint open_complaint(Store& store, const ComplaintRequest& r, const Moment& now) {
    if (!store.find_window(r.window))
        throw NotFound(bilingual("没有窗口 {0}；先用 hall window add 登记",
                                 "unknown window {0}; add it with 'hall window add'", r.window));
    if (!r.staff.empty()) {
        const auto staff = store.find_staff(r.staff);
        if (!staff)
            throw NotFound(bilingual("没有工作人员 {0}；先用 hall staff add 登记",
                                     "unknown staff member {0}; add them with 'hall staff add'", r.staff));
        if (staff->window != r.window)
            throw Refused(bilingual("工作人员 {0} 属于窗口 {1}，不是 {2}",
                                    "staff member {0} belongs to window {1}, not {2}", r.staff, staff->window,
                                    r.window));
    }
    if (r.received > now)
        throw Refused(bilingual("{0} 尚未到来：投诉只能登记已经收到的",
                                "{0} is in the future: record a complaint once received",
                                r.received.to_string()));
    const Calendar calendar = store.load_calendar();
    if (!calendar.covers(r.received.date.year())) throw UncoveredYear(r.received.date.year());
    const CasePolicy policy = load_policy(store);

    Complaint c;
    c.received = r.received;
    c.window = r.window;
    c.staff = r.staff;
    c.channel = r.channel;
    c.complaint_class = r.complaint_class;
    c.issue = r.issue;
    c.request = r.request;
    c.complainant = r.complainant;
    c.contact = r.contact;
    c.recorded_by = r.recorded_by;
    // 003 三 3: limits count working days; a complaint received on a rest day starts the next one.
    const int limit = answer_limit(r.complaint_class, policy);
    const Date start = calendar.clock_start(r.received.date).value;
    c.deadline = limit == 0 ? start : calendar.add_projected(start, limit).value;
    Store::Transaction tx(store);
    c.id = store.insert_complaint(c, now);
    tx.commit();
    return c;
}

Complaint act_on_complaint(Store& store, std::int64_t id, ComplaintActKind kind, const std::string& by,
                           const std::string& text, const Moment& at, const Moment& now) {
    auto c = store.complaint(id);
    if (!c) throw NotFound(bilingual("没有编号为 {0} 的投诉", "no complaint {0}", id));
    if (at > now) throw Refused(bilingual("{0} 尚未到来", "{0} is in the future", at.to_string()));
    if (at < c->received)
        throw Refused(bilingual("{0} 早于投诉收到的时间 {1}",
                                "{0} is before the complaint was received ({1})", at.to_string(),
                                c->received.to_string()));
    if (kind == ComplaintActKind::answer && c->answer())
        throw Refused(bilingual("投诉 {0} 已于 {1} 由 {2} 答复",
                                "complaint {0} was already answered at {1} by {2}", id,
                                c->answer()->at.to_string(), c->answer()->by));
    if (kind != ComplaintActKind::answer && c->outcome()) {
        const auto* o = c->outcome();
        throw Refused(
            Text{fmt::format("投诉 {0} 已于 {1} 由 {2} {3}；结论不能更改", id, o->at.to_string(), o->by,
                             o->kind == ComplaintActKind::verify ? "查实" : "不予认定"),
                 fmt::format("complaint {0} was already {3} at {1} by {2}; an outcome is not changed", id,
                             o->at.to_string(), o->by,
                             o->kind == ComplaintActKind::verify ? "verified" : "dismissed")});
    }
    if (!store.load_calendar().covers(at.date.year())) throw UncoveredYear(at.date.year());
    ComplaintAct act{kind, at, by, text};
    Store::Transaction tx(store);
    store.append_complaint_act(id, act);
    tx.commit();
    c->acts.push_back(std::move(act));
    return *c;
}

std::vector<Complaint> list_complaints(const Store& store, const ComplaintFilter& filter) {
    return store.complaints(filter);
}

std::vector<Event> complaint_events(const std::vector<Complaint>& complaints, const Calendar& calendar,
                                    Date from, Date to) {
    std::vector<Event> out;
    for (const auto& c : complaints) {
        const std::string source = fmt::format("complaint {}", c.id);
        // 004 九 6, 十 3 ⑧: a complaint costs points once it is found true (查实).
        if (const auto* o = c.outcome();
            o && o->kind == ComplaintActKind::verify && o->at.date >= from && o->at.date <= to) {
            Event e;
            e.kind = channel_event_kind(c.channel);
            e.window = c.window;
            e.staff = c.staff;
            e.date = o->at.date;
            e.note = mask_ids_in_text(c.issue);
            e.source = source;
            out.push_back(std::move(e));
        }
        // 001 第十三条(五): a forwarded complaint answered late, 每逾期1天, on the answer's day.
        if (const auto* a = c.answer();
            a && c.complaint_class == ComplaintClass::forwarded && a->at.date >= from && a->at.date <= to) {
            const int late = c.days_late(calendar);
            if (late > 0) {
                Event e;
                e.kind = "complaint_late_days";
                e.window = c.window;
                e.date = a->at.date;
                e.count = late;
                e.note = fmt::format("due {}, answered {}", c.deadline.to_string(), a->at.date.to_string());
                e.source = source;
                out.push_back(std::move(e));
            }
        }
    }
    return out;
}

}  // namespace hall
