#pragma once

#include "context.h"

#include <string>
#include <vector>

namespace hall::cli {

// Parses `args` (without the program name), runs the chosen command and returns the exit
// status of SPEC §8: 0 done, 2 the command line was wrong, 1 refused or failed.
int run(const std::vector<std::string>& args, Context& context);

}  // namespace hall::cli
