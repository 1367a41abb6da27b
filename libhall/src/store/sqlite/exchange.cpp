// The bulk path of a case import: many cases in the caller's one transaction.
#include "chain.h"
#include "common.h"

#include <charconv>
#include <string_view>
#include <unordered_map>

namespace hall::sqlite_store {

std::vector<std::string> SqliteBackend::case_numbers() const {
    try {
        auto stmt = db_.prepare("SELECT number FROM \"case\" ORDER BY number");
        std::vector<std::string> out;
        while (stmt.step()) out.push_back(stmt.text(0));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件编号", "reading case numbers");
    }
}

std::vector<std::string> SqliteBackend::drop_case_indexes() {
    try {
        // Indexes a UNIQUE constraint made have no SQL and cannot be dropped: they stay.
        std::vector<std::pair<std::string, std::string>> found;
        {
            auto stmt = db_.prepare(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                "AND tbl_name IN ('case', 'case_step') ORDER BY name");
            while (stmt.step()) found.emplace_back(stmt.text(0), stmt.text(1));
        }
        // Without the secondary indexes the load appends in key order and needs no large page
        // cache: what the big one would hold is the whole new store.
        db_.exec("PRAGMA cache_size = -32768");
        import_tuned_ = true;
        std::vector<std::string> definitions;
        for (auto& [name, sql] : found) {
            db_.exec(fmt::format("DROP INDEX \"{}\"", name).c_str());
            definitions.push_back(std::move(sql));
        }
        return definitions;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "暂停办件索引", "dropping case indexes for an import");
    }
}

void SqliteBackend::create_indexes(const std::vector<std::string>& definitions) {
    try {
        for (const auto& sql : definitions) db_.exec(sql.c_str());
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "重建办件索引", "building case indexes after an import");
    }
}

std::int64_t SqliteBackend::insert_replayed_case(const CaseFacts& f, std::span<const Step> steps,
                                                 const CaseStatus& s, const Moment& recorded_at) {
    try {
        auto& db = db_;
        // An import names a few items, windows and staff over and over: look each up once.
        auto cached = [&](std::unordered_map<std::string, std::int64_t>& ids, const char* table,
                          const std::string& code) {
            auto [it, fresh] = ids.try_emplace(code, 0);
            if (fresh)
                it->second = table == std::string_view("hall_window") ? require_window(db, code)
                                                                      : id_of(db, table, code);
            return it->second;
        };
        if (!import_tuned_) {
            // Indexes of a million cases do not fit SQLite's default 2 MB page cache; the
            // import's one transaction would spill and reread them on every insert.
            db.exec("PRAGMA cache_size = -262144");
            import_tuned_ = true;
        }
        const auto item_id = cached(import_ids_.items, "item", f.item);
        const auto window_id = cached(import_ids_.windows, "hall_window", f.window);
        std::optional<std::int64_t> staff_id;
        if (!f.staff.empty()) staff_id = cached(import_ids_.staff, "staff", f.staff);
        // The case row with its replayed status in one insert, rather than insert_case and
        // then save_status.
        auto stmt = db.prepare(
            "INSERT INTO \"case\" (number, item_id, window_id, staff_id, applicant, applicant_id, "
            "item_class, "
            "registered_class, promised_amount, promised_unit, statutory_amount, statutory_unit, "
            "reporting_days, "
            "participants, investment, received, missing, pending, promised_by, state, class, item_name, "
            "participant_days, lead_designated, inspection, clock_start, deadline, statutory_deadline, "
            "provisional, finished, follow_up_due, late, rating, notice_breaches, work_days, days_late, "
            "waiting_days, paused_days, authority_days, responded_on, figured) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
        stmt.bind_static(1, f.number)
            .bind(2, item_id)
            .bind(3, window_id)
            .bind(4, staff_id)
            .bind_static(5, f.applicant);
        stmt.bind_static(6, f.applicant_id).bind(7, class_id(f.item_class)).bind(8, class_id(f.registered));
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
        stmt.bind_static(22, f.item_name).bind(23, join(days)).bind(24, f.lead_designated ? 1 : 0);
        stmt.bind(25, f.inspection ? 1 : 0)
            .bind(26, date_text(s.clock_start))
            .bind(27, date_text(s.deadline));
        stmt.bind(28, date_text(s.statutory_deadline)).bind(29, s.provisional ? 1 : 0);
        std::optional<std::string> finished;
        if (s.finished) finished = s.finished->to_string();
        stmt.bind(30, finished).bind(31, date_text(s.follow_up_due)).bind(32, s.late ? 1 : 0);
        stmt.bind(33, s.rating).bind(34, s.notice_breaches).bind(35, s.work_days).bind(36, s.days_late);
        stmt.bind(37, s.waiting_days).bind(38, s.paused_days).bind(39, s.authority_days);
        stmt.bind(40, date_text(s.responded_on)).run();
        const auto case_id = db.last_insert_rowid();
        // Sealed like a case opened at the desk, before its steps, whose chain starts from it.
        // Each step follows the one before, the first the intake.
        std::optional<std::string> link = seal(db, case_chain, case_id);
        for (const auto& step : steps)
            link = seal_after(db, step_chain, insert_step(case_id, step, recorded_at), link);
        // A number in the hall's own form (YYYYMMDD-NNNN) moves that day's counter past it.
        const std::string& n = f.number;
        int seq = 0;
        if (n.size() == 13 && n[8] == '-' &&
            std::from_chars(n.data() + 9, n.data() + 13, seq).ptr == n.data() + 13 &&
            n.find_first_not_of("0123456789") == 8) {
            auto counter = db.prepare(
                "INSERT INTO case_counter (day, last) VALUES (?, ?) "
                "ON CONFLICT (day) DO UPDATE SET last = max(last, excluded.last)");
            counter.bind(1, n.substr(0, 8)).bind(2, seq).run();
        }
        return case_id;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "导入办件", "importing a case");
    }
}

}  // namespace hall::sqlite_store
