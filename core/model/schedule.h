// Carbon-aware scheduling of a job on an hour-of-day intensity profile:
// run now, flexible start (best contiguous block) or pause and resume (best
// hours) within a window (Dodge et al. 2022). Pure functions, no allocation
// beyond the chosen intervals.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "scenario.h"

#include <optional>
#include <string>
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

    bool flatProfile = false; ///< the region has no hourly data at all: intensity assumed flat
    // Set where the region has a year of hourly data (scheduleOnYear); the hour-of-day path leaves them.
    bool hourOfYear = false; ///< scheduled on a year of hourly values, not the 24-hour profile
    IntensityKind seriesKind = IntensityKind::Average; ///< the kind of the series used
    int seriesYear = 0;                                ///< the year of the series used
    int startHourOfYear = 0; ///< hour of the series the window opens (0 = 1 January 00:00 UTC)
    /// gCO2e/kWh of each hour from the window start (hour 0 up to the drawn horizon, at most 721
    /// values): the actual hours the chart draws.
    std::vector<double> windowIntensity_g_per_kwh;

    double saving() const { return nowFactor > 0 ? 1.0 - usedFactor / nowFactor : 0.0; }
};

/// Schedules a job of `durationHours` that may start at `startHour` and must end within
/// `windowHours`. A flat profile (all ones) gives no saving.
MLIMPACT_CORE_EXPORT ScheduleOutcome scheduleJob(const HourlyFactors &factors, double durationHours, int startHour,
                                                 double windowHours, ScheduleMode mode);

/// Schedules on a year of hourly factors (multipliers of the annual intensity), hour 0 = 1 January
/// 00:00 UTC; a window that runs past 31 December wraps to the start of the same year's series.
/// `startHourOfYear` is taken modulo the series' length.
MLIMPACT_CORE_EXPORT ScheduleOutcome scheduleJobOnYear(const std::vector<double> &factors, double durationHours,
                                                       int startHourOfYear, double windowHours, ScheduleMode mode);

/// The year of hourly factors a region offers for `wanted`: average series as their shape (divided by
/// their mean, like the 24-hour profiles), marginal series divided by the region's annual (average)
/// intensity so that the job sees the marginal level. Falls back to the other kind
/// (`*substituted` = true); nullopt when the region has no year of hourly data.
struct YearFactors
{
    IntensityKind kind = IntensityKind::Average;
    int year = 0;
    bool substituted = false; ///< the wanted kind was missing; the other was used
    std::vector<double> factors;
};
MLIMPACT_CORE_EXPORT std::optional<YearFactors> hourOfYearFactors(const GridRegion &region, IntensityKind wanted);

/// The schedule of a training job of `durationHours` in `region` (whose intensity, as the model uses it,
/// is `intensityGPerKwh`): on the region's year of hourly data when it has one, else on its 24-hour
/// profile (or flat). Appends what the reader must know to `caveats`.
MLIMPACT_CORE_EXPORT ScheduleOutcome scheduleOnRegion(const GridRegion &region, const Schedule &schedule,
                                                      double durationHours, double intensityGPerKwh,
                                                      std::vector<std::string> &caveats);

/// The hourly factors of a region for a season (falling back to annual, then to flat).
MLIMPACT_CORE_EXPORT const HourlyFactors &hourlyFactors(const GridRegion &region, Season season,
                                                        bool *isFlat = nullptr);

} // namespace mlimpact
