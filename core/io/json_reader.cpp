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
    if (value.is_string())
        return "a string (\"" + printableExcerpt(value.get<std::string>()) + "\")";
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

public:
    /// Where the parser is: the value being read when it stopped.
    std::string pointer() const
    {
        std::string out;
        for (const auto &f : m_frames)
            out += "/" + (f.array ? std::to_string(f.index) : jsonPointerEscape(f.key));
        return out;
    }

private:
    std::vector<Frame> m_frames;
};

/// A SAX handler that ignores everything but where parsing failed (nlohmann's DOM
/// parser reports a number overflow without its position).
struct ErrorLocator
{
    using json = nlohmann::json;
    std::size_t endOffset = 0;
    std::string token;

    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const std::string &) { return true; }
    bool string(std::string &) { return true; }
    bool binary(json::binary_t &) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(std::string &) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::detail::exception &)
    {
        endOffset = position;
        token = lastToken;
        return false;
    }
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

/// nlohmann's syntax message, from "syntax error" on, with the echoed token made printable
/// and short (a megabyte of digits or raw invalid UTF-8 would otherwise be echoed whole).
std::string syntaxMessage(std::string what)
{
    if (const auto pos = what.find("syntax error"); pos != std::string::npos)
        what = what.substr(pos);
    static constexpr std::string_view kLastRead = "last read: '";
    if (const auto pos = what.find(kLastRead); pos != std::string::npos) {
        const std::size_t from = pos + kLastRead.size();
        const std::size_t to = what.rfind('\'');
        const std::string token =
            what.substr(from, to != std::string::npos && to >= from ? to - from : std::string::npos);
        return printableExcerpt(what.substr(0, pos)) + "last read: '" + printableExcerpt(token) + "'";
    }
    return printableExcerpt(what, 300);
}

} // namespace

std::string printableExcerpt(std::string_view text, std::size_t maxCharacters)
{
    std::string out;
    std::size_t characters = 0, i = 0;
    auto hex = [&out](unsigned char c) {
        static constexpr char digits[] = "0123456789ABCDEF";
        out += "\\x";
        out += digits[c >> 4];
        out += digits[c & 0xF];
    };
    for (; i < text.size() && characters < maxCharacters; ++characters) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        // Overlong lead bytes (C0, C1) and those past U+10FFFF (F5-FF) are never valid.
        bool valid = length > 0 && i + length <= text.size() && c != 0xC0 && c != 0xC1 && c <= 0xF4;
        for (std::size_t k = 1; valid && k < length; ++k)
            valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (!valid || (length == 1 && (c < 0x20 || c == 0x7F))) {
            hex(c); // invalid UTF-8 or a control character: shown, never passed on raw
            ++i;
            continue;
        }
        out.append(text.substr(i, length));
        i += length;
    }
    if (i < text.size())
        out += "... (" + std::to_string(text.size()) + " bytes in all)";
    return out;
}

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
        diagnostics.push_back(
            {Severity::Error, file, "",
             "not valid JSON at " + lineColumn(text, e.byte == 0 ? 0 : e.byte - 1) + ": " + syntaxMessage(e.what())});
        return std::nullopt;
    } catch (const nlohmann::json::exception &) {
        // The only other parse failure is out_of_range 406: a number beyond a double (1e400).
        ErrorLocator locator;
        nlohmann::json::sax_parse(text.begin(), text.end(), &locator);
        const std::size_t start = locator.endOffset - std::min(locator.endOffset, locator.token.size());
        diagnostics.push_back({Severity::Error, file, finder.pointer(),
                               "number out of range at " + lineColumn(text, start) + ": " +
                                   printableExcerpt(locator.token) +
                                   " does not fit a double (expected a finite number of magnitude below 1.8e308)"});
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
