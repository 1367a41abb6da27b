#include <hall/notices.h>

#include <fmt/format.h>

namespace hall {
namespace {

std::string chinese_date(Date d) {
    return fmt::format("{}年{}月{}日", d.year(), d.month(), d.day());
}

std::string list_materials(const std::vector<std::string>& materials) {
    std::string out;
    int n = 0;
    for (const auto& m : materials) out += fmt::format("    {}. {}\n", ++n, m);
    return out;
}

}  // namespace

const char* notice_title(const std::string& kind) {
    if (kind == "acceptance") return "受理通知书";
    if (kind == "promise") return "承诺通知书";
    if (kind == "joint_promise") return "联办件承诺通知书";
    if (kind == "upstream_promise") return "上报件承诺通知书";
    if (kind == "supplement") return "补办通知单";
    if (kind == "return") return "退回件通知书";
    return "通知书";
}

std::string render_notice(const NoticeInput& input) {
    const CaseFacts& f = input.facts;
    const CaseStatus& status = input.status;
    const Notice& notice = input.notice;
    const std::string& window_name = input.window_name;
    const Step* step = nullptr;
    for (const auto& s : input.steps)
        if (s.seq == notice.step_seq) step = &s;
    std::string body;
    const std::string applied = fmt::format("你（单位）于{}申请办理的“{}”事项（办件编号 {}）",
                                            chinese_date(f.received.date), f.item_name, f.number);
    const std::string deadline =
        status.deadline ? fmt::format("{}{}", chinese_date(*status.deadline),
                                      status.provisional ? "（暂定：该年节假日安排尚未公布）" : "")
                        : std::string("（待定）");
    if (notice.kind == "acceptance") {
        body = fmt::format(
            "    {}，申请材料齐全、符合法定形式，属即办件，本中心已予受理，当场（当日）办结。\n", applied);
    } else if (notice.kind == "promise") {
        body = fmt::format(
            "    {}，申请材料齐全、符合法定形式，本中心已予受理，属承诺件，承诺于{}前办结"
            "（承诺时限{}{}）。\n"
            "    在承诺时限内，你可到原受理窗口查询办理情况。\n",
            applied, deadline, limit_text(f.promised, Lang::zh),
            f.promised.unit == LimitUnit::workdays ? "，双休日和法定节假日不计" : "");
    } else if (notice.kind == "joint_promise") {
        std::string others;
        for (const auto& p : f.participants) others += (others.empty() ? "" : "、") + p;
        body = fmt::format(
            "    {}，属联办件，由 {} 窗口牵头办理{}，各联办窗口在承诺时限内完成，承诺于{}前办结。\n", applied,
            f.window, others.empty() ? "" : fmt::format("，会同 {} 窗口", others), deadline);
    } else if (notice.kind == "upstream_promise") {
        body = fmt::format(
            "    "
            "{}，须报上级机关审批，本中心已予受理，承诺于{}"
            "前上报，上级机关的审批时限不计入本中心承诺时限。\n",
            applied, deadline);
    } else if (notice.kind == "supplement") {
        const auto& materials = step && step->kind == StepKind::supplement ? step->materials : f.missing;
        body = fmt::format(
            "    {}，尚缺下列材料，现一次性告知如下：\n{}"
            "    请补齐上述材料后到原受理窗口办理。办理时限从材料补齐之日起计算。\n",
            applied, list_materials(materials));
    } else if (notice.kind == "return") {
        body = fmt::format(
            "    {}，经审查不予受理，现予退回。\n    退回理由：{}\n"
            "    如有异议，可自收到本通知书之日起向本中心申请复核。\n",
            applied, step ? step->reason : "");
    }
    const std::string title = notice_title(notice.kind);
    return fmt::format("{:^40}\n{:>52}\n\n{}：\n{}\n    受理窗口：{} {}    第一责任人：{}\n{:>52}\n", title,
                       notice.number, f.applicant, body, f.window, window_name,
                       f.staff.empty() ? "—" : f.staff, chinese_date(notice.issued.date));
}

}  // namespace hall
