// SPDX-License-Identifier: GPL-3.0-or-later
// Scheduling on a year of hourly intensities (import-intensity): flexible start and pause and
// resume over windows of days, from a start date (docs/model.md, "A year of hourly intensity").
#include "schedule.h"

#include "text_translation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlimpact {
namespace {

/// Windows longer than this keep no intervals (as the hour-of-day scheduler) and the chart draws this much.
constexpr double kDrawnHours = 720.0;

/// Integral of a series that repeats every N hours, from hour 0 to hour x (x >= 0, fractional allowed).
class SeriesIntegral
{
public:
    explicit SeriesIntegral(const std::vector<double> &f)
        : m_f(f)
        , m_prefix(f.size() + 1, 0.0)
    {
        for (std::size_t h = 0; h < f.size(); ++h)
            m_prefix[h + 1] = m_prefix[h] + f[h];
    }

    double operator()(double x) const
    {
        const double n = static_cast<double>(m_f.size());
        const double cycles = std::floor(x / n);
        // Keep the remainder inside [0, n] even where cycles * n rounds past x (very long runs).
        const double rest = std::clamp(x - cycles * n, 0.0, n);
        const auto whole = std::min(m_f.size() - 1, static_cast<std::size_t>(rest));
        return cycles * m_prefix.back() + m_prefix[whole] + (rest - static_cast<double>(whole)) * m_f[whole];
    }

    double mean(double from, double length) const
    {
        return length > 0 ? ((*this)(from + length) - (*this)(from)) / length : at(from);
    }

    double at(double hour) const { return m_f[static_cast<std::size_t>(hour) % m_f.size()]; }

private:
    const std::vector<double> &m_f;
    std::vector<double> m_prefix;
};

/// Flexible start: the whole-hour offset in [0, window - duration] with the lowest mean; the first
/// (now) wins ties, so it is never worse than running now.
void flexibleStart(const SeriesIntegral &integral, double start, ScheduleOutcome &out)
{
    const double lastOffset = std::floor(out.windowHours - out.durationHours);
    double best = 0, bestMean = out.nowFactor;
    for (double k = 1; k <= lastOffset; ++k) {
        const double m = integral.mean(start + k, out.durationHours);
        if (m < bestMean - 1e-12) {
            bestMean = m;
            best = k;
        }
    }
    out.usedFactor = bestMean;
    if (out.windowHours <= kDrawnHours)
        out.intervals.push_back({best, out.durationHours});
}

/// Pause and resume: the cleanest hours of the window, each hour a slot (the last one may be partial).
void pauseResume(const SeriesIntegral &integral, double start, ScheduleOutcome &out)
{
    const auto slots = static_cast<std::size_t>(std::ceil(out.windowHours));
    std::vector<std::size_t> order(slots);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Ties go to the earlier hour, so the choice is the same on every platform.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return integral.at(start + static_cast<double>(a)) < integral.at(start + static_cast<double>(b));
    });
    std::vector<double> taken(slots, 0.0);
    double need = out.durationHours, sum = 0;
    for (std::size_t j : order) {
        const double use = std::min(need, std::min(1.0, out.windowHours - static_cast<double>(j)));
        taken[j] = use;
        sum += use * integral.at(start + static_cast<double>(j));
        need -= use;
        if (need <= 0)
            break;
    }
    // Greedy is optimal (every hour weighs the same); the min only absorbs rounding.
    out.usedFactor = std::min(sum / out.durationHours, out.nowFactor);
    if (out.windowHours > kDrawnHours)
        return;
    for (std::size_t j = 0; j < slots; ++j) {
        if (taken[j] <= 0)
            continue;
        const double at = static_cast<double>(j);
        if (!out.intervals.empty() && std::fabs(out.intervals.back().first + out.intervals.back().second - at) < 1e-9)
            out.intervals.back().second += taken[j];
        else
            out.intervals.push_back({at, taken[j]});
    }
}

/// Marginal series keep their level: divided by the region's annual average, not by their own mean.
double normaliserOf(const GridRegion &region, const HourOfYearSeries &series, IntensityKind kind)
{
    if (kind == IntensityKind::Marginal && region.intensity_g_per_kwh > 0)
        return region.intensity_g_per_kwh;
    return std::accumulate(series.g_per_kwh.begin(), series.g_per_kwh.end(), 0.0) /
           static_cast<double>(series.g_per_kwh.size());
}

} // namespace

ScheduleOutcome scheduleJobOnYear(const std::vector<double> &factors, double durationHours, int startHourOfYear,
                                  double windowHours, ScheduleMode mode)
{
    ScheduleOutcome out;
    out.hourOfYear = true;
    out.durationHours = durationHours;
    out.windowHours = windowHours;
    const int n = static_cast<int>(factors.size());
    out.startHourOfYear = ((startHourOfYear % n) + n) % n;
    out.startHour = out.startHourOfYear % 24;
    const SeriesIntegral integral(factors);
    const double start = out.startHourOfYear;
    out.nowFactor = integral.mean(start, durationHours);
    out.usedFactor = out.nowFactor;

    if (mode == ScheduleMode::RunNow || durationHours <= 0 || windowHours <= durationHours) {
        out.windowTooShort = mode != ScheduleMode::RunNow && windowHours < durationHours;
        if (windowHours <= kDrawnHours || mode == ScheduleMode::RunNow)
            out.intervals.push_back({0.0, durationHours});
    } else if (mode == ScheduleMode::FlexibleStart) {
        flexibleStart(integral, start, out);
    } else {
        pauseResume(integral, start, out);
    }
    return out;
}

std::optional<YearFactors> hourOfYearFactors(const GridRegion &region, IntensityKind wanted)
{
    const auto index = static_cast<std::size_t>(wanted);
    const auto other = wanted == IntensityKind::Average ? IntensityKind::Marginal : IntensityKind::Average;
    const bool have = region.hourOfYear[index].has_value();
    const auto &series = have ? region.hourOfYear[index] : region.hourOfYear[static_cast<std::size_t>(other)];
    if (!series)
        return std::nullopt;
    YearFactors y;
    y.kind = have ? wanted : other;
    y.year = series->year;
    y.substituted = !have;
    const double normaliser = normaliserOf(region, *series, y.kind);
    y.factors.reserve(series->g_per_kwh.size());
    for (double v : series->g_per_kwh)
        y.factors.push_back(v / normaliser);
    return y;
}

namespace {

/// The hour of the series a schedule opens at: (day - 1) x 24 + hour.
int startHourOfYear(const Schedule &schedule)
{
    return (static_cast<int>(schedule.start_day) - 1) * 24 + static_cast<int>(schedule.start_hour);
}

/// The intensities of the hours the chart draws: from the window start over the longer of window and run.
std::vector<double> windowIntensity(const std::vector<double> &factors, const ScheduleOutcome &out,
                                    double intensityGPerKwh)
{
    const double span = std::max(out.windowHours, out.durationHours);
    const auto hours = static_cast<std::size_t>(std::clamp(std::ceil(span), 24.0, kDrawnHours));
    std::vector<double> g(hours + 1);
    for (std::size_t h = 0; h <= hours; ++h)
        g[h] = intensityGPerKwh * factors[(static_cast<std::size_t>(out.startHourOfYear) + h) % factors.size()];
    return g;
}

/// "average" or "marginal" in a caveat, in the installed language (the key itself in files).
std::string intensityKindWord(IntensityKind kind)
{
    return translatedText("caveats", kind == IntensityKind::Marginal ? MLI_TR("caveats", "marginal")
                                                                     : MLI_TR("caveats", "average"));
}

} // namespace

ScheduleOutcome scheduleOnRegion(const GridRegion &region, const Schedule &schedule, double durationHours,
                                 double intensityGPerKwh, std::vector<std::string> &caveats)
{
    ScheduleOutcome out;
    if (const auto year = hourOfYearFactors(region, schedule.intensity_kind)) {
        out = scheduleJobOnYear(year->factors, durationHours, startHourOfYear(schedule), schedule.window_hours,
                                schedule.mode);
        out.seriesKind = year->kind;
        out.seriesYear = year->year;
        out.windowIntensity_g_per_kwh = windowIntensity(year->factors, out, intensityGPerKwh);
        if (year->substituted)
            caveats.push_back(translatedPattern(
                "caveats", MLI_TR("caveats", "Scheduling: %1 has no %2 hourly intensity; its %3 series (%4) is used"),
                {region.name, intensityKindWord(schedule.intensity_kind), intensityKindWord(year->kind),
                 std::to_string(year->year)}));
    } else {
        bool flat = true;
        const HourlyFactors &factors = hourlyFactors(region, schedule.season, &flat);
        out = scheduleJob(factors, durationHours, static_cast<int>(schedule.start_hour), schedule.window_hours,
                          schedule.mode);
        out.flatProfile = flat;
        if (flat && schedule.mode != ScheduleMode::RunNow)
            caveats.push_back(translatedPattern("caveats",
                                                MLI_TR("caveats", "Scheduling: no hourly profile for %1; intensity "
                                                                  "assumed flat, so scheduling saves nothing"),
                                                {region.name}));
    }
    if (out.windowTooShort)
        caveats.push_back(translatedText(
            "caveats", MLI_TR("caveats", "Scheduling: the training run is longer than its window; it runs now")));
    return out;
}

} // namespace mlimpact
