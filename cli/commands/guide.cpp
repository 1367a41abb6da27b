// hall item guide ITEM|--all: the service guide (办事指南) each window publishes, from the
// catalogue, as Markdown or one self-contained HTML page.
#include "commands.h"

#include <hall/bilingual.h>
#include <hall/guide.h>
#include <hall/output_file.h>

#include <fmt/format.h>

#include <memory>

namespace hall::cli {
namespace {

struct GuideOptions {
    std::string code;
    bool all = false;
    std::string format = "md";
    std::string out;
};

void run_guide(const GuideOptions& o, Context& context) {
    if (o.code.empty() == !o.all)
        throw InvalidInput(Text{"hall item guide 需要一个事项代码或 --all（二者取一）",
                                "hall item guide needs an item code or --all (one of the two)"});
    if (context.json)
        throw InvalidInput(Text{"hall item guide 输出 md 或 html，不输出 JSON；用 hall item show --json",
                                "hall item guide prints md or html, not JSON; see 'hall item show --json'"});
    Store store = context.open_store();
    std::vector<Item> items;
    if (o.all) {
        for (auto& item : store.items())
            if (!item.prohibited) items.push_back(std::move(item));
    } else {
        auto item = store.find_item(o.code);
        if (!item)
            throw NotFound(bilingual("没有事项 {0}；用 hall item list 查看",
                                     "unknown item {0}; see 'hall item list'", o.code));
        items.push_back(std::move(*item));
    }
    const std::string text =
        render_guide(items, store.windows(), o.format == "html" ? GuideFormat::html : GuideFormat::markdown,
                     context.lang());
    if (o.out.empty()) {
        context.out << text;
        return;
    }
    write_output_file(o.out, text, {context.store_path()});
    context.out << context.tr("已写入 {0}\n", "wrote {0}\n", o.out);
}

}  // namespace

void add_guide(CLI::App& app, Context& context) {
    auto o = std::make_shared<GuideOptions>();
    // The guide belongs with the catalogue's commands (add_registry makes "item").
    auto* item = app.get_subcommand("item");
    auto* guide = item->add_subcommand("guide", "办事指南（六公开）/ the service guide a window publishes");
    guide->add_option("ITEM", o->code, "事项代码 / item code");
    guide->add_flag("--all", o->all, "全部事项（控制事项除外）/ every item the hall takes");
    guide->add_option("--format", o->format, "md 或 html / md or html (default md)")
        ->check(CLI::IsMember({"md", "html"}));
    guide->add_option("--out", o->out, "写入文件 / write to FILE instead of the screen");
    guide->callback([&context, o] { context.action = [&context, o] { run_guide(*o, context); }; });
}

}  // namespace hall::cli
