// What `hall verify` asks of the SQLite backend: the schema as stored, every record's place
// in its hash chain (chain.h), every record read back by the readers the commands use, and a
// consistent copy for `hall backup`. Cases are read a chunk at a time, as for_each_case does,
// so a nightly check of a large store keeps its memory flat.

#include "chain.h"
#include "common.h"

#include <algorithm>
#include <span>
#include <unordered_map>

namespace hall::sqlite_store {
namespace {

constexpr std::size_t audit_chunk = 512;

using Report = std::function<void(StoreProblem)>;

std::string json_list(std::span<const std::int64_t> ids) {
    std::string out = "[";
    for (const auto id : ids) {
        if (out.size() > 1) out.push_back(',');
        out += std::to_string(id);
    }
    out.push_back(']');
    return out;
}

Text error_text(const Error& e) {
    return Text{e.message(Lang::zh), e.message(Lang::en)};
}

// Checks one record's link: `expected_prev` is the stored hash of the record before it in its
// chain (none at the chain's start). The record's columns are [first, first + count) of
// `row`, followed by its prev_hash and hash.
void check_link(const Chain& chain, const std::optional<std::string>& expected_prev,
                const sql::Statement& row, int first, const std::string& label, const Report& report) {
    const int count = column_count(chain);
    const auto prev = row.optional_text(first + count);
    const auto hash = row.optional_text(first + count + 1);
    const auto problem = [&](std::string zh, std::string en) {
        report({"chain", chain.table, label, Text{std::move(zh), std::move(en)}});
    };
    if (!hash) {
        problem("没有哈希：这条记录不是 hall 写入的", "has no hash: hall did not write this record");
        return;
    }
    if (prev != expected_prev)
        problem("与前一条记录的哈希对不上：此前的记录被删除、插入或改动过",
                "does not follow the record before it: a record before it was deleted, inserted or changed");
    if (link_hash(chain, prev, row, first, count) != *hash)
        problem("内容与其哈希不符：这条记录被改动过",
                "its content does not match its hash: the record was changed");
}

// The stored hash of the record before rowid `id` in a chain ordered by `chain.order`.
std::optional<std::string> hash_before(sql::Database& db, const Chain& chain, std::int64_t id) {
    auto stmt = db.prepare(fmt::format(
        "SELECT hash FROM {0} WHERE {1} < (SELECT {1} FROM {0} WHERE rowid = ?) ORDER BY {1} DESC LIMIT 1",
        chain.sql, chain.order));
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return stmt.optional_text(0);
}

// A table chained in one line: every row (or those `where` selects, bound to `key`), each
// against the stored hash of the row before it in the whole table.
template <typename Label, typename Read>
void audit_table(sql::Database& db, const Chain& chain, const std::string& where,
                 const std::optional<std::int64_t>& key, Label label, Read read, const Report& report) {
    auto stmt = db.prepare(fmt::format("SELECT rowid, {}, prev_hash, hash FROM {} {} ORDER BY {}",
                                       chain.columns, chain.sql, where, chain.order));
    if (key) stmt.bind(1, *key);
    std::optional<std::string> prev;
    bool first = true;
    while (stmt.step()) {
        const auto id = stmt.integer(0);
        // Over the whole table the rows come in chain order; over a case's rows, look back.
        if (key || first) prev = hash_before(db, chain, id);
        first = false;
        const std::string name = label(stmt);
        check_link(chain, prev, stmt, 1, name, report);
        prev = stmt.optional_text(column_count(chain) + 2);
        read(id, name);
    }
}

}  // namespace

SchemaFacts SqliteBackend::schema_facts() const {
    try {
        SchemaFacts facts;
        auto version = db_.prepare("PRAGMA user_version");
        if (version.step()) facts.version = version.int32(0);
        version.reset();
        auto app = db_.prepare("PRAGMA application_id");
        if (app.step()) facts.application_id = app.int32(0);
        app.reset();
        auto objects =
            db_.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
        while (objects.step()) facts.objects.push_back({objects.text(0), objects.text(1), objects.text(2)});
        return facts;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取结构", "reading the schema");
    }
}

void SqliteBackend::audit(const std::optional<std::string>& case_number,
                          const std::function<void(StoredCase&)>& visit, const Report& report) const {
    auto& db = db_;
    const auto unreadable = [&](const char* table, const std::string& label, const Error& e) {
        report({"unreadable", table, label, error_text(e)});
    };
    std::vector<std::int64_t> ids;
    try {
        auto list = db.prepare(case_number ? "SELECT id FROM \"case\" WHERE number = ?"
                                           : "SELECT id FROM \"case\" ORDER BY id");
        if (case_number) list.bind(1, *case_number);
        while (list.step()) ids.push_back(list.integer(0));
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "核验办件", "verifying cases");
    }

    std::optional<std::string> prev_case;  // the stored hash of the case before the chunk
    for (std::size_t at = 0; at < ids.size(); at += audit_chunk) {
        const auto part =
            std::span<const std::int64_t>(ids).subspan(at, std::min(audit_chunk, ids.size() - at));
        std::vector<StoredCase> cases;
        try {
            const std::string list = json_list(part);
            if (at == 0) prev_case = hash_before(db, case_chain, part.front());
            // The intake chain, and each case's number for the steps' labels.
            std::unordered_map<std::int64_t, std::string> number;
            std::unordered_map<std::int64_t, std::optional<std::string>> intake_hash;
            auto chain =
                db.prepare(fmt::format("SELECT {}, prev_hash, hash FROM \"case\" WHERE id IN (SELECT value "
                                       "FROM json_each(?1)) ORDER BY id",
                                       case_chain.columns));
            chain.bind(1, list);
            while (chain.step()) {
                const auto id = chain.integer(0);
                number[id] = chain.text(1);
                check_link(case_chain, prev_case, chain, 0, fmt::format("case {}", chain.text(1)), report);
                prev_case = chain.optional_text(column_count(case_chain) + 1);
                intake_hash[id] = prev_case;
            }
            // Every case read back as the commands read it.
            auto rows = db.prepare(fmt::format(
                "SELECT {} WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id", case_columns));
            rows.bind(1, list);
            std::unordered_map<std::int64_t, std::size_t> readable;
            std::vector<std::int64_t> seen;
            while (rows.step()) {
                seen.push_back(rows.integer(0));
                try {
                    cases.push_back(read_case(rows, path_));
                    readable[cases.back().id] = cases.size() - 1;
                } catch (const StoreError& e) {
                    unreadable("case", fmt::format("case {}", rows.text(1)), e);
                }
            }
            std::vector<bool> whole(cases.size(), true);
            for (const auto id : part)
                if (number.count(id) && std::find(seen.begin(), seen.end(), id) == seen.end()) {
                    // Dropped by the join: its item or window is not on file.
                    report({"unreadable", "case", fmt::format("case {}", number[id]),
                            Text{"所指的事项或窗口不存在", "names an item or window that is not on file"}});
                }
            // The steps: one chain per case, from its intake hash, in seq order.
            auto steps = db.prepare(
                fmt::format("SELECT {}, case_id, {}, prev_hash, hash FROM case_step "
                            "WHERE case_id IN (SELECT value FROM json_each(?1)) ORDER BY case_id, seq",
                            step_columns, step_chain.columns));
            steps.bind(1, list);
            std::int64_t current = -1;
            std::optional<std::string> prev_step;
            while (steps.step()) {
                const auto case_id = steps.integer(step_column_count);
                if (case_id != current) {
                    current = case_id;
                    prev_step = intake_hash[case_id];
                }
                const std::string label = fmt::format("case {} step {}", number[case_id], steps.integer(1));
                check_link(step_chain, prev_step, steps, step_column_count + 1, label, report);
                prev_step = steps.optional_text(step_column_count + 1 + column_count(step_chain) + 1);
                const auto found = readable.find(case_id);
                try {
                    Step step = read_step(steps, path_);
                    if (found != readable.end()) cases[found->second].steps.push_back(std::move(step));
                } catch (const StoreError& e) {
                    unreadable("case_step", label, e);
                    if (found != readable.end()) whole[found->second] = false;
                }
            }
            for (std::size_t i = 0; i < cases.size(); ++i)
                if (cases[i].steps.empty() && whole[i]) {
                    report({"unreadable", "case_step", fmt::format("case {}", cases[i].facts.number),
                            Text{"没有任何办理记录", "has no steps"}});
                    whole[i] = false;
                }
            // Keep only the cases that read back whole: the others cannot be replayed.
            std::size_t kept = 0;
            for (std::size_t i = 0; i < cases.size(); ++i)
                if (whole[i]) {
                    if (kept != i) cases[kept] = std::move(cases[i]);
                    ++kept;
                }
            cases.resize(kept);
        } catch (const sql::SqliteError& e) {
            rethrow(e, path_, "核验办件", "verifying cases");
        }
        // Back to the order of intake the ids were listed in (id order: the same).
        for (auto& c : cases) visit(c);
    }

    try {
        std::optional<std::int64_t> case_id;
        if (case_number) {
            if (ids.empty()) return;
            case_id = ids.front();
        }
        const std::string of_case = case_id ? "WHERE case_id = ?" : "";

        auto card_row = db.prepare(fmt::format("SELECT {} WHERE k.id = ?", card_columns));
        auto revocation = db.prepare(
            fmt::format("SELECT hash, {}, revoke_hash FROM card WHERE id = ?", revocation_chain.columns));
        audit_table(
            db, card_chain, of_case, case_id,
            [](const sql::Statement& row) { return fmt::format("card {}", row.integer(0)); },
            [&](std::int64_t id, const std::string& label) {
                card_row.bind(1, id);
                try {
                    if (card_row.step()) read_card(card_row, path_);
                } catch (const StoreError& e) {
                    unreadable("card", label, e);
                }
                card_row.reset();
                revocation.bind(1, id);
                if (revocation.step()) {
                    const int count = column_count(revocation_chain);
                    const auto stored = revocation.optional_text(count + 1);
                    const bool revoked = !revocation.is_null(2);
                    try {
                        if (revoked) RowReader(revocation, path_, "card", label).moment(2, "revoked_at");
                    } catch (const StoreError& e) {
                        unreadable("card", label, e);
                    }
                    if (revoked != stored.has_value() ||
                        (stored && link_hash(revocation_chain, revocation.optional_text(0), revocation, 1,
                                             count) != *stored))
                        report({"chain", "card", label,
                                Text{"撤销记录与其哈希不符：撤销被改动、删除或伪造",
                                     "its revocation does not match its hash: it was changed, removed or "
                                     "forged"}});
                }
                revocation.reset();
            },
            report);

        auto notice_row = db.prepare("SELECT number, issued FROM notice WHERE id = ?");
        audit_table(
            db, notice_chain, of_case, case_id,
            [](const sql::Statement& row) { return fmt::format("notice {}", row.text(5)); },
            [&](std::int64_t id, const std::string& label) {
                notice_row.bind(1, id);
                try {
                    if (notice_row.step()) RowReader(notice_row, path_, "notice", label).moment(1, "issued");
                } catch (const StoreError& e) {
                    unreadable("notice", label, e);
                }
                notice_row.reset();
            },
            report);

        if (case_number) return;  // events belong to windows and staff, not to a case
        auto event_row = db.prepare("SELECT id, date, recorded_at FROM event WHERE id = ?");
        audit_table(
            db, event_chain, "", std::nullopt,
            [](const sql::Statement& row) { return fmt::format("event {}", row.integer(0)); },
            [&](std::int64_t id, const std::string& label) {
                event_row.bind(1, id);
                try {
                    if (event_row.step()) {
                        const RowReader r(event_row, path_, "event", label);
                        r.date(1, "date");
                        r.moment(2, "recorded_at");
                    }
                } catch (const StoreError& e) {
                    unreadable("event", label, e);
                }
                event_row.reset();
            },
            report);
        auto void_row = db.prepare("SELECT voided_at FROM event_void WHERE rowid = ?");
        audit_table(
            db, void_chain, "", std::nullopt,
            [](const sql::Statement& row) { return fmt::format("void of event {}", row.integer(2)); },
            [&](std::int64_t id, const std::string& label) {
                void_row.bind(1, id);
                try {
                    if (void_row.step())
                        RowReader(void_row, path_, "event_void", label).moment(0, "voided_at");
                } catch (const StoreError& e) {
                    unreadable("event_void", label, e);
                }
                void_row.reset();
            },
            report);
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "核验记录", "verifying records");
    }
}

void SqliteBackend::copy_to(const std::filesystem::path& file) const {
    try {
        // One read transaction: the copy is the store as of one commit, whatever other
        // processes write meanwhile (WAL lets them).
        auto stmt = db_.prepare("VACUUM INTO ?");
        stmt.bind(1, file.string()).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "备份", "copying the store");
    }
}

}  // namespace hall::sqlite_store
