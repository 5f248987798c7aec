// The scenario file's "uncertainty" section (docs/scenario-format.md): the ranges a user
// narrows or widens and the catalog choices marked uncertain, as a SamplingSpec that the
// window's Monte Carlo, `uncertainty`, `sensitivity` and `export --bands` sample with.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "sampling.h"
#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>

namespace mlimpact {

class JsonReader;

inline constexpr const char *kUncertaintyKey = "uncertainty";

/// Reads the section's shape (objects, numbers, names), each problem an error at its JSON
/// Pointer under /uncertainty; nullopt if there was one. What the values mean for the scenario
/// is checked by samplingSpecProblems.
std::optional<SamplingSpec> readSamplingSpec(const nlohmann::json &section, JsonReader &reader);

/// Ranges and choices the scenario cannot sample (an unknown or non-numeric path, low > high,
/// outside the parameter's valid range, a log distribution through 0): errors at
/// /uncertainty/ranges/PATH or /uncertainty/uncertain_choices.
Diagnostics samplingSpecProblems(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec);

/// The section as written to a file (ranges in registry order, then the choices); empty spec:
/// an empty object (callers leave the section out).
std::string samplingSpecToJsonText(const SamplingSpec &spec);

} // namespace mlimpact
