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

struct AnalysisRequest
{
    Technique technique = Technique::UnstructuredSparseKernels;
    std::string hardware; ///< "" = the deployment's accelerator
    int sweepPoints = 48;
    Phase regionPhase = Phase::Training;
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
};

Analyses computeAnalyses(const Scenario &scenario, const Catalog &catalog, const Results &results,
                         const AnalysisRequest &request);

/// The scenario's own value of a technique's strength, on the sweep's x axis.
double techniqueStrength(const Scenario &scenario, Technique technique);

} // namespace mlimpact
