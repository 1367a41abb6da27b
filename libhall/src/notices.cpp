#include <hall/notices.h>
#include <hall/text_width.h>

#include <fmt/format.h>

#include <iterator>

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

namespace {

struct KindName {
    const char* id;
    const char* title;
    const char* prefix;
};

constexpr KindName kind_names[] = {
    {"acceptance", "受理通知书", "受理"},
    {"promise", "承诺通知书", "承诺"},
    {"joint_promise", "联办件承诺通知书", "联办"},
    {"upstream_promise", "上报件承诺通知书", "上报"},
    {"supplement", "补办通知单", "补办"},
    {"return", "退回件通知书", "退回"},
    {"tolerance", "容缺受理通知书", "容缺"},
    {"extension", "延期通知书", "延期"},
    {"rejection", "不予许可决定书", "不予许可"},
    {"review", "复核决定书", "复核"},
    {"urge", "催办通知", "催办"},
};
static_assert(std::size(kind_names) == static_cast<std::size_t>(last_notice_kind) + 1);

const Step* step_of_kind(const std::vector<Step>& steps, StepKind kind) {
    const Step* found = nullptr;
    for (const auto& s : steps)
        if (s.kind == kind) found = &s;
    return found;
}

}  // namespace

const char* notice_kind_id(NoticeKind kind) {
    return kind_names[static_cast<int>(kind)].id;
}
const char* notice_title(NoticeKind kind) {
    return kind_names[static_cast<int>(kind)].title;
}
const char* notice_prefix(NoticeKind kind) {
    return kind_names[static_cast<int>(kind)].prefix;
}

std::optional<NoticeKind> parse_notice_kind(std::string_view id) {
    for (int i = 0; i <= static_cast<int>(last_notice_kind); ++i)
        if (id == kind_names[i].id) return static_cast<NoticeKind>(i);
    return std::nullopt;
}

const char* notice_title(const std::string& kind) {
    if (const auto k = parse_notice_kind(kind)) return notice_title(*k);
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
    std::string addressee = f.applicant;
    const std::string applied = fmt::format("你（单位）于{}申请办理的“{}”事项（办件编号 {}）",
                                            chinese_date(f.received.date), f.item_name, f.number);
    const std::string deadline =
        status.deadline ? fmt::format("{}{}", chinese_date(*status.deadline),
                                      status.provisional ? "（暂定：该年节假日安排尚未公布）" : "")
                        : std::string("（待定）");
    const std::string reason = step ? step->reason : "";
    const auto kind = parse_notice_kind(notice.kind).value_or(NoticeKind::acceptance);
    switch (kind) {
        case NoticeKind::acceptance:
            body = fmt::format(
                "    {}，申请材料齐全、符合法定形式，属即办件，本中心已予受理，当场（当日）办结。\n",
                applied);
            break;
        case NoticeKind::promise:
            body = fmt::format(
                "    {}，申请材料齐全、符合法定形式，本中心已予受理，属承诺件，承诺于{}前办结"
                "（承诺时限{}{}）。\n"
                "    在承诺时限内，你可到原受理窗口查询办理情况。\n",
                applied, deadline, limit_text(f.promised, Lang::zh),
                f.promised.unit == LimitUnit::workdays ? "，双休日和法定节假日不计" : "");
            break;
        case NoticeKind::joint_promise: {
            std::string others;
            for (const auto& p : f.participants) others += (others.empty() ? "" : "、") + p;
            body = fmt::format(
                "    {}，属联办件，由 {} 窗口牵头办理{}{}，各联办窗口在承诺时限内完成，承诺于{}前办结。\n",
                applied, f.window, f.lead_designated ? "（中心指定）" : "",
                others.empty() ? "" : fmt::format("，会同 {} 窗口", others), deadline);
            break;
        }
        case NoticeKind::upstream_promise:
            body = fmt::format(
                "    {}，须报上级机关审批，本中心已予受理，承诺于{}前上报，上级机关的审批时限不计入本中心"
                "承诺时限。\n",
                applied, deadline);
            break;
        case NoticeKind::supplement: {
            const auto& materials = step && step->kind == StepKind::supplement ? step->materials : f.missing;
            body = fmt::format(
                "    {}，尚缺下列材料，现一次性告知如下：\n{}"
                "    请补齐上述材料后到原受理窗口办理。办理时限从材料补齐之日起计算。\n",
                applied, list_materials(materials));
            break;
        }
        case NoticeKind::return_:
            // 004 (二)2(2): 应明确告知服务对象不能审批的政策依据和理由.
            body = fmt::format(
                "    {}，经审查不予受理，现予退回。\n    退回理由：{}\n    政策依据：{}\n{}"
                "    如有异议，可自收到本通知书之日起持本通知书向本中心申请复核。\n",
                applied, reason, step && !step->basis.empty() ? step->basis : "—",
                step && step->overrides_default
                    ? fmt::format("    （本件已超过承诺时限，依法退回，经 {} 批准。）\n", step->actor)
                    : "");
            break;
        case NoticeKind::tolerance:
            body = fmt::format(
                "    {}，主要申请材料齐全，下列非必要材料暂缺：\n{}"
                "    根据你（单位）的书面承诺，本中心实行容缺预审，先行办理。请于{}前补齐上述材料；逾期未补齐"
                "的，将撤销审批文件或证照。\n",
                applied, list_materials(f.pending),
                f.promised_by ? chinese_date(*f.promised_by) : std::string("（待定）"));
            break;
        case NoticeKind::extension:
            body = fmt::format("    {}，因{}，经{}批准，办理期限延长{}个工作日，现延至{}前办结。特此告知。\n",
                               applied, reason, step ? step->actor : "", step ? step->value : 0, deadline);
            break;
        case NoticeKind::rejection: {
            const Step* forwarded = step_of_kind(input.steps, StepKind::forward);
            body = fmt::format(
                "    {}，经{}审查，决定不予许可。\n{}"
                "    如不服本决定，可依法申请行政复议或者提起行政诉讼。\n",
                applied, forwarded ? forwarded->actor : std::string("审批机关"),
                step && step->overrides_default
                    ? fmt::format("    理由：{}（本件已超过承诺时限，经 {} 批准。）\n", step->basis,
                                  step->actor)
                    : std::string());
            break;
        }
        case NoticeKind::review:
            if (step && step->value == static_cast<int>(Ruling::uphold))
                body = fmt::format(
                    "    你（单位）对办件编号 {} 的退回件通知书提出复核申请。经本中心会同有关部门复核，裁定："
                    "维持退回决定。\n    理由：{}\n",
                    f.number, reason);
            else
                body = fmt::format(
                    "    你（单位）对办件编号 {} 的退回件通知书提出复核申请。经本中心会同有关部门复核，裁定："
                    "撤销退回决定，予以受理，办理时限自复核之日起重新计算，承诺于{}前办结。\n    理由：{}\n",
                    f.number, deadline, reason);
            break;
        case NoticeKind::urge:
            // 002: the centre's urging notice goes to the window, not to the applicant.
            addressee = fmt::format("{} {}", f.window, window_name);
            body = fmt::format(
                "    办件 {}（“{}”事项，{}收件）承诺于{}前办结，{}。请立即办理，并将办理结果报中心。\n{}"
                "    督办人：{}\n",
                f.number, f.item_name, chinese_date(f.received.date), deadline,
                status.late || (status.deadline && notice.issued.date > *status.deadline)
                    ? "已超过承诺时限，视为默认（超时默认）"
                    : "尚未办结",
                reason.empty() ? "" : fmt::format("    督办事项：{}\n", reason), step ? step->actor : "");
            break;
    }
    const std::string title = notice_title(kind);
    // Centred and right-aligned by display width (text_width.h), as every aligned text in hall.
    return fmt::format("{}\n{}\n\n{}：\n{}\n    受理窗口：{} {}    第一责任人：{}\n{}\n",
                       pad_center(title, 40), pad_left(notice.number, 52), addressee, body, f.window,
                       window_name, f.staff.empty() ? "—" : f.staff,
                       pad_left(chinese_date(notice.issued.date), 52));
}

}  // namespace hall
