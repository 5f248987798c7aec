// The parameter registry: one declarative row per editable scenario field —
// path, label, unit, valid range, plausible range, explanation and source.
// It drives JSON validation and saving, --set overrides, the generated UI
// forms and the documentation. Defaults are read from a default Scenario so
// they are stated once (in scenario.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "resolved_site.h"
#include "scenario.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace mlimpact {

enum class ParameterKind {
    Number,         ///< double in [min, max]
    OptionalNumber, ///< override: unset means "use the catalog value"
    Flag,           ///< bool
    Choice,         ///< id of a catalog entry (see Parameter::choices)
    Enum,           ///< one of Parameter::enumValues
    Text,           ///< free text (names, descriptions)
};

/// A field's value in kind-neutral form; monostate = unset optional override.
using ParameterValue = std::variant<std::monostate, double, bool, std::string>;

struct MLIMPACT_CORE_EXPORT Parameter
{
    std::string path;    ///< dotted path, e.g. "deployment.queries_per_day"
    std::string section; ///< UI group, e.g. "Deployment"
    std::string label;
    std::string unit; ///< display unit; "" for dimensionless
    ParameterKind kind = ParameterKind::Number;
    double min = 0, max = 0;  ///< valid range (Number, OptionalNumber)
    double low = 0, high = 0; ///< plausible range for uncertainty analysis
    bool logScale = false;    ///< spans decades: sliders and sweeps should be logarithmic
    bool integer = false;     ///< whole numbers only (an hour of the day): 9.5 is refused, not truncated
    std::string explanation;
    std::string source;
    std::optional<CatalogSection> choices; ///< Choice: which catalog section
    std::vector<std::string> enumValues;   ///< Enum: allowed names
    std::string enabledBy;                 ///< path of the phase's on/off flag, "" if none
    /// Modes in which the value is used: (enum path, allowed values); empty = always.
    /// E.g. tokens matter only when compute is given as parameters x tokens.
    std::vector<std::pair<std::string, std::vector<std::string>>> usedWhen;
    /// Numbers that must exceed a threshold for the value to be used: (number path, threshold). An idle
    /// draw matters only while devices are allocated for longer than they work (provisioning > 1).
    std::vector<std::pair<std::string, double>> usedWhenAbove;

    std::function<ParameterValue(const Scenario &)> get;
    /// Stores a value of the right alternative; callers validate first (see validateValue).
    std::function<void(Scenario &, const ParameterValue &)> set;
    /// OptionalNumber: the value the model uses for this override (set or not) and where it comes
    /// from, from the same resolver as evaluate(). Empty for other kinds.
    std::function<std::optional<ResolvedValue>(const Scenario &, const Catalog &)> resolve;

    ParameterValue defaultValue() const;
    std::string jsonPointer() const; ///< "/deployment/queries_per_day"
};

/// Whether a parameter's value is used by the scenario as it stands (its phase is
/// included and its mode selects it). Unused values are kept, just greyed out.
MLIMPACT_CORE_EXPORT bool isParameterUsed(const Parameter &parameter, const Scenario &scenario);

/// The value an unset override stands for (the catalog's figure as the model uses it),
/// or nullopt if the parameter is not an override or the catalog has no figure.
MLIMPACT_CORE_EXPORT std::optional<double> catalogValueOf(const Parameter &parameter, const Scenario &scenario,
                                                          const Catalog &catalog);

/// The value the model uses for an override parameter, with its origin (override, catalog entry
/// or missing); nullopt if the parameter is not an override.
MLIMPACT_CORE_EXPORT std::optional<ResolvedValue> resolvedValueOf(const Parameter &parameter, const Scenario &scenario,
                                                                  const Catalog &catalog);

/// All parameters, grouped by section in display order.
MLIMPACT_CORE_EXPORT const std::vector<Parameter> &parameterRegistry();

/// The parameter at a dotted path, or nullptr.
MLIMPACT_CORE_EXPORT const Parameter *findParameter(std::string_view path);

/// Checks a value against the parameter's kind and range (and, for Choice, the
/// catalog). Returns the problems (empty if valid): an error at the parameter's JSON
/// Pointer saying what was expected.
MLIMPACT_CORE_EXPORT Diagnostics validateValue(const Parameter &parameter, const ParameterValue &value,
                                               const Catalog &catalog);

/// "expected a number in [1, 1e+13] queries/day" — what a valid value looks like.
MLIMPACT_CORE_EXPORT std::string describeExpected(const Parameter &parameter);

/// Parses the text of a command-line override (`--set path=text`): numbers (as
/// parseNumberText reads them with "." and no grouping: 2e6, 30M), true/false, enum names,
/// catalog ids, "catalog" to clear an override. On failure returns nullopt and appends an
/// error at the parameter's JSON Pointer to `diagnostics`.
MLIMPACT_CORE_EXPORT std::optional<ParameterValue> parseValueText(const Parameter &parameter, std::string_view text,
                                                                  Diagnostics &diagnostics);

/// Readable form of a value for messages and text reports.
MLIMPACT_CORE_EXPORT std::string valueToText(const Parameter &parameter, const ParameterValue &value);

/// How a person reads an enum value: "fp16" -> "FP16", "structured_2to4" -> "2:4 structured",
/// "model_flop" -> "Model FLOP"; others with the first letter up and "_" as spaces. The form
/// and the "what changed" tables use the same words.
MLIMPACT_CORE_EXPORT std::string enumValueLabel(std::string_view value);

MLIMPACT_CORE_EXPORT std::string_view computeModeName(ComputeMode mode);
MLIMPACT_CORE_EXPORT std::string_view inferenceModeName(InferenceMode mode);

} // namespace mlimpact
