// The totals of a scenario without what they do not read: for readers that need a scenario's
// totals only, such as a variant's baseline in the window or a sensitivity sample.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "criteria.h"
#include "mlimpact_core_export.h"
#include "scenario.h"

namespace mlimpact {

/// criterionTotals(evaluate(scenario, catalog)) without break-even (with its companion runs), the
/// monthly simulation and the missing-value records, which fill fields of their own only.
MLIMPACT_CORE_EXPORT CriterionValues evaluateCriterionTotals(const Scenario &scenario, const Catalog &catalog);

} // namespace mlimpact
