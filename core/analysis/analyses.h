// Everything the explorer's charts show beyond Results, computed by core so
// views only plot: the technique sweep, region comparison, the rebound curve
// across elasticities and the break-even curves.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "comparison.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "payback.h"
#include "results.h"
#include "scenario.h"
#include "sensitivity.h"
#include "sweep.h"
#include "system_graph.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
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
    double serviceDays = 0;          ///< the end of service, marked on the chart
    PaybackVerdict verdict;          ///< what it means: within the service or not, the marks' words
};

/// The parts of the analyses, so a view computes only what its shown charts need
/// (each part re-runs the model many times).
enum class AnalysisParts : unsigned {
    None = 0,
    Sweep = 1,       ///< the technique sweep (triad)
    Regions = 2,     ///< region comparison and the hourly profile (time and place)
    Rebound = 4,     ///< the rebound curve
    BreakEven = 8,   ///< the break-even curves
    Comparison = 16, ///< the document's variants against its baseline, with bridges
    Tornado = 32,    ///< one-at-a-time swings of every uncertain input (core/analysis/sensitivity.h)
    System = 64,     ///< the systems map with its elasticities (core/analysis/system_graph.h)
    All = 127,
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
    std::string hardware; ///< accelerator or edge device id; "" = servingHardware() of the scenario
    int sweepPoints = 48;
    Phase regionPhase = Phase::Training;
    std::string breakEvenId; ///< the investment the break-even chart shows; "" = the first
    AnalysisParts parts = AnalysisParts::All;
    Criterion compareCriterion = Criterion::Carbon; ///< what the comparison chart sets side by side
    std::string bridgeVariant;                      ///< the variant the bridge shows; "" = the selected, else the first
    Criterion bridgeCriterion = Criterion::Carbon;  ///< carbon, energy or water
};

struct Analyses
{
    AnalysisRequest request;
    TechniqueSweep triad; ///< the technique sweep, with the scenario's own point
    std::vector<RegionImpact> regions;
    std::string trainingRegion;                  ///< id of the region the training runs in
    std::array<double, 24> hourlyIntensity{};    ///< gCO2e/kWh of the training region by hour of day
    bool hourlyIsFlat = true;                    ///< the region has no hourly data
    std::vector<ReboundCurvePoint> reboundCurve; ///< elasticity 0..3 for the scenario's cost factor
    std::vector<BreakEvenCurve> breakEvenCurves;
    Tornado tornado;         ///< each input at the ends of its plausible range (docs/model.md §15)
    double serviceYears = 0; ///< the scenario's years in service
    ScheduleMode trainingSchedule = ScheduleMode::RunNow;
    /// The document's baseline and variants side by side; nullopt without variants (or not asked).
    std::optional<Comparison> comparison;
    int selectedVariant = -1; ///< the variant the window shows (-1: the baseline)
    /// The systems map of the scenario shown; with variants, its nodes carry the change from the
    /// baseline to the variant shown (the first when the baseline is shown).
    SystemGraph system;
};

/// The variant the bridge chart shows: the requested one, else the selected, else the first;
/// nullptr without variants.
MLIMPACT_CORE_EXPORT const VariantOutcome *bridgeVariantShown(const Analyses &analyses);

/// One choice a chart's picker offers, and that the command line takes by `key`.
struct AnalysisChoice
{
    std::string key;   ///< "unstructured-sparse", "nvidia-h100-sxm", "nas"
    std::string label; ///< "Unstructured pruning (sparse kernels)", "NVIDIA H100 SXM", "Architecture search"
};

/// The triad's techniques, in Technique order.
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> triadTechniqueChoices();
/// The devices the triad can sweep: the catalog's accelerators, then its edge devices.
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> triadHardwareChoices(const Catalog &catalog);
/// The investments the break-even chart can show for these results.
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> breakEvenChoices(const Results &results);
/// The criteria the comparison chart can show (every criterion).
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> compareCriterionChoices();
/// The criteria a bridge is drawn for: carbon, energy, water.
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> bridgeCriterionChoices();
/// The variants a bridge can lead to (key = label = the variant's name).
MLIMPACT_CORE_EXPORT std::vector<AnalysisChoice> bridgeVariantChoices(const Analyses &analyses);

/// Reads "TECHNIQUE" or "TECHNIQUE@HARDWARE" (`export --triad`) into the request; on a bad
/// value returns an error that lists the valid choices.
MLIMPACT_CORE_EXPORT Diagnostics chooseTriad(std::string_view text, const Catalog &catalog, AnalysisRequest &request);
/// Reads an investment id (`export --break-even`); an error lists this scenario's investments.
MLIMPACT_CORE_EXPORT Diagnostics chooseBreakEven(std::string_view id, const Results &results, AnalysisRequest &request);

/// Reads a criterion id for the comparison chart (`export --compare`).
MLIMPACT_CORE_EXPORT Diagnostics chooseCompare(std::string_view id, AnalysisRequest &request);
/// Reads "VARIANT" or "VARIANT@CRITERION" or "@CRITERION" (`export --bridge`); the variant must be one of
/// `document`'s, the criterion carbon, energy or water.
MLIMPACT_CORE_EXPORT Diagnostics chooseBridge(std::string_view text, const VariantDocument &document,
                                              AnalysisRequest &request);

/// `document` (with `selectedVariant` shown, -1 for the baseline) is what the Comparison part
/// compares; without it, or without variants, Analyses::comparison stays nullopt.
MLIMPACT_CORE_EXPORT Analyses computeAnalyses(const Scenario &scenario, const Catalog &catalog, const Results &results,
                                              const AnalysisRequest &request, const VariantDocument *document = nullptr,
                                              int selectedVariant = -1);

/// The parts a change of request makes stale (the rest of the analyses still hold).
MLIMPACT_CORE_EXPORT AnalysisParts partsChangedBy(const AnalysisRequest &before, const AnalysisRequest &after);

/// Recomputes only `parts` of `analyses` for a new request on the same scenario and
/// results (a picker changed): the other parts are kept, the request is replaced.
MLIMPACT_CORE_EXPORT void refreshAnalyses(Analyses &analyses, const Scenario &scenario, const Catalog &catalog,
                                          const Results &results, const AnalysisRequest &request, AnalysisParts parts,
                                          const VariantDocument *document = nullptr, int selectedVariant = -1);

} // namespace mlimpact
