#pragma once
// Creating a store and loading the data a hall ships with (data/).

#include <hall/date.h>
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

}  // namespace hall
