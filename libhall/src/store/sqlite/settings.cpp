#include "common.h"

namespace hall::sqlite_store {
std::optional<std::string> SqliteBackend::setting(const std::string& key) const {
    try {
        auto stmt = db_.prepare("SELECT value FROM setting WHERE key = ?");
        stmt.bind(1, key);
        if (stmt.step()) return stmt.text(0);
        return std::nullopt;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取设置", "reading a setting");
    }
}

std::vector<std::pair<std::string, std::string>> SqliteBackend::settings(const std::string& prefix) const {
    try {
        auto stmt =
            db_.prepare("SELECT key, value FROM setting WHERE substr(key, 1, length(?1)) = ?1 ORDER BY key");
        stmt.bind(1, prefix);
        std::vector<std::pair<std::string, std::string>> out;
        while (stmt.step()) out.emplace_back(stmt.text(0), stmt.text(1));
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取设置", "reading settings");
    }
}

void SqliteBackend::set_setting(const std::string& key, const std::string& value) {
    try {
        auto stmt = db_.prepare(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        stmt.bind(1, key).bind(2, value).run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "保存设置", "saving a setting");
    }
}

void SqliteBackend::record_setting_change(const SettingChange& change) {
    try {
        auto stmt = db_.prepare(
            "INSERT INTO setting_change (key, old_value, new_value, changed_by, changed_at) "
            "VALUES (?, ?, ?, ?, ?)");
        stmt.bind(1, change.key)
            .bind(2, change.old_value)
            .bind(3, change.new_value)
            .bind(4, change.by)
            .bind(5, change.at.to_string())
            .run();
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "记录设置的修改", "recording a settings change");
    }
}

std::vector<SettingChange> SqliteBackend::setting_changes() const {
    try {
        auto stmt = db_.prepare(
            "SELECT id, key, old_value, new_value, changed_by, changed_at FROM setting_change ORDER BY id");
        std::vector<SettingChange> out;
        while (stmt.step()) {
            const RowReader row(stmt, path_, "setting_change", std::to_string(stmt.integer(0)));
            out.push_back({stmt.text(1), stmt.optional_text(2), stmt.text(3), stmt.text(4),
                           row.moment(5, "changed_at")});
        }
        return out;
    } catch (const sql::SqliteError& e) {
        rethrow(e, path_, "读取设置的修改记录", "reading the settings log");
    }
}

}  // namespace hall::sqlite_store
