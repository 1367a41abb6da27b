#include <hall/registry.h>

#include <array>
#include <string_view>

namespace hall {
namespace {

template <typename Enum, std::size_t N>
std::optional<Enum> lookup(const std::array<std::pair<std::string_view, Enum>, N>& names,
                           const std::string& text) {
    for (const auto& [name, value] : names)
        if (name == text) return value;
    return std::nullopt;
}

}  // namespace

const char* class_id(CaseClass c) {
    constexpr const char* ids[] = {"instant", "promised", "joint", "upstream", "returned", "supplement"};
    return ids[static_cast<int>(c)];
}

const char* class_zh(CaseClass c) {
    constexpr const char* zh[] = {"即办件", "承诺件", "联办件", "上报件", "退回件", "补办件"};
    return zh[static_cast<int>(c)];
}

std::optional<CaseClass> parse_class(const std::string& text) {
    static constexpr std::array<std::pair<std::string_view, CaseClass>, 18> names = {{
        {"instant", CaseClass::instant},
        {"即办件", CaseClass::instant},
        {"即办", CaseClass::instant},
        {"promised", CaseClass::promised},
        {"承诺件", CaseClass::promised},
        {"承诺", CaseClass::promised},
        {"joint", CaseClass::joint},
        {"联办件", CaseClass::joint},
        {"联办", CaseClass::joint},
        {"upstream", CaseClass::upstream},
        {"上报件", CaseClass::upstream},
        {"上报", CaseClass::upstream},
        {"returned", CaseClass::returned},
        {"退回件", CaseClass::returned},
        {"退回", CaseClass::returned},
        {"supplement", CaseClass::supplement},
        {"补办件", CaseClass::supplement},
        {"补办", CaseClass::supplement},
    }};
    return lookup(names, text);
}

const char* role_id(StaffRole r) {
    constexpr const char* ids[] = {"chief", "clerk", "standin"};
    return ids[static_cast<int>(r)];
}

const char* role_zh(StaffRole r) {
    constexpr const char* zh[] = {"首席代表", "工作人员", "顶岗人员"};
    return zh[static_cast<int>(r)];
}

std::optional<StaffRole> parse_role(const std::string& text) {
    static constexpr std::array<std::pair<std::string_view, StaffRole>, 6> names = {{
        {"chief", StaffRole::chief},
        {"首席代表", StaffRole::chief},
        {"clerk", StaffRole::clerk},
        {"工作人员", StaffRole::clerk},
        {"standin", StaffRole::standin},
        {"顶岗", StaffRole::standin},
    }};
    return lookup(names, text);
}

const char* limit_unit_id(LimitUnit u) {
    constexpr const char* ids[] = {"workdays", "days", "months"};
    return ids[static_cast<int>(u)];
}

std::string limit_text(const Limit& limit, Lang lang) {
    constexpr const char* zh[] = {"个工作日", "个自然日", "个月"};
    constexpr const char* en_one[] = {"working day", "calendar day", "month"};
    constexpr const char* en_many[] = {"working days", "calendar days", "months"};
    const auto i = static_cast<std::size_t>(limit.unit);
    if (lang == Lang::zh) return std::to_string(limit.amount) + zh[i];
    return std::to_string(limit.amount) + " " + (limit.amount == 1 ? en_one[i] : en_many[i]);
}

std::optional<LimitUnit> parse_limit_unit(const std::string& text) {
    static constexpr std::array<std::pair<std::string_view, LimitUnit>, 6> names = {{
        {"workdays", LimitUnit::workdays},
        {"工作日", LimitUnit::workdays},
        {"days", LimitUnit::days},
        {"自然日", LimitUnit::days},
        {"months", LimitUnit::months},
        {"月", LimitUnit::months},
    }};
    return lookup(names, text);
}

}  // namespace hall
