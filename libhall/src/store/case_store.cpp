#include "impl.h"

#include <array>
#include <span>
#include <unordered_map>

namespace hall {
namespace {

using store_detail::rethrow;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) {
        if (!out.empty()) out.push_back('\n');
        out.append(i);
    }
    return out;
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::optional<std::string> date_text(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->to_string();
}

std::optional<Date> date_of(const std::optional<std::string>& text) {
    if (!text) return std::nullopt;
    return Date::parse(*text);
}

Moment moment_of(const std::string& text) {
    return Moment::parse(text).value_or(Moment{});
}

std::int64_t id_of(sql::Database& db, const char* table, const std::string& code) {
    auto stmt = db.prepare(fmt::format("SELECT id FROM {} WHERE code = ?", table));
    stmt.bind(1, code);
    return stmt.step() ? stmt.integer(0) : 0;
}

NotFound unknown(const char* what_zh, const char* what_en, const std::string& code, const char* hint_zh,
                 const char* hint_en) {
    return NotFound(Text{fmt::format("没有{} {}；{}", what_zh, code, hint_zh),
                         fmt::format("unknown {} {}; {}", what_en, code, hint_en)});
}

std::int64_t require_window(sql::Database& db, const std::string& code) {
    const auto id = id_of(db, "hall_window", code);
    if (!id)
        throw unknown("窗口", "window", code, "先用 hall window add 登记", "add it with 'hall window add'");
    return id;
}

Refused exists(const char* what_zh, const char* what_en, const std::string& code) {
    return Refused(Text{fmt::format("{} {} 已经存在", what_zh, code),
                        fmt::format("{} {} already exists", what_en, code)});
}

// Replaces an item's materials and joint participants.
void write_item_lists(sql::Database& db, std::int64_t item_id, const Item& item) {
    auto clear_materials = db.prepare("DELETE FROM item_material WHERE item_id = ?");
    clear_materials.bind(1, item_id).run();
    auto clear_participants = db.prepare("DELETE FROM item_participant WHERE item_id = ?");
    clear_participants.bind(1, item_id).run();
    auto material = db.prepare("INSERT INTO item_material (item_id, seq, name, main) VALUES (?, ?, ?, ?)");
    int seq = 0;
    for (const auto& m : item.materials) {
        material.bind(1, item_id).bind(2, ++seq).bind(3, m.name).bind(4, m.main ? 1 : 0).run();
        material.reset();
    }
    auto participant = db.prepare("INSERT INTO item_participant (item_id, window_id) VALUES (?, ?)");
    for (const auto& w : item.participants) {
        participant.bind(1, item_id).bind(2, require_window(db, w)).run();
        participant.reset();
    }
}

void write_item(sql::Database& db, const Item& item, std::int64_t window_id) {
    auto stmt = db.prepare(
        "INSERT INTO item (code, name, window_id, class, promised_amount, promised_unit, statutory_amount, "
        "statutory_unit, reporting_days, authority, prohibited, prohibited_reason, tolerance) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bind(1, item.code).bind(2, item.name).bind(3, window_id).bind(4, class_id(item.case_class));
    stmt.bind(5, item.promised.amount).bind(6, limit_unit_id(item.promised.unit));
    if (item.statutory) {
        stmt.bind(7, item.statutory->amount).bind(8, limit_unit_id(item.statutory->unit));
    } else {
        stmt.bind_null(7).bind_null(8);
    }
    stmt.bind(9, item.reporting_days).bind(10, item.authority).bind(11, item.prohibited ? 1 : 0);
    stmt.bind(12, item.prohibited_reason).bind(13, item.tolerance ? 1 : 0).run();
    write_item_lists(db, db.last_insert_rowid(), item);
}

constexpr const char* case_columns =
    "c.id, c.number, i.code, i.name, w.code, coalesce(s.code, ''), c.applicant, c.applicant_id, "
    "c.item_class, "
    "c.registered_class, c.promised_amount, c.promised_unit, c.statutory_amount, c.statutory_unit, "
    "c.reporting_days, c.participants, c.investment, c.received, c.missing, c.pending, c.promised_by, "
    "c.state, c.class, c.clock_start, c.deadline, c.statutory_deadline, c.provisional, c.finished, "
    "c.follow_up_due, c.late "
    "FROM \"case\" c JOIN item i ON i.id = c.item_id JOIN hall_window w ON w.id = c.window_id "
    "LEFT JOIN staff s ON s.id = c.staff_id";

// Without statistics SQLite takes `state = 'finished'` for selective and walks the state
// index over every finished case; these filters name their partial index instead.
std::string_view case_index(const CaseFilter& f) {
    if (f.finished_late_by) return " INDEXED BY case_finished_late";
    if (f.promise_missed_on) return " INDEXED BY case_with_pending";
    return "";
}

std::string with_index(const CaseFilter& f, std::string sql) {
    const auto hint = case_index(f);
    if (!hint.empty()) {
        const std::string from = "FROM \"case\" c";
        sql.insert(sql.find(from) + from.size(), hint);
    }
    return sql;
}

StoredCase read_case(const sql::Statement& row) {
    StoredCase c;
    c.id = row.integer(0);
    CaseFacts& f = c.facts;
    f.number = row.text(1);
    f.item = row.text(2);
    f.item_name = row.text(3);
    f.window = row.text(4);
    f.staff = row.text(5);
    f.applicant = row.text(6);
    f.applicant_id = row.text(7);
    f.item_class = parse_class(row.text(8)).value_or(CaseClass::promised);
    f.registered = parse_class(row.text(9)).value_or(CaseClass::promised);
    f.promised = Limit{row.int32(10), parse_limit_unit(row.text(11)).value_or(LimitUnit::workdays)};
    if (!row.is_null(12))
        f.statutory = Limit{row.int32(12), parse_limit_unit(row.text(13)).value_or(LimitUnit::workdays)};
    if (!row.is_null(14)) f.reporting_days = row.int32(14);
    f.participants = split(row.text(15));
    f.investment = row.integer(16);
    f.received = moment_of(row.text(17));
    f.missing = split(row.text(18));
    f.pending = split(row.text(19));
    f.promised_by = date_of(row.optional_text(20));
    CaseStatus& s = c.status;
    s.state = parse_state(row.text(21)).value_or(CaseState::open);
    s.case_class = parse_class(row.text(22)).value_or(CaseClass::promised);
    s.clock_start = date_of(row.optional_text(23));
    s.deadline = date_of(row.optional_text(24));
    s.statutory_deadline = date_of(row.optional_text(25));
    s.provisional = row.int32(26) != 0;
    if (auto finished = row.optional_text(27)) s.finished = moment_of(*finished);
    s.follow_up_due = date_of(row.optional_text(28));
    s.late = row.int32(29) != 0;
    return c;
}

constexpr const char* step_columns =
    "id, seq, kind, at, staff, reason, actor, value, materials, automatic, coalesce(corrects, 0)";
constexpr int step_column_count = 11;

Step read_step(const sql::Statement& row) {
    Step s;
    s.id = row.integer(0);
    s.seq = row.int32(1);
    s.kind = parse_step(row.text(2)).value_or(StepKind::open);
    s.at = moment_of(row.text(3));
    s.staff = row.text(4);
    s.reason = row.text(5);
    s.actor = row.text(6);
    s.value = row.int32(7);
    s.materials = split(row.text(8));
    s.automatic = row.int32(9) != 0;
    s.corrects = row.int32(10);
    return s;
}

}  // namespace

const char* card_level_id(CardLevel level) {
    constexpr const char* ids[] = {"warning", "yellow", "red"};
    return ids[static_cast<int>(level)];
}

const char* card_level_zh(CardLevel level) {
    constexpr const char* zh[] = {"预警", "黄牌", "红牌"};
    return zh[static_cast<int>(level)];
}

std::optional<CardLevel> parse_card_level(const std::string& text) {
    for (int i = 0; i <= 2; ++i) {
        const auto level = static_cast<CardLevel>(i);
        if (text == card_level_id(level) || text == card_level_zh(level)) return level;
    }
    return std::nullopt;
}

void Store::add_window(const Window& window) {
    Transaction tx(*this);
    try {
        auto& db = impl_->db;
        if (id_of(db, "hall_window", window.code)) throw exists("窗口", "window", window.code);
        std::optional<std::int64_t> unit_id;
        if (!window.unit.empty()) {
            auto upsert = db.prepare("INSERT INTO unit (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
            upsert.bind(1, window.unit).run();
            auto find = db.prepare("SELECT id FROM unit WHERE name = ?");
            find.bind(1, window.unit);
            if (find.step()) unit_id = find.integer(0);
        }
        auto stmt = db.prepare("INSERT INTO hall_window (code, name, unit_id) VALUES (?, ?, ?)");
        stmt.bind(1, window.code).bind(2, window.name).bind(3, unit_id).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "登记窗口", "adding a window");
    }
    tx.commit();
}

void Store::add_staff(const Staff& person) {
    Transaction tx(*this);
    try {
        auto& db = impl_->db;
        if (id_of(db, "staff", person.code)) throw exists("工作人员", "staff", person.code);
        const auto window_id = require_window(db, person.window);
        auto stmt = db.prepare("INSERT INTO staff (code, name, window_id, role) VALUES (?, ?, ?, ?)");
        stmt.bind(1, person.code).bind(2, person.name).bind(3, window_id).bind(4, role_id(person.role)).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "登记工作人员", "adding staff");
    }
    tx.commit();
}

void Store::add_item(const Item& item) {
    Transaction tx(*this);
    try {
        auto& db = impl_->db;
        if (id_of(db, "item", item.code)) throw exists("事项", "item", item.code);
        write_item(db, item, require_window(db, item.window));
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "登记事项", "adding an item");
    }
    tx.commit();
}

void Store::put_item(const Item& item) {
    Transaction tx(*this);
    try {
        auto& db = impl_->db;
        const auto window_id = require_window(db, item.window);
        if (const auto old = id_of(db, "item", item.code)) {
            // Cases keep their item; update in place and rewrite the lists.
            auto stmt = db.prepare(
                "UPDATE item SET name = ?, window_id = ?, class = ?, promised_amount = ?, promised_unit = ?, "
                "statutory_amount = ?, statutory_unit = ?, reporting_days = ?, authority = ?, prohibited = "
                "?, "
                "prohibited_reason = ?, tolerance = ? WHERE id = ?");
            stmt.bind(1, item.name).bind(2, window_id).bind(3, class_id(item.case_class));
            stmt.bind(4, item.promised.amount).bind(5, limit_unit_id(item.promised.unit));
            if (item.statutory)
                stmt.bind(6, item.statutory->amount).bind(7, limit_unit_id(item.statutory->unit));
            else
                stmt.bind_null(6).bind_null(7);
            stmt.bind(8, item.reporting_days).bind(9, item.authority).bind(10, item.prohibited ? 1 : 0);
            stmt.bind(11, item.prohibited_reason).bind(12, item.tolerance ? 1 : 0).bind(13, old).run();
            write_item_lists(db, old, item);
        } else {
            write_item(db, item, window_id);
        }
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "导入事项", "importing an item");
    }
    tx.commit();
}

std::optional<Window> Store::find_window(const std::string& code) const {
    auto found = windows_where(code);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Window> Store::windows() const {
    return windows_where(std::nullopt);
}

std::vector<Window> Store::windows_where(const std::optional<std::string>& code) const {
    try {
        auto stmt = impl_->db.prepare(
            "SELECT w.code, w.name, coalesce(u.name, ''), coalesce((SELECT s.code FROM staff s WHERE "
            "s.window_id = "
            "w.id AND s.role = 'chief' ORDER BY s.id LIMIT 1), '') FROM hall_window w LEFT JOIN unit u ON "
            "u.id = "
            "w.unit_id WHERE ?1 IS NULL OR w.code = ?1 ORDER BY w.code");
        stmt.bind(1, code);
        std::vector<Window> out;
        while (stmt.step()) out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3)});
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取窗口", "reading windows");
    }
}

std::optional<Staff> Store::find_staff(const std::string& code) const {
    auto found = staff_where(std::nullopt, code);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Staff> Store::staff(const std::optional<std::string>& window) const {
    return staff_where(window, std::nullopt);
}

std::vector<Staff> Store::staff_where(const std::optional<std::string>& window,
                                      const std::optional<std::string>& code) const {
    try {
        auto stmt = impl_->db.prepare(
            "SELECT s.code, s.name, w.code, s.role FROM staff s JOIN hall_window w ON w.id = s.window_id "
            "WHERE (?1 IS NULL OR w.code = ?1) AND (?2 IS NULL OR s.code = ?2) ORDER BY s.code");
        stmt.bind(1, window).bind(2, code);
        std::vector<Staff> out;
        while (stmt.step())
            out.push_back({stmt.text(0), stmt.text(1), stmt.text(2),
                           parse_role(stmt.text(3)).value_or(StaffRole::clerk)});
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取工作人员", "reading staff");
    }
}

namespace {

// Items with their lists in three queries, whatever their number: all of them, or the one
// with `code`.
std::vector<Item> load_items(sql::Database& db, const std::optional<std::string>& code) {
    auto stmt = db.prepare(
        "SELECT i.id, i.code, i.name, w.code, i.class, i.promised_amount, i.promised_unit, "
        "i.statutory_amount, i.statutory_unit, i.reporting_days, i.authority, i.prohibited, "
        "i.prohibited_reason, i.tolerance "
        "FROM item i JOIN hall_window w ON w.id = i.window_id WHERE ?1 IS NULL OR i.code = ?1 ORDER BY "
        "i.code");
    stmt.bind(1, code);
    std::vector<Item> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (stmt.step()) {
        Item item;
        index.emplace(stmt.integer(0), out.size());
        item.code = stmt.text(1);
        item.name = stmt.text(2);
        item.window = stmt.text(3);
        item.case_class = parse_class(stmt.text(4)).value_or(CaseClass::promised);
        item.promised = Limit{stmt.int32(5), parse_limit_unit(stmt.text(6)).value_or(LimitUnit::workdays)};
        if (!stmt.is_null(7))
            item.statutory =
                Limit{stmt.int32(7), parse_limit_unit(stmt.text(8)).value_or(LimitUnit::workdays)};
        if (!stmt.is_null(9)) item.reporting_days = stmt.int32(9);
        item.authority = stmt.text(10);
        item.prohibited = stmt.int32(11) != 0;
        item.prohibited_reason = stmt.text(12);
        item.tolerance = stmt.int32(13) != 0;
        out.push_back(std::move(item));
    }
    if (out.empty()) return out;
    auto materials = db.prepare(
        "SELECT m.item_id, m.name, m.main FROM item_material m JOIN item i ON i.id = m.item_id "
        "WHERE ?1 IS NULL OR i.code = ?1 ORDER BY m.item_id, m.seq");
    materials.bind(1, code);
    while (materials.step())
        out[index.at(materials.integer(0))].materials.push_back({materials.text(1), materials.int32(2) != 0});
    auto participants = db.prepare(
        "SELECT p.item_id, w.code FROM item_participant p JOIN hall_window w ON w.id = p.window_id "
        "JOIN item i ON i.id = p.item_id WHERE ?1 IS NULL OR i.code = ?1 ORDER BY p.item_id, w.code");
    participants.bind(1, code);
    while (participants.step())
        out[index.at(participants.integer(0))].participants.push_back(participants.text(1));
    return out;
}

}  // namespace

std::optional<Item> Store::find_item(const std::string& code) const {
    try {
        auto found = load_items(impl_->db, code);
        if (found.empty()) return std::nullopt;
        return std::move(found.front());
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取事项", "reading an item");
    }
}

std::vector<Item> Store::items() const {
    try {
        return load_items(impl_->db, std::nullopt);
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取事项", "reading items");
    }
}

std::string Store::next_case_number(Date day) {
    try {
        const std::string key = fmt::format("{:04}{:02}{:02}", day.year(), day.month(), day.day());
        auto stmt = impl_->db.prepare(
            "INSERT INTO case_counter (day, last) VALUES (?, 1) "
            "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last");
        stmt.bind(1, key);
        stmt.step();
        const auto n = stmt.integer(0);
        stmt.run();
        return fmt::format("{}-{:04}", key, n);
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "编号", "numbering a case");
    }
}

std::int64_t Store::insert_case(const CaseFacts& f, const CaseStatus& s) {
    try {
        auto& db = impl_->db;
        const auto item_id = id_of(db, "item", f.item);
        const auto window_id = require_window(db, f.window);
        std::optional<std::int64_t> staff_id;
        if (!f.staff.empty()) staff_id = id_of(db, "staff", f.staff);
        auto stmt = db.prepare(
            "INSERT INTO \"case\" (number, item_id, window_id, staff_id, applicant, applicant_id, "
            "item_class, "
            "registered_class, promised_amount, promised_unit, statutory_amount, statutory_unit, "
            "reporting_days, "
            "participants, investment, received, missing, pending, promised_by, state, class) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bind(1, f.number).bind(2, item_id).bind(3, window_id).bind(4, staff_id).bind(5, f.applicant);
        stmt.bind(6, f.applicant_id).bind(7, class_id(f.item_class)).bind(8, class_id(f.registered));
        stmt.bind(9, f.promised.amount).bind(10, limit_unit_id(f.promised.unit));
        if (f.statutory)
            stmt.bind(11, f.statutory->amount).bind(12, limit_unit_id(f.statutory->unit));
        else
            stmt.bind_null(11).bind_null(12);
        stmt.bind(13, f.reporting_days).bind(14, join(f.participants)).bind(15, f.investment);
        stmt.bind(16, f.received.to_string()).bind(17, join(f.missing)).bind(18, join(f.pending));
        stmt.bind(19, date_text(f.promised_by))
            .bind(20, state_id(s.state))
            .bind(21, class_id(s.case_class))
            .run();
        return db.last_insert_rowid();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "登记办件", "registering a case");
    }
}

std::int64_t Store::append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    try {
        auto stmt = impl_->db.prepare(
            "INSERT INTO case_step (case_id, seq, kind, at, staff, reason, actor, value, materials, "
            "automatic, "
            "corrects, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bind(1, case_id).bind(2, step.seq).bind(3, step_id(step.kind)).bind(4, step.at.to_string());
        stmt.bind(5, step.staff).bind(6, step.reason).bind(7, step.actor).bind(8, step.value);
        stmt.bind(9, join(step.materials)).bind(10, step.automatic ? 1 : 0);
        if (step.corrects > 0)
            stmt.bind(11, step.corrects);
        else
            stmt.bind_null(11);
        stmt.bind(12, recorded_at.to_string()).run();
        return impl_->db.last_insert_rowid();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "记录办理步骤", "recording a step");
    }
}

void Store::save_status(std::int64_t case_id, const CaseStatus& s) {
    try {
        auto stmt = impl_->db.prepare(
            "UPDATE \"case\" SET state = ?, class = ?, clock_start = ?, deadline = ?, statutory_deadline = "
            "?, "
            "provisional = ?, finished = ?, follow_up_due = ?, late = ?, monitored = 0 WHERE id = ?");
        std::optional<std::string> finished;
        if (s.finished) finished = s.finished->to_string();
        stmt.bind(1, state_id(s.state)).bind(2, class_id(s.case_class)).bind(3, date_text(s.clock_start));
        stmt.bind(4, date_text(s.deadline))
            .bind(5, date_text(s.statutory_deadline))
            .bind(6, s.provisional ? 1 : 0);
        stmt.bind(7, finished)
            .bind(8, date_text(s.follow_up_due))
            .bind(9, s.late ? 1 : 0)
            .bind(10, case_id)
            .run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "保存办件状态", "saving a case's status");
    }
}

std::optional<StoredCase> Store::load_case(const std::string& number) const {
    try {
        auto& db = impl_->db;
        auto stmt = db.prepare(fmt::format("SELECT {} WHERE c.number = ?", case_columns));
        stmt.bind(1, number);
        if (!stmt.step()) return std::nullopt;
        StoredCase c = read_case(stmt);
        auto steps =
            db.prepare(fmt::format("SELECT {} FROM case_step WHERE case_id = ? ORDER BY seq", step_columns));
        steps.bind(1, c.id);
        while (steps.step()) c.steps.push_back(read_step(steps));
        return c;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取办件", "reading a case");
    }
}

namespace {

// The WHERE clause of a case query over `c` (the case), `w` (its window); bound by bind_filter.
std::string filter_sql(const CaseFilter& f) {
    std::string where = " WHERE 1";
    if (f.window) where += " AND w.code = :window";
    if (f.case_class) where += " AND c.class = :class";
    if (f.month) where += " AND c.received >= :month_from AND c.received < :month_to";
    if (f.active_only) where += " AND c.state IN ('waiting', 'open', 'paused', 'forwarded')";
    if (f.state) where += " AND c.state = :state";
    if (f.overdue_on)
        where +=
            " AND ((c.state IN ('waiting', 'open') AND c.deadline < :today) "
            "OR c.late = 1)";
    if (f.due_by) where += " AND c.state = 'open' AND c.deadline >= :due_from AND c.deadline <= :due_by";
    // The literal `late = 1 AND state = 'finished'` and `pending <> ''` let SQLite use the
    // partial indexes of schema v3, so these cost what they find, not the store's size.
    if (f.finished_late_by)
        where +=
            " AND c.late = 1 AND c.state = 'finished' AND c.monitored = 0 AND c.finished < :finished_before";
    if (f.promise_missed_on)
        where += " AND c.pending <> '' AND c.promised_by < :promise_day AND c.state IN ('finished', 'open')";
    if (f.calendar_dependent)
        where +=
            " AND (c.provisional = 1 OR c.state IN ('waiting', 'open', 'paused', 'forwarded') "
            "OR c.follow_up_due IS NOT NULL)";
    return where;
}

void bind_filter(sql::Statement& stmt, const CaseFilter& f) {
    int index = 1;
    if (f.window) stmt.bind(index++, *f.window);
    if (f.case_class) stmt.bind(index++, class_id(*f.case_class));
    if (f.month) {
        stmt.bind(index++, f.month->first_day().to_string());
        stmt.bind(index++, (f.month->last_day() + 1).to_string());
    }
    if (f.state) stmt.bind(index++, state_id(*f.state));
    if (f.overdue_on) stmt.bind(index++, f.overdue_on->to_string());
    if (f.due_by) {
        stmt.bind(index++, f.due_from.value_or(Date::from_serial(0)).to_string());
        stmt.bind(index++, f.due_by->to_string());
    }
    // A finish time is "YYYY-MM-DDTHH:MM": before the next day is on or before the day.
    if (f.finished_late_by) stmt.bind(index++, (*f.finished_late_by + 1).to_string());
    if (f.promise_missed_on) stmt.bind(index++, f.promise_missed_on->to_string());
    if (f.limit) stmt.bind(index++, *f.limit);
}

constexpr std::size_t chunk_size = 512;

std::string json_ids(std::span<const std::int64_t> ids) {
    std::string out = "[";
    for (const auto id : ids) {
        if (out.size() > 1) out.push_back(',');
        out += std::to_string(id);
    }
    out.push_back(']');
    return out;
}

}  // namespace

std::vector<StoredCase> Store::list_cases(const CaseFilter& f) const {
    try {
        std::string sql =
            with_index(f, fmt::format("SELECT {}{} ORDER BY c.received, c.id", case_columns, filter_sql(f)));
        if (f.limit) sql += " LIMIT :limit";
        auto stmt = impl_->db.prepare(sql);
        bind_filter(stmt, f);
        std::vector<StoredCase> out;
        while (stmt.step()) out.push_back(read_case(stmt));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "查询办件", "listing cases");
    }
}

void Store::for_each_case(const CaseFilter& f, bool with_steps,
                          const std::function<void(StoredCase&)>& visit) const {
    std::vector<std::int64_t> ids;
    try {
        std::string sql = with_index(
            f, fmt::format("SELECT c.id FROM \"case\" c JOIN hall_window w ON w.id = c.window_id{} "
                           "ORDER BY c.received, c.id",
                           filter_sql(f)));
        if (f.limit) sql += " LIMIT :limit";
        auto stmt = impl_->db.prepare(sql);
        bind_filter(stmt, f);
        while (stmt.step()) ids.push_back(stmt.integer(0));
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "查询办件", "listing cases");
    }
    std::vector<StoredCase> chunk;
    for (std::size_t first = 0; first < ids.size(); first += chunk_size) {
        const auto part =
            std::span<const std::int64_t>(ids).subspan(first, std::min(chunk_size, ids.size() - first));
        chunk.clear();
        try {
            auto& db = impl_->db;
            const std::string list = json_ids(part);
            auto cases = db.prepare(fmt::format(
                "SELECT {} WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id", case_columns));
            cases.bind(1, list);
            while (cases.step()) chunk.push_back(read_case(cases));
            if (with_steps) {
                auto steps = db.prepare(fmt::format(
                    "SELECT {}, case_id FROM case_step WHERE case_id IN (SELECT value FROM json_each(?1)) "
                    "ORDER BY case_id, seq",
                    step_columns));
                steps.bind(1, list);
                std::size_t at = 0;  // both lists are in id order
                while (steps.step()) {
                    const auto case_id = steps.integer(step_column_count);
                    while (at < chunk.size() && chunk[at].id < case_id) ++at;
                    if (at < chunk.size() && chunk[at].id == case_id)
                        chunk[at].steps.push_back(read_step(steps));
                }
            }
        } catch (const sql::SqliteError& e) {
            rethrow(e, impl_->path, "读取办件", "reading cases");
        }
        // Back to the order of receipt the ids were listed in.
        std::unordered_map<std::int64_t, std::size_t> position;
        for (std::size_t i = 0; i < part.size(); ++i) position.emplace(part[i], i);
        std::vector<StoredCase*> ordered(part.size(), nullptr);
        for (auto& c : chunk) ordered[position.at(c.id)] = &c;
        for (auto* c : ordered)
            if (c) visit(*c);
    }
}

void Store::mark_monitored(std::int64_t case_id) {
    try {
        auto stmt = impl_->db.prepare("UPDATE \"case\" SET monitored = 1 WHERE id = ?");
        stmt.bind(1, case_id).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "记录监察", "marking a case monitored");
    }
}

std::string Store::issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                                const Moment& at) {
    try {
        auto& db = impl_->db;
        auto counter = db.prepare(
            "INSERT INTO notice_counter (kind, year, last) VALUES (?, ?, 1) "
            "ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last");
        counter.bind(1, kind).bind(2, at.date.year());
        counter.step();
        const auto n = counter.integer(0);
        counter.run();
        static const std::array<std::pair<const char*, const char*>, 6> prefixes = {{
            {"acceptance", "受理"},
            {"promise", "承诺"},
            {"joint_promise", "联办"},
            {"upstream_promise", "上报"},
            {"supplement", "补办"},
            {"return", "退回"},
        }};
        std::string prefix = kind;
        for (const auto& [k, p] : prefixes)
            if (kind == k) prefix = p;
        const std::string number = fmt::format("{}〔{}〕{:04}号", prefix, at.date.year(), n);
        auto stmt =
            db.prepare("INSERT INTO notice (case_id, step_id, kind, number, issued) VALUES (?, ?, ?, ?, ?)");
        stmt.bind(1, case_id).bind(2, step_id).bind(3, kind).bind(4, number).bind(5, at.to_string()).run();
        return number;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "出具通知书", "issuing a notice");
    }
}

std::vector<Notice> Store::notices(std::int64_t case_id) const {
    try {
        auto stmt = impl_->db.prepare(
            "SELECT n.kind, n.number, n.issued, s.seq FROM notice n JOIN case_step s ON s.id = n.step_id "
            "WHERE n.case_id = ? ORDER BY n.id");
        stmt.bind(1, case_id);
        std::vector<Notice> out;
        while (stmt.step())
            out.push_back({stmt.text(0), stmt.text(1), moment_of(stmt.text(2)), stmt.int32(3)});
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取通知书", "reading notices");
    }
}

bool Store::add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic, Date on,
                     const std::string& note) {
    try {
        auto stmt = impl_->db.prepare(
            "INSERT INTO card (case_id, level, rule, origin, issued_on, note) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING");
        stmt.bind(1, case_id)
            .bind(2, card_level_id(level))
            .bind(3, rule)
            .bind(4, automatic ? "auto" : "manual");
        stmt.bind(5, on.to_string()).bind(6, note).run();
        return impl_->db.changes() > 0;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "出示红黄牌", "issuing a card");
    }
}

void Store::revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) {
    try {
        auto check = impl_->db.prepare("SELECT revoked_at FROM card WHERE id = ?");
        check.bind(1, card_id);
        if (!check.step())
            throw NotFound(
                Text{fmt::format("没有编号为 {} 的红黄牌", card_id), fmt::format("no card {}", card_id)});
        if (!check.is_null(0))
            throw Refused(Text{fmt::format("牌 {} 已于 {} 撤销", card_id, check.text(0)),
                               fmt::format("card {} was already revoked at {}", card_id, check.text(0))});
        auto stmt = impl_->db.prepare("UPDATE card SET revoked_at = ?, revoke_reason = ? WHERE id = ?");
        stmt.bind(1, at.to_string()).bind(2, reason).bind(3, card_id).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "撤销红黄牌", "revoking a card");
    }
}

std::vector<Card> Store::cards(const std::optional<std::string>& case_number) const {
    try {
        auto stmt = impl_->db.prepare(
            "SELECT k.id, c.number, k.level, k.rule, k.origin, k.issued_on, k.note, k.revoked_at, "
            "coalesce(k.revoke_reason, '') FROM card k JOIN \"case\" c ON c.id = k.case_id "
            "WHERE ?1 IS NULL OR c.number = ?1 ORDER BY k.id");
        stmt.bind(1, case_number);
        std::vector<Card> out;
        while (stmt.step()) {
            Card card;
            card.id = stmt.integer(0);
            card.case_number = stmt.text(1);
            card.level = parse_card_level(stmt.text(2)).value_or(CardLevel::warning);
            card.rule = stmt.text(3);
            card.automatic = stmt.text(4) == "auto";
            card.issued_on = Date::parse(stmt.text(5)).value_or(Date{});
            card.note = stmt.text(6);
            card.revoked_at = stmt.optional_text(7);
            card.revoke_reason = stmt.text(8);
            out.push_back(std::move(card));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, impl_->path, "读取红黄牌", "reading cards");
    }
}

}  // namespace hall
