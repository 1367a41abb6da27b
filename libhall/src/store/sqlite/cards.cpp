#include "chain.h"
#include "common.h"

namespace hall::sqlite_store {
bool SqliteBackend::add_card(std::int64_t case_id, CardLevel level, const std::string& rule, bool automatic,
                             Date on, const std::string& note, const std::string& window) {
    try {
        auto stmt = db_.prepare(
            "INSERT INTO card (case_id, level, rule, origin, issued_on, note, window) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
        stmt.bind(1, case_id)
            .bind(2, card_level_id(level))
            .bind(3, rule)
            .bind(4, automatic ? "auto" : "manual");
        stmt.bind(5, on.to_string()).bind(6, note).bind(7, window).run();
        if (db_.changes() == 0) return false;
        seal(db_, card_chain, db_.last_insert_rowid());
        return true;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "出示红黄牌", "issuing a card");
    }
}

void SqliteBackend::revoke_card(std::int64_t card_id, const std::string& reason, const Moment& at) {
    try {
        auto check = db_.prepare("SELECT revoked_at FROM card WHERE id = ?");
        check.bind(1, card_id);
        if (!check.step())
            throw NotFound(
                Text{fmt::format("没有编号为 {} 的红黄牌", card_id), fmt::format("no card {}", card_id)});
        if (!check.is_null(0))
            throw Refused(Text{fmt::format("牌 {} 已于 {} 撤销", card_id, check.text(0)),
                               fmt::format("card {} was already revoked at {}", card_id, check.text(0))});
        auto stmt = db_.prepare("UPDATE card SET revoked_at = ?, revoke_reason = ? WHERE id = ?");
        stmt.bind(1, at.to_string()).bind(2, reason).bind(3, card_id).run();
        seal_revocation(db_, card_id);
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "撤销红黄牌", "revoking a card");
    }
}

const char* const card_columns =
    "k.id, c.number, k.level, k.rule, k.origin, k.issued_on, k.note, k.revoked_at, "
    "coalesce(k.revoke_reason, ''), k.window, w.code, coalesce(s.code, '') FROM card k JOIN \"case\" c ON "
    "c.id = "
    "k.case_id JOIN hall_window w ON w.id = c.window_id LEFT JOIN staff s ON s.id = c.staff_id";

Card read_card(const sql::Statement& row, const std::string& path) {
    Card card;
    card.id = row.integer(0);
    card.case_number = row.text(1);
    const RowReader r(row, path, "card", [&] { return fmt::format("card {}", card.id); });
    card.level = r.parsed(2, "level", parse_card_level);
    card.rule = row.text(3);
    card.automatic = r.parsed(4, "origin", [](const std::string& t) -> std::optional<bool> {
        if (t == "auto") return true;
        if (t == "manual") return false;
        return std::nullopt;
    });
    card.issued_on = r.date(5, "issued_on");
    card.note = row.text(6);
    card.revoked_at = row.optional_text(7);
    card.revoke_reason = row.text(8);
    card.window = row.text(9);
    card.case_window = row.text(10);
    card.case_staff = row.text(11);
    return card;
}

std::vector<Card> SqliteBackend::cards(const std::optional<std::string>& case_number) const {
    try {
        // A case's cards by its number's index: a case view must not read every card.
        auto stmt = db_.prepare(fmt::format("SELECT {}{} ORDER BY k.id", card_columns,
                                            case_number ? " WHERE c.number = ?1" : ""));
        if (case_number) stmt.bind(1, *case_number);
        std::vector<Card> out;
        while (stmt.step()) out.push_back(read_card(stmt, path_));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取红黄牌", "reading cards");
    }
}

CardCounts SqliteBackend::card_counts(Date from, Date to) const {
    try {
        // The card table alone, by its issued_on index (card_by_issued): a card's case is a foreign key and
        // neither cases nor windows are ever deleted, so joining them (as card_columns does)
        // would drop nothing, and costs a look-up per card of a city's year.
        auto stmt = db_.prepare(
            "SELECT level, count(*), count(revoked_at) FROM card WHERE issued_on >= ? "
            "AND issued_on <= ? GROUP BY level");
        stmt.bind(1, from.to_string()).bind(2, to.to_string());
        CardCounts out;
        while (stmt.step()) {
            const RowReader r(stmt, path_, "card", fmt::format("cards of level {}", stmt.text(0)));
            const auto level = static_cast<std::size_t>(r.parsed(0, "level", parse_card_level));
            out.issued[level] += r.integer(1, "count");
            out.revoked[level] += r.integer(2, "count");
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取红黄牌", "reading cards");
    }
}

std::vector<Card> SqliteBackend::scored_cards(Date from, Date to) const {
    try {
        // The condition repeats the partial index's own, so that SQLite may use it.
        std::string sql = fmt::format(
            "SELECT {} WHERE k.level IN ('yellow', 'red') AND k.revoked_at IS NULL AND k.issued_on >= ? AND "
            "k.issued_on <= ? ORDER BY k.issued_on, k.id",
            card_columns);
        const std::string from_card = "FROM card k";
        sql.insert(sql.find(from_card) + from_card.size(), " INDEXED BY card_scored");
        auto stmt = db_.prepare(sql);
        stmt.bind(1, from.to_string()).bind(2, to.to_string());
        std::vector<Card> out;
        while (stmt.step()) out.push_back(read_card(stmt, path_));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取红黄牌", "reading cards");
    }
}

}  // namespace hall::sqlite_store
