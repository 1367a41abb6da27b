#pragma once
// The numbered written notices (通知书) each class of case issues, as printable Chinese text:
// 受理通知书, 承诺通知书, 联办件承诺通知书, 上报件承诺通知书, 补办通知单, 退回件通知书.
// The renderer takes a plain value, so it needs neither the store nor the desk.

#include <hall/cases.h>
#include <hall/date.h>

#include <string>
#include <vector>

namespace hall {

struct Notice {
    std::string kind;  // acceptance, promise, joint_promise, upstream_promise, supplement, return
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

// The document title of a notice kind (acceptance, promise, ...).
const char* notice_title(const std::string& kind);

std::string render_notice(const NoticeInput& input);

}  // namespace hall
