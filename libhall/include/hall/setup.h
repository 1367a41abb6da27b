#pragma once
// Creating a store and loading the data a hall ships with (data/).

#include <hall/date.h>
#include <hall/store.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hall {

struct InitReport {
    bool created = false;                  // the store file was new
    std::vector<std::string> loaded;       // data files loaded by this call
};

// Loads the bundled calendars (data/calendars/*.toml) into a store that has none yet.
// Idempotent: on an initialised store it loads nothing. Throws DataError for a bad file,
// leaving the store as it was.
InitReport initialize(Store& store, const std::filesystem::path& data_dir, const Moment& now);

}  // namespace hall
