#include "context.h"

#include <hall/bilingual.h>
#include <hall/clock.h>
#include <hall/desk.h>
#include <hall/policy.h>
#include <hall/setup.h>

#include <fmt/format.h>

namespace hall::cli {

Lang Context::lang() const {
    if (lang_option == "en") return Lang::en;
    if (lang_option == "zh") return Lang::zh;
    // The hall works in Chinese; English only when the locale asks for it.
    if (env.lang && env.lang->rfind("en", 0) == 0) return Lang::en;
    return Lang::zh;
}

Format Context::format() const {
    if (!format_option.empty()) return parse_format(format_option).value_or(Format::text);
    return json ? Format::json : Format::text;
}

namespace {

// The zone of the store the command will use; a store not made yet will have the default.
TimeZone store_time_zone(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return TimeZone::hall_default();
    return load_time_zone(Store::open(path));
}

}  // namespace

// The hall's local time, in the store's zone and never the process's TZ. HALL_NOW fixes it
// for tests and replays: a local hall time (YYYY-MM-DDTHH:MM), or a UTC instant (…Z) that
// the hall converts to its zone as it would the computer's clock.
Moment Context::now() const {
    if (env.now) {
        if (auto fixed = Moment::parse(*env.now)) return *fixed;
        if (auto instant = parse_utc(*env.now)) {
            if (!time_zone_) time_zone_ = store_time_zone(store_path());
            return to_local(*instant, *time_zone_);
        }
        throw InvalidInput(Text{
            fmt::format("HALL_NOW={} 不是 YYYY-MM-DDTHH:MM（大厅时间）或 YYYY-MM-DDTHH:MMZ（UTC）", *env.now),
            fmt::format("HALL_NOW={} is not YYYY-MM-DDTHH:MM (hall time) or YYYY-MM-DDTHH:MMZ (UTC)",
                        *env.now)});
    }
    if (!time_zone_) time_zone_ = store_time_zone(store_path());
    return to_local(SystemClock().now(), *time_zone_);
}

std::filesystem::path Context::store_path() const {
    if (!db_option.empty()) return db_option;
    if (env.hall_db && !env.hall_db->empty()) return *env.hall_db;
    std::filesystem::path base;
    if (env.xdg_data_home && !env.xdg_data_home->empty())
        base = *env.xdg_data_home;
    else if (env.home && !env.home->empty())
        base = std::filesystem::path(*env.home) / ".local" / "share";
    else
        throw InvalidInput(Text{"不知道存储放在哪里：请用 --db 或设置 HALL_DB",
                                "no place for the store: pass --db or set HALL_DB"});
    return base / "hall" / "hall.db";
}

std::filesystem::path Context::data_dir() const {
    if (env.data_dir && !env.data_dir->empty()) return *env.data_dir;
    // An installed hall uses the data installed beside it (bin/../share/hall), wherever the
    // prefix was moved; a build run from its tree uses the tree's data/.
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto beside = self.parent_path().parent_path() / "share" / "hall";
        if (std::filesystem::is_directory(beside / "calendars", ec)) return beside;
    }
    if (std::filesystem::is_directory(HALL_SOURCE_DATA_DIR, ec)) return HALL_SOURCE_DATA_DIR;
    return HALL_INSTALLED_DATA_DIR;
}

Store Context::open_store() const {
    const auto path = store_path();
    if (!may_create_store) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw StoreError(bilingual(
                "存储 {0} 不存在；请检查 --db，或用 hall init 建立它",
                "the store {0} does not exist; check --db, or create it with 'hall init'", path.string()));
    }
    const bool is_default = db_option.empty() && !(env.hall_db && !env.hall_db->empty());
    if (is_default) {
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
    } else if (path.has_parent_path() && !std::filesystem::exists(path.parent_path())) {
        throw StoreError(
            Text{fmt::format("目录 {} 不存在；请先建立它，或换一个 --db 路径", path.parent_path().string()),
                 fmt::format("folder {} does not exist; create it first or choose another --db path",
                             path.parent_path().string())});
    }
    Store store = Store::open(path);
    // now() reads the zone from this store instead of opening it a second time.
    if (!time_zone_ && !store.created()) time_zone_ = load_time_zone(store);
    if (store.created()) {
        initialize(store, data_dir(), now());
    } else {
        // A store from before schema 12 gets the bulletins' figures of its cases once, on the
        // first open. Damage that stops the reading is left to hall verify to name; the
        // bulletins replay what is not filled.
        try {
            fill_case_figures(store);
        } catch (const StoreError&) {
        }
    }
    return store;
}

Date parse_date(const std::string& text, const char* what) {
    if (auto date = Date::parse(text)) return *date;
    throw InvalidInput(Text{fmt::format("{}：'{}' 不是有效日期（格式 YYYY-MM-DD）", what, text),
                            fmt::format("{}: '{}' is not a valid date (expected YYYY-MM-DD)", what, text)});
}

Date parse_past_date(const std::string& text, const char* what, Date today) {
    const Date date = parse_date(text, what);
    if (date > today)
        throw Refused(bilingual("{0}：{1} 还没有到（今天是 {2}）", "{0}: {1} is still to come (today is {2})",
                                what, date.to_string(), today.to_string()));
    return date;
}

Moment parse_moment(const std::string& text, const char* what) {
    if (auto moment = Moment::parse(text)) return *moment;
    throw InvalidInput(Text{
        fmt::format("{}：'{}' 不是有效时间（格式 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM）", what, text),
        fmt::format("{}: '{}' is not a valid time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)", what, text)});
}

Month parse_month(const std::string& text, const char* what) {
    if (auto month = Month::parse(text)) return *month;
    throw InvalidInput(Text{fmt::format("{}：'{}' 不是有效月份（格式 YYYY-MM）", what, text),
                            fmt::format("{}: '{}' is not a valid month (expected YYYY-MM)", what, text)});
}

}  // namespace hall::cli
