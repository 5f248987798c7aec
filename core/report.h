// Results as the stable JSON report ("ml-impact-explorer/report", version 1;
// documented in docs/report-format.md) and as a readable text table.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"
#include "scenario.h"

#include <string>

namespace mlimpact {

inline constexpr int kReportVersion = 1;

std::string reportJson(const Scenario &scenario, const Results &results);
std::string reportText(const Scenario &scenario, const Results &results);

} // namespace mlimpact
