#include "commands.h"

#include <hall/setup.h>

#include "../json.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

void run_init(bool example, Context& context) {
    Store store = context.open_store();
    const bool was_new = store.created();
    // open_store initialises a new store; on an existing one this loads nothing.
    InitReport report = initialize(store, context.data_dir(), context.now());
    InitReport example_report;
    if (example) example_report = load_example(store, context.data_dir());
    const auto calendar = store.load_calendar();
    if (context.json) {
        Json years = Json::array();
        for (const auto& y : calendar.years()) years.push(y.year);
        context.out << Json::object()
                           .set("db", store.path())
                           .set("created", was_new)
                           .set("schema", Store::schema_version())
                           .set("calendar_years", years)
                           .set("example", example)
                    << '\n';
        return;
    }
    std::string span;
    if (!calendar.years().empty())
        span = fmt::format("{}–{}", calendar.years().front().year, calendar.years().back().year);
    if (was_new)
        context.out << context.tr("已建立存储 {}（结构版本 {}），载入节假日安排 {} 年\n",
                                  "created store {} (schema {}), holiday schedules {}\n", store.path(),
                                  Store::schema_version(), span);
    else if (store.migrated_from() > 0 && store.migrated_from() < Store::schema_version())
        context.out << context.tr("存储 {} 已从结构版本 {} 升级到 {}\n",
                                  "store {} upgraded from schema {} to {}\n", store.path(),
                                  store.migrated_from(), Store::schema_version());
    else if (!report.loaded.empty())
        context.out << context.tr("存储 {} 已存在；补载节假日安排 {} 年\n",
                                  "store {} exists; loaded holiday schedules {}\n", store.path(), span);
    else if (example_report.loaded.empty())
        context.out << context.tr("存储 {} 已经建立（结构版本 {}），没有改动\n",
                                  "store {} is already initialised (schema {}); nothing changed\n",
                                  store.path(), Store::schema_version());
    if (!example_report.loaded.empty()) {
        context.out << context.tr("已载入示例大厅：", "loaded the example hall: ");
        context.out << context.tr("窗口 {} 个，工作人员 {} 名，事项 {} 项\n",
                                  "{} windows, {} staff, {} items\n", store.windows().size(),
                                  store.staff(std::nullopt).size(), store.items().size());
    }
}

}  // namespace

void add_init(CLI::App& app, Context& context) {
    auto example = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand(
        "init", "建立存储并载入节假日安排 / create the store and load the bundled calendars");
    cmd->add_flag("--example", *example,
                  "同时载入示例大厅 / also load the bundled example hall (data/example)");
    cmd->callback(
        [&context, example] { context.action = [&context, example] { run_init(*example, context); }; });
}

}  // namespace hall::cli
