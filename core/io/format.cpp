// SPDX-License-Identifier: GPL-3.0-or-later
#include "format.h"
#include "number_locale.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <utility>

namespace mlimpact {
namespace {

struct Scale
{
    double factor;         // value in base unit is divided by this
    std::string_view unit; // printed after the number
};

// Picks the largest scale whose factor is <= |value| (the first one for tiny values).
// Zero is shown in the base unit (`baseIndex`), e.g. "0 kWh" rather than "0 µWh".
template <std::size_t N>
std::string withScale(double value, const std::array<Scale, N> &scales, int digits, std::size_t baseIndex = 0)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? std::string("n/a") : std::string(value > 0 ? "∞" : "-∞");
    if (value == 0.0)
        return "0 " + std::string(scales[baseIndex].unit);
    std::size_t chosen = 0;
    const double magnitude = std::fabs(value);
    for (std::size_t i = 0; i < N; ++i) {
        if (magnitude >= scales[i].factor * 0.9995)
            chosen = i;
    }
    return formatSignificant(value / scales[chosen].factor, digits) + " " + std::string(scales[chosen].unit);
}

std::string g_decimalSeparator = ".";

/// formatSignificant with "." whatever the display separator (formatValueWithUnit trims it).
std::string significantText(double value, int digits)
{
    if (!std::isfinite(value))
        return std::isnan(value) ? std::string("n/a") : std::string(value > 0 ? "∞" : "-∞");
    if (value == 0.0)
        return "0";
    if (std::fabs(value) < 1e-290 || std::fabs(value) > 1e290) {
        // Far outside any physical quantity here; avoid overflow in the scaling below.
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
        return buf;
    }
    const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    // Round first so 999.7 becomes "1000", not "999.7" with 4 significant figures.
    const double scale = std::pow(10.0, digits - 1 - exponent);
    const double rounded = std::round(value * scale) / scale;
    const int roundedExponent = static_cast<int>(std::floor(std::log10(std::fabs(rounded))));
    if (roundedExponent >= 15 || roundedExponent < -6) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, rounded);
        return buf;
    }
    const int decimals = std::max(0, digits - 1 - roundedExponent);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, rounded);
    return buf;
}

} // namespace

void setDisplayDecimalSeparator(const std::string &separator)
{
    g_decimalSeparator = separator.empty() ? std::string(".") : separator;
}

const std::string &displayDecimalSeparator()
{
    return g_decimalSeparator;
}

std::string withDisplaySeparator(std::string text)
{
    if (g_decimalSeparator == ".")
        return text;
    if (const auto dot = text.find('.'); dot != std::string::npos)
        text.replace(dot, 1, g_decimalSeparator);
    return text;
}

std::string formatSignificant(double value, int digits)
{
    return withDisplaySeparator(significantText(value, digits));
}

std::string formatNumber(double value)
{
    // Shortest text that reads back as the same double, independent of the C locale.
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, result.ptr);
}

std::string formatQuantity(double value, Quantity quantity, int digits)
{
    switch (quantity) {
    case Quantity::EnergyKwh: {
        static constexpr std::array<Scale, 7> s{
            {{1e-9, "µWh"}, {1e-6, "mWh"}, {1e-3, "Wh"}, {1, "kWh"}, {1e3, "MWh"}, {1e6, "GWh"}, {1e9, "TWh"}}};
        return withScale(value, s, digits, 3);
    }
    case Quantity::CarbonKg: {
        static constexpr std::array<Scale, 7> s{{{1e-9, "µg CO₂e"},
                                                 {1e-6, "mg CO₂e"},
                                                 {1e-3, "g CO₂e"},
                                                 {1, "kg CO₂e"},
                                                 {1e3, "t CO₂e"},
                                                 {1e6, "kt CO₂e"},
                                                 {1e9, "Mt CO₂e"}}};
        return withScale(value, s, digits, 3);
    }
    case Quantity::WaterL: {
        static constexpr std::array<Scale, 5> s{{{1e-6, "µL"}, {1e-3, "mL"}, {1, "L"}, {1e3, "m³"}, {1e6, "ML"}}};
        return withScale(value, s, digits, 2);
    }
    case Quantity::MassKg: {
        static constexpr std::array<Scale, 5> s{{{1e-6, "mg"}, {1e-3, "g"}, {1, "kg"}, {1e3, "t"}, {1e6, "kt"}}};
        return withScale(value, s, digits, 2);
    }
    case Quantity::Flop: {
        static constexpr std::array<Scale, 8> s{{{1, "FLOP"},
                                                 {1e3, "kFLOP"},
                                                 {1e6, "MFLOP"},
                                                 {1e9, "GFLOP"},
                                                 {1e12, "TFLOP"},
                                                 {1e15, "PFLOP"},
                                                 {1e18, "EFLOP"},
                                                 {1e21, "ZFLOP"}}};
        return withScale(value, s, digits);
    }
    case Quantity::Hours: {
        static constexpr std::array<Scale, 3> s{{{1, "h"}, {24, "days"}, {8760, "years"}}};
        return withScale(value, s, digits);
    }
    case Quantity::AdpeKgSbEq: {
        static constexpr std::array<Scale, 6> s{{{1e-9, "µg Sb-eq"},
                                                 {1e-6, "mg Sb-eq"},
                                                 {1e-3, "g Sb-eq"},
                                                 {1, "kg Sb-eq"},
                                                 {1e3, "t Sb-eq"},
                                                 {1e6, "kt Sb-eq"}}};
        return withScale(value, s, digits, 3);
    }
    case Quantity::PrimaryEnergyMj: {
        static constexpr std::array<Scale, 6> s{
            {{1e-6, "J"}, {1e-3, "kJ"}, {1, "MJ"}, {1e3, "GJ"}, {1e6, "TJ"}, {1e9, "PJ"}}};
        return withScale(value, s, digits, 2);
    }
    case Quantity::Plain: {
        static constexpr std::array<Scale, 5> s{{{1, ""}, {1e3, "k"}, {1e6, "M"}, {1e9, "G"}, {1e12, "T"}}};
        std::string out = withScale(value, s, digits);
        if (!out.empty() && out.back() == ' ')
            out.pop_back();
        else if (out.size() > 2 && out[out.size() - 2] == ' ')
            out.erase(out.size() - 2, 1); // "1.5 k" -> "1.5k"
        return out;
    }
    }
    return formatSignificant(value, digits);
}

std::string formatPercent(double fraction, int digits)
{
    return formatSignificant(fraction * 100.0, digits) + "%";
}

ShownUnit shownUnit(const std::string &unit)
{
    // Growth rates are stored as fractions (the model multiplies by 1 + g) but read as percentages.
    if (unit == "1/year")
        return {100.0, "%/year"};
    return {1.0, unit};
}

std::string formatValueWithUnit(double value, const std::string &unit)
{
    const ShownUnit shown = shownUnit(unit);
    std::string number = significantText(value * shown.factor, 3);
    // An input of 17 is "17", not "17.0": drop the zeros formatSignificant keeps for results.
    if (number.find('.') != std::string::npos && number.find('e') == std::string::npos) {
        number.erase(number.find_last_not_of('0') + 1);
        if (number.back() == '.')
            number.pop_back();
    }
    number = withDisplaySeparator(std::move(number));
    return shown.unit.empty() ? number : number + " " + shown.unit;
}

} // namespace mlimpact
