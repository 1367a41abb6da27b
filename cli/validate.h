#pragma once
// What every command refuses before it runs, attached once to every option of every command
// instead of in each command's code: text that is not valid UTF-8, holds control characters
// or terminal escapes, or is blank; numbers that are not plain decimal counts or do not fit.

#include <CLI/CLI.hpp>

namespace hall::cli {

// Walks `app` and its subcommands, every level, and adds the checks to each option that
// takes a value. Call it after every command is registered.
void add_input_checks(CLI::App& app);

}  // namespace hall::cli
