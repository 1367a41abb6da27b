#include <hall/clock.h>

#include <fmt/format.h>

#include <array>
#include <charconv>
#include <utility>

namespace hall {
namespace {

constexpr std::array<std::pair<std::string_view, int>, 9> known_zones = {{
    {"Asia/Shanghai", 8 * 60},
    {"Asia/Chongqing", 8 * 60},
    {"Asia/Harbin", 8 * 60},
    {"Asia/Urumqi", 6 * 60},
    {"Asia/Hong_Kong", 8 * 60},
    {"Asia/Macau", 8 * 60},
    {"Asia/Taipei", 8 * 60},
    {"UTC", 0},
    {"Etc/UTC", 0},
}};

bool two_digits(std::string_view text, int& out) {
    if (text.size() != 2) return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + 2, out);
    return error == std::errc() && end == text.data() + 2;
}

}  // namespace

Instant SystemClock::now() const {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

std::optional<TimeZone> TimeZone::parse(std::string_view text) {
    for (const auto& [name, offset] : known_zones)
        if (text == name) return TimeZone{std::string(name), offset};
    // ±HH:MM
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':') return std::nullopt;
    int hours = 0, minutes = 0;
    if (!two_digits(text.substr(1, 2), hours) || !two_digits(text.substr(4, 2), minutes)) return std::nullopt;
    if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return std::nullopt;
    const int offset = (text[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
    return TimeZone{std::string(text), offset};
}

TimeZone TimeZone::hall_default() {
    return TimeZone{"Asia/Shanghai", 8 * 60};
}

Moment to_local(Instant at, const TimeZone& zone) {
    const auto minutes =
        std::chrono::floor<std::chrono::minutes>(at).time_since_epoch().count() + zone.offset_minutes;
    const auto day = std::chrono::floor<std::chrono::days>(std::chrono::minutes(minutes));
    const auto minute = minutes - std::chrono::duration_cast<std::chrono::minutes>(day).count();
    return Moment{Date::from_serial(static_cast<std::int32_t>(day.count())), static_cast<int>(minute)};
}

Instant to_instant(const Moment& local, const TimeZone& zone) {
    const std::int64_t minutes =
        static_cast<std::int64_t>(local.date.serial()) * 24 * 60 + local.minute - zone.offset_minutes;
    return Instant(std::chrono::seconds(minutes * 60));
}

std::optional<Instant> parse_utc(std::string_view text) {
    if (text.empty() || text.back() != 'Z') return std::nullopt;
    text.remove_suffix(1);
    int seconds = 0;
    if (text.size() == 19) {
        if (text[16] != ':' || !two_digits(text.substr(17, 2), seconds) || seconds > 59) return std::nullopt;
        text.remove_suffix(3);
    }
    if (text.size() != 16) return std::nullopt;
    const auto moment = Moment::parse(text);
    if (!moment) return std::nullopt;
    return to_instant(*moment, TimeZone{"UTC", 0}) + std::chrono::seconds(seconds);
}

}  // namespace hall
