#pragma once
// What every command is given: the global options, the environment it runs in and the
// streams it writes to. Commands take it as a parameter; nothing here is global.

#include <hall/bilingual.h>
#include <hall/clock.h>
#include <hall/date.h>
#include <hall/error.h>
#include <hall/render.h>
#include <hall/store.h>

#include <fmt/format.h>

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace hall::cli {

// Read once from the process environment by main, so tests can pass their own.
struct Environment {
    std::optional<std::string> hall_db;        // $HALL_DB
    std::optional<std::string> xdg_data_home;  // $XDG_DATA_HOME
    std::optional<std::string> home;           // $HOME
    std::optional<std::string> lang;           // $LANG
    std::optional<std::string> data_dir;       // $HALL_DATA_DIR, else the bundled data
    std::optional<std::string> now;            // $HALL_NOW, a fixed clock for tests and replays
    std::optional<std::string> staff;          // $HALL_STAFF, the clerk at this terminal
};

struct Context {
    Context(std::ostream& out_, std::ostream& err_, Environment env_)
        : out(out_), err(err_), env(std::move(env_)) {}

    std::ostream& out;
    std::ostream& err;
    Environment env;
    bool err_is_terminal = false;  // set by main: a progress bar is drawn only on a terminal

    // Global options, filled by the parser.
    std::string db_option;
    std::string lang_option;
    bool json = false;          // --json, the alias of --format json (SPEC §8)
    std::string format_option;  // --format, registered by add_output_options
    std::string out_file;       // --out
    // A report's --out, which may be repeated: one document written to several files, each
    // in the format its extension names (a cron job's html, csv and xlsx in one run).
    std::vector<std::string> out_files;
    // The options of the commands cron runs (add_job_options).
    bool quiet = false;     // --quiet: nothing on stdout but the document itself
    int wait_seconds = 60;  // --wait: how long a job waits for another job's lock
    // Whether the chosen command may create the store when it does not exist (set by run:
    // only init and the commands that write).
    bool may_create_store = true;

    // The chosen command's work, set by its parse callback and run after parsing.
    std::function<void()> action;
    // Set by an action that printed its findings and still must fail: `hall verify` on a
    // store with problems exits 1 after listing them.
    int exit_status = 0;

    Lang lang() const;
    const std::string& pick(const std::string& zh, const std::string& en) const {
        return lang() == Lang::zh ? zh : en;
    }
    const char* pick(const char* zh, const char* en) const { return lang() == Lang::zh ? zh : en; }

    Format format() const;

    // Formats the sentence in the output language; both format strings are checked at
    // compile time against the arguments (bilingual.h).
    template <typename... A>
    std::string tr(fmt::format_string<const A&...> zh, fmt::format_string<const A&...> en,
                   const A&... args) const {
        return lang() == Lang::zh ? fmt::format(zh, args...) : fmt::format(en, args...);
    }

    // The hall's local time, in the store's zone (never the process's TZ).
    Moment now() const;
    std::filesystem::path store_path() const;
    std::filesystem::path data_dir() const;
    // Opens the store, creating and initialising it on first use (SPEC §8) when the command
    // may create it; otherwise a store that does not exist is a StoreError.
    Store open_store() const;

private:
    mutable std::optional<TimeZone> time_zone_;  // read once per command by now()
};

// Parsing of typed values; each throws InvalidInput (exit 2) naming the argument.
Date parse_date(const std::string& text, const char* what);
Moment parse_moment(const std::string& text, const char* what);
// A date that has already come: one after `today` is Refused (exit 1), as a move in the future.
Date parse_past_date(const std::string& text, const char* what, Date today);
Month parse_month(const std::string& text, const char* what);

}  // namespace hall::cli
