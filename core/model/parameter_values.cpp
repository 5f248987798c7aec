// SPDX-License-Identifier: GPL-3.0-or-later
// What values a parameter accepts, how they read and print, and when they are
// used — the registry's rules applied to values (the table is in parameter_registry.cpp).
#include "parameter_registry.h"

#include "format.h"
#include "number_text.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace mlimpact {

std::optional<ResolvedValue> resolvedValueOf(const Parameter &p, const Scenario &s, const Catalog &catalog)
{
    if (p.kind != ParameterKind::OptionalNumber || !p.resolve)
        return std::nullopt;
    return p.resolve(s, catalog);
}

std::optional<double> catalogValueOf(const Parameter &p, const Scenario &s, const Catalog &catalog)
{
    const std::optional<ResolvedValue> v = resolvedValueOf(p, s, catalog);
    return v ? v->catalogValue : std::nullopt;
}

bool isParameterUsed(const Parameter &p, const Scenario &s)
{
    if (!p.enabledBy.empty()) {
        const Parameter *flag = findParameter(p.enabledBy);
        if (flag && !std::get<bool>(flag->get(s)))
            return false;
    }
    for (const auto &[modePath, modes] : p.usedWhen) {
        const Parameter *mode = findParameter(modePath);
        if (!mode)
            continue;
        // A mode is an enumeration, or a flag read as "true"/"false" (development.measured).
        const ParameterValue value = mode->get(s);
        const std::string current = std::holds_alternative<bool>(value) ? (std::get<bool>(value) ? "true" : "false")
                                                                        : std::get<std::string>(value);
        if (std::find(modes.begin(), modes.end(), current) == modes.end())
            return false;
    }
    for (const auto &[numberPath, threshold] : p.usedWhenAbove) {
        const Parameter *number = findParameter(numberPath);
        if (number && number->kind == ParameterKind::Number && !(std::get<double>(number->get(s)) > threshold))
            return false;
    }
    return true;
}

std::string describeExpected(const Parameter &p)
{
    const std::string unit = p.unit.empty() ? std::string() : " " + p.unit;
    const std::string range = "[" + formatNumber(p.min) + ", " + formatNumber(p.max) + "]";
    if (p.integer && (p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber))
        return "expected a whole number " + formatNumber(p.min) + "–" + formatNumber(p.max) + unit;
    switch (p.kind) {
    case ParameterKind::Number:
        return "expected a number in " + range + unit;
    case ParameterKind::OptionalNumber:
        return "expected a number in " + range + unit + ", or null to use the catalog value";
    case ParameterKind::Flag:
        return "expected true or false";
    case ParameterKind::Text:
        return "expected a string";
    case ParameterKind::Enum: {
        std::string list;
        for (const auto &v : p.enumValues)
            list += (list.empty() ? "" : ", ") + v;
        return "expected one of: " + list;
    }
    case ParameterKind::Choice:
        return "expected the id (a string) of an entry in the " + std::string(sectionKey(*p.choices)) + " catalog";
    }
    return "unsupported parameter kind";
}

namespace {

/// What is wrong with a number for `p`, or "" if nothing.
std::string numberProblem(const Parameter &p, const ParameterValue &value)
{
    if (p.kind == ParameterKind::OptionalNumber && std::holds_alternative<std::monostate>(value))
        return {};
    if (!std::holds_alternative<double>(value))
        return describeExpected(p);
    const double v = std::get<double>(value);
    if (!std::isfinite(v) || v < p.min || v > p.max)
        return "value " + formatNumber(v) + " is out of range: " + describeExpected(p);
    if (p.integer && v != std::floor(v))
        return "value " + formatNumber(v) + " is not whole: " + describeExpected(p);
    return {};
}

/// What is wrong with `value` for `p`, or "" if nothing.
std::string problemWith(const Parameter &p, const ParameterValue &value, const Catalog &catalog)
{
    switch (p.kind) {
    case ParameterKind::Number:
    case ParameterKind::OptionalNumber:
        return numberProblem(p, value);
    case ParameterKind::Flag:
        return std::holds_alternative<bool>(value) ? std::string() : describeExpected(p);
    case ParameterKind::Text:
        return std::holds_alternative<std::string>(value) ? std::string() : describeExpected(p);
    case ParameterKind::Enum:
        if (!std::holds_alternative<std::string>(value) ||
            std::find(p.enumValues.begin(), p.enumValues.end(), std::get<std::string>(value)) == p.enumValues.end())
            return (std::holds_alternative<std::string>(value)
                        ? "unknown value \"" + std::get<std::string>(value) + "\": "
                        : std::string()) +
                   describeExpected(p);
        return {};
    case ParameterKind::Choice: {
        if (!std::holds_alternative<std::string>(value))
            return describeExpected(p);
        const auto &id = std::get<std::string>(value);
        if (id.empty() && choiceMayBeNone(*p.choices))
            return {};
        if (!catalog.contains(*p.choices, id)) {
            std::string list;
            for (const auto &known : catalog.ids(*p.choices))
                list += (list.empty() ? "" : ", ") + known;
            return "unknown " + std::string(sectionKey(*p.choices)) + " id \"" + id + "\"; expected " +
                   (choiceMayBeNone(*p.choices) ? "\"\" (none) or " : "") + "one of: " + list;
        }
        return {};
    }
    }
    return "unsupported parameter kind";
}

} // namespace

Diagnostics validateValue(const Parameter &p, const ParameterValue &value, const Catalog &catalog)
{
    std::string problem = problemWith(p, value, catalog);
    if (problem.empty())
        return {};
    return {Diagnostic{Severity::Error, {}, p.jsonPointer(), std::move(problem)}};
}

std::optional<ParameterValue> parseValueText(const Parameter &p, std::string_view text, Diagnostics &diagnostics)
{
    const auto error = [&](std::string message) {
        diagnostics.push_back({Severity::Error, {}, p.jsonPointer(), std::move(message)});
    };
    switch (p.kind) {
    case ParameterKind::OptionalNumber:
        if (text == "catalog" || text == "null" || text.empty())
            return ParameterValue(std::monostate{});
        [[fallthrough]];
    case ParameterKind::Number: {
        const NumberText number = parseNumberText(text);
        if (!number.value) {
            error("expected a number, found \"" + std::string(text) + "\": " + number.error +
                  (p.kind == ParameterKind::OptionalNumber ? " (or \"catalog\" to use the catalog value)" : ""));
            return std::nullopt;
        }
        return ParameterValue(*number.value);
    }
    case ParameterKind::Flag:
        if (text == "true" || text == "1" || text == "on" || text == "yes")
            return ParameterValue(true);
        if (text == "false" || text == "0" || text == "off" || text == "no")
            return ParameterValue(false);
        error("expected true or false, found \"" + std::string(text) + "\"");
        return std::nullopt;
    case ParameterKind::Text:
    case ParameterKind::Enum:
    case ParameterKind::Choice:
        return ParameterValue(std::string(text));
    }
    return std::nullopt;
}

std::string enumValueLabel(std::string_view value)
{
    static const std::map<std::string_view, std::string_view> names{
        {"fp32", "FP32"},
        {"fp16", "FP16"},
        {"int8", "INT8"},
        {"int4", "INT4"},
        {"structured_2to4", "2:4 structured"},
        {"parameters_tokens", "Parameters × tokens"},
        {"total_flop", "Total FLOP"},
        {"accelerator_hours", "Accelerator-hours"},
        {"measured_energy", "Measured energy"},
        {"training_multiple", "Multiple of training"},
        {"model_flop", "Model FLOP"},
        {"energy_per_query", "Measured energy per query"},
    };
    if (const auto it = names.find(value); it != names.end())
        return std::string(it->second);
    std::string s(value);
    std::replace(s.begin(), s.end(), '_', ' ');
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
        s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string valueToText(const Parameter &p, const ParameterValue &value)
{
    if (std::holds_alternative<std::monostate>(value))
        return "catalog";
    if (const auto *d = std::get_if<double>(&value))
        return formatNumber(*d) + (p.unit.empty() ? "" : " " + p.unit);
    if (const auto *b = std::get_if<bool>(&value))
        return *b ? "true" : "false";
    return std::get<std::string>(value);
}

} // namespace mlimpact
