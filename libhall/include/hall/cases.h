#pragma once
// Cases (办件) and their lifecycle. A case is its intake facts plus an append-only list of
// steps; everything else (state, clock start, deadline) is derived by replaying the steps
// against the calendar, so a calendar change recomputes every case exactly.
//
// The state machine (moves not listed are refused, naming the state and what it allows):
//
//   state      | 中文   | allowed moves
//   -----------|--------|------------------------------------------------------------
//   waiting    | 待补齐 | supplement, supplied, return, urge
//   open       | 办理中 | supplement, pause, extend, forward (upstream), sign (joint), inspect (items
//              |        | that need a site inspection), return, finish, urge,
//              |        | supplied (with 容缺 materials pending)
//   paused     | 暂停   | resume, extend, return, urge
//   forwarded  | 已上报 | decide, urge
//   finished   | 办结   | rate, respond, supplied and withdraw (with 容缺 materials pending)
//   returned   | 退回   | review (once per return), rate, respond
//   withdrawn  | 撤销   | rate, respond
//
// Instant cases (即办件) allow neither pause nor extend.
//
// Rules that depend on the day as well as the state (check_move refuses them with the rule):
// - 超时默认 (004 办理行政审批事项制度 (二)2(3): "超过承诺时限的,视为默认,承担由此造成的一切
//   后果"): once past the promised deadline with no result, `return` and a rejecting `decide`
//   are refused unless the step is an approved override (approver and reason); `finish` stays
//   allowed. A case that was ever late stays late: no later step (return, review, correction)
//   clears `late`.
// - `pause` and `extend` are refused once the deadline has passed (004 (二)2(3): "不得随意延长").
// - A supplement request after the first (一次性告知, 004 三)一次性告知; 002 七(四)) is a breach
//   and leaves the clock running, unless it is marked defective: the materials handed in were
//   themselves defective.
//
// A joint case is finished by its lead window only after every participant has signed.
// `rate` is accepted once per case; `respond` answers a rating of 2 or less. In any state a
// `correct` step, with an approver, may fix the time of an earlier step (not the receipt): the
// old step stays in the history and the correction points at it.

#include <hall/calendar.h>
#include <hall/date.h>
#include <hall/registry.h>
#include <hall/text.h>  // mask_id, mask_name: cases are shown masked

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace hall {

enum class CaseState { waiting, open, paused, forwarded, finished, returned, withdrawn };

enum class StepKind {
    open,        // 收件登记
    supplement,  // 一次性告知: materials requested
    supplied,    // materials complete: the clock starts
    pause,       // 听证、专家评审、公示: the clock stops
    resume,
    extend,    // 延期, with approver and reason
    forward,   // 上报 to the approving authority
    decide,    // the authority's decision
    return_,   // 退回, with a written reason
    review,    // 复核: a returned case reopened
    finish,    // 办结
    rate,      // 评价 1..5
    respond,   // the answer to a bad rating
    withdraw,  // 容缺 approval withdrawn: promised materials never came
    correct,   // 更正: a later record that fixes the time of an earlier step
    sign,      // 会签: a participant window of a joint case has done its part
    urge,      // 督办/催办: the centre orders the window to act at once (004, 002)
    inspect,   // 现场踏勘 done (004: within 5 working days)
};
inline constexpr StepKind last_step_kind = StepKind::inspect;

// A review ruling (复核裁定, 004 (二)2(2)), kept in a review step's value. Stores made before
// rulings existed hold 0, which reopened the case: that is an overturn.
enum class Ruling { overturn = 0, uphold = 1 };

// The hall's configurable case rules (data/rules/cases.toml).
struct CasePolicy {
    int joint_min_units = 3;                     // 004: 3个及以上责任单位 (003's digit is illegible)
    std::int64_t joint_investment = 10'000'000;  // yuan; also the 容缺预审 threshold
    int one_time_notice_days = 5;                // 一次性告知 within 5 working days of receipt
    int max_extension_days = 10;                 // total per case (行政许可法 §42: 10 more days)
    int warning_days = 1;                        // 预警 this many working days before the deadline
    int follow_up_days = 5;                      // a bad rating is answered within 5 working days
    int inspection_days = 5;  // 现场踏勘 within 5 working days of the clock start (004)
    // The points each rating earns in a bulletin's average satisfaction score, from 1 (非常不满意)
    // to 5 (非常满意): the 10/8/6/3/0 scale common under the national 好差评 scheme (SPEC §2).
    int satisfaction_points_1 = 0;
    int satisfaction_points_2 = 3;
    int satisfaction_points_3 = 6;
    int satisfaction_points_4 = 8;
    int satisfaction_points_5 = 10;
    // The hall's hours, in minutes after midnight (004 七、考勤规范 一)2: 上午8:30前、中午12:00后，
    // 下午2:30前、18:00后), and the minutes a punch may be late before it counts as late.
    int attendance_am_start = 8 * 60 + 30;
    int attendance_am_end = 12 * 60;
    int attendance_pm_start = 14 * 60 + 30;
    int attendance_pm_end = 18 * 60;
    int attendance_grace_minutes = 0;
    // Leave approval by length (004 七 二)1–4): up to these many days the centre approves;
    // then the unit and the centre; then the county office; beyond, a county leader.
    int leave_centre_days = 1;
    int leave_unit_days = 3;
    int leave_office_days = 7;
    // Monthly leave quotas (004 七 二)9: 首席代表不得超过5天或5次，工作人员不得超过3天或3次).
    int leave_quota_chief_days = 5;
    int leave_quota_chief_times = 5;
    int leave_quota_staff_days = 3;
    int leave_quota_staff_times = 3;
    // Working days to answer a complaint (003 六: 一般投诉当日或次日，复杂的一周之内; 004 九 3:
    // 重要投诉三日内; 004 服务承诺 6: 5个工作日内反馈), and a forwarded one (001 第十三条(五)).
    int complaint_ordinary_days = 1;
    int complaint_complex_days = 5;
    int complaint_important_days = 3;
    int complaint_forwarded_days = 5;
};

// What was known when the case was opened; never changed afterwards.
struct CaseFacts {
    std::string number;
    std::string item;
    std::string item_name;
    std::string window;
    std::string staff;  // 第一责任人: the receiving clerk
    std::string applicant;
    std::string applicant_id;                    // 证件号码; masked in every output
    CaseClass item_class = CaseClass::promised;  // the class the case is handled as
    CaseClass registered = CaseClass::promised;  // the class it was registered in
    Limit promised;
    std::optional<Limit> statutory;
    std::optional<int> reporting_days;
    std::vector<std::string> participants;  // joint: the other windows
    // Each participant's own limit for its part, in working days (0: the promised limit); a
    // part never runs past the promised deadline (004 联办件 (4)).
    std::vector<int> participant_days;
    bool lead_designated = false;  // the centre designated the lead window (004: 可由"中心"指定)
    bool inspection = false;       // the item needs a site inspection (现场踏勘)
    std::int64_t investment = 0;
    Moment received;
    std::vector<std::string> missing;  // at intake: the case waits for these
    std::vector<std::string> pending;  // 容缺: approved while these are pending
    std::optional<Date> promised_by;   // 容缺: the applicant's written promise
};

struct Step {
    std::int64_t id = 0;  // store id; 0 before it is stored
    int seq = 0;          // 1.. within the case
    StepKind kind = StepKind::open;
    Moment at;
    std::string staff;
    std::string reason;  // reason, note, authority, approver, result
    std::string basis;   // return: the policy basis (政策依据, 004)
    std::string actor;   // approver (extend, correct, an override), authority (forward), urger (urge)
    // extend: days; rate: the rating; review: a Ruling; supplement: 1 when the materials handed
    // in were defective; correct: 1 when the correction turned a late step into an on-time one.
    int value = 0;
    bool overrides_default = false;  // an approved override of 超时默认 (return, rejecting decide)
    std::vector<std::string> materials;
    bool automatic = false;
    int corrects = 0;  // for a correction: the seq of the step it corrects
};

// Everything derived from the facts and steps.
struct CaseStatus {
    CaseState state = CaseState::open;
    CaseClass case_class = CaseClass::promised;
    std::optional<Date> clock_start;
    std::optional<Date> deadline;            // promised deadline (upstream: reporting deadline)
    std::optional<Date> statutory_deadline;  // for the red card
    bool provisional = false;                // the deadline needed a year with no schedule
    bool statutory_provisional = false;      // likewise the statutory deadline
    // Late whatever day it is asked: finished (upstream: forwarded) after the deadline, or
    // paused only once already past it.
    bool late = false;
    std::optional<Moment> finished;
    std::optional<Moment> forwarded;
    std::optional<Date> paused_since;
    std::string result;  // approved | rejected for upstream cases
    int paused_days = 0;
    int extension_days = 0;
    std::vector<std::string> outstanding;  // materials still missing or pending
    bool late_notice = false;              // a supplement requested after the one-time-notice window
    bool late_report = false;              // an upstream case forwarded after its reporting deadline
    std::optional<int> rating;
    std::optional<Date> follow_up_due;  // a bad rating's answer is due
    bool responded = false;
    std::vector<std::string> signed_by;  // joint: participant windows that have signed (会签)
    // joint: each participant's part deadline, in the order of CaseFacts::participants.
    std::vector<std::optional<Date>> participant_due;
    std::vector<std::string> late_signers;  // participants that signed after their part deadline
    int supplement_requests = 0;         // 一次性告知 notices: intake's missing list counts as the first
    int notice_breaches = 0;             // requests after the first, or outside the window (002 七(四))
    int defective_requests = 0;          // requests for materials that were handed in defective
    std::vector<std::string> requested;  // every material asked for so far
    std::optional<Date> last_supplied;   // the last day materials were handed in
    std::optional<Date> inspection_due;  // 现场踏勘 due by
    std::optional<Date> inspected;
    int urged = 0;                     // 督办 notices received
    std::optional<Ruling> ruling;      // the review ruling on the latest return, if any
    bool overridden = false;           // returned or rejected after 超时默认 on an approved override
    std::optional<Date> returned_on;   // the day of the latest return
    std::optional<Date> responded_on;  // the day of the latest answer to a rating

    // What the bulletins count of a finished case (SPEC §6; issue 10 §1: average working days
    // to finish, working days late, where the time went), in working days, none when the case
    // is not finished or the figure does not apply. Derived here with the rest of the status
    // so that the store caches them and a bulletin reads them without replaying.
    std::optional<int> work_days;       // clock start to finish
    std::optional<int> days_late;       // deadline to finish, when finished late
    std::optional<int> waiting_days;    // receipt to the last materials, when materials were asked for
    std::optional<int> authority_days;  // forwarded upstream to finish

    // `late`, or still waiting or open after the deadline day. A paused case's clock is
    // stopped, so it is overdue only if it was paused when already late.
    bool overdue(Date today) const;
    // 超时默认: still without a result (waiting, open, paused, forwarded) and late or past the
    // deadline on `today`. Return and rejection are then refused without an override.
    bool deemed_consented(Date today) const;
};

const char* state_id(CaseState s);
const char* state_zh(CaseState s);
std::optional<CaseState> parse_state(const std::string& text);
const char* step_id(StepKind k);
std::optional<StepKind> parse_step(const std::string& id);
const char* step_zh(StepKind k);

// The moves a state allows, for refusals and help.
std::vector<StepKind> allowed_moves(const CaseStatus& status, const CaseFacts& facts);

// The steps as corrected: each correction replaces the time of the step it points at, and
// corrections themselves drop out of the lifecycle.
std::vector<Step> effective_steps(std::span<const Step> steps);

// Derives the status from the steps (steps[0] must be the open step).
CaseStatus replay(const CaseFacts& facts, std::span<const Step> steps, const Calendar& calendar,
                  const CasePolicy& policy);

// Throws Refused (naming the state and the moves it allows) or InvalidInput when `step`
// may not follow `status`. Pure: the store is not touched.
void check_move(const CaseFacts& facts, const CaseStatus& status, const Step& step, const Step& last,
                const CasePolicy& policy);

// Throws Refused when `step`, entered on `recorded_on`, is dated on or before a deadline that
// had already passed when it was entered, while that deadline's clock was running: a window
// that finishes (pauses, forwards, returns, signs) a case late cannot make it on time by
// writing an earlier date. A time that was truly wrong is put right only by an approved
// `correct` step, which is marked when it clears lateness (004 办理行政审批事项制度 (二)2(3)
// 超时默认; 004 电子监察: the system records the moment each act is entered).
void check_entered_in_time(const CaseFacts& facts, const CaseStatus& status, const Step& step,
                           Date recorded_on);

// Throws NotFound, Refused or InvalidInput when `correction` may not be appended to `steps`:
// a correction needs a reason and an approver (Step::actor).
void check_correction(const CaseFacts& facts, std::span<const Step> steps, const Step& correction);

}  // namespace hall
