// Shared by the fuzz targets: what every evaluation must satisfy whatever the input
// (every impact, total and series finite and non-negative), and how an input picks
// the analysis the interface would ask for, so one corpus file replays the same way.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "results.h"
#include "scenario.h"

#include <cstddef>
#include <cstdint>

namespace mlimpact::fuzz {

/// Evaluates the scenario as the window and the command line do (evaluate, the analyses
/// behind every chart, both reports) and aborts, naming the field, on any non-finite or
/// negative quantity. `seed` picks the swept technique, the accelerator and the region phase.
void evaluateAndCheck(const Scenario &scenario, const Catalog &catalog, std::uint64_t seed);

/// Aborts, naming the field, if a result quantity is not finite or is negative.
void checkResults(const Results &results);
void checkAnalyses(const Analyses &analyses);

/// The analysis request the input stands for (deterministic in `seed`).
AnalysisRequest requestFor(const Catalog &catalog, std::uint64_t seed);

/// FNV-1a of the input, the seed of requestFor.
std::uint64_t inputHash(const std::uint8_t *data, std::size_t size);

} // namespace mlimpact::fuzz
