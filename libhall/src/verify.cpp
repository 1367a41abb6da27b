#include <hall/policy.h>
#include <hall/registry.h>
#include <hall/verify.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace hall {
namespace {

namespace fs = std::filesystem;

// The kind of a schema object, in Chinese.
const char* type_zh(const std::string& type) {
    if (type == "table") return "表";
    if (type == "index") return "索引";
    if (type == "trigger") return "触发器";
    if (type == "view") return "视图";
    return type.c_str();
}

void check_schema(const Store& store, std::vector<StoreProblem>& problems) {
    const SchemaFacts found = store.schema_facts();
    // What this hall's migrations make, from a fresh store: the SQL of every object is the
    // text the migrations leave in sqlite_schema, the same for a store created today and one
    // migrated over the years.
    const SchemaFacts expected = Store::in_memory().schema_facts();
    const auto problem = [&](const std::string& name, std::string zh, std::string en) {
        problems.push_back({"schema", name, "", Text{std::move(zh), std::move(en)}});
    };
    if (found.application_id != expected.application_id)
        problem("application_id",
                fmt::format("存储标记为 {}，应为 {}", found.application_id, expected.application_id),
                fmt::format("the store's mark is {}, not {}", found.application_id, expected.application_id));
    if (found.version != expected.version)
        problem("user_version", fmt::format("结构版本为 {}，应为 {}", found.version, expected.version),
                fmt::format("schema version {}, not {}", found.version, expected.version));
    const auto find = [](const SchemaFacts& facts, const SchemaObject& o) {
        return std::find_if(facts.objects.begin(), facts.objects.end(),
                            [&](const SchemaObject& x) { return x.type == o.type && x.name == o.name; });
    };
    for (const auto& want : expected.objects) {
        const auto have = find(found, want);
        if (have == found.objects.end())
            problem(want.name, fmt::format("{} {} 不见了", type_zh(want.type), want.name),
                    fmt::format("{} {} is missing", want.type, want.name));
        else if (have->sql != want.sql)
            problem(want.name, fmt::format("{} {} 的定义被改动过", type_zh(want.type), want.name),
                    fmt::format("{} {} differs from hall's definition", want.type, want.name));
    }
    for (const auto& have : found.objects) {
        // SQLite's own tables (statistics after ANALYZE) are not the hall's to judge.
        if (have.name.starts_with("sqlite_")) continue;
        if (find(expected, have) == expected.objects.end())
            problem(have.name, fmt::format("{} {} 不属于 hall 的结构", type_zh(have.type), have.name),
                    fmt::format("{} {} is not part of hall's schema", have.type, have.name));
    }
}

std::string shown(const std::optional<Date>& d) {
    return d ? d->to_string() : "-";
}
std::string shown(const std::optional<Moment>& m) {
    return m ? m->to_string() : "-";
}
std::string shown(bool b) {
    return b ? "1" : "0";
}
std::string shown(const std::optional<int>& n) {
    return n ? std::to_string(*n) : "-";
}

// "field stored → replayed" for each cached field that differs.
std::string status_difference(const CachedStatus& stored, const CachedStatus& fresh) {
    std::vector<std::string> parts;
    const auto differ = [&](const char* name, const std::string& a, const std::string& b) {
        if (a != b) parts.push_back(fmt::format("{} {} → {}", name, a, b));
    };
    differ("state", state_id(stored.state), state_id(fresh.state));
    differ("class", class_id(stored.case_class), class_id(fresh.case_class));
    differ("clock_start", shown(stored.clock_start), shown(fresh.clock_start));
    differ("deadline", shown(stored.deadline), shown(fresh.deadline));
    differ("statutory_deadline", shown(stored.statutory_deadline), shown(fresh.statutory_deadline));
    differ("provisional", shown(stored.provisional), shown(fresh.provisional));
    differ("finished", shown(stored.finished), shown(fresh.finished));
    differ("follow_up_due", shown(stored.follow_up_due), shown(fresh.follow_up_due));
    differ("late", shown(stored.late), shown(fresh.late));
    differ("rating", shown(stored.rating), shown(fresh.rating));
    differ("work_days", shown(stored.work_days), shown(fresh.work_days));
    differ("days_late", shown(stored.days_late), shown(fresh.days_late));
    differ("waiting_days", shown(stored.waiting_days), shown(fresh.waiting_days));
    differ("paused_days", std::to_string(stored.paused_days), std::to_string(fresh.paused_days));
    differ("authority_days", shown(stored.authority_days), shown(fresh.authority_days));
    differ("responded_on", shown(stored.responded_on), shown(fresh.responded_on));
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
    return out;
}

// The copy being made: removed, with any journal SQLite left beside it, unless kept.
class Scratch {
public:
    explicit Scratch(const fs::path& folder) : path_((folder / ".hall-backup-XXXXXX").string()) {
        const int fd = ::mkstemp(path_.data());
        if (fd < 0) {
            path_.clear();
            return;
        }
        ::close(fd);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    ~Scratch() {
        if (!path_.empty() && !kept_) ::unlink(path_.c_str());
        if (!path_.empty()) remove_journals();
    }
    const std::string& path() const { return path_; }
    void keep() { kept_ = true; }
    void remove_journals() const {
        for (const char* suffix : {"-wal", "-shm", "-journal"}) ::unlink((path_ + suffix).c_str());
    }

private:
    std::string path_;
    bool kept_ = false;
};

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    if (fs::equivalent(a, b, ec)) return true;
    const auto ca = fs::weakly_canonical(a, ec);
    if (ec) return false;
    const auto cb = fs::weakly_canonical(b, ec);
    return !ec && ca == cb;
}

Refused cannot_back_up(const fs::path& file, const std::string& why) {
    return Refused(Text{fmt::format("无法备份到 {0}：{1}；未写入任何内容", file.string(), why),
                        fmt::format("cannot back up to {0}: {1}; nothing was written", file.string(), why)});
}

}  // namespace

VerifyReport verify_store(const Store& store, const Calendar& calendar, const CasePolicy& policy,
                          const std::optional<std::string>& case_number) {
    VerifyReport report;
    report.store = store.path();
    report.case_number = case_number;
    check_schema(store, report.problems);
    bool found = !case_number.has_value();
    store.audit(
        case_number,
        [&](StoredCase& c) {
            found = true;
            ++report.cases;
            try {
                CachedStatus fresh(replay(c.facts, c.steps, calendar, policy));
                if (!c.figured) {
                    // Saved before the store cached these: nothing to compare until filled.
                    fresh.rating = c.status.rating;
                    fresh.work_days = c.status.work_days;
                    fresh.days_late = c.status.days_late;
                    fresh.waiting_days = c.status.waiting_days;
                    fresh.paused_days = c.status.paused_days;
                    fresh.authority_days = c.status.authority_days;
                    fresh.responded_on = c.status.responded_on;
                }
                if (!(fresh == c.status))
                    report.problems.push_back(
                        {"status", "case", fmt::format("case {}", c.facts.number),
                         Text{fmt::format("缓存的状态与重放结果不符（{}）",
                                          status_difference(c.status, fresh)),
                              fmt::format("its cached status differs from a replay of its steps ({})",
                                          status_difference(c.status, fresh))}});
            } catch (const Error& e) {
                report.problems.push_back({"status", "case", fmt::format("case {}", c.facts.number),
                                           Text{fmt::format("无法重放：{}", e.message(Lang::zh)),
                                                fmt::format("cannot be replayed: {}", e.message(Lang::en))}});
            }
        },
        [&](StoreProblem p) {
            if (p.table == "case" || p.table == "case_step") found = true;
            report.problems.push_back(std::move(p));
        });
    if (!found)
        throw NotFound(
            Text{fmt::format("没有办件 {}", *case_number), fmt::format("no case {}", *case_number)});
    return report;
}

VerifyReport backup_store(const Store& store, const fs::path& file, bool replace) {
    if (file.empty()) throw InvalidInput(Text{"备份文件须是文件路径", "the backup needs a file path"});
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (same_file(file, fs::path(store.path() + suffix)))
            throw Refused(
                Text{fmt::format("{0} 是大厅的存储文件，不能作为备份；请换一个文件名", file.string()),
                     fmt::format("{0} is the hall's store; back up to another file", file.string())});
    std::error_code ec;
    const auto status = fs::status(file, ec);
    if (!ec && fs::exists(status)) {
        if (!fs::is_regular_file(status))
            throw Refused(Text{fmt::format("{0} 不是普通文件；请备份到一个文件", file.string()),
                               fmt::format("{0} is not a regular file; back up to a file", file.string())});
        if (!replace)
            throw Refused(Text{fmt::format("{0} 已经存在；要替换它请加 --force", file.string()),
                               fmt::format("{0} already exists; add --force to replace it", file.string())});
    }
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec))
        throw Refused(Text{fmt::format("目录 {0} 不存在；请先建立它", folder.string()),
                           fmt::format("folder {0} does not exist; create it first", folder.string())});

    Scratch scratch(folder);
    if (scratch.path().empty()) throw cannot_back_up(file, std::strerror(errno));
    store.copy_to(scratch.path());
    VerifyReport report;
    {
        const Store copy = Store::open(scratch.path());
        report = verify_store(copy, copy.load_calendar(), load_policy(copy));
    }
    report.store = file.string();
    scratch.remove_journals();
    if (!report.clean()) return report;  // the copy goes with the scratch file
    const int fd = ::open(scratch.path().c_str(), O_RDONLY);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0) ::close(fd);
    if (!synced) throw cannot_back_up(file, std::strerror(errno));
    // The copy keeps mkstemp's mode (0600): it holds the applicants' records.
    if (::rename(scratch.path().c_str(), file.c_str()) != 0) throw cannot_back_up(file, std::strerror(errno));
    scratch.keep();
    return report;
}

}  // namespace hall
