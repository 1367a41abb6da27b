#pragma once
// Calendar dates and local hall times as plain values.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hall {

enum class Weekday : std::uint8_t { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

// A day in the proleptic Gregorian calendar, stored as days since 1970-01-01 so that
// arithmetic and comparison are integer operations.
class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_serial(std::int32_t days) { return Date(days); }
    // Returns nothing for an impossible date such as 2026-02-30.
    static std::optional<Date> from_ymd(int year, int month, int day);
    // Accepts exactly YYYY-MM-DD.
    static std::optional<Date> parse(std::string_view text);

    constexpr std::int32_t serial() const { return days_; }
    int year() const;
    int month() const;
    int day() const;
    Weekday weekday() const;
    bool is_weekend() const;
    std::string to_string() const;

    constexpr Date operator+(std::int32_t n) const { return Date(days_ + n); }
    constexpr Date operator-(std::int32_t n) const { return Date(days_ - n); }
    constexpr std::int32_t operator-(Date other) const { return days_ - other.days_; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

// A local hall time to the minute: what a clerk types as YYYY-MM-DDTHH:MM.
struct Moment {
    Date date;
    int minute = 0;  // minutes after midnight, 0..1439

    // Accepts YYYY-MM-DD (meaning 00:00), YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM".
    static std::optional<Moment> parse(std::string_view text);
    std::string to_string() const;
    auto operator<=>(const Moment&) const = default;
};

// A calendar month, YYYY-MM.
struct Month {
    int year = 0;
    int month = 0;
    static std::optional<Month> parse(std::string_view text);
    Date first_day() const;
    Date last_day() const;
    std::string to_string() const;
    auto operator<=>(const Month&) const = default;
};

}  // namespace hall
