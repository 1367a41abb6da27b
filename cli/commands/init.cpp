#include "commands.h"

#include <hall/setup.h>

#include "../json.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

void run_init(Context& context) {
    Store store = context.open_store();
    const bool was_new = store.created();
    // open_store initialises a new store; on an existing one this loads nothing.
    InitReport report = initialize(store, context.data_dir(), context.now());
    const auto calendar = store.load_calendar();
    if (context.json) {
        Json years = Json::array();
        for (const auto& y : calendar.years()) years.push(y.year);
        context.out << Json::object()
                           .set("db", store.path())
                           .set("created", was_new)
                           .set("schema", Store::schema_version())
                           .set("calendar_years", years)
                    << '\n';
        return;
    }
    std::string span;
    if (!calendar.years().empty())
        span = fmt::format("{}–{}", calendar.years().front().year, calendar.years().back().year);
    if (was_new)
        context.out << context.tr("已建立存储 {}（结构版本 {}），载入节假日安排 {} 年\n",
                                                "created store {} (schema {}), holiday schedules {}\n",
                                   store.path(), Store::schema_version(), span);
    else if (!report.loaded.empty())
        context.out << context.tr("存储 {} 已存在；补载节假日安排 {} 年\n",
                                                "store {} exists; loaded holiday schedules {}\n",
                                   store.path(), span);
    else
        context.out << context.tr("存储 {} 已经建立（结构版本 {}），没有改动\n",
                                                "store {} is already initialised (schema {}); nothing changed\n",
                                   store.path(), Store::schema_version());
}

}  // namespace

void add_init(CLI::App& app, Context& context) {
    auto* cmd = app.add_subcommand("init", "建立存储并载入节假日安排 / create the store and load the bundled calendars");
    cmd->callback([&context] { context.action = [&context] { run_init(context); }; });
}

}  // namespace hall::cli
