#pragma once
// The hash chains that make the store's history tamper-evident (issue 8 §4; 各事项的受理和办理过程，
// 均应有记录备案). Each chained row carries `prev_hash`, the hash of the record before it in its
// chain, and `hash`, SHA-256 (OpenSSL) over the canonical form of its stored fields and
// `prev_hash`. A row is sealed inside the transaction that inserts it, so no caller can leave
// one out; the triggers refuse to change a sealed row.
//
// The chains:
//   - cases: every case's intake row, in insertion (id) order, one chain for the table, so a
//     deleted case breaks it; the cached status columns and `monitored` are not intake facts
//     and are left out;
//   - case_step: one chain per case, in seq order, starting from the case's intake hash;
//   - card, notice, event: one chain per table in id order; a card's revocation is sealed in
//     `revoke_hash`, chained to the card's own hash;
//   - event_void: one chain in `seq` order (its rowid is the voided event's id).
//
// Canonical form, version 1 (the version is the first field, so a later form can coexist):
// a sequence of fields, each one tag byte and its payload, with nothing between them:
//   'n'                      SQL NULL
//   'i' + 8 bytes            an integer, two's complement, big-endian
//   'r' + 8 bytes            a real, its IEEE-754 bits, big-endian
//   't' + 8-byte length + b  a text (the stored UTF-8 bytes), length big-endian
//   'b' + 8-byte length + b  a blob
// The fields are: the text "hall-chain-1", the table's name, the previous hash (text, or
// NULL at a chain's start), then the row's columns in the order of its Chain::columns, each
// encoded by its stored type (so an integer rewritten as text no longer matches). The hash is
// stored as 64 lowercase hex digits.

#include "database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hall::sqlite_store {

struct Chain {
    constexpr Chain(const char* table_name, const char* sql_name, const char* fields, const char* chain_order)
        : table(table_name), sql(sql_name), columns(fields), order(chain_order), count(fields_in(fields)) {}

    const char* table;    // the name hashed and reported
    const char* sql;      // the table as SQL names it
    const char* columns;  // the canonical fields, in order
    const char* order;    // the chain's order within the table (or within a case)
    int count;            // the number of canonical fields, counted once: every seal and check needs it

private:
    static constexpr int fields_in(const char* columns) {
        int n = 1;
        for (const char* c = columns; *c; ++c)
            if (*c == ',') ++n;
        return n;
    }
};

extern const Chain case_chain;
extern const Chain step_chain;
extern const Chain notice_chain;
extern const Chain card_chain;
extern const Chain event_chain;
extern const Chain void_chain;
// A card's revocation: the card's id, revoked_at and revoke_reason after the card's hash.
extern const Chain revocation_chain;

// A row's link built field by field, from the row as stored (link_hash) or from the values
// an insert is about to bind (the bulk import, which so seals a row as it writes it rather
// than reading it back and updating it). For the second, each value must already be of the
// type its column stores (text or NULL for a TEXT column, an integer or NULL for an INTEGER
// one): SQLite's column affinity then keeps it as bound, and the link is the one `hall verify`
// recomputes from the stored row (test_exchange checks the two agree).
class Link {
public:
    Link(const Chain& chain, const std::optional<std::string>& prev);
    void null() { bytes_.push_back('n'); }
    void integer(std::int64_t value);
    void real(double value);
    void text(std::string_view value) { tagged('t', value); }
    void blob(std::string_view value) { tagged('b', value); }
    // The column of `row`, by its stored type.
    void value(const sql::Statement& row, int column);
    // SHA-256 of the fields so far, as 64 lowercase hex digits.
    std::string hash() const;

private:
    void tagged(char tag, std::string_view value);
    void be64(std::uint64_t value);
    std::string bytes_;
};

// The hash of the row `row` holds in columns [first, first + count), after `prev`.
std::string link_hash(const Chain& chain, const std::optional<std::string>& prev, const sql::Statement& row,
                      int first, int count);

// Number of canonical fields of a chain.
inline int column_count(const Chain& chain) {
    return chain.count;
}

// Seals the row with this rowid: computes its link after the row before it in its chain and
// stores prev_hash and hash. For a step, the chain is its case's. Returns the row's hash.
std::string seal(sql::Database& db, const Chain& chain, std::int64_t rowid);
// Seals a card's revocation, after the card's own hash.
void seal_revocation(sql::Database& db, std::int64_t card_id);

// Seals every row of a store whose rows predate the chains (the schema migration), in order.
void seal_all(sql::Database& db);

}  // namespace hall::sqlite_store
