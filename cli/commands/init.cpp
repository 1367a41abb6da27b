#include "commands.h"

#include <hall/bilingual.h>
#include <hall/document.h>
#include <hall/setup.h>

#include "../output.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

void run_init(bool example, bool history, Context& context) {
    Store store = context.open_store();
    const bool was_new = store.created();
    // open_store initialises a new store; on an existing one this loads nothing.
    InitReport report = initialize(store, context.data_dir(), context.now());
    InitReport example_report;
    std::optional<GenerateReport> made;
    if (example) {
        example_report = load_example(store, context.data_dir());
        if (history && !example_report.loaded.empty())
            made = load_example_history(store, context.data_dir(), context.now());
    }
    const auto calendar = store.load_calendar();
    Json years = Json::array();
    for (const auto& y : calendar.years()) years.push(y.year);
    std::string span;
    if (!calendar.years().empty())
        span = fmt::format("{}–{}", calendar.years().front().year, calendar.years().back().year);
    Document doc;
    if (was_new)
        doc.add(Paragraph{bilingual("已建立存储 {0}（结构版本 {1}），载入节假日安排 {2} 年",
                                    "created store {0} (schema {1}), holiday schedules {2}", store.path(),
                                    Store::schema_version(), span)});
    else if (store.migrated_from() > 0 && store.migrated_from() < Store::schema_version())
        doc.add(Paragraph{bilingual("存储 {0} 已从结构版本 {1} 升级到 {2}",
                                    "store {0} upgraded from schema {1} to {2}", store.path(),
                                    store.migrated_from(), Store::schema_version())});
    else if (!report.loaded.empty())
        doc.add(Paragraph{bilingual("存储 {0} 已存在；补载节假日安排 {1} 年",
                                    "store {0} exists; loaded holiday schedules {1}", store.path(), span)});
    else if (example_report.loaded.empty())
        doc.add(Paragraph{bilingual("存储 {0} 已经建立（结构版本 {1}），没有改动",
                                    "store {0} is already initialised (schema {1}); nothing changed",
                                    store.path(), Store::schema_version())});
    if (!example_report.loaded.empty()) {
        const auto windows = static_cast<std::int64_t>(store.windows().size());
        const auto staff = static_cast<std::int64_t>(store.staff(std::nullopt).size());
        const auto items = static_cast<std::int64_t>(store.items().size());
        doc.add(
            Paragraph{bilingual("已载入示例大厅：窗口 {0} 个，工作人员 {1} 名，事项 {2} 项",
                                "loaded the example hall: {0} {3}, {1} staff, {2} {4}", windows, staff, items,
                                plural(windows, "window", "windows"), plural(items, "item", "items"))});
    }
    if (made)
        doc.add(Paragraph{bilingual(
            "已生成示例大厅 {0} 至 {1} 的办件历史（种子 {2}）：办件 {3} 件，其中超期 {4} 件；考核事件 {5} "
            "条，红黄牌 {6} 张；考勤打卡 {7} 次，请假 {8} 次，投诉 {9} 件",
            "generated the example hall's history from {0} to {1} (seed {2}): {3} cases, {4} of them late; "
            "{5} scored events, {6} cards; {7} punches, {8} {10}, {9} {11}",
            made->from.to_string(), made->to.to_string(), example_seed, made->cases, made->late, made->events,
            made->cards, made->punches, made->leaves, made->complaints,
            plural(made->leaves, "leave", "leaves"), plural(made->complaints, "complaint", "complaints"))});
    Json json = Json::object()
                    .set("db", store.path())
                    .set("created", was_new)
                    .set("schema", Store::schema_version())
                    .set("calendar_years", years)
                    .set("example", example);
    if (made)
        json.set("history", Json::object()
                                .set("seed", static_cast<std::int64_t>(example_seed))
                                .set("days", made->days)
                                .set("cases", made->cases)
                                .set("late", made->late)
                                .set("events", made->events)
                                .set("cards", made->cards)
                                .set("punches", made->punches)
                                .set("leaves", made->leaves)
                                .set("complaints", made->complaints));
    doc.with_json(json);
    emit(doc, context);
}

}  // namespace

void add_init(CLI::App& app, Context& context) {
    auto example = std::make_shared<bool>(false);
    auto no_history = std::make_shared<bool>(false);
    auto* cmd = app.add_subcommand(
        "init", "建立存储并载入节假日安排 / create the store and load the bundled calendars");
    cmd->add_flag("--example", *example,
                  "同时载入示例大厅 / also load the bundled example hall (data/example)");
    cmd->add_flag(
        "--no-history", *no_history,
        "示例大厅只载入名册，不生成办件历史 / with --example: the registry only, no months of cases "
        "and events");
    cmd->callback([&context, example, no_history] {
        context.action = [&context, example, no_history] { run_init(*example, !*no_history, context); };
    });
    add_output_options(cmd, context);
}

}  // namespace hall::cli
