#include "app.h"

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

namespace {

std::optional<std::string> env(const char* name) {
    if (const char* value = std::getenv(name)) return std::string(value);
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    hall::cli::Environment environment{env("HALL_DB"),   env("XDG_DATA_HOME"), env("HOME"),
                                       env("LANG"),      env("HALL_DATA_DIR"), env("HALL_NOW"),
                                       env("HALL_STAFF")};
    hall::cli::Context context(std::cout, std::cerr, std::move(environment));
    context.err_is_terminal = ::isatty(STDERR_FILENO) == 1;
    try {
        return hall::cli::run(std::vector<std::string>(argv + 1, argv + argc), context);
    } catch (const std::exception& e) {
        // A bug, not a user error: say what broke rather than crash silently.
        std::cerr << "hall: internal error: " << e.what() << '\n';
        return 1;
    }
}
