// Companion analyses over many evaluations: an efficiency technique swept over
// its range on a chosen accelerator (compute vs energy vs carbon per query), and
// the same phase evaluated in every grid region (location shifting).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "results.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace mlimpact {

enum class Technique {
    UnstructuredMasked,        ///< pruning run with masked dense kernels
    UnstructuredSparseKernels, ///< pruning run with sparse kernels
    Structured2to4,            ///< 2:4 structured pruning (x = sparsity up to 0.5)
    Quantization,              ///< x = 0 FP32, 1 FP16, 2 INT8, 3 INT4
    Distillation,              ///< x = compute reduction (1 - student/teacher)
    BatchSize,                 ///< x = sequences per decode step (roofline serving, docs/model.md §3.2)
};
inline constexpr int kTechniqueCount = 6;
static_assert(static_cast<int>(Technique::BatchSize) + 1 == kTechniqueCount);
MLIMPACT_CORE_EXPORT std::string_view techniqueKey(Technique t);   ///< "unstructured-masked", ...
MLIMPACT_CORE_EXPORT std::string_view techniqueLabel(Technique t); ///< "Unstructured pruning (masked dense)"

struct SweepPoint
{
    double x = 0;       ///< technique strength (see Technique)
    double compute = 1; ///< FLOP per query, relative to the baseline
    double energy = 1;  ///< life-cycle energy per query (development, NAS, training, serving), relative
    double carbon = 1;  ///< life-cycle carbon per query, relative
};

/// One technique swept over its range on one serving device: what the triad chart shows.
/// The baseline (x1) is the same scenario without pruning or distillation, served at the
/// scenario's own precision on the swept device; demand is held fixed (no rebound).
struct TechniqueSweep
{
    Technique technique = Technique::UnstructuredSparseKernels;
    std::string hardware;                          ///< id of the accelerator or edge device swept
    std::string hardwareName;                      ///< its catalog name ("" if not in the catalog)
    bool edge = false;                             ///< an edge device: per inference on the device, not per cloud query
    bool scenarioHardware = true;                  ///< the scenario's own serving device
    Precision baselinePrecision = Precision::Fp16; ///< precision of the baseline model (cloud)
    std::vector<SweepPoint> points;                ///< increasing x
    /// False when points[0] (x = 0, the dense model) is not on the technique's curve: sparse
    /// kernels at a few percent sparsity run far slower than the dense kernels used at 0%.
    bool curveStartsAtBaseline = true;
    bool scenarioUses = false; ///< the scenario applies this technique (own.x is its strength)
    SweepPoint own;            ///< the scenario's own setting, computed exactly (the baseline if unused)
    std::string emptyReason;   ///< why there is no sweep; "" when there is
    /// BatchSize only (same order as points, then the scenario's own): a replica kept full at each
    /// batch. Energy is per generated token (points' energy and carbon are relative to batch 1).
    std::vector<double> energyPerTokenJ;
    std::vector<double> latencyS;      ///< one response: prefill and all its decode steps
    std::vector<double> latencyFactor; ///< relative to batch 1
    std::vector<bool> memoryBound;     ///< the decode step is limited by memory bandwidth
    double ownEnergyPerTokenJ = 0, ownLatencyS = 0, ownLatencyFactor = 1;
    double batchThatFits = 0; ///< the largest batch whose KV cache fits next to the weights
};

/// The scenario's own value of a technique's strength, on the sweep's x axis (0 when the
/// scenario does not use it; quantization: the serving precision's index).
MLIMPACT_CORE_EXPORT double techniqueStrength(const Scenario &scenario, Technique technique);

/// The device the triad sweeps by default: the cloud accelerator when the scenario serves
/// in the cloud, else its edge device.
MLIMPACT_CORE_EXPORT std::string servingHardware(const Scenario &scenario);

/// Sweeps `technique` on `hardwareId` (an accelerator or an edge device; "" = servingHardware())
/// with `points` >= 2 points (quantization: the four precisions).
MLIMPACT_CORE_EXPORT TechniqueSweep techniqueSweep(const Scenario &scenario, const Catalog &catalog,
                                                   Technique technique, const std::string &hardwareId, int points);

/// The points of techniqueSweep() on an accelerator.
MLIMPACT_CORE_EXPORT std::vector<SweepPoint> sweepTechnique(const Scenario &scenario, const Catalog &catalog,
                                                            Technique technique, const std::string &hardwareId,
                                                            int points);

/// "FP32", "FP16", "INT8", "INT4".
MLIMPACT_CORE_EXPORT std::string precisionLabel(Precision precision);

// The words of a sweep, shared by the takeaway, the chart's axes and its marks.

/// A strength with its unit: "60% of weights pruned", "40% less compute", "INT8".
MLIMPACT_CORE_EXPORT std::string strengthText(Technique technique, double x);
/// The x axis: "Weights pruned (%)", "Compute removed by distillation (%)", "Serving precision".
MLIMPACT_CORE_EXPORT std::string strengthAxisLabel(Technique technique);
/// What x1 is: "the dense INT8 model" in the cloud, "the dense model" on an edge device.
MLIMPACT_CORE_EXPORT std::string baselineName(const TechniqueSweep &sweep);
/// "per query" (cloud) or "per inference" (edge).
MLIMPACT_CORE_EXPORT std::string perUnitText(const TechniqueSweep &sweep);

struct RegionImpact
{
    std::string id;
    std::string name;
    double intensity_g_per_kwh = 0;
    double phase_carbon_kgco2e = 0; ///< the chosen phase's carbon if it ran there
    double total_carbon_kgco2e = 0;
};

/// The phase (training, NAS, deployment or edge) evaluated in every grid region.
MLIMPACT_CORE_EXPORT std::vector<RegionImpact> compareRegions(const Scenario &scenario, const Catalog &catalog,
                                                              Phase phase);

} // namespace mlimpact
