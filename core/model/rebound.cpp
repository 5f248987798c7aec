// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebound.h"

#include <cmath>

namespace mlimpact {

ReboundOutcome reboundOutcome(double costFactor, double elasticity)
{
    ReboundOutcome o;
    o.costFactor = costFactor;
    o.elasticity = elasticity;
    if (costFactor <= 0 || !std::isfinite(costFactor))
        return o;
    o.demandMultiplier = std::pow(costFactor, -elasticity);
    o.expectedSaving = 1.0 - costFactor;
    o.realizedSaving = 1.0 - costFactor * o.demandMultiplier;
    if (std::fabs(o.expectedSaving) > 1e-12)
        o.reboundFraction = 1.0 - o.realizedSaving / o.expectedSaving;
    return o;
}

double impliedElasticity(double costFactor, double realizedSaving)
{
    // r^(1-e) = 1 - realized  =>  1 - e = ln(1 - realized) / ln r
    return 1.0 - std::log(1.0 - realizedSaving) / std::log(costFactor);
}

} // namespace mlimpact
