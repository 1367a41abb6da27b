#include "output.h"

#include <hall/bilingual.h>
#include <hall/output_file.h>
#include <hall/render.h>

#include <sstream>

namespace hall::cli {

void add_output_options(CLI::App* command, Context& context, Formats formats) {
    if (formats == Formats::report)
        command
            ->add_option("--format", context.format_option,
                         "输出格式 / output format: text, md, csv, json, html or xlsx (xlsx needs --out)")
            ->check(CLI::IsMember({"text", "md", "csv", "json", "html", "xlsx"}));
    else
        command->add_option("--format", context.format_option, "输出格式 / output format: text or json")
            ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--out", context.out_file, "写入文件 / write to FILE instead of the screen");
}

void check_output(const Context& context) {
    if (is_binary(context.format()) && context.out_file.empty())
        throw InvalidInput(bilingual("{0} 格式须用 --out FILE 写入文件，不能输出到屏幕",
                                     "--format {0} is a file format: give --out FILE",
                                     format_id(context.format())));
}

void add_job_options(CLI::App* command, Context& context) {
    command->add_flag("--quiet", context.quiet,
                      "安静：除文档本身外不输出 / print nothing but the document itself");
    command->add_option("--wait", context.wait_seconds,
                        "等待另一作业的秒数 / seconds to wait for another job on the store (default 60)");
}

std::chrono::seconds job_wait(const Context& context) {
    if (context.wait_seconds < 0 || context.wait_seconds > 3600)
        throw InvalidInput(bilingual("--wait 应为 0 到 3600 秒，而不是 {0}",
                                     "--wait must be 0 to 3600 seconds, not {0}", context.wait_seconds));
    return std::chrono::seconds(context.wait_seconds);
}

void emit(const Document& document, Context& context) {
    check_output(context);
    const Format format = context.format();
    if (context.out_file.empty()) {
        render(document, format, context.lang(), context.out);
        return;
    }
    std::ostringstream text;
    render(document, format, context.lang(), text);
    // Whole or nothing, and never over the store itself (its journal files included).
    write_output_file(context.out_file, text.str(), {context.store_path()});
    if (!context.quiet) context.out << context.tr("已写入 {0}\n", "wrote {0}\n", context.out_file);
}

}  // namespace hall::cli
