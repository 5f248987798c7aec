// The criteria a comparison sets side by side (compute, energy, carbon, water, e-waste,
// resource depletion, primary energy):
// one table of ids, labels and units, and how each is read from a result, so the
// comparison, the bridge, the reports and the window name them the same way.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criterion.h"
#include "format.h"
#include "mlimpact_core_export.h"
#include "phases.h"
#include "results.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace mlimpact {

struct CriterionInfo
{
    Criterion criterion;
    std::string_view id;      ///< command-line name: "carbon"
    std::string_view jsonKey; ///< key in JSON output, as in the report's IMPACTS: "carbon_kgco2e"
    std::string_view label;   ///< "Carbon (operational + embodied)"
    std::string_view unit;    ///< base unit of the values: "kgCO2e"
    Quantity quantity;        ///< how formatQuantity prints a value
};

/// Every criterion, in display order.
MLIMPACT_CORE_EXPORT const std::array<CriterionInfo, kCriterionCount> &criteria();
MLIMPACT_CORE_EXPORT const CriterionInfo &criterionInfo(Criterion criterion);
/// "Carbon" from "Carbon (operational + embodied)", in the installed language (the window lists
/// the labels in context "mlimpact"), for a criterion named inside a sentence or a title.
MLIMPACT_CORE_EXPORT std::string shortCriterionLabel(Criterion criterion);
/// By command-line id ("carbon", "energy", "water", ...), or nullopt.
MLIMPACT_CORE_EXPORT std::optional<Criterion> findCriterion(std::string_view id);

/// One value per criterion, indexed by static_cast<int>(Criterion).
using CriterionValues = std::array<double, kCriterionCount>;

/// A phase's value of a criterion. Compute is the FLOP of an included data-centre phase (the
/// edge's on-device compute is not modelled in FLOP, so it counts 0).
MLIMPACT_CORE_EXPORT double phaseCriterionValue(const Results &results, Phase phase, Criterion criterion);
/// The totals of a result, every criterion.
MLIMPACT_CORE_EXPORT CriterionValues criterionTotals(const Results &results);

} // namespace mlimpact
