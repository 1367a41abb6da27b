#include "chain.h"
#include "common.h"

namespace hall::sqlite_store {
namespace {

std::string event_source(std::int64_t id, const std::string& stored) {
    return stored.empty() ? fmt::format("event {}", id) : stored;
}

}  // namespace

std::int64_t SqliteBackend::insert_event(const Event& event, const Moment& recorded_at) {
    try {
        const auto window_id = require_window(db_, event.window);
        std::optional<std::int64_t> staff_id;
        if (!event.staff.empty()) {
            staff_id = id_of(db_, "staff", event.staff);
            if (!*staff_id)
                throw unknown("工作人员", "staff member", event.staff, "先用 hall staff add 登记",
                              "add them with 'hall staff add'");
        }
        auto stmt = db_.prepare(
            "INSERT INTO event (kind, window_id, staff_id, date, count, minutes, value, level, note, source, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bind(1, event.kind).bind(2, window_id).bind(3, staff_id).bind(4, event.date.to_string());
        stmt.bind(5, event.count).bind(6, event.minutes).bind(7, event.value).bind(8, event.level);
        stmt.bind(9, event.note).bind(10, event.source).bind(11, recorded_at.to_string()).run();
        const auto id = db_.last_insert_rowid();
        seal(db_, event_chain, id);
        return id;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记考核事件", "recording an event");
    }
}

void SqliteBackend::void_event(std::int64_t id, const EventVoid& record) {
    try {
        auto check = db_.prepare(
            "SELECT v.voided_at, v.voided_by FROM event e LEFT JOIN event_void v ON v.event_id = e.id "
            "WHERE e.id = ?");
        check.bind(1, id);
        if (!check.step())
            throw NotFound(Text{fmt::format("没有编号为 {} 的考核事件", id), fmt::format("no event {}", id)});
        if (!check.is_null(0))
            throw Refused(Text{
                fmt::format("事件 {} 已于 {} 由 {} 作废", id, check.text(0), check.text(1)),
                fmt::format("event {} was already voided at {} by {}", id, check.text(0), check.text(1))});
        check.reset();
        auto stmt = db_.prepare(
            "INSERT INTO event_void (event_id, reason, voided_by, voided_at, seq) "
            "VALUES (?, ?, ?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM event_void))");
        stmt.bind(1, id).bind(2, record.reason).bind(3, record.by).bind(4, record.at.to_string()).run();
        seal(db_, void_chain, id);
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "作废考核事件", "voiding an event");
    }
}

std::vector<StoredEvent> SqliteBackend::events(const EventFilter& f) const {
    try {
        std::string sql =
            "SELECT e.id, e.kind, w.code, coalesce(s.code, ''), e.date, e.count, e.minutes, e.value, "
            "e.level, "
            "e.note, e.source, e.recorded_at, v.reason, v.voided_by, v.voided_at "
            "FROM event e JOIN hall_window w ON w.id = e.window_id LEFT JOIN staff s ON s.id = e.staff_id "
            "LEFT JOIN event_void v ON v.event_id = e.id WHERE 1";
        if (f.from) sql += " AND e.date >= :from";
        if (f.to) sql += " AND e.date <= :to";
        if (f.window) sql += " AND w.code = :window";
        if (f.staff) sql += " AND s.code = :staff";
        if (f.kind) sql += " AND e.kind = :kind";
        if (!f.include_voided) sql += " AND v.event_id IS NULL";
        sql += " ORDER BY e.date, e.id";
        auto stmt = db_.prepare(sql);
        int index = 1;
        if (f.from) stmt.bind(index++, f.from->to_string());
        if (f.to) stmt.bind(index++, f.to->to_string());
        if (f.window) stmt.bind(index++, *f.window);
        if (f.staff) stmt.bind(index++, *f.staff);
        if (f.kind) stmt.bind(index++, *f.kind);
        std::vector<StoredEvent> out;
        while (stmt.step()) {
            StoredEvent s;
            Event& e = s.event;
            e.id = stmt.integer(0);
            const RowReader r(stmt, path_, "event", [&] { return fmt::format("event {}", e.id); });
            e.kind = stmt.text(1);
            e.window = stmt.text(2);
            e.staff = stmt.text(3);
            e.date = r.date(4, "date");
            e.count = r.int32(5, "count");
            if (!stmt.is_null(6)) e.minutes = r.int32(6, "minutes");
            if (!stmt.is_null(7)) e.value = stmt.real(7);
            e.level = stmt.text(8);
            e.note = stmt.text(9);
            e.source = event_source(e.id, stmt.text(10));
            s.recorded_at = r.moment(11, "recorded_at");
            if (!stmt.is_null(14))
                s.voided = EventVoid{stmt.text(12), stmt.text(13), r.moment(14, "voided_at")};
            out.push_back(std::move(s));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取考核事件", "reading events");
    }
}

}  // namespace hall::sqlite_store
