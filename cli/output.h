#pragma once
// The output options, registered once (add_output_options) by every command that prints
// a document, and the one place that hands a document to its renderer (emit).

#include "context.h"

#include <hall/document.h>

#include <CLI/CLI.hpp>

#include <chrono>

namespace hall::cli {

// Which formats --format offers: text and json for every command; the report formats (md,
// csv, html, xlsx) too for the commands that print a bulletin.
enum class Formats { plain, report };

// Adds --format and --out FILE to `command`; the global --json is --format json.
void add_output_options(CLI::App* command, Context& context, Formats formats = Formats::plain);

// Throws InvalidInput when the chosen format cannot go to the screen (xlsx without --out);
// a command calls it before it touches the store.
void check_output(const Context& context);

// Adds the options of a command cron runs unattended: --quiet (no stdout but the document
// itself, so with --out a run prints nothing unless it fails) and --wait SECONDS (how long to
// wait for another job on the same store; see hall/job_lock.h).
void add_job_options(CLI::App* command, Context& context);
// The --wait of a job; InvalidInput outside 0..3600 seconds.
std::chrono::seconds job_wait(const Context& context);

// Renders `document` in the chosen format and language, to --out or to standard output.
void emit(const Document& document, Context& context);

}  // namespace hall::cli
