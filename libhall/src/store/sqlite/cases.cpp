#include "chain.h"
#include "common.h"

#include <algorithm>
#include <charconv>
#include <span>
#include <unordered_map>

namespace hall::sqlite_store {
namespace {}  // namespace

const char* const case_columns =
    "c.id, c.number, i.code, c.item_name, w.code, coalesce(s.code, ''), c.applicant, c.applicant_id, "
    "c.item_class, "
    "c.registered_class, c.promised_amount, c.promised_unit, c.statutory_amount, c.statutory_unit, "
    "c.reporting_days, c.participants, c.investment, c.received, c.missing, c.pending, c.promised_by, "
    "c.state, c.class, c.clock_start, c.deadline, c.statutory_deadline, c.provisional, c.finished, "
    "c.follow_up_due, c.late, c.participant_days, c.lead_designated, c.inspection, c.rating, c.work_days, "
    "c.days_late, c.waiting_days, c.paused_days, c.authority_days, c.responded_on, c.figured "
    "FROM \"case\" c JOIN item i ON i.id = c.item_id JOIN hall_window w ON w.id = c.window_id "
    "LEFT JOIN staff s ON s.id = c.staff_id";

namespace {

// Without statistics SQLite takes `state = 'finished'` for selective and walks the state
// index over every finished case; these filters name their partial index instead.
std::string_view case_index(const CaseFilter& f) {
    if (f.finished_late_by) return " INDEXED BY case_finished_late";
    if (f.promise_missed_on) return " INDEXED BY case_with_pending";
    if (f.follow_up_missed_on) return " INDEXED BY case_follow_up";
    // A day range of finishes: without the hint SQLite walks the state index over every
    // finished case (920 000 rows in a city store) to find a month's 40 000.
    if (f.unfigured) return " INDEXED BY case_unfigured";
    // The late and provisional flags are in these covering indexes: only the cases listed
    // are read from the table.
    if (f.finished_from && f.late_only) return " INDEXED BY case_finished_figures";
    if (f.received_from && f.provisional_only && !f.window) return " INDEXED BY case_received_figures";
    if (f.finished_from) return " INDEXED BY case_finished_on";
    if (f.received_from && !f.window) return " INDEXED BY case_by_received";
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

}  // namespace

StoredCase read_case(const sql::Statement& row, const std::string& path) {
    StoredCase c;
    c.id = row.integer(0);
    CaseFacts& f = c.facts;
    f.number = row.text(1);
    const RowReader r(row, path, "case", [&] { return fmt::format("case {} (id {})", f.number, c.id); });
    f.item = row.text(2);
    f.item_name = row.text(3);
    f.window = row.text(4);
    f.staff = row.text(5);
    f.applicant = row.text(6);
    f.applicant_id = row.text(7);
    f.item_class = r.parsed(8, "item_class", parse_class);
    f.registered = r.parsed(9, "registered_class", parse_class);
    f.promised = Limit{r.int32(10, "promised_amount"), r.parsed(11, "promised_unit", parse_limit_unit)};
    if (!row.is_null(12))
        f.statutory =
            Limit{r.int32(12, "statutory_amount"), r.parsed(13, "statutory_unit", parse_limit_unit)};
    if (!row.is_null(14)) f.reporting_days = r.int32(14, "reporting_days");
    f.participants = split(row.text(15));
    f.investment = r.integer(16, "investment");
    f.received = r.moment(17, "received");
    f.missing = split(row.text(18));
    f.pending = split(row.text(19));
    f.promised_by = r.optional_date(20, "promised_by");
    CachedStatus& s = c.status;
    s.state = r.parsed(21, "state", parse_state);
    s.case_class = r.parsed(22, "class", parse_class);
    s.clock_start = r.optional_date(23, "clock_start");
    s.deadline = r.optional_date(24, "deadline");
    s.statutory_deadline = r.optional_date(25, "statutory_deadline");
    s.provisional = r.flag(26, "provisional");
    if (!row.is_null(27)) s.finished = r.moment(27, "finished");
    s.follow_up_due = r.optional_date(28, "follow_up_due");
    s.late = r.flag(29, "late");
    for (const auto& days : split(row.text(30))) {
        const auto parsed = r.parsed(30, "participant_days", [&](const std::string&) -> std::optional<int> {
            int value = 0;
            const auto [end, error] = std::from_chars(days.data(), days.data() + days.size(), value);
            if (error != std::errc() || end != days.data() + days.size() || value < 0) return std::nullopt;
            return value;
        });
        f.participant_days.push_back(parsed);
    }
    f.lead_designated = r.flag(31, "lead_designated");
    f.inspection = r.flag(32, "inspection");
    const auto optional_int = [&](int column, const char* name) -> std::optional<int> {
        if (row.is_null(column)) return std::nullopt;
        return r.int32(column, name);
    };
    s.rating = optional_int(33, "rating");
    s.work_days = optional_int(34, "work_days");
    s.days_late = optional_int(35, "days_late");
    s.waiting_days = optional_int(36, "waiting_days");
    s.paused_days = r.int32(37, "paused_days");
    s.authority_days = optional_int(38, "authority_days");
    s.responded_on = r.optional_date(39, "responded_on");
    c.figured = r.flag(40, "figured");
    return c;
}

namespace {

// The WHERE clause of a case query over `c` (the case), `w` (its window); bound by bind_filter.
std::string filter_sql(const CaseFilter& f) {
    std::string where = " WHERE 1";
    if (f.window) where += " AND w.code = :window";
    if (f.case_class) where += " AND c.class = :class";
    if (f.month) where += " AND c.received >= :month_from AND c.received < :month_to";
    if (f.received_from) where += " AND c.received >= :received_from AND c.received < :received_to";
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
            " AND c.late = 1 AND c.state IN ('finished', 'returned') AND c.monitored = 0 "
            "AND (c.finished < :finished_before OR c.finished IS NULL)";
    if (f.follow_up_missed_on)
        where += " AND c.follow_up_due IS NOT NULL AND c.follow_up_due < :follow_up_day";
    if (f.promise_missed_on)
        where += " AND c.pending <> '' AND c.promised_by < :promise_day AND c.state IN ('finished', 'open')";
    if (f.calendar_dependent)
        where +=
            " AND (c.provisional = 1 OR c.state IN ('waiting', 'open', 'paused', 'forwarded') "
            "OR c.follow_up_due IS NOT NULL)";
    if (f.finished_from)
        where += " AND c.state = 'finished' AND c.finished >= :fin_from AND c.finished < :fin_to";
    if (f.late_only) where += " AND c.late = 1";
    if (f.provisional_only) where += " AND c.provisional = 1";
    if (f.unfigured) where += " AND c.figured = 0";
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
    if (f.received_from) {
        stmt.bind(index++, f.received_from->to_string());
        stmt.bind(index++, (f.received_to.value_or(*f.received_from) + 1).to_string());
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
    if (f.follow_up_missed_on) stmt.bind(index++, f.follow_up_missed_on->to_string());
    if (f.finished_from) {
        stmt.bind(index++, f.finished_from->to_string());
        stmt.bind(index++, (f.finished_to.value_or(*f.finished_from) + 1).to_string());
    }
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

std::string SqliteBackend::next_case_number(Date day) {
    try {
        const std::string key = fmt::format("{:04}{:02}{:02}", day.year(), day.month(), day.day());
        auto stmt = db_.prepare(
            "INSERT INTO case_counter (day, last) VALUES (?, 1) "
            "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last");
        stmt.bind(1, key);
        stmt.step();
        const auto n = stmt.integer(0);
        stmt.run();
        return fmt::format("{}-{:04}", key, n);
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "编号", "numbering a case");
    }
}

std::int64_t SqliteBackend::insert_case(const CaseFacts& f, const CaseStatus& s) {
    try {
        auto& db = db_;
        const auto item_id = id_of(db, "item", f.item);
        const auto window_id = require_window(db, f.window);
        std::optional<std::int64_t> staff_id;
        if (!f.staff.empty()) staff_id = id_of(db, "staff", f.staff);
        auto stmt = db.prepare(
            "INSERT INTO \"case\" (number, item_id, window_id, staff_id, applicant, applicant_id, "
            "item_class, "
            "registered_class, promised_amount, promised_unit, statutory_amount, statutory_unit, "
            "reporting_days, "
            "participants, investment, received, missing, pending, promised_by, state, class, item_name, "
            "participant_days, lead_designated, inspection) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bind(1, f.number).bind(2, item_id).bind(3, window_id).bind(4, staff_id).bind(5, f.applicant);
        stmt.bind(6, f.applicant_id).bind(7, class_id(f.item_class)).bind(8, class_id(f.registered));
        stmt.bind(9, f.promised.amount).bind(10, limit_unit_id(f.promised.unit));
        if (f.statutory)
            stmt.bind(11, f.statutory->amount).bind(12, limit_unit_id(f.statutory->unit));
        else
            stmt.bind_null(11).bind_null(12);
        stmt.bind(13, f.reporting_days).bind(14, join(f.participants)).bind(15, f.investment);
        stmt.bind(16, f.received.to_string()).bind(17, join(f.missing)).bind(18, join(f.pending));
        stmt.bind(19, date_text(f.promised_by)).bind(20, state_id(s.state)).bind(21, class_id(s.case_class));
        std::vector<std::string> days;
        for (const int d : f.participant_days) days.push_back(std::to_string(d));
        stmt.bind(22, f.item_name).bind(23, join(days)).bind(24, f.lead_designated ? 1 : 0);
        stmt.bind(25, f.inspection ? 1 : 0).run();
        const auto id = db.last_insert_rowid();
        seal(db, case_chain, id);
        return id;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记办件", "registering a case");
    }
}

void SqliteBackend::save_status(std::int64_t case_id, const CaseStatus& s) {
    try {
        auto stmt = db_.prepare(
            "UPDATE \"case\" SET state = ?, class = ?, clock_start = ?, deadline = ?, statutory_deadline = "
            "?, "
            "provisional = ?, finished = ?, follow_up_due = ?, late = ?, monitored = 0, rating = ?, "
            "notice_breaches = ?, work_days = ?, days_late = ?, waiting_days = ?, paused_days = ?, "
            "authority_days = ?, responded_on = ?, figured = 1 WHERE id = ?");
        std::optional<std::string> finished;
        if (s.finished) finished = s.finished->to_string();
        stmt.bind(1, state_id(s.state)).bind(2, class_id(s.case_class)).bind(3, date_text(s.clock_start));
        stmt.bind(4, date_text(s.deadline))
            .bind(5, date_text(s.statutory_deadline))
            .bind(6, s.provisional ? 1 : 0);
        stmt.bind(7, finished)
            .bind(8, date_text(s.follow_up_due))
            .bind(9, s.late ? 1 : 0)
            .bind(10, s.rating)
            .bind(11, s.notice_breaches)
            .bind(12, s.work_days)
            .bind(13, s.days_late)
            .bind(14, s.waiting_days)
            .bind(15, s.paused_days)
            .bind(16, s.authority_days)
            .bind(17, date_text(s.responded_on))
            .bind(18, case_id)
            .run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "保存办件状态", "saving a case's status");
    }
}

std::optional<StoredCase> SqliteBackend::load_case(const std::string& number) const {
    try {
        auto& db = db_;
        auto stmt = db.prepare(fmt::format("SELECT {} WHERE c.number = ?", case_columns));
        stmt.bind(1, number);
        if (!stmt.step()) return std::nullopt;
        StoredCase c = read_case(stmt, path_);
        auto steps =
            db.prepare(fmt::format("SELECT {} FROM case_step WHERE case_id = ? ORDER BY seq", step_columns));
        steps.bind(1, c.id);
        while (steps.step()) c.steps.push_back(read_step(steps, path_));
        return c;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading a case");
    }
}

std::vector<StoredCase> SqliteBackend::list_cases(const CaseFilter& f) const {
    try {
        std::string sql =
            with_index(f, fmt::format("SELECT {}{} ORDER BY c.received, c.id", case_columns, filter_sql(f)));
        if (f.limit) sql += " LIMIT :limit";
        auto stmt = db_.prepare(sql);
        bind_filter(stmt, f);
        std::vector<StoredCase> out;
        while (stmt.step()) out.push_back(read_case(stmt, path_));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "查询办件", "listing cases");
    }
}

void SqliteBackend::for_each_case(const CaseFilter& f, bool with_steps,
                                  const std::function<void(StoredCase&)>& visit) const {
    std::vector<std::int64_t> ids;
    try {
        std::string sql = with_index(
            f, fmt::format("SELECT c.id FROM \"case\" c JOIN hall_window w ON w.id = c.window_id{} "
                           "ORDER BY c.received, c.id",
                           filter_sql(f)));
        if (f.limit) sql += " LIMIT :limit";
        auto stmt = db_.prepare(sql);
        bind_filter(stmt, f);
        while (stmt.step()) ids.push_back(stmt.integer(0));
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "查询办件", "listing cases");
    }
    std::vector<StoredCase> chunk;
    for (std::size_t first = 0; first < ids.size(); first += chunk_size) {
        const auto part =
            std::span<const std::int64_t>(ids).subspan(first, std::min(chunk_size, ids.size() - first));
        chunk.clear();
        try {
            auto& db = db_;
            const std::string list = json_ids(part);
            auto cases = db.prepare(fmt::format(
                "SELECT {} WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id", case_columns));
            cases.bind(1, list);
            while (cases.step()) chunk.push_back(read_case(cases, path_));
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
                        chunk[at].steps.push_back(read_step(steps, path_));
                }
            }
        } catch (const sql::SqliteError& e) {
            rethrow(e, path_, "读取办件", "reading cases");
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

void SqliteBackend::for_each_scored_case(Date from, Date to,
                                         const std::function<void(const ScoredCase&)>& visit) const {
    std::vector<ScoredCase> chunk;
    try {
        // The condition repeats the partial index's own, so that SQLite may use it: the
        // month's cases with nothing to count are never read.
        auto stmt = db_.prepare(
            "SELECT c.number, w.code, coalesce(s.code, ''), c.finished, c.deadline, c.late, c.rating, "
            "c.notice_breaches FROM \"case\" c INDEXED BY case_scored JOIN hall_window w ON w.id = "
            "c.window_id "
            "LEFT JOIN staff s ON s.id = c.staff_id WHERE c.state = 'finished' AND (c.late = 1 OR c.rating "
            "<= 2 "
            "OR c.notice_breaches > 0 OR c.notice_breaches IS NULL) AND c.finished >= ? AND c.finished < ? "
            "ORDER BY c.received, c.id");
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        while (stmt.step()) {
            ScoredCase c;
            c.number = stmt.text(0);
            const RowReader r(stmt, path_, "case", [&] { return fmt::format("case {}", c.number); });
            c.window = stmt.text(1);
            c.staff = stmt.text(2);
            c.finished = r.moment(3, "finished");
            c.deadline = r.optional_date(4, "deadline");
            c.late = stmt.int32(5) != 0;
            if (!stmt.is_null(6)) c.rating = stmt.int32(6);
            if (!stmt.is_null(7)) c.notice_breaches = stmt.int32(7);
            chunk.push_back(std::move(c));
        }
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading cases");
    }
    // Visited after the read is closed: `visit` may read the store again.
    for (const auto& c : chunk) visit(c);
}

void SqliteBackend::mark_monitored(std::int64_t case_id) {
    try {
        auto stmt = db_.prepare("UPDATE \"case\" SET monitored = 1 WHERE id = ?");
        stmt.bind(1, case_id).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "记录监察", "marking a case monitored");
    }
}

}  // namespace hall::sqlite_store
