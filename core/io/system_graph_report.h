// The systems map as text and JSON (`ml-impact-explorer system`; docs/report-format.md,
// "System map"). The JSON's keys are stable: tests compare them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"
#include "system_graph.h"

#include <string>

namespace mlimpact {

/// "reinforcing" or "balancing".
MLIMPACT_CORE_EXPORT std::string_view loopKindName(LoopKind kind);

/// "+" or "−" as a person reads a causal-loop diagram.
MLIMPACT_CORE_EXPORT std::string_view polaritySymbol(Polarity polarity);

/// "0.98", "−0.6", or "n/a" when the edge has no elasticity here.
MLIMPACT_CORE_EXPORT std::string elasticityText(const SystemEdge &edge);

MLIMPACT_CORE_EXPORT std::string systemGraphJson(const SystemGraph &graph);
MLIMPACT_CORE_EXPORT std::string systemGraphText(const SystemGraph &graph);

} // namespace mlimpact
