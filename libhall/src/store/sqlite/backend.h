#pragma once
// The SQLite backend: one file per store (WAL, foreign keys on, versioned schema). Its
// source files are split by entity (registry, cases, steps, notices, cards, calendar,
// settings); common.h holds what they share. Nothing outside libhall/src/store sees it.

#include "../backend.h"
#include "database.h"

#include <filesystem>
#include <memory>
#include <unordered_map>

namespace hall::sqlite_store {

class SqliteBackend final : public StoreBackend {
public:
    // Opens or creates the store at `path` and migrates an older schema; see Store::open.
    static std::unique_ptr<SqliteBackend> open(const std::filesystem::path& path);

    const std::string& path() const override { return path_; }
    bool created() const override { return created_; }
    int migrated_from() const override { return migrated_from_; }

    void begin(int depth) override;
    void commit(int depth) override;
    void rollback(int depth) noexcept override;

    bool has_calendar() const override;
    void import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now) override;
    std::vector<ScheduleYear> schedule_years(Layer layer) const override;
    std::vector<CalendarImport> calendar_imports() const override;

    std::optional<std::string> setting(const std::string& key) const override;
    std::vector<std::pair<std::string, std::string>> settings(const std::string& prefix) const override;
    void set_setting(const std::string& key, const std::string& value) override;
    void record_setting_change(const SettingChange& change) override;
    std::vector<SettingChange> setting_changes() const override;

    void add_window(const Window& window) override;
    void add_staff(const Staff& staff) override;
    void add_item(const Item& item) override;
    void put_item(const Item& item) override;
    std::vector<Window> windows(const std::optional<std::string>& code) const override;
    std::vector<Staff> staff(const std::optional<std::string>& window,
                             const std::optional<std::string>& code) const override;
    std::vector<Item> items(const std::optional<std::string>& code) const override;

    std::string next_case_number(Date day) override;
    std::int64_t insert_case(const CaseFacts& facts, const CaseStatus& status) override;
    std::int64_t append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) override;
    // The insert alone, unsealed: append_step seals after it, an import seals a case's steps
    // in a row.
    std::int64_t insert_step(std::int64_t case_id, const Step& step, const Moment& recorded_at);
    void save_status(std::int64_t case_id, const CaseStatus& status) override;
    void mark_monitored(std::int64_t case_id) override;
    std::optional<StoredCase> load_case(const std::string& number) const override;
    std::vector<StoredCase> list_cases(const CaseFilter& filter) const override;
    void for_each_case(const CaseFilter& filter, bool with_steps,
                       const std::function<void(StoredCase&)>& visit) const override;

    std::vector<std::string> case_numbers() const override;
    void save_case_figures(std::int64_t case_id, const CaseStatus& status) override;
    bool has_unfigured_cases() const override;
    std::vector<CaseGroup> received_groups(Date from, Date to) const override;
    std::vector<CaseGroup> finished_groups(Date from, Date to) const override;
    std::map<std::int64_t, CaseItem> case_items(std::span<const std::int64_t> case_ids) const override;
    std::int64_t insert_replayed_case(const CaseFacts& facts, std::span<const Step> steps,
                                      const CaseStatus& status, const Moment& recorded_at) override;
    std::vector<std::string> drop_case_indexes() override;
    void create_indexes(const std::vector<std::string>& definitions) override;

    std::string issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                             const Moment& at) override;
    std::vector<Notice> notices(std::int64_t case_id) const override;
    std::vector<LatenessCorrection> lateness_corrections(Date from, Date to) const override;
    bool add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic, Date on,
                  const std::string& note, const std::string& window) override;
    void revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) override;
    std::vector<Card> cards(const std::optional<std::string>& case_number) const override;

    std::int64_t insert_event(const Event& event, const Moment& recorded_at) override;
    void void_event(std::int64_t id, const EventVoid& record) override;
    std::vector<StoredEvent> events(const EventFilter& filter) const override;
    CardCounts card_counts(Date from, Date to) const override;
    std::vector<Card> scored_cards(Date from, Date to) const override;
    void for_each_scored_case(Date from, Date to,
                              const std::function<void(const ScoredCase&)>& visit) const override;

    Inquiry insert_inquiry(const Inquiry& inquiry, const Moment& recorded_at) override;
    std::vector<Inquiry> inquiries(const InquiryFilter& filter) const override;

    PunchImport insert_punches(const std::vector<Punch>& punches, const PunchImport& import) override;
    std::vector<Punch> punches(Date from, Date to) const override;
    std::int64_t insert_leave(const Leave& leave) override;
    std::vector<Leave> leaves(const LeaveFilter& filter) const override;
    std::int64_t insert_complaint(const Complaint& complaint, const Moment& recorded_at) override;
    void append_complaint_act(std::int64_t id, const ComplaintAct& act) override;
    std::vector<Complaint> complaints(const ComplaintFilter& filter,
                                      std::optional<std::int64_t> id) const override;

    SchemaFacts schema_facts() const override;
    void audit(const std::optional<std::string>& case_number, const std::function<void(StoredCase&)>& visit,
               const std::function<void(StoreProblem)>& report) const override;
    void copy_to(const std::filesystem::path& file) const override;

private:
    // Statements are cached in the connection, so reads through a const backend still
    // use (and mutate) it.
    mutable sql::Database db_;
    std::string path_;
    // The look-ups an import repeats for every case (exchange.cpp).
    struct ImportIds {
        std::unordered_map<std::string, std::int64_t> items, windows, staff;
    };
    ImportIds import_ids_;
    // Where the case and step chains end during an import (exchange.cpp): the last case's id
    // and hash and the last step's id, good while the connection's change count is what it
    // was after the import's own last insert. Any transaction's end forgets them.
    struct ImportChain {
        std::int64_t changes = -1;
        std::int64_t case_id = 0;
        std::optional<std::string> case_hash;
        std::int64_t step_id = 0;
    };
    ImportChain import_chain_;
    // A step inserted and sealed as one write, after `prev`; returns its hash.
    std::string insert_sealed_step(std::int64_t id, std::int64_t case_id, const Step& step,
                                   const Moment& recorded_at, const std::optional<std::string>& prev);
    bool import_tuned_ = false;
    bool created_ = false;
    int migrated_from_ = 0;
};

}  // namespace hall::sqlite_store
