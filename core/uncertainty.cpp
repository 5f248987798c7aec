// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty.h"

#include "evaluate_detail.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mlimpact {
namespace {

constexpr std::size_t kChunk = 16;
constexpr int kPhaseValues = kPhaseCount * kCriterionCount;
/// Per sample: totals, per-phase values, per-query figures.
constexpr int kScalarOutputs = kCriterionCount + kPhaseValues + kPerQueryFigureCount;

/// A timeline month's value of a criterion (Compute is not simulated per month).
double impactValue(const Impacts &i, Criterion c)
{
    switch (c) {
    case Criterion::Compute:
        return 0;
    case Criterion::Energy:
        return i.energy_kwh;
    case Criterion::OperationalCarbon:
        return i.operational_kgco2e;
    case Criterion::EmbodiedCarbon:
        return i.embodied_kgco2e;
    case Criterion::Carbon:
        return i.carbon_kgco2e();
    case Criterion::Water:
        return i.water_l();
    case Criterion::Ewaste:
        return i.ewaste_kg;
    }
    return 0;
}

/// One sample's outputs, written to its row.
void recordScalars(const Results &r, double *row)
{
    const CriterionValues totals = criterionTotals(r);
    std::copy(totals.begin(), totals.end(), row);
    for (int p = 0; p < kPhaseCount; ++p)
        for (int c = 0; c < kCriterionCount; ++c)
            row[kCriterionCount + p * kCriterionCount + c] =
                phaseCriterionValue(r, static_cast<Phase>(p), static_cast<Criterion>(c));
    for (int f = 0; f < kPerQueryFigureCount; ++f)
        row[kCriterionCount + kPhaseValues + f] = perQueryFigureValue(r.perQuery, static_cast<PerQueryFigure>(f));
}

/// Cumulative all-phase totals per month, `months` of them (held flat past the sample's end).
void recordTimeline(const Timeline &t, int months, float *row)
{
    std::array<double, kCriterionCount> cumulative{};
    for (int m = 0; m < months; ++m) {
        if (m < t.months) {
            for (const Impacts &phase : t.monthly[static_cast<std::size_t>(m)])
                for (int c = 0; c < kCriterionCount; ++c)
                    cumulative[c] += impactValue(phase, static_cast<Criterion>(c));
        }
        for (int c = 0; c < kCriterionCount; ++c)
            row[m * kCriterionCount + c] = static_cast<float>(cumulative[c]);
    }
}

/// Summaries of column `column` of a row-major table with `width` columns and `rows` rows.
template <class T>
Band summarizeColumn(const std::vector<T> &table, std::size_t width, std::size_t column, std::size_t rows)
{
    std::vector<double> values(rows);
    for (std::size_t i = 0; i < rows; ++i)
        values[i] = static_cast<double>(table[i * width + column]);
    return summarize(values);
}

void summarizeScalars(const std::vector<double> &table, std::size_t rows, UncertaintyResult &out)
{
    for (int c = 0; c < kCriterionCount; ++c)
        out.totals[c] = summarizeColumn(table, kScalarOutputs, static_cast<std::size_t>(c), rows);
    for (int p = 0; p < kPhaseCount; ++p)
        for (int c = 0; c < kCriterionCount; ++c)
            out.phases[p][c] = summarizeColumn(
                table, kScalarOutputs, static_cast<std::size_t>(kCriterionCount + p * kCriterionCount + c), rows);
    for (int f = 0; f < kPerQueryFigureCount; ++f)
        out.perQuery[f] =
            summarizeColumn(table, kScalarOutputs, static_cast<std::size_t>(kCriterionCount + kPhaseValues + f), rows);
}

} // namespace

bool Band::contains(double value) const
{
    const double tolerance = 1e-9 * std::max({std::abs(p5), std::abs(p95), std::abs(value)});
    return value >= p5 - tolerance && value <= p95 + tolerance;
}

std::string_view perQueryFigureKey(PerQueryFigure figure)
{
    switch (figure) {
    case PerQueryFigure::EnergyWh:
        return "energy_wh";
    case PerQueryFigure::CarbonG:
        return "carbon_g";
    case PerQueryFigure::WaterMl:
        return "water_ml";
    case PerQueryFigure::LifecycleCarbonG:
        return "lifecycle_carbon_g";
    case PerQueryFigure::LifecycleCarbonGPerUse:
        return "lifecycle_carbon_g_per_use";
    }
    return "";
}

double perQueryFigureValue(const PerQuery &q, PerQueryFigure figure)
{
    switch (figure) {
    case PerQueryFigure::EnergyWh:
        return q.energy_wh;
    case PerQueryFigure::CarbonG:
        return q.carbon_g;
    case PerQueryFigure::WaterMl:
        return q.water_ml;
    case PerQueryFigure::LifecycleCarbonG:
        return q.lifecycle_carbon_g;
    case PerQueryFigure::LifecycleCarbonGPerUse:
        return q.lifecycle_carbon_g_per_use;
    }
    return 0;
}

Band summarize(std::vector<double> &values)
{
    Band b;
    if (values.empty())
        return b;
    std::sort(values.begin(), values.end());
    auto at = [&](double q) {
        const double pos = q * static_cast<double>(values.size() - 1);
        const auto lo = static_cast<std::size_t>(std::floor(pos));
        const std::size_t hi = std::min(values.size() - 1, lo + 1);
        return values[lo] + (pos - static_cast<double>(lo)) * (values[hi] - values[lo]);
    };
    b.p5 = at(0.05);
    b.p50 = at(0.5);
    b.p95 = at(0.95);
    b.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
    return b;
}

UncertaintyResult runUncertainty(const Scenario &scenario, const Catalog &catalog, const UncertaintyOptions &options,
                                 const RunControl &control, Diagnostics &diagnostics)
{
    UncertaintyResult out;
    out.samplesRequested = options.samples;
    out.seed = options.seed;
    Diagnostics problems;
    out.inputs = uncertainInputs(scenario, catalog, options.spec, problems);
    const bool failed = hasErrors(problems);
    diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
    if (failed)
        return out;
    const detail::EvaluateOptions evaluateOptions{false, options.timeline, true};
    const Results point = detail::evaluateWith(scenario, catalog, evaluateOptions);
    out.point = criterionTotals(point);
    const int months = options.timeline ? point.timeline.months : 0;
    const std::size_t n = options.samples, k = out.inputs.size();
    const std::vector<double> design = latinHypercube(n, k, options.seed);
    std::vector<double> scalars(n * kScalarOutputs);
    std::vector<float> series(n * static_cast<std::size_t>(months) * kCriterionCount);
    const std::size_t seriesWidth = static_cast<std::size_t>(months) * kCriterionCount;
    std::vector<char> ran(n, 0);
    out.samplesRun = parallelFor(n, kChunk, control, [&](std::size_t i) {
        Scenario s = scenario;
        for (std::size_t d = 0; d < k; ++d)
            out.inputs[d].apply(s, design[i * k + d]);
        const Results r = detail::evaluateWith(s, catalog, evaluateOptions);
        recordScalars(r, scalars.data() + i * kScalarOutputs);
        if (months > 0)
            recordTimeline(r.timeline, months, series.data() + i * seriesWidth);
        ran[i] = 1;
    });
    out.cancelled = out.samplesRun < n;
    if (out.cancelled) {
        // Summarize only the samples that ran, compacted in index order (deterministic for a given set).
        std::size_t w = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (!ran[i])
                continue;
            std::copy_n(scalars.data() + i * kScalarOutputs, kScalarOutputs, scalars.data() + w * kScalarOutputs);
            std::copy_n(series.data() + i * seriesWidth, seriesWidth, series.data() + w * seriesWidth);
            ++w;
        }
    }
    const std::size_t rows = out.samplesRun;
    summarizeScalars(scalars, rows, out);
    out.timeline.resize(static_cast<std::size_t>(months));
    for (int m = 0; m < months; ++m)
        for (int c = 1; c < kCriterionCount; ++c)
            out.timeline[m][c] =
                summarizeColumn(series, seriesWidth, static_cast<std::size_t>(m * kCriterionCount + c), rows);
    return out;
}

} // namespace mlimpact
