// hall monitor and hall card: electronic monitoring (电子监察) of deadlines.
#include "commands.h"

#include <hall/desk.h>

#include "../json.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

struct MonitorOptions {
    std::string on;
    std::string number;
    std::string level;
    std::string reason;
    std::int64_t card = 0;
};

Json card_json(const Card& c) {
    return Json::object()
        .set("id", c.id)
        .set("case", c.case_number)
        .set("level", card_level_id(c.level))
        .set("rule", c.rule)
        .set("origin", c.automatic ? "auto" : "manual")
        .set("issued_on", c.issued_on.to_string())
        .set("note", c.note)
        .set("revoked_at", c.revoked_at)
        .set("revoke_reason", c.revoked_at ? Json(c.revoke_reason) : Json());
}

std::string level_name(CardLevel level, const Context& context) {
    return context.lang() == Lang::zh ? card_level_zh(level) : card_level_id(level);
}

void run_monitor(const MonitorOptions& o, Context& context) {
    const Date on = o.on.empty() ? context.now().date : parse_date(o.on, "--on");
    Store store = context.open_store();
    const Calendar calendar = store.load_calendar();
    const MonitorReport report = monitor(store, calendar, load_policy(store), on, context.now());
    if (context.json) {
        Json issued = Json::array();
        for (const auto& c : report.issued) issued.push(card_json(c));
        Json withdrawn = Json::array();
        for (const auto& n : report.withdrawn) withdrawn.push(n);
        context.out << Json::object()
                           .set("on", on.to_string())
                           .set("examined", report.examined)
                           .set("issued", issued)
                           .set("withdrawn", withdrawn)
                    << '\n';
        return;
    }
    context.out << context.tr(
        "{} 电子监察：检查在办件 {} 件，新出示 {} 张，撤销容缺审批 {} 件\n",
        "monitoring on {}: {} open cases examined, {} new cards, {} approvals withdrawn\n", on.to_string(),
        report.examined, report.issued.size(), report.withdrawn.size());
    for (const auto& c : report.issued)
        context.out << fmt::format("  {}  {}  {}  {}\n", c.case_number, level_name(c.level, context), c.rule,
                                   c.note);
    for (const auto& n : report.withdrawn)
        context.out << context.tr("  {}  撤销容缺审批\n", "  {}  approval withdrawn\n", n);
}

void run_card_add(const MonitorOptions& o, Context& context) {
    const auto level = parse_card_level(o.level);
    if (!level)
        throw InvalidInput(
            Text{fmt::format("--level 只能是 warning/预警、yellow/黄牌 或 red/红牌，而不是 {}", o.level),
                 fmt::format("--level must be warning, yellow or red, not {}", o.level)});
    const Date on = o.on.empty() ? context.now().date : parse_date(o.on, "--on");
    Store store = context.open_store();
    const Card card = add_manual_card(store, o.number, *level, o.reason, on);
    if (context.json) {
        context.out << card_json(card) << '\n';
        return;
    }
    context.out << context.tr(
        "已对办件 {} 出示{}（编号 {}）\n", "issued a {} card (id {}) on case {}\n",
        context.lang() == Lang::zh ? o.number : level_name(*level, context),
        context.lang() == Lang::zh ? level_name(*level, context) : std::to_string(card.id),
        context.lang() == Lang::zh ? std::to_string(card.id) : o.number);
}

void run_card_revoke(const MonitorOptions& o, Context& context) {
    Store store = context.open_store();
    revoke_card(store, o.card, o.reason, context.now());
    if (context.json) {
        for (const auto& c : store.cards(std::nullopt))
            if (c.id == o.card) context.out << card_json(c) << '\n';
        return;
    }
    context.out << context.tr("已撤销牌 {}：{}\n", "revoked card {}: {}\n", o.card, o.reason);
}

void run_card_list(const MonitorOptions& o, Context& context) {
    Store store = context.open_store();
    const auto cards = store.cards(o.number.empty() ? std::nullopt : std::optional<std::string>(o.number));
    if (context.json) {
        Json list = Json::array();
        for (const auto& c : cards) list.push(card_json(c));
        context.out << list << '\n';
        return;
    }
    for (const auto& c : cards)
        context.out << fmt::format(
            "{:>4}  {}  {}  {}  {}  {}{}\n", c.id, c.case_number, level_name(c.level, context),
            c.issued_on.to_string(), c.rule,
            c.automatic ? context.pick("自动", "auto") : context.pick("人工", "manual"),
            c.revoked_at ? context.tr("  已撤销：{}", "  revoked: {}", c.revoke_reason) : "");
}

}  // namespace

void add_monitor(CLI::App& app, Context& context) {
    auto o = std::make_shared<MonitorOptions>();
    auto* monitor_cmd = app.add_subcommand(
        "monitor", "电子监察：预警、黄牌、红牌 / issue warnings and cards (run daily from cron)");
    monitor_cmd->add_option("--on", o->on, "检查日 / as of DATE (default: today)");
    monitor_cmd->callback([&context, o] { context.action = [&context, o] { run_monitor(*o, context); }; });

    auto* card = app.add_subcommand("card", "红黄牌 / monitoring cards");
    card->require_subcommand(1);
    auto* add = card->add_subcommand("add", "人工出示 / issue a card by hand");
    add->add_option("NUMBER", o->number, "办件编号 / case number")->required();
    add->add_option("--level", o->level, "warning|yellow|red (预警|黄牌|红牌)")->required();
    add->add_option("--reason", o->reason, "理由 / reason")->required();
    add->add_option("--on", o->on, "日期 / date (default: today)");
    add->callback([&context, o] { context.action = [&context, o] { run_card_add(*o, context); }; });
    auto* revoke = card->add_subcommand("revoke", "撤销 / revoke a card, with a reason");
    revoke->add_option("ID", o->card, "牌的编号 / card id")->required();
    revoke->add_option("--reason", o->reason, "理由 / reason")->required();
    revoke->callback([&context, o] { context.action = [&context, o] { run_card_revoke(*o, context); }; });
    auto* list = card->add_subcommand("list", "列出红黄牌 / list cards");
    list->add_option("NUMBER", o->number, "只列此办件 / only this case");
    list->callback([&context, o] { context.action = [&context, o] { run_card_list(*o, context); }; });
}

}  // namespace hall::cli
