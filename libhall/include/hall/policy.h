#pragma once
// The hall's rules as settings: one table of keys (name, range, meaning) drives reading
// data/rules/cases.toml, storing the rules, `hall rules show` and `hall rules set`, so a rule
// is listed once. The hall's time zone is a setting of the same kind.

#include <hall/cases.h>
#include <hall/clock.h>
#include <hall/date.h>
#include <hall/error.h>
#include <hall/store.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hall {

// One case rule: its key in [cases] of data/rules/cases.toml (stored as "cases.<key>"), the
// whole numbers it may take, what it means, and the CasePolicy field it fills.
struct PolicyKey {
    std::string_view key;
    std::int64_t min;
    std::int64_t max;
    Text meaning;
    std::int64_t (*get)(const CasePolicy&);
    void (*set)(CasePolicy&, std::int64_t);
};

std::span<const PolicyKey> policy_keys();
const PolicyKey* find_policy_key(std::string_view key);

// The key of the hall's time zone among the rules (`hall rules set time_zone +06:00`).
inline constexpr std::string_view time_zone_key = "time_zone";

// Both throw DataError naming the file and line of an unknown key or a value out of range.
CasePolicy parse_case_policy(const std::string& text, const std::string& file_name);
CasePolicy read_case_policy_file(const std::filesystem::path& path);

// Reads the rules from the store's settings, defaults where unset. A stored value that is
// not a whole number in range, or an unknown "cases." key, is a StoreError naming the key.
CasePolicy load_policy(const Store& store);
void save_policy(Store& store, const CasePolicy& policy);

// The hall's time zone (default Asia/Shanghai); a stored zone hall does not know is a StoreError.
TimeZone load_time_zone(const Store& store);

enum class RuleOrigin {
    default_value,  // never set: the value built into hall
    rules_file,     // data/rules/cases.toml, loaded when the store was created
    rules_set,      // changed with `hall rules set`
};

struct RuleInForce {
    std::string key;
    std::string value;                   // as stored: "2", "Asia/Shanghai"
    std::optional<std::int64_t> number;  // the value of a whole-number rule
    std::string range;                   // "2–20", or the zones accepted
    Text meaning;
    RuleOrigin origin = RuleOrigin::default_value;
    std::optional<SettingChange> change;  // the last `rules set` of this key
};

// Every rule, in the table's order, the time zone last.
std::vector<RuleInForce> rules_in_force(const Store& store);

// `hall rules set`: checks the key and value against the table (InvalidInput for an unknown
// key, a value out of range or no name), stores the value, records who changed it and when,
// and replays the cases whose cached status the rule may change, in one transaction.
SettingChange set_rule(Store& store, const std::string& key, const std::string& value, const std::string& by,
                       const Moment& at);

}  // namespace hall
