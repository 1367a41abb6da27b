// What the bulletins count of a period's cases (report.h), added up in the store from the
// cached status and figures (schema 12), so that a month or a year costs one pass over a
// covering index instead of reading and replaying every case.
#include "common.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace hall::sqlite_store {
namespace {

// A period's cases are read in the order of a covering index (by received or finished time)
// and added up here, a group per window, class, item and month: grouping them in SQL sorted
// every row of the period (a year's 800 000) before counting, most of a yearly bulletin's time.
struct GroupKey {
    std::int64_t window_id = 0;
    std::int64_t item_id = 0;
    std::uint32_t case_class = 0;  // index into Groups::classes_
    std::uint32_t month = 0;       // index into Groups::months_
    bool operator==(const GroupKey&) const = default;
};

struct GroupKeyHash {
    std::size_t operator()(const GroupKey& k) const {
        std::size_t h = std::hash<std::int64_t>()(k.window_id);
        h = h * 1000003 ^ std::hash<std::int64_t>()(k.item_id);
        h = h * 1000003 ^ (std::size_t{k.case_class} << 16 ^ k.month);
        return h;
    }
};

// The key a group's first case is found by: its received time then its id zero-padded, so
// that keys compare as the order of receipt (received, id) does.
std::string first_key_of(std::string_view received, std::int64_t id) {
    return fmt::format("{}{:020}", received, id);
}

// Whether (received, id) may come before a group's first case: only when its received time
// is not after the first's, or extends it (keys compare as whole strings).
bool may_precede(std::string_view received, std::string_view first_received) {
    return received <= first_received || received.starts_with(first_received);
}

// The first `n` characters of UTF-8 text, as SQLite's substr() counts them (a character is a
// byte below 0x80 or a lead byte with the continuation bytes after it).
std::string_view first_characters(std::string_view text, std::size_t n) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < n && at < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[at++]);
        if (lead >= 0xc0)
            while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xc0) == 0x80) ++at;
    }
    return text.substr(0, at);
}

template <typename Parse>
auto parse_or_bad(const std::string& path, const std::string& text, const char* name, const std::string& key,
                  Parse parse) {
    auto value = parse(text);
    if (!value) bad_data(path, "case", key, name, text);
    return *value;
}

class Groups {
public:
    Groups(sql::Database& db, const std::string& path) : path_(path) {
        // The joins of the codes: a group whose window or item the registry lacks is left
        // out, as an inner join leaves it.
        for (const char* table : {"hall_window", "item"}) {
            auto stmt = db.prepare(fmt::format("SELECT id, code FROM {}", table));
            auto& codes = table[0] == 'h' ? window_codes_ : item_codes_;
            while (stmt.step()) codes[stmt.integer(0)] = stmt.text(1);
        }
    }

    // Adds the row's case to its group (window_id, class, item_id in columns 0 to 2, received
    // and id in 4 and 5; the month's text `month`, or column 3's when none) and returns the group.
    CaseGroup& add(const sql::Statement& row, std::optional<std::string_view> month = std::nullopt) {
        const std::int64_t id = row.integer(5);
        const std::string_view received = row.text_view(4);
        const GroupKey key{row.integer(0), row.integer(2), intern(classes_, row.text_view(1), last_class_),
                           intern(months_, month ? *month : row.text_view(3), last_month_)};
        auto [it, fresh] = groups_.try_emplace(key);
        Group& g = it->second;
        if (fresh || may_precede(received, g.first_received)) {
            std::string k = first_key_of(received, id);
            if (fresh || k < g.figures.first_key) {
                g.figures.first_key = std::move(k);
                g.figures.first_case = id;
                g.first_received.assign(received);
            }
        }
        ++g.figures.cases;
        return g.figures;
    }

    // A value of the row summed as SQL's sum() would, and counted as count() would: NULL adds
    // nothing and is not counted, and anything but an integer is bad data, not a number.
    void sum(const sql::Statement& row, int column, const char* name, std::int64_t& into,
             std::int64_t* count = nullptr) const {
        const int type = row.type(column);
        if (type == SQLITE_NULL) return;
        if (type != SQLITE_INTEGER) bad_data(path_, "case", row_key(row), name, row.text(column));
        into += row.integer(column);
        if (count) ++*count;
    }

    // The groups whose window and item the registry has, with codes, class and month, in
    // the order of window, class, item and month ids.
    std::vector<CaseGroup> take() {
        std::vector<std::pair<GroupKey, Group*>> keyed;
        keyed.reserve(groups_.size());
        for (auto& [key, g] : groups_) keyed.emplace_back(key, &g);
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            const auto& x = a.first;
            const auto& y = b.first;
            return std::tuple(x.window_id, std::string_view(classes_[x.case_class]), x.item_id,
                              std::string_view(months_[x.month])) <
                   std::tuple(y.window_id, std::string_view(classes_[y.case_class]), y.item_id,
                              std::string_view(months_[y.month]));
        });
        std::vector<CaseGroup> out;
        out.reserve(keyed.size());
        for (auto& [key, g] : keyed) {
            const auto window = window_codes_.find(key.window_id);
            const auto item = item_codes_.find(key.item_id);
            if (window == window_codes_.end() || item == item_codes_.end()) continue;
            CaseGroup& f = g->figures;
            f.window = window->second;
            f.item = item->second;
            const std::string key_text = fmt::format("cases of window {} item {}", f.window, f.item);
            f.case_class = parse_or_bad(path_, classes_[key.case_class], "class", key_text, parse_class);
            f.month = parse_or_bad(path_, months_[key.month], "month", key_text,
                                   [](const std::string& t) { return Month::parse(t); });
            out.push_back(std::move(f));
        }
        return out;
    }

private:
    struct Group {
        CaseGroup figures;  // codes, class and month filled by take()
        std::string first_received;
    };

    // The index of `text` among the distinct values seen, trying the last one first: the
    // rows come by time, so a month repeats for thousands of rows, and there are few classes.
    static std::uint32_t intern(std::vector<std::string>& seen, std::string_view text, std::uint32_t& last) {
        if (last < seen.size() && seen[last] == text) return last;
        for (std::uint32_t i = 0; i < seen.size(); ++i)
            if (seen[i] == text) return last = i;
        seen.emplace_back(text);
        return last = static_cast<std::uint32_t>(seen.size() - 1);
    }

    std::string row_key(const sql::Statement& row) const {
        auto code = [](const std::map<std::int64_t, std::string>& codes, std::int64_t id) {
            const auto it = codes.find(id);
            return it == codes.end() ? std::string() : it->second;
        };
        return fmt::format("cases of window {} item {}", code(window_codes_, row.integer(0)),
                           code(item_codes_, row.integer(2)));
    }

    const std::string& path_;
    std::map<std::int64_t, std::string> window_codes_;
    std::map<std::int64_t, std::string> item_codes_;
    std::vector<std::string> classes_;
    std::vector<std::string> months_;
    std::uint32_t last_class_ = 0;
    std::uint32_t last_month_ = 0;
    std::unordered_map<GroupKey, Group, GroupKeyHash> groups_;
};

}  // namespace

void SqliteBackend::save_case_figures(std::int64_t case_id, const CaseStatus& s) {
    try {
        // Only what this schema added, and a rating or breach count the row never had
        // (saved before schema 7): the status it was saved with stays for hall verify to judge.
        auto stmt = db_.prepare(
            "UPDATE \"case\" SET rating = coalesce(rating, ?), notice_breaches = coalesce(notice_breaches, "
            "?), "
            "work_days = ?, days_late = ?, waiting_days = ?, paused_days = ?, authority_days = ?, "
            "responded_on = ?, figured = 1 WHERE id = ?");
        stmt.bind(1, s.rating)
            .bind(2, s.notice_breaches)
            .bind(3, s.work_days)
            .bind(4, s.days_late)
            .bind(5, s.waiting_days)
            .bind(6, s.paused_days)
            .bind(7, s.authority_days)
            .bind(8, date_text(s.responded_on))
            .bind(9, case_id)
            .run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "保存办件统计数", "saving a case's figures");
    }
}

bool SqliteBackend::has_unfigured_cases() const {
    try {
        auto stmt = db_.prepare("SELECT 1 FROM \"case\" INDEXED BY case_unfigured WHERE figured = 0 LIMIT 1");
        return stmt.step();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading cases");
    }
}

std::vector<CaseGroup> SqliteBackend::received_groups(Date from, Date to) const {
    try {
        Groups groups(db_, path_);
        auto stmt = db_.prepare(
            "SELECT window_id, class, item_id, NULL, received, id FROM \"case\" INDEXED BY "
            "case_received_figures WHERE received >= ? AND received < ?");
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        // The month is the received time's first seven characters, as substr() takes them.
        while (stmt.step()) groups.add(stmt, first_characters(stmt.text_view(4), 7));
        return groups.take();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "统计办件", "adding up cases");
    }
}

std::vector<CaseGroup> SqliteBackend::finished_groups(Date from, Date to) const {
    try {
        Groups groups(db_, path_);
        // `state = 'finished'` repeats the partial index's condition so that SQLite may use it.
        // The columns are read raw, as each costs a call per row; only the answer to a bad
        // rating stays an SQL condition (a NULL or a stored text compares as it always did),
        // packed in one column and worked out for the few rows rated 2 or less.
        auto stmt = db_.prepare(
            "SELECT window_id, class, item_id, substr(finished, 1, 7), received, id, late, work_days, "
            "waiting_days, paused_days, authority_days, rating, CASE WHEN rating BETWEEN 1 AND 2 THEN "
            "coalesce(responded_on <= follow_up_due, 0) | ((responded_on IS NULL) << 1) | ((responded_on IS "
            "NOT NULL AND (follow_up_due IS NULL OR responded_on > follow_up_due)) << 2) ELSE 0 END "
            "FROM \"case\" INDEXED BY case_finished_figures WHERE state = 'finished' AND finished >= ? "
            "AND finished < ?");
        stmt.bind(1, from.to_string()).bind(2, (to + 1).to_string());
        while (stmt.step()) {
            CaseGroup& g = groups.add(stmt);
            groups.sum(stmt, 6, "late", g.late);
            groups.sum(stmt, 7, "work_days", g.work_days, &g.timed);
            groups.sum(stmt, 8, "waiting_days", g.waiting_days, &g.waiting_cases);
            std::int64_t paused = 0;
            groups.sum(stmt, 9, "paused_days", paused);
            if (paused > 0) ++g.paused_cases;
            g.paused_days += paused;
            groups.sum(stmt, 10, "authority_days", g.authority_days, &g.authority_cases);
            // `rating = N` as SQL has it: a number equal to N; NULL, a text or a blob is none.
            const int rating_type = stmt.type(11);
            if (rating_type == SQLITE_INTEGER) {
                const std::int64_t rating = stmt.integer(11);
                if (rating >= 1 && rating <= 5) ++g.ratings[static_cast<std::size_t>(rating - 1)];
            } else if (rating_type == SQLITE_FLOAT) {
                const double rating = stmt.real(11);
                for (std::size_t i = 0; i < 5; ++i)
                    if (rating == static_cast<double>(i + 1)) ++g.ratings[i];
            }
            if (const std::int64_t bad = stmt.integer(12)) {
                g.bad_answered_on_time += bad & 1;
                g.bad_unanswered += (bad >> 1) & 1;
                g.bad_answered_late += (bad >> 2) & 1;
            }
        }
        return groups.take();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "统计办件", "adding up cases");
    }
}

std::map<std::int64_t, CaseItem> SqliteBackend::case_items(std::span<const std::int64_t> case_ids) const {
    try {
        std::string list = "[";
        for (const auto id : case_ids) {
            if (list.size() > 1) list.push_back(',');
            list += std::to_string(id);
        }
        list.push_back(']');
        auto stmt = db_.prepare(
            "SELECT id, item_name, promised_amount, promised_unit FROM \"case\" WHERE id IN (SELECT value "
            "FROM json_each(?))");
        stmt.bind(1, list);
        std::map<std::int64_t, CaseItem> out;
        while (stmt.step()) {
            const auto id = stmt.integer(0);
            const RowReader r(stmt, path_, "case", [&] { return fmt::format("case id {}", id); });
            out[id] = CaseItem{stmt.text(1), Limit{r.int32(2, "promised_amount"),
                                                   r.parsed(3, "promised_unit", parse_limit_unit)}};
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取办件", "reading cases");
    }
}

}  // namespace hall::sqlite_store
