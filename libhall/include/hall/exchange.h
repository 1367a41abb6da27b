#pragma once
// Case import and export in the exchange layout (docs/exchange.md): one CSV row per step of
// a case, speaking the national exchange codes of SPEC §2 (case type 1 即办 2 承诺 3 联办
// 4 上报; step status 0 不同意 1 同意 2 不受理 3 不予受理 4 受理 5 补齐补正 6 特别程序
// 7 退回) beside the hall's own step names, so a hall can bring its records from Excel or a
// provincial platform and hand them back.
//
// An import is validated whole before anything is written: every bad row is reported with its
// line and why, and then nothing is imported. The cases that pass are written in one
// transaction as facts and steps, and their status is derived by replay like any other
// case's, so deadlines are exact. A case number already in the store with the same rows is
// skipped (importing a file twice changes nothing); with different rows it is refused.

#include <hall/cases.h>
#include <hall/csv.h>
#include <hall/store.h>

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace hall {

// The columns of the layout, in the order export writes them.
const std::vector<std::string>& exchange_columns();

// The national codes (SPEC §2) and the hall's terms they stand for.
int case_type_code(CaseClass c);                     // instant 1, promised 2, joint 3, upstream 4
std::optional<CaseClass> case_type_class(int code);  // the inverse; nullopt outside 1..4
// The step status code a step is exported with, or nullopt for a step the national table has
// no code for (extend, sign, rate, ...).
std::optional<int> step_status_code(const Step& step);

struct ImportProblem {
    std::size_t line = 0;
    Text why;
};

struct ImportReport {
    std::size_t cases = 0;    // imported
    std::size_t steps = 0;    // their steps
    std::size_t skipped = 0;  // already in the store, identical
};

// Called now and then during long work with how much is done out of the total.
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

// Checks every row of `table` against the layout, the catalogue, the staff and the case rules
// (each step must be a move the case allows at that point), and returns the problems, in line
// order; empty when the file may be imported. `now` bounds the times (nothing in the future).
std::vector<ImportProblem> check_import(const Store& store, const Calendar& calendar,
                                        const CasePolicy& policy, const CsvTable& table, const Moment& now);

// Imports `table` all or nothing: throws DataError listing the problems (each with its line)
// when check_import finds any, else writes the new cases in one transaction.
ImportReport import_cases(Store& store, const Calendar& calendar, const CasePolicy& policy,
                          const CsvTable& table, const Moment& now, const ProgressFn& progress = {});

enum class ExportFormat { csv, json };

struct ExportOptions {
    CaseFilter filter;  // e.g. the month received
    ExportFormat format = ExportFormat::csv;
    bool mask = false;  // mask applicants' names and ID numbers (a copy for anyone but the platform)
};

// Writes the cases matching the filter, in order of receipt, with their steps. CSV is UTF-8
// with a byte-order mark (what Excel opens as Chinese text) and CRLF line ends (RFC 4180);
// it imports back to the same cases. Returns the number of cases written.
std::size_t export_cases(const Store& store, const ExportOptions& options, std::ostream& out,
                         const ProgressFn& progress = {});

}  // namespace hall
