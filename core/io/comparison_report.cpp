// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_report.h"

#include "format.h"
#include "text_translation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace mlimpact {

using ojson = nlohmann::ordered_json;

namespace {

/// A number for JSON; non-finite values (never expected) become null rather than invalid JSON.
ojson number(double value)
{
    return std::isfinite(value) ? ojson(value) : ojson(nullptr);
}

ojson criterionObject(const CriterionValues &values)
{
    ojson out = ojson::object();
    for (const auto &info : criteria())
        out[std::string(info.jsonKey)] = number(values[static_cast<std::size_t>(info.criterion)]);
    return out;
}

ojson valueJson(const ParameterValue &value)
{
    if (const auto *d = std::get_if<double>(&value))
        return number(*d);
    if (const auto *b = std::get_if<bool>(&value))
        return *b;
    if (const auto *text = std::get_if<std::string>(&value))
        return *text;
    return nullptr;
}

ojson bridgeJson(const Bridge &bridge)
{
    ojson out = ojson::object();
    for (const auto &criterion : criteria()) {
        ojson terms = ojson::object();
        for (const auto &cause : causes())
            terms[std::string(cause.id)] = number(bridge.term(cause.cause, criterion.criterion));
        const auto k = static_cast<std::size_t>(criterion.criterion);
        out[std::string(criterion.jsonKey)] = {{"baseline", number(bridge.baseline[k])},
                                               {"variant", number(bridge.variant[k])},
                                               {"change", number(bridge.change(criterion.criterion))},
                                               {"terms", std::move(terms)}};
    }
    return out;
}

ojson variantJson(const VariantOutcome &v)
{
    ojson fractions = ojson::object();
    for (const auto &info : criteria()) {
        const auto f = v.deltaFraction(info.criterion);
        fractions[std::string(info.jsonKey)] = f ? number(*f) : ojson(nullptr);
    }
    ojson changes = ojson::array();
    for (const auto &c : v.changes) {
        const auto cause = causeOfParameter(c.path);
        changes.push_back({{"path", c.path},
                           {"section", c.section},
                           {"label", c.label},
                           {"unit", c.unit},
                           {"cause", cause ? std::string(causeInfo(*cause).id) : std::string("other")},
                           {"baseline", valueJson(c.baselineValue)},
                           {"variant", valueJson(c.variantValue)},
                           {"baseline_text", c.baselineText},
                           {"variant_text", c.variantText}});
    }
    ojson out = {{"name", v.name},
                 {"description", v.description},
                 {"totals", criterionObject(v.totals)},
                 {"deltas", criterionObject(v.deltas)},
                 {"delta_fractions", std::move(fractions)},
                 {"changes", std::move(changes)}};
    out["bridge"] = v.bridge ? bridgeJson(*v.bridge) : ojson(nullptr);
    out["caveats"] = caveatsOf(v.results);
    return out;
}

/// "+1.2 t CO₂e" / "-340 kWh": a change with its sign (ASCII, for scripts).
std::string signedQuantity(double value, Quantity quantity)
{
    if (value == 0)
        return formatQuantity(0, quantity);
    return (value > 0 ? "+" : "-") + formatQuantity(std::fabs(value), quantity);
}

std::string signedPercent(double fraction)
{
    return (fraction >= 0 ? "+" : "-") + formatPercent(std::fabs(fraction));
}

/// Columns in characters (UTF-8 continuation bytes take no column).
std::size_t displayWidth(const std::string &text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string padded(const std::string &text, std::size_t width)
{
    const std::size_t w = displayWidth(text);
    return text + std::string(width > w ? width - w : 0, ' ');
}

/// A table: the first column labels, then one column per variant; widths fit the widest cell.
std::string table(const std::vector<std::vector<std::string>> &rows)
{
    std::vector<std::size_t> widths;
    for (const auto &row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    std::string out;
    for (const auto &row : rows) {
        std::string line = "  ";
        for (std::size_t c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? padded(row[c], widths[c] + 3) : row[c];
        out += line + "\n";
    }
    return out;
}

std::string totalsTable(const Comparison &comparison)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{"", comparison.baseline.name};
    for (const auto &v : comparison.variants)
        header.push_back(v.name);
    rows.push_back(std::move(header));
    for (const auto &info : criteria()) {
        const auto k = static_cast<std::size_t>(info.criterion);
        std::vector<std::string> row{std::string(info.label),
                                     formatQuantity(comparison.baseline.totals[k], info.quantity)};
        for (const auto &v : comparison.variants) {
            const auto fraction = v.deltaFraction(info.criterion);
            row.push_back(formatQuantity(v.totals[k], info.quantity) + " (" +
                          (fraction ? signedPercent(*fraction) : signedQuantity(v.deltas[k], info.quantity)) + ")");
        }
        rows.push_back(std::move(row));
    }
    return table(rows);
}

std::string bridgeTable(const Comparison &comparison, Criterion criterion)
{
    const CriterionInfo &info = criterionInfo(criterion);
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> header{""};
    for (const auto &v : comparison.variants)
        header.push_back(v.name);
    rows.push_back(std::move(header));
    std::string omitted;
    for (const auto &cause : causes()) {
        // A cause no variant touches is 0 everywhere: named below the table, not a row of zeros.
        const bool touched = std::any_of(comparison.variants.begin(), comparison.variants.end(), [&](const auto &v) {
            return v.bridge && v.bridge->active[static_cast<std::size_t>(cause.cause)];
        });
        if (!touched) {
            omitted += (omitted.empty() ? "" : ", ") + std::string(cause.label);
            continue;
        }
        std::vector<std::string> row{std::string(cause.label)};
        for (const auto &v : comparison.variants)
            row.push_back(v.bridge ? signedQuantity(v.bridge->term(cause.cause, criterion), info.quantity) : "–");
        rows.push_back(std::move(row));
    }
    std::vector<std::string> total{"Total change"};
    for (const auto &v : comparison.variants)
        total.push_back(signedQuantity(v.deltas[static_cast<std::size_t>(criterion)], info.quantity));
    rows.push_back(std::move(total));
    return table(rows) + (omitted.empty() ? "" : "  (0 for every variant: " + omitted + ")\n");
}

/// A cause's name inside a sentence ("hardware realization +20 t CO₂e"): lower case in English,
/// as the translation writes it elsewhere (German nouns keep their capital).
std::string causeInSentence(Cause cause)
{
    switch (cause) {
    case Cause::NominalCompute:
        return translatedText("insights", MLI_TR("insights", "nominal compute saving"));
    case Cause::HardwareRealization:
        return translatedText("insights", MLI_TR("insights", "hardware realization"));
    case Cause::DemandResponse:
        return translatedText("insights", MLI_TR("insights", "demand response (rebound)"));
    case Cause::PlaceAndTime:
        return translatedText("insights", MLI_TR("insights", "place and time"));
    case Cause::HardwareFootprint:
        return translatedText("insights", MLI_TR("insights", "hardware footprint"));
    case Cause::OneOffCosts:
        return translatedText("insights", MLI_TR("insights", "one-off costs"));
    case Cause::Other:
        return translatedText("insights", MLI_TR("insights", "other"));
    }
    return std::string(causeInfo(cause).label);
}

/// "Carbon rises 4.1% (+12.3 t CO₂e)": the criterion's change, one pattern per direction.
std::string bridgeChangeText(const std::string &label, double change, const std::string &amount)
{
    if (change > 0)
        return translatedPattern("insights", MLI_TR("insights", "%1 rises %2"), {label, amount});
    if (change < 0)
        return translatedPattern("insights", MLI_TR("insights", "%1 falls %2"), {label, amount});
    // No amount when nothing changes (the English once read "stays the same : ...").
    return translatedPattern("insights", MLI_TR("insights", "%1 stays the same"), {label});
}

} // namespace

std::string bridgeSummary(const Bridge &bridge, Criterion criterion)
{
    const CriterionInfo &info = criterionInfo(criterion);
    const auto k = static_cast<std::size_t>(criterion);
    const double change = bridge.change(criterion);
    const std::string label = shortCriterionLabel(criterion);
    if (change == 0 && std::none_of(bridge.active.begin(), bridge.active.end(), [](bool a) { return a; }))
        return translatedPattern(
            "insights", MLI_TR("insights", "%1 is the same: the variant changes nothing the model uses."), {label});
    std::string amount;
    if (bridge.baseline[k] != 0 && change != 0)
        amount =
            formatPercent(std::fabs(change / bridge.baseline[k])) + " (" + signedQuantity(change, info.quantity) + ")";
    else if (change != 0)
        amount = signedQuantity(change, info.quantity);
    const std::string out = bridgeChangeText(label, change, amount);
    std::vector<Cause> order;
    for (const auto &cause : causes()) {
        if (bridge.term(cause.cause, criterion) != 0)
            order.push_back(cause.cause);
    }
    std::stable_sort(order.begin(), order.end(), [&bridge, criterion](Cause a, Cause b) {
        return std::fabs(bridge.term(a, criterion)) > std::fabs(bridge.term(b, criterion));
    });
    std::string terms;
    for (std::size_t i = 0; i < order.size() && i < 3; ++i) {
        terms += (terms.empty() ? "" : ", ") + causeInSentence(order[i]) + " " +
                 signedQuantity(bridge.term(order[i], criterion), info.quantity);
    }
    if (terms.empty())
        return out + ".";
    return translatedPattern("insights", MLI_TR("insights", "%1: %2."), {out, terms});
}

std::string changeAmount(double baseline, double variant, Criterion criterion)
{
    const double change = variant - baseline;
    if (change == 0)
        return {};
    const std::string amount = signedQuantity(change, criterionInfo(criterion).quantity);
    if (baseline == 0)
        return amount;
    return signedPercent(change / baseline) + " (" + amount + ")";
}

std::string changeFromBaseline(double baseline, double variant, Criterion criterion)
{
    const std::string amount = changeAmount(baseline, variant, criterion);
    if (amount.empty())
        return translatedText("insights", MLI_TR("insights", "same as Baseline"));
    return translatedPattern("insights", MLI_TR("insights", "%1 vs Baseline"), {amount});
}

std::string comparisonJson(const Comparison &comparison)
{
    ojson out;
    out["format"] = "ml-impact-explorer/comparison";
    out["version"] = kComparisonReportVersion;
    out["scenario"] = comparison.baseline.scenario.system.name;
    ojson criteriaJson = ojson::array();
    for (const auto &info : criteria())
        criteriaJson.push_back({{"id", info.id}, {"key", info.jsonKey}, {"label", info.label}, {"unit", info.unit}});
    out["criteria"] = std::move(criteriaJson);
    ojson causesJson = ojson::array();
    for (const auto &cause : causes())
        causesJson.push_back({{"id", cause.id}, {"label", cause.label}, {"meaning", cause.meaning}});
    out["causes"] = std::move(causesJson);
    out["baseline"] = {{"name", comparison.baseline.name},
                       {"totals", criterionObject(comparison.baseline.totals)},
                       {"caveats", caveatsOf(comparison.baseline.results)}};
    ojson variants = ojson::array();
    for (const auto &v : comparison.variants)
        variants.push_back(variantJson(v));
    out["variants"] = std::move(variants);
    return out.dump(2) + "\n";
}

std::string comparisonText(const Comparison &comparison, Criterion bridgeCriterion)
{
    const CriterionInfo &info = criterionInfo(bridgeCriterion);
    std::string out = "Comparison: " + comparison.baseline.scenario.system.name + "\n";
    out += std::to_string(comparison.variants.size()) +
           " variant(s) against the baseline; totals over the service years, change from the baseline in "
           "brackets.\n\n";
    out += totalsTable(comparison);
    if (comparison.variants.empty())
        return out;
    out += "\nBridge of " + std::string(info.label) +
           " from the baseline to each variant (Shapley attribution; the terms sum to the total change):\n";
    out += bridgeTable(comparison, bridgeCriterion);
    for (const auto &v : comparison.variants) {
        out += "\n" + v.name + (v.description.empty() ? std::string() : " — " + v.description) + "\n";
        if (v.bridge)
            out += "  " + bridgeSummary(*v.bridge, bridgeCriterion) + "\n";
        if (v.changes.empty())
            out += "  No parameter differs from the baseline.\n";
        for (const auto &c : v.changes)
            out += "  " + c.section + ": " + c.label + " (" + c.path + "): " + c.baselineText + " -> " + c.variantText +
                   "\n";
    }
    return out;
}

} // namespace mlimpact
