// Scenario files: JSON ("format_version": 1) read and written through the
// parameter registry. Loading reports every problem in one pass.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "file_io.h"
#include "mlimpact_core_export.h"
#include "parameter_registry.h"
#include "scenario.h"

#include <nlohmann/json_fwd.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

inline constexpr int kScenarioFormatVersion = 1;
/// Version 2 adds a "variants" array (core/io/variants_io.h); its baseline reads like version 1.
inline constexpr int kVariantsFormatVersion = 2;
inline constexpr const char *kVariantsKey = "variants";

/// Parses and validates scenario JSON. Returns nullopt if any error was found;
/// warnings (unknown keys) and a note listing defaulted parameters may be added either way.
/// A version 2 file gives its baseline, after its variants are checked too (a bad variant is an
/// error); loadDocumentFromText (variants_io.h) gives the variants as well.
MLIMPACT_CORE_EXPORT std::optional<Scenario> loadScenarioFromText(std::string_view text, const std::string &fileLabel,
                                                                  const Catalog &catalog, Diagnostics &diagnostics);

class JsonReader;

namespace detail {
/// A JSON value as the parameter's kind (null: an unset override), or nullopt with an error at
/// `pointer` saying what was expected. Range and catalog checks are validateValue's.
std::optional<ParameterValue> parameterValueFromJson(const Parameter &p, const nlohmann::json &v,
                                                     const std::string &pointer, JsonReader &reader);
/// The baseline alone, variants unread: what loadDocumentFromText builds on.
std::optional<Scenario> loadBaselineFromText(std::string_view text, const std::string &fileLabel,
                                             const Catalog &catalog, Diagnostics &diagnostics);
} // namespace detail

/// Reads a file and calls loadScenarioFromText; a missing or unreadable file is an error diagnostic.
MLIMPACT_CORE_EXPORT std::optional<Scenario> loadScenarioFile(const std::string &path, const Catalog &catalog,
                                                              Diagnostics &diagnostics);

/// Canonical JSON text (registry order, two-space indent, trailing newline).
MLIMPACT_CORE_EXPORT std::string scenarioToJsonText(const Scenario &scenario);

/// Atomic save (temporary file + rename); returns the problems (empty on success).
MLIMPACT_CORE_EXPORT Diagnostics saveScenarioFile(const std::string &path, const Scenario &scenario);

/// Problems no single field shows: a compute mode that needs peak throughput on
/// hardware whose catalog entry has none. Each is an error at a JSON Pointer (no file).
MLIMPACT_CORE_EXPORT Diagnostics consistencyProblems(const Scenario &scenario, const Catalog &catalog);

/// The file label of diagnostics about the command line's overrides.
inline constexpr std::string_view kCommandLineLabel = "<command line>";

/// Applies one "path=value" override (the command line's --set). Returns the problems
/// (empty on success; the scenario is then changed): errors whose message names the
/// path ("--set path: ...") and says what was expected.
MLIMPACT_CORE_EXPORT Diagnostics applyOverride(Scenario &scenario, std::string_view assignment, const Catalog &catalog);

/// The built-in preset scenarios (resources/presets), by id ("llm-chat-service", ...).
MLIMPACT_CORE_EXPORT std::vector<std::string> presetIds();
MLIMPACT_CORE_EXPORT std::optional<Scenario> loadPreset(std::string_view id, const Catalog &catalog,
                                                        Diagnostics &diagnostics);
inline constexpr std::string_view kDefaultPresetId = "llm-chat-service";
/// The neutral starting point of File > New: the registry's defaults (each sourced or a
/// labelled assumption) under its own name and description.
inline constexpr std::string_view kBlankPresetId = "blank";

} // namespace mlimpact
