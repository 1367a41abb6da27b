#include "app.h"

#include "commands/commands.h"
#include "validate.h"

#include <hall/bilingual.h>
#include <hall/text.h>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>

namespace hall::cli {
namespace {

void register_commands(CLI::App& app, Context& context) {
    add_init(app, context);
    add_cal(app, context);
    add_registry(app, context);
    add_guide(app, context);
    add_case(app, context);
    add_exchange(app, context);  // joins "case"
    add_monitor(app, context);
    add_rules(app, context);
    add_event(app, context);
    add_score(app, context);
    add_generate(app, context);
    add_report(app, context);
    add_ask(app, context);
    add_remind(app, context);
    add_attendance(app, context);
    add_complaint(app, context);
    add_verify(app, context);
}

// A message may quote what a damaged store holds: never hand raw bytes or terminal escapes
// to the terminal. Line breaks stay: a TOML syntax error shows the offending line below.
std::string printable(std::string text) {
    const bool utf8 = valid_utf8(text);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n') || byte == 0x7f || (!utf8 && byte >= 0x80)) text[i] = '?';
        // C1 controls (U+0080–U+009F, CSI among them) are two bytes in UTF-8.
        if (utf8 && byte == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9f)
            text[i] = text[i + 1] = '?';
    }
    return text;
}

int report(Context& context, const Error& error, int status) {
    context.err << "hall: " << printable(error.message(context.lang())) << '\n';
    return status;
}

// The command the parser got to before it failed: the level whose commands, options and
// help a message should point at.
CLI::App* deepest(CLI::App* app) {
    for (;;) {
        const auto chosen = app->get_subcommands();
        if (chosen.empty()) return app;
        app = chosen.back();
    }
}

std::string command_path(const CLI::App* app) {
    std::string path;
    for (; app; app = app->get_parent()) path = app->get_name() + (path.empty() ? "" : " ") + path;
    return path;
}

std::string command_names(CLI::App* app) {
    std::string names;
    for (const auto* sub : app->get_subcommands([](CLI::App*) { return true; }))
        names += (names.empty() ? "" : ", ") + sub->get_name();
    return names;
}

std::string after(const std::string& text, const std::string& marker) {
    const auto at = text.find(marker);
    return at == std::string::npos ? text : text.substr(at + marker.size());
}

// CLI11's own messages, in the hall's words and both languages; one line, with the help
// to read. The parser's structured state is used where its message would be guessed at.
// A CLI11 message this file does not word itself: still said in the user's language, with
// CLI11's English kept as the detail.
Text unmapped(const std::string& what) {
    return bilingual("命令行有误（{0}）", "{0}", what);
}

Text parse_error_text(const CLI::ParseError& e, CLI::App& app) {
    CLI::App* level = deepest(&app);
    const std::string path = command_path(level);
    const Text help = bilingual("；用 {0} --help 查看用法", "; see '{0} --help'", path);
    const std::string what = e.what();
    Text text;
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        std::string missing;
        for (const auto* option : level->get_options())
            if (option->get_required() && option->count() == 0) {
                missing = option->get_name();
                break;
            }
        if (!missing.empty()) {
            text = bilingual("{0} 缺少 {1}", "{0}: {1} is required", path, missing);
        } else if (level->get_require_subcommand_min() > 0) {
            // An unknown word stops CLI11 before it chooses a command: it is left over.
            const auto left = app.remaining();
            const std::string names = command_names(level);
            if (left.empty())
                return bilingual("{0} 需要一个命令：{1}", "{0} needs a command: {1}", path, names);
            return bilingual("没有命令“{0} {1}”；可用的命令：{2}",
                             "unknown command '{0} {1}'; the commands are: {2}", path, left.front(), names);
        } else {
            text = unmapped(what);
        }
    } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        // CLI11's "NAME: At Most 1 required but received 2": an option given twice.
        const bool repeated = what.find(": At Most ") != std::string::npos;
        const std::string name = what.substr(0, what.find(':'));
        text = repeated ? bilingual("{0} 只能给一次", "{0} may be given only once", name)
                        : bilingual("{0} 缺少取值", "{0} needs a value", name);
    } else if (dynamic_cast<const CLI::ConversionError*>(&e)) {
        const std::string rest = after(what, "Could not convert: ");
        const auto eq = rest.find(" = ");
        text = eq == std::string::npos
                   ? bilingual("无法识别的取值：{0}", "not a valid value: {0}", rest)
                   : bilingual("{0}：“{1}”不是有效的取值", "{0}: '{1}' is not a valid value",
                               rest.substr(0, eq), rest.substr(eq + 3));
    } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
        const auto colon = what.find(": ");
        const auto not_in = what.find(" not in {");
        if (colon != std::string::npos && not_in != std::string::npos && not_in > colon) {
            std::string allowed = what.substr(not_in + 9);
            if (!allowed.empty() && allowed.back() == '}') allowed.pop_back();
            std::string spaced;
            for (char c : allowed) spaced += c == ',' ? std::string(", ") : std::string(1, c);
            text = bilingual("{0}：“{1}”不在可选值 {2} 之中", "{0}: '{1}' is not one of {2}",
                             what.substr(0, colon), what.substr(colon + 2, not_in - colon - 2), spaced);
        } else {
            text = unmapped(what);
        }
    } else if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        std::string extras;
        for (const auto& word : app.remaining()) extras += (extras.empty() ? "" : " ") + word;
        if (extras.empty()) extras = after(what, ": ");
        text = bilingual("{0} 不接受参数 {1}", "{0}: unexpected argument {1}", path, extras);
    } else {
        text = unmapped(what);
    }
    text.zh += help.zh;
    text.en += help.en;
    return text;
}

// CLI11 stores an option's value only once the whole line parsed; an error found on the
// way must still speak the language asked for.
void take_language(CLI::App& app, Context& context) {
    if (context.lang_option.empty())
        for (const auto& value : app.get_option("--lang")->results())
            if (value == "zh" || value == "en") context.lang_option = value;
}

// The commands that only read the store.
bool reads_only(const std::string& path) {
    static const char* const readers[] = {"hall case show",
                                          "hall case history",
                                          "hall case list",
                                          "hall case notice",
                                          "hall item list",
                                          "hall item show",
                                          "hall window list",
                                          "hall window show",
                                          "hall staff list",
                                          "hall card list",
                                          "hall rules show",
                                          "hall cal is-workday",
                                          "hall cal between",
                                          "hall cal next",
                                          "hall cal prev",
                                          "hall cal show",
                                          "hall report weekly",
                                          "hall report monthly",
                                          "hall report yearly",
                                          "hall report stats",
                                          "hall ask list",
                                          "hall item guide",
                                          "hall remind",
                                          "hall case export",
                                          "hall attendance report",
                                          "hall leave list",
                                          "hall complaint list",
                                          "hall verify",
                                          "hall backup"};
    return std::find(std::begin(readers), std::end(readers), path) != std::end(readers);
}

}  // namespace

int run(const std::vector<std::string>& args, Context& context) {
    CLI::App app{"hall — 政务服务大厅办件、时限与考核 / government service hall cases, deadlines and scoring",
                 "hall"};
    app.require_subcommand(1);
    app.fallthrough();
    app.add_option("--db", context.db_option,
                   "store file (default: $HALL_DB, else $XDG_DATA_HOME/hall/hall.db)");
    app.add_flag("--json", context.json, "print JSON for scripts");
    app.add_option("--lang", context.lang_option, "output language: zh or en (default from LANG)")
        ->check(CLI::IsMember({"zh", "en"}));
    register_commands(app, context);
    add_input_checks(app);

    try {
        // CLI11 wants the arguments last-first.
        std::vector<std::string> reversed(args.rbegin(), args.rend());
        app.parse(reversed);
    } catch (const CLI::CallForHelp&) {
        context.out << app.help();
        return 0;
    } catch (const CLI::CallForAllHelp&) {
        context.out << app.help("", CLI::AppFormatMode::All);
        return 0;
    } catch (const CLI::ParseError& e) {
        take_language(app, context);
        context.err << "hall: " << printable(parse_error_text(e, app).in(context.lang())) << '\n';
        return 2;
    } catch (const InvalidInput& e) {
        // Thrown by the input checks (validate.h) while the line is still being parsed.
        take_language(app, context);
        return report(context, e, 2);
    }
    // Only the commands that write may create a store; a mistyped --db for a command that
    // reads must not leave an empty store behind.
    context.may_create_store = !reads_only(command_path(deepest(&app)));

    if (!context.action) {
        context.out << app.help();
        return 2;
    }
    try {
        context.action();
        return context.exit_status;
    } catch (const InvalidInput& e) {
        return report(context, e, 2);
    } catch (const Error& e) {
        return report(context, e, 1);
    }
}

}  // namespace hall::cli
