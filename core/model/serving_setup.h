// The roofline serving model's inputs taken from a scenario's deployment and its hardware
// (docs/model.md §3.2): shape, request, efficiencies, techniques and the device's figures.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "scenario.h"
#include "serving.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace mlimpact {

/// Which model the setup describes: the dense FP16 model without techniques (the baseline the
/// technique factors are relative to) or the model as served.
enum class ServedAs { Baseline, Served };

/// The serving setup of `s.deployment` on `acc`, or nullopt with `problem` set when the
/// accelerator lacks a memory bandwidth or a peak throughput. `nasKeep` is 1 - the NAS
/// inference saving; `rc` the accelerator's realization class.
MLIMPACT_CORE_EXPORT std::optional<ServingSetup> servingSetupFor(const Scenario &s, const Accelerator &acc,
                                                                 const RealizationClass &rc, double nasKeep,
                                                                 ServedAs as, std::string *problem = nullptr);

/// Stored weight bytes relative to dense storage at `bytesPerParameter` (docs/model.md §3.2):
/// pruned weights shrink memory traffic only when stored sparse.
MLIMPACT_CORE_EXPORT double sparseWeightBytesFactor(const EfficiencySettings &e, const RealizationClass &rc,
                                                    double bytesPerParameter);

/// The deployment parameters an architecture of the catalog sets (registry path, value): what
/// the deployment form's architecture picker applies.
MLIMPACT_CORE_EXPORT std::vector<std::pair<std::string, double>>
architectureParameters(const ModelArchitecture &architecture);

/// Average request rate (requests per second) over the service years.
MLIMPACT_CORE_EXPORT double averageRequestsPerSecond(double totalQueries, double years);

} // namespace mlimpact
