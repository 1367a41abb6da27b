#pragma once
// Helpers shared by the unit tests: readable failure messages for hall's value types, a
// terse date literal and a scratch directory that cleans up after itself.

#include <hall/calendar.h>
#include <hall/date.h>

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <unistd.h>

namespace doctest {

template <>
struct StringMaker<std::optional<hall::Date>> {
    static String convert(const std::optional<hall::Date>& date) {
        return date ? date->to_string().c_str() : "null";
    }
};

template <>
struct StringMaker<hall::Date> {
    static String convert(const hall::Date& d) { return d.to_string().c_str(); }
};

template <>
struct StringMaker<hall::Moment> {
    static String convert(const hall::Moment& m) { return m.to_string().c_str(); }
};

template <>
struct StringMaker<hall::Month> {
    static String convert(const hall::Month& m) { return m.to_string().c_str(); }
};

template <>
struct StringMaker<hall::Weekday> {
    static String convert(hall::Weekday w) {
        constexpr const char* names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
        return names[static_cast<int>(w)];
    }
};

template <>
struct StringMaker<hall::DayType> {
    static String convert(hall::DayType t) {
        constexpr const char* names[] = {"workday", "weekend", "holiday", "makeup_workday"};
        return names[static_cast<int>(t)];
    }
};

}  // namespace doctest

namespace hall::test {

// A date literal for tests; a typo in a test's own data must not pass silently.
inline Date d(std::string_view text) {
    auto date = Date::parse(text);
    if (!date) throw std::invalid_argument("bad date literal in test: " + std::string(text));
    return *date;
}

inline std::optional<Date> od(std::string_view text) {
    return d(text);
}

inline Moment at(std::string_view text) {
    auto moment = Moment::parse(text);
    if (!moment) throw std::invalid_argument("bad moment literal in test: " + std::string(text));
    return *moment;
}

inline bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

// A fresh directory under the system temp folder, removed with everything in it (an SQLite
// store leaves -wal and -shm files beside itself).
class TempDir {
public:
    TempDir() {
        static int counter = 0;
        path_ = std::filesystem::temp_directory_path() /
                ("hall-unit-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

}  // namespace hall::test
