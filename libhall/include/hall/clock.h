#pragma once
// The hall's own clock and time zone. "Now" is a UTC instant from a Clock the caller passes
// in; the hall turns it into its local time with its own zone, never the server's, so a
// server set to UTC still records a case received at 11:34 Beijing time at 11:34.
//
// A zone is a fixed offset. GCC 12's libstdc++ has no time zone database, and the zones a
// Chinese hall uses (Asia/Shanghai, Asia/Urumqi) have had one offset and no daylight saving
// since 1991, so a zone is a known name with its offset, or an offset written ±HH:MM.

#include <hall/date.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace hall {

using Instant = std::chrono::sys_seconds;  // UTC

class Clock {
public:
    virtual ~Clock() = default;
    virtual Instant now() const = 0;
};

// The computer's clock (UTC; the process's TZ plays no part).
class SystemClock final : public Clock {
public:
    Instant now() const override;
};

// Always the same instant: for tests and for replaying a day's work.
class FixedClock final : public Clock {
public:
    explicit FixedClock(Instant at) : at_(at) {}
    Instant now() const override { return at_; }

private:
    Instant at_;
};

struct TimeZone {
    std::string name;             // "Asia/Shanghai", "UTC", or an offset "+08:00"
    int offset_minutes = 8 * 60;  // east of UTC

    // A known name (Asia/Shanghai, Asia/Chongqing, Asia/Harbin, Asia/Urumqi, Asia/Hong_Kong,
    // Asia/Macau, Asia/Taipei, UTC) or an offset ±HH:MM up to 14 hours. Zones with daylight
    // saving are not known, since a fixed offset would be wrong for half the year.
    static std::optional<TimeZone> parse(std::string_view text);
    // Asia/Shanghai, UTC+8: China's one legal time.
    static TimeZone hall_default();

    bool operator==(const TimeZone&) const = default;
};

// Local hall time of an instant, to the minute (seconds are dropped).
Moment to_local(Instant at, const TimeZone& zone);
Instant to_instant(const Moment& local, const TimeZone& zone);

// A UTC instant written YYYY-MM-DDTHH:MMZ (or with :SS before the Z).
std::optional<Instant> parse_utc(std::string_view text);

}  // namespace hall
