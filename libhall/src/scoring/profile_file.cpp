// The rule-profile reader. Every table names the keys it accepts, so a typo is an error at
// its line instead of a rule that silently never applies.

#include <hall/error.h>
#include <hall/scoring.h>

#include "../toml_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <string_view>

namespace hall {
namespace {

using toml_support::boolean;
using toml_support::integer;

using toml_support::fail_at;
using toml_support::Value;

constexpr double max_points = 1000;

void check_keys(const Value& table, std::initializer_list<std::string_view> allowed, const char* what) {
    for (const auto& [key, value] : table.as_table()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        fail_at(value, fmt::format("{} 中没有键 {}（可用：{}）", what, key, list),
                fmt::format("unknown key '{}' in {} (known: {})", key, what, list));
    }
}

const Value& table_at(const Value& parent, const char* key) {
    const Value& v = parent.at(key);
    if (!v.is_table()) fail_at(v, fmt::format("{} 应是表", key), fmt::format("'{}' must be a table", key));
    return v;
}

const toml::array& tables_at(const Value& parent, const char* key) {
    static const toml::array empty;
    if (!parent.contains(key)) return empty;
    const Value& v = parent.at(key);
    if (!v.is_array())
        fail_at(v, fmt::format("{} 应写成 [[...{}]] 表", key, key),
                fmt::format("'{}' must be [[...{}]] tables", key, key));
    for (const Value& t : v.as_array())
        if (!t.is_table())
            fail_at(t, fmt::format("{} 的每一项应是表", key), fmt::format("each '{}' must be a table", key));
    return v.as_array();
}

std::string text(const Value& table, const char* key, bool required) {
    return toml_support::string_of(table, key, required);
}

Text bilingual(const Value& table) {
    return Text{text(table, "zh", true), text(table, "en", true)};
}

double number_value(const Value& v, const char* key, double min, double max) {
    double x = 0;
    if (v.is_integer())
        x = static_cast<double>(v.as_integer());
    else if (v.is_floating())
        x = v.as_floating();
    else
        fail_at(v, fmt::format("{} 应是数", key), fmt::format("'{}' must be a number", key));
    if (!(x >= min && x <= max))
        fail_at(v, fmt::format("{} 应在 {} 到 {} 之间", key, min, max),
                fmt::format("'{}' must be from {} to {}", key, min, max));
    return x;
}

std::optional<double> number(const Value& table, const char* key, double min, double max) {
    if (!table.contains(key)) return std::nullopt;
    return number_value(table.at(key), key, min, max);
}

bool is_identifier(const std::string& s) {
    if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::string identifier(const Value& table, const char* key) {
    const std::string s = text(table, key, true);
    if (!is_identifier(s))
        fail_at(table.at(key), fmt::format("{} 应是小写英文标识符（a-z、0-9、_）", key),
                fmt::format("'{}' must be a lower-case identifier (a-z, 0-9, _)", key));
    return s;
}

std::vector<std::string> identifiers(const Value& table, const char* key, bool required) {
    std::vector<std::string> out;
    if (!table.contains(key)) {
        if (required) fail_at(table, fmt::format("缺少 {}", key), fmt::format("missing key '{}'", key));
        return out;
    }
    const Value& v = table.at(key);
    if (!v.is_array() || v.as_array().empty())
        fail_at(v, fmt::format("{} 应是非空的标识符数组", key),
                fmt::format("'{}' must be a non-empty array of identifiers", key));
    for (const Value& e : v.as_array()) {
        if (!e.is_string() || !is_identifier(e.as_string().str))
            fail_at(e, fmt::format("{} 的每一项应是小写英文标识符", key),
                    fmt::format("each of '{}' must be a lower-case identifier", key));
        out.push_back(e.as_string().str);
    }
    return out;
}

template <typename E>
E choice(const Value& table, const char* key, E fallback,
         std::initializer_list<std::pair<const char*, E>> options) {
    if (!table.contains(key)) return fallback;
    const std::string s = text(table, key, true);
    std::string list;
    for (const auto& [name, value] : options) {
        if (s == name) return value;
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    fail_at(table.at(key), fmt::format("{} 只能是 {}", key, list),
            fmt::format("'{}' must be one of {}", key, list));
}

Period period_of(const Value& table) {
    return choice(table, "period", Period::month,
                  {{"month", Period::month}, {"quarter", Period::quarter}, {"year", Period::year}});
}

Measure measure_of(const Value& table) {
    return choice(table, "measure", Measure::count, {{"count", Measure::count}, {"days", Measure::days}});
}

Category read_category(const Value& t) {
    check_keys(t, {"id", "zh", "en", "source", "max", "earned", "open"}, "[[category]]");
    Category c;
    c.id = identifier(t, "id");
    c.name = bilingual(t);
    c.source = text(t, "source", true);
    const bool earned = boolean(t, "earned");
    const bool open = boolean(t, "open");
    if (earned && open)
        fail_at(t.at("open"), "earned 与 open 不能同时为 true", "a category cannot be both earned and open");
    c.kind = open ? CategoryKind::open : earned ? CategoryKind::earned : CategoryKind::deduction;
    if (open) {
        if (t.contains("max")) fail_at(t.at("max"), "open 类别没有上限", "an open category has no max");
    } else {
        if (!t.contains("max"))
            fail_at(t, "缺少 max（分值上限）", "missing key 'max' (the category's points)");
        c.max = number_value(t.at("max"), "max", 0, max_points);
    }
    return c;
}

Rule read_rule(const Value& t, const Scheme& scheme) {
    check_keys(
        t,
        {"kind", "category", "zh", "en", "source", "points", "per", "escalation", "count_with", "period",
         "thresholds", "zero", "scale", "value_max", "levels", "once_per_note", "each_staff", "absent_days"},
        "[[rule]]");
    Rule r;
    r.kind = identifier(t, "kind");
    r.line = static_cast<int>(t.location().line());
    if (scheme.find_rule(r.kind))
        fail_at(t.at("kind"), fmt::format("事件类别 {} 已有规则", r.kind),
                fmt::format("kind '{}' already has a rule in this scheme", r.kind));
    r.category = text(t, "category", true);
    if (!scheme.find_category(r.category))
        fail_at(t.at("category"), fmt::format("未知类别 {}", r.category),
                fmt::format("unknown category '{}'", r.category));
    r.name = bilingual(t);
    r.source = text(t, "source", true);

    int forms = 0;
    if (t.contains("points")) {
        ++forms;
        r.points = number_value(t.at("points"), "points", -max_points, max_points);
    }
    r.per = choice(t, "per", Per::occurrence,
                   {{"occurrence", Per::occurrence},
                    {"day", Per::day},
                    {"half_day", Per::half_day},
                    {"value", Per::value}});
    if (t.contains("per") && !r.points)
        fail_at(t.at("per"), "per 只用于 points 规则", "'per' goes with 'points'");
    if (t.contains("escalation")) {
        ++forms;
        const Value& v = t.at("escalation");
        if (!v.is_array() || v.as_array().empty())
            fail_at(v, "escalation 应是非空的分值数组", "'escalation' must be a non-empty array of points");
        for (const Value& step : v.as_array())
            r.escalation.push_back(number_value(step, "escalation", -max_points, max_points));
        r.count_with = identifiers(t, "count_with", false);
        if (r.count_with.empty()) r.count_with.push_back(r.kind);
        if (std::find(r.count_with.begin(), r.count_with.end(), r.kind) == r.count_with.end())
            fail_at(t.at("count_with"), "count_with 应包含规则自己的类别",
                    "'count_with' must include the rule's own kind");
    } else if (t.contains("count_with")) {
        fail_at(t.at("count_with"), "count_with 只用于 escalation 规则",
                "'count_with' goes with 'escalation'");
    }
    r.period = period_of(t);
    if (t.contains("thresholds")) {
        ++forms;
        for (const Value& step : tables_at(t, "thresholds")) {
            check_keys(step, {"over", "points", "absent_days"}, "thresholds");
            Threshold th;
            th.over = number(step, "over", 0, 24 * 60).value_or(0);
            if (!step.contains("points")) fail_at(step, "缺少 points", "missing key 'points'");
            th.points = number_value(step.at("points"), "points", -max_points, max_points);
            th.absent_days = number(step, "absent_days", 0, 31).value_or(0);
            if (!r.thresholds.empty() && th.over <= r.thresholds.back().over)
                fail_at(step, "thresholds 应按 over 从小到大排列",
                        "thresholds must be in increasing order of 'over'");
            r.thresholds.push_back(th);
        }
        if (r.thresholds.empty())
            fail_at(t.at("thresholds"), "thresholds 不能为空", "'thresholds' must not be empty");
    }
    if (t.contains("zero")) {
        r.zero = boolean(t, "zero");
        if (!r.zero) fail_at(t.at("zero"), "zero 只能写 true", "'zero' can only be true");
        ++forms;
    }
    if (t.contains("scale")) {
        ++forms;
        r.scale = number_value(t.at("scale"), "scale", 0.001, 10);
    }
    if (const auto vm = number(t, "value_max", 0.001, 100000)) r.value_max = *vm;
    if (t.contains("levels")) {
        ++forms;
        const Value& v = t.at("levels");
        if (!v.is_table() || v.as_table().empty())
            fail_at(v, "levels 应写成 { 级别 = 分值, ... }", "'levels' must be { level = points, ... }");
        for (const auto& [name, points] : v.as_table())
            r.levels.push_back({name, number_value(points, "levels", -max_points, max_points)});
        std::sort(r.levels.begin(), r.levels.end(),
                  [](const Level& a, const Level& b) { return a.name < b.name; });
    }
    if (forms != 1)
        fail_at(t, "规则应有且只有一种形式：points、escalation、thresholds、zero、scale 或 levels",
                "a rule needs exactly one of points, escalation, thresholds, zero, scale, levels");
    r.once_per_note = boolean(t, "once_per_note");
    r.each_staff = boolean(t, "each_staff");
    if (r.each_staff && scheme.subject != Subject::staff)
        fail_at(t.at("each_staff"), "each_staff 只用于 [staff] 方案",
                "'each_staff' belongs to a [staff] scheme");
    r.absent_days = number(t, "absent_days", 0, 31).value_or(0);
    const Category& c = *scheme.find_category(r.category);
    if ((r.zero || r.scale) && c.kind != CategoryKind::deduction)
        fail_at(t, "zero 和 scale 只用于扣分类别（有 max）",
                "'zero' and 'scale' need a deduction category (with a max)");
    return r;
}

Scheme read_scheme(const Value& s, Subject subject, const char* name) {
    check_keys(s,
               {"base", "flags", "year", "tie_break", "category", "rule", "veto", "zero_month", "propagation",
                "flag_bonus"},
               name);
    Scheme scheme;
    scheme.subject = subject;
    scheme.base = number(s, "base", 0, max_points).value_or(0);
    scheme.flags = integer(s, "flags", 0, 1000).value_or(0);
    if (scheme.flags > 0 && subject != Subject::window)
        fail_at(s.at("flags"), "只有窗口方案评红旗", "only a window scheme awards flags");
    scheme.year = choice(s, "year", YearMode::sum, {{"sum", YearMode::sum}, {"average", YearMode::average}});
    if (s.contains("tie_break")) {
        const Value& v = s.at("tie_break");
        if (!v.is_array()) fail_at(v, "tie_break 应是数组", "'tie_break' must be an array");
        scheme.tie_break.clear();
        for (const Value& k : v.as_array()) {
            if (!k.is_string())
                fail_at(k, "tie_break 的每一项应是字符串", "each tie_break key must be a string");
            const std::string key = k.as_string().str;
            if (key == "score")
                scheme.tie_break.push_back(TieKey::score);
            else if (key == "deductions")
                scheme.tie_break.push_back(TieKey::deductions);
            else if (key == "incidents")
                scheme.tie_break.push_back(TieKey::incidents);
            else if (key == "bonus")
                scheme.tie_break.push_back(TieKey::bonus);
            else
                fail_at(
                    k, "tie_break 只能用 score、deductions、incidents、bonus（代码总是最后比较）",
                    "tie_break keys are score, deductions, incidents, bonus (the code always decides last)");
        }
    }
    for (const Value& t : tables_at(s, "category")) {
        Category c = read_category(t);
        if (scheme.find_category(c.id))
            fail_at(t.at("id"), fmt::format("类别 {} 重复", c.id),
                    fmt::format("category '{}' is defined twice", c.id));
        scheme.categories.push_back(std::move(c));
    }
    if (scheme.categories.empty())
        fail_at(s, "方案至少要有一个类别", "a scheme needs at least one [[category]]");
    for (const Value& t : tables_at(s, "rule")) scheme.rules.push_back(read_rule(t, scheme));
    for (const Value& t : tables_at(s, "veto")) {
        check_keys(t, {"kinds", "zh", "en", "source"}, "[[veto]]");
        if (subject != Subject::window)
            fail_at(t, "否决只用于窗口方案", "a veto belongs to a [window] scheme");
        scheme.vetoes.push_back({identifiers(t, "kinds", true), bilingual(t), text(t, "source", true)});
    }
    for (const Value& t : tables_at(s, "zero_month")) {
        check_keys(t, {"kinds", "measure", "period", "at_least", "zh", "en", "source"}, "[[zero_month]]");
        ZeroRule z;
        z.kinds = identifiers(t, "kinds", true);
        z.measure = measure_of(t);
        z.period = period_of(t);
        z.at_least = number(t, "at_least", 0.5, 1000).value_or(1);
        z.name = bilingual(t);
        z.source = text(t, "source", true);
        scheme.zero_month.push_back(std::move(z));
    }
    auto category_of = [&](const Value& t) {
        const std::string id = text(t, "category", true);
        if (!scheme.find_category(id))
            fail_at(t.at("category"), fmt::format("未知类别 {}", id),
                    fmt::format("unknown category '{}'", id));
        return id;
    };
    if (s.contains("propagation")) {
        const Value& t = table_at(s, "propagation");
        check_keys(t, {"category", "every", "points", "source"}, "[propagation]");
        if (subject != Subject::window)
            fail_at(t, "传导只用于窗口方案", "propagation belongs to a [window] scheme");
        Propagation p;
        p.category = category_of(t);
        p.every = number(t, "every", 0.5, max_points).value_or(5);
        p.points = number(t, "points", -max_points, 0).value_or(-2);
        p.source = text(t, "source", true);
        scheme.propagation = p;
    }
    if (s.contains("flag_bonus")) {
        const Value& t = table_at(s, "flag_bonus");
        check_keys(t, {"category", "points", "source"}, "[flag_bonus]");
        if (subject != Subject::staff)
            fail_at(t, "红旗加分只用于人员方案", "flag_bonus belongs to a [staff] scheme");
        FlagBonus b;
        b.category = category_of(t);
        b.points = number(t, "points", 0, max_points).value_or(2);
        b.source = text(t, "source", true);
        scheme.flag_bonus = b;
    }
    return scheme;
}

AlertRule read_alert(const Value& t) {
    check_keys(t,
               {"kind", "zh", "en", "source", "kinds", "period", "measure", "at_least", "same_level",
                "value_over", "within_workdays"},
               "[[alert]]");
    AlertRule a;
    a.kind = choice(t, "kind", AlertKind::return_to_unit,
                    {{"return_to_unit", AlertKind::return_to_unit},
                     {"excellence_lost", AlertKind::excellence_lost},
                     {"bulletin", AlertKind::bulletin}});
    if (!t.contains("kind")) fail_at(t, "缺少 kind", "missing key 'kind'");
    a.name = bilingual(t);
    a.source = text(t, "source", true);
    a.kinds = identifiers(t, "kinds", true);
    a.period = period_of(t);
    a.measure = measure_of(t);
    a.at_least = number(t, "at_least", 0.5, 1000).value_or(1);
    a.same_level = boolean(t, "same_level");
    a.value_over = number(t, "value_over", 0, 100000);
    a.within_workdays = integer(t, "within_workdays", 1, 1000);
    if (a.within_workdays && a.at_least < 2)
        fail_at(t.at("within_workdays"), "within_workdays 需要 at_least ≥ 2",
                "'within_workdays' needs at_least ≥ 2");
    return a;
}

}  // namespace

const Category* Scheme::find_category(const std::string& id) const {
    for (const auto& c : categories)
        if (c.id == id) return &c;
    return nullptr;
}

const Rule* Scheme::find_rule(const std::string& kind) const {
    for (const auto& r : rules)
        if (r.kind == kind) return &r;
    return nullptr;
}

Profile parse_profile(const std::string& content, const std::string& file_name) {
    const Value root = toml_support::parse(content, file_name);
    check_keys(root, {"profile", "window", "staff", "alert"}, "the profile");
    if (!root.contains("profile")) fail_at(root, "缺少 [profile] 表", "missing the [profile] table");
    const Value& p = table_at(root, "profile");
    check_keys(p, {"name", "zh", "en", "source", "note_zh", "note_en", "cards"}, "[profile]");
    Profile out;
    out.name = text(p, "name", true);
    const bool name_ok = !out.name.empty() && std::all_of(out.name.begin(), out.name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
    if (!name_ok)
        fail_at(p.at("name"), "name 只能用 a-z、0-9、- 和 _", "'name' may use a-z, 0-9, - and _ only");
    out.title = bilingual(p);
    out.source = text(p, "source", true);
    out.note = Text{text(p, "note_zh", false), text(p, "note_en", false)};
    out.cards = choice(p, "cards", CardCount::per_card,
                       {{"per_card", CardCount::per_card}, {"highest", CardCount::highest}});
    if (root.contains("window"))
        out.window = read_scheme(table_at(root, "window"), Subject::window, "[window]");
    if (root.contains("staff")) out.staff = read_scheme(table_at(root, "staff"), Subject::staff, "[staff]");
    if (!out.window && !out.staff)
        fail_at(root, "至少要有 [window] 或 [staff] 方案", "a profile needs a [window] or a [staff] scheme");
    if (out.window && out.window->propagation && !out.staff)
        fail_at(root.at("window").at("propagation"), "传导需要同一文件中的 [staff] 方案",
                "propagation needs a [staff] scheme in the same profile");
    for (const Value& t : tables_at(root, "alert")) out.alerts.push_back(read_alert(t));
    return out;
}

Profile read_profile_file(const std::filesystem::path& path) {
    return parse_profile(toml_support::read_text(path), path.string());
}

}  // namespace hall
