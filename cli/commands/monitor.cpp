// hall monitor and hall card: electronic monitoring (电子监察) of deadlines.
#include "commands.h"

#include <hall/bilingual.h>
#include <hall/desk.h>
#include <hall/document.h>
#include <hall/job_lock.h>

#include "../output.h"

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
        .set("window", c.window.empty() ? Json() : Json(c.window))
        .set("revoked_at", c.revoked_at)
        .set("revoke_reason", c.revoked_at ? Json(c.revoke_reason) : Json());
}

Text level_word(CardLevel level) {
    return Text{card_level_zh(level), card_level_id(level)};
}

Document sentence(Text text, Json json) {
    Document doc;
    doc.add(Paragraph{std::move(text)});
    doc.with_json(std::move(json));
    return doc;
}

// What a monitoring run found and did: the counts, each card issued, each approval withdrawn.
Document monitor_document(Date on, const MonitorReport& report) {
    const auto examined = static_cast<std::int64_t>(report.examined);
    const auto issued = static_cast<std::int64_t>(report.issued.size());
    const auto withdrawn = static_cast<std::int64_t>(report.withdrawn.size());
    Document doc;
    doc.title = bilingual("{0} 电子监察：检查在办件 {1} 件，新出示 {2} 张，撤销容缺审批 {3} 件",
                          "monitoring on {0}: {1} open {4} examined, {2} new {5}, {3} {6} withdrawn",
                          on.to_string(), examined, issued, withdrawn, plural(examined, "case", "cases"),
                          plural(issued, "card", "cards"), plural(withdrawn, "approval", "approvals"));
    Table cards;
    cards.indent = 2;
    cards.column("case", {"办件", "case"})
        .column("level", {"级别", "level"})
        .column("rule", {"规则", "rule"})
        .column("window", {"窗口", "window"})
        .column("note", {"说明", "note"});
    Json issued_json = Json::array();
    for (const auto& c : report.issued) {
        cards.row({c.case_number, level_word(c.level), c.rule, c.window, c.note});
        issued_json.push(card_json(c));
    }
    // 超时默认 (004), listed every day until each has its result.
    Table deemed;
    deemed.indent = 2;
    deemed.column("case", {"办件", "case"})
        .column("window", {"窗口", "window"})
        .column("deadline", {"截止", "deadline"})
        .column("status", {"状态", "status"});
    Json deemed_json = Json::array();
    for (const auto& d : report.deemed) {
        deemed.row({d.number, d.window, d.deadline, Text{"超时默认", "deemed consented"}});
        deemed_json.push(Json::object()
                             .set("case", d.number)
                             .set("window", d.window)
                             .set("deadline", d.deadline ? Json(d.deadline->to_string()) : Json()));
    }
    // Corrections that turned late into on time (SPEC §2: marked and listed, never hidden).
    Table corrections;
    corrections.indent = 2;
    corrections.column("case", {"办件", "case"})
        .column("step", {"更正", "correction"})
        .column("approved_by", {"批准人", "approved by"})
        .column("reason", {"理由", "reason"});
    Json corrections_json = Json::array();
    for (const auto& c : report.corrections) {
        corrections.row(
            {c.case_number,
             bilingual("第 {0} 步改为 {1}，逾期变按时", "step {0} moved to {1}: late became on time",
                       c.corrects, c.at.to_string()),
             c.approved_by, c.reason});
        corrections_json.push(Json::object()
                                  .set("case", c.case_number)
                                  .set("seq", c.seq)
                                  .set("corrects", c.corrects)
                                  .set("at", c.at.to_string())
                                  .set("approved_by", c.approved_by)
                                  .set("reason", c.reason)
                                  .set("recorded_at", c.recorded_at.to_string()));
    }
    Table withdrawals;
    withdrawals.indent = 2;
    withdrawals.column("case", {"办件", "case"}).column("action", {"处理", "action"});
    Json withdrawn_json = Json::array();
    for (const auto& n : report.withdrawn) {
        withdrawals.row({n, Text{"撤销容缺审批", "approval withdrawn"}});
        withdrawn_json.push(n);
    }
    doc.add(std::move(cards)).add(std::move(withdrawals));
    if (!report.deemed.empty()) {
        doc.add(
            Paragraph{bilingual("超时默认（超过承诺时限未办结）{0} 件：",
                                "{0} {1} deemed consented (past the promised deadline with no result):",
                                static_cast<std::int64_t>(report.deemed.size()),
                                plural(static_cast<std::int64_t>(report.deemed.size()), "case", "cases"))});
        doc.add(std::move(deemed));
    }
    if (!report.corrections.empty()) {
        doc.add(Paragraph{Text{"当日的更正中，以下使逾期变为按时：",
                               "corrections recorded that day that turned late into on time:"}});
        doc.add(std::move(corrections));
    }
    doc.with_json(Json::object()
                      .set("on", on.to_string())
                      .set("examined", report.examined)
                      .set("issued", issued_json)
                      .set("withdrawn", withdrawn_json)
                      .set("deemed_consented", deemed_json)
                      .set("lateness_corrections", corrections_json));
    return doc;
}

void run_monitor(const MonitorOptions& o, Context& context) {
    const Date on = o.on.empty() ? context.now().date : parse_date(o.on, "--on");
    const auto wait = job_wait(context);
    Store store = context.open_store();
    const JobLock lock(store.path(), wait);
    const Calendar calendar = store.load_calendar();
    const MonitorReport report = monitor(store, calendar, load_policy(store), on, context.now());
    emit(monitor_document(on, report), context);
}

void run_card_add(const MonitorOptions& o, Context& context) {
    const auto level = parse_card_level(o.level);
    if (!level || *level == CardLevel::record)
        throw InvalidInput(bilingual("--level 只能是 warning/预警、yellow/黄牌 或 red/红牌，而不是 {0}",
                                     "--level must be warning, yellow or red, not {0}", o.level));
    const Date on = o.on.empty() ? context.now().date : parse_past_date(o.on, "--on", context.now().date);
    Store store = context.open_store();
    const Card card = add_manual_card(store, o.number, *level, o.reason, on);
    emit(sentence(bilingual("已对办件 {0} 出示{1}（编号 {2}）", "issued a {3} card (id {2}) on case {0}",
                            o.number, card_level_zh(*level), card.id, card_level_id(*level)),
                  card_json(card)),
         context);
}

void run_card_revoke(const MonitorOptions& o, Context& context) {
    Store store = context.open_store();
    revoke_card(store, o.card, o.reason, context.now());
    Json revoked;
    for (const auto& c : store.cards(std::nullopt))
        if (c.id == o.card) revoked = card_json(c);
    emit(sentence(bilingual("已撤销牌 {0}：{1}", "revoked card {0}: {1}", o.card, o.reason), revoked),
         context);
}

Document cards_document(const std::vector<Card>& cards) {
    Table t;
    t.column("id", {"编号", "id"}, Align::right)
        .column("case", {"办件", "case"})
        .column("level", {"级别", "level"})
        .column("issued_on", {"日期", "issued on"})
        .column("rule", {"规则", "rule"})
        .column("origin", {"来源", "origin"})
        .column("window", {"窗口", "window"})
        .column("revoked", {"撤销", "revoked"});
    Json list = Json::array();
    for (const auto& c : cards) {
        t.row({c.id, c.case_number, level_word(c.level), c.issued_on, c.rule,
               c.automatic ? Text{"自动", "auto"} : Text{"人工", "manual"}, c.window,
               c.revoked_at ? Cell(bilingual("已撤销：{0}", "revoked: {0}", c.revoke_reason))
                            : Cell(std::string())});
        list.push(card_json(c));
    }
    Document doc;
    doc.add(std::move(t));
    doc.with_json(list);
    return doc;
}

void run_card_list(const MonitorOptions& o, Context& context) {
    Store store = context.open_store();
    if (!o.number.empty() && !store.load_case(o.number))
        throw NotFound(bilingual("没有办件 {0}；用 hall case list 查看办件",
                                 "no case {0}; see 'hall case list'", o.number));
    emit(cards_document(store.cards(o.number.empty() ? std::nullopt : std::optional<std::string>(o.number))),
         context);
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
    add_output_options(monitor_cmd, context);
    add_job_options(monitor_cmd, context);
    for (auto* command : card->get_subcommands([](CLI::App*) { return true; }))
        add_output_options(command, context);
}

}  // namespace hall::cli
