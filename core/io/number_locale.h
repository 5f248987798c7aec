// The decimal separator of the numbers core words for people: formatSignificant and everything
// built on it (formatQuantity, formatPercent, formatValueWithUnit, the insights' texts). "." unless
// the window installs its locale's (app_translation.h), so the CLI, files, JSON and Python keep ".".
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"

#include <string>

namespace mlimpact {

/// Sets the separator ("," in German; "" or "." restores the default). Set at start-up, before
/// any thread formats numbers; not synchronised.
MLIMPACT_CORE_EXPORT void setDisplayDecimalSeparator(const std::string &separator);
MLIMPACT_CORE_EXPORT const std::string &displayDecimalSeparator();
/// `text` (a number written with ".") with the display separator: "1,5", also "2,50e+23".
MLIMPACT_CORE_EXPORT std::string withDisplaySeparator(std::string text);

} // namespace mlimpact
