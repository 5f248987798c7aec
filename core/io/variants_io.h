// Scenario files with variants (format version 2, docs/scenario-format.md): the baseline as
// in version 1 plus a "variants" array, each {name, description, changes} with changes keyed
// by dotted registry path. Version 1 files load as documents without variants; a document
// without variants is saved as version 1, so older builds still read it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "variants.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// Parses a version 1 or 2 file: the baseline as a version 1 file is read, then every
/// variant, all problems in one pass. Nullopt on any error (each names the file, and for a
/// variant its JSON Pointer, e.g. /variants/2/changes/deployment.queries_per_day).
MLIMPACT_CORE_EXPORT std::optional<VariantDocument> loadDocumentFromText(std::string_view text,
                                                                         const std::string &fileLabel,
                                                                         const Catalog &catalog,
                                                                         Diagnostics &diagnostics);

/// Reads a file and calls loadDocumentFromText; a missing or unreadable file is an error.
MLIMPACT_CORE_EXPORT std::optional<VariantDocument> loadDocumentFile(const std::string &path, const Catalog &catalog,
                                                                     Diagnostics &diagnostics);

/// Version 1 text (scenarioToJsonText) when there are no variants; otherwise the same text as
/// version 2 with the variants appended, each change in registry order.
MLIMPACT_CORE_EXPORT std::string documentToJsonText(const VariantDocument &document);

/// Atomic save (temporary file + rename); returns the problems (empty on success).
MLIMPACT_CORE_EXPORT Diagnostics saveDocumentFile(const std::string &path, const VariantDocument &document);

/// A scenario to add as a variant (`compare BASE.json OTHER.json...`, or a file imported as one).
struct NamedScenario
{
    std::string name;
    std::string description;
    Scenario scenario;
};

/// The variant that turns the document's baseline into `other`: its differences, named after it
/// (made unique in the document with uniqueVariantName).
MLIMPACT_CORE_EXPORT Variant variantFromScenario(const VariantDocument &document, const NamedScenario &other);

/// The built-in comparison presets (resources/comparisons): one document each, making one of
/// the paper's arguments ("pruning-for-the-gpu", ...).
MLIMPACT_CORE_EXPORT std::vector<std::string> comparisonPresetIds();
MLIMPACT_CORE_EXPORT std::optional<VariantDocument> loadComparisonPreset(std::string_view id, const Catalog &catalog,
                                                                         Diagnostics &diagnostics);

} // namespace mlimpact
