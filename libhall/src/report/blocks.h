#pragma once
// The small blocks every bulletin section builds from: shares, averages, headings.
#include <hall/document.h>
#include <hall/json.h>
#include <hall/report.h>

#include <cstdint>
#include <optional>
#include <string>

namespace hall::report_blocks {

// A share in per cent to one place, rounded half up; none when there is nothing to share.
inline std::optional<Decimal> percent(std::int64_t part, std::int64_t whole) {
    if (whole <= 0) return std::nullopt;
    return Decimal{(part * 1000 + whole / 2) / whole, 1};
}

inline Json percent_json(std::int64_t part, std::int64_t whole) {
    const auto p = percent(part, whole);
    return p ? Json(static_cast<double>(p->units) / 10) : Json();
}

// An average to one place, rounded half up.
inline std::optional<Decimal> average(std::int64_t sum, std::int64_t count, int places = 1) {
    if (count <= 0) return std::nullopt;
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    return Decimal{(sum * scale * 2 + count) / (count * 2), places};
}

inline Json decimal_json(const std::optional<Decimal>& d) {
    if (!d) return Json();
    double scale = 1;
    for (int i = 0; i < d->places; ++i) scale *= 10;
    return Json(static_cast<double>(d->units) / scale);
}

inline Paragraph heading(Text text) {
    return Paragraph{std::move(text), 0, true};
}

inline std::string window_name(const BulletinInput& in, const std::string& code) {
    for (const auto& w : in.windows)
        if (w.code == code) return w.name;
    return {};
}

}  // namespace hall::report_blocks
