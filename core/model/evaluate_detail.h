// Internal: evaluate() with parts switched off, for the companion analyses
// (break-even variants must not recurse into break-even or the timeline).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate.h"

#include <limits>
#include <optional>

namespace mlimpact::detail {

/// Model effects held at given values instead of modelled: the counterfactuals of the
/// bridge (core/analysis/bridge.cpp, docs/model.md §14), which toggle an effect like a parameter.
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

    /// Nothing held: the evaluation is the scenario's own (break-even then reuses it).
    bool none() const
    {
        return !nasInferenceKeep && !nasTrainingKeep && !oneOffRuns && !deploymentDemand && !developmentDemand &&
               !servingTimePerCompute && !servingPower && !edgeTimePerCompute;
    }
};
// A new held effect belongs in none() too, or break-even would compare with a held evaluation.
static_assert(sizeof(HeldEffects) == 8 * sizeof(std::optional<double>), "add the new field to HeldEffects::none()");

struct EvaluateOptions
{
    bool breakEven = true;
    bool timeline = true;
    bool rebound = true;   ///< false: demand stays as given (engineering comparisons)
    HeldEffects held = {}; // "= {}": aggregate initializations that leave it out stay warning-free
    /// false: no missing-value records or their caveats (runs that read only the numbers: the
    /// break-even counterfactuals, Monte Carlo and sensitivity samples).
    bool missingValues = true;
};

/// Exported for bench_evaluate, which times the static model alone (docs/performance.md).
MLIMPACT_CORE_EXPORT Results evaluateWith(const Scenario &scenario, const Catalog &catalog,
                                          const EvaluateOptions &options);

/// Break-even of NAS and of each efficiency technique, and the refresh payback. `with` is the
/// scenario's own static evaluation with demand responding (as `results` is when evaluated with
/// no held effects); nullptr evaluates it.
void computeBreakEvens(const Scenario &scenario, const Catalog &catalog, Results &results,
                       const Results *with = nullptr);

/// totalQueries() of one demand curve at many service times: log1p once, and the whole-year
/// powers once per whole year, by the same arithmetic (so the same numbers). Bisections over
/// time call it a hundred times per evaluation.
class QueryCurve
{
public:
    QueryCurve(double queriesPerDay, double growthPerYear);
    double at(double years) const;

private:
    double m_queriesPerDay, m_growth, m_logGrowth;
    mutable double m_fullYears = std::numeric_limits<double>::quiet_NaN(); // the last whole year asked for
    mutable double m_expm1 = 0, m_exp = 1;
};

/// The monthly simulation, built from a static evaluation.
Timeline simulateTimeline(const Scenario &scenario, const Catalog &catalog, const Results &results);

/// Retired data-centre hardware (kg): the allocated share of every included data-centre phase.
double dataCentreEwasteKg(const Results &results);

/// Service time (years) needed to serve `queries` with yearly compound growth; infinity if never.
double yearsToServe(double queries, double queriesPerDay, double growthPerYear);

} // namespace mlimpact::detail
