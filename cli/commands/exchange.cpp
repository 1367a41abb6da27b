// hall case import FILE.csv and hall case export: cases in the exchange layout
// (docs/exchange.md) with the national codes, to and from Excel or a provincial platform.
#include "commands.h"

#include "../output.h"
#include "../progress.h"

#include <hall/bilingual.h>
#include <hall/csv.h>
#include <hall/document.h>
#include <hall/exchange.h>
#include <hall/job_lock.h>
#include <hall/output_file.h>
#include <hall/policy.h>

#include <fmt/format.h>

#include <iostream>
#include <memory>
#include <sstream>
#include <utility>

namespace hall::cli {
namespace {

struct ExchangeOptions {
    std::string file;
    std::string month;
    std::string window;
    std::string format;
    std::string out;
    bool mask = false;
};

void run_import(const ExchangeOptions& o, Context& context) {
    const auto wait = job_wait(context);
    CsvOptions csv;
    csv.multiline_fields = true;  // a reason may run over lines, as Excel writes it
    csv.max_bytes = std::size_t{1} << 31;
    const CsvTable table = read_csv_file(o.file, csv);
    Store store = context.open_store();
    const JobLock lock(store.path(), wait);
    const Calendar calendar = store.load_calendar();
    const CasePolicy policy = load_policy(store);
    ImportReport report;
    {
        ProgressBar bar(context, Text{"导入办件", "importing cases"});
        report = import_cases(store, calendar, policy, table, context.now(), bar.callback());
    }
    const auto cases = static_cast<std::int64_t>(report.cases);
    const auto steps = static_cast<std::int64_t>(report.steps);
    const auto skipped = static_cast<std::int64_t>(report.skipped);
    Document doc;
    doc.add(
        Paragraph{bilingual("已从 {0}（{1}）导入 {2} 件办件、{3} 个步骤；{4} 件已在存储中，跳过",
                            "imported {2} {5} ({3} {6}) from {0} ({1}); {4} already in the store, skipped",
                            o.file, to_string(table.encoding), cases, steps, skipped,
                            plural(cases, "case", "cases"), plural(steps, "step", "steps"))});
    doc.with_json(Json::object()
                      .set("file", o.file)
                      .set("encoding", to_string(table.encoding))
                      .set("cases", cases)
                      .set("steps", steps)
                      .set("skipped", skipped));
    // A job's summary: --quiet leaves stdout empty on success.
    if (!context.quiet) emit(doc, context);
}

void run_export(const ExchangeOptions& o, Context& context) {
    ExportOptions options;
    options.format =
        o.format == "json" || (o.format.empty() && context.json) ? ExportFormat::json : ExportFormat::csv;
    options.mask = o.mask;
    if (!o.month.empty()) options.filter.month = parse_month(o.month, "--month");
    if (!o.window.empty()) options.filter.window = o.window;
    Store store = context.open_store();
    if (options.filter.window && !store.find_window(*options.filter.window))
        throw NotFound(bilingual("没有窗口 {0}；用 hall window list 查看",
                                 "unknown window {0}; see 'hall window list'", *options.filter.window));
    if (o.out.empty()) {
        export_cases(store, options, context.out);
        return;
    }
    std::ostringstream text;
    std::size_t count = 0;
    {
        ProgressBar bar(context, Text{"导出办件", "exporting cases"});
        count = export_cases(store, options, text, bar.callback());
    }
    // Moved out of the stream: a copy of a city's export would double its memory.
    write_output_file(o.out, std::move(text).str(), {context.store_path()});
    if (!context.quiet)
        context.out << context.tr("已导出 {0} 件办件到 {1}\n", "exported {0} cases to {1}\n",
                                  static_cast<std::int64_t>(count), o.out);
}

}  // namespace

void add_exchange(CLI::App& app, Context& context) {
    auto o = std::make_shared<ExchangeOptions>();
    // Import and export belong with the case commands (add_case makes "case").
    auto* group = app.get_subcommand("case");
    auto* import = group->add_subcommand(
        "import", "导入办件（交换格式 CSV，UTF-8 或 GB18030）/ import cases from an exchange-layout CSV");
    import->add_option("FILE", o->file, "CSV 文件 / the CSV file (docs/exchange.md)")->required();
    import->callback([&context, o] { context.action = [&context, o] { run_import(*o, context);
};
}  // namespace hall::cli
);
add_output_options(import, context);
add_job_options(import, context);

auto* exp = group->add_subcommand("export", "导出办件（交换格式）/ export cases in the exchange layout");
exp->add_option("--month", o->month, "收件月份 / cases received in YYYY-MM");
exp->add_option("--window", o->window, "窗口 / only this window");
exp->add_option("--format", o->format, "csv 或 json / csv (default) or json")
    ->check(CLI::IsMember({"csv", "json"}));
exp->add_option("--out", o->out, "写入文件 / write to FILE instead of the screen");
exp->add_flag("--mask", o->mask, "遮蔽申请人姓名和证件号 / mask applicants' names and ID numbers");
exp->add_flag("--quiet", context.quiet, "安静：除文档本身外不输出 / print nothing but the export itself");
exp->callback([&context, o] { context.action = [&context, o] { run_export(*o, context); }; });
}

}  // namespace hall::cli
