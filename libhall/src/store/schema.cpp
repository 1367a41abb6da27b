#include "schema.h"

#include <array>

namespace hall::schema {
namespace {

constexpr std::string_view v1_calendar = R"sql(
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE calendar_import (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    region      TEXT NOT NULL,
    layer       TEXT NOT NULL CHECK (layer IN ('national', 'local')),
    years       TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE calendar_year (
    layer     TEXT NOT NULL CHECK (layer IN ('national', 'local')),
    year      INTEGER NOT NULL,
    region    TEXT NOT NULL,
    source    TEXT NOT NULL,
    import_id INTEGER NOT NULL REFERENCES calendar_import (id),
    PRIMARY KEY (layer, year)
);
CREATE TABLE calendar_day (
    layer   TEXT NOT NULL,
    year    INTEGER NOT NULL,
    date    TEXT NOT NULL,
    workday INTEGER NOT NULL CHECK (workday IN (0, 1)),
    name    TEXT NOT NULL,
    PRIMARY KEY (layer, year, date),
    FOREIGN KEY (layer, year) REFERENCES calendar_year (layer, year) ON DELETE CASCADE
);
)sql";

constexpr std::array<std::string_view, 1> all = {v1_calendar};

}  // namespace

std::span<const std::string_view> migrations() { return all; }

}  // namespace hall::schema
