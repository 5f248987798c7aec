// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_reader.h"

#include "format.h"

#include <cmath>

namespace mlimpact {

std::string jsonPointerEscape(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string jsonTypeName(const nlohmann::json &value)
{
    if (value.is_boolean())
        return "a boolean (" + value.dump() + ")";
    if (value.is_number())
        return "a number (" + value.dump() + ")";
    if (value.is_string()) {
        std::string s = value.get<std::string>();
        if (s.size() > 40)
            s = s.substr(0, 37) + "...";
        return "a string (\"" + s + "\")";
    }
    if (value.is_null())
        return "null";
    if (value.is_array())
        return "an array";
    if (value.is_object())
        return "an object";
    return "an unknown value";
}

std::optional<nlohmann::json> parseJsonText(std::string_view text, const std::string &file, Diagnostics &diagnostics)
{
    try {
        return nlohmann::json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error &e) {
        // Turn the byte offset into line:column, which is what editors show.
        const std::size_t offset = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < offset; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        std::string what = e.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos)
            what = what.substr(pos);
        diagnostics.push_back({Severity::Error, file, "",
                               "not valid JSON at line " + std::to_string(line) + ", column " +
                                   std::to_string(column) + ": " + what});
        return std::nullopt;
    }
}

void JsonReader::error(const std::string &path, const std::string &message)
{
    m_diagnostics.push_back({Severity::Error, m_file, path, message});
}

void JsonReader::warning(const std::string &path, const std::string &message)
{
    m_diagnostics.push_back({Severity::Warning, m_file, path, message});
}

void JsonReader::note(const std::string &path, const std::string &message)
{
    m_diagnostics.push_back({Severity::Note, m_file, path, message});
}

std::optional<double> JsonReader::checkNumber(const nlohmann::json &value, const std::string &path, double min,
                                              double max)
{
    if (!value.is_number()) {
        error(path, "expected a number in [" + formatNumber(min) + ", " + formatNumber(max) +
                        "], found " + jsonTypeName(value));
        return std::nullopt;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        error(path, "value " + formatNumber(v) + " is out of range: expected a number in [" +
                        formatNumber(min) + ", " + formatNumber(max) + "]");
        return std::nullopt;
    }
    return v;
}

std::optional<double> JsonReader::number(const nlohmann::json &object, std::string_view key, const std::string &path,
                                         double min, double max)
{
    const std::string p = path + "/" + jsonPointerEscape(key);
    const auto it = object.find(key);
    if (it == object.end()) {
        error(p, "missing: expected a number in [" + formatNumber(min) + ", " + formatNumber(max) +
                     "]");
        return std::nullopt;
    }
    return checkNumber(*it, p, min, max);
}

std::optional<double> JsonReader::optionalNumber(const nlohmann::json &object, std::string_view key,
                                                 const std::string &path, double min, double max, bool &ok)
{
    const auto it = object.find(key);
    if (it == object.end() || it->is_null())
        return std::nullopt;
    auto v = checkNumber(*it, path + "/" + jsonPointerEscape(key), min, max);
    if (!v)
        ok = false;
    return v;
}

std::optional<std::string> JsonReader::string(const nlohmann::json &object, std::string_view key,
                                              const std::string &path, bool required)
{
    const std::string p = path + "/" + jsonPointerEscape(key);
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required)
            error(p, "missing: expected a string");
        return std::nullopt;
    }
    if (!it->is_string()) {
        error(p, "expected a string, found " + jsonTypeName(*it));
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<int> JsonReader::integer(const nlohmann::json &object, std::string_view key, const std::string &path,
                                       int min, int max)
{
    const std::string p = path + "/" + jsonPointerEscape(key);
    const auto it = object.find(key);
    if (it == object.end()) {
        error(p, "missing: expected an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "]");
        return std::nullopt;
    }
    if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
        error(p, "expected an integer in [" + std::to_string(min) + ", " + std::to_string(max) + "], found " +
                     jsonTypeName(*it));
        return std::nullopt;
    }
    return static_cast<int>(it->get<long long>());
}

} // namespace mlimpact
