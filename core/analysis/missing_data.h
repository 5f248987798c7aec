// Catalog values a scenario uses that the catalog does not publish (null, with the
// reason in the entry's "sources"): the model counts each as 0, and says so. One
// record per value, with the phases it enters and the criteria it undercounts, so
// every view can put its caveat where the missing number would have been.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "criterion.h"
#include "mlimpact_core_export.h"
#include "phases.h"

#include <string>
#include <vector>

namespace mlimpact {

/// One unpublished catalog value that the scenario's numbers rest on, counted as 0.
struct MLIMPACT_CORE_EXPORT MissingValue
{
    CatalogSection section = CatalogSection::Accelerators;
    std::string entryId;             ///< "nvidia-l4"
    std::string entryName;           ///< "NVIDIA L4"
    std::string field;               ///< catalog key, "manufacturing_water_l"
    std::string label;               ///< "manufacturing water"
    std::string reason;              ///< the catalog's citation for the field, e.g. "not published"; "" if none
    std::vector<Phase> phases;       ///< phases whose numbers it enters, in phase order
    std::vector<Criterion> criteria; ///< what it undercounts

    bool affects(Criterion criterion) const;
    bool enters(Phase phase) const;
    /// "Manufacturing water of NVIDIA L4 (Deployment): not published; counted as 0"
    std::string text() const;
};

/// Whether a phase's (or, without a phase, the total's) value of a criterion counts an unpublished
/// catalog value as 0: the reports and the window mark such a figure instead of showing a bare 0.
MLIMPACT_CORE_EXPORT bool undercounts(const std::vector<MissingValue> &missing, Phase phase, Criterion criterion);
MLIMPACT_CORE_EXPORT bool undercounts(const std::vector<MissingValue> &missing, Criterion criterion);

/// "energy", "carbon", "water", "ewaste" (missing values undercount these four; the others for completeness).
MLIMPACT_CORE_EXPORT std::string_view criterionKey(Criterion criterion);

} // namespace mlimpact
