#pragma once
// Creating a store and loading the data a hall ships with (data/).

#include <hall/date.h>
#include <hall/generator.h>
#include <hall/store.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hall {

struct InitReport {
    bool created = false;             // the store file was new
    std::vector<std::string> loaded;  // data files loaded by this call
};

// Loads the bundled calendars (data/calendars/*.toml) and the case rules
// (data/rules/cases.toml) into a store that has none yet. Idempotent: on an initialised
// store it loads nothing. Throws DataError for a bad file, leaving the store as it was.
InitReport initialize(Store& store, const std::filesystem::path& data_dir, const Moment& now);

// Loads the bundled example hall (data/example/hall.toml: windows, staff, catalogue).
// Idempotent: what exists is kept.
InitReport load_example(Store& store, const std::filesystem::path& data_dir);

// The example hall's history: four months of work (2026-07-01 to 2026-10-31) made by
// generate_history from a fixed seed, so that `hall score --month 2026-10` has something to
// rank on a fresh machine. It stops the day before `now` (no act is recorded in the future)
// and is made only on a store with the example registry and no case yet; otherwise (and
// when `now` is before July 2026) it does nothing and returns nullopt.
inline constexpr std::uint64_t example_seed = 20261031;
std::optional<GenerateReport> load_example_history(Store& store, const std::filesystem::path& data_dir,
                                                   const Moment& now);

}  // namespace hall
