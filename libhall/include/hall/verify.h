#pragma once
// `hall verify` and `hall backup` as library functions: whether a store's records are whole
// and unchanged (issue 8 §4), and a verified copy of a live store.
//
// verify_store checks
//   - the schema: the migrations applied, the store's mark, and every table, index and
//     trigger present with the SQL hall gives it (a dropped append-only trigger is reported,
//     never restored: `hall init` leaves an existing store's schema alone, so the evidence
//     that someone dropped it stays until the store is restored from a backup);
//   - every hash chain (libhall/src/store/sqlite/chain.h): the intake of every case and its
//     steps, the cards with their revocations, the notices, the events and their voids;
//   - that every stored record reads back (a value that does not parse is a problem, never
//     a default);
//   - that every case's cached status equals a fresh replay of its steps.
// A chain shows a record edited, inserted or deleted in its middle; it cannot show the last
// records of a chain removed together with everything after them (a case's last steps are
// still caught when its cached status no longer matches). Keep backups.

#include <hall/calendar.h>
#include <hall/cases.h>
#include <hall/store.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace hall {

struct VerifyReport {
    std::string store;                       // the store's path
    std::optional<std::string> case_number;  // the case checked, if only one
    std::int64_t cases = 0;                  // cases read back whole and replayed
    std::vector<StoreProblem> problems;      // in the order found: schema, cases, cards, notices, events
    bool clean() const { return problems.empty(); }
};

// With `case_number`, that case with its cards and notices (the schema too); NotFound for a
// case that is not on file. Reads the cases a chunk at a time (Store::audit), so memory stays
// flat on a large store.
VerifyReport verify_store(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                          const std::optional<std::string>& case_number = std::nullopt);

// Copies the store to `file` as it is now (another process may be writing), verifies the
// copy and only then moves it into place. Refuses (Refused) an existing `file` unless
// `replace`, the store's own files (the store, its -wal, -shm and -journal), and a folder that
// does not exist; a copy that fails verification is deleted and its problems are returned in
// the report, with nothing left at `file`.
VerifyReport backup_store(const Store& store, const std::filesystem::path& file, bool replace);

}  // namespace hall
