#include <hall/store.h>

#include <fmt/format.h>

#include "backend.h"
#include "sqlite/backend.h"
#include "sqlite/schema.h"

namespace hall {

CachedStatus::CachedStatus(const CaseStatus& s)
    : state(s.state),
      case_class(s.case_class),
      clock_start(s.clock_start),
      deadline(s.deadline),
      statutory_deadline(s.statutory_deadline),
      provisional(s.provisional),
      finished(s.finished),
      follow_up_due(s.follow_up_due),
      late(s.late),
      rating(s.rating),
      work_days(s.work_days),
      days_late(s.days_late),
      waiting_days(s.waiting_days),
      paused_days(s.paused_days),
      authority_days(s.authority_days),
      responded_on(s.responded_on) {}

// The same rules as CaseStatus's, over the fields they read (all of them cached).
bool CachedStatus::overdue(Date today) const {
    CaseStatus s;
    s.state = state;
    s.deadline = deadline;
    s.late = late;
    return s.overdue(today);
}

bool CachedStatus::deemed_consented(Date today) const {
    CaseStatus s;
    s.state = state;
    s.deadline = deadline;
    s.late = late;
    return s.deemed_consented(today);
}

Store::Store(std::unique_ptr<StoreBackend> backend) : backend_(std::move(backend)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::filesystem::path& path) {
    return Store(sqlite_store::SqliteBackend::open(path));
}

const std::string& Store::path() const {
    return backend_->path();
}
bool Store::created() const {
    return backend_->created();
}
int Store::migrated_from() const {
    return backend_->migrated_from();
}
int Store::schema_version() {
    return static_cast<int>(schema::migrations().size());
}

Store::Transaction::Transaction(Store& store) : store_(&store) {
    store.backend_->begin(store.transaction_depth_);
    ++store.transaction_depth_;
}

void Store::Transaction::commit() {
    const int depth = store_->transaction_depth_ - 1;
    store_->backend_->commit(depth);
    store_->transaction_depth_ = depth;
    done_ = true;
}

Store::Transaction::~Transaction() {
    if (done_) return;
    const int depth = --store_->transaction_depth_;
    store_->backend_->rollback(depth);
}

bool Store::has_calendar() const {
    return backend_->has_calendar();
}

void Store::import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now) {
    Transaction tx(*this);
    backend_->import_calendar(file, origin, now);
    tx.commit();
}

Calendar Store::load_calendar() const {
    return Calendar(schedule_years(Layer::national), schedule_years(Layer::local));
}

std::vector<ScheduleYear> Store::schedule_years(Layer layer) const {
    return backend_->schedule_years(layer);
}

std::vector<CalendarImport> Store::calendar_imports() const {
    return backend_->calendar_imports();
}

std::optional<std::string> Store::setting(const std::string& key) const {
    return backend_->setting(key);
}

std::vector<std::pair<std::string, std::string>> Store::settings(const std::string& prefix) const {
    return backend_->settings(prefix);
}

void Store::set_setting(const std::string& key, const std::string& value) {
    backend_->set_setting(key, value);
}

void Store::add_window(const Window& window) {
    Transaction tx(*this);
    backend_->add_window(window);
    tx.commit();
}

void Store::add_staff(const Staff& staff) {
    Transaction tx(*this);
    backend_->add_staff(staff);
    tx.commit();
}

void Store::add_item(const Item& item) {
    Transaction tx(*this);
    backend_->add_item(item);
    tx.commit();
}

void Store::put_item(const Item& item) {
    Transaction tx(*this);
    backend_->put_item(item);
    tx.commit();
}

std::optional<Window> Store::find_window(const std::string& code) const {
    auto found = backend_->windows(code);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<Staff> Store::find_staff(const std::string& code) const {
    auto found = backend_->staff(std::nullopt, code);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::optional<Item> Store::find_item(const std::string& code) const {
    auto found = backend_->items(code);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<Window> Store::windows() const {
    return backend_->windows(std::nullopt);
}

std::vector<Staff> Store::staff(const std::optional<std::string>& window) const {
    return backend_->staff(window, std::nullopt);
}

std::vector<Item> Store::items() const {
    return backend_->items(std::nullopt);
}

std::string Store::next_case_number(Date day) {
    return backend_->next_case_number(day);
}

namespace {

// Each insert of a chained record (libhall/src/store/sqlite/chain.h) is one transaction
// with its seal: a record is never on file without its hash. Inside a caller's transaction
// that transaction is the unit (a failed seal throws, and it rolls back), so a bulk import
// does not pay a savepoint per record.
template <typename Write>
auto sealed(Store& store, Write write) {
    if (store.in_transaction()) return write();
    Store::Transaction tx(store);
    auto result = write();
    tx.commit();
    return result;
}

}  // namespace

std::int64_t Store::insert_case(const CaseFacts& facts, const CaseStatus& status) {
    return sealed(*this, [&] { return backend_->insert_case(facts, status); });
}

std::int64_t Store::append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    return sealed(*this, [&] { return backend_->append_step(case_id, step, recorded_at); });
}

void Store::save_status(std::int64_t case_id, const CaseStatus& status) {
    backend_->save_status(case_id, status);
}

void Store::mark_monitored(std::int64_t case_id) {
    backend_->mark_monitored(case_id);
}

namespace {

// Every case has its intake step; one without steps has lost them to damage, and every
// reader of the history (replay, the next move) would otherwise start from nothing.
void require_steps(const StoredCase& c, const std::string& path) {
    if (c.steps.empty())
        throw StoreError(Text{
            fmt::format("存储 {} 已损坏（办件 {} 没有任何办理记录）；请从备份恢复", path, c.facts.number),
            fmt::format("the store {} is damaged (case {} has no steps); restore it from a backup", path,
                        c.facts.number)});
}

}  // namespace

std::optional<StoredCase> Store::load_case(const std::string& number) const {
    auto c = backend_->load_case(number);
    if (c) require_steps(*c, path());
    return c;
}

std::vector<StoredCase> Store::list_cases(const CaseFilter& filter) const {
    return backend_->list_cases(filter);
}

void Store::for_each_case(const CaseFilter& filter, bool with_steps,
                          const std::function<void(StoredCase&)>& visit) const {
    if (!with_steps) return backend_->for_each_case(filter, with_steps, visit);
    backend_->for_each_case(filter, with_steps, [&](StoredCase& c) {
        require_steps(c, path());
        visit(c);
    });
}

std::string Store::issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                                const Moment& at) {
    return sealed(*this, [&] { return backend_->issue_notice(case_id, step_id, kind, at); });
}

std::vector<Notice> Store::notices(std::int64_t case_id) const {
    return backend_->notices(case_id);
}

bool Store::add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic, Date on,
                     const std::string& note, const std::string& window) {
    return sealed(*this,
                  [&] { return backend_->add_card(case_id, level, rule, automatic, on, note, window); });
}

void Store::revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) {
    sealed(*this, [&] {
        backend_->revoke_card(card_id, reason, at);
        return true;
    });
}

std::vector<Card> Store::cards(const std::optional<std::string>& case_number) const {
    return backend_->cards(case_number);
}

std::vector<LatenessCorrection> Store::lateness_corrections(Date from, Date to) const {
    return backend_->lateness_corrections(from, to);
}

std::int64_t Store::insert_event(const Event& event, const Moment& recorded_at) {
    return sealed(*this, [&] { return backend_->insert_event(event, recorded_at); });
}

void Store::void_event(std::int64_t id, const EventVoid& record) {
    sealed(*this, [&] {
        backend_->void_event(id, record);
        return true;
    });
}

std::vector<StoredEvent> Store::events(const EventFilter& filter) const {
    return backend_->events(filter);
}

std::vector<std::string> Store::drop_case_indexes() {
    return backend_->drop_case_indexes();
}

void Store::create_indexes(const std::vector<std::string>& definitions) {
    backend_->create_indexes(definitions);
}

std::vector<std::string> Store::case_numbers() const {
    return backend_->case_numbers();
}

void Store::save_case_figures(std::int64_t case_id, const CaseStatus& status) {
    backend_->save_case_figures(case_id, status);
}
bool Store::has_unfigured_cases() const {
    return backend_->has_unfigured_cases();
}
std::vector<CaseGroup> Store::received_groups(Date from, Date to) const {
    return backend_->received_groups(from, to);
}
std::vector<CaseGroup> Store::finished_groups(Date from, Date to) const {
    return backend_->finished_groups(from, to);
}
std::map<std::int64_t, CaseItem> Store::case_items(std::span<const std::int64_t> case_ids) const {
    return backend_->case_items(case_ids);
}

std::int64_t Store::insert_replayed_case(const CaseFacts& facts, std::span<const Step> steps,
                                         const CaseStatus& status, const Moment& recorded_at) {
    return backend_->insert_replayed_case(facts, steps, status, recorded_at);
}

Inquiry Store::insert_inquiry(const Inquiry& inquiry, const Moment& recorded_at) {
    return backend_->insert_inquiry(inquiry, recorded_at);
}

std::vector<Inquiry> Store::inquiries(const InquiryFilter& filter) const {
    return backend_->inquiries(filter);
}

PunchImport Store::insert_punches(const std::vector<Punch>& punches, const PunchImport& import) {
    return backend_->insert_punches(punches, import);
}

std::vector<Punch> Store::punches(Date from, Date to) const {
    return backend_->punches(from, to);
}

std::int64_t Store::insert_leave(const Leave& leave) {
    return backend_->insert_leave(leave);
}

std::vector<Leave> Store::leaves(const LeaveFilter& filter) const {
    return backend_->leaves(filter);
}

std::int64_t Store::insert_complaint(const Complaint& complaint, const Moment& recorded_at) {
    return backend_->insert_complaint(complaint, recorded_at);
}

void Store::append_complaint_act(std::int64_t id, const ComplaintAct& act) {
    backend_->append_complaint_act(id, act);
}

std::vector<Complaint> Store::complaints(const ComplaintFilter& filter) const {
    return backend_->complaints(filter, std::nullopt);
}

std::optional<Complaint> Store::complaint(std::int64_t id) const {
    auto found = backend_->complaints(ComplaintFilter{}, id);
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

CardCounts Store::card_counts(Date from, Date to) const {
    return backend_->card_counts(from, to);
}

std::vector<Card> Store::scored_cards(Date from, Date to) const {
    return backend_->scored_cards(from, to);
}

void Store::for_each_scored_case(Date from, Date to,
                                 const std::function<void(const ScoredCase&)>& visit) const {
    backend_->for_each_scored_case(from, to, visit);
}

void Store::record_setting_change(const SettingChange& change) {
    backend_->record_setting_change(change);
}

std::vector<SettingChange> Store::setting_changes() const {
    return backend_->setting_changes();
}

SchemaFacts Store::schema_facts() const {
    return backend_->schema_facts();
}

void Store::audit(const std::optional<std::string>& case_number,
                  const std::function<void(StoredCase&)>& visit,
                  const std::function<void(StoreProblem)>& report) const {
    backend_->audit(case_number, visit, report);
}

void Store::copy_to(const std::filesystem::path& file) const {
    backend_->copy_to(file);
}

}  // namespace hall
