#pragma once
// Shared by the storage layer's source files; nothing outside libhall/src/store sees it.

#include <hall/error.h>
#include <hall/store.h>

#include "sqlite.h"

#include <fmt/format.h>

namespace hall {

struct Store::Impl {
    sql::Database db;
    std::string path;
    bool created = false;
    int migrated_from = 0;
    int transaction_depth = 0;
};

namespace store_detail {

// Wraps an SQLite failure in a StoreError that says what the store was doing.
[[noreturn]] inline void rethrow(const sql::SqliteError& e, const std::string& path, const char* doing_zh,
                                 const char* doing_en) {
    throw StoreError(Text{fmt::format("存储 {} 出错（{}）：{}", path, doing_zh, e.message),
                          fmt::format("store {}: {} failed: {}", path, doing_en, e.message)});
}

}  // namespace store_detail
}  // namespace hall
