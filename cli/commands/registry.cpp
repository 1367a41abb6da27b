// hall window | staff | item: the hall's registry and service catalogue.
#include "commands.h"

#include <hall/catalogue.h>
#include <hall/registry.h>

#include "../json.h"

#include <fmt/format.h>

#include <algorithm>

namespace hall::cli {
namespace {

struct RegistryOptions {
    std::string code;
    std::string name;
    std::string unit;
    std::string window;
    std::string role = "clerk";
    std::string case_class = "promised";
    int days = -1;
    int statutory_days = -1;
    std::string statutory_unit = "workdays";
    std::vector<std::string> materials;
    std::vector<std::string> main_materials;
    std::vector<std::string> participants;
    std::string authority;
    int reporting_days = -1;
    std::string prohibited;
    bool tolerance = false;
    std::string file;
};

Json window_json(const Window& w) {
    return Json::object().set("code", w.code).set("name", w.name).set("unit", w.unit).set("chief", w.chief);
}

Json staff_json(const Staff& s) {
    return Json::object()
        .set("code", s.code)
        .set("name", s.name)
        .set("window", s.window)
        .set("role", role_id(s.role));
}

Json limit_json(const Limit& l) {
    return Json::object().set("amount", l.amount).set("unit", limit_unit_id(l.unit));
}

Json item_json(const Item& i) {
    Json materials = Json::array();
    for (const auto& m : i.materials) materials.push(Json::object().set("name", m.name).set("main", m.main));
    Json participants = Json::array();
    for (const auto& p : i.participants) participants.push(p);
    return Json::object()
        .set("code", i.code)
        .set("name", i.name)
        .set("window", i.window)
        .set("class", class_id(i.case_class))
        .set("promised", limit_json(i.promised))
        .set("statutory", i.statutory ? limit_json(*i.statutory) : Json())
        .set("materials", materials)
        .set("participants", participants)
        .set("authority", i.authority)
        .set("reporting_days", i.reporting_days)
        .set("prohibited", i.prohibited)
        .set("prohibited_reason", i.prohibited_reason)
        .set("tolerance", i.tolerance);
}

std::string class_name(CaseClass c, const Context& context) {
    return context.lang() == Lang::zh ? class_zh(c) : class_id(c);
}

std::string limit_text(const Limit& l, const Context& context) {
    static const char* zh[] = {"个工作日", "个自然日", "个月"};
    static const char* en[] = {"working days", "calendar days", "months"};
    const auto i = static_cast<std::size_t>(l.unit);
    return context.lang() == Lang::zh ? fmt::format("{}{}", l.amount, zh[i])
                                      : fmt::format("{} {}", l.amount, en[i]);
}

void require_name(const RegistryOptions& o) {
    if (o.name.empty()) throw InvalidInput(Text{"须写明名称（--name）", "--name is required"});
}

void run_window_add(const RegistryOptions& o, Context& context) {
    require_name(o);
    Store store = context.open_store();
    store.add_window({o.code, o.name, o.unit, {}});
    if (context.json) {
        context.out << window_json(*store.find_window(o.code)) << '\n';
        return;
    }
    context.out << context.tr("已登记窗口 {} {}\n", "added window {} {}\n", o.code, o.name);
}

void run_window_show(const RegistryOptions& o, Context& context) {
    Store store = context.open_store();
    const auto window = store.find_window(o.code);
    if (!window)
        throw NotFound(Text{fmt::format("没有窗口 {}；用 hall window list 查看", o.code),
                            fmt::format("unknown window {}; see 'hall window list'", o.code)});
    const auto people = store.staff(o.code);
    std::vector<Item> items;
    for (auto& item : store.items())
        if (item.window == o.code ||
            std::find(item.participants.begin(), item.participants.end(), o.code) != item.participants.end())
            items.push_back(std::move(item));
    if (context.json) {
        Json staff_list = Json::array();
        for (const auto& s : people) staff_list.push(staff_json(s));
        Json item_list = Json::array();
        for (const auto& i : items) item_list.push(i.code);
        context.out << window_json(*window).set("staff", staff_list).set("items", item_list) << '\n';
        return;
    }
    context.out << fmt::format("{} {}  {}\n", window->code, window->name, window->unit);
    for (const auto& s : people)
        context.out << fmt::format("  {} {}  {}\n", s.code, s.name,
                                   context.lang() == Lang::zh ? role_zh(s.role) : role_id(s.role));
    for (const auto& i : items)
        context.out << context.tr("  事项 {} {}{}\n", "  item {} {}{}\n", i.code, i.name,
                                  i.window == o.code ? "" : context.pick("（联办）", " (joint)"));
}

void run_window_list(const RegistryOptions&, Context& context) {
    Store store = context.open_store();
    const auto windows = store.windows();
    if (context.json) {
        Json list = Json::array();
        for (const auto& w : windows) list.push(window_json(w));
        context.out << list << '\n';
        return;
    }
    for (const auto& w : windows)
        context.out << fmt::format("{:<6} {}  {}  {}\n", w.code, w.name, w.unit,
                                   w.chief.empty() ? "" : context.tr("首席代表 {}", "chief {}", w.chief));
}

void run_staff_add(const RegistryOptions& o, Context& context) {
    require_name(o);
    const auto role = parse_role(o.role);
    if (!role)
        throw InvalidInput(Text{
            fmt::format("--role 只能是 chief（首席代表）、clerk（工作人员）或 standin（顶岗），而不是 {}",
                        o.role),
            fmt::format("--role must be chief, clerk or standin, not {}", o.role)});
    Store store = context.open_store();
    store.add_staff({o.code, o.name, o.window, *role});
    if (context.json) {
        context.out << staff_json(*store.find_staff(o.code)) << '\n';
        return;
    }
    context.out << context.tr("已登记工作人员 {} {}（窗口 {}，{}）\n", "added staff {} {} (window {}, {})\n",
                              o.code, o.name, o.window,
                              context.lang() == Lang::zh ? role_zh(*role) : role_id(*role));
}

void run_staff_list(const RegistryOptions& o, Context& context) {
    Store store = context.open_store();
    const auto people = store.staff(o.window.empty() ? std::nullopt : std::optional<std::string>(o.window));
    if (context.json) {
        Json list = Json::array();
        for (const auto& s : people) list.push(staff_json(s));
        context.out << list << '\n';
        return;
    }
    for (const auto& s : people)
        context.out << fmt::format("{:<6} {}  {}  {}\n", s.code, s.name, s.window,
                                   context.lang() == Lang::zh ? role_zh(s.role) : role_id(s.role));
}

// Limits beyond ten years are typing mistakes, as in catalogue files.
void check_days(int days, const char* flag) {
    if (days > 3650)
        throw InvalidInput(Text{fmt::format("{} 应在 0 到 3650 之间，而不是 {}", flag, days),
                                fmt::format("{} must be from 0 to 3650, not {}", flag, days)});
}

Item item_from_options(const RegistryOptions& o) {
    require_name(o);
    check_days(o.days, "--days");
    check_days(o.statutory_days, "--statutory-days");
    check_days(o.reporting_days, "--reporting-days");
    Item item;
    item.code = o.code;
    item.name = o.name;
    item.window = o.window;
    const auto c = parse_class(o.case_class);
    if (!c || *c == CaseClass::returned || *c == CaseClass::supplement)
        throw InvalidInput(Text{
            fmt::format(
                "--class 只能是 instant/即办件、promised/承诺件、joint/联办件 或 upstream/上报件，而不是 {}",
                o.case_class),
            fmt::format("--class must be instant, promised, joint or upstream (or 即办件, 承诺件, 联办件, "
                        "上报件), not {}",
                        o.case_class)});
    item.case_class = *c;
    if (item.case_class == CaseClass::instant) {
        if (o.days > 0)
            throw InvalidInput(Text{"即办件当场办结，不能有 --days",
                                    "an instant item is done the same day; it takes no --days"});
        item.promised = Limit{0, LimitUnit::workdays};
    } else {
        if (o.days < 0)
            throw InvalidInput(Text{"须写明承诺时限（--days，工作日）",
                                    "--days (the promised limit in working days) is required"});
        item.promised = Limit{o.days, LimitUnit::workdays};
    }
    if (o.statutory_days >= 0) {
        const auto unit = parse_limit_unit(o.statutory_unit);
        if (!unit)
            throw InvalidInput(Text{"--statutory-unit 只能是 workdays、days 或 months",
                                    "--statutory-unit must be workdays, days or months"});
        item.statutory = Limit{o.statutory_days, *unit};
    }
    for (const auto& m : o.main_materials) item.materials.push_back({m, true});
    for (const auto& m : o.materials) item.materials.push_back({m, false});
    item.participants = o.participants;
    item.authority = o.authority;
    if (o.reporting_days >= 0) item.reporting_days = o.reporting_days;
    if (item.case_class == CaseClass::upstream && item.authority.empty())
        throw InvalidInput(Text{"上报件须写明上级审批机关（--authority）",
                                "an upstream item needs its approving authority (--authority)"});
    item.prohibited = !o.prohibited.empty();
    item.prohibited_reason = o.prohibited;
    item.tolerance = o.tolerance;
    return item;
}

void print_item(const Item& i, Context& context) {
    context.out << fmt::format("{} {}\n", i.code, i.name);
    context.out << context.tr("  窗口 {}  {}  承诺时限 {}", "  window {}  {}  promised {}", i.window,
                              class_name(i.case_class, context), limit_text(i.promised, context));
    if (i.statutory)
        context.out << context.tr("  法定时限 {}", "  statutory {}", limit_text(*i.statutory, context));
    context.out << '\n';
    for (const auto& m : i.materials)
        context.out << fmt::format("  - {}{}\n", m.name, m.main ? context.pick("（主件）", " (main)") : "");
    if (!i.participants.empty()) {
        std::string list;
        for (const auto& p : i.participants) list += (list.empty() ? "" : ", ") + p;
        context.out << context.tr("  联办窗口 {}\n", "  joint with {}\n", list);
    }
    if (!i.authority.empty())
        context.out << context.tr("  上报 {}，上报时限 {} 个工作日\n",
                                  "  reports to {} within {} working days\n", i.authority,
                                  i.reporting_days.value_or(i.promised.amount));
    if (i.prohibited)
        context.out << context.tr("  控制事项，不予受理：{}\n", "  controlled item, not accepted: {}\n",
                                  i.prohibited_reason);
    if (i.tolerance)
        context.out << context.pick("  可容缺预审\n", "  eligible for approval with pending materials\n");
}

void run_item_add(const RegistryOptions& o, Context& context) {
    const Item item = item_from_options(o);
    Store store = context.open_store();
    store.add_item(item);
    if (context.json) {
        context.out << item_json(*store.find_item(o.code)) << '\n';
        return;
    }
    context.out << context.tr("已登记事项：", "added item: ");
    print_item(*store.find_item(o.code), context);
}

void run_item_import(const RegistryOptions& o, Context& context) {
    const Catalogue catalogue = read_catalogue_file(o.file);
    Store store = context.open_store();
    const auto report = load_catalogue(store, catalogue);
    if (context.json) {
        context.out << Json::object()
                           .set("file", o.file)
                           .set("windows", report.windows)
                           .set("staff", report.staff)
                           .set("items", report.items)
                    << '\n';
        return;
    }
    context.out << context.tr("已导入 {}：新窗口 {} 个，新工作人员 {} 名，事项 {} 项\n",
                              "imported {}: {} new windows, {} new staff, {} items\n", o.file, report.windows,
                              report.staff, report.items);
}

void run_item_list(const RegistryOptions&, Context& context) {
    Store store = context.open_store();
    const auto items = store.items();
    if (context.json) {
        Json list = Json::array();
        for (const auto& i : items) list.push(item_json(i));
        context.out << list << '\n';
        return;
    }
    for (const auto& i : items)
        context.out << fmt::format("{:<8} {:<6} {}  {}  {}\n", i.code, i.window,
                                   class_name(i.case_class, context), limit_text(i.promised, context),
                                   i.name);
}

void run_item_show(const RegistryOptions& o, Context& context) {
    Store store = context.open_store();
    const auto item = store.find_item(o.code);
    if (!item)
        throw NotFound(Text{fmt::format("没有事项 {}；用 hall item list 查看", o.code),
                            fmt::format("unknown item {}; see 'hall item list'", o.code)});
    if (context.json) {
        context.out << item_json(*item) << '\n';
        return;
    }
    print_item(*item, context);
}

}  // namespace

void add_registry(CLI::App& app, Context& context) {
    auto o = std::make_shared<RegistryOptions>();
    auto bind = [&context, o](void (*fn)(const RegistryOptions&, Context&)) {
        return [&context, o, fn] { context.action = [&context, o, fn] { fn(*o, context); }; };
    };

    auto* window = app.add_subcommand("window", "窗口 / service windows");
    window->require_subcommand(1);
    auto* window_add = window->add_subcommand("add", "登记窗口 / add a window");
    window_add->add_option("CODE", o->code, "window code, e.g. W01")->required();
    window_add->add_option("--name", o->name, "窗口名称 / name")->required();
    window_add->add_option("--unit", o->unit, "进驻单位 / the unit that staffs it");
    window_add->callback(bind(run_window_add));
    window->add_subcommand("list", "列出窗口 / list windows")->callback(bind(run_window_list));
    auto* window_show =
        window->add_subcommand("show", "窗口详情：人员与事项 / a window with its staff and items");
    window_show->add_option("CODE", o->code, "window code")->required();
    window_show->callback(bind(run_window_show));

    auto* staff = app.add_subcommand("staff", "工作人员 / staff");
    staff->require_subcommand(1);
    auto* staff_add = staff->add_subcommand("add", "登记工作人员 / add staff");
    staff_add->add_option("CODE", o->code, "staff code")->required();
    staff_add->add_option("--name", o->name, "姓名 / name")->required();
    staff_add->add_option("--window", o->window, "窗口 / window code")->required();
    staff_add->add_option("--role", o->role, "chief|clerk|standin (首席代表|工作人员|顶岗)");
    staff_add->callback(bind(run_staff_add));
    auto* staff_list = staff->add_subcommand("list", "列出工作人员 / list staff");
    staff_list->add_option("--window", o->window, "only this window");
    staff_list->callback(bind(run_staff_list));

    auto* item = app.add_subcommand("item", "事项目录 / the service catalogue");
    item->require_subcommand(1);
    auto* item_add = item->add_subcommand("add", "登记事项 / add a service item");
    item_add->add_option("CODE", o->code, "item code")->required();
    item_add->add_option("--name", o->name, "事项名称 / name")->required();
    item_add->add_option("--window", o->window, "承办窗口 / owning (lead) window")->required();
    item_add
        ->add_option("--class", o->case_class,
                     "instant|promised|joint|upstream (即办件|承诺件|联办件|上报件)")
        ->required();
    item_add->add_option("--days", o->days, "承诺时限，工作日 / promised limit in working days");
    item_add->add_option("--statutory-days", o->statutory_days, "法定时限 / statutory limit");
    item_add->add_option("--statutory-unit", o->statutory_unit, "workdays|days|months");
    item_add->add_option("--main-material", o->main_materials, "主件 / a main document (repeatable)");
    item_add->add_option("--material", o->materials, "附件 / an attachment (repeatable)");
    item_add->add_option("--participant", o->participants,
                         "联办窗口 / another window of a joint item (repeatable)");
    item_add->add_option("--authority", o->authority, "上级审批机关 / approving authority (upstream)");
    item_add->add_option("--reporting-days", o->reporting_days, "上报时限 / reporting limit in working days");
    item_add->add_option("--prohibited", o->prohibited,
                         "控制事项：不予受理的理由 / refuse at intake, with this reason");
    item_add->add_flag("--tolerance", o->tolerance,
                       "可容缺预审 / eligible for approval with pending materials");
    item_add->callback(bind(run_item_add));
    auto* item_import = item->add_subcommand("import", "导入事项目录 / import a catalogue TOML file");
    item_import->add_option("FILE", o->file, "catalogue TOML ([[window]], [[staff]], [[item]])")->required();
    item_import->callback(bind(run_item_import));
    item->add_subcommand("list", "列出事项 / list items")->callback(bind(run_item_list));
    auto* item_show = item->add_subcommand("show", "事项详情 / show an item");
    item_show->add_option("CODE", o->code, "item code")->required();
    item_show->callback(bind(run_item_show));
}

}  // namespace hall::cli
