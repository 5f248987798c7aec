// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_reader.h"

#include "format.h"

#include <cmath>
#include <functional>
#include <set>
#include <vector>

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
        if (s.size() > 40) {
            std::size_t cut = 37;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
                --cut; // do not split a UTF-8 character
            s = s.substr(0, cut) + "...";
        }
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

namespace {

/// Tracks where the parser is, so duplicate keys can be reported by JSON Pointer.
class DuplicateKeyFinder
{
public:
    bool operator()(int /*depth*/, nlohmann::json::parse_event_t event, nlohmann::json &parsed)
    {
        using E = nlohmann::json::parse_event_t;
        switch (event) {
        case E::object_start:
            m_frames.push_back({false, 0, {}, {}});
            break;
        case E::array_start:
            m_frames.push_back({true, 0, {}, {}});
            break;
        case E::key: {
            Frame &top = m_frames.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second)
                duplicates.push_back(pointer());
            break;
        }
        case E::object_end:
        case E::array_end:
            m_frames.pop_back();
            elementDone();
            break;
        case E::value:
            elementDone();
            break;
        }
        return true;
    }

    std::vector<std::string> duplicates;

private:
    struct Frame
    {
        bool array;
        std::size_t index;
        std::set<std::string> keys;
        std::string key;
    };

    void elementDone()
    {
        if (!m_frames.empty() && m_frames.back().array)
            ++m_frames.back().index;
    }

    std::string pointer() const
    {
        std::string out;
        for (const auto &f : m_frames)
            out += "/" + (f.array ? std::to_string(f.index) : jsonPointerEscape(f.key));
        return out;
    }

    std::vector<Frame> m_frames;
};

/// 1-based line and column of a byte offset, as editors show them.
std::string lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

} // namespace

std::optional<nlohmann::json> parseJsonText(std::string_view text, const std::string &file, Diagnostics &diagnostics)
{
    // nlohmann stops at a NUL byte; anything after it would be ignored silently.
    if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
        diagnostics.push_back({Severity::Error, file, "",
                               "not valid JSON: NUL byte at " + lineColumn(text, nul) + " (is this a text file?)"});
        return std::nullopt;
    }
    DuplicateKeyFinder finder;
    try {
        auto doc = nlohmann::json::parse(text.begin(), text.end(), std::ref(finder));
        if (!finder.duplicates.empty()) {
            for (const auto &pointer : finder.duplicates)
                diagnostics.push_back(
                    {Severity::Error, file, pointer, "duplicate key: each key may appear once in an object"});
            return std::nullopt;
        }
        return doc;
    } catch (const nlohmann::json::parse_error &e) {
        std::string what = e.what();
        if (const auto pos = what.find("syntax error"); pos != std::string::npos)
            what = what.substr(pos);
        diagnostics.push_back({Severity::Error, file, "",
                               "not valid JSON at " + lineColumn(text, e.byte == 0 ? 0 : e.byte - 1) + ": " + what});
        return std::nullopt;
    } catch (const nlohmann::json::exception &e) {
        // e.g. out_of_range 406: a number too large for a double (1e400).
        std::string what = e.what();
        if (const auto pos = what.find("] "); pos != std::string::npos)
            what = what.substr(pos + 2);
        diagnostics.push_back({Severity::Error, file, "", "not valid JSON: " + what});
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
        error(path, "expected a number in [" + formatNumber(min) + ", " + formatNumber(max) + "], found " +
                        jsonTypeName(value));
        return std::nullopt;
    }
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
        error(path, "value " + formatNumber(v) + " is out of range: expected a number in [" + formatNumber(min) + ", " +
                        formatNumber(max) + "]");
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
        error(p, "missing: expected a number in [" + formatNumber(min) + ", " + formatNumber(max) + "]");
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
