// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty.h"

#include "evaluate_detail.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <numeric>
#include <type_traits>
#include <utility>

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
    case Criterion::Adpe:
        return i.adpe_kg_sb_eq;
    case Criterion::PrimaryEnergy:
        return i.primary_energy_mj;
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

/// p5, p50, p95 and mean of values sorted ascending.
Band summarizeSorted(const std::vector<double> &values);

/// The unsigned key of a float or double that orders as the number does (every value but NaN):
/// negative numbers have all bits flipped, others only the sign bit.
template <class T> auto orderedKey(T value)
{
    using Key = std::conditional_t<sizeof(T) == 4, std::uint32_t, std::uint64_t>;
    constexpr Key sign = Key{1} << (sizeof(Key) * 8 - 1);
    Key bits;
    std::memcpy(&bits, &value, sizeof bits);
    return (bits & sign) ? static_cast<Key>(~bits) : static_cast<Key>(bits | sign);
}

template <class T, class Key> T fromOrderedKey(Key key)
{
    constexpr Key sign = Key{1} << (sizeof(Key) * 8 - 1);
    const Key bits = (key & sign) ? static_cast<Key>(key & ~sign) : static_cast<Key>(~key);
    T value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

/// Sorts `values` ascending, as std::sort does (the same sequence: equal keys are equal
/// numbers), by a byte-wise radix sort: sorting, not sampling, was most of a Monte Carlo run's
/// time (a few hundred columns of 10,000 samples). Bytes all keys share are skipped. NaN has no
/// order; a column with one goes to std::sort as before.
template <class T> void sortNumbers(std::vector<T> &values)
{
    using Key = decltype(orderedKey(T{}));
    constexpr int kBytes = sizeof(Key);
    if (std::any_of(values.begin(), values.end(), [](T v) { return std::isnan(v); })) {
        std::sort(values.begin(), values.end());
        return;
    }
    std::vector<Key> keys(values.size()), scratch(values.size());
    std::vector<std::array<std::size_t, 256>> counts(kBytes);
    for (auto &c : counts)
        c.fill(0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        keys[i] = orderedKey(values[i]);
        for (int b = 0; b < kBytes; ++b)
            ++counts[b][(keys[i] >> (8 * b)) & 0xFF];
    }
    for (int b = 0; b < kBytes; ++b) {
        auto &count = counts[b];
        if (std::find(count.begin(), count.end(), values.size()) != count.end())
            continue; // every key has the same byte here
        std::size_t offset = 0;
        for (auto &c : count)
            offset += std::exchange(c, offset);
        for (Key k : keys)
            scratch[count[(k >> (8 * b)) & 0xFF]++] = k;
        keys.swap(scratch);
    }
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = fromOrderedKey<T>(keys[i]);
}

/// Band of every column of a row-major table with `width` columns and `rows` rows, into
/// bands[column]. Columns are gathered a block at a time (one pass over the rows per block, not
/// one per column: the timeline's table is megabytes) and the blocks shared among the threads;
/// each column is summarized exactly as alone, so the bands do not depend on either.
template <class T>
void summarizeColumns(const std::vector<T> &table, std::size_t width, std::size_t rows, int threads,
                      std::vector<Band> &bands)
{
    constexpr std::size_t kBlock = 16;
    bands.assign(width, Band{});
    RunControl control;
    control.threads = threads;
    parallelFor((width + kBlock - 1) / kBlock, 1, control, [&](std::size_t block) {
        const std::size_t first = block * kBlock, count = std::min(kBlock, width - first);
        std::vector<std::vector<T>> columns(count, std::vector<T>(rows));
        for (std::size_t i = 0; i < rows; ++i) {
            const T *row = table.data() + i * width + first;
            for (std::size_t c = 0; c < count; ++c)
                columns[c][i] = row[c];
        }
        std::vector<double> sorted(rows);
        for (std::size_t c = 0; c < count; ++c) {
            // Sorted as stored (a float converts to double exactly and in order).
            sortNumbers(columns[c]);
            std::copy(columns[c].begin(), columns[c].end(), sorted.begin());
            bands[first + c] = summarizeSorted(sorted);
        }
    });
}

void summarizeScalars(const std::vector<double> &table, std::size_t rows, int threads, UncertaintyResult &out)
{
    std::vector<Band> bands;
    summarizeColumns(table, kScalarOutputs, rows, threads, bands);
    for (int c = 0; c < kCriterionCount; ++c)
        out.totals[c] = bands[static_cast<std::size_t>(c)];
    for (int p = 0; p < kPhaseCount; ++p)
        for (int c = 0; c < kCriterionCount; ++c)
            out.phases[p][c] = bands[static_cast<std::size_t>(kCriterionCount + p * kCriterionCount + c)];
    for (int f = 0; f < kPerQueryFigureCount; ++f)
        out.perQuery[f] = bands[static_cast<std::size_t>(kCriterionCount + kPhaseValues + f)];
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
    sortNumbers(values);
    return summarizeSorted(values);
}

namespace {

Band summarizeSorted(const std::vector<double> &values)
{
    Band b;
    if (values.empty())
        return b;
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

} // namespace

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
    const detail::EvaluateOptions evaluateOptions{false, options.timeline, true, {}, false};
    const Results point = detail::evaluateWith(scenario, catalog, evaluateOptions);
    out.point = criterionTotals(point);
    const int months = options.timeline ? point.timeline.months : 0;
    const std::size_t n = options.samples, k = out.inputs.size();
    const std::vector<double> design = latinHypercube(n, k, options.seed, control.threads);
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
    summarizeScalars(scalars, rows, control.threads, out);
    out.timeline.resize(static_cast<std::size_t>(months));
    if (months > 0) {
        std::vector<Band> bands;
        summarizeColumns(series, seriesWidth, rows, control.threads, bands);
        for (int m = 0; m < months; ++m)
            for (int c = 1; c < kCriterionCount; ++c) // Compute is not simulated per month
                out.timeline[m][c] = bands[static_cast<std::size_t>(m * kCriterionCount + c)];
    }
    return out;
}

} // namespace mlimpact
