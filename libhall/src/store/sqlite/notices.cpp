#include "chain.h"
#include "common.h"

#include <array>

namespace hall::sqlite_store {
std::string SqliteBackend::issue_notice(std::int64_t case_id, std::int64_t step_id, const std::string& kind,
                                        const Moment& at) {
    try {
        auto& db = db_;
        auto counter = db.prepare(
            "INSERT INTO notice_counter (kind, year, last) VALUES (?, ?, 1) "
            "ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last");
        counter.bind(1, kind).bind(2, at.date.year());
        counter.step();
        const auto n = counter.integer(0);
        counter.run();
        const auto known = parse_notice_kind(kind);
        const std::string prefix = known ? notice_prefix(*known) : kind;
        const std::string number = fmt::format("{}〔{}〕{:04}号", prefix, at.date.year(), n);
        auto stmt =
            db.prepare("INSERT INTO notice (case_id, step_id, kind, number, issued) VALUES (?, ?, ?, ?, ?)");
        stmt.bind(1, case_id).bind(2, step_id).bind(3, kind).bind(4, number).bind(5, at.to_string()).run();
        seal(db, notice_chain, db.last_insert_rowid());
        return number;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "出具通知书", "issuing a notice");
    }
}

std::vector<Notice> SqliteBackend::notices(std::int64_t case_id) const {
    try {
        auto stmt = db_.prepare(
            "SELECT n.kind, n.number, n.issued, s.seq FROM notice n JOIN case_step s ON s.id = n.step_id "
            "WHERE n.case_id = ? ORDER BY n.id");
        stmt.bind(1, case_id);
        std::vector<Notice> out;
        while (stmt.step()) {
            const RowReader r(stmt, path_, "notice", fmt::format("notice {}", stmt.text(1)));
            out.push_back({stmt.text(0), stmt.text(1), r.moment(2, "issued"), stmt.int32(3)});
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取通知书", "reading notices");
    }
}

}  // namespace hall::sqlite_store
