#pragma once
// The store's schema as an ordered list of migrations; PRAGMA user_version is the number
// applied. Append new migrations; never edit one that has shipped.

#include <span>
#include <string_view>

namespace hall::schema {

// 'HALL' in ASCII, so a hall store is recognisable without reading a table.
inline constexpr int application_id = 0x48414C4C;

std::span<const std::string_view> migrations();

// The version whose migration adds the hash chains: the rows of an older store are sealed
// right after it is applied (chain.h).
inline constexpr int chained_version = 11;

}  // namespace hall::schema
