#include <hall/catalogue.h>
#include <hall/error.h>

#include "toml_support.h"

#include <fmt/format.h>

namespace hall {
namespace {

using toml_support::fail_at;
using toml_support::Value;

std::string text(const Value& table, const char* key, bool required) {
    return toml_support::string_of(table, key, required);
}

std::optional<int> integer(const Value& table, const char* key, int min, int max) {
    if (!table.contains(key)) return std::nullopt;
    const Value& v = table.at(key);
    if (!v.is_integer() || v.as_integer() < min || v.as_integer() > max)
        fail_at(v, fmt::format("{} 应是 {} 到 {} 的整数", key, min, max),
                fmt::format("'{}' must be a whole number from {} to {}", key, min, max));
    return static_cast<int>(v.as_integer());
}

bool boolean(const Value& table, const char* key) {
    if (!table.contains(key)) return false;
    const Value& v = table.at(key);
    if (!v.is_boolean())
        fail_at(v, fmt::format("{} 应是 true 或 false", key), fmt::format("'{}' must be true or false", key));
    return v.as_boolean();
}

Limit limit(const Value& v) {
    if (v.is_integer()) return Limit{static_cast<int>(v.as_integer()), LimitUnit::workdays};
    if (!v.is_table())
        fail_at(v, "时限应写成 { amount = N, unit = \"workdays\" }",
                "a limit is { amount = N, unit = \"workdays\" }");
    Limit out;
    out.amount = integer(v, "amount", 0, 3650).value_or(0);
    const std::string unit = text(v, "unit", false);
    if (!unit.empty()) {
        auto parsed = parse_limit_unit(unit);
        if (!parsed)
            fail_at(v.at("unit"), "unit 只能是 workdays、days 或 months",
                    "'unit' must be workdays, days or months");
        out.unit = *parsed;
    }
    return out;
}

const toml::array& array_of(const Value& root, const char* key) {
    static const toml::array empty;
    if (!root.contains(key)) return empty;
    const Value& v = root.at(key);
    if (!v.is_array())
        fail_at(v, fmt::format("{} 应写成 [[{}]] 表", key, key),
                fmt::format("'{}' must be [[{}]] tables", key, key));
    return v.as_array();
}

}  // namespace

Catalogue parse_catalogue(const std::string& content, const std::string& file_name) {
    const Value root = toml_support::parse(content, file_name);
    Catalogue out;
    for (const Value& w : array_of(root, "window"))
        out.windows.push_back({text(w, "code", true), text(w, "name", true), text(w, "unit", false), {}});
    for (const Value& s : array_of(root, "staff")) {
        Staff person{text(s, "code", true), text(s, "name", true), text(s, "window", true), StaffRole::clerk};
        if (const std::string role = text(s, "role", false); !role.empty()) {
            auto parsed = parse_role(role);
            if (!parsed)
                fail_at(s.at("role"), "role 只能是 chief、clerk 或 standin",
                        "'role' must be chief, clerk or standin");
            person.role = *parsed;
        }
        out.staff.push_back(person);
    }
    for (const Value& t : array_of(root, "item")) {
        Item item;
        item.code = text(t, "code", true);
        item.name = text(t, "name", true);
        item.window = text(t, "window", true);
        if (const std::string c = text(t, "class", false); !c.empty()) {
            auto parsed = parse_class(c);
            if (!parsed || *parsed == CaseClass::returned || *parsed == CaseClass::supplement)
                fail_at(t.at("class"), "class 只能是 instant、promised、joint 或 upstream（或其中文名）",
                        "'class' must be instant, promised, joint or upstream (or the Chinese name)");
            item.case_class = *parsed;
        }
        item.promised = Limit{integer(t, "promised_days", 0, 3650).value_or(0), LimitUnit::workdays};
        if (t.contains("promised")) item.promised = limit(t.at("promised"));
        if (t.contains("statutory")) item.statutory = limit(t.at("statutory"));
        if (t.contains("materials")) {
            const Value& list = t.at("materials");
            if (!list.is_array()) fail_at(list, "materials 应是数组", "'materials' must be an array");
            for (const Value& m : list.as_array()) {
                if (m.is_string())
                    item.materials.push_back({m.as_string().str, false});
                else if (m.is_table())
                    item.materials.push_back({text(m, "name", true), boolean(m, "main")});
                else
                    fail_at(m, "材料应是名称或 { name = ..., main = true }",
                            "a material is a name or { name = ..., main = true }");
            }
        }
        if (t.contains("participants")) {
            const Value& list = t.at("participants");
            if (!list.is_array())
                fail_at(list, "participants 应是窗口代码数组",
                        "'participants' must be an array of window codes");
            for (const Value& p : list.as_array()) {
                if (!p.is_string()) fail_at(p, "窗口代码应是字符串", "a window code must be a string");
                item.participants.push_back(p.as_string().str);
            }
        }
        item.authority = text(t, "authority", false);
        item.reporting_days = integer(t, "reporting_days", 0, 3650);
        item.prohibited = boolean(t, "prohibited");
        item.prohibited_reason = text(t, "prohibited_reason", false);
        item.tolerance = boolean(t, "tolerance");
        if (item.case_class == CaseClass::instant && item.promised.amount != 0)
            fail_at(t, "即办件的承诺时限应为 0", "an instant item's promised limit is 0");
        out.items.push_back(std::move(item));
    }
    return out;
}

Catalogue read_catalogue_file(const std::filesystem::path& path) {
    return parse_catalogue(toml_support::read_text(path), path.string());
}

CasePolicy read_case_policy_file(const std::filesystem::path& path) {
    const Value root = toml_support::parse(toml_support::read_text(path), path.string());
    CasePolicy p;
    if (!root.contains("cases")) return p;
    const Value& c = root.at("cases");
    p.joint_min_units = integer(c, "joint_min_units", 2, 20).value_or(p.joint_min_units);
    if (c.contains("joint_investment")) {
        const Value& v = c.at("joint_investment");
        if (!v.is_integer() || v.as_integer() < 0)
            fail_at(v, "joint_investment 应是非负整数（元）",
                    "'joint_investment' must be yuan, a whole number");
        p.joint_investment = v.as_integer();
    }
    p.one_time_notice_days = integer(c, "one_time_notice_days", 0, 60).value_or(p.one_time_notice_days);
    p.max_extension_days = integer(c, "max_extension_days", 0, 365).value_or(p.max_extension_days);
    p.warning_days = integer(c, "warning_days", 0, 60).value_or(p.warning_days);
    p.follow_up_days = integer(c, "follow_up_days", 1, 60).value_or(p.follow_up_days);
    return p;
}

CatalogueReport load_catalogue(Store& store, const Catalogue& catalogue) {
    CatalogueReport report;
    Store::Transaction tx(store);
    for (const auto& w : catalogue.windows)
        if (!store.find_window(w.code)) {
            store.add_window(w);
            ++report.windows;
        }
    for (const auto& s : catalogue.staff)
        if (!store.find_staff(s.code)) {
            store.add_staff(s);
            ++report.staff;
        }
    for (const auto& item : catalogue.items) {
        store.put_item(item);
        ++report.items;
    }
    tx.commit();
    return report;
}

}  // namespace hall
