// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "evaluate_detail.h"

namespace mlimpact {

std::optional<double> VariantOutcome::deltaFraction(Criterion criterion) const
{
    const auto k = static_cast<std::size_t>(criterion);
    const double before = totals[k] - deltas[k];
    if (before == 0)
        return std::nullopt;
    return deltas[k] / before;
}

namespace {

VariantOutcome outcomeOf(std::string name, std::string description, Scenario scenario, const Catalog &catalog)
{
    VariantOutcome outcome;
    outcome.name = std::move(name);
    outcome.description = std::move(description);
    outcome.results = detail::evaluateWith(scenario, catalog, {false, false, true, {}});
    outcome.scenario = std::move(scenario);
    outcome.totals = criterionTotals(outcome.results);
    return outcome;
}

} // namespace

Comparison compareDocument(const VariantDocument &document, const Catalog &catalog, const ComparisonOptions &options)
{
    Comparison comparison;
    comparison.baseline =
        outcomeOf(std::string(kBaselineName), document.baseline.system.description, document.baseline, catalog);
    for (const auto &variant : document.variants) {
        VariantOutcome outcome =
            outcomeOf(variant.name, variant.description, resolveVariant(document.baseline, variant), catalog);
        for (std::size_t k = 0; k < outcome.totals.size(); ++k)
            outcome.deltas[k] = outcome.totals[k] - comparison.baseline.totals[k];
        outcome.changes = whatChanged(document.baseline, outcome.scenario, catalog);
        if (options.bridges)
            outcome.bridge = computeBridge(document.baseline, outcome.scenario, catalog);
        comparison.variants.push_back(std::move(outcome));
    }
    return comparison;
}

} // namespace mlimpact
