// The bulk path of a case import: many cases in the caller's one transaction.
#include "chain.h"
#include "common.h"

#include <charconv>
#include <concepts>
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
        // CREATE INDEX sorts the whole table: let SQLite's sorter use a second thread.
        db_.exec("PRAGMA threads = 2");
        for (const auto& sql : definitions) db_.exec(sql.c_str());
        db_.exec("PRAGMA threads = 0");
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "重建办件索引", "building case indexes after an import");
    }
}

namespace {

// Binds an insert's parameters in order, the first `sealed` of them (the chain's canonical
// columns, in its order) into the row's link as well: what is hashed is what is bound.
class SealedBind {
public:
    SealedBind(sql::Statement& stmt, Link& link, int sealed) : stmt_(stmt), link_(link), sealed_(sealed) {}
    SealedBind& integer(std::int64_t value) {
        if (hashed()) link_.integer(value);
        stmt_.bind(next_++, value);
        return *this;
    }
    template <std::integral T>
    SealedBind& integer(const std::optional<T>& value) {
        return value ? integer(std::int64_t{*value}) : null();
    }
    SealedBind& flag(bool value) { return integer(value ? 1 : 0); }
    // A text bound without a copy: it must outlive the statement's run.
    SealedBind& text_static(std::string_view value) {
        if (hashed()) link_.text(value);
        stmt_.bind_static(next_++, value);
        return *this;
    }
    SealedBind& text(std::string_view value) {
        if (hashed()) link_.text(value);
        stmt_.bind(next_++, value);
        return *this;
    }
    SealedBind& text_or_null(const std::optional<std::string>& value) {
        return value ? text(*value) : null();
    }
    SealedBind& null() {
        if (hashed()) link_.null();
        stmt_.bind_null(next_++);
        return *this;
    }

private:
    bool hashed() const { return next_ <= sealed_; }
    sql::Statement& stmt_;
    Link& link_;
    int sealed_;
    int next_ = 1;
};

}  // namespace

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
        // Where the chains end: known from this import's own last insert while nothing else
        // has written since, in this transaction; otherwise read from the store.
        auto& at = import_chain_;
        if (at.changes != sqlite3_total_changes64(db.handle()) || sqlite3_get_autocommit(db.handle())) {
            auto last = db.prepare("SELECT id, hash FROM \"case\" ORDER BY id DESC LIMIT 1");
            at.case_id = 0;
            at.case_hash.reset();
            if (last.step()) {
                at.case_id = last.integer(0);
                at.case_hash = last.optional_text(1);
            }
            last.reset();
            auto steps_end = db.prepare("SELECT coalesce(max(id), 0) FROM case_step");
            steps_end.step();
            at.step_id = steps_end.integer(0);
        }
        const auto item_id = cached(import_ids_.items, "item", f.item);
        const auto window_id = cached(import_ids_.windows, "hall_window", f.window);
        std::optional<std::int64_t> staff_id;
        if (!f.staff.empty()) staff_id = cached(import_ids_.staff, "staff", f.staff);
        // The case row with its replayed status in one insert, sealed as it is written (the
        // link from the bound values: Link), after the case before it; its canonical columns
        // (case_chain) come first, in their order.
        const std::int64_t case_id = at.case_id + 1;
        auto stmt = db.prepare(
            "INSERT INTO \"case\" (id, number, item_id, window_id, staff_id, applicant, applicant_id, "
            "item_class, registered_class, promised_amount, promised_unit, statutory_amount, statutory_unit, "
            "reporting_days, participants, investment, received, missing, pending, promised_by, item_name, "
            "participant_days, lead_designated, inspection, "
            "state, class, clock_start, deadline, statutory_deadline, provisional, finished, follow_up_due, "
            "late, rating, notice_breaches, work_days, days_late, waiting_days, paused_days, authority_days, "
            "responded_on, figured, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
        Link link(case_chain, at.case_hash);
        SealedBind bind(stmt, link, column_count(case_chain));
        bind.integer(case_id).text_static(f.number).integer(item_id).integer(window_id).integer(staff_id);
        bind.text_static(f.applicant).text_static(f.applicant_id);
        bind.text_static(class_id(f.item_class)).text_static(class_id(f.registered));
        bind.integer(f.promised.amount).text_static(limit_unit_id(f.promised.unit));
        if (f.statutory)
            bind.integer(f.statutory->amount).text_static(limit_unit_id(f.statutory->unit));
        else
            bind.null().null();
        bind.integer(f.reporting_days).text(join(f.participants)).integer(f.investment);
        bind.text(f.received.to_string()).text(join(f.missing)).text(join(f.pending));
        bind.text_or_null(date_text(f.promised_by)).text_static(f.item_name);
        std::vector<std::string> days;
        for (const int d : f.participant_days) days.push_back(std::to_string(d));
        bind.text(join(days)).flag(f.lead_designated).flag(f.inspection);
        // The cached status, not chained.
        bind.text_static(state_id(s.state))
            .text_static(class_id(s.case_class))
            .text_or_null(date_text(s.clock_start));
        bind.text_or_null(date_text(s.deadline))
            .text_or_null(date_text(s.statutory_deadline))
            .flag(s.provisional);
        std::optional<std::string> finished;
        if (s.finished) finished = s.finished->to_string();
        bind.text_or_null(finished).text_or_null(date_text(s.follow_up_due)).flag(s.late);
        bind.integer(s.rating).integer(s.notice_breaches);
        bind.integer(s.work_days).integer(s.days_late);
        bind.integer(s.waiting_days).integer(s.paused_days).integer(s.authority_days);
        bind.text_or_null(date_text(s.responded_on));
        const auto case_hash = link.hash();
        bind.text_or_null(at.case_hash).text(case_hash);
        stmt.run();
        // Each step follows the one before, the first the intake.
        std::optional<std::string> prev = case_hash;
        for (const auto& step : steps)
            prev = insert_sealed_step(++at.step_id, case_id, step, recorded_at, prev);
        at.case_id = case_id;
        at.case_hash = case_hash;
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
        at.changes = sqlite3_total_changes64(db.handle());
        return case_id;
    } catch (const sql::SqliteError& e) {
        import_chain_.changes = -1;
        rethrow(e, path_, "导入办件", "importing a case");
    }
}

std::string SqliteBackend::insert_sealed_step(std::int64_t id, std::int64_t case_id, const Step& step,
                                              const Moment& recorded_at,
                                              const std::optional<std::string>& prev) {
    // The columns of step_chain first, in its order, as insert_step binds them.
    auto stmt = db_.prepare(
        "INSERT INTO case_step (id, case_id, seq, kind, at, staff, reason, actor, value, materials, "
        "automatic, "
        "corrects, recorded_at, basis, overrides, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    Link link(step_chain, prev);
    SealedBind bind(stmt, link, column_count(step_chain));
    bind.integer(id)
        .integer(case_id)
        .integer(step.seq)
        .text_static(step_id(step.kind))
        .text(step.at.to_string());
    bind.text_static(step.staff).text_static(step.reason).text_static(step.actor).integer(step.value);
    bind.text(join(step.materials)).flag(step.automatic);
    if (step.corrects > 0)
        bind.integer(step.corrects);
    else
        bind.null();
    bind.text(recorded_at.to_string()).text_static(step.basis).flag(step.overrides_default);
    auto hash = link.hash();
    bind.text_or_null(prev).text(hash);
    stmt.run();
    return hash;
}

}  // namespace hall::sqlite_store
