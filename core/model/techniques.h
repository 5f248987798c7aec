// Efficiency techniques (pruning, quantization, distillation) and how much of
// their nominal compute saving a hardware class realizes as time and energy.
// Compute, energy and carbon efficiency differ here first (docs/model.md §9).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "scenario.h"

#include <string>
#include <vector>

namespace mlimpact {

/// Factors relative to the dense, undistilled FP16 model on the same hardware.
struct TechniqueFactors
{
    double compute = 1; ///< nominal FLOP per query
    double time = 1;    ///< device-time per query (what energy and embodied follow)
    double power = 1;   ///< busy power while running
    double sparsityTime = 1;
    double precisionTime = 1;
    /// One-off costs in final-training-run equivalents (charged to development).
    double oneOffRuns = 0;
};

/// Peak FLOP/s of `acc` at `precision`; an unsupported precision falls back to the
/// next wider native one (then, failing that, a narrower one) and says so in `caveat`.
double peakFlopsAt(const Accelerator &acc, Precision precision, std::string *caveat);

/// Time factor of a precision relative to FP16 on this accelerator.
double precisionTimeFactor(const Accelerator &acc, const RealizationClass &rc, Precision precision,
                           std::string *caveat);

/// Factors of sparsity alone (kind, fraction, sparse kernels) on a realization class.
double sparsityTimeFactor(const EfficiencySettings &e, const RealizationClass &rc);
double sparsityComputeFactor(const EfficiencySettings &e);

/// All techniques for serving on one accelerator at `precision`; `nasKeep` is
/// 1 - the NAS inference saving. Caveats are appended.
TechniqueFactors servingFactors(const EfficiencySettings &e, const Accelerator &acc, const RealizationClass &rc,
                                Precision precision, double nasKeep, std::vector<std::string> &caveats);

/// The same for on-device inference (no precision table at the edge: quantization
/// is in the measured energy per inference).
TechniqueFactors edgeFactors(const EfficiencySettings &e, const RealizationClass &rc, double nasKeep);

/// One-off technique costs, in final-training-run equivalents.
double techniqueOneOffRuns(const EfficiencySettings &e, Precision servedPrecision);

} // namespace mlimpact
