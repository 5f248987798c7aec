// Random valid scenarios for the property tests: every registry row drawn inside its valid
// range (its edges, tiny positive values and log-uniform draws over ranges that span decades
// included), so the tests reach what `validate` accepts and not only plausible values.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameter_registry.h"
#include "scenario.h"

#include <random>

namespace mlimpact::test {

/// A random value inside the parameter's valid range (whole numbers stay whole).
ParameterValue randomValue(const Parameter &parameter, std::mt19937_64 &rng);

/// A random scenario that passes consistencyProblems() with the built-in catalog; service years
/// are capped at 12 to keep the monthly simulation of edge fleets and daily retraining affordable.
Scenario randomScenario(std::mt19937_64 &rng);

} // namespace mlimpact::test
