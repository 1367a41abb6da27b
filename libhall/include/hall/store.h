#pragma once
// The hall store: one SQLite file (WAL, foreign keys on, versioned schema). This façade is
// the only code in hall that speaks SQL; everything above it works with value types.

#include <hall/calendar.h>
#include <hall/calendar_file.h>
#include <hall/date.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace hall {

struct CalendarImport {
    std::int64_t id = 0;
    std::string file;
    std::string region;
    Layer layer = Layer::national;
    std::vector<int> years;
    std::string imported_at;
};

class Store {
public:
    // Opens the store at `path`, creating it (and its schema) when the file does not exist
    // or is empty, and migrating an older schema. ":memory:" gives a private in-memory store.
    // Throws StoreError for a file that is not a hall store or comes from a newer hall.
    static Store open(const std::filesystem::path& path);
    static Store in_memory() { return open(":memory:"); }

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::string& path() const;
    bool created() const;   // this open created the file
    int migrated_from() const;  // schema version found before migrating (0: new store)
    static int schema_version();

    // A unit of work: rolls back unless committed. Nested transactions become savepoints,
    // so a library operation may open one inside a caller's.
    class Transaction {
    public:
        explicit Transaction(Store& store);
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        ~Transaction();
        void commit();

    private:
        Store* store_;
        bool done_ = false;
    };

    // Calendar ------------------------------------------------------------------------
    bool has_calendar() const;
    // Adds or replaces the years in `file` for its layer and records the import.
    void import_calendar(const CalendarFile& file, const std::string& origin, const Moment& now);
    Calendar load_calendar() const;
    std::vector<ScheduleYear> schedule_years(Layer layer) const;
    std::vector<CalendarImport> calendar_imports() const;

    // Settings: small named values a hall can change (thresholds, limits).
    std::optional<std::string> setting(const std::string& key) const;
    void set_setting(const std::string& key, const std::string& value);

    struct Impl;
    Impl& impl() const { return *impl_; }

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace hall
