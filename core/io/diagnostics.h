// Problems found while reading catalogs and scenarios, reported as values.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <string>
#include <vector>

namespace mlimpact {

enum class Severity { Error, Warning, Note };

/// One problem, located by file and JSON Pointer (RFC 6901, e.g. "/deployment/queries_per_day").
struct MLIMPACT_CORE_EXPORT Diagnostic
{
    Severity severity = Severity::Error;
    std::string file;     ///< path as given by the user, or a label such as "<built-in>"
    std::string jsonPath; ///< JSON Pointer; empty for whole-file problems
    std::string message;  ///< what was found and what was expected

    /// "file: /json/path: error: message" — the one format used by CLI and GUI.
    std::string toString() const;

    bool operator==(const Diagnostic &) const = default;
};

using Diagnostics = std::vector<Diagnostic>;

MLIMPACT_CORE_EXPORT bool hasErrors(const Diagnostics &diagnostics);
MLIMPACT_CORE_EXPORT std::string severityName(Severity severity);

} // namespace mlimpact
