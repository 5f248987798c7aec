// The impact criteria, as one enumeration: the headline figures, charts, caveats,
// comparisons and bridges all name a criterion the same way (its table: criteria.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mlimpact {

enum class Criterion { Compute, Energy, OperationalCarbon, EmbodiedCarbon, Carbon, Water, Ewaste };
inline constexpr int kCriterionCount = 7;
static_assert(static_cast<int>(Criterion::Ewaste) + 1 == kCriterionCount);

} // namespace mlimpact
