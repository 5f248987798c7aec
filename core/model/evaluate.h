// The life-cycle model: evaluate(scenario, catalog) -> Results. A pure function:
// no I/O, no global state, same inputs give the same outputs. Formulas and
// sources are explained in docs/model.md.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "results.h"
#include "scenario.h"

#include <cstdint>

namespace mlimpact {

/// Evaluates a validated scenario. Ids the catalog does not know are reported
/// as caveats and the phase is skipped (a loaded scenario never has them).
MLIMPACT_CORE_EXPORT Results evaluate(const Scenario &scenario, const Catalog &catalog);

/// How many times the model has run in this process, analyses' runs included. A diagnostic
/// for benchmarks (model runs per edit); it never affects a result.
MLIMPACT_CORE_EXPORT std::uint64_t modelRunCount();

/// Cumulative saving (kgCO2e, including the one-time saving) of a break-even item after
/// `years` of service; past the service life the savings continue at their average rate.
MLIMPACT_CORE_EXPORT double breakEvenSavedBy(const BreakEven &breakEven, const Scenario &scenario, double years);

/// Queries served over the service years with yearly compound growth
/// (the year in progress is counted pro rata).
MLIMPACT_CORE_EXPORT double totalQueries(double queriesPerDay, double growthPerYear, double years);

} // namespace mlimpact
