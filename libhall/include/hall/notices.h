#pragma once
// The numbered written notices (通知书) a case issues, as printable Chinese text: those of the
// six classes (受理通知书, 承诺通知书, 联办件承诺通知书, 上报件承诺通知书, 补办通知单, 退回件通知书)
// and those of its later steps (容缺受理通知书, 延期通知书, 不予许可决定书, 复核决定书, 催办通知).
// The renderer takes a plain value, so it needs neither the store nor the desk.

#include <hall/cases.h>
#include <hall/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hall {

enum class NoticeKind {
    acceptance,        // 受理通知书 (即办件)
    promise,           // 承诺通知书
    joint_promise,     // 联办件承诺通知书
    upstream_promise,  // 上报件承诺通知书
    supplement,        // 补办通知单 (一次性告知)
    return_,           // 退回件通知书, with the reason and the policy basis (004)
    tolerance,         // 容缺受理通知书 (004 容缺预审制 3⑷)
    extension,         // 延期通知书: "提前向服务对象说明理由" (004)
    rejection,         // 不予许可决定书 (004 一次性告知: 依法作出不予行政许可决定的)
    review,            // 复核决定书: the centre's ruling on a return (004)
    urge,              // 催办通知: the centre's order to act at once (002)
};
inline constexpr NoticeKind last_notice_kind = NoticeKind::urge;

// The stored id (JSON, the store), the document title and the prefix of its number.
const char* notice_kind_id(NoticeKind kind);
std::optional<NoticeKind> parse_notice_kind(std::string_view id);
const char* notice_title(NoticeKind kind);
const char* notice_prefix(NoticeKind kind);

struct Notice {
    std::string kind;  // a NoticeKind id
    std::string number;
    Moment issued;
    int step_seq = 0;
};

// Everything a notice prints.
struct NoticeInput {
    CaseFacts facts;
    CaseStatus status;        // derived as of printing
    std::vector<Step> steps;  // the step that issued the notice gives its materials or reason
    Notice notice;
    std::string window_name;
};

// The document title of a stored kind id ("通知书" for an id hall does not know).
const char* notice_title(const std::string& kind);

std::string render_notice(const NoticeInput& input);

}  // namespace hall
