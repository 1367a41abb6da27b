#include "common.h"

namespace hall::sqlite_store {

Inquiry SqliteBackend::insert_inquiry(const Inquiry& inquiry, const Moment& recorded_at) {
    try {
        auto staff = db_.prepare(
            "SELECT s.id, s.window_id, w.code FROM staff s JOIN hall_window w ON w.id = s.window_id "
            "WHERE s.code = ?");
        staff.bind(1, inquiry.staff);
        if (!staff.step())
            throw unknown("工作人员", "staff member", inquiry.staff, "先用 hall staff add 登记",
                          "add them with 'hall staff add'");
        Inquiry out = inquiry;
        const auto staff_id = staff.integer(0);
        const auto window_id = staff.integer(1);
        out.window = staff.text(2);
        staff.reset();
        std::optional<std::int64_t> referred;
        if (!inquiry.referred_to.empty()) referred = require_window(db_, inquiry.referred_to);
        auto stmt = db_.prepare(
            "INSERT INTO inquiry (staff_id, window_id, topic, referred_to, at, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        stmt.bind(1, staff_id).bind(2, window_id).bind(3, inquiry.topic).bind(4, referred);
        stmt.bind(5, inquiry.at.to_string()).bind(6, recorded_at.to_string()).run();
        out.id = db_.last_insert_rowid();
        out.recorded_at = recorded_at;
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记首问", "recording an inquiry");
    }
}

std::vector<Inquiry> SqliteBackend::inquiries(const InquiryFilter& f) const {
    try {
        std::string sql =
            "SELECT q.id, s.code, w.code, q.topic, coalesce(r.code, ''), q.at, q.recorded_at "
            "FROM inquiry q JOIN staff s ON s.id = q.staff_id JOIN hall_window w ON w.id = q.window_id "
            "LEFT JOIN hall_window r ON r.id = q.referred_to WHERE 1";
        // `at` is YYYY-MM-DDTHH:MM: a day's questions sort between the day and the day after.
        if (f.from) sql += " AND q.at >= :from";
        if (f.to) sql += " AND q.at < :to";
        if (f.window) sql += " AND (w.code = :window OR r.code = :window)";
        sql += " ORDER BY q.at, q.id";
        auto stmt = db_.prepare(sql);
        int index = 1;
        if (f.from) stmt.bind(index++, f.from->to_string());
        if (f.to) stmt.bind(index++, (*f.to + 1).to_string());
        if (f.window) stmt.bind(index++, *f.window);
        std::vector<Inquiry> out;
        while (stmt.step()) {
            Inquiry q;
            q.id = stmt.integer(0);
            const RowReader r(stmt, path_, "inquiry", fmt::format("inquiry {}", q.id));
            q.staff = stmt.text(1);
            q.window = stmt.text(2);
            q.topic = stmt.text(3);
            q.referred_to = stmt.text(4);
            q.at = r.moment(5, "at");
            q.recorded_at = r.moment(6, "recorded_at");
            out.push_back(std::move(q));
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取首问登记", "reading the inquiry log");
    }
}

}  // namespace hall::sqlite_store
