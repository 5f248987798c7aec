// The works the catalog's numbers come from, named once each, for the About box: read from the
// per-field `sources` citations, so the list cannot drift from the data.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

struct CitedWork
{
    std::string name; ///< e.g. "Patterson et al. 2021"
    int values = 0;   ///< how many catalog fields cite it
};

/// The work a citation names: its text before any detail, i.e. before the first "(", ":", ";",
/// " via " or " and ", before a ", " that starts a lower-case detail ("Green Algorithms v3.0,
/// data/..."), and up to its first year or year range ("Morrison et al. 2025, Table 2").
/// nullopt for text that qualifies rather than cites ("assumption: ...", "computed here: ...",
/// "not published ...").
MLIMPACT_CORE_EXPORT std::optional<std::string> citedWorkName(std::string_view citation);

/// Every cited work in the catalog, most cited first (ties by name).
MLIMPACT_CORE_EXPORT std::vector<CitedWork> citedWorks(const Catalog &catalog);

} // namespace mlimpact
