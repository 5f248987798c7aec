// Carbon-aware scheduling of a job on an hour-of-day intensity profile:
// run now, flexible start (best contiguous block) or pause and resume (best
// hours) within a window (Dodge et al. 2022). Pure functions, no allocation
// beyond the chosen intervals.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "scenario.h"

#include <utility>
#include <vector>

namespace mlimpact {

struct ScheduleOutcome
{
    double durationHours = 0;
    double windowHours = 0;
    int startHour = 0;           ///< hour of day the window opens
    double nowFactor = 1;        ///< mean intensity multiplier running now
    double usedFactor = 1;       ///< mean multiplier of the hours chosen
    bool windowTooShort = false; ///< the job is longer than its window: it runs now
    /// Hours used, as (offset from the window start in hours, length); empty for windows over 30 days.
    std::vector<std::pair<double, double>> intervals;

    double saving() const { return nowFactor > 0 ? 1.0 - usedFactor / nowFactor : 0.0; }
};

/// Schedules a job of `durationHours` that may start at `startHour` and must end within
/// `windowHours`. A flat profile (all ones) gives no saving.
MLIMPACT_CORE_EXPORT ScheduleOutcome scheduleJob(const HourlyFactors &factors, double durationHours, int startHour,
                                                 double windowHours, ScheduleMode mode);

/// The hourly factors of a region for a season (falling back to annual, then to flat).
MLIMPACT_CORE_EXPORT const HourlyFactors &hourlyFactors(const GridRegion &region, Season season,
                                                        bool *isFlat = nullptr);

} // namespace mlimpact
