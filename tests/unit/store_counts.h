#pragma once
// Counts of what a store holds, read through the public API only: tests check that an
// operation wrote (or refused to write) without naming the store's tables.

#include <hall/store.h>

#include <cstdint>
#include <optional>

namespace hall::test {

struct StoreCounts {
    std::int64_t cases = 0, steps = 0, notices = 0, cards = 0;
    bool operator==(const StoreCounts&) const = default;
};

inline StoreCounts store_counts(const Store& store) {
    StoreCounts n;
    store.for_each_case(CaseFilter{}, true, [&](const StoredCase& c) {
        ++n.cases;
        n.steps += static_cast<std::int64_t>(c.steps.size());
        n.notices += static_cast<std::int64_t>(store.notices(c.id).size());
    });
    n.cards = static_cast<std::int64_t>(store.cards(std::nullopt).size());
    return n;
}

}  // namespace hall::test
