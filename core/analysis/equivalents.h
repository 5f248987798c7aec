// Relatable equivalents for teaching ("≈ 2,300 flights New York–San Francisco"),
// from one sourced table (resources/equivalents.json). Shown next to a figure,
// never instead of it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

enum class EquivalentQuantity { Carbon, Energy, Water, Ewaste };

struct Equivalent
{
    std::string id;
    EquivalentQuantity quantity = EquivalentQuantity::Carbon;
    double unitAmount = 1; ///< base units (kgCO2e, kWh, L, kg) of one thing
    std::string singular;
    std::string plural;
    std::string source;
};

/// Parses an equivalents document; problems go to `diagnostics`.
MLIMPACT_CORE_EXPORT std::vector<Equivalent> parseEquivalents(std::string_view jsonText, const std::string &fileLabel,
                                                              Diagnostics &diagnostics);

/// The built-in table (resources/equivalents.json).
MLIMPACT_CORE_EXPORT const std::vector<Equivalent> &builtinEquivalents();

struct EquivalentText
{
    std::string text;   ///< "≈ 2.34k passenger flights New York–San Francisco"
    std::string source; ///< citation
};

/// The smallest count an equivalent is shown with ("≈ 0.1 smartphone charges").
inline constexpr double kSmallestEquivalentCount = 0.1;

/// The most readable equivalent for an amount (count between 1 and 100,000 preferred,
/// table order breaking ties); nullopt if the table has none for that quantity, the amount
/// is 0, or the amount is below a tenth of the smallest equivalent (too small to picture).
MLIMPACT_CORE_EXPORT std::optional<EquivalentText> describeEquivalent(EquivalentQuantity quantity, double amount);

} // namespace mlimpact
