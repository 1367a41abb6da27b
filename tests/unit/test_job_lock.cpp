// One unattended job at a time on a store (job_lock.h): a second job waits its bound, then
// fails with one clear line; the lock goes with its holder.

#include "test_support.h"

#include <hall/error.h>
#include <hall/job_lock.h>

#include <doctest/doctest.h>

#include <chrono>
#include <optional>

using hall::test::contains;
using namespace std::chrono_literals;

TEST_CASE("a second job on the same store waits its bound, then is refused") {
    hall::test::TempDir dir;
    const auto store = dir / "hall.db";
    std::optional<hall::JobLock> first;
    first.emplace(store, 0ms);
    CHECK(std::filesystem::exists(hall::JobLock::file_for(store)));
    try {
        hall::JobLock second(store, 200ms);
        FAIL("the second job took the lock");
    } catch (const hall::StoreError& e) {
        CHECK(contains(e.message(hall::Lang::en), "another hall job is running on"));
        CHECK(contains(e.message(hall::Lang::zh), "另一个 hall 作业"));
    }
    first.reset();
    CHECK_NOTHROW(hall::JobLock(store, 0ms));
}

TEST_CASE("an in-memory store takes no lock") {
    CHECK_NOTHROW(hall::JobLock(":memory:", 0ms));
    CHECK_NOTHROW(hall::JobLock(":memory:", 0ms));
}
