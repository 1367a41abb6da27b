#include <hall/attendance.h>
#include <hall/complaints.h>
#include <hall/csv.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>
#include <queue>
#include <set>

namespace hall {

// ---------------------------------------------------------------------------------------------
// Prng

namespace {

std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) {
    return (x << k) | (x >> (64 - k));
}

}  // namespace

Prng::Prng(std::uint64_t seed) {
    for (auto& s : s_) s = splitmix64(seed);
}

std::uint64_t Prng::next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

std::uint64_t Prng::below(std::uint64_t n) {
    // Rejecting the values under 2^64 mod n leaves a whole number of copies of [0, n).
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold) return r % n;
    }
}

int Prng::between(int low, int high) {
    return low + static_cast<int>(below(static_cast<std::uint64_t>(high - low) + 1));
}

bool Prng::per_mille(int chance) {
    return below(1000) < static_cast<std::uint64_t>(chance);
}

std::size_t Prng::weighted(const std::vector<int>& weights) {
    std::uint64_t total = 0;
    for (const int w : weights) total += static_cast<std::uint64_t>(std::max(w, 0));
    std::uint64_t pick = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const auto w = static_cast<std::uint64_t>(std::max(weights[i], 0));
        if (pick < w) return i;
        pick -= w;
    }
    return weights.size() - 1;
}

// ---------------------------------------------------------------------------------------------
// The history

namespace {

constexpr int opening = 9 * 60;        // the hall's counters open at 09:00 ...
constexpr int closing = 17 * 60 + 30;  // ... and the last case is taken at 17:30
constexpr int leave_at = 8 * 60;       // leave is approved before the day's first session
constexpr int events_at = 17 * 60 + 45;
constexpr int complaints_at = 17 * 60 + 50;
constexpr int monitor_at = 18 * 60;
constexpr int panel_at = 18 * 60 + 30;
constexpr int timeclock_at = 19 * 60;  // the clock's log is exported once the last have left

// What a case will go through, drawn when it is opened. The rates are a county hall's
// ordinary month: most cases on time, a few of each trouble the scoring schemes count.
struct Plan {
    bool late = false;             // finished (upstream: forwarded) after the deadline, ~3%
    bool returns = false;          // 退回 with reason and basis, ~3%
    bool pauses = false;           // 暂停 for a hearing or expert review, ~3%
    bool never_supplied = false;   // a supplement case whose materials never come
    bool asks_again = false;       // a second supplement request: 一次性告知 broken
    bool abandoned = false;        // left open past its deadline: the monitor cards it
    int rating = 0;                // 0: not rated
    bool answers = true;           // a bad rating is answered in time
    std::size_t signed_parts = 0;  // joint: participants that have signed
    bool inspected = false;
    bool paused_once = false;
    bool asked_again = false;
    bool rated = false;
    Date target;  // the day the case is due to be finished (or forwarded)
};

enum class Act {
    open,
    supplement,
    supplied,
    inspect,
    sign,
    pause,
    resume,
    forward,
    decide,
    return_,
    finish,
    rate,
    respond
};

struct Pending {
    Moment at;
    std::uint64_t order = 0;  // ties on the same minute keep the order they were planned in
    Act act = Act::open;
    std::string number;  // empty for an arrival
    std::size_t item = 0;
    std::string clerk;  // 第一责任人: takes every step of the case at the desk
    Plan plan;
};

struct Later {
    bool operator()(const Pending& a, const Pending& b) const {
        return a.at != b.at ? a.at > b.at : a.order > b.order;
    }
};

constexpr std::array<const char*, 20> surnames{"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
                                               "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"};
constexpr std::array<const char*, 20> given{"伟", "芳", "娜", "敏", "静", "丽", "强", "磊",   "军", "洋",
                                            "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平"};
constexpr std::array<const char*, 5> staff_issues{
    "工作人员态度生硬，解释不耐烦", "要求补充材料未一次性告知，来回跑了三趟",
    "工作人员上班时间玩手机，让群众久等", "工作人员未在承诺时限内办结", "工作人员离岗，窗口长时间无人"};
constexpr std::array<const char*, 4> window_issues{"窗口午休前提前停止受理", "排队时间过长，无人引导",
                                                   "窗口公示的办事指南与实际要求不一致",
                                                   "办件超过承诺时限未办结，也未告知原因"};
constexpr std::array<const char*, 3> requests{"要求说明情况并道歉", "要求尽快办结", "要求改进服务"};
constexpr std::array<const char*, 3> answers{"已向投诉人说明情况并致歉", "已电话答复投诉人，事项已办结",
                                             "已约谈窗口负责人，整改情况已告知投诉人"};
constexpr std::array<const char*, 8> firms{"某商贸有限公司", "某建设工程有限公司", "某置业有限公司",
                                           "某食品店",       "某农业专业合作社",   "某矿业有限公司",
                                           "某餐饮店",       "某科技有限公司"};

class Simulation {
public:
    Simulation(Store& store, const Calendar& calendar, const CasePolicy& policy,
               const std::vector<Profile>& profiles, const GeneratorConfig& config)
        : store_(store),
          calendar_(calendar),
          policy_(policy),
          profiles_(profiles),
          config_(config),
          rng_(config.seed) {
        items_ = store.items();
        roster_ = store.staff(std::nullopt);
        for (const auto& s : roster_) {
            staff_by_window_[s.window].push_back(s.code);
            if (s.role == StaffRole::standin)
                standins_[s.window].push_back(s.code);
            else
                regulars_[s.window].push_back(s.code);
        }
        // Most are punctual; about one in seven comes late now and then (per mille a session).
        for (const auto& s : roster_) lateness_[s.code] = rng_.per_mille(140) ? 18 : 4;
        hours_ = hall_hours(policy);
        windows_ = store.windows();
        for (const auto& p : profiles)
            for (const auto& k : event_kinds(p)) scored_.insert(k.kind);
        std::vector<Item> usable;
        for (auto& item : items_)
            if (staff_by_window_.count(item.window)) usable.push_back(std::move(item));
        items_ = std::move(usable);
        if (items_.empty())
            throw Refused(Text{"生成历史需要至少一个事项，且其窗口有工作人员",
                               "generating a history needs at least one item whose window has staff"});
        for (const auto& item : items_) weights_.push_back(item_weight(item));
    }

    GenerateReport run() {
        if (config_.to < config_.from)
            throw InvalidInput(Text{"生成的结束日期早于开始日期", "the last day is before the first"});
        report_.from = config_.from;
        report_.to = config_.to;
        std::vector<Date> days;
        for (Date d = config_.from; d <= config_.to; d = d + 1)
            if (calendar_.is_workday(d)) days.push_back(d);
        for (std::size_t i = 0; i < days.size(); ++i) {
            const Date day = days[i];
            Store::Transaction tx(store_);
            leave_stage(day);
            const std::vector<Punch> punches = attendance_plan(day);
            cases_stage(day, arrivals(i, days.size()));
            events_stage(day);
            complaints_stage(day);
            monitor_stage(day);
            // The panel marks the month on its last working day.
            if (workdays_after(day, 1).month() != day.month()) panel_stage(day);
            timeclock_stage(day, punches);
            tx.commit();
            ++report_.days;
            if (config_.progress) config_.progress(day);
        }
        CaseFilter active;
        active.active_only = true;
        report_.active = static_cast<std::int64_t>(store_.list_cases(active).size());
        return report_;
    }

private:
    // Instant items are most of a hall's traffic; a controlled item turns up now and then.
    static int item_weight(const Item& item) {
        if (item.prohibited) return 4;
        switch (item.case_class) {
            case CaseClass::instant:
                return 50;
            case CaseClass::promised:
                return item.participants.empty() ? 35 : 10;
            case CaseClass::joint:
                return 10;
            case CaseClass::upstream:
                return 8;
            default:
                return 10;
        }
    }

    std::int64_t arrivals(std::size_t i, std::size_t days) {
        if (config_.cases > 0) {
            const auto n = static_cast<std::int64_t>(days);
            const auto at = static_cast<std::int64_t>(i);
            return config_.cases * (at + 1) / n - config_.cases * at / n;
        }
        const int base = std::max(config_.cases_per_day, 0);
        return rng_.between(base * 4 / 5, base * 6 / 5);
    }

    Date workdays_after(Date day, int n) const { return calendar_.add_projected(day, n).value; }

    // The moment of an act on `day` that follows one taken at `after`.
    Moment moment_on(Date day, const Moment& after) {
        if (day > after.date) return Moment{day, opening + rng_.between(0, closing - opening)};
        // The same day: a little later, but before the inspectors' round.
        return Moment{after.date,
                      std::max(after.minute, std::min(after.minute + rng_.between(5, 90), events_at - 1))};
    }

    void plan_act(Pending p, Act act, Date day, const Moment& after) {
        const Moment at = moment_on(std::max(day, after.date), after);
        if (at.date > config_.to) return;  // beyond the simulated days: the case stays as it is
        p.act = act;
        p.at = at;
        p.order = order_++;
        queue_.push(std::move(p));
    }

    std::string pick_staff(const std::string& window) {
        const auto& list = staff_by_window_.at(window);
        return list[rng_.below(list.size())];
    }

    std::string applicant() {
        if (rng_.per_mille(400)) return firms[rng_.below(firms.size())];
        // Two draws in two statements: the order of a + b's operands is unspecified, and GCC and
        // clang differ, so one expression would give different names for one seed.
        const auto surname = rng_.below(surnames.size());
        const auto name = rng_.below(given.size());
        return std::string(surnames[surname]) + given[name];
    }

    // An 18-character resident ID of the right shape (a county code, a birth date, a serial,
    // a check character); it is masked wherever it is shown.
    std::string applicant_id() {
        // One draw a statement: the order in which a call's arguments are evaluated is unspecified.
        const auto county = rng_.between(1, 30);
        const auto year = rng_.between(1950, 2004);
        const auto month = rng_.between(1, 12);
        const auto day = rng_.between(1, 28);
        const auto serial = rng_.between(0, 999);
        std::string id = fmt::format("6205{:02}{:04}{:02}{:02}{:03}", county, year, month, day, serial);
        constexpr int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (std::size_t i = 0; i < 17; ++i) sum += (id[i] - '0') * w[i];
        id.push_back("10X98765432"[sum % 11]);
        return id;
    }

    static bool has_attachments(const Item& item) {
        return std::any_of(item.materials.begin(), item.materials.end(),
                           [](const Material& m) { return !m.main; });
    }

    std::vector<std::string> attachments(const Item& item, int most) {
        std::vector<std::string> out;
        for (const auto& m : item.materials)
            if (!m.main && static_cast<int>(out.size()) < most && rng_.per_mille(600)) out.push_back(m.name);
        if (out.empty())
            for (const auto& m : item.materials)
                if (!m.main) {
                    out.push_back(m.name);
                    break;
                }
        return out;
    }

    // ------------------------------------------------------------------------------------
    // Stage: cases

    void cases_stage(Date day, std::int64_t arrivals) {
        for (std::int64_t n = 0; n < arrivals; ++n) {
            Pending p;
            p.item = rng_.weighted(weights_);
            p.at = Moment{day, opening + rng_.between(0, closing - opening)};
            p.order = order_++;
            p.act = Act::open;
            queue_.push(std::move(p));
        }
        while (!queue_.empty() && queue_.top().at.date <= day) {
            Pending p = queue_.top();
            queue_.pop();
            take(std::move(p));
        }
    }

    void take(Pending p) {
        if (p.act == Act::open) return open(std::move(p));
        Step step;
        step.at = p.at;
        const Item& item = items_[p.item];
        switch (p.act) {
            case Act::supplement:
                step.kind = StepKind::supplement;
                step.materials = attachments(item, 1);
                ++report_.supplements;
                break;
            case Act::supplied:
                step.kind = StepKind::supplied;
                break;
            case Act::inspect:
                step.kind = StepKind::inspect;
                step.reason = "现场踏勘完成，与申报材料一致";
                break;
            case Act::sign:
                step.kind = StepKind::sign;
                step.actor = item.participants[p.plan.signed_parts];
                step.staff = pick_staff_or_empty(step.actor);
                break;
            case Act::pause:
                step.kind = StepKind::pause;
                step.reason = rng_.per_mille(500) ? "组织专家评审" : "依法公示";
                ++report_.pauses;
                break;
            case Act::resume:
                step.kind = StepKind::resume;
                break;
            case Act::forward:
                step.kind = StepKind::forward;
                step.actor = item.authority.empty() ? "上级主管部门" : item.authority;
                break;
            case Act::decide:
                step.kind = StepKind::decide;
                step.reason = "approved";
                break;
            case Act::return_:
                step.kind = StepKind::return_;
                step.reason = "申请事项不符合法定条件";
                step.basis = "《中华人民共和国行政许可法》第三十八条";
                ++report_.returned;
                break;
            case Act::finish:
                step.kind = StepKind::finish;
                break;
            case Act::rate:
                step.kind = StepKind::rate;
                step.value = p.plan.rating;
                ++report_.ratings;
                if (p.plan.rating <= 2) ++report_.bad_ratings;
                break;
            case Act::respond:
                step.kind = StepKind::respond;
                step.reason = "已电话回访，说明办理依据并致歉";
                break;
            case Act::open:
                break;
        }
        // The applicant rates; everything else is done by the case's clerk.
        // A clerk away today (leave, absence) has a colleague at the counter take the step.
        if (step.staff.empty() && step.kind != StepKind::rate) step.staff = at_counter(p.clerk, item.window);
        const CaseView view = move_case(store_, calendar_, policy_, p.number, step, p.at);
        if (p.act == Act::sign) ++p.plan.signed_parts;
        after(std::move(p), view);
    }

    std::string pick_staff_or_empty(const std::string& window) {
        return staff_by_window_.count(window) ? pick_present(window) : std::string();
    }

    std::string at_counter(const std::string& clerk, const std::string& window) {
        const auto found = present_.find(window);
        if (found == present_.end() || found->second.empty()) return clerk;
        const auto& here = found->second;
        if (std::find(here.begin(), here.end(), clerk) != here.end()) return clerk;
        return here[rng_.below(here.size())];
    }

    // A case is taken by someone at the counter today: not on leave, not absent, or a stand-in
    // standing in; anyone of the window when the clock says nobody is there.
    std::string pick_present(const std::string& window) {
        const auto found = present_.find(window);
        if (found == present_.end() || found->second.empty()) return pick_staff(window);
        return found->second[rng_.below(found->second.size())];
    }

    void open(Pending p) {
        const Item& item = items_[p.item];
        OpenRequest request;
        request.item = item.code;
        request.staff = pick_present(item.window);
        request.applicant = applicant();
        request.applicant_id = applicant_id();
        request.received = p.at;
        Plan& plan = p.plan;
        const bool instant = item.case_class == CaseClass::instant;
        if (!instant && !item.prohibited && rng_.per_mille(80)) {
            request.missing = attachments(item, 2);
            plan.never_supplied = rng_.per_mille(100);
            plan.asks_again = rng_.per_mille(150);
        }
        plan.late = rng_.per_mille(instant ? 5 : 30);
        plan.returns = !instant && item.case_class != CaseClass::upstream && rng_.per_mille(30);
        plan.pauses = !instant && item.case_class != CaseClass::upstream && rng_.per_mille(30);
        plan.abandoned = !instant && rng_.per_mille(2);
        if (rng_.per_mille(600)) {
            const int r = rng_.between(1, 1000);
            plan.rating = r <= 15 ? 1 : r <= 40 ? 2 : r <= 100 ? 3 : r <= 250 ? 4 : 5;
            plan.answers = rng_.per_mille(850);
        }
        const Opened opened = open_case(store_, calendar_, policy_, request, p.at);
        ++report_.cases;
        p.number = opened.view.record.facts.number;
        p.clerk = request.staff;
        after(std::move(p), opened.view);
    }

    // Plans the case's next act from where it stands.
    void after(Pending p, const CaseView& view) {
        const auto& status = view.record.status;
        const auto& facts = view.record.facts;
        Plan& plan = p.plan;
        const Moment now = p.at;
        switch (status.state) {
            case CaseState::waiting:
                if (plan.never_supplied) return;
                if (plan.asks_again && !plan.asked_again && has_attachments(items_[p.item])) {
                    plan.asked_again = true;
                    return plan_act(std::move(p), Act::supplement,
                                    workdays_after(now.date, rng_.between(1, 2)), now);
                }
                return plan_act(std::move(p), Act::supplied, workdays_after(now.date, rng_.between(1, 3)),
                                now);
            case CaseState::paused:
                return plan_act(std::move(p), Act::resume, workdays_after(now.date, rng_.between(2, 5)), now);
            case CaseState::forwarded:
                return plan_act(std::move(p), Act::decide, workdays_after(now.date, rng_.between(3, 12)),
                                now);
            case CaseState::open: {
                if (plan.abandoned) return;
                if (plan.target == Date{}) plan.target = target_day(status, now.date, plan.late);
                if (facts.inspection && !plan.inspected) {
                    plan.inspected = true;
                    return plan_act(std::move(p), Act::inspect, day_before(now.date, plan.target, 4), now);
                }
                if (plan.signed_parts < facts.participants.size())
                    return plan_act(std::move(p), Act::sign, day_before(now.date, plan.target, 3), now);
                if (plan.pauses && !plan.paused_once) {
                    plan.paused_once = true;
                    // A pause is taken while the clock still runs, before the deadline.
                    if (status.deadline && now.date < *status.deadline)
                        return plan_act(std::move(p), Act::pause, day_before(now.date, *status.deadline, 2),
                                        now);
                }
                if (plan.returns && status.deadline && now.date < *status.deadline) {
                    plan.returns = false;
                    return plan_act(std::move(p), Act::return_, day_before(now.date, *status.deadline, 3),
                                    now);
                }
                const Date day = std::max(plan.target, now.date);
                return plan_act(std::move(p),
                                facts.item_class == CaseClass::upstream ? Act::forward : Act::finish, day,
                                now);
            }
            case CaseState::finished:
            case CaseState::returned:
            case CaseState::withdrawn:
                if (!plan.rated && (p.act == Act::finish || p.act == Act::decide || p.act == Act::return_ ||
                                    p.act == Act::open)) {
                    count_closed(status, p.act);
                    if (plan.rating > 0) {
                        plan.rated = true;
                        return plan_act(std::move(p), Act::rate, now.date, now);
                    }
                    return;
                }
                if (p.act == Act::rate && plan.rating <= 2 && plan.answers)
                    return plan_act(std::move(p), Act::respond, workdays_after(now.date, rng_.between(1, 4)),
                                    now);
                return;
        }
    }

    void count_closed(const CachedStatus& status, Act act) {
        if (act == Act::finish || act == Act::decide) ++report_.finished;
        if (status.late) ++report_.late;
    }

    // The day an act falls between `today` and `limit`, no more than `spread` working days on.
    Date day_before(Date today, Date limit, int spread) {
        Date day = workdays_after(today, rng_.between(0, spread));
        if (day > limit) day = std::max(today, limit);
        return day;
    }

    // Most cases are done within their limit, many well before it; a late one runs one to
    // eight working days past it.
    Date target_day(const CachedStatus& status, Date today, bool late) {
        if (!status.deadline) return workdays_after(today, rng_.between(1, 5));
        if (*status.deadline <= today) return late ? workdays_after(today, rng_.between(1, 3)) : today;
        if (late) return workdays_after(*status.deadline, rng_.between(1, 8));
        const int span = std::max(0, calendar_.between_projected(today, *status.deadline).value);
        return workdays_after(today, rng_.between(0, span));
    }

    // ------------------------------------------------------------------------------------
    // Stage: events recorded by the centre's inspectors, at the end of the day. Lateness,
    // early leaving, time off post and absence are not among them: scoring derives those from
    // the time clock's punches and the leave on record (attendance.h).

    // Recorded at `minute` of its own day, as an inspector types it in.
    void record(const Event& e, int minute = events_at) {
        if (!scored_.count(e.kind)) return;
        add_event(store_, profiles_, e, Moment{e.date, minute});
        ++report_.events;
    }

    void events_stage(Date day) {
        for (const auto& window : windows_) {
            const auto found = staff_by_window_.find(window.code);
            if (found == staff_by_window_.end()) continue;
            for (const auto& staff : found->second) {
                Event e;
                e.window = window.code;
                e.staff = staff;
                e.date = day;
                if (rng_.per_mille(3)) {
                    e.kind = "appearance";
                    e.note = "未按规定着装、佩戴工作牌";
                    record(e);
                }
                if (rng_.per_mille(5)) {
                    e.kind = "thanks_letter";
                    e.note = "群众来信致谢";
                    record(e);
                }
            }
            Event w;
            w.window = window.code;
            w.date = day;
            if (rng_.per_mille(10)) {
                w.kind = "hygiene";
                w.note = "窗口台面杂乱";
                record(w);
            }
            if (rng_.per_mille(2)) {
                w.kind = "banner";
                w.note = "群众赠送锦旗";
                record(w);
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Stage: leave, approved at 08:00 for today or a few working days ahead (004 七 二)

    struct OnLeave {
        Moment from;
        Moment to;
    };

    bool covered(const std::string& staff, Date day, int start, int end) const {
        const auto found = leave_.find(staff);
        if (found == leave_.end()) return false;
        return std::any_of(found->second.begin(), found->second.end(), [&](const OnLeave& l) {
            return l.from < Moment{day, end} && l.to > Moment{day, start};
        });
    }

    static const char* approver(Approval a) {
        switch (a) {
            case Approval::centre:
                return "中心主任";
            case Approval::unit:
                return "派驻单位负责人";
            case Approval::county_office:
                return "县政府办公室主任";
            case Approval::county_leader:
                return "分管副县长";
        }
        return "";
    }

    // Each clerk asks for leave now and then: personal leave of a half or a whole day, sick
    // leave from today, annual leave and training of a few days. One leave at a time at a
    // window, at most one personal or sick leave a month each (well within 004 七 二)9's
    // quotas), and every leave approved at the level its length needs. A window whose only
    // clerk goes on leave for a day or more names a stand-in (顶岗), nearly always.
    void leave_stage(Date day) {
        const Moment now{day, leave_at};
        for (const auto& s : roster_) {
            if (s.role == StaffRole::standin) continue;
            if (!rng_.per_mille(20)) continue;
            const auto kind = static_cast<LeaveKind>(rng_.weighted(leave_weights_));
            const bool sick = kind == LeaveKind::sick;
            const Date start = sick ? day : workdays_after(day, rng_.between(1, 5));
            int length = 1;  // working days
            bool half = false;
            switch (kind) {
                case LeaveKind::personal:
                    half = rng_.per_mille(500);
                    break;
                case LeaveKind::sick:
                    length = rng_.between(1, 2);
                    break;
                case LeaveKind::annual:
                    length = rng_.between(2, 5);
                    break;
                default:
                    length = rng_.between(1, 3);
                    break;
            }
            const bool afternoon = half && rng_.per_mille(500);
            const Date end = workdays_after(start, length - 1);
            if (end > config_.to || start < free_from_[s.code] || start < window_free_from_[s.window])
                continue;
            const bool quota = leave_counts_to_quota(kind);
            const int month = start.year() * 12 + static_cast<int>(start.month());
            if (quota && (end.month() != start.month() || quota_month_[s.code] == month)) continue;

            LeaveRequest request;
            request.staff = s.code;
            request.kind = kind;
            request.from = Moment{start, afternoon ? hours_.pm_start : hours_.am_start};
            request.to = Moment{end, half && !afternoon ? hours_.am_end : hours_.pm_end};
            const bool alone = regulars_[s.window].size() <= 1;
            const auto& standins = standins_[s.window];
            // The bureau sends nobody for half a day, and now and then not for longer either.
            if (!standins.empty() && (!alone || (!half && rng_.per_mille(833))))
                request.standin = standins[rng_.below(standins.size())];
            request.approval =
                required_approval(leave_days(request.from, request.to, calendar_, hours_), policy_);
            request.approved_by = approver(request.approval);
            add_leave(store_, request, now);
            ++report_.leaves;
            leave_[s.code].push_back(OnLeave{request.from, request.to});
            if (!request.standin.empty())
                standing_in_[request.standin].push_back(OnLeave{request.from, request.to});
            free_from_[s.code] = end + 1;
            window_free_from_[s.window] = end + 1;
            if (quota) quota_month_[s.code] = month;
        }
    }

    // ------------------------------------------------------------------------------------
    // Stage: attendance. The day's punches are drawn in the morning, so the cases know who is
    // at the counter, and imported from the clock's log after closing (timeclock_stage).

    // A session's in and out punch: most come a few minutes early and stay a little after;
    // now and then one is late, leaves early, steps away for a while (an out-and-back pair)
    // or forgets to punch. One draw a statement.
    void punch_session(const Staff& s, Date day, int start, int end, std::vector<Punch>& out) {
        const bool late = rng_.per_mille(lateness_[s.code]);
        const int in = late ? start + rng_.between(1, 45) : start - rng_.between(2, 25);
        const bool early = rng_.per_mille(3);
        const int leave = early ? end - rng_.between(5, 50) : end + rng_.between(0, 20);
        const bool missed = rng_.per_mille(3);
        const bool forgot_in = missed && rng_.per_mille(500);
        const bool away = !missed && rng_.per_mille(2);
        if (!(missed && forgot_in)) out.push_back(Punch{s.code, Moment{day, in}});
        if (away) {
            const int minutes = rng_.between(10, 80);
            const int latest = leave - 20 - minutes;
            if (latest > in + 20) {
                const int gone = rng_.between(in + 20, latest);
                out.push_back(Punch{s.code, Moment{day, gone}});
                out.push_back(Punch{s.code, Moment{day, gone + minutes}});
            }
        }
        if (!(missed && !forgot_in)) out.push_back(Punch{s.code, Moment{day, leave}});
    }

    std::vector<Punch> attendance_plan(Date day) {
        std::vector<Punch> out;
        present_.clear();
        for (const auto& s : roster_) {
            bool am = !covered(s.code, day, hours_.am_start, hours_.am_end);
            bool pm = !covered(s.code, day, hours_.pm_start, hours_.pm_end);
            if (s.role == StaffRole::standin) {
                // A stand-in comes in on the days they stand in, for the whole day.
                const auto found = standing_in_.find(s.code);
                const bool standing =
                    found != standing_in_.end() &&
                    std::any_of(found->second.begin(), found->second.end(), [&](const OnLeave& l) {
                        return l.from < Moment{day, hours_.pm_end} && l.to > Moment{day, hours_.am_start};
                    });
                am = am && standing;
                pm = pm && standing;
            } else if (am && pm && rng_.per_mille(1)) {
                // Away without leave (旷工): no punch all day.
                am = pm = false;
            }
            if (am) punch_session(s, day, hours_.am_start, hours_.am_end, out);
            if (pm) punch_session(s, day, hours_.pm_start, hours_.pm_end, out);
            if (am || pm) present_[s.window].push_back(s.code);
        }
        return out;
    }

    // The clock's log of the day, as its CSV export reads (工号, 打卡时间, in time order),
    // through the same import as `hall attendance import`.
    void timeclock_stage(Date day, std::vector<Punch> punches) {
        if (punches.empty()) return;
        std::stable_sort(punches.begin(), punches.end(),
                         [](const Punch& a, const Punch& b) { return a.at < b.at; });
        CsvTable log;
        log.source = fmt::format("timeclock-{}.csv", day.to_string());
        log.header = {"工号", "打卡时间"};
        log.rows.reserve(punches.size());
        std::size_t line = 1;
        for (const auto& p : punches)
            log.rows.push_back(CsvRow{++line,
                                      {p.staff, fmt::format("{} {:02}:{:02}", p.at.date.to_string(),
                                                            p.at.minute / 60, p.at.minute % 60)}});
        const PunchImportResult r = import_punches(store_, log, Moment{day, timeclock_at});
        report_.punches += r.import.added;
    }

    // ------------------------------------------------------------------------------------
    // Stage: complaints (004 九), recorded by the centre at 17:50: the day's new complaints,
    // and the answers, verifications and dismissals that fall due today.

    struct ComplaintPlan {
        std::int64_t id = 0;
        ComplaintActKind next = ComplaintActKind::answer;
        bool verified = false;
        std::string answerer;
        Moment last;  // the latest act so far
    };

    Moment complaint_moment(Date day, const Moment& after) {
        if (day > after.date) return Moment{day, opening + rng_.between(0, closing - opening)};
        return Moment{day, std::min(after.minute + rng_.between(10, 120), complaints_at - 1)};
    }

    void plan_complaint_act(ComplaintPlan plan, Date day) {
        if (day > config_.to) return;  // still pending when the history ends
        complaint_queue_.emplace(std::make_pair(day, order_++), std::move(plan));
    }

    void complaints_stage(Date day) {
        const Moment now{day, complaints_at};
        for (const auto& window : windows_) {
            if (!staff_by_window_.count(window.code) || !rng_.per_mille(18)) continue;
            ComplaintRequest r;
            r.window = window.code;
            r.received = Moment{day, opening + rng_.between(0, closing - opening)};
            r.channel = static_cast<ComplaintChannel>(rng_.weighted({55, 25, 15, 5}));
            r.complaint_class = static_cast<ComplaintClass>(rng_.weighted({55, 15, 10, 20}));
            const auto& clerks = regulars_[window.code];
            if (!clerks.empty() && rng_.per_mille(600)) {
                r.staff = clerks[rng_.below(clerks.size())];
                r.issue = staff_issues[rng_.below(staff_issues.size())];
            } else {
                r.issue = window_issues[rng_.below(window_issues.size())];
            }
            r.request = requests[rng_.below(requests.size())];
            r.complainant = applicant();
            const auto prefix = rng_.between(30, 89);
            const auto number = rng_.between(0, 99999999);
            r.contact = fmt::format("1{}{:08}", prefix, number);
            r.recorded_by = "中心督查室";
            const Complaint c = open_complaint(store_, r, now);
            ++report_.complaints;

            ComplaintPlan plan;
            plan.id = c.id;
            plan.last = r.received;
            plan.verified = rng_.per_mille(500);
            // A forwarded complaint is answered by the unit it went to; the others by the window.
            plan.answerer = r.complaint_class == ComplaintClass::forwarded
                                ? (window.unit.empty() ? window.name : window.unit)
                                : (window.chief.empty() ? window.code : window.chief);
            // Most are answered within the limit; now and then one runs one to three working
            // days past it.
            Date answer;
            if (rng_.per_mille(100)) {
                answer = workdays_after(c.deadline, rng_.between(1, 3));
            } else {
                const int span = std::max(0, calendar_.between_projected(day, c.deadline).value);
                answer = workdays_after(day, rng_.between(0, span));
            }
            plan_complaint_act(std::move(plan), answer);
        }
        // Acts due today, those planned just now included: an ordinary complaint may be
        // answered the day it came.
        while (!complaint_queue_.empty() && complaint_queue_.begin()->first.first <= day) {
            ComplaintPlan plan = std::move(complaint_queue_.begin()->second);
            complaint_queue_.erase(complaint_queue_.begin());
            const Moment at = complaint_moment(day, plan.last);
            plan.last = at;
            if (plan.next == ComplaintActKind::answer) {
                const auto text = rng_.below(answers.size());
                act_on_complaint(store_, plan.id, ComplaintActKind::answer, plan.answerer, answers[text], at,
                                 now);
                // The centre checks the answer with the complainant, then finds it true or not.
                plan.next = plan.verified ? ComplaintActKind::verify : ComplaintActKind::dismiss;
                const Date next = workdays_after(day, rng_.between(0, 3));
                plan_complaint_act(std::move(plan), next);
            } else {
                const char* text = plan.verified ? "经核查属实，已责令窗口整改并向投诉人致歉"
                                                 : "经调阅录像和办件记录，窗口按规定办理，投诉不成立";
                act_on_complaint(store_, plan.id, plan.next, "中心督查室", text, at, now);
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Stage: 电子监察

    void monitor_stage(Date day) {
        const MonitorReport r = monitor(store_, calendar_, policy_, day, Moment{day, monitor_at});
        for (const auto& card : r.issued)
            if (card.level == CardLevel::yellow || card.level == CardLevel::red) ++report_.cards;
    }

    // ------------------------------------------------------------------------------------
    // Stage: the panel's monthly mark (004 ⑦), recorded on the month's last working day

    void panel_stage(Date day) {
        for (const auto& window : windows_) {
            Event e;
            e.kind = "panel_rating";
            e.window = window.code;
            e.date = day;
            e.value = rng_.between(78, 98);
            e.note = fmt::format("{} 月评议小组评分", day.month());
            record(e, panel_at);
        }
    }

    Store& store_;
    const Calendar& calendar_;
    const CasePolicy& policy_;
    const std::vector<Profile>& profiles_;
    const GeneratorConfig& config_;
    Prng rng_;
    std::vector<Item> items_;
    std::vector<int> weights_;
    std::vector<Window> windows_;
    std::vector<Staff> roster_;
    HallHours hours_;
    std::map<std::string, std::vector<std::string>> staff_by_window_;
    std::map<std::string, std::vector<std::string>> regulars_;  // by window: staff who are not stand-ins
    std::map<std::string, std::vector<std::string>> standins_;  // by window: its stand-ins (顶岗)
    std::map<std::string, std::vector<std::string>> present_;   // by window: at the hall today
    std::map<std::string, int> lateness_;                       // by staff: per mille a session
    std::map<std::string, std::vector<OnLeave>> leave_;         // by staff: leave recorded
    std::map<std::string, std::vector<OnLeave>> standing_in_;   // by stand-in: leave they cover
    std::map<std::string, Date> free_from_;                     // by staff: the day after their last leave
    std::map<std::string, Date> window_free_from_;              // by window: likewise
    std::map<std::string, int> quota_month_;  // by staff: the month of their last personal or sick leave
    // personal, sick, annual, marriage, maternity, family visit, bereavement, training
    const std::vector<int> leave_weights_{40, 30, 20, 0, 0, 0, 0, 10};
    std::map<std::pair<Date, std::uint64_t>, ComplaintPlan> complaint_queue_;
    std::set<std::string> scored_;
    std::priority_queue<Pending, std::vector<Pending>, Later> queue_;
    std::uint64_t order_ = 0;
    GenerateReport report_;
};

}  // namespace

GenerateReport generate_history(Store& store, const Calendar& calendar, const CasePolicy& policy,
                                const std::vector<Profile>& profiles, const GeneratorConfig& config) {
    return Simulation(store, calendar, policy, profiles, config).run();
}

// ---------------------------------------------------------------------------------------------
// A synthetic registry

RegistryReport generate_registry(Store& store, int windows, int staff, std::uint64_t seed) {
    if (windows < 1 || staff < windows)
        throw InvalidInput(Text{
            fmt::format("须至少 1 个窗口，且每个窗口至少 1 名工作人员（窗口 {}，人员 {}）", windows, staff),
            fmt::format("at least 1 window and 1 staff member per window are needed "
                        "(windows {}, staff {})",
                        windows, staff)});
    if (!store.windows().empty())
        throw Refused(Text{"存储中已有窗口：合成名册只写入空存储",
                           "the store already has windows: a synthetic registry goes into an empty store"});
    constexpr std::array<const char*, 12> units{"市场监管局", "税务局",     "自然资源局", "住建局",
                                                "人社局",     "公安局",     "民政局",     "卫健委",
                                                "交通运输局", "农业农村局", "生态环境局", "水务局"};
    Prng rng(seed);
    RegistryReport report;
    Store::Transaction tx(store);
    auto code = [](int n) { return fmt::format("W{:03}", n); };
    for (int w = 1; w <= windows; ++w) {
        const auto unit = units[static_cast<std::size_t>(w - 1) % units.size()];
        store.add_window(Window{code(w), fmt::format("{}窗口{}", unit, w), fmt::format("市{}", unit), {}});
        ++report.windows;
    }
    for (int s = 1; s <= staff; ++s) {
        const int w = (s - 1) % windows + 1;
        Staff member;
        member.code = fmt::format("S{:04}", s);
        const auto surname = rng.below(surnames.size());  // one draw a statement (see above)
        const auto name = rng.below(given.size());
        member.name = std::string(surnames[surname]) + given[name];
        member.window = code(w);
        member.role = s <= windows ? StaffRole::chief : StaffRole::clerk;
        store.add_staff(member);
        ++report.staff;
    }
    for (int w = 1; w <= windows; ++w) {
        const std::vector<Material> materials{{"申请书", true}, {"身份证明", false}, {"相关证明材料", false}};
        auto item = [&](int n, CaseClass c, int days) {
            Item it;
            it.code = fmt::format("X{:03}-{}", w, n);
            it.name = fmt::format("{}事项{}", code(w), n);
            it.window = code(w);
            it.case_class = c;
            it.promised = Limit{c == CaseClass::instant ? 0 : days, LimitUnit::workdays};
            if (c != CaseClass::instant) it.statutory = Limit{days * 2, LimitUnit::workdays};
            it.materials = materials;
            return it;
        };
        store.add_item(item(1, CaseClass::instant, 0));
        store.add_item(item(2, CaseClass::promised, 10));
        Item inspected = item(3, CaseClass::promised, 7);
        inspected.inspection = true;
        store.add_item(inspected);
        Item joint = item(4, CaseClass::joint, 15);
        if (windows >= 3) joint.participants = {code(w % windows + 1), code((w + 1) % windows + 1)};
        store.add_item(joint);
        Item upstream = item(5, CaseClass::upstream, 5);
        upstream.reporting_days = 5;
        upstream.authority = "省级主管部门";
        store.add_item(upstream);
        report.items += 5;
    }
    tx.commit();
    return report;
}

}  // namespace hall
