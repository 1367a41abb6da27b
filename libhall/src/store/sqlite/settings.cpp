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

}  // namespace hall::sqlite_store
