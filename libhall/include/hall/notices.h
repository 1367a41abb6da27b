#pragma once
// The numbered written notices (通知书) each class of case issues, as printable Chinese text:
// 受理通知书, 承诺通知书, 联办件承诺通知书, 上报件承诺通知书, 补办通知单, 退回件通知书.

#include <hall/cases.h>
#include <hall/desk.h>

#include <string>

namespace hall {

// The document title of a notice kind (acceptance, promise, ...).
const char* notice_title(const std::string& kind);

// Renders `notice` of the case in `view`, whose derived status is `status`.
std::string render_notice(const CaseView& view, const CaseStatus& status, const Notice& notice,
                          const std::string& window_name);

}  // namespace hall
