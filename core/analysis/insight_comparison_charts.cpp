// The comparison charts (compare, bridge, what changed; docs/model.md §14) and the systems map.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight_parts.h"

#include "comparison_report.h"
#include "system_graph_report.h"
#include "text_translation.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace mlimpact::insight {

namespace {

// --- The comparison charts (docs/model.md §14): read from Analyses::comparison. ---

constexpr const char *kNoVariants =
    MLI_TR("insights", "This document has no variants: Variants ▸ New Variant… adds one, or open a comparison preset.");

ChartInsight noVariants()
{
    return empty(translatedText("insights", kNoVariants));
}

} // namespace

ChartInsight compareInsight(const Catalog &, const Results &, const Analyses &a)
{
    if (!a.comparison || a.comparison->variants.empty())
        return noVariants();
    const Criterion criterion = a.request.compareCriterion;
    const auto k = static_cast<std::size_t>(criterion);
    const Comparison &cmp = *a.comparison;
    const double base = cmp.baseline.totals[k];
    // The variant furthest below the baseline, and the one furthest above, name the spread.
    const VariantOutcome *low = &cmp.variants.front(), *high = &cmp.variants.front();
    for (const auto &v : cmp.variants) {
        if (v.totals[k] < low->totals[k])
            low = &v;
        if (v.totals[k] > high->totals[k])
            high = &v;
    }
    ChartInsight c;
    const std::string label = shortCriterionLabel(criterion);
    // Variant names hold commas ("50% unstructured, sparse kernels"): the patterns quote them.
    if (cmp.variants.size() == 1)
        c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1: “%2” is %3."),
                                       {label, low->name, changeFromBaseline(base, low->totals[k], criterion)});
    else
        c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1: lowest “%2” %3; highest “%4” %5."),
                                       {label, low->name, changeFromBaseline(base, low->totals[k], criterion),
                                        high->name, changeFromBaseline(base, high->totals[k], criterion)});
    c.numbers.push_back({"baseline_total", base, std::string(criterionInfo(criterion).unit)});
    for (const auto &v : cmp.variants)
        c.numbers.push_back({"change_" + v.name, v.deltas[k], std::string(criterionInfo(criterion).unit)});
    return c;
}

ChartInsight bridgeInsight(const Catalog &, const Results &, const Analyses &a)
{
    const VariantOutcome *v = bridgeVariantShown(a);
    if (!v)
        return noVariants();
    if (!v->bridge)
        return empty(translatedPattern("insights", MLI_TR("insights", "No bridge was computed for %1."), {v->name}));
    const Criterion criterion = a.request.bridgeCriterion;
    const std::string unit(criterionInfo(criterion).unit);
    ChartInsight c;
    c.takeaway = translatedPattern("insights", MLI_TR("insights", "Baseline → “%1”: %2"),
                                   {v->name, bridgeSummary(*v->bridge, criterion)});
    c.numbers.push_back({"change", v->bridge->change(criterion), unit});
    for (const auto &cause : causes()) {
        if (v->bridge->active[static_cast<std::size_t>(cause.cause)])
            c.numbers.push_back({std::string(cause.id), v->bridge->term(cause.cause, criterion), unit});
    }
    return c;
}

namespace {

/// "“INT8” changes 3 parameters": one clause of the what-changed takeaway.
std::string variantChangesText(const std::string &name, std::size_t n)
{
    if (n == 0)
        return translatedPattern("insights", MLI_TR("insights", "“%1” changes nothing"), {name});
    if (n == 1)
        return translatedPattern("insights", MLI_TR("insights", "“%1” changes 1 parameter"), {name});
    return translatedPattern("insights", MLI_TR("insights", "“%1” changes %2 parameters"), {name, std::to_string(n)});
}

} // namespace

ChartInsight whatChangedInsight(const Catalog &, const Results &, const Analyses &a)
{
    if (!a.comparison || a.comparison->variants.empty())
        return noVariants();
    ChartInsight c;
    std::size_t total = 0;
    std::string clauses;
    for (const auto &v : a.comparison->variants) {
        const std::size_t n = v.changes.size();
        total += n;
        clauses += (clauses.empty() ? "" : "; ") + variantChangesText(v.name, n);
        c.numbers.push_back({"changes_" + v.name, static_cast<double>(n), "parameters"});
    }
    c.takeaway = translatedPattern("insights", MLI_TR("insights", "%1 from the baseline."), {clauses});
    c.numbers.push_back({"changes_total", static_cast<double>(total), "parameters"});
    return c;
}

namespace {

// --- The systems map (docs/model.md §16): read from Analyses::system. ---

/// "Total carbon follows operational carbon (0.94) more than embodied carbon (0.06)".
std::string carbonSplitText(const SystemGraph &g)
{
    const SystemEdge *op = g.edge("operational", "carbon");
    const SystemEdge *em = g.edge("embodied", "carbon");
    if (!op || !em || !op->elasticity || !em->elasticity)
        return {};
    const bool operationalLeads = *op->elasticity >= *em->elasticity;
    const SystemEdge *lead = operationalLeads ? op : em;
    const SystemEdge *other = operationalLeads ? em : op;
    // One pattern per order: German declines the two kinds of carbon differently.
    const char *pattern =
        operationalLeads
            ? MLI_TR("insights", "a 1% change in operational carbon moves total carbon %1%, in embodied carbon %2%")
            : MLI_TR("insights", "a 1% change in embodied carbon moves total carbon %1%, in operational carbon %2%");
    return translatedPattern("insights", pattern,
                             {formatSignificant(*lead->elasticity, 2), formatSignificant(*other->elasticity, 2)});
}

/// What the rebound loop does to a cut in energy per query; "" if it is not in this scenario.
std::string reboundLoopText(const SystemLoop *loop)
{
    if (!loop || !loop->active() || !(loop->directGain.value_or(0) > 0))
        return {};
    const double takenBack = -*loop->feedbackGain / *loop->directGain;
    if (std::abs(takenBack) < 1e-6)
        return translatedText(
            "insights", MLI_TR("insights", "demand does not answer the cost of a query here (elasticity 0), so the "
                                           "rebound loop is open"));
    const char *pattern =
        takenBack > 1 ? MLI_TR("insights", "the rebound loop takes back %1 of any cut in energy per query (backfire)")
                      : MLI_TR("insights", "the rebound loop takes back %1 of any cut in energy per query");
    return translatedPattern("insights", pattern, {formatPercent(takenBack, 2)});
}

} // namespace

ChartInsight systemInsight(const Catalog &, const Results &, const Analyses &a)
{
    const SystemGraph &g = a.system;
    const auto defined = std::count_if(g.edges.begin(), g.edges.end(), [](const auto &e) { return e.elasticity; });
    if (defined == 0)
        return empty(translatedText(
            "insights", MLI_TR("insights", "No causal link of the model has a local elasticity in this scenario.")));
    ChartInsight c;
    std::string text = carbonSplitText(g);
    const std::string rebound = reboundLoopText(g.loop("rebound"));
    if (!rebound.empty())
        text += (text.empty() ? "" : "; ") + rebound;
    if (!g.comparedVariant.empty()) {
        const auto up =
            std::count_if(g.nodes.begin(), g.nodes.end(), [](const auto &n) { return n.change && *n.change > 0.005; });
        const auto down =
            std::count_if(g.nodes.begin(), g.nodes.end(), [](const auto &n) { return n.change && *n.change < -0.005; });
        text += (text.empty() ? "" : "; ") +
                translatedPattern("insights", MLI_TR("insights", "in “%1” %2 quantities rise and %3 fall"),
                                  {g.comparedVariant, std::to_string(up), std::to_string(down)});
        c.numbers.push_back({"quantities_up", static_cast<double>(up), "count"});
        c.numbers.push_back({"quantities_down", static_cast<double>(down), "count"});
    }
    if (text.empty())
        text = translatedPattern("insights", MLI_TR("insights", "%1 causal links are active in this scenario"),
                                 {std::to_string(defined)});
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    c.takeaway = text + ".";
    c.numbers.push_back({"links_with_elasticity", static_cast<double>(defined), "count"});
    for (const auto &l : g.loops) {
        if (l.active())
            c.numbers.push_back({"loop_" + l.id + "_net_gain", l.netGain(), "elasticity"});
    }
    return c;
}

} // namespace mlimpact::insight
