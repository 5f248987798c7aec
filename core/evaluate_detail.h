// Internal: evaluate() with parts switched off, for the companion analyses
// (break-even variants must not recurse into break-even or the timeline).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate.h"

namespace mlimpact::detail {

struct EvaluateOptions
{
    bool breakEven = true;
    bool timeline = true;
    bool rebound = true; ///< false: demand stays as given (engineering comparisons)
};

Results evaluateWith(const Scenario &scenario, const Catalog &catalog, const EvaluateOptions &options);

/// Break-even of NAS and of each efficiency technique, and the refresh payback.
void computeBreakEvens(const Scenario &scenario, const Catalog &catalog, Results &results);

/// The monthly simulation, built from a static evaluation.
Timeline simulateTimeline(const Scenario &scenario, const Catalog &catalog, const Results &results);

/// Retired data-centre hardware (kg): the allocated share of every included data-centre phase.
double dataCentreEwasteKg(const Results &results);

/// Service time (years) needed to serve `queries` with yearly compound growth; infinity if never.
double yearsToServe(double queries, double queriesPerDay, double growthPerYear);

} // namespace mlimpact::detail
