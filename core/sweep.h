// Companion analyses over many evaluations: an efficiency technique swept over
// its range on a chosen accelerator (compute vs energy vs carbon per query), and
// the same phase evaluated in every grid region (location shifting).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
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
};
inline constexpr int kTechniqueCount = 5;
static_assert(static_cast<int>(Technique::Distillation) + 1 == kTechniqueCount);
std::string_view techniqueKey(Technique t);   ///< "unstructured-masked", ...
std::string_view techniqueLabel(Technique t); ///< "Unstructured pruning (masked dense)"

struct SweepPoint
{
    double x = 0;       ///< technique strength (see Technique)
    double compute = 1; ///< FLOP per query, relative to the baseline
    double energy = 1;  ///< life-cycle energy per query (development, NAS, training, deployment), relative
    double carbon = 1;  ///< life-cycle carbon per query, relative
};

/// Sweeps one technique on `hardwareId` (serving) with all other techniques off,
/// relative to the dense FP16 model. Demand is held fixed (no rebound).
/// `points` >= 2 (Quantization always gives 4 points).
std::vector<SweepPoint> sweepTechnique(const Scenario &scenario, const Catalog &catalog, Technique technique,
                                       const std::string &hardwareId, int points);

struct RegionImpact
{
    std::string id;
    std::string name;
    double intensity_g_per_kwh = 0;
    double phase_carbon_kgco2e = 0; ///< the chosen phase's carbon if it ran there
    double total_carbon_kgco2e = 0;
};

/// The phase (training, NAS, deployment or edge) evaluated in every grid region.
std::vector<RegionImpact> compareRegions(const Scenario &scenario, const Catalog &catalog, Phase phase);

} // namespace mlimpact
