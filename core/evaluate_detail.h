// Internal: evaluate() with parts switched off, for the companion analyses
// (break-even variants must not recurse into break-even or the timeline).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate.h"

#include <optional>

namespace mlimpact::detail {

/// Model effects held at given values instead of modelled: the counterfactuals of the
/// bridge (core/bridge.cpp, docs/model.md §14), which toggle an effect like a parameter.
/// Unset = as modelled.
struct HeldEffects
{
    std::optional<double> nasInferenceKeep;      ///< share of inference compute kept after NAS
    std::optional<double> nasTrainingKeep;       ///< share of training compute kept after NAS
    std::optional<double> oneOffRuns;            ///< one-off technique costs, in final-run equivalents
    std::optional<double> deploymentDemand;      ///< rebound multiplier of the queries
    std::optional<double> developmentDemand;     ///< rebound multiplier of the experiments
    std::optional<double> servingTimePerCompute; ///< cloud technique time factor / compute factor
    std::optional<double> servingPower;          ///< cloud technique power factor
    std::optional<double> edgeTimePerCompute;    ///< edge technique time factor / compute factor
};

struct EvaluateOptions
{
    bool breakEven = true;
    bool timeline = true;
    bool rebound = true;   ///< false: demand stays as given (engineering comparisons)
    HeldEffects held = {}; // "= {}": aggregate initializations that leave it out stay warning-free
};

Results evaluateWith(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options);

/// Break-even of NAS and of each efficiency technique, and the refresh payback.
void computeBreakEvens(const Scenario &scenario, const Catalog &catalog, Results &results);

/// The monthly simulation, built from a static evaluation.
Timeline simulateTimeline(const Scenario &scenario, const Catalog &catalog, const Results &results);

/// Retired data-centre hardware (kg): the allocated share of every included data-centre phase.
double dataCentreEwasteKg(const Results &results);

/// Service time (years) needed to serve `queries` with yearly compound growth; infinity if never.
double yearsToServe(double queries, double queriesPerDay, double growthPerYear);

} // namespace mlimpact::detail
