// Variants: a document is a baseline scenario plus up to six named variants, each the
// baseline with a set of parameter changes (registry path -> value). An edit to the
// baseline flows into every variant that does not change that parameter. Everything
// here is a pure function on values, cheap enough to call on every edit.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "parameter_registry.h"
#include "sampling.h"
#include "scenario.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

inline constexpr std::size_t kMaxVariants = 6;
inline constexpr std::size_t kMaxVariantNameLength = 60;
/// What reports call the baseline's column; no variant may take the name.
inline constexpr std::string_view kBaselineName = "Baseline";

/// One parameter a variant sets: a registry path (e.g. "deployment.precision") and its value
/// (a catalog id for a choice, monostate to use the catalog's figure for an override).
struct ParameterChange
{
    std::string path;
    ParameterValue value;

    bool operator==(const ParameterChange &) const = default;
};

struct Variant
{
    std::string name;
    std::string description;
    std::vector<ParameterChange> changes; ///< in registry order, one per path (see setChange)

    bool operator==(const Variant &) const = default;
};

struct VariantDocument
{
    Scenario baseline;
    std::vector<Variant> variants;
    /// The file's "uncertainty" section: ranges and choices the Monte Carlo samples with.
    SamplingSpec uncertainty = {};

    bool operator==(const VariantDocument &) const = default;
};

/// The baseline with the variant's changes applied. Changes that do not name a parameter, or
/// whose value is of the wrong kind, are skipped: validate first (validateVariant).
MLIMPACT_CORE_EXPORT Scenario resolveVariant(const Scenario &baseline, const Variant &variant);

/// The change of `path` in the variant, or nullptr (the variant follows the baseline there).
MLIMPACT_CORE_EXPORT const ParameterChange *findChange(const Variant &variant, std::string_view path);

/// The variant with `path` set to `value` (replacing an earlier change of it), kept in registry order.
MLIMPACT_CORE_EXPORT Variant withChange(Variant variant, const std::string &path, ParameterValue value);

/// The variant with its change of `path` removed: it follows the baseline there again.
MLIMPACT_CORE_EXPORT Variant withoutChange(Variant variant, std::string_view path);

/// Whether a parameter can be changed by a variant: any registry row except free text (a variant
/// has its own name and description).
MLIMPACT_CORE_EXPORT bool isVariantParameter(const Parameter &parameter);

/// The changes that turn `baseline` into `other`: every variant parameter whose value differs,
/// in registry order.
MLIMPACT_CORE_EXPORT std::vector<ParameterChange> differences(const Scenario &baseline, const Scenario &other);

/// Problems with a proposed name for variant `index` (nullopt: a new variant): empty, too long,
/// control characters, the baseline's name, or the name of another variant (compared without
/// surrounding spaces and without regard to case). Errors at "/variants/<index>/name" (file empty).
MLIMPACT_CORE_EXPORT Diagnostics validateVariantName(const VariantDocument &document, std::string_view name,
                                                     std::optional<std::size_t> index);

/// Problems with variant `index` that need no baseline: its name and each change. Messages start
/// with the variant's name ("variant \"INT8\": ..."); errors at JSON Pointers into the v2 file.
MLIMPACT_CORE_EXPORT Diagnostics variantChangeProblems(const VariantDocument &document, std::size_t index,
                                                       const Catalog &catalog);

/// Problems with variant `index`: its name, and each change (unknown path, text parameter, wrong
/// type, out of range, unknown catalog id), then the resolved scenario's consistency. Errors carry
/// JSON Pointers into the v2 file ("/variants/2/changes/deployment.queries_per_day"), no file.
MLIMPACT_CORE_EXPORT Diagnostics validateVariant(const VariantDocument &document, std::size_t index,
                                                 const Catalog &catalog);

/// Every variant's problems, and too many variants. Empty = the document can be compared and saved.
MLIMPACT_CORE_EXPORT Diagnostics validateDocument(const VariantDocument &document, const Catalog &catalog);

/// `base` if no variant is named so, else "base (2)", "base (3)", ... (for create and duplicate).
MLIMPACT_CORE_EXPORT std::string uniqueVariantName(const VariantDocument &document, std::string_view base);

/// One row of a "what changed" table.
struct ChangedParameter
{
    std::string path;
    std::string section; ///< registry section, e.g. "Deployment"
    std::string label;
    std::string unit;
    ParameterValue baselineValue;
    ParameterValue variantValue;
    std::string baselineText; ///< "fp16", "1e+06 queries/day", "catalog (1.1)"
    std::string variantText;
};

/// The parameters whose value differs between the baseline and the resolved variant, in registry
/// order, with both values as text with units (an unset override shows the catalog figure it
/// stands for). A change to the baseline's own value is not listed.
MLIMPACT_CORE_EXPORT std::vector<ChangedParameter> whatChanged(const Scenario &baseline, const Scenario &variant,
                                                               const Catalog &catalog);

} // namespace mlimpact
