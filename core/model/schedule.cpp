// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numeric>

namespace mlimpact {
namespace {

/// Integral of the cyclic profile from hour 0 to hour x (x >= 0, fractional allowed).
class CyclicIntegral
{
public:
    explicit CyclicIntegral(const HourlyFactors &f)
        : m_f(f)
    {
        m_prefix[0] = 0;
        for (int h = 0; h < 24; ++h)
            m_prefix[h + 1] = m_prefix[h] + f[h];
    }

    double operator()(double x) const
    {
        const double days = std::floor(x / 24.0);
        // Far out (a run of 1e17 hours) days * 24 rounds past x: keep the remainder in
        // [0, 24] so it always indexes the prefix sums.
        const double rest = std::clamp(x - days * 24.0, 0.0, 24.0);
        const int whole = std::min(23, static_cast<int>(rest));
        return days * m_prefix[24] + m_prefix[whole] + (rest - whole) * m_f[whole];
    }

    double mean(double from, double length) const
    {
        return length > 0 ? ((*this)(from + length) - (*this)(from)) / length : m_f[static_cast<int>(from) % 24];
    }

private:
    const HourlyFactors &m_f;
    std::array<double, 25> m_prefix{};
};

const HourlyFactors kFlat = [] {
    HourlyFactors f;
    f.fill(1.0);
    return f;
}();

/// The last job scheduled on this thread. A model run schedules its training job, and the
/// companion runs of break-even, sensitivity and comparisons schedule the same job again (they
/// change what it serves, not the run): the outcome is copied instead of searched again.
/// Inputs are compared bit for bit, so a hit returns exactly what the search would.
struct LastSchedule
{
    bool valid = false;
    HourlyFactors factors{};
    double durationHours = 0;
    int startHour = 0;
    double windowHours = 0;
    ScheduleMode mode = ScheduleMode::RunNow;
    ScheduleOutcome outcome;

    bool matches(const HourlyFactors &f, double duration, int start, double window, ScheduleMode m) const
    {
        return valid && start == startHour && m == mode && sameBits(duration, durationHours) &&
               sameBits(window, windowHours) && std::memcmp(f.data(), factors.data(), sizeof(factors)) == 0;
    }
    static bool sameBits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
};

ScheduleOutcome searchSchedule(const HourlyFactors &factors, double durationHours, int startHour, double windowHours,
                               ScheduleMode mode);

} // namespace

const HourlyFactors &hourlyFactors(const GridRegion &region, Season season, bool *isFlat)
{
    const auto &chosen =
        region.hourly[static_cast<int>(season)] ? region.hourly[static_cast<int>(season)] : region.hourly[0];
    if (isFlat)
        *isFlat = !chosen.has_value();
    return chosen ? *chosen : kFlat;
}

ScheduleOutcome scheduleJob(const HourlyFactors &factors, double durationHours, int startHour, double windowHours,
                            ScheduleMode mode)
{
    thread_local LastSchedule last;
    if (!last.matches(factors, durationHours, startHour, windowHours, mode)) {
        last.outcome = searchSchedule(factors, durationHours, startHour, windowHours, mode);
        last.factors = factors;
        last.durationHours = durationHours;
        last.startHour = startHour;
        last.windowHours = windowHours;
        last.mode = mode;
        last.valid = true;
    }
    return last.outcome;
}

namespace {

ScheduleOutcome searchSchedule(const HourlyFactors &factors, double durationHours, int startHour, double windowHours,
                               ScheduleMode mode)
{
    ScheduleOutcome out;
    out.durationHours = durationHours;
    out.windowHours = windowHours;
    out.startHour = ((startHour % 24) + 24) % 24;
    const CyclicIntegral integral(factors);
    const double start = out.startHour;
    out.nowFactor = integral.mean(start, durationHours);
    out.usedFactor = out.nowFactor;
    const bool drawIntervals = windowHours <= 720.0;

    if (mode == ScheduleMode::RunNow || durationHours <= 0 || windowHours <= durationHours) {
        out.windowTooShort = mode != ScheduleMode::RunNow && windowHours < durationHours;
        if (drawIntervals || mode == ScheduleMode::RunNow)
            out.intervals.push_back({0.0, durationHours});
        return out;
    }

    if (mode == ScheduleMode::FlexibleStart) {
        // Whole-hour start offsets; the first one is "now", so this is never worse. The profile
        // repeats every 24 hours, so offsets a day apart have the same mean (to rounding, far
        // below the 1e-12 a later offset must win by): the first day's offsets hold the best.
        const int lastOffset = static_cast<int>(std::min(23.0, std::floor(windowHours - durationHours)));
        int best = 0;
        double bestMean = out.nowFactor;
        for (int k = 1; k <= lastOffset; ++k) {
            const double m = integral.mean(start + k, durationHours);
            if (m < bestMean - 1e-12) {
                bestMean = m;
                best = k;
            }
        }
        out.usedFactor = bestMean;
        if (drawIntervals)
            out.intervals.push_back({static_cast<double>(best), durationHours});
        return out;
    }

    // Pause and resume: the window holds whole hours of each hour-of-day type;
    // take the cleanest hours first. Any contiguous block is one such choice.
    std::array<double, 24> available{};
    const int windowSlots = static_cast<int>(std::ceil(windowHours));
    for (int j = 0; j < windowSlots; ++j)
        available[(out.startHour + j) % 24] += std::min(1.0, windowHours - j); // last slot may be partial
    std::array<int, 24> order{};
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return factors[a] < factors[b]; });
    std::array<double, 24> taken{};
    double need = durationHours, sum = 0;
    for (int h : order) {
        const double use = std::min(need, available[h]);
        taken[h] = use;
        sum += use * factors[h];
        need -= use;
        if (need <= 0)
            break;
    }
    const double pauseMean = sum / durationHours;
    // Greedy is optimal here (every hour weighs the same), so this is never worse than
    // any contiguous block; the min only absorbs rounding.
    out.usedFactor = std::min(pauseMean, out.nowFactor);
    if (drawIntervals) {
        for (int j = 0; j < windowSlots; ++j) {
            double &left = taken[(out.startHour + j) % 24];
            if (left <= 0)
                continue;
            const double len = std::min({1.0, left, windowHours - j});
            left -= len;
            if (!out.intervals.empty() &&
                std::fabs(out.intervals.back().first + out.intervals.back().second - j) < 1e-9)
                out.intervals.back().second += len;
            else
                out.intervals.push_back({static_cast<double>(j), len});
        }
    }
    return out;
}

} // namespace

} // namespace mlimpact
