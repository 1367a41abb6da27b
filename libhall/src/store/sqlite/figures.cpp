// What the bulletins count of a period's cases (report.h), added up in the store from the
// cached status and figures (schema 12), so that a month or a year costs one pass over a
// covering index instead of reading and replaying every case.
#include "common.h"

#include <charconv>

namespace hall::sqlite_store {
namespace {

// The key a group's first case is found by: its received time (fixed width) then its id
// zero-padded, so that keys compare as the order of receipt (received, id) does.
constexpr const char* first_key_sql = "min(received || printf('%020d', id))";

// Reads the columns every group has: window, class, item, month, cases, first key.
CaseGroup read_group(const sql::Statement& row, const std::string& path) {
    CaseGroup g;
    const RowReader r(row, path, "case", fmt::format("cases of window {} item {}", row.text(0), row.text(2)));
    g.window = row.text(0);
    g.case_class = r.parsed(1, "class", parse_class);
    g.item = row.text(2);
    g.month = r.parsed(3, "month", [](const std::string& t) { return Month::parse(t); });
    g.cases = r.integer(4, "count");
    g.first_key = row.text(5);
    const std::string_view key = g.first_key;
    const auto digits = key.substr(key.size() >= 20 ? key.size() - 20 : 0);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), g.first_case);
    if (error != std::errc() || end != digits.data() + digits.size()) r.bad("first case", g.first_key);
    return g;
}

}  // namespace

void SqliteBackend::save_case_figures(std::int64_t case_id, const CaseStatus& s) {
    try {
        // Only what this schema added, and a rating or breach count the row never had
        // (saved before schema 7): the status it was saved with stays for hall verify to judge.
        auto stmt = db_.prepare(
            "UPDATE \"case\" SET rating = coalesce(rating, ?), notice_breaches = coalesce(notice_breaches, "
            "?), "
            "work_days = ?, days_late = ?, waiting_days = ?, paused_days = ?, authority_days = ?, "
            "responded_on = ?, figured = 1 WHERE id = ?");
        stmt.bind(1, s.rating)
            .bind(2, s.notice_breaches)
            .bind(3, s.work_days)
            .bind(4, s.days_late)
            .bind(5, s.waiting_days)
            .bind(6, s.paused_days)
            .bind(7, s.authority_days)
            .bind(8, date_text(s.responded_on))
            .bind(9, case_id)
            .run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "保存办件统计数", "saving a case's figures");
    }
}

bool SqliteBackend::has_unfigured_cases() const {
    try {
        auto stmt = db_.prepare("SELECT 1 FROM \"case\" INDEXED BY case_unfigured WHERE figured = 0 LIMIT 1");
        return stmt.step();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading cases");
    }
}

std::vector<CaseGroup> SqliteBackend::received_groups(Date from, Date to) const {
    try {
        // Grouped by ids over the covering index; codes joined to the groups, not the rows.
        auto stmt = db_.prepare(fmt::format(
            "SELECT w.code, g.class, i.code, g.month, g.n, g.first FROM (SELECT window_id, class, item_id, "
            "substr(received, 1, 7) AS month, count(*) AS n, {} AS first FROM \"case\" INDEXED BY "
            "case_received_figures WHERE received >= ? AND received < ? GROUP BY window_id, class, item_id, "
            "month) g JOIN hall_window w ON w.id = g.window_id JOIN item i ON i.id = g.item_id",
            first_key_sql));
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        std::vector<CaseGroup> out;
        while (stmt.step()) out.push_back(read_group(stmt, path_));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "统计办件", "adding up cases");
    }
}

std::vector<CaseGroup> SqliteBackend::finished_groups(Date from, Date to) const {
    try {
        // `state = 'finished'` repeats the partial index's condition so that SQLite may use it.
        auto stmt = db_.prepare(fmt::format(
            "SELECT w.code, g.class, i.code, g.month, g.n, g.first, g.late, g.timed, g.work_days, "
            "g.waiting_cases, g.waiting_days, g.paused_cases, g.paused_days, g.authority_cases, "
            "g.authority_days, g.r1, g.r2, g.r3, g.r4, g.r5, g.on_time, g.unanswered, g.answered_late "
            "FROM (SELECT window_id, class, item_id, substr(finished, 1, 7) AS month, count(*) AS n, "
            "{} AS first, sum(late) AS late, count(work_days) AS timed, sum(work_days) AS work_days, "
            "count(waiting_days) AS waiting_cases, sum(waiting_days) AS waiting_days, "
            "sum(paused_days > 0) AS paused_cases, sum(paused_days) AS paused_days, "
            "count(authority_days) AS authority_cases, sum(authority_days) AS authority_days, "
            "sum(rating = 1) AS r1, sum(rating = 2) AS r2, sum(rating = 3) AS r3, sum(rating = 4) AS r4, "
            "sum(rating = 5) AS r5, "
            "sum(rating BETWEEN 1 AND 2 AND responded_on <= follow_up_due) AS on_time, "
            "sum(rating BETWEEN 1 AND 2 AND responded_on IS NULL) AS unanswered, "
            "sum(rating BETWEEN 1 AND 2 AND responded_on IS NOT NULL AND (follow_up_due IS NULL OR "
            "responded_on > follow_up_due)) AS answered_late "
            "FROM \"case\" INDEXED BY case_finished_figures WHERE state = 'finished' AND finished >= ? "
            "AND finished < ? GROUP BY window_id, class, item_id, month) g "
            "JOIN hall_window w ON w.id = g.window_id JOIN item i ON i.id = g.item_id",
            first_key_sql));
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        std::vector<CaseGroup> out;
        while (stmt.step()) {
            CaseGroup g = read_group(stmt, path_);
            const RowReader r(stmt, path_, "case",
                              fmt::format("cases of window {} item {}", g.window, g.item));
            // A sum over rows whose flag is NULL is NULL: none of them counted.
            auto count = [&](int column, const char* name) {
                return stmt.is_null(column) ? std::int64_t{0} : r.integer(column, name);
            };
            g.late = count(6, "late");
            g.timed = count(7, "work_days");
            g.work_days = count(8, "work_days");
            g.waiting_cases = count(9, "waiting_days");
            g.waiting_days = count(10, "waiting_days");
            g.paused_cases = count(11, "paused_days");
            g.paused_days = count(12, "paused_days");
            g.authority_cases = count(13, "authority_days");
            g.authority_days = count(14, "authority_days");
            for (std::size_t i = 0; i < 5; ++i) g.ratings[i] = count(15 + static_cast<int>(i), "rating");
            g.bad_answered_on_time = count(20, "responded_on");
            g.bad_unanswered = count(21, "responded_on");
            g.bad_answered_late = count(22, "responded_on");
            out.push_back(std::move(g));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "统计办件", "adding up cases");
    }
}

std::map<std::int64_t, CaseItem> SqliteBackend::case_items(std::span<const std::int64_t> case_ids) const {
    try {
        std::string list = "[";
        for (const auto id : case_ids) {
            if (list.size() > 1) list.push_back(',');
            list += std::to_string(id);
        }
        list.push_back(']');
        auto stmt = db_.prepare(
            "SELECT id, item_name, promised_amount, promised_unit FROM \"case\" WHERE id IN (SELECT value "
            "FROM json_each(?))");
        stmt.bind(1, list);
        std::map<std::int64_t, CaseItem> out;
        while (stmt.step()) {
            const auto id = stmt.integer(0);
            const RowReader r(stmt, path_, "case", [&] { return fmt::format("case id {}", id); });
            out[id] = CaseItem{stmt.text(1), Limit{r.int32(2, "promised_amount"),
                                                   r.parsed(3, "promised_unit", parse_limit_unit)}};
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading cases");
    }
}

}  // namespace hall::sqlite_store
