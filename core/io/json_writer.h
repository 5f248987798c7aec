// Writes JSON as nlohmann's dump(indent) lays it out, but every floating-point number as
// the shortest text that reads back as the same double (std::to_chars), where dump's
// grisu2 may write 1e23 as 9.999999999999999e+22. Used for scenarios, reports and
// recovery files.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <nlohmann/json.hpp>

#include <string>

namespace mlimpact {

/// JSON text of one double: the shortest text that reads back as the same double — the
/// fewest round-trip digits, plain or with an exponent written without "+" or leading zeros,
/// whichever is shorter, plain on a tie ("0.1", "64", "2048", "1e3", "1e23", "5e-324").
/// "-0.0" keeps the sign of negative zero (JSON "-0" reads back as the integer 0); NaN and
/// infinities, which JSON cannot hold, are written as null.
MLIMPACT_CORE_EXPORT std::string jsonNumberText(double value);

/// The document as dump(indent) would write it (two-space indent by default, no trailing
/// newline), floating-point numbers through jsonNumberText. Invalid UTF-8 in strings is
/// replaced (U+FFFD) rather than thrown.
MLIMPACT_CORE_EXPORT std::string writeJson(const nlohmann::json &document, int indent = 2);
MLIMPACT_CORE_EXPORT std::string writeJson(const nlohmann::ordered_json &document, int indent = 2);

} // namespace mlimpact
