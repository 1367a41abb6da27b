#pragma once
// What a Store needs from a database: one class per backend, behind the Store handle. SQLite
// (sqlite/) is the one backend today; a PostgreSQL backend for a provincial platform
// implements the same interface and nothing above the store changes.
//
// A backend speaks its own SQL and turns every database failure into a StoreError. The
// Store handle keeps the transaction depth and makes each multi-row write (an item with its
// lists, a calendar import) one transaction, so a backend's writes need not open their own.

#include <hall/asks.h>
#include <hall/attendance.h>
#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/cases.h>
#include <hall/complaints.h>
#include <hall/registry.h>
#include <hall/store.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace hall {

class StoreBackend {
public:
    StoreBackend() = default;
    StoreBackend(const StoreBackend&) = delete;
    StoreBackend& operator=(const StoreBackend&) = delete;
    virtual ~StoreBackend() = default;

    virtual const std::string& path() const = 0;
    virtual bool created() const = 0;
    virtual int migrated_from() const = 0;

    // Depth 0 is the outermost transaction; deeper ones are savepoints inside it.
    virtual void begin(int depth) = 0;
    virtual void commit(int depth) = 0;
    virtual void rollback(int depth) noexcept = 0;

    // Calendar
    virtual bool has_calendar() const = 0;
    virtual void import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now) = 0;
    virtual std::vector<ScheduleYear> schedule_years(Layer layer) const = 0;
    virtual std::vector<CalendarImport> calendar_imports() const = 0;

    // Settings
    virtual std::optional<std::string> setting(const std::string& key) const = 0;
    virtual std::vector<std::pair<std::string, std::string>> settings(const std::string& prefix) const = 0;
    virtual void set_setting(const std::string& key, const std::string& value) = 0;
    virtual void record_setting_change(const SettingChange& change) = 0;
    virtual std::vector<SettingChange> setting_changes() const = 0;

    // Registry
    virtual void add_window(const Window& window) = 0;
    virtual void add_staff(const Staff& staff) = 0;
    virtual void add_item(const Item& item) = 0;
    virtual void put_item(const Item& item) = 0;
    virtual std::vector<Window> windows(const std::optional<std::string>& code) const = 0;
    virtual std::vector<Staff> staff(const std::optional<std::string>& window,
                                     const std::optional<std::string>& code) const = 0;
    virtual std::vector<Item> items(const std::optional<std::string>& code) const = 0;

    // Cases and their steps
    virtual std::string next_case_number(Date day) = 0;
    virtual std::int64_t insert_case(const CaseFacts& facts, const CaseStatus& status) = 0;
    virtual std::int64_t append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) = 0;
    virtual void save_status(std::int64_t case_id, const CaseStatus& status) = 0;
    virtual void mark_monitored(std::int64_t case_id) = 0;
    virtual std::optional<StoredCase> load_case(const std::string& number) const = 0;
    virtual std::vector<StoredCase> list_cases(const CaseFilter& filter) const = 0;
    virtual void for_each_case(const CaseFilter& filter, bool with_steps,
                               const std::function<void(StoredCase&)>& visit) const = 0;

    virtual void save_case_figures(std::int64_t case_id, const CaseStatus& status) = 0;
    virtual bool has_unfigured_cases() const = 0;
    virtual std::vector<CaseGroup> received_groups(Date from, Date to) const = 0;
    virtual std::vector<CaseGroup> finished_groups(Date from, Date to) const = 0;
    virtual std::map<std::int64_t, CaseItem> case_items(std::span<const std::int64_t> case_ids) const = 0;

    virtual std::vector<std::string> case_numbers() const = 0;
    // One imported case, facts, steps and status, in the caller's transaction; the bulk path
    // of an import, so it should reuse its statements and look-ups across calls.
    virtual std::int64_t insert_replayed_case(const CaseFacts& facts, std::span<const Step> steps,
                                              const CaseStatus& status, const Moment& recorded_at) = 0;

    // The secondary indexes of the case and step tables, dropped inside the caller's
    // transaction for a bulk load and created again from what this returns.
    virtual std::vector<std::string> drop_case_indexes() = 0;
    virtual void create_indexes(const std::vector<std::string>& definitions) = 0;

    virtual std::vector<LatenessCorrection> lateness_corrections(Date from, Date to) const = 0;

    // Notices and cards
    virtual std::string issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                                     const Moment& at) = 0;
    virtual std::vector<Notice> notices(std::int64_t case_id) const = 0;
    virtual bool add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic,
                          Date on, const std::string& note, const std::string& window) = 0;
    virtual void revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) = 0;
    virtual std::vector<Card> cards(const std::optional<std::string>& case_number) const = 0;

    // Scored events
    virtual std::int64_t insert_event(const Event& event, const Moment& recorded_at) = 0;
    virtual void void_event(std::int64_t id, const EventVoid& record) = 0;
    virtual std::vector<StoredEvent> events(const EventFilter& filter) const = 0;
    virtual CardCounts card_counts(Date from, Date to) const = 0;
    virtual std::vector<Card> scored_cards(Date from, Date to) const = 0;
    virtual void for_each_scored_case(Date from, Date to,
                                      const std::function<void(const ScoredCase&)>& visit) const = 0;

    // The first-responsibility log
    virtual Inquiry insert_inquiry(const Inquiry& inquiry, const Moment& recorded_at) = 0;
    virtual std::vector<Inquiry> inquiries(const InquiryFilter& filter) const = 0;

    // Attendance, leave and complaints (sqlite/attendance.cpp)
    virtual PunchImport insert_punches(const std::vector<Punch>& punches, const PunchImport& import) = 0;
    virtual std::vector<Punch> punches(Date from, Date to) const = 0;
    virtual std::int64_t insert_leave(const Leave& leave) = 0;
    virtual std::vector<Leave> leaves(const LeaveFilter& filter) const = 0;
    virtual std::int64_t insert_complaint(const Complaint& complaint, const Moment& recorded_at) = 0;
    virtual void append_complaint_act(std::int64_t id, const ComplaintAct& act) = 0;
    virtual std::vector<Complaint> complaints(const ComplaintFilter& filter,
                                              std::optional<std::int64_t> id) const = 0;

    // Verification
    virtual SchemaFacts schema_facts() const = 0;
    virtual void audit(const std::optional<std::string>& case_number,
                       const std::function<void(StoredCase&)>& visit,
                       const std::function<void(StoreProblem)>& report) const = 0;
    virtual void copy_to(const std::filesystem::path& file) const = 0;
};

}  // namespace hall
