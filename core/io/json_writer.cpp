// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.h"

#include <charconv>
#include <cmath>

namespace mlimpact {
namespace {

/// A string as nlohmann escapes it (the one piece of dump() kept as it is).
std::string quotedString(const std::string &s)
{
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

template <class Json> void write(const Json &value, int indent, int depth, std::string &out)
{
    const bool pretty = indent >= 0;
    const std::string inner = pretty ? std::string(static_cast<std::size_t>(indent * (depth + 1)), ' ') : "";
    const std::string outer = pretty ? std::string(static_cast<std::size_t>(indent * depth), ' ') : "";
    const char *newline = pretty ? "\n" : "";
    if (value.is_object() && !value.empty()) {
        out += std::string("{") + newline;
        bool first = true;
        for (auto it = value.begin(); it != value.end(); ++it) {
            out += first ? "" : std::string(",") + newline;
            first = false;
            out += inner + quotedString(it.key()) + (pretty ? ": " : ":");
            write(it.value(), indent, depth + 1, out);
        }
        out += newline + outer + "}";
    } else if (value.is_array() && !value.empty()) {
        out += std::string("[") + newline;
        bool first = true;
        for (const auto &element : value) {
            out += first ? "" : std::string(",") + newline;
            first = false;
            out += inner;
            write(element, indent, depth + 1, out);
        }
        out += newline + outer + "]";
    } else if (value.is_number_float()) {
        out += jsonNumberText(value.template get<double>());
    } else {
        out += value.dump(-1, ' ', false, Json::error_handler_t::replace);
    }
}

} // namespace

std::string jsonNumberText(double value)
{
    if (!std::isfinite(value))
        return "null";
    if (value == 0)
        return std::signbit(value) ? "-0.0" : "0";
    // Both forms with the shortest digits that round-trip; the shorter text wins, plain on a tie.
    char buf[512]; // a plain 5e-324 or 1.8e308 takes ~330 characters
    std::string scientific(buf, std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific).ptr);
    // "e+07" -> "e7", "e-05" -> "e-5": JSON needs neither the plus nor the zeros.
    std::size_t digits = scientific.find('e') + 1;
    if (scientific[digits] == '+')
        scientific.erase(digits, 1);
    else if (scientific[digits] == '-')
        ++digits;
    while (digits + 1 < scientific.size() && scientific[digits] == '0')
        scientific.erase(digits, 1);
    std::string plain(buf, std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed).ptr);
    return plain.size() <= scientific.size() ? plain : scientific;
}

std::string writeJson(const nlohmann::json &document, int indent)
{
    std::string out;
    write(document, indent, 0, out);
    return out;
}

std::string writeJson(const nlohmann::ordered_json &document, int indent)
{
    std::string out;
    write(document, indent, 0, out);
    return out;
}

} // namespace mlimpact
