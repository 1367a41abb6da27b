#include <hall/attendance.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/monitoring.h>
#include <hall/policy.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace hall {
namespace {

bool valid_profile_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '-' || c == '_';
    });
}

// The profile files of DATA_DIR/rules, by name; cases.toml holds the case rules.
std::vector<std::string> profile_names(const std::filesystem::path& data_dir) {
    std::vector<std::string> names;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(data_dir / "rules", ec)) {
        const auto& path = entry.path();
        if (path.extension() != ".toml" || path.filename() == "cases.toml") continue;
        names.push_back(path.stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

const Profile* scoring_profile(const std::vector<Profile>& profiles, const std::string& kind) {
    for (const auto& p : profiles)
        for (const auto& k : event_kinds(p))
            if (k.kind == kind) return &p;
    return nullptr;
}

// The kinds case_events gives.
constexpr const char* case_kinds[] = {"yellow_card", "red_card", "case_overdue", "notice_breach",
                                      "bad_rating"};

}  // namespace

std::string default_profile(const Store& store) {
    return store.setting(profile_setting).value_or(default_profile_name);
}

void set_default_profile(Store& store, const std::filesystem::path& data_dir, const std::string& name) {
    load_profile(data_dir, name);
    store.set_setting(profile_setting, name);
}

Profile load_profile(const std::filesystem::path& data_dir, const std::string& name) {
    if (!valid_profile_name(name))
        throw InvalidInput(
            Text{fmt::format("评分方案名“{}”无效：只能含字母、数字、- 和 _", name),
                 fmt::format("'{}' is not a profile name: letters, digits, - and _ only", name)});
    const auto path = data_dir / "rules" / (name + ".toml");
    if (name == "cases" || !std::filesystem::is_regular_file(path)) {
        const auto names = joined(profile_names(data_dir));
        throw NotFound(Text{fmt::format("没有评分方案 {}；现有：{}", name, names),
                            fmt::format("no scoring profile {}; there are: {}", name, names)});
    }
    return read_profile_file(path);
}

std::vector<Profile> load_profiles(const std::filesystem::path& data_dir) {
    std::vector<Profile> out;
    for (const auto& name : profile_names(data_dir)) out.push_back(load_profile(data_dir, name));
    return out;
}

std::int64_t add_event(Store& store, const std::vector<Profile>& profiles, const Event& event,
                       const Moment& now) {
    if (!scoring_profile(profiles, event.kind)) {
        std::vector<std::string> names;
        for (const auto& p : profiles) names.push_back(p.name);
        throw InvalidInput(
            Text{fmt::format("没有评分方案计分的事件类型 {}（方案：{}）；用 hall event kinds 查看",
                             event.kind, joined(names)),
                 fmt::format("no profile scores events of kind {} (profiles: {}); see 'hall event kinds'",
                             event.kind, joined(names))});
    }
    if (event.count < 1)
        throw InvalidInput(Text{fmt::format("次数须至少为 1，而不是 {}", event.count),
                                fmt::format("the count must be at least 1, not {}", event.count)});
    if (event.minutes && *event.minutes < 0)
        throw InvalidInput(Text{fmt::format("分钟数不能为负：{}", *event.minutes),
                                fmt::format("minutes cannot be negative: {}", *event.minutes)});
    for (const auto& p : profiles) check_event(p, event);

    if (!store.find_window(event.window))
        throw NotFound(Text{fmt::format("没有窗口 {}；先用 hall window add 登记", event.window),
                            fmt::format("unknown window {}; add it with 'hall window add'", event.window)});
    if (!event.staff.empty()) {
        const auto staff = store.find_staff(event.staff);
        if (!staff)
            throw NotFound(
                Text{fmt::format("没有工作人员 {}；先用 hall staff add 登记", event.staff),
                     fmt::format("unknown staff member {}; add them with 'hall staff add'", event.staff)});
        if (staff->window != event.window)
            throw Refused(Text{
                fmt::format("工作人员 {} 属于窗口 {}，不是 {}", event.staff, staff->window, event.window),
                fmt::format("staff member {} belongs to window {}, not {}", event.staff, staff->window,
                            event.window)});
    }
    if (event.date > now.date)
        throw Refused(
            Text{fmt::format("{} 尚未到来：事件只能记录已经发生的事", event.date.to_string()),
                 fmt::format("{} is in the future: an event records what happened", event.date.to_string())});
    if (!store.load_calendar().covers(event.date.year()))
        throw Refused(
            Text{fmt::format("{} 年没有工作日历：先用 hall cal import 导入", event.date.year()),
                 fmt::format("no calendar for {}: import it with 'hall cal import'", event.date.year())});

    Event stored = event;
    stored.id = 0;
    stored.source.clear();
    Store::Transaction tx(store);
    const auto id = store.insert_event(stored, now);
    tx.commit();
    return id;
}

void void_event(Store& store, std::int64_t id, const std::string& reason, const std::string& by,
                const Moment& now) {
    if (reason.empty() || by.empty())
        throw InvalidInput(Text{"作废事件须写明理由（--reason）和经办人（--by）",
                                "voiding an event needs a reason (--reason) and who voids it (--by)"});
    Store::Transaction tx(store);
    store.void_event(id, EventVoid{reason, by, now});
    tx.commit();
}

std::vector<StoredEvent> list_events(const Store& store, const EventFilter& filter) {
    return store.events(filter);
}

std::vector<Event> case_events(const Store& store, const Calendar& calendar, Date from, Date to) {
    std::vector<Event> out;
    // Cards first: each read with its case's window and clerk.
    // Warnings and records (a breach of the one-time notice, an unanswered rating) are no
    // cards of 004 ⑨; the breaches count from the case below.
    for (const auto& card : store.scored_cards(from, to)) {
        Event e;
        e.kind = card.level == CardLevel::red ? "red_card" : "yellow_card";
        // A participant window late with its part of a joint case earns the card itself (004 联办件 (4)).
        e.window = card.window.empty() ? card.case_window : card.window;
        if (card.window.empty()) e.staff = card.case_staff;
        e.date = card.issued_on;
        e.note = fmt::format("card {}", card.id);
        e.source = "case " + card.case_number;
        out.push_back(std::move(e));
    }
    // Only the cases that give something to count are read, from their cached status; one
    // saved before the store cached ratings and breaches is replayed.
    std::optional<CasePolicy> policy;
    store.for_each_scored_case(from, to, [&](const ScoredCase& c) {
        ScoredCase facts = c;
        if (!facts.notice_breaches) {
            const auto stored = store.load_case(c.number);
            if (!stored) return;
            if (!policy) policy = load_policy(store);
            const CaseStatus s = replay(stored->facts, stored->steps, calendar, *policy);
            if (!s.finished) return;
            facts.finished = *s.finished;
            facts.deadline = s.deadline;
            facts.late = s.late;
            facts.rating = s.rating;
            facts.notice_breaches = s.notice_breaches;
        }
        Event e;
        e.window = facts.window;
        e.staff = facts.staff;
        e.date = facts.finished.date;
        e.source = "case " + facts.number;
        if (facts.late && facts.deadline) {
            Event late = e;
            late.kind = "case_overdue";
            late.value = std::max(1, calendar.between_projected(*facts.deadline, facts.finished.date).value);
            out.push_back(std::move(late));
        }
        if (*facts.notice_breaches > 0) {
            Event breach = e;
            breach.kind = "notice_breach";
            breach.count = *facts.notice_breaches;
            out.push_back(std::move(breach));
        }
        if (facts.rating && *facts.rating <= 2) {
            Event bad = e;
            bad.kind = "bad_rating";
            bad.value = *facts.rating;
            out.push_back(std::move(bad));
        }
    });
    return out;
}

namespace {

ScoringInput month_input(const Store& store, const Profile& profile, Month month, const Calendar& calendar,
                         const std::vector<Window>& windows, const RecordBasis& basis) {
    ScoringInput in;
    in.month = month;
    in.windows = windows;
    in.staff = basis.roster;
    in.calendar = &calendar;
    EventFilter filter;
    filter.to = month.last_day();
    filter.include_voided = false;
    // Before the month, only the kinds the profile counts over a quarter or a year: a year
    // of a city's events is not read for the few rules that look back.
    const auto lookbacks = lookback_kinds(profile, month);
    std::map<std::string, Date> earliest;  // a kind two rules look back at is read once
    for (const auto& l : lookbacks) {
        if (l.from >= month.first_day() ||
            std::find(std::begin(case_kinds), std::end(case_kinds), l.kind) != std::end(case_kinds))
            continue;
        const auto [at, added] = earliest.emplace(l.kind, l.from);
        if (!added && l.from < at->second) at->second = l.from;
    }
    for (const auto& [kind, from] : earliest) {
        EventFilter earlier = filter;
        earlier.from = from;
        earlier.to = month.first_day() - 1;
        earlier.kind = kind;
        for (auto& s : store.events(earlier)) in.events.push_back(std::move(s.event));
    }
    // By date, then id, as one read of them all would give them.
    std::sort(in.events.begin(), in.events.end(), [](const Event& a, const Event& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    filter.from = month.first_day();
    for (auto& s : store.events(filter)) in.events.push_back(std::move(s.event));
    // Cases are the bulk of a city store: read back only as far as a case kind is counted.
    Date case_from = month.first_day();
    for (const auto& l : lookbacks)
        if (l.from < case_from &&
            std::find(std::begin(case_kinds), std::end(case_kinds), l.kind) != std::end(case_kinds))
            case_from = l.from;
    auto from_cases = case_events(store, calendar, case_from, *filter.to);
    in.events.insert(in.events.end(), std::make_move_iterator(from_cases.begin()),
                     std::make_move_iterator(from_cases.end()));
    // Attendance, leave and complaints give their events as cases do (attendance.h).
    auto from_records = record_events(store, calendar, basis, *filter.from, *filter.to);
    in.events.insert(in.events.end(), std::make_move_iterator(from_records.begin()),
                     std::make_move_iterator(from_records.end()));
    return in;
}

}  // namespace

ScoringInput scoring_input(const Store& store, const Profile& profile, Month month,
                           const Calendar& calendar) {
    return month_input(store, profile, month, calendar, store.windows(), record_basis(store));
}

void for_each_scoring_input(const Store& store, const Profile& profile, std::span<const Month> months,
                            const Calendar& calendar, const std::function<void(const ScoringInput&)>& visit) {
    if (months.empty()) return;
    const auto windows = store.windows();
    const RecordBasis basis = record_basis(store);
    for (const Month m : months) visit(month_input(store, profile, m, calendar, windows, basis));
}

}  // namespace hall
