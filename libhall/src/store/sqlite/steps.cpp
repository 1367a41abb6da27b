#include "common.h"

namespace hall::sqlite_store {
const char* const step_columns =
    "id, seq, kind, at, staff, reason, actor, value, materials, automatic, coalesce(corrects, 0)";

Step read_step(const sql::Statement& row, const std::string& path) {
    Step s;
    s.id = row.integer(0);
    const RowReader r(row, path, "case_step", fmt::format("step {}", s.id));
    s.seq = row.int32(1);
    s.kind = r.parsed(2, "kind", parse_step);
    s.at = r.moment(3, "at");
    s.staff = row.text(4);
    s.reason = row.text(5);
    s.actor = row.text(6);
    s.value = row.int32(7);
    s.materials = split(row.text(8));
    s.automatic = row.int32(9) != 0;
    s.corrects = row.int32(10);
    return s;
}

std::int64_t SqliteBackend::append_step(std::int64_t case_id, const Step& step, const Moment& recorded_at) {
    try {
        auto stmt = db_.prepare(
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
        return db_.last_insert_rowid();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "记录办理步骤", "recording a step");
    }
}

}  // namespace hall::sqlite_store
