// A comparison: the baseline and each variant of a document evaluated side by side, with
// the change from the baseline per criterion, what changed, and the bridge of each variant.
// A value the views (comparison chart, bridge, what-changed table), the command line and
// the slides read; compareDocument() is cheap enough to call on every edit.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bridge.h"
#include "criteria.h"
#include "mlimpact_core_export.h"
#include "results.h"
#include "variants.h"

#include <optional>
#include <string>
#include <vector>

namespace mlimpact {

struct MLIMPACT_CORE_EXPORT VariantOutcome
{
    std::string name; ///< kBaselineName for the baseline
    std::string description;
    Scenario scenario;                     ///< resolved
    Results results;                       ///< without break-even and timeline (evaluate() for those)
    CriterionValues totals{};              ///< criterionTotals(results)
    CriterionValues deltas{};              ///< totals - the baseline's (0 for the baseline)
    std::vector<ChangedParameter> changes; ///< what differs from the baseline (empty for the baseline)
    std::optional<Bridge> bridge;          ///< from the baseline; nullopt for the baseline or when not asked

    /// The change as a fraction of the baseline's total; nullopt when the baseline's is 0.
    std::optional<double> deltaFraction(Criterion criterion) const;
};

struct Comparison
{
    VariantOutcome baseline;
    std::vector<VariantOutcome> variants; ///< in document order
};

struct ComparisonOptions
{
    bool bridges = true; ///< false: totals and what changed only (1 + variants model runs)
};

/// Evaluates a valid document (validateDocument() empty) with `catalog`.
MLIMPACT_CORE_EXPORT Comparison compareDocument(const VariantDocument &document, const Catalog &catalog,
                                                const ComparisonOptions &options = {});

} // namespace mlimpact
