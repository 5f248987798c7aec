// Results as the stable JSON report ("ml-impact-explorer/report", version 1;
// documented in docs/report-format.md) and as a readable text table.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"
#include "mlimpact_core_export.h"
#include "results.h"
#include "scenario.h"

#include <nlohmann/json.hpp>

#include <string>

namespace mlimpact {

inline constexpr int kReportVersion = 1;

/// The report of one evaluation; `insights` (from the same results) give its headline
/// figures and what each chart says, worded as the window and the slides word them.
MLIMPACT_CORE_EXPORT std::string reportJson(const Scenario &scenario, const Results &results, const Insights &insights);
/// The report as a document; without `insights` (nullptr) it has every key but "insights", so
/// a sweep over many scenarios can read its figures without running the charts' analyses, and
/// without `timeline` it leaves out the monthly series too (most of the document's size).
MLIMPACT_CORE_EXPORT nlohmann::ordered_json reportDocument(const Scenario &scenario, const Results &results,
                                                           const Insights *insights, bool timeline = true);
MLIMPACT_CORE_EXPORT std::string reportText(const Scenario &scenario, const Results &results, const Insights &insights);

} // namespace mlimpact
