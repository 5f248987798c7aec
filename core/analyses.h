// Everything the explorer's charts show beyond Results, computed by core so
// views only plot: the technique sweep, region comparison, the rebound curve
// across elasticities and the break-even curves.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"
#include "scenario.h"
#include "sweep.h"

#include <array>
#include <string>
#include <vector>

namespace mlimpact {

struct ReboundCurvePoint
{
    double elasticity = 0;
    double expectedSaving = 0;
    double realizedSaving = 0;
};

struct BreakEvenCurve
{
    std::string id;
    std::string label;
    double oneOffKgco2e = 0;
    std::vector<double> days;        ///< x
    std::vector<double> savedKgco2e; ///< cumulative saving at each day
    double breakEvenDays = 0;        ///< infinity if never
};

/// The parts of the analyses, so a view computes only what its shown charts need
/// (each part re-runs the model many times).
enum class AnalysisParts : unsigned {
    None = 0,
    Sweep = 1,     ///< the technique sweep (triad)
    Regions = 2,   ///< region comparison and the hourly profile (time and place)
    Rebound = 4,   ///< the rebound curve
    BreakEven = 8, ///< the break-even curves
    All = 15,
};
constexpr AnalysisParts operator|(AnalysisParts a, AnalysisParts b)
{
    return static_cast<AnalysisParts>(static_cast<unsigned>(a) | static_cast<unsigned>(b));
}
constexpr bool has(AnalysisParts set, AnalysisParts part)
{
    return (static_cast<unsigned>(set) & static_cast<unsigned>(part)) != 0;
}

struct AnalysisRequest
{
    Technique technique = Technique::UnstructuredSparseKernels;
    std::string hardware; ///< "" = the deployment's accelerator
    int sweepPoints = 48;
    Phase regionPhase = Phase::Training;
    std::string breakEvenId; ///< the investment the break-even chart shows; "" = the first
    AnalysisParts parts = AnalysisParts::All;
};

struct Analyses
{
    AnalysisRequest request;
    std::string sweepHardware;  ///< the accelerator actually swept
    double currentStrength = 0; ///< the scenario's own setting of the swept technique (x)
    std::vector<SweepPoint> sweep;
    std::vector<RegionImpact> regions;
    std::string trainingRegion;                  ///< id of the region the training runs in
    std::array<double, 24> hourlyIntensity{};    ///< gCO2e/kWh of the training region by hour of day
    bool hourlyIsFlat = true;                    ///< the region has no hourly data
    std::vector<ReboundCurvePoint> reboundCurve; ///< elasticity 0..3 for the scenario's cost factor
    std::vector<BreakEvenCurve> breakEvenCurves;
    double serviceYears = 0; ///< the scenario's years in service
    ScheduleMode trainingSchedule = ScheduleMode::RunNow;
};

Analyses computeAnalyses(const Scenario &scenario, const Catalog &catalog, const Results &results,
                         const AnalysisRequest &request);

/// The parts a change of request makes stale (the rest of the analyses still hold).
AnalysisParts partsChangedBy(const AnalysisRequest &before, const AnalysisRequest &after);

/// Recomputes only `parts` of `analyses` for a new request on the same scenario and
/// results (a picker changed): the other parts are kept, the request is replaced.
void refreshAnalyses(Analyses &analyses, const Scenario &scenario, const Catalog &catalog, const Results &results,
                     const AnalysisRequest &request, AnalysisParts parts);

/// The scenario's own value of a technique's strength, on the sweep's x axis.
double techniqueStrength(const Scenario &scenario, Technique technique);

} // namespace mlimpact
