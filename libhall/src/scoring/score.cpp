// The monthly scorer. Points are summed in hundredths (integers), so that 0.5 and 0.1
// steps add up exactly and the same events always give the same bytes.

#include <hall/scoring.h>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace hall {
namespace {

using Cents = long long;

Cents cents(double x) {
    return std::llround(x * 100);
}

double points_of(Cents c) {
    return static_cast<double>(c) / 100;
}

std::string signed_points(double x) {
    return fmt::format("{:+g}", x);
}

std::string ordinal_en(int n) {
    const int tens = n % 100;
    const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                         : n % 10 == 1              ? "st"
                         : n % 10 == 2              ? "nd"
                         : n % 10 == 3              ? "rd"
                                                    : "th";
    return fmt::format("{}{}", n, suffix);
}

const char* period_zh(Period p) {
    switch (p) {
        case Period::month:
            return "本月";
        case Period::quarter:
            return "本季度";
        case Period::year:
            return "本年";
    }
    return "";
}

const char* period_en(Period p) {
    switch (p) {
        case Period::month:
            return "this month";
        case Period::quarter:
            return "this quarter";
        case Period::year:
            return "this year";
    }
    return "";
}

Date period_start(Period p, Month m) {
    switch (p) {
        case Period::month:
            return m.first_day();
        case Period::quarter:
            return Month{m.year, (m.month - 1) / 3 * 3 + 1}.first_day();
        case Period::year:
            return Month{m.year, 1}.first_day();
    }
    return m.first_day();
}

bool contains(const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
}

bool before(const Event& a, const Event& b) {
    return a.date != b.date ? a.date < b.date : a.id < b.id;
}

double days_of(const Event& e) {
    return e.value && *e.value > 0 ? *e.value : e.count;
}

// The threshold step an event's minutes reach; the first step at least.
const Threshold& step_for(const Rule& r, const Event& e) {
    const Threshold* step = &r.thresholds.front();
    for (const auto& th : r.thresholds)
        if (e.minutes.value_or(0) > th.over) step = &th;
    return *step;
}

// Days of absence an event counts for, by the rules of `scheme` (absent itself, or an event
// "treated as absence": 按旷工处理).
double absence_days(const Scheme* scheme, const Event& e, const std::vector<std::string>& kinds) {
    if (contains(kinds, e.kind)) return days_of(e);
    if (!scheme || !contains(kinds, "absent")) return 0;
    const Rule* r = scheme->find_rule(e.kind);
    if (!r) return 0;
    if (r->absent_days > 0) return r->absent_days * e.count;
    if (!r->thresholds.empty()) return step_for(*r, e).absent_days * e.count;
    return 0;
}

double measure_of(const Scheme* scheme, const Event& e, const std::vector<std::string>& kinds, Measure m) {
    if (m == Measure::days) return absence_days(scheme, e, kinds);
    return contains(kinds, e.kind) ? e.count : 0;
}

struct RawLine {
    std::string category;
    Cents points = 0;
    Text why;
    std::string source;
    std::string clause;
    bool from_event = false;
};

struct Account {
    std::string window;
    std::string staff;
    std::vector<RawLine> lines;
    std::map<std::string, std::size_t> zero_line;    // category → its first zeroing line
    std::map<std::string, std::size_t> scaled_line;  // category → the line the panel mark fills
    std::map<std::string, std::vector<double>> scaled_values;
    std::vector<Line> vetoes;
    Cents score = 0;
    std::vector<CategoryScore> categories;
    bool flag = false;

    const std::string& code() const { return staff.empty() ? window : staff; }
    Cents deductions() const {
        Cents total = 0;
        for (const auto& l : lines)
            if (l.from_event && l.points < 0) total -= l.points;
        return total;
    }
    int incidents() const {
        return static_cast<int>(std::count_if(lines.begin(), lines.end(),
                                              [](const RawLine& l) { return l.from_event && l.points < 0; }));
    }
    Cents bonus() const {
        Cents total = 0;
        for (const auto& l : lines)
            if (l.from_event && l.points > 0) total += l.points;
        return total;
    }
};

// The events of the lookback window, sorted and indexed for the counting rules.
bool is_card(const std::string& kind) {
    return kind == "yellow_card" || kind == "red_card";
}

// What makes two events one matter, counted once: a case's cards, or one article or praise
// (the same kind and note).
std::string matter_of(const Event& e) {
    return is_card(e.kind) ? "card\n" + e.source : e.kind + "\n" + e.note;
}

// The events of the lookback window, sorted and indexed for the counting rules. Hash maps:
// at city scale a year holds hundreds of thousands of events.
struct EventIndex {
    using List = std::vector<const Event*>;
    List all;                                           // sorted by date, then id
    std::unordered_map<std::string, List> window_only;  // events with no staff, per window
    std::unordered_map<std::string, List> by_staff;
    // Per window ("w\nCODE") or staff member ("s\nCODE"), then per matter (matter_of), for
    // the rules where one matter counts once.
    std::unordered_map<std::string, std::unordered_map<std::string, List>> matters;

    EventIndex(const std::vector<Event>& events, Month month, const std::vector<Lookback>& lookback,
               const std::vector<std::string>& matter_kinds) {
        const Date first = month.first_day();
        const Date last = month.last_day();
        std::unordered_map<std::string, Date> since;
        for (const auto& l : lookback) since.emplace(l.kind, l.from);
        for (const auto& e : events) {
            if (e.date > last) continue;
            if (e.date < first) {
                const auto it = since.find(e.kind);
                if (it == since.end() || e.date < it->second) continue;
            }
            all.push_back(&e);
        }
        // Stable: events derived from records (attendance, complaints) carry no id, and two of
        // one day keep the order they were derived in, so the 1st and the 2nd are told apart.
        std::stable_sort(all.begin(), all.end(),
                         [](const Event* a, const Event* b) { return before(*a, *b); });
        for (const Event* e : all) {
            if (e->staff.empty())
                window_only[e->window].push_back(e);
            else
                by_staff[e->staff].push_back(e);
            if (contains(matter_kinds, e->kind) && (is_card(e->kind) || !e->note.empty())) {
                const std::string matter = matter_of(*e);
                matters["w\n" + e->window][matter].push_back(e);
                if (!e->staff.empty()) matters["s\n" + e->staff][matter].push_back(e);
            }
        }
    }
    static const List& find(const std::unordered_map<std::string, List>& map, const std::string& key) {
        static const List empty;
        const auto it = map.find(key);
        return it == map.end() ? empty : it->second;
    }
    // The events of one person: a staff member, or the window itself for window events.
    const List& person(const Event& e) const {
        return e.staff.empty() ? find(window_only, e.window) : find(by_staff, e.staff);
    }
    const List& matter(bool staff, const std::string& code, const Event& e) const {
        static const List empty;
        const auto it = matters.find((staff ? "s\n" : "w\n") + code);
        return it == matters.end() ? empty : find(it->second, matter_of(e));
    }
};

// The kinds whose events count once per matter under this profile.
std::vector<std::string> matter_kinds(const Profile& profile) {
    std::vector<std::string> out;
    for (const Scheme* s :
         {profile.window ? &*profile.window : nullptr, profile.staff ? &*profile.staff : nullptr}) {
        if (!s) continue;
        for (const auto& r : s->rules)
            if (r.once_per_note || (is_card(r.kind) && profile.cards == CardCount::highest))
                out.push_back(r.kind);
    }
    return out;
}

class Scorer {
public:
    Scorer(const Profile& profile, const ScoringInput& input)
        : profile_(profile),
          input_(input),
          first_(input.month.first_day()),
          last_(input.month.last_day()),
          index_(input.events, input.month, lookback_kinds(profile, input.month), matter_kinds(profile)) {}

    Scorecard run();

private:
    std::vector<Account> open_accounts(const Scheme& scheme) const;
    void apply_events(const Scheme& scheme, std::vector<Account>& accounts) const;
    void apply_rule(const Scheme& scheme, const Rule& rule, const Event& e, Account& account) const;
    Cents escalated(const Scheme& scheme, const Rule& rule, const Event& e, Text& detail) const;
    Cents counted_once(const Scheme& scheme, const Rule& rule, const Event& e, const Account& account,
                       Text& detail) const;
    Cents base_points(const Rule& rule, const Event& e) const;
    void propagate(const Scheme& window_scheme, std::vector<Account>& windows,
                   const std::vector<Account>& staff) const;
    void veto(const Scheme& scheme, std::vector<Account>& windows) const;
    void finalize(const Scheme& scheme, std::vector<Account>& accounts) const;
    void zero_month(const Scheme& scheme, Account& account) const;
    std::vector<Entry> rank(const Scheme& scheme, std::vector<Account>& accounts) const;
    void alerts(std::vector<Alert>& out) const;

    const Profile& profile_;
    const ScoringInput& input_;
    Date first_;
    Date last_;
    EventIndex index_;
};

std::vector<Account> Scorer::open_accounts(const Scheme& scheme) const {
    std::vector<Account> out;
    if (scheme.subject == Subject::window) {
        for (const auto& w : input_.windows)
            out.push_back(Account{w.code, {}, {}, {}, {}, {}, {}, 0, {}, false});
    } else {
        for (const auto& s : input_.staff)
            out.push_back(Account{s.window, s.code, {}, {}, {}, {}, {}, 0, {}, false});
    }
    std::sort(out.begin(), out.end(), [](const Account& a, const Account& b) { return a.code() < b.code(); });
    return out;
}

Account* find_account(std::vector<Account>& accounts, const std::string& code) {
    auto it = std::lower_bound(accounts.begin(), accounts.end(), code,
                               [](const Account& a, const std::string& c) { return a.code() < c; });
    return it != accounts.end() && it->code() == code ? &*it : nullptr;
}

void Scorer::apply_events(const Scheme& scheme, std::vector<Account>& accounts) const {
    for (const Event* e : index_.all) {
        if (e->date < first_) continue;
        const Rule* rule = scheme.find_rule(e->kind);
        if (!rule) continue;
        if (scheme.subject == Subject::window) {
            if (Account* a = find_account(accounts, e->window)) apply_rule(scheme, *rule, *e, *a);
        } else if (!e->staff.empty()) {
            if (Account* a = find_account(accounts, e->staff)) apply_rule(scheme, *rule, *e, *a);
        } else if (rule->each_staff) {
            for (auto& a : accounts)
                if (a.window == e->window) apply_rule(scheme, *rule, *e, a);
        }
    }
}

Cents Scorer::base_points(const Rule& rule, const Event& e) const {
    if (rule.points) return cents(*rule.points);
    for (const auto& l : rule.levels)
        if (l.name == e.level) return cents(l.points);
    for (const auto& l : rule.levels)
        if (l.name == "default") return cents(l.points);
    return 0;
}

Cents Scorer::escalated(const Scheme& scheme, const Rule& rule, const Event& e, Text& detail) const {
    const Date from = period_start(rule.period, input_.month);
    int prior = 0;
    for (const Event* x : index_.person(e)) {
        if (x == &e || before(e, *x)) break;
        if (x->date >= from && contains(rule.count_with, x->kind)) prior += x->count;
    }
    Cents total = 0;
    for (int n = prior + 1; n <= prior + e.count; ++n) {
        const std::size_t step =
            std::min<std::size_t>(static_cast<std::size_t>(n - 1), rule.escalation.size() - 1);
        total += cents(rule.escalation[step]);
    }
    std::string which_zh = fmt::format("第{}次", prior + 1);
    std::string which_en = ordinal_en(prior + 1);
    if (e.count > 1) {
        which_zh = fmt::format("第{}–{}次", prior + 1, prior + e.count);
        which_en = fmt::format("{}–{}", ordinal_en(prior + 1), ordinal_en(prior + e.count));
    }
    std::string group_zh, group_en;
    if (rule.count_with.size() > 1) {
        std::string names_zh, names_en;
        for (const auto& k : rule.count_with) {
            const Rule* other = scheme.find_rule(k);
            names_zh += (names_zh.empty() ? "" : "、") + (other ? other->name.zh : k);
            names_en += (names_en.empty() ? "" : "/") + (other ? other->name.en : k);
        }
        group_zh = fmt::format("（{}合计）", names_zh);
        group_en = fmt::format(" (counting {})", names_en);
    }
    detail = Text{fmt::format("{}{}{}", period_zh(rule.period), which_zh, group_zh),
                  fmt::format("{} {}{}", which_en, period_en(rule.period), group_en)};
    return total;
}

// One matter counts once at its highest: a card on a case already charged for a lower card
// costs only the difference, an article reported again at a higher level adds the difference.
Cents Scorer::counted_once(const Scheme& scheme, const Rule& rule, const Event& e, const Account& account,
                           Text& detail) const {
    Cents charged = 0;
    for (const Event* x : index_.matter(!account.staff.empty(), account.code(), e)) {
        if (x == &e || before(e, *x)) break;
        const Rule* r = scheme.find_rule(x->kind);
        if (!r) continue;
        const Cents p = base_points(*r, *x);
        if (std::llabs(p) > std::llabs(charged)) charged = p;
    }
    const Cents p = base_points(rule, e);
    if (std::llabs(p) <= std::llabs(charged)) {
        detail = Text{"同一事项已按更高或相同分值计分",
                      "the same matter already counted at this or a higher level"};
        return 0;
    }
    if (charged != 0)
        detail = Text{fmt::format("同一事项已计 {}，补差", signed_points(points_of(charged))),
                      fmt::format("the same matter already counted {}; the difference",
                                  signed_points(points_of(charged)))};
    return p - charged;
}

void Scorer::apply_rule(const Scheme& scheme, const Rule& rule, const Event& e, Account& account) const {
    RawLine line{rule.category, 0, {}, e.source, rule.source, true};
    Text detail;
    if (rule.zero) {
        if (!account.zero_line.count(rule.category)) {
            account.zero_line[rule.category] = account.lines.size();
            detail = Text{"此项不得分", "the category scores 0"};
        } else {
            detail = Text{"此项已不得分", "the category already scores 0"};
        }
    } else if (rule.scale) {
        account.scaled_values[rule.category].push_back(std::clamp(e.value.value_or(0), 0.0, rule.value_max));
        if (account.scaled_line.count(rule.category)) {
            detail = Text{"与本月其他评议分取平均", "averaged with the month's other panel marks"};
        } else {
            account.scaled_line[rule.category] = account.lines.size();
        }
    } else if (!rule.escalation.empty()) {
        line.points = escalated(scheme, rule, e, detail);
    } else if (!rule.thresholds.empty()) {
        const Threshold& th = step_for(rule, e);
        line.points = cents(th.points) * e.count;
        const int minutes = e.minutes.value_or(0);
        detail = th.over > 0 ? Text{fmt::format("{} 分钟，超过 {:g} 分钟", minutes, th.over),
                                    fmt::format("{} min, over {:g} min", minutes, th.over)}
                             : Text{fmt::format("{} 分钟", minutes), fmt::format("{} min", minutes)};
        if (th.absent_days > 0) {
            detail.zh += fmt::format("，按旷工 {:g} 天计", th.absent_days);
            detail.en += fmt::format(", counted as {:g} day absent", th.absent_days);
        }
    } else {
        if ((is_card(rule.kind) && profile_.cards == CardCount::highest) ||
            (rule.once_per_note && !e.note.empty())) {
            line.points = counted_once(scheme, rule, e, account, detail);
        } else if (!rule.levels.empty()) {
            line.points = base_points(rule, e) * e.count;
            detail = Text{fmt::format("级别 {}", e.level.empty() ? "default" : e.level),
                          fmt::format("level {}", e.level.empty() ? "default" : e.level)};
        } else {
            const Cents p = base_points(rule, e);
            switch (rule.per) {
                case Per::occurrence:
                    line.points = p * e.count;
                    if (e.count > 1)
                        detail = Text{fmt::format("{} 次", e.count), fmt::format("{} times", e.count)};
                    break;
                case Per::day:
                    line.points = std::llround(static_cast<double>(p) * days_of(e));
                    detail = Text{fmt::format("{:g} 天", days_of(e)), fmt::format("{:g} days", days_of(e))};
                    break;
                case Per::half_day:
                    line.points = std::llround(static_cast<double>(p) * days_of(e) * 2);
                    detail = Text{fmt::format("{:g} 个半天", days_of(e) * 2),
                                  fmt::format("{:g} half-days", days_of(e) * 2)};
                    break;
                case Per::value:
                    line.points = std::llround(static_cast<double>(p) *
                                               std::clamp(e.value.value_or(0), 0.0, rule.value_max));
                    detail = Text{fmt::format("数值 {:g}", e.value.value_or(0)),
                                  fmt::format("value {:g}", e.value.value_or(0))};
                    break;
            }
        }
    }
    std::string zh = rule.name.zh;
    std::string en = rule.name.en;
    if (!detail.zh.empty()) {
        zh += "：" + detail.zh;
        en += ": " + detail.en;
    }
    if (!e.staff.empty() && account.staff.empty()) {
        zh += fmt::format("（{}）", e.staff);
        en += fmt::format(" ({})", e.staff);
    }
    if (!e.note.empty()) {
        zh += "；" + e.note;
        en += "; " + e.note;
    }
    line.why = Text{zh, en};
    account.lines.push_back(std::move(line));
}

void Scorer::propagate(const Scheme& window_scheme, std::vector<Account>& windows,
                       const std::vector<Account>& staff) const {
    const Propagation& p = *window_scheme.propagation;
    const Cents every = cents(p.every);
    for (const auto& s : staff) {
        const Cents lost = s.deductions();
        const Cents times = lost / every;
        if (times <= 0) continue;
        Account* w = find_account(windows, s.window);
        if (!w) continue;
        w->lines.push_back(RawLine{
            p.category, times * cents(p.points),
            Text{fmt::format("工作人员 {} 本月被扣 {:g} 分：每满 {:g} 分扣窗口 {:g} 分", s.staff,
                             points_of(lost), p.every, -p.points),
                 fmt::format("staff {} lost {:g} points this month: each full {:g} costs the window {:g}",
                             s.staff, points_of(lost), p.every, -p.points)},
            "staff " + s.staff, p.source, true});
    }
}

void Scorer::veto(const Scheme& scheme, std::vector<Account>& windows) const {
    for (const Event* e : index_.all) {
        if (e->date < first_) continue;
        for (const auto& v : scheme.vetoes) {
            if (!contains(v.kinds, e->kind)) continue;
            if (Account* a = find_account(windows, e->window))
                a->vetoes.push_back(Line{"", 0, v.name, e->source, v.source});
        }
    }
}

void Scorer::finalize(const Scheme& scheme, std::vector<Account>& accounts) const {
    const std::string profile_source = "profile " + profile_.name;
    for (auto& a : accounts) {
        Cents total = cents(scheme.base);
        a.categories.clear();
        for (const auto& c : scheme.categories) {
            const Cents max = cents(c.max);
            const Cents start = c.kind == CategoryKind::deduction ? max : 0;
            if (auto it = a.scaled_line.find(c.id); it != a.scaled_line.end()) {
                const auto& values = a.scaled_values[c.id];
                double mean = 0;
                for (double v : values) mean += v;
                mean /= static_cast<double>(values.size());
                const Rule* rule = nullptr;
                for (const auto& r : scheme.rules)
                    if (r.category == c.id && r.scale) rule = &r;
                const Cents scaled = std::clamp<Cents>(cents(mean * *rule->scale), 0, max);
                RawLine& line = a.lines[it->second];
                line.points = scaled - max;
                line.why = Text{fmt::format("{}：{:g} × {:g} = {:g}（满分 {:g}）", rule->name.zh, mean,
                                            *rule->scale, points_of(scaled), c.max),
                                fmt::format("{}: {:g} × {:g} = {:g} (of {:g})", rule->name.en, mean,
                                            *rule->scale, points_of(scaled), c.max)};
            }
            Cents sum = 0;
            for (std::size_t i = 0; i < a.lines.size(); ++i) {
                const auto z = a.zero_line.find(c.id);
                if (a.lines[i].category == c.id && !(z != a.zero_line.end() && z->second == i))
                    sum += a.lines[i].points;
            }
            if (auto z = a.zero_line.find(c.id); z != a.zero_line.end()) {
                const Cents cut = std::max<Cents>(0, start + sum);
                a.lines[z->second].points = -cut;
                sum -= cut;
            }
            Cents value = start + sum;
            if (c.kind != CategoryKind::open && value < 0) {
                a.lines.push_back(RawLine{c.id, -value,
                                          Text{fmt::format("{}：本项最低 0 分", c.name.zh),
                                               fmt::format("{}: the category floors at 0", c.name.en)},
                                          profile_source, "SCORING F4", false});
                value = 0;
            }
            if (c.kind != CategoryKind::open && value > max) {
                a.lines.push_back(
                    RawLine{c.id, max - value,
                            Text{fmt::format("{}：本项最多 {:g} 分", c.name.zh, c.max),
                                 fmt::format("{}: the category is capped at {:g}", c.name.en, c.max)},
                            profile_source, c.source, false});
                value = max;
            }
            a.categories.push_back({c.id, points_of(value), c.kind == CategoryKind::open ? 0 : c.max});
            total += value;
        }
        if (total < 0) {
            a.lines.push_back(RawLine{"", -total, Text{"总分最低 0 分", "the score floors at 0"},
                                      profile_source, "SCORING F4", false});
            total = 0;
        }
        a.score = total;
        if (scheme.subject == Subject::staff) zero_month(scheme, a);
    }
}

void Scorer::zero_month(const Scheme& scheme, Account& a) const {
    for (const auto& z : scheme.zero_month) {
        const Date from = period_start(z.period, input_.month);
        double total = 0;
        bool in_month = false;
        std::string sources;
        auto it = index_.by_staff.find(a.staff);
        if (it == index_.by_staff.end()) return;
        for (const Event* e : it->second) {
            if (e->date < from) continue;
            const double m = measure_of(&scheme, *e, z.kinds, z.measure);
            if (m <= 0) continue;
            total += m;
            in_month = in_month || e->date >= first_;
            sources += (sources.empty() ? "" : ", ") + e->source;
        }
        if (!in_month || total < z.at_least || a.score == 0) continue;
        const char* unit_zh = z.measure == Measure::days ? "天" : "次";
        const char* unit_en =
            z.measure == Measure::days ? (total == 1 ? "day" : "days") : (total == 1 ? "time" : "times");
        a.lines.push_back(
            RawLine{"", -a.score,
                    Text{fmt::format("{}（{}{:g}{}）", z.name.zh, period_zh(z.period), total, unit_zh),
                         fmt::format("{} ({:g} {} {})", z.name.en, total, unit_en, period_en(z.period))},
                    sources, z.source, false});
        a.score = 0;
        for (auto& c : a.categories) c.score = 0;
        return;
    }
}

std::vector<Entry> Scorer::rank(const Scheme& scheme, std::vector<Account>& accounts) const {
    struct Keys {
        Account* account;
        Cents deductions;
        int incidents;
        Cents bonus;
    };
    std::vector<Keys> order;
    for (auto& a : accounts) order.push_back({&a, a.deductions(), a.incidents(), a.bonus()});
    std::sort(order.begin(), order.end(), [&](const Keys& x, const Keys& y) {
        for (TieKey k : scheme.tie_break) {
            switch (k) {
                case TieKey::score:
                    if (x.account->score != y.account->score) return x.account->score > y.account->score;
                    break;
                case TieKey::deductions:
                    if (x.deductions != y.deductions) return x.deductions < y.deductions;
                    break;
                case TieKey::incidents:
                    if (x.incidents != y.incidents) return x.incidents < y.incidents;
                    break;
                case TieKey::bonus:
                    if (x.bonus != y.bonus) return x.bonus > y.bonus;
                    break;
            }
        }
        return x.account->code() < y.account->code();
    });
    int flags_left = scheme.flags;
    std::vector<Entry> out;
    for (const Keys& keys : order) {
        Account* a = keys.account;
        if (flags_left > 0 && a->vetoes.empty()) {
            a->flag = true;
            --flags_left;
        }
        Entry entry;
        entry.rank = static_cast<int>(out.size()) + 1;
        entry.window = a->window;
        entry.staff = a->staff;
        entry.score = points_of(a->score);
        entry.flag = a->flag;
        entry.eligible = a->vetoes.empty();
        entry.vetoes = a->vetoes;
        entry.categories = a->categories;
        for (const auto& l : a->lines)
            entry.lines.push_back(Line{l.category, points_of(l.points), l.why, l.source, l.clause});
        out.push_back(std::move(entry));
    }
    return out;
}

void Scorer::alerts(std::vector<Alert>& out) const {
    const Scheme* scheme = profile_.staff ? &*profile_.staff : profile_.window ? &*profile_.window : nullptr;
    std::vector<const Staff*> staff;
    for (const auto& s : input_.staff) staff.push_back(&s);
    std::sort(staff.begin(), staff.end(), [](const Staff* a, const Staff* b) { return a->code < b->code; });
    for (const Staff* s : staff) {
        auto it = index_.by_staff.find(s->code);
        if (it == index_.by_staff.end()) continue;
        const auto& events = it->second;
        for (const auto& rule : profile_.alerts) {
            const Date from = period_start(rule.period, input_.month);
            auto raise = [&](double total, const std::vector<const Event*>& evidence) {
                std::string sources;
                for (const Event* e : evidence) sources += (sources.empty() ? "" : ", ") + e->source;
                const bool days = rule.measure == Measure::days;
                out.push_back(Alert{
                    rule.kind, s->code, s->window,
                    Text{fmt::format("{}：{}{:g}{}", rule.name.zh, period_zh(rule.period), total,
                                     days ? "天" : "次"),
                         fmt::format("{}: {:g} {} {}", rule.name.en, total,
                                     days ? (total == 1 ? "day" : "days") : (total == 1 ? "time" : "times"),
                                     period_en(rule.period))},
                    sources, rule.source});
            };
            if (rule.value_over) {
                std::vector<const Event*> hits;
                for (const Event* e : events)
                    if (e->date >= first_ && contains(rule.kinds, e->kind) &&
                        e->value.value_or(0) > *rule.value_over)
                        hits.push_back(e);
                if (!hits.empty()) {
                    const Event* e = hits.front();
                    std::string sources;
                    for (const Event* h : hits) sources += (sources.empty() ? "" : ", ") + h->source;
                    out.push_back(Alert{rule.kind, s->code, s->window,
                                        Text{fmt::format("{}：{:g}", rule.name.zh, e->value.value_or(0)),
                                             fmt::format("{}: {:g}", rule.name.en, e->value.value_or(0))},
                                        sources, rule.source});
                }
                continue;
            }
            if (rule.within_workdays) {
                std::vector<const Event*> occurrences;
                for (const Event* e : events)
                    if (contains(rule.kinds, e->kind))
                        for (int i = 0; i < e->count; ++i) occurrences.push_back(e);
                const auto need = static_cast<std::size_t>(std::ceil(rule.at_least));
                if (occurrences.size() >= need && !input_.calendar)
                    throw Refused(Text{"该配置的提示规则需要工作日历",
                                       "this profile's alerts need the working-day calendar"});
                for (std::size_t i = need - 1; i < occurrences.size(); ++i) {
                    const Event* last = occurrences[i];
                    const Event* head = occurrences[i + 1 - need];
                    if (last->date < first_) continue;
                    if (input_.calendar->between_projected(head->date, last->date).value <=
                        *rule.within_workdays) {
                        std::vector<const Event*> evidence(
                            occurrences.begin() + static_cast<long>(i + 1 - need),
                            occurrences.begin() + static_cast<long>(i + 1));
                        evidence.erase(std::unique(evidence.begin(), evidence.end()), evidence.end());
                        out.push_back(Alert{rule.kind, s->code, s->window,
                                            Text{fmt::format("{}：{} 至 {}", rule.name.zh,
                                                             head->date.to_string(), last->date.to_string()),
                                                 fmt::format("{}: {} to {}", rule.name.en,
                                                             head->date.to_string(), last->date.to_string())},
                                            [&] {
                                                std::string sources;
                                                for (const Event* x : evidence)
                                                    sources += (sources.empty() ? "" : ", ") + x->source;
                                                return sources;
                                            }(),
                                            rule.source});
                        break;
                    }
                }
                continue;
            }
            // Totals over the period, per level when the same banned act must repeat.
            std::map<std::string, std::pair<double, std::vector<const Event*>>> groups;
            for (const Event* e : events) {
                if (e->date < from) continue;
                const double m = measure_of(scheme, *e, rule.kinds, rule.measure);
                if (m <= 0) continue;
                auto& g = groups[rule.same_level ? e->level : std::string()];
                g.first += m;
                g.second.push_back(e);
            }
            for (const auto& [level, group] : groups) {
                const bool in_month = std::any_of(group.second.begin(), group.second.end(),
                                                  [&](const Event* e) { return e->date >= first_; });
                if (in_month && group.first >= rule.at_least) {
                    raise(group.first, group.second);
                    break;
                }
            }
        }
    }
}

Scorecard Scorer::run() {
    Scorecard card;
    card.month = input_.month;
    card.profile = profile_.name;
    std::vector<Account> windows, staff;
    if (profile_.staff) {
        staff = open_accounts(*profile_.staff);
        apply_events(*profile_.staff, staff);
    }
    std::set<std::string> flagged;
    if (profile_.window) {
        windows = open_accounts(*profile_.window);
        apply_events(*profile_.window, windows);
        if (profile_.window->propagation) propagate(*profile_.window, windows, staff);
        veto(*profile_.window, windows);
        finalize(*profile_.window, windows);
        card.windows = rank(*profile_.window, windows);
        for (const auto& e : card.windows)
            if (e.flag) flagged.insert(e.window);
    }
    if (input_.flag_windows)
        flagged = std::set<std::string>(input_.flag_windows->begin(), input_.flag_windows->end());
    if (profile_.staff) {
        if (const auto& bonus = profile_.staff->flag_bonus) {
            for (auto& a : staff)
                if (flagged.count(a.window))
                    a.lines.push_back(RawLine{
                        bonus->category, cents(bonus->points),
                        Text{fmt::format("窗口 {} 获本月流动红旗", a.window),
                             fmt::format("window {} won a red flag this month", a.window)},
                        fmt::format("flag {} {}", a.window, input_.month.to_string()), bonus->source, true});
        }
        finalize(*profile_.staff, staff);
        card.staff = rank(*profile_.staff, staff);
    }
    alerts(card.alerts);
    return card;
}

std::string describe_points(double p) {
    return signed_points(p);
}

Text describe(const Rule& r) {
    if (r.zero) return Text{"此项不得分", "the category scores 0"};
    if (r.scale)
        return Text{fmt::format("数值（0–{:g}）× {:g} 计入本项", r.value_max, *r.scale),
                    fmt::format("the value (0–{:g}) × {:g} is the category's score", r.value_max, *r.scale)};
    if (!r.escalation.empty()) {
        std::string zh, en;
        for (std::size_t i = 0; i < r.escalation.size(); ++i) {
            zh += fmt::format("{}第{}次 {}", i ? "，" : "", i + 1, describe_points(r.escalation[i]));
            en += fmt::format("{}{} {}", i ? ", " : "", ordinal_en(static_cast<int>(i) + 1),
                              describe_points(r.escalation[i]));
        }
        zh += fmt::format("，之后每次 {}（每人{}计）", describe_points(r.escalation.back()),
                          period_zh(r.period));
        en += fmt::format(", then {} each (per person, {})", describe_points(r.escalation.back()),
                          period_en(r.period));
        return Text{zh, en};
    }
    if (!r.thresholds.empty()) {
        std::string zh, en;
        for (std::size_t i = 0; i < r.thresholds.size(); ++i) {
            const auto& t = r.thresholds[i];
            zh += fmt::format("{}{} {}", i ? "；" : "",
                              i ? fmt::format("超过 {:g} 分钟", t.over) : std::string("每次"),
                              describe_points(t.points));
            en += fmt::format("{}{} {}", i ? "; " : "",
                              i ? fmt::format("over {:g} min", t.over) : std::string("each"),
                              describe_points(t.points));
        }
        return Text{zh, en};
    }
    if (!r.levels.empty()) {
        std::vector<Level> levels = r.levels;
        std::sort(levels.begin(), levels.end(),
                  [](const Level& a, const Level& b) { return std::abs(a.points) < std::abs(b.points); });
        std::string list;
        for (const auto& l : levels)
            list += fmt::format("{}{} {}", list.empty() ? "" : ", ", l.name, describe_points(l.points));
        return r.once_per_note ? Text{list + "（同一事项按最高级别计一次）",
                                      list + " (one matter counts once, at its highest)"}
                               : Text{list, list};
    }
    const std::string p = describe_points(*r.points);
    switch (r.per) {
        case Per::day:
            return Text{fmt::format("每天 {}", p), fmt::format("{} a day", p)};
        case Per::half_day:
            return Text{fmt::format("每半天 {}", p), fmt::format("{} a half-day", p)};
        case Per::value:
            return Text{fmt::format("数值 × {}", p), fmt::format("value × {}", p)};
        case Per::occurrence:
            break;
    }
    return r.once_per_note ? Text{fmt::format("每件 {}（同一事项计一次）", p),
                                  fmt::format("{} each (one matter counts once)", p)}
                           : Text{fmt::format("每次 {}", p), fmt::format("{} each", p)};
}

}  // namespace

const char* period_id(Period p) {
    switch (p) {
        case Period::month:
            return "month";
        case Period::quarter:
            return "quarter";
        case Period::year:
            return "year";
    }
    return "";
}

const char* alert_kind_id(AlertKind k) {
    switch (k) {
        case AlertKind::return_to_unit:
            return "return_to_unit";
        case AlertKind::excellence_lost:
            return "excellence_lost";
        case AlertKind::bulletin:
            return "bulletin";
    }
    return "";
}

const char* subject_id(Subject s) {
    return s == Subject::window ? "window" : "staff";
}

std::vector<Lookback> lookback_kinds(const Profile& profile, Month month) {
    std::map<std::string, Date> need;
    auto widen = [&](const std::string& kind, Date from) {
        auto [it, fresh] = need.emplace(kind, from);
        if (!fresh) it->second = std::min(it->second, from);
    };
    const Scheme* schemes[] = {profile.window ? &*profile.window : nullptr,
                               profile.staff ? &*profile.staff : nullptr};
    // Kinds that count as absence (按旷工处理) wherever a measure of days counts "absent".
    auto widen_kinds = [&](const std::vector<std::string>& kinds, Measure measure, Date from) {
        for (const auto& k : kinds) widen(k, from);
        if (measure != Measure::days || !contains(kinds, "absent")) return;
        for (const Scheme* s : schemes) {
            if (!s) continue;
            for (const auto& r : s->rules) {
                const bool counts =
                    r.absent_days > 0 || std::any_of(r.thresholds.begin(), r.thresholds.end(),
                                                     [](const Threshold& t) { return t.absent_days > 0; });
                if (counts) widen(r.kind, from);
            }
        }
    };
    for (const Scheme* s : schemes) {
        if (!s) continue;
        for (const auto& r : s->rules) {
            if (!r.escalation.empty())
                widen_kinds(r.count_with, Measure::count, period_start(r.period, month));
            // A matter counted once, or a case's cards under "highest", may span months.
            if (r.once_per_note || (is_card(r.kind) && profile.cards == CardCount::highest))
                widen(r.kind, period_start(Period::year, month));
        }
        for (const auto& z : s->zero_month) widen_kinds(z.kinds, z.measure, period_start(z.period, month));
    }
    for (const auto& a : profile.alerts) {
        // Working days to calendar days, with room for a long holiday.
        const Date from = a.within_workdays ? month.first_day() - (*a.within_workdays * 7 / 5 + 31)
                                            : period_start(a.period, month);
        widen_kinds(a.kinds, a.measure, from);
    }
    std::vector<Lookback> out;
    for (const auto& [kind, from] : need)
        if (from < month.first_day()) out.push_back({kind, from});
    return out;
}

Date lookback_start(const Profile& profile, Month month) {
    Date from = month.first_day();
    for (const auto& l : lookback_kinds(profile, month)) from = std::min(from, l.from);
    return from;
}

std::vector<EventKind> event_kinds(const Profile& profile) {
    std::vector<EventKind> out;
    for (const Scheme* s :
         {profile.window ? &*profile.window : nullptr, profile.staff ? &*profile.staff : nullptr}) {
        if (!s) continue;
        for (const auto& r : s->rules) {
            EventKind k;
            k.kind = r.kind;
            k.profile = profile.name;
            k.subject = s->subject;
            k.category = r.category;
            if (r.points)
                k.points = *r.points;
            else if (!r.escalation.empty())
                k.points = r.escalation.front();
            else if (!r.thresholds.empty())
                k.points = r.thresholds.front().points;
            k.name = r.name;
            k.rule = describe(r);
            k.source = r.source;
            out.push_back(std::move(k));
        }
    }
    // Kinds that cost no points but raise an alert (a sanction, a case overdue under 001).
    for (const auto& a : profile.alerts) {
        for (const auto& kind : a.kinds) {
            if (std::any_of(out.begin(), out.end(), [&](const EventKind& k) { return k.kind == kind; }))
                continue;
            EventKind k;
            k.kind = kind;
            k.profile = profile.name;
            k.subject = Subject::staff;
            k.name = a.name;
            k.rule = Text{fmt::format("不扣分；提示：{}", alert_kind_id(a.kind)),
                          fmt::format("no points; alert: {}", alert_kind_id(a.kind))};
            k.source = a.source;
            out.push_back(std::move(k));
        }
    }
    return out;
}

void check_event(const Profile& profile, const Event& e) {
    if (e.count < 1)
        throw InvalidInput(Text{fmt::format("{}：次数应至少为 1", e.kind),
                                fmt::format("{}: the count must be at least 1", e.kind)});
    for (const Scheme* s :
         {profile.window ? &*profile.window : nullptr, profile.staff ? &*profile.staff : nullptr}) {
        if (!s) continue;
        const Rule* r = s->find_rule(e.kind);
        if (!r) continue;
        if (!r->thresholds.empty() && !e.minutes)
            throw InvalidInput(Text{fmt::format("{} 需要 --minutes（{}）", e.kind, r->source),
                                    fmt::format("{} needs --minutes ({})", e.kind, r->source)});
        if (e.minutes && (*e.minutes < 0 || *e.minutes > 24 * 60))
            throw InvalidInput(Text{"分钟数应在 0 到 1440 之间", "minutes must be from 0 to 1440"});
        const bool needs_value = r->scale || (r->points && r->per == Per::value);
        if (needs_value && !e.value)
            throw InvalidInput(Text{fmt::format("{} 需要 --value（{}）", e.kind, r->source),
                                    fmt::format("{} needs --value ({})", e.kind, r->source)});
        if (e.value && (needs_value || r->per == Per::day || r->per == Per::half_day) &&
            (*e.value < 0 || *e.value > r->value_max))
            throw InvalidInput(
                Text{fmt::format("{} 的数值应在 0 到 {:g} 之间", e.kind, r->value_max),
                     fmt::format("{}: the value must be from 0 to {:g}", e.kind, r->value_max)});
        if (!r->levels.empty()) {
            const bool known = std::any_of(r->levels.begin(), r->levels.end(), [&](const Level& l) {
                return l.name == (e.level.empty() ? std::string("default") : e.level);
            });
            if (!known) {
                std::string list;
                for (const auto& l : r->levels) list += (list.empty() ? "" : ", ") + l.name;
                throw InvalidInput(Text{fmt::format("{} 的级别只能是 {}", e.kind, list),
                                        fmt::format("{}: the level must be one of {}", e.kind, list)});
            }
        }
    }
}

Scorecard score(const Profile& profile, const ScoringInput& input) {
    return Scorer(profile, input).run();
}

YearScorecard aggregate_year(const Profile& profile, int year, const std::vector<Scorecard>& months) {
    YearScorecard out;
    out.year = year;
    out.profile = profile.name;
    auto gather = [&](const std::optional<Scheme>& scheme, bool staff_side) {
        std::vector<YearEntry> entries;
        if (!scheme) return entries;
        struct Sum {
            std::string window;
            Cents total = 0;
            int months = 0;
            int flags = 0;
        };
        std::map<std::string, Sum> sums;
        for (const auto& card : months) {
            if (card.month.year != year) continue;
            for (const auto& e : staff_side ? card.staff : card.windows) {
                auto& s = sums[staff_side ? e.staff : e.window];
                s.window = e.window;
                s.total += cents(e.score);
                ++s.months;
                s.flags += e.flag ? 1 : 0;
            }
        }
        for (const auto& [code, s] : sums) {
            YearEntry y;
            y.window = s.window;
            if (staff_side) y.staff = code;
            const Cents value = scheme->year == YearMode::average
                                    ? std::llround(static_cast<double>(s.total) / s.months)
                                    : s.total;
            y.score = points_of(value);
            y.months = s.months;
            y.flags = s.flags;
            entries.push_back(y);
        }
        std::sort(entries.begin(), entries.end(), [&](const YearEntry& a, const YearEntry& b) {
            if (a.score != b.score) return a.score > b.score;
            if (a.flags != b.flags) return a.flags > b.flags;
            return (staff_side ? a.staff : a.window) < (staff_side ? b.staff : b.window);
        });
        for (std::size_t i = 0; i < entries.size(); ++i) entries[i].rank = static_cast<int>(i) + 1;
        return entries;
    };
    out.windows = gather(profile.window, false);
    out.staff = gather(profile.staff, true);
    return out;
}

}  // namespace hall
