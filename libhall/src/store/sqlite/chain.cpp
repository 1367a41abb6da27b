#include "chain.h"

#include <hall/error.h>

#include <fmt/format.h>
#include <openssl/evp.h>

#include <array>
#include <bit>
#include <vector>

namespace hall::sqlite_store {

const Chain case_chain{"case", "\"case\"",
                       "id, number, item_id, window_id, staff_id, applicant, applicant_id, item_class, "
                       "registered_class, promised_amount, promised_unit, statutory_amount, statutory_unit, "
                       "reporting_days, participants, investment, received, missing, pending, promised_by, "
                       "item_name, participant_days, lead_designated, inspection",
                       "id"};
const Chain step_chain{
    "case_step", "case_step",
    "id, case_id, seq, kind, at, staff, reason, actor, value, materials, automatic, corrects, "
    "recorded_at, basis, overrides",
    "seq"};
const Chain notice_chain{"notice", "notice", "id, case_id, step_id, kind, number, issued", "id"};
const Chain card_chain{"card", "card", "id, case_id, level, rule, origin, issued_on, note, window", "id"};
const Chain event_chain{"event", "event",
                        "id, kind, window_id, staff_id, date, count, minutes, value, level, note, source, "
                        "recorded_at",
                        "id"};
const Chain void_chain{"event_void", "event_void", "seq, event_id, reason, voided_by, voided_at", "seq"};
const Chain revocation_chain{"card_revocation", "card", "id, revoked_at, revoke_reason", "id"};

namespace {

std::optional<std::string> optional_hash(sql::Statement& stmt) {
    if (!stmt.step()) return std::nullopt;
    return stmt.optional_text(0);
}

std::optional<std::string> previous(sql::Database& db, const Chain& chain, std::int64_t rowid) {
    if (&chain == &step_chain) {
        auto at = db.prepare("SELECT case_id, seq FROM case_step WHERE id = ?");
        at.bind(1, rowid);
        if (!at.step()) return std::nullopt;
        const auto case_id = at.integer(0);
        const auto seq = at.integer(1);
        auto before =
            db.prepare("SELECT hash FROM case_step WHERE case_id = ? AND seq < ? ORDER BY seq DESC LIMIT 1");
        before.bind(1, case_id).bind(2, seq);
        if (before.step()) return before.optional_text(0);
        auto intake = db.prepare("SELECT hash FROM \"case\" WHERE id = ?");
        intake.bind(1, case_id);
        return optional_hash(intake);
    }
    auto before = db.prepare(fmt::format(
        "SELECT hash FROM {0} WHERE {1} < (SELECT {1} FROM {0} WHERE rowid = ?) ORDER BY {1} DESC LIMIT 1",
        chain.sql, chain.order));
    before.bind(1, rowid);
    return optional_hash(before);
}

}  // namespace

Link::Link(const Chain& chain, const std::optional<std::string>& prev) {
    bytes_.reserve(512);
    text("hall-chain-1");
    text(chain.table);
    if (prev)
        text(*prev);
    else
        null();
}

void Link::integer(std::int64_t value) {
    bytes_.push_back('i');
    be64(static_cast<std::uint64_t>(value));
}

void Link::real(double value) {
    bytes_.push_back('r');
    be64(std::bit_cast<std::uint64_t>(value));
}

void Link::tagged(char tag, std::string_view value) {
    bytes_.push_back(tag);
    be64(value.size());
    bytes_.append(value);
}

void Link::be64(std::uint64_t value) {
    for (int shift = 56; shift >= 0; shift -= 8) bytes_.push_back(static_cast<char>((value >> shift) & 0xff));
}

void Link::value(const sql::Statement& row, int column) {
    switch (row.type(column)) {
        case SQLITE_NULL:
            null();
            break;
        case SQLITE_INTEGER:
            integer(row.integer(column));
            break;
        case SQLITE_FLOAT:
            real(row.real(column));
            break;
        case SQLITE_BLOB:
            blob(row.blob(column));
            break;
        default:
            text(row.text_view(column));
            break;
    }
}

std::string Link::hash() const {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int size = 0;
    if (EVP_Digest(bytes_.data(), bytes_.size(), digest.data(), &size, EVP_sha256(), nullptr) != 1)
        throw StoreError(Text{"无法计算记录的 SHA-256 哈希（OpenSSL 出错）",
                              "cannot compute a record's SHA-256 hash (OpenSSL failed)"});
    static constexpr char digits[] = "0123456789abcdef";
    std::string hex(2 * size, '0');
    for (unsigned int i = 0; i < size; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
    return hex;
}

std::string link_hash(const Chain& chain, const std::optional<std::string>& prev, const sql::Statement& row,
                      int first, int count) {
    Link link(chain, prev);
    for (int i = first; i < first + count; ++i) link.value(row, i);
    return link.hash();
}

std::string seal(sql::Database& db, const Chain& chain, std::int64_t rowid) {
    const auto prev = previous(db, chain, rowid);
    auto row = db.prepare(fmt::format("SELECT {} FROM {} WHERE rowid = ?", chain.columns, chain.sql));
    row.bind(1, rowid);
    if (!row.step()) return {};
    auto hash = link_hash(chain, prev, row, 0, column_count(chain));
    row.reset();
    auto update = db.prepare(fmt::format("UPDATE {} SET prev_hash = ?, hash = ? WHERE rowid = ?", chain.sql));
    update.bind(1, prev).bind(2, hash).bind(3, rowid).run();
    return hash;
}

void seal_revocation(sql::Database& db, std::int64_t card_id) {
    auto row = db.prepare(fmt::format("SELECT hash, {} FROM card WHERE id = ?", revocation_chain.columns));
    row.bind(1, card_id);
    if (!row.step()) return;
    const auto hash =
        link_hash(revocation_chain, row.optional_text(0), row, 1, column_count(revocation_chain));
    row.reset();
    auto update = db.prepare("UPDATE card SET revoke_hash = ? WHERE id = ?");
    update.bind(1, hash).bind(2, card_id).run();
}

void seal_all(sql::Database& db) {
    const auto ids = [&](const char* sql) {
        std::vector<std::int64_t> out;
        auto stmt = db.prepare(sql);
        while (stmt.step()) out.push_back(stmt.integer(0));
        return out;
    };
    // Voids were not numbered before the chains: number them in the order they were made.
    std::int64_t n = 0;
    for (const auto id : ids("SELECT event_id FROM event_void ORDER BY voided_at, event_id")) {
        auto number = db.prepare("UPDATE event_void SET seq = ? WHERE event_id = ?");
        number.bind(1, ++n).bind(2, id).run();
    }
    for (const auto id : ids("SELECT id FROM \"case\" ORDER BY id")) seal(db, case_chain, id);
    for (const auto id : ids("SELECT id FROM case_step ORDER BY case_id, seq")) seal(db, step_chain, id);
    for (const auto id : ids("SELECT id FROM notice ORDER BY id")) seal(db, notice_chain, id);
    for (const auto id : ids("SELECT id FROM card ORDER BY id")) seal(db, card_chain, id);
    for (const auto id : ids("SELECT id FROM card WHERE revoked_at IS NOT NULL ORDER BY id"))
        seal_revocation(db, id);
    for (const auto id : ids("SELECT id FROM event ORDER BY id")) seal(db, event_chain, id);
    for (const auto id : ids("SELECT rowid FROM event_void ORDER BY seq")) seal(db, void_chain, id);
}

}  // namespace hall::sqlite_store
