// Rebound: efficiency lowers the cost of a query (or an experiment) and demand
// responds (docs/model.md §11). With a cost factor r = new/old and elasticity e, demand
// is multiplied by r^-e and the net resource use by r^(1-e): e = 0 no rebound,
// 0 < e < 1 partial, e = 1 savings fully taken back, e > 1 backfire (Jevons).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

namespace mlimpact {

struct ReboundOutcome
{
    double costFactor = 1;       ///< r: resource use per unit after / before the efficiency change
    double elasticity = 0;       ///< e
    double demandMultiplier = 1; ///< r^-e
    double expectedSaving = 0;   ///< "engineering" saving at fixed demand: 1 - r
    double realizedSaving = 0;   ///< 1 - r^(1-e)
    double reboundFraction = 0;  ///< share of the expected saving taken back: 1 - realized/expected
    bool backfire() const { return realizedSaving < 0 && expectedSaving > 0; }
};

MLIMPACT_CORE_EXPORT ReboundOutcome reboundOutcome(double costFactor, double elasticity);

/// The elasticity that turns an engineering cost factor into an observed net saving:
/// solves 1 - r^(1-e) = realizedSaving for e.
MLIMPACT_CORE_EXPORT double impliedElasticity(double costFactor, double realizedSaving);

} // namespace mlimpact
