// hall rules: the hall's rules in force, where each value came from, and changing one.
#include "commands.h"

#include <hall/policy.h>

#include "../output.h"

#include <hall/bilingual.h>

#include <fmt/format.h>

namespace hall::cli {
namespace {

struct RulesOptions {
    std::string key;
    std::string value;
    std::string by;
};

const char* origin_id(RuleOrigin origin) {
    switch (origin) {
        case RuleOrigin::rules_file:
            return "file";
        case RuleOrigin::rules_set:
            return "set";
        case RuleOrigin::default_value:
            break;
    }
    return "default";
}

Text origin_text(const RuleInForce& rule) {
    switch (rule.origin) {
        case RuleOrigin::rules_file:
            return Text{"建库时载入的 data/rules/cases.toml", "data/rules/cases.toml, loaded at init"};
        case RuleOrigin::rules_set:
            return bilingual("{1} 于 {0} 用 hall rules set 设定", "set by {1} on {0} with 'hall rules set'",
                             rule.change->at.to_string(), rule.change->by);
        case RuleOrigin::default_value:
            break;
    }
    return Text{"hall 的默认值", "hall's default"};
}

Json change_json(const SettingChange& c) {
    return Json::object()
        .set("setting", c.key)
        .set("old", c.old_value)
        .set("new", c.new_value)
        .set("by", c.by)
        .set("at", c.at.to_string());
}

// Each rule, its value, what it means and where the value came from.
Document rules_document(const std::vector<RuleInForce>& rules) {
    Document doc;
    Json list = Json::array();
    for (const auto& r : rules) {
        const std::string rule = fmt::format("{} = {}", r.key, r.value);
        doc.add(Paragraph{Text{rule, rule}});
        Record record;
        record.indent = 4;
        record.add("meaning", Text{"含义", "meaning"},
                   Text{fmt::format("{0}（{1}）", r.meaning.zh, r.range),
                        fmt::format("{0} ({1})", r.meaning.en, r.range)});
        record.add("origin", Text{"来源", "from"}, origin_text(r));
        doc.add(std::move(record));
        list.push(Json::object()
                      .set("key", r.key)
                      .set("value", r.number ? Json(*r.number) : Json(r.value))
                      .set("range", r.range)
                      .set("meaning", Json::object().set("zh", r.meaning.zh).set("en", r.meaning.en))
                      .set("origin", origin_id(r.origin))
                      .set("changed", r.change ? change_json(*r.change) : Json()));
    }
    doc.with_json(std::move(list));
    return doc;
}

Document change_document(const std::string& key, const SettingChange& change) {
    const Text old =
        change.old_value ? Text{*change.old_value, *change.old_value} : Text{"默认值", "the default"};
    Document doc;
    doc.add(Paragraph{Text{fmt::format("规则 {0} 已由 {2} 于 {3} 从 {1} 改为 {4}", key, old.zh, change.by,
                                       change.at.to_string(), change.new_value),
                           fmt::format("rule {0} changed from {1} to {4} by {2} on {3}", key, old.en,
                                       change.by, change.at.to_string(), change.new_value)}});
    doc.with_json(change_json(change).set("key", key));
    return doc;
}

void run_rules_show(Context& context) {
    Store store = context.open_store();
    emit(rules_document(rules_in_force(store)), context);
}

void run_rules_set(const RulesOptions& o, Context& context) {
    Store store = context.open_store();
    const Moment at = context.now();
    emit(change_document(o.key, set_rule(store, o.key, o.value, o.by, at)), context);
}

}  // namespace

void add_rules(CLI::App& app, Context& context) {
    auto o = std::make_shared<RulesOptions>();
    auto* rules = app.add_subcommand("rules", "大厅规则 / the hall's rules");
    rules->require_subcommand(1);
    auto* show = rules->add_subcommand(
        "show", "列出现行规则及其来源 / list the rules in force and where each came from");
    add_output_options(show, context);
    show->callback([&context] { context.action = [&context] { run_rules_show(context); }; });
    auto* set = rules->add_subcommand("set", "修改一条规则（留痕） / change a rule, recording who and when");
    set->add_option("KEY", o->key, "规则 / rule, e.g. warning_days")->required();
    set->add_option("VALUE", o->value, "新值 / new value")->required();
    set->add_option("--by", o->by, "修改人 / who changes it")->required();
    add_output_options(set, context);
    set->callback([&context, o] { context.action = [&context, o] { run_rules_set(*o, context); }; });
}

}  // namespace hall::cli
