// Monte Carlo over the uncertain inputs (core/analysis/sampling.h): a Latin hypercube of the plausible
// ranges, the model run for every sample on std::thread, and the p5/p50/p95 and mean of every
// total, per-phase figure, per-query figure and cumulative timeline series ("how sure are we?").
// Same seed, same result, whatever the thread count. Method: docs/model.md §15.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criteria.h"
#include "mlimpact_core_export.h"
#include "sampling.h"

#include <array>
#include <cstdint>
#include <vector>

namespace mlimpact {

/// A distribution's summary: 5th, 50th and 95th percentile and mean.
struct MLIMPACT_CORE_EXPORT Band
{
    double p5 = 0, p50 = 0, p95 = 0, mean = 0;
    /// Whether a value lies within [p5, p95] (with a relative tolerance for rounding).
    bool contains(double value) const;
};

/// The per-query figures that get a band (PerQuery's fields of the same names).
enum class PerQueryFigure { EnergyWh, CarbonG, WaterMl, LifecycleCarbonG, LifecycleCarbonGPerUse };
inline constexpr int kPerQueryFigureCount = 5;
MLIMPACT_CORE_EXPORT std::string_view perQueryFigureKey(PerQueryFigure figure); ///< "energy_wh" ...
MLIMPACT_CORE_EXPORT double perQueryFigureValue(const PerQuery &perQuery, PerQueryFigure figure);

struct UncertaintyOptions
{
    std::size_t samples = 1000;
    std::uint64_t seed = 1;
    bool timeline = true; ///< run the monthly simulation and summarize its series
    SamplingSpec spec;
};

struct UncertaintyResult
{
    std::size_t samplesRequested = 0;
    std::size_t samplesRun = 0; ///< fewer if cancelled
    bool cancelled = false;
    std::uint64_t seed = 0;
    std::vector<UncertainInput> inputs;
    CriterionValues point{}; ///< the point estimate's totals
    std::array<Band, kCriterionCount> totals{};
    std::array<std::array<Band, kCriterionCount>, kPhaseCount> phases{};
    std::array<Band, kPerQueryFigureCount> perQuery{};
    /// Cumulative all-phase totals at the end of each month, per criterion (Compute stays empty);
    /// months of the point estimate's timeline. Empty without the timeline.
    std::vector<std::array<Band, kCriterionCount>> timeline;

    const Band &total(Criterion c) const { return totals[static_cast<int>(c)]; }
    const Band &phase(Phase p, Criterion c) const { return phases[static_cast<int>(p)][static_cast<int>(c)]; }
};

/// Runs the Monte Carlo. Errors in the sampling spec are appended to `diagnostics` (and the
/// result is empty). A sample whose service time gives a different month count than the point
/// estimate contributes to the timeline for the months both have (the rest hold its last value).
MLIMPACT_CORE_EXPORT UncertaintyResult runUncertainty(const Scenario &scenario, const Catalog &catalog,
                                                      const UncertaintyOptions &options, const RunControl &control,
                                                      Diagnostics &diagnostics);

/// Percentiles of values (sorted in place): linear interpolation between order statistics.
MLIMPACT_CORE_EXPORT Band summarize(std::vector<double> &values);

} // namespace mlimpact
