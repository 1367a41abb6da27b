// hall rules: the hall's rules in force, where each value came from, and changing one.
#include "commands.h"

#include <hall/policy.h>

#include "../json.h"

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

std::string origin_text(const RuleInForce& rule, const Context& context) {
    switch (rule.origin) {
        case RuleOrigin::rules_file:
            return context.pick("建库时载入的 data/rules/cases.toml",
                                "data/rules/cases.toml, loaded at init");
        case RuleOrigin::rules_set:
            return context.tr("{1} 于 {0} 用 hall rules set 设定", "set by {1} on {0} with 'hall rules set'",
                              rule.change->at.to_string(), rule.change->by);
        case RuleOrigin::default_value:
            break;
    }
    return context.pick("hall 的默认值", "hall's default");
}

Json change_json(const SettingChange& c) {
    return Json::object()
        .set("setting", c.key)
        .set("old", c.old_value)
        .set("new", c.new_value)
        .set("by", c.by)
        .set("at", c.at.to_string());
}

void run_rules_show(Context& context) {
    Store store = context.open_store();
    const auto rules = rules_in_force(store);
    if (context.json) {
        Json list = Json::array();
        for (const auto& r : rules)
            list.push(Json::object()
                          .set("key", r.key)
                          .set("value", r.number ? Json(*r.number) : Json(r.value))
                          .set("range", r.range)
                          .set("meaning", Json::object().set("zh", r.meaning.zh).set("en", r.meaning.en))
                          .set("origin", origin_id(r.origin))
                          .set("changed", r.change ? change_json(*r.change) : Json()));
        context.out << list << '\n';
        return;
    }
    for (const auto& r : rules) {
        context.out << fmt::format("{} = {}\n", r.key, r.value);
        context.out << "    " << r.meaning.in(context.lang()) << context.tr("（{}）\n", " ({})\n", r.range);
        context.out << "    " << context.tr("来源：{}\n", "from: {}\n", origin_text(r, context));
    }
}

void run_rules_set(const RulesOptions& o, Context& context) {
    const Moment at = context.now();
    Store store = context.open_store();
    const SettingChange change = set_rule(store, o.key, o.value, o.by, at);
    if (context.json) {
        context.out << change_json(change).set("key", o.key) << '\n';
        return;
    }
    const std::string old = change.old_value ? *change.old_value : context.pick("默认值", "the default");
    context.out << context.tr("规则 {0} 已由 {3} 于 {4} 从 {1} 改为 {2}\n",
                              "rule {0} changed from {1} to {2} by {3} on {4}\n", o.key, old,
                              change.new_value, change.by, change.at.to_string());
}

}  // namespace

void add_rules(CLI::App& app, Context& context) {
    auto o = std::make_shared<RulesOptions>();
    auto* rules = app.add_subcommand("rules", "大厅规则 / the hall's rules");
    rules->require_subcommand(1);
    auto* show = rules->add_subcommand(
        "show", "列出现行规则及其来源 / list the rules in force and where each came from");
    show->callback([&context] { context.action = [&context] { run_rules_show(context); }; });
    auto* set = rules->add_subcommand("set", "修改一条规则（留痕） / change a rule, recording who and when");
    set->add_option("KEY", o->key, "规则 / rule, e.g. warning_days")->required();
    set->add_option("VALUE", o->value, "新值 / new value")->required();
    set->add_option("--by", o->by, "修改人 / who changes it")->required();
    set->callback([&context, o] { context.action = [&context, o] { run_rules_set(*o, context); }; });
}

}  // namespace hall::cli
