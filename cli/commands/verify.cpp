#include "commands.h"

#include <hall/bilingual.h>
#include <hall/document.h>
#include <hall/policy.h>
#include <hall/verify.h>

#include "../output.h"

#include <fmt/format.h>

namespace hall::cli {
namespace {

Text kind_name(const std::string& kind) {
    if (kind == "schema") return Text{"结构", "schema"};
    if (kind == "chain") return Text{"哈希链", "chain"};
    if (kind == "unreadable") return Text{"无法读取", "unreadable"};
    return Text{"状态", "status"};
}

// The record a problem names, in Chinese; the store names it in English ("case N step S",
// "card N", ...), which JSON keeps as it is.
std::string row_zh(const std::string& row) {
    const auto starts = [&](std::string_view prefix) { return row.starts_with(prefix); };
    if (starts("case ")) {
        const auto step = row.find(" step ");
        if (step == std::string::npos) return "办件 " + row.substr(5);
        return fmt::format("办件 {} 第 {} 步", row.substr(5, step - 5), row.substr(step + 6));
    }
    if (starts("card ")) return "红黄牌 " + row.substr(5);
    if (starts("notice ")) return "通知书 " + row.substr(7);
    if (starts("void of event ")) return fmt::format("考核事件 {} 的作废记录", row.substr(14));
    if (starts("event ")) return "考核事件 " + row.substr(6);
    return row;
}

// One line a problem: what kind, which record, what is wrong.
void add_problems(Document& doc, const VerifyReport& report) {
    for (const auto& p : report.problems) {
        const std::string where = p.row.empty() ? p.table : p.row;
        const Text kind = kind_name(p.kind);
        doc.add(Paragraph{
            Text{fmt::format("[{}] {}：{}", kind.zh, p.row.empty() ? p.table : row_zh(p.row), p.detail.zh),
                 fmt::format("[{}] {}: {}", kind.en, where, p.detail.en)}});
    }
}

Json problems_json(const VerifyReport& report) {
    Json list = Json::array();
    for (const auto& p : report.problems)
        list.push(Json::object()
                      .set("kind", p.kind)
                      .set("table", p.table)
                      .set("row", p.row.empty() ? Json() : Json(p.row))
                      .set("detail", p.detail.en));
    return list;
}

void run_verify(const std::optional<std::string>& case_number, Context& context) {
    const Store store = context.open_store();
    const VerifyReport report = verify_store(store, store.load_calendar(), load_policy(store), case_number);
    Document doc;
    add_problems(doc, report);
    const auto count = static_cast<std::int64_t>(report.problems.size());
    if (report.clean())
        doc.add(Paragraph{bilingual("存储 {0} 完好：核验了 {1} 件办件，结构、哈希链、记录和状态均无问题",
                                    "store {0} is intact: {1} {2} checked; schema, hash chains, records and "
                                    "statuses all agree",
                                    report.store, report.cases, plural(report.cases, "case", "cases"))});
    else
        doc.add(Paragraph{bilingual("存储 {0}：核验了 {1} 件办件，发现 {2} 处问题",
                                    "store {0}: {1} {3} checked, {2} {4} found", report.store, report.cases,
                                    count, plural(report.cases, "case", "cases"),
                                    plural(count, "problem", "problems"))});
    doc.with_json(Json::object()
                      .set("db", report.store)
                      .set("case", report.case_number ? Json(*report.case_number) : Json())
                      .set("cases", report.cases)
                      .set("clean", report.clean())
                      .set("problems", problems_json(report)));
    emit(doc, context);
    if (!report.clean()) context.exit_status = 1;
}

void run_backup(const std::string& file, bool force, Context& context) {
    const Store store = context.open_store();
    const VerifyReport report = backup_store(store, file, force);
    Document doc;
    add_problems(doc, report);
    if (report.clean())
        doc.add(Paragraph{bilingual("已备份到 {0}：副本核验无误（{1} 件办件）",
                                    "backed up to {0}: the copy verified clean ({1} {2})", file, report.cases,
                                    plural(report.cases, "case", "cases"))});
    else
        doc.add(
            Paragraph{bilingual("副本未通过核验（{1} 处问题），没有写入 {0}；请先用 hall verify 查明",
                                "the copy failed verification ({1} problems); nothing was written to {0}; "
                                "run 'hall verify' to see what is wrong",
                                file, static_cast<std::int64_t>(report.problems.size()))});
    doc.with_json(Json::object()
                      .set("backup", file)
                      .set("written", report.clean())
                      .set("cases", report.cases)
                      .set("problems", problems_json(report)));
    emit(doc, context);
    if (!report.clean()) context.exit_status = 1;
}

}  // namespace

void add_verify(CLI::App& app, Context& context) {
    auto case_number = std::make_shared<std::string>();
    auto* verify = app.add_subcommand(
        "verify",
        "核验存储：结构、哈希链、每条记录和缓存的状态 / check the store: schema, hash chains, every record, "
        "cached statuses");
    auto* case_option = verify->add_option("--case", *case_number, "只核验这件办件 / check this case only");
    verify->callback([&context, case_number, case_option] {
        std::optional<std::string> number;
        if (case_option->count() > 0) number = *case_number;
        context.action = [&context, number] { run_verify(number, context); };
    });
    add_output_options(verify, context);

    auto file = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    auto* backup = app.add_subcommand(
        "backup", "把存储备份到文件，核验副本后才落盘 / copy the store to FILE, verified before it is kept");
    backup->add_option("FILE", *file, "备份文件 / the backup file")->required();
    backup->add_flag("--force", *force, "替换已有的文件 / replace an existing FILE");
    backup->callback([&context, file, force] {
        context.action = [&context, file, force] { run_backup(*file, *force, context); };
    });
    add_output_options(backup, context);
}

}  // namespace hall::cli
