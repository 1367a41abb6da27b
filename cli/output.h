#pragma once
// The output options, registered once (add_output_options) by every command that prints
// a document, and the one place that hands a document to its renderer (emit).

#include "context.h"

#include <hall/document.h>

#include <CLI/CLI.hpp>

namespace hall::cli {

// Adds --format text|json and --out FILE to `command`; the global --json is --format json.
void add_output_options(CLI::App* command, Context& context);

// Renders `document` in the chosen format and language, to --out or to standard output.
void emit(const Document& document, Context& context);

}  // namespace hall::cli
