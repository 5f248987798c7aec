// SPDX-License-Identifier: GPL-3.0-or-later
#include "number_text.h"

#include "format.h"
#include "text_translation.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace mlimpact {
namespace {

constexpr std::string_view kMinus = "\xE2\x88\x92";                       // U+2212, as pasted from documents
constexpr std::string_view kSpaces[] = {" ", "\xC2\xA0", "\xE2\x80\xAF"}; // space, NBSP, narrow NBSP

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/// A reason the window shows beside the field while the user types, in its language.
std::string reason(const char *text)
{
    return translatedText("numbers", text);
}

/// A reason with the typed text or a separator in it (the pattern quotes them: German quotes differ).
std::string reason(const char *pattern, std::initializer_list<std::string_view> args)
{
    return translatedPattern("numbers", pattern, args);
}

NumberText failure(std::string message)
{
    return {std::nullopt, std::move(message)};
}

/// The decimal exponent of a suffix letter, or -1.
int suffixExponent(std::string_view letters)
{
    if (letters == "k" || letters == "K")
        return 3;
    if (letters == "M")
        return 6;
    if (letters == "G")
        return 9;
    if (letters == "T")
        return 12;
    return -1;
}

/// The parts of a number as typed, separators already checked.
struct Parts
{
    bool negative = false;
    std::string integer;           ///< digits, grouping removed
    std::vector<std::size_t> runs; ///< lengths of the digit runs between group separators
    bool hasPoint = false;
    std::string fraction;
    bool hasExponent = false;
    std::string exponent; ///< with its sign
};

/// Splits a trailing suffix off `s`; returns its exponent (0 if none) or an error.
std::optional<int> takeSuffix(std::string_view &s, std::string &error)
{
    std::size_t start = s.size();
    while (start > 0 && isLetter(s[start - 1]))
        --start;
    const std::string_view letters = s.substr(start);
    // "3e" is an exponent still being typed, not a suffix.
    if (letters.empty() || ((letters == "e" || letters == "E") && start > 0 && isDigit(s[start - 1])))
        return 0;
    const int exponent = suffixExponent(letters);
    if (exponent < 0) {
        error = letters == "m" ? reason(MLI_TR("numbers", "“m” would mean milli (a thousandth); for million write M"))
                               : reason(MLI_TR("numbers", "unknown suffix “%1”: use k, M, G or T (thousand, million, "
                                                          "billion, trillion) or an exponent such as 3e7"),
                                        {letters});
        return std::nullopt;
    }
    s = trimmed(s.substr(0, start));
    if (s.empty()) {
        error = reason(MLI_TR("numbers", "a suffix needs a number before it, as in 30M"));
        return std::nullopt;
    }
    return exponent;
}

class Scanner
{
public:
    Scanner(std::string_view s, const NumberSeparators &sep)
        : m_s(s)
        , m_sep(sep)
    {}

    /// Fills `parts`; returns "" or what is wrong.
    std::string scan(Parts &parts)
    {
        if (take("-") || take(kMinus))
            parts.negative = true;
        else
            take("+");
        while (m_pos < m_s.size()) {
            if (std::string problem = step(parts); !problem.empty())
                return problem;
        }
        if (m_state == Integer)
            closeInteger(parts);
        if (parts.integer.empty() && parts.fraction.empty())
            return reason(MLI_TR("numbers", "no digits"));
        if (parts.hasExponent && (parts.exponent.empty() || parts.exponent == "+" || parts.exponent == "-"))
            return reason(MLI_TR("numbers", "an exponent needs digits, as in 3e7"));
        return {};
    }

    std::string groupError() const
    {
        return reason(
            MLI_TR("numbers", "“%1” groups thousands here (as in 1%1500%1000); the decimal separator is “%2”"),
            {m_sep.group, m_sep.decimal});
    }

private:
    enum State { Integer, Fraction, Exponent };

    /// Reads one token at m_pos: a digit, a group separator, the decimal mark or "e".
    std::string step(Parts &parts)
    {
        const char c = m_s[m_pos];
        if (isDigit(c)) {
            (m_state == Integer ? parts.integer : m_state == Fraction ? parts.fraction : parts.exponent) += c;
            m_run += m_state == Integer ? 1 : 0;
            ++m_pos;
            return {};
        }
        if (m_state == Integer && takeGroup()) {
            if (m_run == 0 || m_pos >= m_s.size() || !isDigit(m_s[m_pos]))
                return groupError();
            parts.runs.push_back(m_run);
            m_run = 0;
            m_grouped = true;
            return {};
        }
        if (m_state != Exponent && takeDecimal()) {
            if (m_state == Fraction)
                return reason(MLI_TR("numbers", "two decimal separators"));
            closeInteger(parts);
            parts.hasPoint = true;
            m_state = Fraction;
            return {};
        }
        if (m_state != Exponent && (c == 'e' || c == 'E')) {
            startExponent(parts);
            return {};
        }
        return unexpected(c);
    }

    void startExponent(Parts &parts)
    {
        if (m_state == Integer)
            closeInteger(parts);
        ++m_pos;
        parts.hasExponent = true;
        m_state = Exponent;
        if (m_pos < m_s.size() && (m_s[m_pos] == '+' || m_s[m_pos] == '-'))
            parts.exponent += m_s[m_pos++];
    }

    /// The integer part ends: its last digit run closes the grouping, if any.
    void closeInteger(Parts &parts)
    {
        if (m_grouped)
            parts.runs.push_back(m_run);
        m_grouped = false;
    }

    bool take(std::string_view token)
    {
        if (token.empty() || m_s.substr(m_pos, token.size()) != token)
            return false;
        m_pos += token.size();
        return true;
    }

    bool groupIsSpace() const
    {
        for (auto space : kSpaces) {
            if (m_sep.group == space)
                return true;
        }
        return false;
    }

    bool takeGroup()
    {
        if (groupIsSpace()) {
            for (auto space : kSpaces) {
                if (take(space))
                    return true;
            }
            return false;
        }
        return take(m_sep.group);
    }

    bool takeDecimal()
    {
        // Files and the command line write ".": it is read as a decimal point too unless
        // it groups thousands in this locale.
        return take(m_sep.decimal) || (m_sep.group != "." && take("."));
    }

    std::string unexpected(char c) const
    {
        if (c == ',' || c == '.')
            return reason(m_sep.group.empty()
                              ? MLI_TR("numbers", "“%1” is not a separator here: the decimal separator is “%2”, and "
                                                  "thousands are not grouped")
                              : MLI_TR("numbers", "“%1” is not a separator here: the decimal separator is “%2”"),
                          {std::string_view(&c, 1), m_sep.decimal});
        std::size_t length = 1;
        while (m_pos + length < m_s.size() && (static_cast<unsigned char>(m_s[m_pos + length]) & 0xC0) == 0x80)
            ++length; // the whole UTF-8 character
        return reason(MLI_TR("numbers", "unexpected “%1”"), {m_s.substr(m_pos, length)});
    }

    std::string_view m_s;
    const NumberSeparators &m_sep;
    std::size_t m_pos = 0;
    State m_state = Integer;
    std::size_t m_run = 0; ///< digits since the last group separator
    bool m_grouped = false;
};

/// Checks the digit runs between group separators: 1-3 digits, then groups of exactly 3.
bool groupsWellFormed(const std::vector<std::size_t> &runs)
{
    if (runs.size() < 2 || runs.front() < 1 || runs.front() > 3)
        return false;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        if (runs[i] != 3)
            return false;
    }
    return true;
}

/// "1,500" where "," groups thousands but "." is the decimal point: a decimal comma elsewhere.
bool couldBeDecimalMark(const Parts &parts, const NumberSeparators &sep)
{
    return (sep.group == "," || sep.group == ".") && parts.runs.size() == 2 && !parts.hasPoint && !parts.hasExponent;
}

NumberText toDouble(const Parts &parts, int suffix)
{
    long exponent = suffix;
    if (parts.hasExponent) {
        // Only the magnitude matters beyond the double range; keep it from overflowing.
        const std::string &e = parts.exponent;
        const std::size_t digitsFrom = (e.front() == '+' || e.front() == '-') ? 1 : 0;
        const std::string digits = e.substr(digitsFrom, 6);
        exponent = std::strtol(digits.c_str(), nullptr, 10) * (e.front() == '-' ? -1 : 1);
        if (e.size() - digitsFrom > 6)
            exponent = e.front() == '-' ? -999999 : 999999;
    }
    const std::string text = (parts.integer.empty() ? std::string("0") : parts.integer) + "." + parts.fraction + "e" +
                             std::to_string(exponent);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range)
        return failure(exponent > 0
                           ? reason(MLI_TR("numbers", "too large: the largest number is about 1.8e308"))
                           : reason(MLI_TR("numbers", "too small: the smallest number above zero is about 5e-324")));
    if (ec != std::errc() || ptr != text.data() + text.size())
        return failure(reason(MLI_TR("numbers", "not a number")));
    return {parts.negative ? -value : value, {}};
}

/// `digits` with the decimal point after `before` of them (padding with zeros either side).
std::string placePoint(const std::string &digits, long before)
{
    if (before <= 0)
        return "0." + std::string(static_cast<std::size_t>(-before), '0') + digits;
    const auto n = static_cast<std::size_t>(before);
    if (n >= digits.size())
        return digits + std::string(n - digits.size(), '0');
    return digits.substr(0, n) + "." + digits.substr(n);
}

} // namespace

NumberText parseNumberText(std::string_view text, const NumberSeparators &separators)
{
    std::string_view s = trimmed(text);
    if (s.empty())
        return failure(reason(MLI_TR("numbers", "empty: type a number")));
    std::string error;
    const std::optional<int> suffix = takeSuffix(s, error);
    if (!suffix)
        return failure(error);
    Parts parts;
    Scanner scanner(s, separators);
    if (std::string problem = scanner.scan(parts); !problem.empty())
        return failure(std::move(problem));
    if (!parts.runs.empty()) {
        if (!groupsWellFormed(parts.runs))
            return failure(scanner.groupError());
        if (couldBeDecimalMark(parts, separators)) {
            const std::string left = parts.integer.substr(0, parts.runs.front());
            const std::string right = parts.integer.substr(parts.runs.front());
            return failure(reason(MLI_TR("numbers", "“%1” is ambiguous: “%2” groups thousands here but is a decimal "
                                                    "mark elsewhere; write %3%4, or %3%5%4 for the decimal"),
                                  {trimmed(text), separators.group, left, right, separators.decimal}));
        }
    }
    if (parts.hasExponent && *suffix != 0)
        return failure(reason(MLI_TR("numbers", "write either an exponent (3e7) or a suffix (30M), not both")));
    return toDouble(parts, *suffix);
}

std::string formatNumberText(double value, const NumberSeparators &separators)
{
    if (!std::isfinite(value))
        return formatNumber(value);
    if (value == 0)
        return std::signbit(value) ? "-0" : "0";
    char buf[64];
    const auto end = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific).ptr;
    const std::string_view sci(buf, static_cast<std::size_t>(end - buf)); // "-1.2345e+07": shortest digits
    const std::size_t e = sci.find('e');
    const bool negative = sci.front() == '-';
    std::string digits;
    for (char c : sci.substr(0, e)) {
        if (isDigit(c))
            digits += c;
    }
    const long exponent = std::strtol(std::string(sci.substr(e + 1)).c_str(), nullptr, 10);
    const double magnitude = std::fabs(value);
    std::string out;
    if (magnitude >= 1e4 && magnitude < 1e15) {
        static constexpr const char *kSuffixes[] = {"", " k", " M", " G", " T"};
        const long group = exponent / 3;
        out = placePoint(digits, exponent - 3 * group + 1) + kSuffixes[group];
    } else if (magnitude >= 1e-3 && magnitude < 1e4) {
        out = placePoint(digits, exponent + 1);
    } else {
        out = placePoint(digits, 1) + "e" + std::to_string(exponent);
    }
    if (separators.decimal != ".") {
        if (const std::size_t point = out.find('.'); point != std::string::npos)
            out.replace(point, 1, separators.decimal);
    }
    return (negative ? "-" : "") + out;
}

} // namespace mlimpact
