// The bulk path of a case import: many cases in the caller's one transaction.
#include "common.h"

#include <charconv>

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

std::int64_t SqliteBackend::insert_replayed_case(const CaseFacts& facts, std::span<const Step> steps,
                                                 const CaseStatus& status, const Moment& recorded_at) {
    const auto case_id = insert_case(facts, status);
    for (const auto& step : steps) append_step(case_id, step, recorded_at);
    save_status(case_id, status);
    try {
        // A number in the hall's own form (YYYYMMDD-NNNN) moves that day's counter past it.
        const std::string& n = facts.number;
        int seq = 0;
        if (n.size() == 13 && n[8] == '-' &&
            std::from_chars(n.data() + 9, n.data() + 13, seq).ptr == n.data() + 13 &&
            n.find_first_not_of("0123456789") == 8) {
            auto counter = db_.prepare(
                "INSERT INTO case_counter (day, last) VALUES (?, ?) "
                "ON CONFLICT (day) DO UPDATE SET last = max(last, excluded.last)");
            counter.bind(1, n.substr(0, 8)).bind(2, seq).run();
        }
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "导入办件", "importing a case");
    }
    return case_id;
}

}  // namespace hall::sqlite_store
