// hall window | staff | item: the hall's registry and service catalogue.
#include "commands.h"

#include <hall/catalogue.h>
#include <hall/registry.h>

#include "../output.h"

#include <hall/bilingual.h>
#include <hall/document.h>

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
    std::string statutory_unit;  // empty: not given (working days)
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

Text class_word(CaseClass c) {
    return Text{class_zh(c), class_id(c)};
}

Text role_word(StaffRole r) {
    return Text{role_zh(r), role_id(r)};
}

Text limit_text(const Limit& l) {
    switch (l.unit) {
        case LimitUnit::workdays:
            return bilingual("{0}个工作日", "{0} {1}", l.amount,
                             plural(l.amount, "working day", "working days"));
        case LimitUnit::days:
            return bilingual("{0}个自然日", "{0} {1}", l.amount,
                             plural(l.amount, "calendar day", "calendar days"));
        case LimitUnit::months:
            return bilingual("{0}个月", "{0} {1}", l.amount, plural(l.amount, "month", "months"));
    }
    return {};
}

Document sentence(Text text, Json json) {
    Document doc;
    doc.add(Paragraph{std::move(text)});
    doc.with_json(std::move(json));
    return doc;
}

// A window with its staff and the items it handles, alone or jointly.
Document window_document(const Window& w, const std::vector<Staff>& people, const std::vector<Item>& items) {
    Document doc;
    doc.title = Text{fmt::format("{} {}  {}", w.code, w.name, w.unit),
                     fmt::format("{} {}  {}", w.code, w.name, w.unit)};
    Table staff;
    staff.indent = 2;
    staff.column("code", {"编号", "code"}).column("name", {"姓名", "name"}).column("role", {"岗位", "role"});
    Json staff_list = Json::array();
    for (const auto& s : people) {
        staff.row({s.code, s.name, role_word(s.role)});
        staff_list.push(staff_json(s));
    }
    Table handled;
    handled.indent = 2;
    handled.column("kind", {"", ""}).column("code", {"事项", "item"}).column("name", {"名称", "name"});
    Json item_list = Json::array();
    for (const auto& i : items) {
        handled.row(
            {Text{"事项", "item"}, i.code,
             i.window == w.code ? Text{i.name, i.name} : bilingual("{0}（联办）", "{0} (joint)", i.name)});
        item_list.push(i.code);
    }
    doc.add(std::move(staff)).add(std::move(handled));
    doc.with_json(window_json(w).set("staff", staff_list).set("items", item_list));
    return doc;
}

Document windows_document(const std::vector<Window>& windows) {
    Table t;
    t.column("code", {"编号", "code"})
        .column("name", {"名称", "name"})
        .column("unit", {"进驻单位", "unit"})
        .column("chief", {"首席代表", "chief"});
    Json list = Json::array();
    for (const auto& w : windows) {
        t.row(
            {w.code, w.name, w.unit,
             w.chief.empty() ? Cell(std::string()) : Cell(bilingual("首席代表 {0}", "chief {0}", w.chief))});
        list.push(window_json(w));
    }
    Document doc;
    doc.add(std::move(t));
    doc.with_json(list);
    return doc;
}

Document staff_document(const std::vector<Staff>& people) {
    Table t;
    t.column("code", {"编号", "code"})
        .column("name", {"姓名", "name"})
        .column("window", {"窗口", "window"})
        .column("role", {"岗位", "role"});
    Json list = Json::array();
    for (const auto& s : people) {
        t.row({s.code, s.name, s.window, role_word(s.role)});
        list.push(staff_json(s));
    }
    Document doc;
    doc.add(std::move(t));
    doc.with_json(list);
    return doc;
}

// An item of the catalogue with its limits, materials and rules; `heading` goes before
// its code on the first line.
Document item_document(const Item& i, const Text& heading = {}) {
    Document doc;
    doc.title = Text{fmt::format("{}{} {}", heading.zh, i.code, i.name),
                     fmt::format("{}{} {}", heading.en, i.code, i.name)};
    Record r;
    r.indent = 2;
    r.add("window", {"窗口", "window"}, i.window);
    r.add("class", {"类别", "class"}, class_word(i.case_class));
    r.add("promised", {"承诺时限", "promised"}, limit_text(i.promised));
    if (i.statutory) r.add("statutory", {"法定时限", "statutory"}, limit_text(*i.statutory));
    for (const auto& m : i.materials)
        r.add("material", {"材料", "material"},
              m.main ? bilingual("{0}（主件）", "{0} (main)", m.name) : Text{m.name, m.name});
    if (!i.participants.empty()) {
        std::string list;
        for (const auto& p : i.participants) list += (list.empty() ? "" : ", ") + p;
        r.add("participants", {"联办窗口", "joint with"}, list);
    }
    if (!i.authority.empty()) {
        const int days = i.reporting_days.value_or(i.promised.amount);
        r.add("authority", {"上报", "reports to"},
              bilingual("{0}，上报时限 {1} 个工作日", "{0} within {1} {2}", i.authority, days,
                        plural(days, "working day", "working days")));
    }
    if (i.prohibited)
        r.add("prohibited", {"控制事项", "controlled"},
              bilingual("不予受理：{0}", "not accepted: {0}", i.prohibited_reason));
    if (i.tolerance)
        r.add("tolerance", {"容缺预审", "tolerance"},
              Text{"可容缺预审", "eligible for approval with pending materials"});
    doc.add(std::move(r));
    doc.with_json(item_json(i));
    return doc;
}

Document items_document(const std::vector<Item>& items) {
    Table t;
    t.column("code", {"编号", "code"})
        .column("window", {"窗口", "window"})
        .column("class", {"类别", "class"})
        .column("promised", {"承诺时限", "promised"})
        .column("name", {"名称", "name"});
    Json list = Json::array();
    for (const auto& i : items) {
        t.row({i.code, i.window, class_word(i.case_class), limit_text(i.promised), i.name});
        list.push(item_json(i));
    }
    Document doc;
    doc.add(std::move(t));
    doc.with_json(list);
    return doc;
}

void require_name(const RegistryOptions& o) {
    if (o.name.empty()) throw InvalidInput(Text{"须写明名称（--name）", "--name is required"});
}

void run_window_add(const RegistryOptions& o, Context& context) {
    require_name(o);
    Store store = context.open_store();
    store.add_window({o.code, o.name, o.unit, {}});
    emit(sentence(bilingual("已登记窗口 {0} {1}", "added window {0} {1}", o.code, o.name),
                  window_json(*store.find_window(o.code))),
         context);
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
    emit(window_document(*window, people, items), context);
}

void run_window_list(const RegistryOptions&, Context& context) {
    emit(windows_document(context.open_store().windows()), context);
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
    emit(
        sentence(bilingual("已登记工作人员 {0} {1}（窗口 {2}，{3}）", "added staff {0} {1} (window {2}, {4})",
                           o.code, o.name, o.window, role_zh(*role), role_id(*role)),
                 staff_json(*store.find_staff(o.code))),
        context);
}

void run_staff_list(const RegistryOptions& o, Context& context) {
    Store store = context.open_store();
    // The same rule as 'case list --window': a filter naming nothing is a mistake, not an
    // empty list.
    if (!o.window.empty() && !store.find_window(o.window))
        throw NotFound(bilingual("没有窗口 {0}；用 hall window list 查看",
                                 "unknown window {0}; see 'hall window list'", o.window));
    emit(staff_document(store.staff(o.window.empty() ? std::nullopt : std::optional<std::string>(o.window))),
         context);
}

// Limits beyond ten years are typing mistakes, as in catalogue files.
void check_days(int days, const char* flag) {
    if (days > 3650)
        throw InvalidInput(Text{fmt::format("{} 应在 0 到 3650 之间，而不是 {}", flag, days),
                                fmt::format("{} must be from 0 to 3650, not {}", flag, days)});
}

// What an item must be to be kept: a promise no longer than the law allows (the promise is
// in working days, so a statutory limit of fewer working or calendar days is shorter; one in
// months is left to the hall), other windows than the lead as participants, and each
// material named once.
void check_item_shape(const Item& item) {
    if (item.statutory && item.statutory->amount < item.promised.amount &&
        item.statutory->unit != LimitUnit::months)
        throw InvalidInput(
            bilingual("法定时限 {0} 短于承诺时限 {1}：承诺不能比法律允许的更长",
                      "the statutory limit {2} is shorter than the promised {3}; a promise cannot "
                      "be longer than the law allows",
                      limit_text(*item.statutory, Lang::zh), limit_text(item.promised, Lang::zh),
                      limit_text(*item.statutory, Lang::en), limit_text(item.promised, Lang::en)));
    for (std::size_t i = 0; i < item.participants.size(); ++i) {
        if (item.participants[i] == item.window)
            throw InvalidInput(bilingual("联办窗口 {0} 就是承办窗口",
                                         "participant {0} is the lead window itself", item.participants[i]));
        for (std::size_t j = 0; j < i; ++j)
            if (item.participants[j] == item.participants[i])
                throw InvalidInput(
                    bilingual("联办窗口 {0} 重复", "participant {0} is named twice", item.participants[i]));
    }
    for (std::size_t i = 0; i < item.materials.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (item.materials[j].name == item.materials[i].name)
                throw InvalidInput(
                    bilingual("材料“{0}”重复", "material '{0}' is listed twice", item.materials[i].name));
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
    if (!o.statutory_unit.empty() && o.statutory_days < 0)
        throw InvalidInput(Text{"--statutory-unit 须与 --statutory-days 一起使用",
                                "--statutory-unit needs --statutory-days"});
    if (o.statutory_days >= 0) {
        const auto unit = parse_limit_unit(o.statutory_unit.empty() ? "workdays" : o.statutory_unit);
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
    check_item_shape(item);
    return item;
}

void run_item_add(const RegistryOptions& o, Context& context) {
    const Item item = item_from_options(o);
    Store store = context.open_store();
    store.add_item(item);
    emit(item_document(*store.find_item(o.code), Text{"已登记事项：", "added item: "}), context);
}

void run_item_import(const RegistryOptions& o, Context& context) {
    const Catalogue catalogue = read_catalogue_file(o.file);
    Store store = context.open_store();
    const auto report = load_catalogue(store, catalogue);
    emit(sentence(bilingual("已导入 {0}：新窗口 {1} 个，新工作人员 {2} 名，事项 {3} 项",
                            "imported {0}: {1} new {4}, {2} new staff, {3} {5}", o.file, report.windows,
                            report.staff, report.items, plural(report.windows, "window", "windows"),
                            plural(report.items, "item", "items")),
                  Json::object()
                      .set("file", o.file)
                      .set("windows", report.windows)
                      .set("staff", report.staff)
                      .set("items", report.items)),
         context);
}

void run_item_list(const RegistryOptions&, Context& context) {
    emit(items_document(context.open_store().items()), context);
}

void run_item_show(const RegistryOptions& o, Context& context) {
    Store store = context.open_store();
    const auto item = store.find_item(o.code);
    if (!item)
        throw NotFound(Text{fmt::format("没有事项 {}；用 hall item list 查看", o.code),
                            fmt::format("unknown item {}; see 'hall item list'", o.code)});
    emit(item_document(*item), context);
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
    for (auto* group : {window, staff, item})
        for (auto* command : group->get_subcommands([](CLI::App*) { return true; }))
            add_output_options(command, context);
}

}  // namespace hall::cli
