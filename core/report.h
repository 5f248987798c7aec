// Results as the stable JSON report ("ml-impact-explorer/report", version 1;
// documented in docs/report-format.md) and as a readable text table.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insights.h"
#include "results.h"
#include "scenario.h"

#include <string>

namespace mlimpact {

inline constexpr int kReportVersion = 1;

/// The report of one evaluation; `insights` (from the same results) give its headline
/// figures and what each chart says, worded as the window and the slides word them.
std::string reportJson(const Scenario &scenario, const Results &results, const Insights &insights);
std::string reportText(const Scenario &scenario, const Results &results, const Insights &insights);

} // namespace mlimpact
