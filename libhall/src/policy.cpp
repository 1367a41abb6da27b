#include <hall/desk.h>
#include <hall/policy.h>

#include "toml_support.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <type_traits>

namespace hall {
namespace {

using toml_support::fail_at;
using toml_support::Value;

constexpr std::string_view policy_prefix = "cases.";
constexpr std::string_view time_zone_setting = "hall.time_zone";

template <auto Field>
std::int64_t get_field(const CasePolicy& p) {
    return p.*Field;
}

template <auto Field>
void set_field(CasePolicy& p, std::int64_t value) {
    p.*Field = static_cast<std::remove_reference_t<decltype(p.*Field)>>(value);
}

template <auto Field>
PolicyKey key(std::string_view name, std::int64_t min, std::int64_t max, Text meaning) {
    return PolicyKey{name, min, max, std::move(meaning), &get_field<Field>, &set_field<Field>};
}

const std::array<PolicyKey, 28>& table() {
    static const std::array<PolicyKey, 28> keys = {
        key<&CasePolicy::joint_min_units>(
            "joint_min_units", 2, 20,
            {"事项涉及至少这么多个窗口时，办件是联办件",
             "windows an item must involve for its cases to be joint cases (联办件)"}),
        key<&CasePolicy::joint_investment>(
            "joint_investment", 0, 1'000'000'000'000,
            {"投资额（元）达到此数时，办件是联办件，并可容缺预审",
             "investment in yuan from which a case is a joint case and may be approved with pending "
             "materials (容缺预审)"}),
        key<&CasePolicy::one_time_notice_days>(
            "one_time_notice_days", 0, 60,
            {"一次性告知须在收件后这么多个工作日内",
             "working days after receipt within which missing materials must be asked for at once "
             "(一次性告知)"}),
        key<&CasePolicy::max_extension_days>(
            "max_extension_days", 0, 365,
            {"每件办件的延期合计不超过这么多个工作日", "working days a case's extensions may add up to"}),
        key<&CasePolicy::warning_days>("warning_days", 0, 60,
                                       {"承诺期限前这么多个工作日预警",
                                        "working days before the promised deadline that a warning "
                                        "(预警) is issued"}),
        key<&CasePolicy::follow_up_days>(
            "follow_up_days", 1, 60,
            {"评价为 2 分及以下的，须在这么多个工作日内核实答复",
             "working days within which a rating of 2 or less is verified and answered"}),
        key<&CasePolicy::inspection_days>(
            "inspection_days", 1, 60,
            {"需现场踏勘的事项，须在起算后这么多个工作日内完成踏勘",
             "working days after the clock starts within which a site inspection (现场踏勘) is done"}),
        key<&CasePolicy::satisfaction_points_1>(
            "satisfaction_points_1", 0, 100,
            {"简报满意度均分中，非常不满意（1）计这么多分",
             "points a rating of 1 (very dissatisfied) earns in a bulletin's average"}),
        key<&CasePolicy::satisfaction_points_2>(
            "satisfaction_points_2", 0, 100,
            {"简报满意度均分中，不满意（2）计这么多分",
             "points a rating of 2 (dissatisfied) earns in a bulletin's average"}),
        key<&CasePolicy::satisfaction_points_3>(
            "satisfaction_points_3", 0, 100,
            {"简报满意度均分中，基本满意（3）计这么多分",
             "points a rating of 3 (fairly satisfied) earns in a bulletin's average"}),
        key<&CasePolicy::satisfaction_points_4>(
            "satisfaction_points_4", 0, 100,
            {"简报满意度均分中，满意（4）计这么多分",
             "points a rating of 4 (satisfied) earns in a bulletin's average"}),
        key<&CasePolicy::satisfaction_points_5>(
            "satisfaction_points_5", 0, 100,
            {"简报满意度均分中，非常满意（5）计这么多分",
             "points a rating of 5 (very satisfied) earns in a bulletin's average"}),
        key<&CasePolicy::attendance_am_start>("attendance_am_start", 0, 1439,
                                              {"上午上班时间（午夜后的分钟数，510 即 8:30）",
                                               "morning start, in minutes after midnight (510 is 08:30)"}),
        key<&CasePolicy::attendance_am_end>("attendance_am_end", 0, 1439,
                                            {"上午下班时间（午夜后的分钟数，720 即 12:00）",
                                             "morning end, in minutes after midnight (720 is 12:00)"}),
        key<&CasePolicy::attendance_pm_start>("attendance_pm_start", 0, 1439,
                                              {"下午上班时间（午夜后的分钟数，870 即 14:30）",
                                               "afternoon start, in minutes after midnight (870 is 14:30)"}),
        key<&CasePolicy::attendance_pm_end>("attendance_pm_end", 0, 1439,
                                            {"下午下班时间（午夜后的分钟数，1080 即 18:00）",
                                             "afternoon end, in minutes after midnight (1080 is 18:00)"}),
        key<&CasePolicy::attendance_grace_minutes>(
            "attendance_grace_minutes", 0, 60,
            {"打卡晚于上班或早于下班不超过这么多分钟的，不算迟到早退",
             "minutes a punch may be after the start or before the end without counting as late or early"}),
        key<&CasePolicy::leave_centre_days>(
            "leave_centre_days", 0, 365,
            {"请假不超过这么多天的，由中心批准", "days of leave up to which the centre approves"}),
        key<&CasePolicy::leave_unit_days>("leave_unit_days", 0, 365,
                                          {"请假不超过这么多天的，由所在单位和中心批准",
                                           "days of leave up to which the unit and the centre approve"}),
        key<&CasePolicy::leave_office_days>("leave_office_days", 0, 365,
                                            {"请假不超过这么多天的，由县政府办公室批准；更长的由县领导批准",
                                             "days of leave up to which the county office approves; longer "
                                             "leave needs a county leader"}),
        key<&CasePolicy::leave_quota_chief_days>(
            "leave_quota_chief_days", 0, 31,
            {"首席代表每月请假不超过这么多天", "days of leave a chief representative may take a month"}),
        key<&CasePolicy::leave_quota_chief_times>(
            "leave_quota_chief_times", 0, 31,
            {"首席代表每月请假不超过这么多次", "times a chief representative may take leave a month"}),
        key<&CasePolicy::leave_quota_staff_days>(
            "leave_quota_staff_days", 0, 31,
            {"窗口工作人员每月请假不超过这么多天", "days of leave a window clerk may take a month"}),
        key<&CasePolicy::leave_quota_staff_times>(
            "leave_quota_staff_times", 0, 31,
            {"窗口工作人员每月请假不超过这么多次", "times a window clerk may take leave a month"}),
        key<&CasePolicy::complaint_ordinary_days>(
            "complaint_ordinary_days", 0, 60,
            {"一般投诉须在这么多个工作日内答复", "working days to answer an ordinary complaint"}),
        key<&CasePolicy::complaint_complex_days>(
            "complaint_complex_days", 0, 60,
            {"复杂或涉及多个单位的投诉须在这么多个工作日内答复",
             "working days to answer a complex or multi-unit complaint"}),
        key<&CasePolicy::complaint_important_days>(
            "complaint_important_days", 0, 60,
            {"重要投诉须在这么多个工作日内答复", "working days to answer an important complaint"}),
        key<&CasePolicy::complaint_forwarded_days>(
            "complaint_forwarded_days", 0, 60,
            {"转给部门处理的投诉须在这么多个工作日内答复（逾期每工作日扣分）",
             "working days for a department to answer a forwarded complaint (points lost per working day "
             "late)"}),
    };
    return keys;
}

std::string key_list() {
    std::string out;
    for (const auto& k : table()) out += std::string(k.key) + ", ";
    return out + std::string(time_zone_key);
}

const char* zone_names = "Asia/Shanghai, Asia/Urumqi, Asia/Hong_Kong, Asia/Macau, Asia/Taipei, UTC, ±HH:MM";

// The whole text must be the number: "5 " or "0x5" are not 5.
std::optional<std::int64_t> whole_number(std::string_view text) {
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

bool in_range(const PolicyKey& k, std::int64_t value) {
    return value >= k.min && value <= k.max;
}

std::string range_text(const PolicyKey& k) {
    return fmt::format("{}–{}", k.min, k.max);
}

std::string full_key(const PolicyKey& k) {
    return std::string(policy_prefix) + std::string(k.key);
}

StoreError bad_setting(const Store& store, const std::string& key, const std::string& value,
                       const std::string& why_zh, const std::string& why_en) {
    return StoreError(
        Text{fmt::format("存储 {} 的设置 {} = “{}” 无法使用：{}；请用 hall rules set 改正", store.path(), key,
                         value, why_zh),
             fmt::format("store {} has an unusable setting {} = '{}': {}; correct it with 'hall rules set'",
                         store.path(), key, value, why_en)});
}

}  // namespace

std::span<const PolicyKey> policy_keys() {
    return table();
}

const PolicyKey* find_policy_key(std::string_view name) {
    for (const auto& k : table())
        if (k.key == name) return &k;
    return nullptr;
}

CasePolicy parse_case_policy(const std::string& text, const std::string& file_name) {
    const Value root = toml_support::parse(text, file_name);
    toml_support::only_keys(root, {"cases"}, file_name);
    CasePolicy policy;
    if (!root.contains("cases")) return policy;
    const Value& cases = root.at("cases");
    if (!cases.is_table()) fail_at(cases, "cases 应是表 [cases]", "'cases' must be a table [cases]");
    for (const auto& [name, v] : cases.as_table()) {
        const PolicyKey* k = find_policy_key(name);
        if (!k) {
            std::string known;
            for (const auto& each : table()) known += (known.empty() ? "" : ", ") + std::string(each.key);
            fail_at(v, fmt::format("[cases] 里没有规则 {}；可用的规则：{}", name, known),
                    fmt::format("unknown rule '{}' in [cases]; the rules are: {}", name, known));
        }
        if (!v.is_integer() || !in_range(*k, v.as_integer()))
            fail_at(v, fmt::format("{} 应是 {} 到 {} 的整数（{}）", name, k->min, k->max, k->meaning.zh),
                    fmt::format("'{}' must be a whole number from {} to {} ({})", name, k->min, k->max,
                                k->meaning.en));
        k->set(policy, v.as_integer());
    }
    return policy;
}

CasePolicy read_case_policy_file(const std::filesystem::path& path) {
    return parse_case_policy(toml_support::read_text(path), path.string());
}

CasePolicy load_policy(const Store& store) {
    CasePolicy policy;
    for (const auto& [name, value] : store.settings(std::string(policy_prefix))) {
        const PolicyKey* k = find_policy_key(std::string_view(name).substr(policy_prefix.size()));
        if (!k) throw bad_setting(store, name, value, "hall 不认识这条规则", "hall knows no such rule");
        const auto number = whole_number(value);
        if (!number || !in_range(*k, *number))
            throw bad_setting(store, name, value, fmt::format("应是 {} 到 {} 的整数", k->min, k->max),
                              fmt::format("it must be a whole number from {} to {}", k->min, k->max));
        k->set(policy, *number);
    }
    return policy;
}

void save_policy(Store& store, const CasePolicy& policy) {
    Store::Transaction tx(store);
    for (const auto& k : table()) store.set_setting(full_key(k), std::to_string(k.get(policy)));
    tx.commit();
}

TimeZone load_time_zone(const Store& store) {
    const std::string key(time_zone_setting);
    const auto stored = store.setting(key);
    if (!stored) return TimeZone::hall_default();
    if (auto zone = TimeZone::parse(*stored)) return *zone;
    throw bad_setting(store, key, *stored, fmt::format("时区应是 {} 之一", zone_names),
                      fmt::format("a time zone is one of {}", zone_names));
}

std::vector<RuleInForce> rules_in_force(const Store& store) {
    const CasePolicy policy = load_policy(store);
    const auto changes = store.setting_changes();
    auto describe = [&](RuleInForce rule, const std::string& stored_key) {
        const auto last = std::find_if(changes.rbegin(), changes.rend(),
                                       [&](const SettingChange& c) { return c.key == stored_key; });
        if (last != changes.rend()) {
            rule.origin = RuleOrigin::rules_set;
            rule.change = *last;
        } else if (store.setting(stored_key)) {
            rule.origin = RuleOrigin::rules_file;
        }
        return rule;
    };
    std::vector<RuleInForce> out;
    for (const auto& k : table())
        out.push_back(describe(RuleInForce{std::string(k.key),
                                           std::to_string(k.get(policy)),
                                           k.get(policy),
                                           range_text(k),
                                           k.meaning,
                                           {},
                                           {}},
                               full_key(k)));
    out.push_back(describe(RuleInForce{std::string(time_zone_key),
                                       load_time_zone(store).name,
                                       std::nullopt,
                                       zone_names,
                                       {"大厅的时区（与 UTC 的固定时差）；此后记录的时间按它换算",
                                        "the hall's time zone (a fixed offset from UTC), for times recorded "
                                        "from now on"},
                                       {},
                                       {}},
                           std::string(time_zone_setting)));
    return out;
}

SettingChange set_rule(Store& store, const std::string& key, const std::string& value, const std::string& by,
                       const Moment& at) {
    if (by.find_first_not_of(" \t") == std::string::npos)
        throw InvalidInput(Text{"--by 应写明修改规则的人", "--by must name who changes the rule"});
    SettingChange change;
    change.by = by;
    change.at = at;
    const PolicyKey* k = find_policy_key(key);
    if (key == time_zone_key) {
        const auto zone = TimeZone::parse(value);
        if (!zone)
            throw InvalidInput(Text{fmt::format("时区“{}”不认识；应是 {} 之一", value, zone_names),
                                    fmt::format("unknown time zone '{}'; use one of {}", value, zone_names)});
        change.key = std::string(time_zone_setting);
        change.new_value = zone->name;
    } else if (k) {
        const auto number = whole_number(value);
        if (!number || !in_range(*k, *number))
            throw InvalidInput(
                Text{fmt::format("{} 应是 {} 到 {} 的整数，而不是“{}”", key, k->min, k->max, value),
                     fmt::format("{} must be a whole number from {} to {}, not '{}'", key, k->min, k->max,
                                 value)});
        change.key = full_key(*k);
        change.new_value = std::to_string(*number);
    } else {
        throw InvalidInput(Text{fmt::format("没有规则 {}；可用的规则：{}", key, key_list()),
                                fmt::format("no rule '{}'; the rules are: {}", key, key_list())});
    }

    Store::Transaction tx(store);
    change.old_value = store.setting(change.key);
    store.set_setting(change.key, change.new_value);
    store.record_setting_change(change);
    // Replay reads the notice and follow-up windows, so the cached statuses follow the rule.
    if (k) recompute_cases(store, store.load_calendar(), load_policy(store));
    tx.commit();
    return change;
}

}  // namespace hall
