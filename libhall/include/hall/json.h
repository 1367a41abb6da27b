#pragma once
// A small JSON value for the --json contract (SPEC §8): build it, then print it. Objects keep
// their insertion order, so a shape printed today prints byte for byte the same tomorrow.

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace hall {

class Json {
public:
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;  // keeps insertion order

    Json() = default;  // null
    Json(std::nullptr_t) {}
    Json(bool value) : value_(value) {}
    Json(int value) : value_(static_cast<std::int64_t>(value)) {}
    Json(std::int64_t value) : value_(value) {}
    Json(double value) : value_(value) {}
    Json(const char* value) : value_(std::string(value)) {}
    Json(std::string value) : value_(std::move(value)) {}
    // Constrained, so that an optional of anything else is not taken for a Json (doctest
    // and operator<< would otherwise try to print every optional as one).
    template <typename T>
    requires std::is_constructible_v<Json, const T&> Json(const std::optional<T>& value) {
        if (value) *this = Json(*value);
    }

    static Json array() {
        Json j;
        j.value_ = Array{};
        return j;
    }
    static Json object() {
        Json j;
        j.value_ = Object{};
        return j;
    }

    // On an object: appends a key. On an array: use push().
    Json& set(std::string key, Json value);
    Json& push(Json value);

    void write(std::ostream& out, int indent = 0) const;

private:
    std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, Array, Object> value_;
};

std::ostream& operator<<(std::ostream& out, const Json& json);

}  // namespace hall
