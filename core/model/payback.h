// What a one-off investment's break-even means for the service life, worded once: whether
// it pays back before the service ends, when, and how far short it falls. The break-even
// takeaway, the chart's marks and the text report all read it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mlimpact_core_export.h"
#include "results.h"

#include <string>

namespace mlimpact {

enum class PaybackStatus {
    PaysBack,     ///< the cumulative saving reaches the cost within the service (or at once)
    AfterService, ///< it would, but only after the service has ended (savings extrapolated)
    Never,        ///< the savings after launch are not positive: it never gets there, or loses it again
};

struct PaybackVerdict
{
    PaybackStatus status = PaybackStatus::Never;
    double serviceDays = 0;
    double savedByServiceEndKgco2e = 0; ///< cumulative saving (one-time saving included) when the service ends
    double shortfallKgco2e = 0;         ///< cost not recovered when the service ends; 0 if it pays back
    std::string takeaway;               ///< one sentence
    std::string crossingLabel;          ///< the break-even mark ("pays back after 41 days"); "" when none
    std::string serviceEndLabel;        ///< the end-of-service mark: "end of service (3 years)"
    std::string shortfallLabel;         ///< beside the gap at the end of service: "406 t CO₂e short"; "" if none

    bool paysBackWithinService() const { return status == PaybackStatus::PaysBack; }
};

/// formatSignificant() without trailing zeros: 3 -> "3", 0.4 -> "0.4" (not "3.0", "0.40").
MLIMPACT_CORE_EXPORT std::string trimmedNumber(double value, int digits);

/// `demandElasticity` is the deployment elasticity the comparison used (0: fixed demand).
MLIMPACT_CORE_EXPORT PaybackVerdict paybackVerdict(const BreakEven &breakEven, double serviceYears,
                                                   double demandElasticity);

} // namespace mlimpact
