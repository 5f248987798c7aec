// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics.h"

#include <algorithm>

namespace mlimpact {

std::string severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        return "note";
    }
    return "error";
}

std::string Diagnostic::toString() const
{
    std::string out = file.empty() ? std::string("<input>") : file;
    out += ": ";
    if (!jsonPath.empty())
        out += jsonPath + ": ";
    out += severityName(severity) + ": " + message;
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace mlimpact
