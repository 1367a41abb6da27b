#include "common.h"

#include <unordered_map>

namespace hall::sqlite_store {
namespace {

// Replaces an item's materials and joint participants.
void write_item_lists(sql::Database& db, std::int64_t item_id, const Item& item) {
    auto clear_materials = db.prepare("DELETE FROM item_material WHERE item_id = ?");
    clear_materials.bind(1, item_id).run();
    auto clear_participants = db.prepare("DELETE FROM item_participant WHERE item_id = ?");
    clear_participants.bind(1, item_id).run();
    auto material = db.prepare("INSERT INTO item_material (item_id, seq, name, main) VALUES (?, ?, ?, ?)");
    int seq = 0;
    for (const auto& m : item.materials) {
        material.bind(1, item_id).bind(2, ++seq).bind(3, m.name).bind(4, m.main ? 1 : 0).run();
        material.reset();
    }
    auto participant = db.prepare("INSERT INTO item_participant (item_id, window_id, days) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < item.participants.size(); ++i) {
        const int days = i < item.participant_days.size() ? item.participant_days[i] : 0;
        participant.bind(1, item_id).bind(2, require_window(db, item.participants[i])).bind(3, days).run();
        participant.reset();
    }
}

void write_item_guide(sql::Database& db, std::int64_t item_id, const ItemGuide& guide) {
    auto stmt = db.prepare(
        "UPDATE item SET content = ?, basis = ?, procedure = ?, fee = ?, fee_basis = ?, complaint = ? "
        "WHERE id = ?");
    stmt.bind(1, guide.content).bind(2, guide.basis).bind(3, join(guide.procedure)).bind(4, guide.fee);
    stmt.bind(5, guide.fee_basis).bind(6, guide.complaint).bind(7, item_id).run();
}

void write_item(sql::Database& db, const Item& item, std::int64_t window_id) {
    auto stmt = db.prepare(
        "INSERT INTO item (code, name, window_id, class, promised_amount, promised_unit, statutory_amount, "
        "statutory_unit, reporting_days, authority, prohibited, prohibited_reason, tolerance, inspection) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    stmt.bind(1, item.code).bind(2, item.name).bind(3, window_id).bind(4, class_id(item.case_class));
    stmt.bind(5, item.promised.amount).bind(6, limit_unit_id(item.promised.unit));
    if (item.statutory) {
        stmt.bind(7, item.statutory->amount).bind(8, limit_unit_id(item.statutory->unit));
    } else {
        stmt.bind_null(7).bind_null(8);
    }
    stmt.bind(9, item.reporting_days).bind(10, item.authority).bind(11, item.prohibited ? 1 : 0);
    stmt.bind(12, item.prohibited_reason).bind(13, item.tolerance ? 1 : 0).bind(14, item.inspection ? 1 : 0);
    stmt.run();
    const auto item_id = db.last_insert_rowid();
    write_item_lists(db, item_id, item);
    write_item_guide(db, item_id, item.guide);
}

// Items with their lists in three queries, whatever their number: all of them, or the one
// with `code`.
std::vector<Item> load_items(sql::Database& db, const std::string& path,
                             const std::optional<std::string>& code) {
    // One code is looked up by its index: `?1 IS NULL OR code = ?1` would read every row,
    // and intake looks an item up for every case.
    const std::string where = code ? " WHERE i.code = ?1" : "";
    auto stmt = db.prepare(
        "SELECT i.id, i.code, i.name, w.code, i.class, i.promised_amount, i.promised_unit, "
        "i.statutory_amount, i.statutory_unit, i.reporting_days, i.authority, i.prohibited, "
        "i.prohibited_reason, i.tolerance, i.inspection "
        "FROM item i JOIN hall_window w ON w.id = i.window_id" +
        where + " ORDER BY i.code");
    if (code) stmt.bind(1, *code);
    std::vector<Item> out;
    std::unordered_map<std::int64_t, std::size_t> index;
    while (stmt.step()) {
        Item item;
        index.emplace(stmt.integer(0), out.size());
        item.code = stmt.text(1);
        item.name = stmt.text(2);
        item.window = stmt.text(3);
        const RowReader r(stmt, path, "item", fmt::format("item {}", item.code));
        item.case_class = r.parsed(4, "class", parse_class);
        item.promised = Limit{r.int32(5, "promised_amount"), r.parsed(6, "promised_unit", parse_limit_unit)};
        if (!stmt.is_null(7))
            item.statutory =
                Limit{r.int32(7, "statutory_amount"), r.parsed(8, "statutory_unit", parse_limit_unit)};
        if (!stmt.is_null(9)) item.reporting_days = r.int32(9, "reporting_days");
        item.authority = stmt.text(10);
        item.prohibited = r.flag(11, "prohibited");
        item.prohibited_reason = stmt.text(12);
        item.tolerance = r.flag(13, "tolerance");
        item.inspection = r.flag(14, "inspection");
        out.push_back(std::move(item));
    }
    if (out.empty()) return out;
    auto materials = db.prepare(
        "SELECT m.item_id, m.name, m.main FROM item_material m JOIN item i ON i.id = "
        "m.item_id" +
        where + " ORDER BY m.item_id, m.seq");
    if (code) materials.bind(1, *code);
    while (materials.step()) {
        const RowReader r(materials, path, "item_material", fmt::format("material {}", materials.text(1)));
        out[index.at(materials.integer(0))].materials.push_back({materials.text(1), r.flag(2, "main")});
    }
    auto participants = db.prepare(
        "SELECT p.item_id, w.code, p.days FROM item_participant p JOIN hall_window w ON w.id = p.window_id "
        "JOIN item i ON i.id = p.item_id" +
        where + " ORDER BY p.item_id, w.code");
    if (code) participants.bind(1, *code);
    while (participants.step()) {
        Item& item = out[index.at(participants.integer(0))];
        item.participants.push_back(participants.text(1));
        const RowReader r(participants, path, "item_participant",
                          fmt::format("participant {}", participants.text(1)));
        item.participant_days.push_back(r.int32(2, "days"));
    }
    auto guide = db.prepare(
        "SELECT id, content, basis, procedure, fee, fee_basis, complaint FROM item WHERE ?1 IS NULL OR code "
        "= ?1");
    guide.bind(1, code);
    while (guide.step()) {
        ItemGuide& g = out[index.at(guide.integer(0))].guide;
        g.content = guide.text(1);
        g.basis = guide.text(2);
        g.procedure = split(guide.text(3));
        g.fee = guide.text(4);
        g.fee_basis = guide.text(5);
        g.complaint = guide.text(6);
    }
    return out;
}

}  // namespace

void SqliteBackend::add_window(const Window& window) {
    try {
        auto& db = db_;
        if (id_of(db, "hall_window", window.code)) throw exists("窗口", "window", window.code);
        std::optional<std::int64_t> unit_id;
        if (!window.unit.empty()) {
            auto upsert = db.prepare("INSERT INTO unit (name) VALUES (?) ON CONFLICT (name) DO NOTHING");
            upsert.bind(1, window.unit).run();
            auto find = db.prepare("SELECT id FROM unit WHERE name = ?");
            find.bind(1, window.unit);
            if (find.step()) unit_id = find.integer(0);
        }
        auto stmt = db.prepare("INSERT INTO hall_window (code, name, unit_id) VALUES (?, ?, ?)");
        stmt.bind(1, window.code).bind(2, window.name).bind(3, unit_id).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记窗口", "adding a window");
    }
}

void SqliteBackend::add_staff(const Staff& person) {
    try {
        auto& db = db_;
        if (id_of(db, "staff", person.code)) throw exists("工作人员", "staff", person.code);
        const auto window_id = require_window(db, person.window);
        auto stmt = db.prepare("INSERT INTO staff (code, name, window_id, role) VALUES (?, ?, ?, ?)");
        stmt.bind(1, person.code).bind(2, person.name).bind(3, window_id).bind(4, role_id(person.role)).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记工作人员", "adding staff");
    }
}

void SqliteBackend::add_item(const Item& item) {
    try {
        auto& db = db_;
        if (id_of(db, "item", item.code)) throw exists("事项", "item", item.code);
        write_item(db, item, require_window(db, item.window));
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "登记事项", "adding an item");
    }
}

void SqliteBackend::put_item(const Item& item) {
    try {
        auto& db = db_;
        const auto window_id = require_window(db, item.window);
        if (const auto old = id_of(db, "item", item.code)) {
            // Cases keep their item; update in place and rewrite the lists.
            auto stmt = db.prepare(
                "UPDATE item SET name = ?, window_id = ?, class = ?, promised_amount = ?, promised_unit = ?, "
                "statutory_amount = ?, statutory_unit = ?, reporting_days = ?, authority = ?, prohibited = "
                "?, "
                "prohibited_reason = ?, tolerance = ?, inspection = ? WHERE id = ?");
            stmt.bind(1, item.name).bind(2, window_id).bind(3, class_id(item.case_class));
            stmt.bind(4, item.promised.amount).bind(5, limit_unit_id(item.promised.unit));
            if (item.statutory)
                stmt.bind(6, item.statutory->amount).bind(7, limit_unit_id(item.statutory->unit));
            else
                stmt.bind_null(6).bind_null(7);
            stmt.bind(8, item.reporting_days).bind(9, item.authority).bind(10, item.prohibited ? 1 : 0);
            stmt.bind(11, item.prohibited_reason).bind(12, item.tolerance ? 1 : 0);
            stmt.bind(13, item.inspection ? 1 : 0).bind(14, old).run();
            write_item_lists(db, old, item);
            write_item_guide(db, old, item.guide);
        } else {
            write_item(db, item, window_id);
        }
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "导入事项", "importing an item");
    }
}

std::vector<Window> SqliteBackend::windows(const std::optional<std::string>& code) const {
    try {
        auto stmt = db_.prepare(
            "SELECT w.code, w.name, coalesce(u.name, ''), coalesce((SELECT s.code FROM staff s WHERE "
            "s.window_id = "
            "w.id AND s.role = 'chief' ORDER BY s.id LIMIT 1), '') FROM hall_window w LEFT JOIN unit u ON "
            "u.id = "
            "w.unit_id" +
            std::string(code ? " WHERE w.code = ?1" : "") + " ORDER BY w.code");
        if (code) stmt.bind(1, *code);
        std::vector<Window> out;
        while (stmt.step()) out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), stmt.text(3)});
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取窗口", "reading windows");
    }
}

std::vector<Staff> SqliteBackend::staff(const std::optional<std::string>& window,
                                        const std::optional<std::string>& code) const {
    try {
        // Each condition only when asked, so that SQLite looks a code up by its index.
        auto stmt = db_.prepare(
            std::string("SELECT s.code, s.name, w.code, s.role FROM staff s JOIN hall_window w ON w.id = "
                        "s.window_id WHERE 1") +
            (window ? " AND w.code = ?1" : "") + (code ? " AND s.code = ?2" : "") + " ORDER BY s.code");
        if (window) stmt.bind(1, *window);
        if (code) stmt.bind(2, *code);
        std::vector<Staff> out;
        while (stmt.step()) {
            const RowReader r(stmt, path_, "staff", fmt::format("staff {}", stmt.text(0)));
            out.push_back({stmt.text(0), stmt.text(1), stmt.text(2), r.parsed(3, "role", parse_role)});
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取工作人员", "reading staff");
    }
}

std::vector<Item> SqliteBackend::items(const std::optional<std::string>& code) const {
    try {
        return load_items(db_, path_, code);
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取事项", "reading items");
    }
}

}  // namespace hall::sqlite_store
