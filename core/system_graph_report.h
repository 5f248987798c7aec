// The systems map as text and JSON (`ml-impact-explorer system`; docs/report-format.md,
// "System map"). The JSON's keys are stable: tests compare them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "system_graph.h"

#include <string>

namespace mlimpact {

/// "reinforcing" or "balancing".
std::string_view loopKindName(LoopKind kind);

/// "+" or "−" as a person reads a causal-loop diagram.
std::string_view polaritySymbol(Polarity polarity);

/// "0.98", "−0.6", or "n/a" when the edge has no elasticity here.
std::string elasticityText(const SystemEdge &edge);

std::string systemGraphJson(const SystemGraph &graph);
std::string systemGraphText(const SystemGraph &graph);

} // namespace mlimpact
