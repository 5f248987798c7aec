// SPDX-License-Identifier: GPL-3.0-or-later
#include "variants.h"

#include "format.h"
#include "json_reader.h"
#include "number_locale.h"
#include "scenario_io.h"
#include "text_translation.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace mlimpact {
namespace {

/// Position of a path in the registry (unknown paths sort last), so changes keep one order.
std::size_t registryIndex(std::string_view path)
{
    static const std::map<std::string, std::size_t, std::less<>> index = [] {
        std::map<std::string, std::size_t, std::less<>> m;
        const auto &registry = parameterRegistry();
        for (std::size_t i = 0; i < registry.size(); ++i)
            m.emplace(registry[i].path, i);
        return m;
    }();
    const auto it = index.find(path);
    return it == index.end() ? index.size() : it->second;
}

/// Whether a value has the alternative the parameter's setter reads.
bool holdsKindOf(const Parameter &p, const ParameterValue &value)
{
    switch (p.kind) {
    case ParameterKind::Number:
        return std::holds_alternative<double>(value);
    case ParameterKind::OptionalNumber:
        return std::holds_alternative<double>(value) || std::holds_alternative<std::monostate>(value);
    case ParameterKind::Flag:
        return std::holds_alternative<bool>(value);
    case ParameterKind::Text:
    case ParameterKind::Enum:
    case ParameterKind::Choice:
        return std::holds_alternative<std::string>(value);
    }
    return false;
}

/// Without surrounding white space, lower case (ASCII): how names are compared.
std::string nameKey(std::string_view name)
{
    const auto first = name.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = name.find_last_not_of(" \t");
    std::string key(name.substr(first, last - first + 1));
    for (char &c : key)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return key;
}

std::string variantPointer(std::size_t index)
{
    return "/variants/" + std::to_string(index);
}

std::string changePointer(std::size_t index, std::string_view path)
{
    return variantPointer(index) + "/changes/" + jsonPointerEscape(path);
}

/// "/deployment/site/hardware" -> "deployment.site.hardware".
std::string dottedPath(std::string_view pointer)
{
    std::string out(pointer.substr(pointer.empty() ? 0 : 1));
    std::replace(out.begin(), out.end(), '/', '.');
    return out;
}

/// The problems with each message saying which variant it is about (a file may hold six).
Diagnostics named(Diagnostics problems, std::size_t index, std::string_view name)
{
    const std::string label = nameKey(name).empty() ? "variant " + std::to_string(index) + ": "
                                                    : "variant \"" + printableExcerpt(name) + "\": ";
    for (auto &problem : problems) {
        if (!problem.message.starts_with("variant "))
            problem.message = label + problem.message;
    }
    return problems;
}

/// Problems with one change, at its pointer in the file.
Diagnostics changeProblems(std::size_t index, const ParameterChange &change, const Catalog &catalog)
{
    const std::string pointer = changePointer(index, change.path);
    const auto error = [&pointer](std::string message) {
        return Diagnostics{{Severity::Error, {}, pointer, std::move(message)}};
    };
    const Parameter *p = findParameter(change.path);
    if (!p)
        return error("unknown parameter \"" + printableExcerpt(change.path) +
                     "\": expected a dotted registry path such as deployment.queries_per_day (see docs/parameters.md)");
    if (!isVariantParameter(*p))
        return error(change.path + " is free text, which a variant does not change: a variant has its own name and "
                                   "description");
    Diagnostics problems = validateValue(*p, change.value, catalog);
    for (auto &problem : problems)
        problem.jsonPath = pointer;
    return problems;
}

/// A number with its unit as the form shows it: the display's decimal separator ("0,62" in the
/// German window, "0.62" on the command line) and the unit in the window's language.
std::string numberText(const Parameter &p, double value)
{
    const std::string number = withDisplaySeparator(formatNumber(value)); // the shortest round-trip text
    return p.unit.empty() ? number : number + " " + translatedText("mlimpact", p.unit);
}

/// Text of a value for a "what changed" row, in the words the form uses (the window's language);
/// an unset override says what it stands for.
std::string changeText(const Parameter &p, const ParameterValue &value, const Scenario &scenario,
                       const Catalog &catalog)
{
    if (std::holds_alternative<std::monostate>(value)) {
        const std::optional<double> figure = catalogValueOf(p, scenario, catalog);
        return figure ? translatedPattern("variants", MLI_TR("variants", "catalog (%1)"), {numberText(p, *figure)})
                      : translatedText("variants", MLI_TR("variants", "catalog"));
    }
    // Read as the form shows them: names, not the ids a file or --set takes.
    if (const auto *text = std::get_if<std::string>(&value)) {
        if (p.kind == ParameterKind::Enum)
            return translatedText("mlimpact", enumValueLabel(*text));
        if (p.kind == ParameterKind::Choice && p.choices)
            return catalog.nameOf(*p.choices, *text);
    }
    if (const auto *flag = std::get_if<bool>(&value))
        return translatedText("variants", *flag ? MLI_TR("variants", "yes") : MLI_TR("variants", "no"));
    if (const auto *number = std::get_if<double>(&value))
        return numberText(p, *number);
    return valueToText(p, value);
}

} // namespace

Scenario resolveVariant(const Scenario &baseline, const Variant &variant)
{
    Scenario resolved = baseline;
    for (const auto &change : variant.changes) {
        const Parameter *p = findParameter(change.path);
        if (p && isVariantParameter(*p) && holdsKindOf(*p, change.value))
            p->set(resolved, change.value);
    }
    return resolved;
}

const ParameterChange *findChange(const Variant &variant, std::string_view path)
{
    for (const auto &change : variant.changes) {
        if (change.path == path)
            return &change;
    }
    return nullptr;
}

Variant withChange(Variant variant, const std::string &path, ParameterValue value)
{
    variant = withoutChange(std::move(variant), path);
    const std::size_t at = registryIndex(path);
    const auto it = std::find_if(variant.changes.begin(), variant.changes.end(),
                                 [at](const ParameterChange &c) { return registryIndex(c.path) > at; });
    variant.changes.insert(it, ParameterChange{path, std::move(value)});
    return variant;
}

Variant withoutChange(Variant variant, std::string_view path)
{
    std::erase_if(variant.changes, [path](const ParameterChange &c) { return c.path == path; });
    return variant;
}

bool isVariantParameter(const Parameter &parameter)
{
    return parameter.kind != ParameterKind::Text;
}

std::vector<ParameterChange> differences(const Scenario &baseline, const Scenario &other)
{
    std::vector<ParameterChange> changes;
    for (const auto &p : parameterRegistry()) {
        if (!isVariantParameter(p))
            continue;
        ParameterValue value = p.get(other);
        if (value != p.get(baseline))
            changes.push_back({p.path, std::move(value)});
    }
    return changes;
}

Diagnostics validateVariantName(const VariantDocument &document, std::string_view name,
                                std::optional<std::size_t> index)
{
    const std::string pointer = variantPointer(index.value_or(document.variants.size())) + "/name";
    const auto error = [&pointer](std::string message) {
        return Diagnostics{{Severity::Error, {}, pointer, std::move(message)}};
    };
    const std::string key = nameKey(name);
    if (key.empty())
        return error("a variant needs a name (it labels its column, bar and slide)");
    if (std::any_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; }))
        return error("the name \"" + printableExcerpt(name) + "\" contains control characters");
    if (name.size() > kMaxVariantNameLength)
        return error("the name \"" + printableExcerpt(name) + "\" is longer than " +
                     std::to_string(kMaxVariantNameLength) + " characters (it labels a column)");
    if (key == nameKey(kBaselineName))
        return error("\"" + std::string(name) + "\" is what the baseline is called; give the variant another name");
    for (std::size_t i = 0; i < document.variants.size(); ++i) {
        if (index && *index == i)
            continue;
        if (nameKey(document.variants[i].name) == key)
            return error("duplicate name \"" + printableExcerpt(name) + "\": variant " + std::to_string(i) +
                         " is called \"" + printableExcerpt(document.variants[i].name) + "\" already");
    }
    return {};
}

Diagnostics variantChangeProblems(const VariantDocument &document, std::size_t index, const Catalog &catalog)
{
    const Variant &variant = document.variants.at(index);
    Diagnostics problems = validateVariantName(document, variant.name, index);
    std::vector<std::string_view> seen;
    for (const auto &change : variant.changes) {
        if (std::find(seen.begin(), seen.end(), change.path) != seen.end()) {
            problems.push_back({Severity::Error,
                                {},
                                changePointer(index, change.path),
                                "changed twice: a variant sets each parameter at most once"});
            continue;
        }
        seen.push_back(change.path);
        const Diagnostics changeIssues = changeProblems(index, change, catalog);
        problems.insert(problems.end(), changeIssues.begin(), changeIssues.end());
    }
    return named(std::move(problems), index, variant.name);
}

Diagnostics validateVariant(const VariantDocument &document, std::size_t index, const Catalog &catalog)
{
    Diagnostics problems = variantChangeProblems(document, index, catalog);
    if (hasErrors(problems))
        return problems; // the consistency of a scenario with bad values says nothing more
    const Variant &variant = document.variants[index];
    // A problem of the resolved scenario points at the change that causes it, if the variant
    // makes one there, else at the variant (the baseline's value is the other half of it).
    for (const auto &problem : consistencyProblems(resolveVariant(document.baseline, variant), catalog)) {
        const std::string path = dottedPath(problem.jsonPath);
        if (findChange(variant, path))
            problems.push_back({Severity::Error, {}, changePointer(index, path), problem.message});
        else
            problems.push_back(
                {Severity::Error, {}, variantPointer(index), "with the baseline's " + path + ": " + problem.message});
    }
    return named(std::move(problems), index, variant.name);
}

Diagnostics validateDocument(const VariantDocument &document, const Catalog &catalog)
{
    Diagnostics problems;
    if (document.variants.size() > kMaxVariants)
        problems.push_back({Severity::Error,
                            {},
                            "/variants",
                            "at most " + std::to_string(kMaxVariants) + " variants, found " +
                                std::to_string(document.variants.size())});
    for (std::size_t i = 0; i < document.variants.size(); ++i) {
        const Diagnostics variantProblems = validateVariant(document, i, catalog);
        problems.insert(problems.end(), variantProblems.begin(), variantProblems.end());
    }
    return problems;
}

std::string uniqueVariantName(const VariantDocument &document, std::string_view base)
{
    const auto taken = [&document](const std::string &name) {
        return !validateVariantName(document, name, std::nullopt).empty();
    };
    std::string name(base);
    for (int n = 2; taken(name) && n < 1000; ++n)
        name = std::string(base) + " (" + std::to_string(n) + ")";
    return name;
}

std::vector<ChangedParameter> whatChanged(const Scenario &baseline, const Scenario &variant, const Catalog &catalog)
{
    std::vector<ChangedParameter> rows;
    for (const auto &p : parameterRegistry()) {
        if (!isVariantParameter(p))
            continue;
        ParameterValue before = p.get(baseline);
        ParameterValue after = p.get(variant);
        if (before == after)
            continue;
        ChangedParameter row{p.path, p.section, p.label, p.unit, before, after, {}, {}};
        row.baselineText = changeText(p, before, baseline, catalog);
        row.variantText = changeText(p, after, variant, catalog);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace mlimpact
