// Numbers as people type and read them: SI suffixes (30 M), exponents (3e7), the
// locale's decimal separator and thousands grouping, refused where a reading is
// ambiguous ("1,500" where "," groups thousands but is a decimal comma elsewhere).
// Pure functions: the window passes its locale's separators, the command line "." only.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>

namespace mlimpact {

/// The separators of a locale, as UTF-8 text (Qt's QLocale gives them in the window).
struct NumberSeparators
{
    std::string decimal = "."; ///< "." or "," (any text works)
    std::string group;         ///< thousands separator; empty: grouping is not accepted
};

/// What a text means as a number: the value, or why it is not one.
struct NumberText
{
    std::optional<double> value;
    std::string error; ///< "" when value is set; otherwise what was wrong and what to write
};

/// Reads "30M", "30 M", "1.5k", "3e7", "-2.5e-3", "1,500,000" (grouped where the locale groups).
/// Suffixes k (or K), M, G, T multiply by 1e3 ... 1e12, exactly as the exponent would ("1.1k" is
/// the double nearest 1100). "." is read as the decimal point too unless it groups thousands
/// here. Refused, with a reason: a group separator out of place ("1,5" in English), a single
/// "," or "." group that could be a decimal mark ("1,500" in English, "1.500" in German), any
/// other suffix ("m" would be milli), an exponent together with a suffix, inf and nan, and
/// numbers beyond the double range.
MLIMPACT_CORE_EXPORT NumberText parseNumberText(std::string_view text, const NumberSeparators &separators = {});

/// The readable form parseNumberText reads back as exactly `value`: the shortest digits that
/// round-trip, with a suffix from 1e4 to below 1e15 ("10 M", "12.5 k"), plain between 1e-3 and
/// 1e4 ("0.35", "1500"), an exponent beyond ("2.5e23", "1e-6"). No grouping.
MLIMPACT_CORE_EXPORT std::string formatNumberText(double value, const NumberSeparators &separators = {});

} // namespace mlimpact
