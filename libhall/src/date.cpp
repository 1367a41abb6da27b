#include <hall/date.h>

#include <fmt/format.h>

#include <charconv>

namespace hall {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days, valid for every date we can parse.
constexpr std::int32_t days_from_civil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

struct Civil {
    int year;
    unsigned month;
    unsigned day;
};

constexpr Civil civil_from_days(std::int32_t z) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

constexpr bool is_leap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr int days_in_month(int y, int m) {
    constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : lengths[m - 1];
}

bool parse_digits(std::string_view text, int& out) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, int month, int day) {
    if (year < 1900 || year > 9999 || month < 1 || month > 12) return std::nullopt;
    if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date(days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

std::optional<Date> Date::parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int y = 0, m = 0, d = 0;
    if (!parse_digits(text.substr(0, 4), y) || !parse_digits(text.substr(5, 2), m) ||
        !parse_digits(text.substr(8, 2), d))
        return std::nullopt;
    return from_ymd(y, m, d);
}

int Date::year() const {
    return civil_from_days(days_).year;
}
int Date::month() const {
    return static_cast<int>(civil_from_days(days_).month);
}
int Date::day() const {
    return static_cast<int>(civil_from_days(days_).day);
}

Weekday Date::weekday() const {
    // 1970-01-01 was a Thursday.
    const int index = ((days_ % 7) + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

bool Date::is_weekend() const {
    return weekday() >= Weekday::saturday;
}

namespace {
// Writes `v` as `width` digits at `out`; v is within 0 .. 10^width - 1.
void put_digits(char* out, unsigned v, int width) {
    for (int i = width - 1; i >= 0; --i, v /= 10) out[i] = static_cast<char>('0' + v % 10);
}
}  // namespace

std::string Date::to_string() const {
    const Civil c = civil_from_days(days_);
    // Every date and time of an import or export is written here: digits put in place,
    // not a format string parsed a million times. Years outside four digits keep fmt's form.
    if (c.year < 0 || c.year > 9999) return fmt::format("{:04}-{:02}-{:02}", c.year, c.month, c.day);
    std::string out = "0000-00-00";
    put_digits(out.data(), static_cast<unsigned>(c.year), 4);
    put_digits(out.data() + 5, c.month, 2);
    put_digits(out.data() + 8, c.day, 2);
    return out;
}

std::optional<Moment> Moment::parse(std::string_view text) {
    if (text.size() == 10) {
        auto date = Date::parse(text);
        if (!date) return std::nullopt;
        return Moment{*date, 0};
    }
    if (text.size() != 16 || (text[10] != 'T' && text[10] != ' ') || text[13] != ':') return std::nullopt;
    auto date = Date::parse(text.substr(0, 10));
    int h = 0, m = 0;
    if (!date || !parse_digits(text.substr(11, 2), h) || !parse_digits(text.substr(14, 2), m))
        return std::nullopt;
    if (h > 23 || m > 59) return std::nullopt;
    return Moment{*date, h * 60 + m};
}

std::string Moment::to_string() const {
    if (minute < 0 || minute >= 100 * 60)
        return fmt::format("{}T{:02}:{:02}", date.to_string(), minute / 60, minute % 60);
    std::string out = date.to_string();
    out += "T00:00";
    const std::size_t at = out.size() - 5;
    put_digits(out.data() + at, static_cast<unsigned>(minute / 60), 2);
    put_digits(out.data() + at + 3, static_cast<unsigned>(minute % 60), 2);
    return out;
}

std::optional<Month> Month::parse(std::string_view text) {
    if (text.size() != 7 || text[4] != '-') return std::nullopt;
    int y = 0, m = 0;
    if (!parse_digits(text.substr(0, 4), y) || !parse_digits(text.substr(5, 2), m)) return std::nullopt;
    if (y < 1900 || y > 9999 || m < 1 || m > 12) return std::nullopt;
    return Month{y, m};
}

Date Month::first_day() const {
    return *Date::from_ymd(year, month, 1);
}
Date Month::last_day() const {
    return *Date::from_ymd(year, month, days_in_month(year, month));
}
std::string Month::to_string() const {
    return fmt::format("{:04}-{:02}", year, month);
}

}  // namespace hall
