#pragma once
// One function per command group; each adds its subcommands to the app and sets
// Context::action from its parse callback. The list that registers them is in app.cpp.

#include "../context.h"

#include <CLI/CLI.hpp>

namespace hall::cli {

void add_init(CLI::App& app, Context& context);
void add_cal(CLI::App& app, Context& context);
void add_registry(CLI::App& app, Context& context);
void add_case(CLI::App& app, Context& context);
void add_monitor(CLI::App& app, Context& context);
void add_rules(CLI::App& app, Context& context);
void add_event(CLI::App& app, Context& context);
void add_score(CLI::App& app, Context& context);
void add_generate(CLI::App& app, Context& context);
void add_report(CLI::App& app, Context& context);
void add_guide(CLI::App& app, Context& context);     // after add_registry: it joins "item"
void add_exchange(CLI::App& app, Context& context);  // after add_case: it joins "case"
void add_ask(CLI::App& app, Context& context);
void add_remind(CLI::App& app, Context& context);
void add_attendance(CLI::App& app, Context& context);
void add_complaint(CLI::App& app, Context& context);
void add_verify(CLI::App& app, Context& context);

}  // namespace hall::cli
