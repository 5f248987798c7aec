// A comparison as the stable JSON report ("ml-impact-explorer/comparison", version 1;
// documented in docs/report-format.md) and as readable text, plus the one sentence that
// says what a bridge shows (the window, the command line and the slides use the same).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"
#include "mlimpact_core_export.h"

#include <string>

namespace mlimpact {

inline constexpr int kComparisonReportVersion = 1;

MLIMPACT_CORE_EXPORT std::string comparisonJson(const Comparison &comparison);

/// Totals and changes per criterion, the bridge of `bridgeCriterion` for every variant, and
/// what changed.
MLIMPACT_CORE_EXPORT std::string comparisonText(const Comparison &comparison, Criterion bridgeCriterion);

/// "Carbon rises 4.1% (+12.3 t CO₂e): hardware realization +20 t CO₂e, nominal compute saving
/// -8.1 t CO₂e." The total change and the largest terms, largest first.
MLIMPACT_CORE_EXPORT std::string bridgeSummary(const Bridge &bridge, Criterion criterion);

/// The change of a variant's total from the baseline's: "-16.0% (-241 t CO₂e)", the amount alone
/// when the baseline's is 0, "" when nothing changed (a bar's label beside the baseline's).
MLIMPACT_CORE_EXPORT std::string changeAmount(double baseline, double variant, Criterion criterion);

/// A variant's total against the baseline's, for a headline: "-16.0% (-241 t CO₂e) vs Baseline",
/// the change alone when the baseline's is 0, "same as Baseline" when nothing changed.
MLIMPACT_CORE_EXPORT std::string changeFromBaseline(double baseline, double variant, Criterion criterion);

} // namespace mlimpact
