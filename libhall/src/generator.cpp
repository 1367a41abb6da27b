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
constexpr int events_at = 17 * 60 + 45;
constexpr int monitor_at = 18 * 60;
constexpr int panel_at = 18 * 60 + 30;

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
        for (const auto& s : store.staff(std::nullopt)) staff_by_window_[s.window].push_back(s.code);
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
            cases_stage(day, arrivals(i, days.size()));
            events_stage(day);
            monitor_stage(day);
            // The panel marks the month on its last working day.
            if (workdays_after(day, 1).month() != day.month()) panel_stage(day);
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
        if (step.staff.empty() && step.kind != StepKind::rate) step.staff = p.clerk;
        const CaseView view = move_case(store_, calendar_, policy_, p.number, step, p.at);
        if (p.act == Act::sign) ++p.plan.signed_parts;
        after(std::move(p), view);
    }

    std::string pick_staff_or_empty(const std::string& window) {
        return staff_by_window_.count(window) ? pick_staff(window) : std::string();
    }

    void open(Pending p) {
        const Item& item = items_[p.item];
        OpenRequest request;
        request.item = item.code;
        request.staff = pick_staff(item.window);
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
    // Stage: events recorded by the centre's inspectors, at the end of the day

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
                if (rng_.per_mille(15)) {
                    e.kind = "late";
                    e.note = fmt::format("迟到 {} 分钟", rng_.between(3, 25));
                    record(e);
                }
                if (rng_.per_mille(5)) {
                    e.kind = "early";
                    record(e);
                }
                if (rng_.per_mille(6)) {
                    e.kind = "off_post";
                    e.minutes = rng_.between(10, 80);
                    record(e);
                    e.minutes.reset();
                }
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
    std::map<std::string, std::vector<std::string>> staff_by_window_;
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
