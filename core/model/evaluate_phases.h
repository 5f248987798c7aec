// Internal: the model one phase at a time (docs/model.md §2-§7), in the order
// evaluateWith() runs them. Training comes first: development, NAS and one-off
// technique costs are measured in its run. Each function fills its phase's
// Impacts and PhaseChain in Results and adds its caveats. Defined in evaluate_runs.cpp
// (training, development, NAS), evaluate_serving.cpp (deployment) and evaluate_devices.cpp
// (edge, disposal), on the helpers of site_charging.h.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate_detail.h"
#include "resolved_site.h"

#include <optional>

namespace mlimpact::detail {

inline constexpr double kHoursPerYear = 8760.0;
inline constexpr double kDaysPerYear = 365.0;
inline constexpr double kJoulesPerKwh = 3.6e6;

/// Device-hours, FLOP and IT energy of one training-like run on a resolved site.
struct RunCost
{
    double flop = 0;
    double hours = 0;
    double itKwh = 0;
    RunCost scaled(double f) const { return {flop * f, hours * f, itKwh * f}; }
};

/// The final training run, the unit development, NAS and one-off technique costs are counted in.
struct TrainingRun
{
    std::optional<ResolvedSite> site; ///< nullopt: unknown ids, so nothing can be measured in the run
    double peak = 0;                  ///< FLOP/s per device at the workload's precision
    RunCost run;                      ///< one run, after the NAS training saving
    double baselineFlop = 0;          ///< one run before that saving (NAS search cost is a multiple of it)
    double keep = 1;                  ///< share of training compute kept after NAS (1 / speed-up)
    double oneOffRuns = 0;            ///< one-off technique costs, in runs (charged to development)
};

/// Training and retraining; also sets the carbon-aware schedule of the run.
TrainingRun evaluateTraining(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options,
                             Results &results);

/// Experiments (with their rebound) and one-off technique costs, on the training site and schedule.
void evaluateDevelopment(const Scenario &scenario, const TrainingRun &training, const EvaluateOptions &options,
                         Results &results);

/// The architecture search, on its own site.
void evaluateNas(const Scenario &scenario, const Catalog &catalog, const TrainingRun &training, Results &results);

/// Queries served by a provisioned fleet, after techniques and rebound.
void evaluateDeployment(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options,
                        Results &results);

/// Devices bought in cohorts, charged in full at purchase x ML share.
void evaluateEdge(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options, Results &results);

/// Retired hardware of the other phases becomes e-waste (runs after them).
void evaluateDisposal(const Scenario &scenario, Results &results);

/// Records (and words as caveats) the unpublished catalog values the included phases use
/// (core/analysis/missing_data.cpp; runs after every phase).
void collectMissingValues(const Scenario &scenario, const Catalog &catalog, Results &results);

} // namespace mlimpact::detail
