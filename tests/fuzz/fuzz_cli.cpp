// The command line itself: the input is split on NUL bytes into arguments and run against a
// private in-memory store. Whatever the arguments, hall answers with an exit status of 0, 1
// or 2 and never crashes; an exception that escapes `run` is a bug.
#include "app.h"

#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> args{"--db", ":memory:"};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0) {
            args.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    if (!current.empty()) args.push_back(current);
    if (args.size() > 24) return 0;  // long command lines add nothing a short one cannot reach
    // Making a hall's history is long by design (months of cases through the desk): the
    // fuzzer reaches the same parsing with the registry alone, and skips `generate`.
    // CLI11 also takes `--example=...` and `--no-history=false`.
    bool example = false, history = true;
    for (const auto& a : args) {
        if (a == "generate") return 0;
        if (a.starts_with("--no-history")) {
            if (a != "--no-history") return 0;
            history = false;
        }
        example = example || a.starts_with("--example");
    }
    if (example && history) args.push_back("--no-history");

    std::ostringstream out, err;
    hall::cli::Environment env;
    env.now = "2026-11-20T10:00";
    env.lang = "en_US.UTF-8";
    env.data_dir = HALL_FUZZ_DATA_DIR;
    hall::cli::Context context(out, err, env);
    const int status = hall::cli::run(args, context);
    if (status < 0 || status > 2) std::abort();
    return 0;
}
