// The uncertainty and sensitivity reports: JSON ("ml-impact-explorer/uncertainty" and
// "ml-impact-explorer/sensitivity", docs/report-format.md) and text, for the command line.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"
#include "sensitivity.h"
#include "uncertainty.h"

#include <string>

namespace mlimpact {

MLIMPACT_CORE_EXPORT std::string uncertaintyJson(const Scenario &scenario, const UncertaintyResult &result);
MLIMPACT_CORE_EXPORT std::string uncertaintyText(const Scenario &scenario, const UncertaintyResult &result);

MLIMPACT_CORE_EXPORT std::string tornadoJson(const Scenario &scenario, const Tornado &tornado);
MLIMPACT_CORE_EXPORT std::string tornadoText(const Scenario &scenario, const Tornado &tornado, int top);

MLIMPACT_CORE_EXPORT std::string sobolJson(const Scenario &scenario, const SobolResult &result,
                                           const SobolOptions &options);
MLIMPACT_CORE_EXPORT std::string sobolText(const Scenario &scenario, const SobolResult &result, int top);

/// "1.42 kt CO₂e, 90%: 0.9–2.3" — a band in the words of the KPI tiles and reports.
MLIMPACT_CORE_EXPORT std::string bandText(const Band &band, double point, Criterion criterion);
/// "90%: 0.9 kt – 2.3 kt CO₂e" — the interval alone, under a figure that is already shown.
MLIMPACT_CORE_EXPORT std::string intervalText(const Band &band, Criterion criterion);

} // namespace mlimpact
