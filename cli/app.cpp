#include "app.h"

#include "commands/commands.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>

namespace hall::cli {
namespace {

void register_commands(CLI::App& app, Context& context) {
    add_init(app, context);
    add_cal(app, context);
    add_registry(app, context);
    add_case(app, context);
    add_monitor(app, context);
    add_rules(app, context);
}

int report(Context& context, const Error& error, int status) {
    context.err << "hall: " << error.message(context.lang()) << '\n';
    return status;
}

}  // namespace

int run(const std::vector<std::string>& args, Context& context) {
    CLI::App app{"hall — 政务服务大厅办件、时限与考核 / government service hall cases, deadlines and scoring",
                 "hall"};
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--db", context.db_option,
                   "store file (default: $HALL_DB, else $XDG_DATA_HOME/hall/hall.db)");
    app.add_flag("--json", context.json, "print JSON for scripts");
    app.add_option("--lang", context.lang_option, "output language: zh or en (default from LANG)")
        ->check(CLI::IsMember({"zh", "en"}));
    register_commands(app, context);

    try {
        // CLI11 wants the arguments last-first.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        context.out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        context.out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ParseError& e) {
        context.err << "hall: " << e.what() << '\n'
                    << context.pick("用 hall --help 查看用法\n", "run 'hall --help' for usage\n");
        return 2;
    } catch (const InvalidInput& e) {
        return report(context, e, 2);
    }

    if (!context.action) {
        context.out << app.help();
        return 2;
    }
    try {
        context.action();
        return 0;
    } catch (const InvalidInput& e) {
        return report(context, e, 2);
    } catch (const Error& e) {
        return report(context, e, 1);
    }
}

}  // namespace hall::cli
