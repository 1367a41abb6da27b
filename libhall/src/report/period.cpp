#include <hall/report.h>

#include <fmt/format.h>

#include <charconv>

namespace hall {
namespace {

std::optional<int> digits(std::string_view text) {
    int value = 0;
    if (text.empty()) return std::nullopt;
    for (const char c : text)
        if (c < '0' || c > '9') return std::nullopt;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// ISO 8601: week 1 is the week with the year's first Thursday, i.e. the one holding 4 January.
Date iso_week_one(int year) {
    const Date jan4 = *Date::from_ymd(year, 1, 4);
    return jan4 - static_cast<int>(jan4.weekday());
}

int iso_weeks(int year) {
    return (iso_week_one(year + 1) - iso_week_one(year)) / 7;
}

}  // namespace

std::optional<ReportPeriod> ReportPeriod::week(std::string_view text) {
    if (text.size() != 8 || text[4] != '-' || (text[5] != 'W' && text[5] != 'w')) return std::nullopt;
    const auto year = digits(text.substr(0, 4));
    const auto week = digits(text.substr(6, 2));
    if (!year || !week || *year < 1901 || *year > 9998 || *week < 1 || *week > iso_weeks(*year))
        return std::nullopt;
    ReportPeriod p;
    p.kind = Kind::week;
    p.first = iso_week_one(*year) + (*week - 1) * 7;
    p.last = p.first + 6;
    p.id = fmt::format("{:04}-W{:02}", *year, *week);
    return p;
}

std::optional<ReportPeriod> ReportPeriod::month(std::string_view text) {
    const auto m = Month::parse(text);
    if (!m || m->year < 1901 || m->year > 9998) return std::nullopt;
    ReportPeriod p;
    p.kind = Kind::month;
    p.first = m->first_day();
    p.last = m->last_day();
    p.id = m->to_string();
    return p;
}

std::optional<ReportPeriod> ReportPeriod::year(std::string_view text) {
    const auto y = text.size() == 4 ? digits(text) : std::nullopt;
    if (!y || *y < 1901 || *y > 9998) return std::nullopt;
    ReportPeriod p;
    p.kind = Kind::year;
    p.first = *Date::from_ymd(*y, 1, 1);
    p.last = *Date::from_ymd(*y, 12, 31);
    p.id = fmt::format("{:04}", *y);
    return p;
}

ReportPeriod ReportPeriod::last_complete(Kind kind, Date today) {
    switch (kind) {
        case Kind::week: {
            const Date monday = today - static_cast<int>(today.weekday()) - 7;
            // The ISO year of a week is the year of its Thursday.
            const Date thursday = monday + 3;
            const int week = (monday - iso_week_one(thursday.year())) / 7 + 1;
            return *ReportPeriod::week(fmt::format("{:04}-W{:02}", thursday.year(), week));
        }
        case Kind::month: {
            const Date before = *Date::from_ymd(today.year(), today.month(), 1) - 1;
            return *ReportPeriod::month(fmt::format("{:04}-{:02}", before.year(), before.month()));
        }
        case Kind::year:
            break;
    }
    return *ReportPeriod::year(fmt::format("{:04}", today.year() - 1));
}

Text ReportPeriod::name() const {
    switch (kind) {
        case Kind::week:
            return Text{fmt::format("{} 年第 {} 周（{} 至 {}）", id.substr(0, 4), std::stoi(id.substr(6)),
                                    first.to_string(), last.to_string()),
                        fmt::format("week {} ({} to {})", id, first.to_string(), last.to_string())};
        case Kind::month:
            return Text{fmt::format("{} 年 {} 月", first.year(), first.month()), id};
        case Kind::year:
            break;
    }
    return Text{fmt::format("{} 年", id), id};
}

const char* ReportPeriod::kind_id() const {
    switch (kind) {
        case Kind::week:
            return "week";
        case Kind::month:
            return "month";
        case Kind::year:
            break;
    }
    return "year";
}

const char* report_kind_id(ReportKind kind) {
    switch (kind) {
        case ReportKind::weekly:
            return "weekly";
        case ReportKind::monthly:
            return "monthly";
        case ReportKind::yearly:
            return "yearly";
        case ReportKind::stats:
            break;
    }
    return "stats";
}

}  // namespace hall
