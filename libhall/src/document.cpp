#include <hall/document.h>

#include <fmt/format.h>

#include <cstdlib>

namespace hall {

std::string Decimal::to_string() const {
    if (places <= 0) return std::to_string(units);
    std::int64_t scale = 1;
    for (int i = 0; i < places; ++i) scale *= 10;
    const std::int64_t whole = units / scale;
    const std::int64_t part = std::llabs(units % scale);
    return fmt::format("{}{}.{:0{}}", units < 0 && whole == 0 ? "-" : "", whole, part, places);
}

Cell Cell::flag(bool value) {
    Cell cell;
    cell.value_ = value;
    return cell;
}

std::string Cell::text(Lang lang) const {
    return std::visit(
        [lang](const auto& v) -> std::string {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return "—";
            } else if constexpr (std::is_same_v<T, Text>) {
                return v.in(lang);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                return std::to_string(v);
            } else if constexpr (std::is_same_v<T, bool>) {
                return lang == Lang::zh ? (v ? "是" : "否") : (v ? "yes" : "no");
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                std::string out;
                for (const auto& s : v) out += (out.empty() ? "" : (lang == Lang::zh ? "、" : ", ")) + s;
                return out;
            } else {
                return v.to_string();
            }
        },
        value_);
}

Json Cell::json() const {
    return std::visit(
        [](const auto& v) -> Json {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                return Json();
            } else if constexpr (std::is_same_v<T, Text>) {
                return Json(v.en);
            } else if constexpr (std::is_same_v<T, std::string>) {
                return Json(v);
            } else if constexpr (std::is_same_v<T, std::int64_t> || std::is_same_v<T, bool>) {
                return Json(v);
            } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
                Json list = Json::array();
                for (const auto& s : v) list.push(s);
                return list;
            } else {
                // Dates, times and decimals travel as strings so that nothing is rounded.
                return Json(v.to_string());
            }
        },
        value_);
}

std::optional<double> Cell::number() const {
    if (const auto* i = std::get_if<std::int64_t>(&value_)) return static_cast<double>(*i);
    if (const auto* d = std::get_if<Decimal>(&value_)) {
        double scale = 1;
        for (int i = 0; i < d->places; ++i) scale *= 10;
        return static_cast<double>(d->units) / scale;
    }
    return std::nullopt;
}

Record& Record::add(std::string key, Text label, Cell value) {
    fields.push_back(Field{Label{std::move(key), std::move(label)}, std::move(value)});
    return *this;
}

Table& Table::column(std::string key, Text header, Align align) {
    columns.push_back(Column{Label{std::move(key), std::move(header)}, align});
    return *this;
}

Table& Table::row(std::vector<Cell> cells) {
    rows.push_back(std::move(cells));
    return *this;
}

Document& Document::add(Block block) {
    blocks.push_back(std::move(block));
    return *this;
}

Document& Document::note(Text text) {
    notes.push_back(std::move(text));
    return *this;
}

Document& Document::with_json(Json value) {
    json = [value = std::move(value)] { return value; };
    return *this;
}

}  // namespace hall
