// In-process intake: 100 000 cases opened through hall::open_case in one transaction, against
// raw SQLite inserting the same number of rows with prepared statements in one transaction.
//
//   hall_bench_intake [--cases N] [--repetitions R] [--only NAME] [--data DIR]
//   hall_bench_intake --phases ITERATIONS [--data DIR]
//
// Three variants, each on a fresh store file made by Store::open + initialize + load_example
// (WAL, foreign keys on, synchronous = NORMAL, as hall opens every store):
//
//   hall        Store::Transaction, then open_case N times, then commit.
//   raw-row     the floor: one INSERT of a full row (every column open_case fills, with
//               the same values) into hall's own "case" table per case, one prepared
//               statement reused.
//   raw-writes  the same writes open_case makes per case (case counter, case row, open step,
//               status update, notice counter, notice row), six statements prepared once.
//
// Only the loop and the commit are timed; the requests are built beforehand. Each
// repetition runs every variant, in an order that rotates, and the table shows the median.
// Ratios are against raw-row, the baseline; raw-writes shows how much of the gap is the
// schema's write set rather than the library around it.
//
// --phases times, instead, the steps of one `hall case open` process (a fresh connection
// each iteration) next to the sqlite3 tool's open, insert and close, to show where the
// per-process time of tests/bench/intake-process.sh goes.

#include <hall/desk.h>
#include <hall/setup.h>
#include <hall/store.h>

#include <fmt/format.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

#ifndef HALL_BENCH_DATA_DIR
#define HALL_BENCH_DATA_DIR "data"
#endif

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& message) {
    std::fprintf(stderr, "hall_bench_intake: %s\n", message.c_str());
    std::exit(EXIT_FAILURE);
}

const hall::Moment now = *hall::Moment::parse("2026-12-31T18:00");

// The example items that are not prohibited, each with a clerk of its window.
constexpr std::array<std::pair<const char*, const char*>, 8> items{{
    {"SC01", "S101"},
    {"SC02", "S102"},
    {"SW01", "S201"},
    {"ZR01", "S301"},
    {"ZR02", "S302"},
    {"ZJ01", "S401"},
    {"SB01", "S501"},
    {"SB02", "S502"},
}};

// Requests received on the working days of 2026 between 09:00 and 17:59, in order of receipt.
std::vector<hall::OpenRequest> make_requests(const hall::Calendar& calendar, std::size_t count) {
    std::vector<hall::Date> days;
    for (hall::Date d = *hall::Date::from_ymd(2026, 1, 1); d <= now.date; d = d + 1)
        if (calendar.is_workday(d)) days.push_back(d);
    static constexpr std::array surnames{"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴",
                                         "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"};
    static constexpr std::array given{"伟",   "芳",   "娜",   "秀英", "敏",   "静",  "丽",   "强",
                                      "磊",   "军",   "洋",   "勇",   "艳",   "杰",  "娟",   "涛",
                                      "明",   "超",   "秀兰", "霞",   "平",   "刚",  "桂英", "建华",
                                      "晓东", "文博", "子涵", "雨桐", "浩然", "欣怡"};
    std::mt19937_64 rng(20261231);
    std::vector<hall::OpenRequest> out(count);
    for (std::size_t i = 0; i < count; ++i) {
        auto& r = out[i];
        const auto& [item, staff] = items[i % items.size()];
        r.item = item;
        r.staff = staff;
        r.applicant = std::string(surnames[rng() % surnames.size()]) + given[rng() % given.size()];
        r.applicant_id = fmt::format("5101{:014}", rng() % 100'000'000'000'000ULL);
        const hall::Date day = days[i * days.size() / count];
        r.received = hall::Moment{day, 9 * 60 + static_cast<int>(rng() % (9 * 60))};
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return *a.received < *b.received; });
    return out;
}

// A store as `hall init --example` leaves it.
void prepare_store(const fs::path& path, const fs::path& data_dir) {
    fs::remove(path);
    fs::remove(path.string() + "-wal");
    fs::remove(path.string() + "-shm");
    auto store = hall::Store::open(path);
    hall::initialize(store, data_dir, now);
    hall::load_example(store, data_dir);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::int64_t count_cases(const fs::path& path) {
    auto store = hall::Store::open(path);
    std::int64_t n = 0;
    store.for_each_case(hall::CaseFilter{}, false, [&n](const hall::StoredCase&) { ++n; });
    return n;
}

// --- hall ------------------------------------------------------------------------------

double run_hall(const fs::path& path, const fs::path& data_dir,
                const std::vector<hall::OpenRequest>& requests) {
    prepare_store(path, data_dir);
    double elapsed = 0;
    std::size_t warnings = 0;
    {
        auto store = hall::Store::open(path);
        const hall::Calendar calendar = store.load_calendar();
        const hall::CasePolicy policy = hall::load_policy(store);
        const auto start = Clock::now();
        hall::Store::Transaction tx(store);
        for (const auto& request : requests)
            warnings += hall::open_case(store, calendar, policy, request, now).warnings.size();
        tx.commit();
        elapsed = seconds_since(start);
    }
    if (warnings == 0) fail("expected provisional-deadline warnings for cases due in 2027");
    return elapsed;
}

// --- raw SQLite ------------------------------------------------------------------------

class Db {
public:
    explicit Db(const fs::path& path) {
        if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            fail(fmt::format("cannot open {}", path.string()));
        exec("PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL");
    }
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;
    ~Db() { sqlite3_close_v2(db_); }

    void exec(const char* sql) {
        if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) fail(sqlite3_errmsg(db_));
    }
    sqlite3_stmt* prepare(const char* sql) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db_, sql, -1, &stmt, nullptr) != SQLITE_OK) fail(sqlite3_errmsg(db_));
        statements_.push_back(stmt);
        return stmt;
    }
    // Steps a statement to the end and resets it; returns the first column of the first row.
    std::int64_t run(sqlite3_stmt* stmt) {
        std::int64_t first = 0;
        int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            first = sqlite3_column_int64(stmt, 0);
            while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            }
        }
        if (rc != SQLITE_DONE) fail(sqlite3_errmsg(db_));
        sqlite3_reset(stmt);
        return first;
    }
    std::int64_t last_id() const { return sqlite3_last_insert_rowid(db_); }
    void finalize() {
        for (auto* s : statements_) sqlite3_finalize(s);
        statements_.clear();
    }

private:
    sqlite3* db_ = nullptr;
    std::vector<sqlite3_stmt*> statements_;
};

void text(sqlite3_stmt* s, int i, const std::string& v) {
    sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}
void text(sqlite3_stmt* s, int i, const char* v) {
    sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
}
void integer(sqlite3_stmt* s, int i, std::int64_t v) {
    sqlite3_bind_int64(s, i, v);
}

struct ItemRow {
    std::int64_t id = 0;
    std::int64_t window_id = 0;
    std::string item_class;
    std::int64_t promised = 0;
    std::string promised_unit;
    std::optional<std::int64_t> statutory;
    std::string statutory_unit;
    std::optional<std::int64_t> reporting_days;
    std::string participants;
};

struct Lookup {
    std::map<std::string, ItemRow> items;
    std::map<std::string, std::int64_t> staff;
};

Lookup look_up(Db& db) {
    Lookup out;
    auto* i = db.prepare(
        "SELECT code, id, window_id, class, promised_amount, promised_unit, statutory_amount, "
        "statutory_unit, "
        "reporting_days FROM item");
    while (sqlite3_step(i) == SQLITE_ROW) {
        ItemRow row;
        row.id = sqlite3_column_int64(i, 1);
        row.window_id = sqlite3_column_int64(i, 2);
        row.item_class = reinterpret_cast<const char*>(sqlite3_column_text(i, 3));
        row.promised = sqlite3_column_int64(i, 4);
        row.promised_unit = reinterpret_cast<const char*>(sqlite3_column_text(i, 5));
        if (sqlite3_column_type(i, 6) != SQLITE_NULL) {
            row.statutory = sqlite3_column_int64(i, 6);
            row.statutory_unit = reinterpret_cast<const char*>(sqlite3_column_text(i, 7));
        }
        if (sqlite3_column_type(i, 8) != SQLITE_NULL) row.reporting_days = sqlite3_column_int64(i, 8);
        out.items[reinterpret_cast<const char*>(sqlite3_column_text(i, 0))] = row;
    }
    auto* p = db.prepare(
        "SELECT i.code, w.code FROM item_participant p JOIN item i ON i.id = p.item_id "
        "JOIN hall_window w ON w.id = p.window_id");
    while (sqlite3_step(p) == SQLITE_ROW) {
        auto& list = out.items[reinterpret_cast<const char*>(sqlite3_column_text(p, 0))].participants;
        if (!list.empty()) list += '\n';
        list += reinterpret_cast<const char*>(sqlite3_column_text(p, 1));
    }
    auto* s = db.prepare("SELECT code, id FROM staff");
    while (sqlite3_step(s) == SQLITE_ROW)
        out.staff[reinterpret_cast<const char*>(sqlite3_column_text(s, 0))] = sqlite3_column_int64(s, 1);
    db.finalize();
    return out;
}

// Binds the intake columns 1..19 of a case row, in the order of hall's INSERT.
void bind_facts(sqlite3_stmt* s, const std::string& number, const ItemRow& item, std::int64_t staff_id,
                const hall::OpenRequest& r, const std::string& received) {
    text(s, 1, number);
    integer(s, 2, item.id);
    integer(s, 3, item.window_id);
    integer(s, 4, staff_id);
    text(s, 5, r.applicant);
    text(s, 6, r.applicant_id);
    text(s, 7, item.item_class.c_str());
    text(s, 8, item.item_class.c_str());
    integer(s, 9, item.promised);
    text(s, 10, item.promised_unit.c_str());
    if (item.statutory) {
        integer(s, 11, *item.statutory);
        text(s, 12, item.statutory_unit.c_str());
    } else {
        sqlite3_bind_null(s, 11);
        sqlite3_bind_null(s, 12);
    }
    if (item.reporting_days)
        integer(s, 13, *item.reporting_days);
    else
        sqlite3_bind_null(s, 13);
    text(s, 14, item.participants.c_str());
    integer(s, 15, 0);
    text(s, 16, received);
    text(s, 17, "");
    text(s, 18, "");
    sqlite3_bind_null(s, 19);
}

constexpr const char* case_insert_columns =
    "number, item_id, window_id, staff_id, applicant, applicant_id, item_class, registered_class, "
    "promised_amount, promised_unit, statutory_amount, statutory_unit, reporting_days, participants, "
    "investment, "
    "received, missing, pending, promised_by";

// A stand-in for the derived dates, so the rows are as wide as hall's.
std::string later(const hall::Date& d, int days) {
    return (d + days).to_string();
}

double run_raw_row(const fs::path& path, const fs::path& data_dir,
                   const std::vector<hall::OpenRequest>& requests) {
    prepare_store(path, data_dir);
    Db db(path);
    const Lookup lookup = look_up(db);
    const std::string sql = fmt::format(
        "INSERT INTO \"case\" ({}, state, class, clock_start, deadline, statutory_deadline, provisional, "
        "finished, "
        "follow_up_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)",
        case_insert_columns);
    std::map<hall::Date, int> counters;
    const auto start = Clock::now();
    db.exec("BEGIN IMMEDIATE");
    auto* insert = db.prepare(sql.c_str());
    for (const auto& r : requests) {
        const hall::Date day = r.received->date;
        const std::string number =
            fmt::format("{:04}{:02}{:02}-{:04}", day.year(), day.month(), day.day(), ++counters[day]);
        const ItemRow& item = lookup.items.at(r.item);
        bind_facts(insert, number, item, lookup.staff.at(r.staff), r, r.received->to_string());
        text(insert, 20, "open");
        text(insert, 21, item.item_class.c_str());
        text(insert, 22, day.to_string());
        text(insert, 23, later(day, 14));
        if (item.statutory)
            text(insert, 24, later(day, 28));
        else
            sqlite3_bind_null(insert, 24);
        integer(insert, 25, 0);
        sqlite3_bind_null(insert, 26);
        sqlite3_bind_null(insert, 27);
        db.run(insert);
    }
    db.finalize();
    db.exec("COMMIT");
    return seconds_since(start);
}

// The notice open_case issues for a case of this class, and its number's prefix.
std::pair<const char*, const char*> notice_kind(const std::string& item_class) {
    if (item_class == "instant") return {"acceptance", "受理"};
    if (item_class == "joint") return {"joint_promise", "联办"};
    if (item_class == "upstream") return {"upstream_promise", "上报"};
    return {"promise", "承诺"};
}

double run_raw_writes(const fs::path& path, const fs::path& data_dir,
                      const std::vector<hall::OpenRequest>& requests) {
    prepare_store(path, data_dir);
    Db db(path);
    const Lookup lookup = look_up(db);
    const std::string case_sql = fmt::format(
        "INSERT INTO \"case\" ({}, state, class) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)",
        case_insert_columns);
    const auto start = Clock::now();
    db.exec("BEGIN IMMEDIATE");
    auto* counter = db.prepare(
        "INSERT INTO case_counter (day, last) VALUES (?, 1) "
        "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last");
    auto* insert = db.prepare(case_sql.c_str());
    auto* step = db.prepare(
        "INSERT INTO case_step (case_id, seq, kind, at, staff, reason, actor, value, materials, automatic, "
        "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto* status = db.prepare(
        "UPDATE \"case\" SET state = ?, class = ?, clock_start = ?, deadline = ?, statutory_deadline = ?, "
        "provisional = ?, finished = ?, follow_up_due = ? WHERE id = ?");
    auto* notice_counter = db.prepare(
        "INSERT INTO notice_counter (kind, year, last) VALUES (?, ?, 1) "
        "ON CONFLICT (kind, year) DO UPDATE SET last = last + 1 RETURNING last");
    auto* notice =
        db.prepare("INSERT INTO notice (case_id, step_id, kind, number, issued) VALUES (?, ?, ?, ?, ?)");
    const std::string recorded = now.to_string();
    for (const auto& r : requests) {
        const hall::Date day = r.received->date;
        const std::string key = fmt::format("{:04}{:02}{:02}", day.year(), day.month(), day.day());
        text(counter, 1, key);
        const std::string number = fmt::format("{}-{:04}", key, db.run(counter));
        const ItemRow& item = lookup.items.at(r.item);
        const std::string received = r.received->to_string();
        bind_facts(insert, number, item, lookup.staff.at(r.staff), r, received);
        text(insert, 20, "open");
        text(insert, 21, item.item_class.c_str());
        db.run(insert);
        const auto case_id = db.last_id();

        integer(step, 1, case_id);
        integer(step, 2, 1);
        text(step, 3, "open");
        text(step, 4, received);
        text(step, 5, r.staff);
        text(step, 6, "");
        text(step, 7, "");
        integer(step, 8, 0);
        text(step, 9, "");
        integer(step, 10, 0);
        text(step, 11, recorded);
        db.run(step);
        const auto step_id = db.last_id();

        text(status, 1, "open");
        text(status, 2, item.item_class.c_str());
        text(status, 3, day.to_string());
        text(status, 4, later(day, 14));
        if (item.statutory)
            text(status, 5, later(day, 28));
        else
            sqlite3_bind_null(status, 5);
        integer(status, 6, 0);
        sqlite3_bind_null(status, 7);
        sqlite3_bind_null(status, 8);
        integer(status, 9, case_id);
        db.run(status);

        const auto& [kind, prefix] = notice_kind(item.item_class);
        text(notice_counter, 1, kind);
        integer(notice_counter, 2, day.year());
        const auto n = db.run(notice_counter);
        integer(notice, 1, case_id);
        integer(notice, 2, step_id);
        text(notice, 3, kind);
        text(notice, 4, fmt::format("{}〔{}〕{:04}号", prefix, day.year(), n));
        text(notice, 5, received);
        db.run(notice);
    }
    db.finalize();
    db.exec("COMMIT");
    return seconds_since(start);
}

// --- phases of one `hall case open` process -------------------------------------------

// What `hall case open` does after the command line is parsed, one connection per
// iteration as in a fresh process, with each phase timed; and what the sqlite3 tool does
// for its one-row insert. Process start-up (exec, dynamic linking, CLI11) is not included.
void run_phases(const fs::path& dir, const fs::path& data_dir, int iterations) {
    const fs::path path = dir / "phases.db";
    prepare_store(path, data_dir);
    const auto at = *hall::Moment::parse("2026-11-24T09:30");
    hall::OpenRequest request;
    request.item = "SC02";
    request.applicant = "张三";
    request.staff = "S101";
    enum { open, calendar, policy, intake, view, close, raw_open, raw_insert, raw_close, phase_count };
    static constexpr std::array<const char*, phase_count> names{
        "Store::open (sqlite open, schema version check, pragmas)",
        "Store::load_calendar",
        "load_policy",
        "open_case (includes one view_case)",
        "  of which view_case (timed again after open_case)",
        "close (~Store: checkpoint and fsync of the WAL)",
        "raw: sqlite3_open_v2 + the three pragmas",
        "raw: one-row INSERT into setting",
        "raw: sqlite3_close (checkpoint and fsync)"};
    std::array<std::vector<double>, phase_count> us;
    auto lap = [](Clock::time_point& t) {
        const auto next = Clock::now();
        const double d = std::chrono::duration<double, std::micro>(next - t).count();
        t = next;
        return d;
    };
    for (int i = 0; i < iterations; ++i) {
        auto t = Clock::now();
        {
            auto store = hall::Store::open(path);
            us[open].push_back(lap(t));
            const auto cal = store.load_calendar();
            us[calendar].push_back(lap(t));
            const auto pol = hall::load_policy(store);
            us[policy].push_back(lap(t));
            const auto opened = hall::open_case(store, cal, pol, request, at);
            us[intake].push_back(lap(t));
            const auto again = hall::view_case(store, opened.view.record.facts.number);
            us[view].push_back(lap(t));
        }
        us[close].push_back(lap(t));
        {
            sqlite3* db = nullptr;
            if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) fail("open");
            sqlite3_exec(db, "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;",
                         nullptr, nullptr, nullptr);
            us[raw_open].push_back(lap(t));
            if (sqlite3_exec(db, "INSERT INTO setting(key,value) VALUES ('bench-'||hex(randomblob(8)),'x');",
                             nullptr, nullptr, nullptr) != SQLITE_OK)
                fail(sqlite3_errmsg(db));
            us[raw_insert].push_back(lap(t));
            sqlite3_close(db);
            us[raw_close].push_back(lap(t));
        }
    }
    std::printf("%d iterations, median microseconds per phase\n\n", iterations);
    double hall_total = 0;
    double raw_total = 0;
    for (int p = 0; p < phase_count; ++p) {
        const double m = median(us[static_cast<std::size_t>(p)]);
        if (p != view) (p < raw_open ? hall_total : raw_total) += m;
        std::printf("%10.1f  %s\n", m, names[static_cast<std::size_t>(p)]);
    }
    std::printf("\n%10.1f  hall total\n%10.1f  raw total\n", hall_total, raw_total);
}

// --- driver ----------------------------------------------------------------------------

struct Variant {
    const char* name;
    double (*run)(const fs::path&, const fs::path&, const std::vector<hall::OpenRequest>&);
    std::vector<double> seconds;
};

}  // namespace

int main(int argc, char** argv) {
    std::size_t cases = 100'000;
    int repetitions = 3;
    std::string only;
    int phases = 0;
    fs::path data_dir = HALL_BENCH_DATA_DIR;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--cases" && i + 1 < argc)
            cases = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--repetitions" && i + 1 < argc)
            repetitions = std::atoi(argv[++i]);
        else if (a == "--only" && i + 1 < argc)
            only = argv[++i];
        else if (a == "--phases" && i + 1 < argc)
            phases = std::atoi(argv[++i]);
        else if (a == "--data" && i + 1 < argc)
            data_dir = argv[++i];
        else
            fail(
                "usage: hall_bench_intake [--cases N] [--repetitions R] [--only hall|raw-row|raw-writes] "
                "[--data DIR]\n"
                "       hall_bench_intake --phases ITERATIONS [--data DIR]");
    }
    if (cases == 0 || repetitions < 1) fail("--cases and --repetitions must be positive");

    try {
        const fs::path dir = fs::temp_directory_path() / fmt::format("hall-bench-intake-{}", ::getpid());
        fs::create_directories(dir);
        const fs::path store_path = dir / "store.db";
        if (phases > 0) {
            run_phases(dir, data_dir, phases);
            fs::remove_all(dir);
            return 0;
        }

        prepare_store(store_path, data_dir);
        std::vector<hall::OpenRequest> requests;
        {
            auto store = hall::Store::open(store_path);
            requests = make_requests(store.load_calendar(), cases);
        }

        std::vector<Variant> variants{
            {"hall", run_hall, {}}, {"raw-row", run_raw_row, {}}, {"raw-writes", run_raw_writes, {}}};
        if (!only.empty()) {
            std::erase_if(variants, [&](const Variant& v) { return only != v.name; });
            if (variants.empty()) fail(fmt::format("no variant {}", only));
        }
        std::printf("%zu cases in one transaction, %d repetitions, store in %s\n", cases, repetitions,
                    dir.c_str());
        for (int rep = 0; rep < repetitions; ++rep) {
            for (std::size_t k = 0; k < variants.size(); ++k) {
                Variant& v = variants[(k + static_cast<std::size_t>(rep)) % variants.size()];
                const double s = v.run(store_path, data_dir, requests);
                const auto stored = count_cases(store_path);
                if (stored != static_cast<std::int64_t>(cases))
                    fail(fmt::format("{} stored {} cases, expected {}", v.name, stored, cases));
                v.seconds.push_back(s);
                std::printf("  repetition %d  %-10s %8.3f s\n", rep + 1, v.name, s);
                std::fflush(stdout);
            }
        }
        fs::remove_all(dir);

        double baseline = 0;
        for (const auto& v : variants)
            if (std::string(v.name) == "raw-row") baseline = median(v.seconds);
        std::printf("\n%-10s %10s %12s %12s %14s\n", "variant", "median s", "cases/s", "us/case",
                    "vs raw-row");
        for (const auto& v : variants) {
            const double s = median(v.seconds);
            const std::string ratio = baseline > 0 ? fmt::format("{:.1f}x", s / baseline) : "-";
            std::printf("%-10s %10.3f %12.0f %12.2f %14s\n", v.name, s, static_cast<double>(cases) / s,
                        s * 1e6 / static_cast<double>(cases), ratio.c_str());
        }
    } catch (const std::exception& e) {
        fail(e.what());
    }
    return 0;
}
