#include <hall/catalogue.h>
#include <hall/error.h>

#include "toml_support.h"

#include <fmt/format.h>

#include <algorithm>

#include <set>

namespace hall {
namespace {

using toml_support::boolean;
using toml_support::integer;

using toml_support::fail_at;
using toml_support::Value;

std::string text(const Value& table, const char* key, bool required) {
    return toml_support::string_of(table, key, required);
}

// Codes and names identify things: an empty one is a mistake, never a value.
std::string code(const Value& table, const char* key = "code") {
    return toml_support::nonempty_string_of(table, key);
}

Limit limit(const Value& v) {
    if (v.is_integer()) {
        if (v.as_integer() < 0 || v.as_integer() > 3650)
            fail_at(v, "时限应是 0 到 3650", "a limit must be from 0 to 3650");
        return Limit{static_cast<int>(v.as_integer()), LimitUnit::workdays};
    }
    if (!v.is_table())
        fail_at(v, "时限应写成 { amount = N, unit = \"workdays\" }",
                "a limit is { amount = N, unit = \"workdays\" }");
    toml_support::only_keys(v, {"amount", "unit"}, "a limit");
    if (!v.contains("amount")) fail_at(v, "时限缺少 amount", "a limit needs 'amount'");
    Limit out;
    out.amount = integer(v, "amount", 0, 3650).value_or(0);
    const std::string unit = text(v, "unit", false);
    if (v.contains("unit")) {
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
    toml_support::only_keys(root, {"window", "staff", "item"}, file_name);
    Catalogue out;
    // A code defined twice in one file would silently keep one of the two definitions.
    std::set<std::string> windows, staff, items;
    auto once = [](std::set<std::string>& seen, const Value& table, const std::string& code,
                   const char* what) {
        if (!seen.insert(code).second)
            fail_at(table.at("code"), fmt::format("{} {} 在本文件里定义了两次", what, code),
                    fmt::format("{} {} is defined twice in this file", what, code));
    };
    for (const Value& w : array_of(root, "window")) {
        toml_support::only_keys(w, {"code", "name", "unit"}, "[[window]]");
        Window window{code(w), code(w, "name"), text(w, "unit", false), {}};
        once(windows, w, window.code, "window");
        out.windows.push_back(std::move(window));
    }
    for (const Value& s : array_of(root, "staff")) {
        toml_support::only_keys(s, {"code", "name", "window", "role"}, "[[staff]]");
        Staff person{code(s), code(s, "name"), code(s, "window"), StaffRole::clerk};
        once(staff, s, person.code, "staff");
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
        toml_support::only_keys(t, {"code",          "name",
                                    "window",        "class",
                                    "promised_days", "promised",
                                    "statutory",     "materials",
                                    "participants",  "participant_days",
                                    "authority",     "reporting_days",
                                    "prohibited",    "prohibited_reason",
                                    "tolerance",     "inspection",
                                    "content",       "basis",
                                    "procedure",     "fee",
                                    "fee_basis",     "complaint"},
                                "[[item]]");
        Item item;
        item.code = code(t);
        item.name = code(t, "name");
        item.window = code(t, "window");
        once(items, t, item.code, "item");
        if (t.contains("promised_days") && t.contains("promised"))
            fail_at(t.at("promised"), "promised_days 和 promised 只能写一个",
                    "write 'promised_days' or 'promised', not both");
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
                if (m.is_string() && m.as_string().str.find_first_not_of(" \t") != std::string::npos)
                    item.materials.push_back({m.as_string().str, false});
                else if (m.is_table()) {
                    toml_support::only_keys(m, {"name", "main"}, "a material");
                    item.materials.push_back({code(m, "name"), boolean(m, "main")});
                } else
                    fail_at(m, "材料应是非空的名称或 { name = ..., main = true }",
                            "a material is a non-empty name or { name = ..., main = true }");
            }
        }
        if (t.contains("participants")) {
            const Value& list = t.at("participants");
            if (!list.is_array())
                fail_at(list, "participants 应是窗口代码数组",
                        "'participants' must be an array of window codes");
            for (const Value& p : list.as_array()) {
                if (!p.is_string() || p.as_string().str.empty())
                    fail_at(p, "窗口代码应是非空字符串", "a window code must be a non-empty string");
                item.participants.push_back(p.as_string().str);
            }
        }
        // 004 联办件 (4): each participant's part has its own limit within the promised one.
        item.participant_days.assign(item.participants.size(), 0);
        if (t.contains("participant_days")) {
            const Value& days = t.at("participant_days");
            if (!days.is_table())
                fail_at(days, "participant_days 应是 { 窗口代码 = 工作日 } 表",
                        "'participant_days' must be a table { WINDOW = working days }");
            for (const auto& [window, value] : days.as_table()) {
                const auto at = std::find(item.participants.begin(), item.participants.end(), window);
                if (at == item.participants.end())
                    fail_at(value, fmt::format("{} 不在 participants 中", window),
                            fmt::format("'{}' is not one of the item's participants", window));
                if (!value.is_integer() || value.as_integer() < 1 ||
                    (item.promised.unit == LimitUnit::workdays && value.as_integer() > item.promised.amount))
                    fail_at(value, "联办窗口的时限应为 1 到承诺时限之间的工作日数",
                            "a participant's limit is a number of working days from 1 to the promised limit");
                item.participant_days[static_cast<std::size_t>(at - item.participants.begin())] =
                    static_cast<int>(value.as_integer());
            }
        }
        item.inspection = boolean(t, "inspection");
        item.authority = text(t, "authority", false);
        item.reporting_days = integer(t, "reporting_days", 0, 3650);
        item.prohibited = boolean(t, "prohibited");
        item.prohibited_reason = text(t, "prohibited_reason", false);
        item.tolerance = boolean(t, "tolerance");
        item.guide.content = text(t, "content", false);
        item.guide.basis = text(t, "basis", false);
        item.guide.fee = text(t, "fee", false);
        item.guide.fee_basis = text(t, "fee_basis", false);
        item.guide.complaint = text(t, "complaint", false);
        if (t.contains("procedure")) {
            const Value& list = t.at("procedure");
            if (!list.is_array())
                fail_at(list, "procedure 应是步骤的数组", "'procedure' must be an array of steps");
            for (const Value& step : list.as_array()) {
                // A step is one line of the guide: a line break would split it on reading back.
                if (!step.is_string() || step.as_string().str.find_first_not_of(" \t") == std::string::npos ||
                    step.as_string().str.find('\n') != std::string::npos)
                    fail_at(step, "办理流程的每一步应是一行非空文字",
                            "each step of 'procedure' is one non-empty line");
                item.guide.procedure.push_back(step.as_string().str);
            }
        }
        if (item.case_class == CaseClass::instant && item.promised.amount != 0)
            fail_at(t, "即办件的承诺时限应为 0", "an instant item's promised limit is 0");
        out.items.push_back(std::move(item));
    }
    return out;
}

Catalogue read_catalogue_file(const std::filesystem::path& path) {
    return parse_catalogue(toml_support::read_text(path), path.string());
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
