#pragma once
// Who works in the hall and what it offers: units (进驻单位), windows (窗口), staff, and
// the service catalogue of items (事项).

#include <hall/date.h>
#include <hall/error.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hall {

// 六件: the six classes a case is registered in.
enum class CaseClass {
    instant,     // 即办件: done on the spot or the same day
    promised,    // 承诺件: done within the item's promised limit
    joint,       // 联办件: several windows, a lead window owns it
    upstream,    // 上报件: approved above the hall; the hall promises a reporting deadline
    returned,    // 退回件: sent back with a written reason
    supplement,  // 补办件: the clock waits for the missing materials
};

enum class StaffRole { chief, clerk, standin };  // 首席代表, 窗口工作人员, 顶岗

// The unit a limit is counted in (provincial catalogues use all three).
enum class LimitUnit { workdays, days, months };

struct Window {
    std::string code;
    std::string name;
    std::string unit;   // 进驻单位
    std::string chief;  // staff code of the chief representative, if any
};

struct Staff {
    std::string code;
    std::string name;
    std::string window;
    StaffRole role = StaffRole::clerk;
};

struct Material {
    std::string name;
    bool main = false;  // 主件; the others are attachments (附件)
};

struct Limit {
    int amount = 0;
    LimitUnit unit = LimitUnit::workdays;
    bool operator==(const Limit&) const = default;
};

// What the hall publishes about an item in its service guide (办事指南) beside the limits,
// materials and window the item already holds: the 六公开 the windows must post (002 三、2:
// 公开发布...服务指南和办理流程; 000 第七条: 办事程序指南、办事公开承诺和完成时限).
struct ItemGuide {
    std::string content;                 // 办理内容: what the item grants, to whom
    std::string basis;                   // 设定依据: the law or rule it rests on
    std::vector<std::string> procedure;  // 办理流程, one step a line
    std::string fee;                     // 收费标准; "不收费" is written out, empty is unpublished
    std::string fee_basis;               // 收费依据
    std::string complaint;               // 监督投诉: where to complain
};

struct Item {
    std::string code;
    std::string name;
    std::string window;  // owning window; the lead of a joint case
    CaseClass case_class = CaseClass::promised;
    Limit promised;                  // 承诺时限
    std::optional<Limit> statutory;  // 法定时限
    std::vector<Material> materials;
    std::vector<std::string> participants;  // other windows of a joint item
    std::string authority;                  // approving authority of an upstream item
    std::optional<int> reporting_days;      // 上报时限, working days
    bool prohibited = false;                // 控制事项: refused at intake
    std::string prohibited_reason;
    bool tolerance = false;   // eligible for 容缺预审 (key project)
    bool inspection = false;  // needs a site inspection (现场踏勘, 004: within 5 working days)
    // Each participant's own limit for its part, in working days (0: the promised limit),
    // in the order of `participants`.
    std::vector<int> participant_days;
    ItemGuide guide;
};

// Names: the English identifier (JSON, input), and the Chinese term (output, input).
const char* class_id(CaseClass c);
const char* class_zh(CaseClass c);
std::optional<CaseClass> parse_class(const std::string& text);  // either spelling
const char* role_id(StaffRole r);
const char* role_zh(StaffRole r);
std::optional<StaffRole> parse_role(const std::string& text);
const char* limit_unit_id(LimitUnit u);
std::optional<LimitUnit> parse_limit_unit(const std::string& text);
// "10个工作日", "15个自然日", "2个月"; "10 working days", "1 month".
std::string limit_text(const Limit& limit, Lang lang);

}  // namespace hall
