#pragma once
// The hall's catalogue as TOML (data/example/hall.toml): [[window]], [[staff]] and [[item]]
// tables. The case rules (data/rules/cases.toml) are read by policy.h.

#include <hall/cases.h>
#include <hall/policy.h>  // read_case_policy_file
#include <hall/registry.h>
#include <hall/store.h>

#include <filesystem>
#include <string>
#include <vector>

namespace hall {

struct Catalogue {
    std::vector<Window> windows;
    std::vector<Staff> staff;
    std::vector<Item> items;
};

// Throw DataError naming the file and line of what is wrong.
Catalogue read_catalogue_file(const std::filesystem::path& path);
Catalogue parse_catalogue(const std::string& text, const std::string& file_name);

struct CatalogueReport {
    int windows = 0;
    int staff = 0;
    int items = 0;
};

// Loads a catalogue in one transaction: windows and staff that exist are kept, items are
// added or replaced.
CatalogueReport load_catalogue(Store& store, const Catalogue& catalogue);

}  // namespace hall
