#pragma once
// The hall store: a handle over a storage backend. Store::open gives the SQLite backend, one
// file (WAL, foreign keys on, versioned schema); a backend is the only code in hall that
// speaks SQL, and everything above the store works with value types. A Store belongs to one
// thread at a time: a script that works in several threads opens one Store in each.

#include <hall/asks.h>
#include <hall/attendance.h>
#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/cases.h>
#include <hall/complaints.h>
#include <hall/date.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/monitoring.h>
#include <hall/notices.h>
#include <hall/registry.h>

#include <array>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace hall {

class StoreBackend;

struct CalendarImport {
    std::int64_t id = 0;
    std::string file;
    std::string region;
    Layer layer = Layer::national;
    std::vector<int> years;
    std::string imported_at;
};

// What the store keeps of a case's derived status, so that lists and the monitor can use
// indexes. It is its own type so that nothing reads a field the store does not keep: the
// rest of CaseStatus (rating, outstanding materials, breaches, a late report, ...) comes
// from replay().
struct CachedStatus {
    CaseState state = CaseState::open;
    CaseClass case_class = CaseClass::promised;
    std::optional<Date> clock_start;
    std::optional<Date> deadline;
    std::optional<Date> statutory_deadline;
    bool provisional = false;
    std::optional<Moment> finished;
    std::optional<Date> follow_up_due;
    bool late = false;
    std::optional<int> rating;
    // What the bulletins add up (CaseStatus::work_days and the rest).
    std::optional<int> work_days;
    std::optional<int> days_late;
    std::optional<int> waiting_days;
    int paused_days = 0;
    std::optional<int> authority_days;
    std::optional<Date> responded_on;

    CachedStatus() = default;
    explicit CachedStatus(const CaseStatus& status);
    bool overdue(Date today) const;           // as CaseStatus::overdue
    bool deemed_consented(Date today) const;  // as CaseStatus::deemed_consented
    bool operator==(const CachedStatus&) const = default;
};

// A case as stored: its intake facts, its history, and the status as last derived.
struct StoredCase {
    std::int64_t id = 0;
    CaseFacts facts;
    std::vector<Step> steps;  // empty when listed without steps
    CachedStatus status;
    // False for a case saved before the store cached the bulletins' figures (schema 12):
    // status holds none of them (nor, before schema 7, the rating) until fill_case_figures.
    bool figured = true;
};

struct CaseFilter {
    std::optional<std::string> window;
    std::optional<CaseClass> case_class;
    std::optional<Month> month;  // received in this month
    // Received on a day in [received_from, received_to] (a week, a year); both or neither.
    std::optional<Date> received_from;
    std::optional<Date> received_to;
    std::optional<Date> overdue_on;  // open after its deadline, or finished late, as of this day
    std::optional<Date> due_from;    // with due_by: still open with a deadline in [due_from, due_by]
    std::optional<Date> due_by;
    bool active_only = false;  // waiting, open, paused or forwarded
    std::optional<CaseState> state;
    std::optional<Date> finished_late_by;     // closed late (finished or returned) on or before this day,
                                              // not yet monitored
    std::optional<Date> promise_missed_on;    // 容缺 approvals whose promised day is before this day
    bool calendar_dependent = false;          // cases whose derived status may change with the calendar
    std::optional<Date> follow_up_missed_on;  // a bad rating's answer was due before this day
    std::optional<std::int64_t> limit;
    // Scoring: finished (any lateness) on a day in [finished_from, finished_to]; both or neither.
    std::optional<Date> finished_from;
    std::optional<Date> finished_to;
    bool late_only = false;         // late (finished or forwarded after the deadline)
    bool provisional_only = false;  // a deadline counted with weekday arithmetic
    bool unfigured = false;         // saved before the store cached the bulletins' figures
};

// The cases received (or finished) in a period, added up by the store per window, class, item
// and month of receipt (or of the finish): what a bulletin counts (report.h), read without
// replaying a case. The figures of a finished group are those CaseStatus derives.
struct CaseGroup {
    std::string window;
    CaseClass case_class = CaseClass::promised;
    std::string item;
    Month month;
    // The group's first case in the order of receipt ("received time, zero-padded id", so
    // groups compare as their cases do) and its id: a bulletin names an item after it.
    std::string first_key;
    std::int64_t first_case = 0;
    std::int64_t cases = 0;
    // Finished groups only.
    std::int64_t late = 0;
    std::int64_t timed = 0;  // with a clock start
    std::int64_t work_days = 0;
    std::int64_t waiting_cases = 0;
    std::int64_t waiting_days = 0;
    std::int64_t paused_cases = 0;
    std::int64_t paused_days = 0;
    std::int64_t authority_cases = 0;
    std::int64_t authority_days = 0;
    std::array<std::int64_t, 5> ratings{};  // index 0: rating 1
    std::int64_t bad_answered_on_time = 0;  // rated 2 or less, answered by follow_up_due
    std::int64_t bad_answered_late = 0;
    std::int64_t bad_unanswered = 0;
};

// The item a case was registered for, as the case recorded it at intake.
struct CaseItem {
    std::string name;
    Limit promised;
};

struct Card {
    std::int64_t id = 0;
    std::string case_number;
    CardLevel level = CardLevel::warning;
    std::string rule;  // a CardRule id (monitoring.h)
    bool automatic = true;
    Date issued_on;
    std::string note;
    std::string window;  // a participant window the card falls to; empty: the case's own window
    std::optional<std::string> revoked_at;
    std::string revoke_reason;
    std::string case_window;  // the case's own window and receiving clerk
    std::string case_staff;
};

// Cards by level, indexed by CardLevel.
struct CardCounts {
    std::array<std::int64_t, 4> issued{};
    std::array<std::int64_t, 4> revoked{};
    bool operator==(const CardCounts&) const = default;
};

// What scoring reads of a finished case (events.h case_events), from its cached status.
struct ScoredCase {
    std::string number;
    std::string window;
    std::string staff;
    Moment finished;
    std::optional<Date> deadline;
    bool late = false;
    std::optional<int> rating;
    // None: the case was saved before the store cached ratings and breaches; replay it.
    std::optional<int> notice_breaches;
};

// A correction that turned a late step into an on-time one (SPEC §2: marked and listed
// wherever corrections show).
struct LatenessCorrection {
    std::string case_number;
    int seq = 0;       // the correction's own step number
    int corrects = 0;  // the step it corrects
    Moment at;         // the corrected time
    std::string approved_by;
    std::string reason;
    Moment recorded_at;
};

// A setting changed by hand (`hall rules set`), kept so that a rule in force can say who set it.
struct SettingChange {
    std::string key;
    std::optional<std::string> old_value;  // none: the setting was unset (its default applied)
    std::string new_value;
    std::string by;
    Moment at;
};

// Something found wrong in a store by hall::verify_store (hall/verify.h).
struct StoreProblem {
    std::string kind;   // "schema", "chain", "unreadable", "status"
    std::string table;  // the table, or the schema object's name
    std::string row;    // the record, e.g. "case 20260105-0001 step 3"; empty for the schema
    Text detail;
};

// An entry of the store's schema, as the database keeps it.
struct SchemaObject {
    std::string type;  // table, index, trigger, view
    std::string name;
    std::string sql;  // empty for an index the database made itself
    bool operator==(const SchemaObject&) const = default;
};

struct SchemaFacts {
    int version = 0;         // migrations applied
    int application_id = 0;  // 'HALL' for a hall store
    std::vector<SchemaObject> objects;
};

class Store {
public:
    // Opens the store at `path`, creating it (and its schema) when the file does not exist
    // or is empty, and migrating an older schema. ":memory:" gives a private in-memory store.
    // Throws StoreError for a file that is not a hall store or comes from a newer hall.
    static Store open(const std::filesystem::path& path);
    static Store in_memory() { return open(":memory:"); }

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::string& path() const;
    bool created() const;       // this open created the file
    int migrated_from() const;  // schema version found before migrating (0: new store)
    static int schema_version();

    // A unit of work: rolls back unless committed. Nested transactions become savepoints,
    // so a library operation may open one inside a caller's.
    // Whether a Transaction is open on this handle.
    bool in_transaction() const { return transaction_depth_ > 0; }

    class Transaction {
    public:
        explicit Transaction(Store& store);
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        ~Transaction();
        void commit();

    private:
        Store* store_;
        bool done_ = false;
    };

    // Calendar ------------------------------------------------------------------------
    bool has_calendar() const;
    // Adds or replaces the years in `file` for its layer and records the import.
    void import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now);
    Calendar load_calendar() const;
    std::vector<ScheduleYear> schedule_years(Layer layer) const;
    std::vector<CalendarImport> calendar_imports() const;

    // Settings: small named values a hall can change (thresholds, limits).
    std::optional<std::string> setting(const std::string& key) const;
    // All settings whose key starts with `prefix`, in key order.
    std::vector<std::pair<std::string, std::string>> settings(const std::string& prefix) const;
    void set_setting(const std::string& key, const std::string& value);
    // The log of settings changed by hand, oldest first; append-only.
    void record_setting_change(const SettingChange& change);
    std::vector<SettingChange> setting_changes() const;

    // Registry ------------------------------------------------------------------------
    // Each add throws Refused when the code exists and NotFound for an unknown window.
    void add_window(const Window& window);
    void add_staff(const Staff& staff);
    void add_item(const Item& item);
    // Adds the item, or replaces it when the code exists (catalogue imports).
    void put_item(const Item& item);
    std::optional<Window> find_window(const std::string& code) const;
    std::optional<Staff> find_staff(const std::string& code) const;
    std::optional<Item> find_item(const std::string& code) const;
    std::vector<Window> windows() const;
    std::vector<Staff> staff(const std::optional<std::string>& window) const;
    std::vector<Item> items() const;

    // Cases ---------------------------------------------------------------------------
    // The next readable number for a case received on `day`: YYYYMMDD-NNNN.
    std::string next_case_number(Date day);
    std::int64_t insert_case(const CaseFacts& facts, const CaseStatus& status);
    std::int64_t append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at);
    void save_status(std::int64_t case_id, const CaseStatus& status);
    std::optional<StoredCase> load_case(const std::string& number) const;
    // Cases with their cached status (no steps), in order of receipt.
    std::vector<StoredCase> list_cases(const CaseFilter& filter) const;
    // Visits the matching cases in order of receipt, loading them a chunk at a time in a few
    // set-based queries, so memory stays flat however large the store. `visit` may write
    // to the store: no read is open while it runs. With `with_steps`, each case comes with
    // its history; without, `steps` is empty.
    void for_each_case(const CaseFilter& filter, bool with_steps,
                       const std::function<void(StoredCase&)>& visit) const;

    // The cached figures of a case saved before the store kept them (schema 12), written
    // from a replay; the rest of its cached status is left as it was, for hall verify to judge.
    void save_case_figures(std::int64_t case_id, const CaseStatus& status);
    // Whether some case was saved before the store cached the bulletins' figures.
    bool has_unfigured_cases() const;
    // Cases received (finished) on a day in [from, to], added up per window, class, item
    // and month; groups in no particular order.
    std::vector<CaseGroup> received_groups(Date from, Date to) const;
    std::vector<CaseGroup> finished_groups(Date from, Date to) const;
    // The item of each case, by case id.
    std::map<std::int64_t, CaseItem> case_items(std::span<const std::int64_t> case_ids) const;

    // Every case number in the store, sorted (an import's duplicate check).
    std::vector<std::string> case_numbers() const;
    // Writes a case brought from elsewhere (hall case import) with all its steps and the
    // status replayed from them, inside the caller's transaction. Its number is kept as
    // given; the day's numbering continues after it, so a case opened later never takes it.
    std::int64_t insert_replayed_case(const CaseFacts& facts, std::span<const Step> steps,
                                      const CaseStatus& status, const Moment& recorded_at);

    // A bulk load into a store it outgrows: the secondary indexes of cases and steps are
    // dropped inside the caller's transaction (their definitions returned) and built once
    // at the end with create_indexes, rather than kept up row by row. The unique keys stay,
    // so a clash is still refused; a rollback brings the indexes back.
    std::vector<std::string> drop_case_indexes();
    void create_indexes(const std::vector<std::string>& definitions);

    // The monitor has issued the cards of this case finished late: later runs skip it until
    // its status is saved again.
    void mark_monitored(std::int64_t case_id);

    // Notices: numbered per kind and year, e.g. 承诺〔2026〕0001号.
    std::string issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                             const Moment& at);
    std::vector<Notice> notices(std::int64_t case_id) const;

    // Corrections that turned a late step into an on-time one, recorded on days [from, to].
    std::vector<LatenessCorrection> lateness_corrections(Date from, Date to) const;

    // Cards: returns false when this automatic card was already issued (even if revoked).
    bool add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic, Date on,
                  const std::string& note, const std::string& window = {});
    void revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at);
    std::vector<Card> cards(const std::optional<std::string>& case_number) const;

    // Scored events (events.h) ------------------------------------------------------------
    // Appends the event as given (no profile checks: see hall::add_event); NotFound for an
    // unknown window or staff member.
    std::int64_t insert_event(const Event& event, const Moment& recorded_at);
    // NotFound for an unknown id, Refused for one already voided.
    void void_event(std::int64_t id, const EventVoid& record);
    // By date, then id.
    std::vector<StoredEvent> events(const EventFilter& filter) const;
    // Cards issued on a day in [from, to] by level, and how many of those are revoked: what a
    // bulletin reports of them, counted without reading a year's cards one by one.
    CardCounts card_counts(Date from, Date to) const;
    // The yellow and red cards issued on a day in [from, to] and not revoked: those scoring counts.
    std::vector<Card> scored_cards(Date from, Date to) const;
    // The cases finished on a day in [from, to] that scoring may count, in order of receipt:
    // late, rated 2 or less, with breaches of the one-time notice, or saved before the store
    // cached ratings and breaches. The others are never read.
    void for_each_scored_case(Date from, Date to, const std::function<void(const ScoredCase&)>& visit) const;

    // The first-responsibility log (asks.h) ------------------------------------------------
    // Appends the inquiry with its staff member's window; NotFound for an unknown staff
    // member or referral window.
    Inquiry insert_inquiry(const Inquiry& inquiry, const Moment& recorded_at);
    std::vector<Inquiry> inquiries(const InquiryFilter& filter) const;

    // Attendance, leave and complaints (attendance.h, complaints.h) -------------------------
    // Adds the punches not stored yet (a staff member's minute is stored once) and, when any
    // was new, records the import; returns the import with its counts (id 0 when none was new).
    PunchImport insert_punches(const std::vector<Punch>& punches, const PunchImport& import);
    // Punches on days [from, to], in time order.
    std::vector<Punch> punches(Date from, Date to) const;
    std::int64_t insert_leave(const Leave& leave);
    // By start, then id.
    std::vector<Leave> leaves(const LeaveFilter& filter) const;
    std::int64_t insert_complaint(const Complaint& complaint, const Moment& recorded_at);
    // Refused when the complaint already has an act of that kind.
    void append_complaint_act(std::int64_t id, const ComplaintAct& act);
    // By received time, then id, each with its acts.
    std::vector<Complaint> complaints(const ComplaintFilter& filter) const;
    std::optional<Complaint> complaint(std::int64_t id) const;

    // Verification (hall/verify.h) ---------------------------------------------------------
    SchemaFacts schema_facts() const;
    // Checks every record's place in its hash chain and that every record reads back, and
    // hands each case (with its steps) that read back whole to `visit`, in order of intake;
    // with `case_number`, that case, its cards and notices only. Problems go to `report`.
    void audit(const std::optional<std::string>& case_number, const std::function<void(StoredCase&)>& visit,
               const std::function<void(StoreProblem)>& report) const;
    // A consistent copy of the store, as it is now, in the new file `file` (which must not exist).
    void copy_to(const std::filesystem::path& file) const;

    // A store over another backend than SQLite (see libhall/src/store/backend.h).
    explicit Store(std::unique_ptr<StoreBackend> backend);

private:
    std::unique_ptr<StoreBackend> backend_;
    int transaction_depth_ = 0;
};

}  // namespace hall
