#include "output.h"

#include <hall/bilingual.h>
#include <hall/output_file.h>
#include <hall/render.h>

#include <sstream>

namespace hall::cli {

void add_output_options(CLI::App* command, Context& context) {
    command->add_option("--format", context.format_option, "输出格式 / output format: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--out", context.out_file, "写入文件 / write to FILE instead of the screen");
}

void emit(const Document& document, Context& context) {
    const Format format = context.format();
    if (context.out_file.empty()) {
        render(document, format, context.lang(), context.out);
        return;
    }
    std::ostringstream text;
    render(document, format, context.lang(), text);
    // Whole or nothing, and never over the store itself (its journal files included).
    write_output_file(context.out_file, text.str(), {context.store_path()});
    context.out << context.tr("已写入 {0}\n", "wrote {0}\n", context.out_file);
}

}  // namespace hall::cli
