#include "validate.h"

#include <hall/bilingual.h>
#include <hall/error.h>
#include <hall/text.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <system_error>

namespace hall::cli {
namespace {

// CLI11 reads integers with strtoll in base 0: "0x10" is 16, "010" is 8, and a number too
// large is clamped to the largest one, which then means something else (a clamped
// investment turns a case into a joint case). A count is written in plain decimal digits.
std::string checked_integer(std::string& value, const std::string& what, bool may_be_negative) {
    const bool negative = !value.empty() && value.front() == '-';
    const std::string_view digits = std::string_view(value).substr(negative ? 1 : 0);
    const bool decimal = !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos;
    // Told as CLI11's own failed conversion, so the message is the one every other bad
    // value gets, with the help to read.
    if (!decimal) throw CLI::ConversionError("Could not convert: " + what + " = " + value);
    if (negative && !may_be_negative)
        throw InvalidInput(bilingual("{0}：“{1}”不能为负数", "{0}: '{1}' must not be negative", what, value));
    std::int64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size())
        throw InvalidInput(bilingual("{0}：“{1}”太大", "{0}: '{1}' is too large", what, value));
    // Leading zeros would read as octal: hand CLI11 the number as it was meant.
    value = std::to_string(number);
    return {};
}

std::string type_of(const CLI::Option& option) {
    const std::string full = option.get_type_name();
    return full.substr(0, full.find(':'));
}

std::string command_path(const CLI::App& command) {
    std::string path;
    for (const CLI::App* app = &command; app; app = app->get_parent())
        path = app->get_name() + (path.empty() ? "" : " ") + path;
    return path;
}

// The numbers left to their command's own check of the sign: `cal add DATE N` counts back
// for a negative N, and the others word the refusal in their own terms.
bool sign_checked_by_command(const CLI::App& command, const CLI::Option& option) {
    static const char* const exempt[] = {"hall cal add N", "hall case extend --days",
                                         "hall case list --due-within"};
    const std::string key = command_path(command) + " " + option.get_name();
    return std::find(std::begin(exempt), std::end(exempt), key) != std::end(exempt);
}

void add_checks(CLI::App& command) {
    for (CLI::Option* option : command.get_options()) {
        // Flags and help take no value.
        if (option->get_type_size() == 0) continue;
        const std::string name = option->get_name();
        const std::string type = type_of(*option);
        const bool integer = type == "INT" || type == "UINT";
        const bool signed_ok = sign_checked_by_command(command, *option);
        option->transform(CLI::Validator(
            [name, integer, signed_ok](std::string& value) -> std::string {
                // Every value, whatever it means, is text first: refused blank, malformed or
                // carrying control characters (an ESC would reach the terminal on echo).
                check_text(value, name.c_str(), true);
                if (integer) return checked_integer(value, name, signed_ok);
                return {};
            },
            "", "hall input"));
    }
    for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) add_checks(*sub);
}

}  // namespace

void add_input_checks(CLI::App& app) {
    add_checks(app);
}

}  // namespace hall::cli
