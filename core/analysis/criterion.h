// The impact criteria, as one enumeration: the headline figures, charts, caveats,
// comparisons and bridges all name a criterion the same way (its table: criteria.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mlimpact {

/// Adpe (abiotic resource depletion, elements) and PrimaryEnergy come last so that the older
/// criteria keep their index (uncertainty bands, comparison tables are indexed by it).
enum class Criterion { Compute, Energy, OperationalCarbon, EmbodiedCarbon, Carbon, Water, Ewaste, Adpe, PrimaryEnergy };
inline constexpr int kCriterionCount = 9;
static_assert(static_cast<int>(Criterion::PrimaryEnergy) + 1 == kCriterionCount);

} // namespace mlimpact
