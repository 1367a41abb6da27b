// hall generate: a synthetic hall of any size for benchmarks and trials, made by the same
// library code as the example hall's history (hall/generator.h): a registry of W windows and
// S staff, then C cases and a year of events taken at the desk day by day.
#include "commands.h"

#include <hall/bilingual.h>
#include <hall/document.h>
#include <hall/events.h>
#include <hall/generator.h>
#include <hall/policy.h>

#include "../output.h"

#include <fmt/format.h>

#include <unistd.h>

#include <cstdio>

namespace hall::cli {
namespace {

struct GenerateOptions {
    std::string scale;
    std::optional<std::int64_t> seed;
    std::optional<int> windows;
    std::optional<int> staff;
    std::optional<std::int64_t> cases;
    std::optional<int> per_day;
    std::string from;
    std::string to;
};

struct Scale {
    int windows;
    int staff;
    std::int64_t cases;
    const char* from;
    const char* to;
};

// county: the size of the example hall; city: a prefecture-level city's year.
Scale scale_of(const std::string& name) {
    if (name == "city") return {200, 2000, 1'000'000, "2025-11-01", "2026-10-31"};
    if (name == "county" || name.empty()) return {12, 40, 3'000, "2026-07-01", "2026-10-31"};
    throw InvalidInput(bilingual("--scale 只能是 county 或 city，而不是 {0}",
                                 "--scale must be county or city, not {0}", name));
}

// A bar on stderr, only for a person watching a terminal (issue 10 §7): logs and pipes get
// nothing.
class Progress {
public:
    Progress(Date from, Date to) : from_(from), days_(std::max(1, to - from + 1)), on_(isatty(2) == 1) {}
    ~Progress() { finish(); }
    // Ends the bar's line, so that what follows starts on its own.
    void finish() {
        if (on_ && shown_ >= 0) std::fputs("\n", stderr);
        on_ = false;
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void operator()(Date day) {
        if (!on_) return;
        const int percent = (day - from_ + 1) * 100 / days_;
        if (percent == shown_) return;
        shown_ = percent;
        const int filled = percent * 40 / 100;
        std::fprintf(stderr, "\r%s [%s%s] %3d%%", day.to_string().c_str(), std::string(filled, '#').c_str(),
                     std::string(40 - filled, '.').c_str(), percent);
        std::fflush(stderr);
    }

private:
    Date from_;
    int days_;
    bool on_;
    int shown_ = -1;
};

void run_generate(const GenerateOptions& o, Context& context) {
    const Scale scale = scale_of(o.scale);
    const int windows = o.windows.value_or(scale.windows);
    const int staff = o.staff.value_or(scale.staff);
    const std::int64_t cases = o.cases.value_or(scale.cases);
    if (windows < 1 || staff < windows)
        throw InvalidInput(
            bilingual("--windows 须至少为 1，--staff 不少于窗口数（窗口 {0}，人员 {1}）",
                      "--windows must be at least 1 and --staff at least as many (windows {0}, "
                      "staff {1})",
                      windows, staff));
    if (cases < 1)
        throw InvalidInput(
            bilingual("--cases 须至少为 1，而不是 {0}", "--cases must be at least 1, not {0}", cases));
    if (o.per_day && *o.per_day < 1)
        throw InvalidInput(bilingual("--per-day 须至少为 1，而不是 {0}",
                                     "--per-day must be at least 1, not {0}", *o.per_day));
    GeneratorConfig config;
    config.seed = static_cast<std::uint64_t>(o.seed.value_or(1));
    config.from = parse_date(o.from.empty() ? scale.from : o.from, "--from");
    config.to = parse_date(o.to.empty() ? scale.to : o.to, "--to");
    if (o.per_day)
        config.cases_per_day = *o.per_day;
    else
        config.cases = cases;
    if (config.to < config.from)
        throw InvalidInput(bilingual("--to {0} 早于 --from {1}", "--to {0} is before --from {1}",
                                     config.to.to_string(), config.from.to_string()));
    // The history is made as it happens: it cannot run past today.
    if (config.to >= context.now().date)
        throw Refused(bilingual("--to {0} 不早于今天（{1}）：生成的历史只能是已经过去的日子",
                                "--to {0} is not before today ({1}): a generated history covers days gone by",
                                config.to.to_string(), context.now().date.to_string()));
    const auto profiles = load_profiles(context.data_dir());

    Store store = context.open_store();
    if (!store.windows().empty())
        throw Refused(
            bilingual("存储 {0} 已有窗口：hall generate 只写入新的存储（用 --db 指定一个新文件）",
                      "store {0} already has windows: hall generate fills a new store only (give a new "
                      "file with --db)",
                      store.path()));
    const Calendar calendar = store.load_calendar();
    for (const Date d : {config.from, config.to})
        if (!calendar.covers(d.year())) throw UncoveredYear(d.year());
    const CasePolicy policy = load_policy(store);
    const RegistryReport registry = generate_registry(store, windows, staff, config.seed);
    Progress progress(config.from, config.to);
    config.progress = [&progress](Date day) { progress(day); };
    const GenerateReport made = generate_history(store, calendar, policy, profiles, config);
    progress.finish();

    Document doc;
    doc.title = bilingual("已生成大厅 {0}", "generated hall {0}", store.path());
    Record r;
    r.add("seed", {"种子", "seed"}, static_cast<std::int64_t>(config.seed))
        .add("from", {"起", "from"}, made.from)
        .add("to", {"止", "to"}, made.to)
        .add("days", {"工作日", "working days"}, made.days)
        .add("windows", {"窗口", "windows"}, registry.windows)
        .add("staff", {"工作人员", "staff"}, registry.staff)
        .add("items", {"事项", "items"}, registry.items)
        .add("cases", {"办件", "cases"}, made.cases)
        .add("finished", {"办结", "finished"}, made.finished)
        .add("late", {"超期", "late"}, made.late)
        .add("returned", {"退回", "returned"}, made.returned)
        .add("supplements", {"补正告知", "supplement requests"}, made.supplements)
        .add("pauses", {"暂停", "pauses"}, made.pauses)
        .add("ratings", {"评价", "ratings"}, made.ratings)
        .add("bad_ratings", {"差评", "bad ratings"}, made.bad_ratings)
        .add("events", {"考核事件", "scored events"}, made.events)
        .add("cards", {"红黄牌", "cards"}, made.cards)
        .add("punches", {"考勤打卡", "punches"}, made.punches)
        .add("leaves", {"请假", "leaves"}, made.leaves)
        .add("complaints", {"投诉", "complaints"}, made.complaints)
        .add("active", {"在办", "still active"}, made.active);
    doc.add(std::move(r));
    emit(doc, context);
}

}  // namespace

void add_generate(CLI::App& app, Context& context) {
    auto o = std::make_shared<GenerateOptions>();
    auto* cmd = app.add_subcommand(
        "generate",
        "生成一个合成大厅及其办件历史（基准测试用） / make a synthetic hall with its history, for "
        "benchmarks");
    cmd->add_option("--scale", o->scale, "county（默认）或 city / county (default) or city: the sizes below");
    cmd->add_option("--seed", o->seed, "随机种子 / seed (default 1): the same seed gives the same store");
    cmd->add_option("--windows", o->windows, "窗口数 / windows (county 12, city 200)");
    cmd->add_option("--staff", o->staff, "工作人员数 / staff (county 40, city 2000)");
    cmd->add_option("--cases", o->cases, "办件数 / cases (county 3000, city 1000000)");
    cmd->add_option("--per-day", o->per_day,
                    "每个工作日的办件数（代替 --cases）/ cases a working day, instead of --cases: the same "
                    "density over a longer span makes a larger store with the same months");
    cmd->add_option("--from", o->from, "第一天 / first day (county 2026-07-01, city 2025-11-01)");
    cmd->add_option("--to", o->to, "最后一天 / last day (2026-10-31)");
    cmd->callback([&context, o] { context.action = [&context, o] { run_generate(*o, context); }; });
    add_output_options(cmd, context);
}

}  // namespace hall::cli
