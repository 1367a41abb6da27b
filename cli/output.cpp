#include "output.h"

#include <hall/bilingual.h>
#include <hall/output_file.h>
#include <hall/render.h>

#include <filesystem>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

namespace hall::cli {
namespace {

// The format a file's extension names, when a report goes to several files at once.
std::optional<Format> extension_format(const std::string& file) {
    std::string extension = std::filesystem::path(file).extension().string();
    for (auto& c : extension)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (extension == ".txt") return Format::text;
    if (extension == ".htm") return Format::html;
    if (extension.size() < 2 || extension == ".text") return std::nullopt;
    return parse_format(std::string_view(extension).substr(1));
}

// The one file --out names, whichever option held it.
const std::string& single_out(const Context& context) {
    return context.out_files.size() == 1 ? context.out_files.front() : context.out_file;
}

}  // namespace

void add_output_options(CLI::App* command, Context& context, Formats formats) {
    if (formats == Formats::report) {
        command
            ->add_option("--format", context.format_option,
                         "输出格式 / output format: text, md, csv, json, html or xlsx (xlsx needs --out)")
            ->check(CLI::IsMember({"text", "md", "csv", "json", "html", "xlsx"}));
        command
            ->add_option(
                "--out", context.out_files,
                "写入文件，可重复，各按扩展名定格式 / write to FILE instead of the screen; repeated, "
                "one file per format, each from its extension (.html .csv .xlsx .md .json .txt)")
            ->expected(1)
            ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
        return;
    }
    command->add_option("--format", context.format_option, "输出格式 / output format: text or json")
        ->check(CLI::IsMember({"text", "json"}));
    command->add_option("--out", context.out_file, "写入文件 / write to FILE instead of the screen");
}

void check_output(const Context& context) {
    if (context.out_files.size() > 1) {
        if (!context.format_option.empty() || context.json)
            throw InvalidInput(Text{"--format 不能与多个 --out 同用：每个文件的格式由其扩展名决定",
                                    "--format cannot go with several --out: each file's format comes from "
                                    "its extension"});
        for (std::size_t i = 0; i < context.out_files.size(); ++i) {
            const auto& file = context.out_files[i];
            if (!extension_format(file))
                throw InvalidInput(
                    bilingual("--out {0}：多个 --out 时扩展名须为 .html、.csv、.xlsx、.md、.json 或 .txt",
                              "--out {0}: with several --out, the extension must be .html, .csv, .xlsx, .md, "
                              ".json or .txt",
                              file));
            for (std::size_t j = 0; j < i; ++j)
                if (context.out_files[j] == file)
                    throw InvalidInput(bilingual("--out {0} 给了两次", "--out {0} is given twice", file));
        }
        return;
    }
    if (is_binary(context.format()) && single_out(context).empty())
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
    std::vector<std::pair<std::string, Format>> files;
    if (context.out_files.size() > 1) {
        for (const auto& file : context.out_files) files.emplace_back(file, *extension_format(file));
    } else if (!single_out(context).empty()) {
        files.emplace_back(single_out(context), context.format());
    } else {
        render(document, context.format(), context.lang(), context.out);
        return;
    }
    // One document, rendered once per file, all before the first is written. Each file is
    // whole or not there, and never the store itself (its journal files included); a failure
    // stops at that file, and nothing is printed.
    std::vector<std::string> texts;
    for (const auto& [file, format] : files) {
        std::ostringstream text;
        render(document, format, context.lang(), text);
        texts.push_back(std::move(text).str());
    }
    for (std::size_t i = 0; i < files.size(); ++i)
        write_output_file(files[i].first, texts[i], {context.store_path()});
    if (context.quiet) return;
    for (const auto& file : files) context.out << context.tr("已写入 {0}\n", "wrote {0}\n", file.first);
}

}  // namespace hall::cli
