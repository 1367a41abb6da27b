#include <hall/store.h>

#include "backend.h"
#include "sqlite/backend.h"
#include "sqlite/schema.h"

namespace hall {

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

std::int64_t Store::insert_case(const CaseFacts& facts, const CaseStatus& status) {
    return backend_->insert_case(facts, status);
}

std::int64_t Store::append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    return backend_->append_step(case_id, step, recorded_at);
}

void Store::save_status(std::int64_t case_id, const CaseStatus& status) {
    backend_->save_status(case_id, status);
}

void Store::mark_monitored(std::int64_t case_id) {
    backend_->mark_monitored(case_id);
}

std::optional<StoredCase> Store::load_case(const std::string& number) const {
    return backend_->load_case(number);
}

std::vector<StoredCase> Store::list_cases(const CaseFilter& filter) const {
    return backend_->list_cases(filter);
}

void Store::for_each_case(const CaseFilter& filter, bool with_steps,
                          const std::function<void(StoredCase&)>& visit) const {
    backend_->for_each_case(filter, with_steps, visit);
}

std::string Store::issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                                const Moment& at) {
    return backend_->issue_notice(case_id, step_id, kind, at);
}

std::vector<Notice> Store::notices(std::int64_t case_id) const {
    return backend_->notices(case_id);
}

bool Store::add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic, Date on,
                     const std::string& note) {
    return backend_->add_card(case_id, level, rule, automatic, on, note);
}

void Store::revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) {
    backend_->revoke_card(card_id, reason, at);
}

std::vector<Card> Store::cards(const std::optional<std::string>& case_number) const {
    return backend_->cards(case_number);
}

std::int64_t Store::insert_event(const Event& event, const Moment& recorded_at) {
    return backend_->insert_event(event, recorded_at);
}

void Store::void_event(std::int64_t id, const EventVoid& record) {
    backend_->void_event(id, record);
}

std::vector<StoredEvent> Store::events(const EventFilter& filter) const {
    return backend_->events(filter);
}

std::vector<Card> Store::cards_issued(Date from, Date to) const {
    return backend_->cards_issued(from, to);
}

void Store::record_setting_change(const SettingChange& change) {
    backend_->record_setting_change(change);
}

std::vector<SettingChange> Store::setting_changes() const {
    return backend_->setting_changes();
}

}  // namespace hall
