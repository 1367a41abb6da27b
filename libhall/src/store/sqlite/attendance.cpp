#include "common.h"

#include <unordered_map>

namespace hall::sqlite_store {
namespace {

std::optional<std::int64_t> optional_staff(sql::Database& db, const std::string& code) {
    if (code.empty()) return std::nullopt;
    const auto id = id_of(db, "staff", code);
    if (!id)
        throw unknown("工作人员", "staff member", code, "先用 hall staff add 登记",
                      "add them with 'hall staff add'");
    return id;
}

template <typename Parse>
auto parse_or_bad(const RowReader& r, int column, const char* name, Parse parse) {
    return r.parsed(column, name, parse);
}

}  // namespace

PunchImport SqliteBackend::insert_punches(const std::vector<Punch>& punches, const PunchImport& import) {
    try {
        auto next = db_.prepare("SELECT coalesce(max(id), 0) + 1 FROM punch_import");
        next.step();
        const std::int64_t import_id = next.integer(0);
        next.reset();
        auto staff_id = db_.prepare("SELECT id FROM staff WHERE code = ?");
        auto insert = db_.prepare("INSERT OR IGNORE INTO punch (staff_id, at, import_id) VALUES (?, ?, ?)");
        PunchImport out = import;
        out.added = 0;
        out.duplicates = 0;
        for (const auto& p : punches) {
            staff_id.bind(1, p.staff);
            if (!staff_id.step())
                throw unknown("工作人员", "staff member", p.staff, "先用 hall staff add 登记",
                              "add them with 'hall staff add'");
            const auto id = staff_id.integer(0);
            staff_id.reset();
            insert.bind(1, id).bind(2, p.at.to_string()).bind(3, import_id).run();
            if (db_.changes() > 0)
                ++out.added;
            else
                ++out.duplicates;
            insert.reset();
        }
        if (out.added == 0) {
            out.id = 0;
            return out;
        }
        auto record = db_.prepare(
            "INSERT INTO punch_import (id, file, encoding, rows, added, duplicates, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)");
        record.bind(1, import_id).bind(2, out.file).bind(3, out.encoding).bind(4, out.rows);
        record.bind(5, out.added).bind(6, out.duplicates).bind(7, out.imported_at.to_string()).run();
        out.id = import_id;
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "导入考勤打卡记录", "importing punches");
    }
}

std::vector<Punch> SqliteBackend::punches(Date from, Date to) const {
    try {
        // A city's month is some 150 000 punches: read them in the time index's order, rather
        // than have SQLite sort them by staff code through a temporary tree.
        std::unordered_map<std::int64_t, std::string> codes;
        {
            auto staff = db_.prepare("SELECT id, code FROM staff");
            while (staff.step()) codes.emplace(staff.integer(0), staff.text(1));
        }
        auto stmt = db_.prepare(
            "SELECT staff_id, at, id FROM punch INDEXED BY punch_by_time WHERE at >= ? AND at < ? ORDER BY "
            "at");
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        std::vector<Punch> out;
        while (stmt.step()) {
            const auto code = codes.find(stmt.integer(0));
            const auto at = Moment::parse(stmt.text_view(1));
            if (code == codes.end() || !at) {
                const RowReader r(stmt, path_, "punch",
                                  [&] { return fmt::format("punch {}", stmt.integer(2)); });
                if (!at) r.bad("at", stmt.text(1));
                r.bad("staff_id", stmt.text(0));
            }
            out.push_back(Punch{code->second, *at});
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取考勤打卡记录", "reading punches");
    }
}

std::int64_t SqliteBackend::insert_leave(const Leave& leave) {
    try {
        const auto staff_id = optional_staff(db_, leave.staff);
        const auto window_id = require_window(db_, leave.window);
        const auto standin_id = optional_staff(db_, leave.standin);
        auto stmt = db_.prepare(
            "INSERT INTO leave (staff_id, window_id, from_at, to_at, kind, approval, approved_by, "
            "standin_id, "
            "note, days, single_clerk, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bind(1, staff_id)
            .bind(2, window_id)
            .bind(3, leave.from.to_string())
            .bind(4, leave.to.to_string());
        stmt.bind(5, leave_kind_id(leave.kind))
            .bind(6, approval_id(leave.approval))
            .bind(7, leave.approved_by);
        stmt.bind(8, standin_id)
            .bind(9, leave.note)
            .bind(10, leave.days)
            .bind(11, leave.single_clerk ? 1 : 0);
        stmt.bind(12, leave.recorded_at.to_string()).run();
        return db_.last_insert_rowid();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记请假", "recording leave");
    }
}

std::vector<Leave> SqliteBackend::leaves(const LeaveFilter& f) const {
    try {
        std::string sql =
            "SELECT l.id, s.code, w.code, l.from_at, l.to_at, l.kind, l.approval, l.approved_by, "
            "coalesce(t.code, ''), l.note, l.days, l.single_clerk, l.recorded_at "
            "FROM leave l JOIN staff s ON s.id = l.staff_id JOIN hall_window w ON w.id = l.window_id "
            "LEFT JOIN staff t ON t.id = l.standin_id WHERE 1";
        if (f.staff) sql += " AND s.code = :staff";
        if (f.window) sql += " AND w.code = :window";
        if (f.from) sql += " AND l.to_at >= :from";
        if (f.to) sql += " AND l.from_at < :to";
        sql += " ORDER BY l.from_at, l.id";
        auto stmt = db_.prepare(sql);
        int index = 1;
        if (f.staff) stmt.bind(index++, *f.staff);
        if (f.window) stmt.bind(index++, *f.window);
        if (f.from) stmt.bind(index++, f.from->to_string());
        if (f.to) stmt.bind(index++, (*f.to + 1).to_string());
        std::vector<Leave> out;
        while (stmt.step()) {
            Leave l;
            l.id = stmt.integer(0);
            const RowReader r(stmt, path_, "leave", fmt::format("leave {}", l.id));
            l.staff = stmt.text(1);
            l.window = stmt.text(2);
            l.from = r.moment(3, "from_at");
            l.to = r.moment(4, "to_at");
            l.kind = parse_or_bad(r, 5, "kind", [](const std::string& t) { return parse_leave_kind(t); });
            l.approval =
                parse_or_bad(r, 6, "approval", [](const std::string& t) { return parse_approval(t); });
            l.approved_by = stmt.text(7);
            l.standin = stmt.text(8);
            l.note = stmt.text(9);
            l.days = stmt.real(10);
            l.single_clerk = stmt.integer(11) != 0;
            l.recorded_at = r.moment(12, "recorded_at");
            out.push_back(std::move(l));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取请假记录", "reading leave");
    }
}

std::int64_t SqliteBackend::insert_complaint(const Complaint& c, const Moment& recorded_at) {
    try {
        const auto window_id = require_window(db_, c.window);
        const auto staff_id = optional_staff(db_, c.staff);
        auto stmt = db_.prepare(
            "INSERT INTO complaint (received_at, window_id, staff_id, channel, class, issue, request, "
            "complainant, contact, recorded_by, deadline, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)");
        stmt.bind(1, c.received.to_string())
            .bind(2, window_id)
            .bind(3, staff_id)
            .bind(4, channel_id(c.channel));
        stmt.bind(5, complaint_class_id(c.complaint_class)).bind(6, c.issue).bind(7, c.request);
        stmt.bind(8, c.complainant)
            .bind(9, c.contact)
            .bind(10, c.recorded_by)
            .bind(11, c.deadline.to_string());
        stmt.bind(12, recorded_at.to_string()).run();
        return db_.last_insert_rowid();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记投诉", "recording a complaint");
    }
}

void SqliteBackend::append_complaint_act(std::int64_t id, const ComplaintAct& act) {
    try {
        auto stmt = db_.prepare(
            "INSERT INTO complaint_act (complaint_id, kind, at, by, text) VALUES (?, ?, ?, ?, ?)");
        stmt.bind(1, id).bind(2, complaint_act_id(act.kind)).bind(3, act.at.to_string()).bind(4, act.by);
        stmt.bind(5, act.text).run();
    } catch (const sql::SqliteError& e) {
        if ((e.code & 0xff) == SQLITE_CONSTRAINT)
            throw Refused(
                Text{fmt::format("投诉 {} 已经有了这一步（答复只有一次；查实与不予认定只能有其一）", id),
                     fmt::format("complaint {} already has that act (one answer; one outcome, "
                                 "verified or dismissed)",
                                 id)});
        rethrow(e, path_, "登记投诉处理", "recording a complaint's act");
    }
}

std::vector<Complaint> SqliteBackend::complaints(const ComplaintFilter& f,
                                                 std::optional<std::int64_t> id) const {
    try {
        std::string sql =
            "SELECT c.id, c.received_at, w.code, coalesce(s.code, ''), c.channel, c.class, c.issue, "
            "c.request, "
            "c.complainant, c.contact, c.recorded_by, c.deadline "
            "FROM complaint c JOIN hall_window w ON w.id = c.window_id LEFT JOIN staff s ON s.id = "
            "c.staff_id "
            "WHERE 1";
        if (id) sql += " AND c.id = :id";
        if (f.window) sql += " AND w.code = :window";
        if (f.from) sql += " AND c.received_at >= :from";
        if (f.to) sql += " AND c.received_at < :to";
        sql += " ORDER BY c.received_at, c.id";
        auto stmt = db_.prepare(sql);
        int index = 1;
        if (id) stmt.bind(index++, *id);
        if (f.window) stmt.bind(index++, *f.window);
        if (f.from) stmt.bind(index++, f.from->to_string());
        if (f.to) stmt.bind(index++, (*f.to + 1).to_string());
        std::vector<Complaint> out;
        while (stmt.step()) {
            Complaint c;
            c.id = stmt.integer(0);
            const RowReader r(stmt, path_, "complaint", fmt::format("complaint {}", c.id));
            c.received = r.moment(1, "received_at");
            c.window = stmt.text(2);
            c.staff = stmt.text(3);
            c.channel = parse_or_bad(r, 4, "channel", [](const std::string& t) { return parse_channel(t); });
            c.complaint_class =
                parse_or_bad(r, 5, "class", [](const std::string& t) { return parse_complaint_class(t); });
            c.issue = stmt.text(6);
            c.request = stmt.text(7);
            c.complainant = stmt.text(8);
            c.contact = stmt.text(9);
            c.recorded_by = stmt.text(10);
            c.deadline = r.date(11, "deadline");
            out.push_back(std::move(c));
        }
        auto acts =
            db_.prepare("SELECT kind, at, by, text FROM complaint_act WHERE complaint_id = ? ORDER BY id");
        for (auto& c : out) {
            acts.bind(1, c.id);
            while (acts.step()) {
                const RowReader r(acts, path_, "complaint_act", fmt::format("complaint {}", c.id));
                ComplaintAct a;
                const auto kind = acts.text(0);
                a.kind = kind == "answer"   ? ComplaintActKind::answer
                         : kind == "verify" ? ComplaintActKind::verify
                                            : ComplaintActKind::dismiss;
                a.at = r.moment(1, "at");
                a.by = acts.text(2);
                a.text = acts.text(3);
                c.acts.push_back(std::move(a));
            }
            acts.reset();
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取投诉", "reading complaints");
    }
}

}  // namespace hall::sqlite_store
