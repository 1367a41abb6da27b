#include <hall/json.h>

#include <fmt/format.h>

namespace hall {
namespace {

void write_string(std::ostream& out, const std::string& s) {
    out << '"';
    for (unsigned char c : s) {
        switch (c) {
            case '"':
                out << "\\\"";
                break;
            case '\\':
                out << "\\\\";
                break;
            case '\n':
                out << "\\n";
                break;
            case '\r':
                out << "\\r";
                break;
            case '\t':
                out << "\\t";
                break;
            default:
                if (c < 0x20)
                    out << fmt::format("\\u{:04x}", c);
                else
                    out << static_cast<char>(c);
        }
    }
    out << '"';
}

void newline(std::ostream& out, int indent) {
    out << '\n' << std::string(static_cast<std::size_t>(indent), ' ');
}

}  // namespace

Json& Json::set(std::string key, Json value) {
    std::get<Object>(value_).emplace_back(std::move(key), std::move(value));
    return *this;
}

Json& Json::push(Json value) {
    std::get<Array>(value_).push_back(std::move(value));
    return *this;
}

void Json::write(std::ostream& out, int indent) const {
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
                out << "null";
            } else if constexpr (std::is_same_v<T, bool>) {
                out << (v ? "true" : "false");
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                out << v;
            } else if constexpr (std::is_same_v<T, double>) {
                out << fmt::format("{}", v);
            } else if constexpr (std::is_same_v<T, std::string>) {
                write_string(out, v);
            } else if constexpr (std::is_same_v<T, Array>) {
                if (v.empty()) {
                    out << "[]";
                    return;
                }
                out << '[';
                for (std::size_t i = 0; i < v.size(); ++i) {
                    if (i) out << ',';
                    newline(out, indent + 2);
                    v[i].write(out, indent + 2);
                }
                newline(out, indent);
                out << ']';
            } else {
                if (v.empty()) {
                    out << "{}";
                    return;
                }
                out << '{';
                for (std::size_t i = 0; i < v.size(); ++i) {
                    if (i) out << ',';
                    newline(out, indent + 2);
                    write_string(out, v[i].first);
                    out << ": ";
                    v[i].second.write(out, indent + 2);
                }
                newline(out, indent);
                out << '}';
            }
        },
        value_);
}

std::ostream& operator<<(std::ostream& out, const Json& json) {
    json.write(out);
    return out;
}

}  // namespace hall
