#include <hall/calendar_file.h>
#include <hall/catalogue.h>
#include <hall/desk.h>
#include <hall/error.h>
#include <hall/events.h>
#include <hall/policy.h>
#include <hall/setup.h>

#include <fmt/format.h>

#include <algorithm>

namespace hall {
namespace {

std::vector<std::filesystem::path> toml_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == ".toml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

InitReport initialize(Store& store, const std::filesystem::path& data_dir, const Moment& now) {
    InitReport report;
    report.created = store.created();
    if (store.has_calendar()) return report;

    const auto calendars = toml_files(data_dir / "calendars");
    if (calendars.empty())
        throw DataError(Text{fmt::format("在 {} 找不到日历文件；请设置 HALL_DATA_DIR 指向 hall 的 data 目录",
                                         (data_dir / "calendars").string()),
                             fmt::format("no calendar files in {}; set HALL_DATA_DIR to hall's data folder",
                                         (data_dir / "calendars").string())});
    // Parse everything first so that one bad file loads nothing.
    std::vector<std::pair<std::filesystem::path, CalendarFile>> parsed;
    for (const auto& path : calendars) parsed.emplace_back(path, read_calendar_file(path));
    std::stable_sort(parsed.begin(), parsed.end(), [](const auto& a, const auto& b) {
        return a.second.layer == Layer::national && b.second.layer == Layer::local;
    });

    const auto rules = data_dir / "rules" / "cases.toml";
    std::optional<CasePolicy> policy;
    if (std::filesystem::exists(rules)) policy = read_case_policy_file(rules);

    Store::Transaction tx(store);
    // Checked again under the write lock: a concurrent `hall init` on the same new store may
    // have loaded the calendars since the first look, and they must be imported once.
    if (store.has_calendar()) return report;
    for (const auto& [path, file] : parsed) {
        store.import_calendar(file, path.filename().string(), now);
        report.loaded.push_back(path.filename().string());
    }
    if (policy) {
        save_policy(store, *policy);
        report.loaded.push_back("rules/cases.toml");
    }
    tx.commit();
    return report;
}

InitReport load_example(Store& store, const std::filesystem::path& data_dir) {
    InitReport report;
    const auto path = data_dir / "example" / "hall.toml";
    const Catalogue catalogue = read_catalogue_file(path);
    const auto loaded = load_catalogue(store, catalogue);
    if (loaded.windows + loaded.staff > 0) report.loaded.push_back("example/hall.toml");
    return report;
}

std::optional<GenerateReport> load_example_history(Store& store, const std::filesystem::path& data_dir,
                                                   const Moment& now) {
    GeneratorConfig config;
    config.seed = example_seed;
    config.from = *Date::from_ymd(2026, 7, 1);
    config.to = std::min(*Date::from_ymd(2026, 10, 31), now.date - 1);
    // A county hall of a dozen windows takes some thirty cases on an ordinary day.
    config.cases_per_day = 30;
    if (config.to < config.from || store.windows().empty()) return std::nullopt;
    CaseFilter any;
    any.limit = 1;
    if (!store.list_cases(any).empty()) return std::nullopt;
    const Calendar calendar = store.load_calendar();
    const CasePolicy policy = load_policy(store);
    const auto profiles = load_profiles(data_dir);
    Store::Transaction tx(store);
    auto report = generate_history(store, calendar, policy, profiles, config);
    tx.commit();
    return report;
}

}  // namespace hall
