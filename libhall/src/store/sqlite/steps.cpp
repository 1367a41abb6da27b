#include "chain.h"
#include "common.h"

namespace hall::sqlite_store {
const char* const step_columns =
    "id, seq, kind, at, staff, reason, actor, value, materials, automatic, coalesce(corrects, 0), basis, "
    "overrides";

Step read_step(const sql::Statement& row, const std::string& path) {
    Step s;
    s.id = row.integer(0);
    const RowReader r(row, path, "case_step", [&] { return fmt::format("step {}", s.id); });
    s.seq = r.int32(1, "seq");
    s.kind = r.parsed(2, "kind", parse_step);
    s.at = r.moment(3, "at");
    s.staff = row.text(4);
    s.reason = row.text(5);
    s.actor = row.text(6);
    s.value = r.int32(7, "value");
    s.materials = split(row.text(8));
    s.automatic = r.flag(9, "automatic");
    s.corrects = r.int32(10, "corrects");
    s.basis = row.text(11);
    s.overrides_default = r.flag(12, "overrides");
    return s;
}

std::int64_t SqliteBackend::append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    try {
        const auto id = insert_step(case_id, step, recorded_at);
        seal(db_, step_chain, id);
        return id;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "记录办理步骤", "recording a step");
    }
}

std::int64_t SqliteBackend::insert_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    auto stmt = db_.prepare(
        "INSERT INTO case_step (case_id, seq, kind, at, staff, reason, actor, value, materials, "
        "automatic, "
        "corrects, recorded_at, basis, overrides) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bind(1, case_id).bind(2, step.seq).bind(3, step_id(step.kind)).bind(4, step.at.to_string());
    stmt.bind_static(5, step.staff)
        .bind_static(6, step.reason)
        .bind_static(7, step.actor)
        .bind(8, step.value);
    stmt.bind(9, join(step.materials)).bind(10, step.automatic ? 1 : 0);
    if (step.corrects > 0)
        stmt.bind(11, step.corrects);
    else
        stmt.bind_null(11);
    stmt.bind(12, recorded_at.to_string())
        .bind_static(13, step.basis)
        .bind(14, step.overrides_default ? 1 : 0);
    stmt.run();
    return db_.last_insert_rowid();
}

std::vector<LatenessCorrection> SqliteBackend::lateness_corrections(Date from, Date to) const {
    try {
        auto stmt = db_.prepare(
            "SELECT c.number, s.seq, s.corrects, s.at, s.actor, s.reason, s.recorded_at, s.id "
            "FROM case_step s INDEXED BY step_lateness_corrections JOIN \"case\" c ON c.id = s.case_id "
            "WHERE s.kind = 'correct' AND s.value = 1 AND s.recorded_at >= ? AND s.recorded_at < ? "
            "ORDER BY s.recorded_at, s.id");
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        std::vector<LatenessCorrection> out;
        while (stmt.step()) {
            const RowReader r(stmt, path_, "case_step",
                              [&] { return fmt::format("step {}", stmt.integer(7)); });
            out.push_back({stmt.text(0), stmt.int32(1), stmt.int32(2), r.moment(3, "at"), stmt.text(4),
                           stmt.text(5), r.moment(6, "recorded_at")});
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取更正记录", "reading corrections");
    }
}

}  // namespace hall::sqlite_store
