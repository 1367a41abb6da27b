#pragma once
// The case desk: the operations a window performs on cases, each one transaction over the
// store, with the rules of cases.h deciding what is allowed and what follows.

#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/cases.h>
#include <hall/error.h>
#include <hall/notices.h>
#include <hall/policy.h>  // load_policy, save_policy
#include <hall/store.h>

#include <optional>
#include <string>
#include <vector>

namespace hall {

struct OpenRequest {
    std::string item;
    std::string applicant;
    std::string applicant_id;
    std::optional<Moment> received;       // default: now
    std::optional<CaseClass> case_class;  // default: from the item, the units and the investment
    std::string staff;                    // 第一责任人: required (000 首问负责, 004)
    std::string lead;                     // joint: the lead window the centre designates (004)
    std::vector<std::string> missing;     // → a supplement case whose clock waits
    std::vector<std::string> pending;     // 容缺预审: approved while these are pending ...
    std::optional<Date> promised_by;      // ... on the applicant's written promise to bring them by then
    std::int64_t investment = 0;          // yuan
};

struct CaseView {
    StoredCase record;
    std::vector<Notice> notices;
    std::vector<Card> cards;
    std::optional<CardLevel> highest_card;  // only the highest unrevoked card counts
};

struct Opened {
    CaseView view;
    std::vector<Text> warnings;  // e.g. a provisional deadline
};

// 收件登记. Throws NotFound (item, staff), Refused (a controlled item, 容缺 not allowed,
// a receipt in the future), InvalidInput (a material the item does not list).
Opened open_case(Store& store, const Calendar& calendar, const CasePolicy& policy, const OpenRequest& request,
                 const Moment& now);

// Appends `step` (seq and, when unset, time are filled in) after checking it against the
// case's state; writes the step, the derived status and any notice in one transaction.
CaseView move_case(Store& store, const Calendar& calendar, const CasePolicy& policy,
                   const std::string& number, Step step, const Moment& now);

CaseView view_case(const Store& store, const std::string& number);  // throws NotFound

// Replays every case the calendar can affect; returns how many changed.
int recompute_cases(Store& store, const Calendar& calendar, const CasePolicy& policy);

// Replays each case saved before the store cached the bulletins' figures (schema 12) and saves
// its figures, a transaction per chunk so that an interrupted run keeps what it did; returns
// how many. Costs one indexed look-up when there is none.
std::int64_t fill_case_figures(Store& store);

// Imports a calendar file and recomputes the cases, in one transaction.
int import_calendar(Store& store, const CalendarFile& file, const std::string& origin, const Moment& now);

// A case deemed consented (超时默认, 004): past its promised deadline with no result.
struct DeemedCase {
    std::string number;
    std::string window;
    std::optional<Date> deadline;
};

struct MonitorReport {
    Date on;
    int examined = 0;
    std::vector<Card> issued;
    std::vector<DeemedCase> deemed;
    std::vector<LatenessCorrection> corrections;  // recorded on `on` (SPEC §2: listed, never hidden)
    std::vector<std::string> withdrawn;           // 容缺 approvals withdrawn
};

// 电子监察: issues warnings, yellow and red cards as of `on`, and withdraws 容缺 approvals
// whose promised materials did not arrive. Idempotent: a card is issued once.
MonitorReport monitor(Store& store, const Calendar& calendar, const CasePolicy& policy, Date on,
                      const Moment& now);

// Adds a manual card to a case, or revokes a card, with a reason.
Card add_manual_card(Store& store, const std::string& number, CardLevel level, const std::string& reason,
                     Date on);
void revoke_card(Store& store, std::int64_t card_id, const std::string& reason, const Moment& now);

// Renders `notice` of the case in `view`, whose derived status is `status` (see notices.h).
std::string render_notice(const CaseView& view, const CaseStatus& status, const Notice& notice,
                          const std::string& window_name);

}  // namespace hall
