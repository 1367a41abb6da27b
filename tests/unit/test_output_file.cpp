// --out files are written whole or not at all (issue: reliability, output files).

#include "test_support.h"

#include <hall/error.h>
#include <hall/output_file.h>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using hall::test::TempDir;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t files_in(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_CASE("write_output_file writes the whole text and replaces an existing file") {
    TempDir dir;
    hall::write_output_file(dir / "notice.txt", "受理通知书\n");
    CHECK(slurp(dir / "notice.txt") == "受理通知书\n");
    hall::write_output_file(dir / "notice.txt", "second");
    CHECK(slurp(dir / "notice.txt") == "second");
    CHECK(files_in(dir.path()) == 1);  // no temporary left behind
}

TEST_CASE("write_output_file refuses the store and its journal, however spelt") {
    TempDir dir;
    const fs::path store = dir / "hall.db";
    { std::ofstream(store) << "SQLite"; }
    CHECK_THROWS_AS(hall::write_output_file(store, "x", {store}), hall::Refused);
    CHECK_THROWS_AS(hall::write_output_file(dir.path() / "." / "hall.db", "x", {store}), hall::Refused);
    CHECK_THROWS_AS(hall::write_output_file(dir / "hall.db-wal", "x", {store}), hall::Refused);
    CHECK(slurp(store) == "SQLite");
}

TEST_CASE("write_output_file refuses what is not a regular file, and a missing folder") {
    TempDir dir;
    CHECK_THROWS_AS(hall::write_output_file(dir.path(), "x"), hall::Refused);
    CHECK_THROWS_AS(hall::write_output_file(dir / "no/such/out.txt", "x"), hall::Refused);
    CHECK_THROWS_AS(hall::write_output_file("/dev/full", "x"), hall::Refused);
    CHECK_THROWS_AS(hall::write_output_file("", "x"), hall::InvalidInput);
}
