// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivity.h"

#include "totals_only.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace mlimpact {
namespace {

/// Totals only: the tornado and the Sobol indices need neither break-even nor the timeline.
CriterionValues totalsOf(const Scenario &s, const Catalog &catalog)
{
    return evaluateCriterionTotals(s, catalog);
}

/// The function values of one design row: f(A), f(B) and f(A_B^(i)) for each input i.
struct Runs
{
    std::size_t n = 0, k = 0, outputs = 0;
    std::vector<double> values; ///< [(j * (k + 2) + m) * outputs + o], m: 0 = A, 1 = B, 2 + i = A_B^(i)
    double at(std::size_t j, std::size_t m, std::size_t o) const { return values[(j * (k + 2) + m) * outputs + o]; }
};

/// First-order (Saltelli et al. 2010) and total (Jansen 1999) indices of every input for one
/// output, over the rows `rows` (the sample, or a bootstrap resample of it).
void estimate(const Runs &runs, std::size_t o, std::span<const std::size_t> rows, std::vector<double> &first,
              std::vector<double> &total, double &variance)
{
    const double n = static_cast<double>(rows.size());
    // Two passes, and f(B) centred in the first-order sum: totals of 1e9 with a small spread
    // would otherwise lose their variance to rounding.
    double sum = 0;
    for (std::size_t j : rows)
        sum += runs.at(j, 0, o) + runs.at(j, 1, o);
    const double mean = sum / (2 * n);
    double squares = 0;
    for (std::size_t j : rows) {
        const double a = runs.at(j, 0, o) - mean, b = runs.at(j, 1, o) - mean;
        squares += a * a + b * b;
    }
    variance = squares / (2 * n);
    for (std::size_t i = 0; i < runs.k; ++i) {
        double s = 0, t = 0;
        for (std::size_t j : rows) {
            const double fa = runs.at(j, 0, o), fb = runs.at(j, 1, o), fab = runs.at(j, 2 + i, o);
            s += (fb - mean) * (fab - fa);
            t += (fa - fab) * (fa - fab);
        }
        first[i] = variance > 0 ? s / n / variance : 0.0;
        total[i] = variance > 0 ? t / (2 * n) / variance : 0.0;
    }
}

/// Replaces each output that is positive in every run by its logarithm.
void takeLogs(Runs &runs)
{
    const std::size_t rows = runs.values.size() / std::max<std::size_t>(1, runs.outputs);
    for (std::size_t o = 0; o < runs.outputs; ++o) {
        bool positive = true;
        for (std::size_t r = 0; r < rows && positive; ++r)
            positive = runs.values[r * runs.outputs + o] > 0;
        if (!positive)
            continue;
        for (std::size_t r = 0; r < rows; ++r)
            runs.values[r * runs.outputs + o] = std::log(runs.values[r * runs.outputs + o]);
    }
}

double percentile(std::vector<double> &v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double pos = q * static_cast<double>(v.size() - 1);
    const auto lo = static_cast<std::size_t>(pos);
    const std::size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (pos - static_cast<double>(lo)) * (v[hi] - v[lo]);
}

/// Point estimates and percentile bootstrap intervals (resampling the base rows j).
std::vector<std::vector<SobolIndex>> indicesWithIntervals(const Runs &runs, const SobolOptions &options,
                                                          std::vector<double> &variances)
{
    std::vector<std::vector<SobolIndex>> out(runs.k, std::vector<SobolIndex>(runs.outputs));
    std::vector<std::size_t> all(runs.n);
    std::iota(all.begin(), all.end(), std::size_t{0});
    std::vector<double> first(runs.k), total(runs.k);
    variances.assign(runs.outputs, 0.0);
    const int resamples = std::max(0, options.bootstrap);
    // [input][resample] per output
    std::vector<std::vector<double>> bootFirst(runs.k), bootTotal(runs.k);
    std::vector<std::size_t> rows(runs.n);
    for (std::size_t o = 0; o < runs.outputs; ++o) {
        estimate(runs, o, all, first, total, variances[o]);
        for (std::size_t i = 0; i < runs.k; ++i) {
            out[i][o].first = out[i][o].firstLow = out[i][o].firstHigh = first[i];
            out[i][o].total = out[i][o].totalLow = out[i][o].totalHigh = total[i];
            bootFirst[i].clear();
            bootTotal[i].clear();
        }
        std::mt19937_64 rng(options.seed ^ (0xB0075ull + o));
        double ignored = 0;
        for (int b = 0; b < resamples; ++b) {
            for (auto &r : rows)
                r = static_cast<std::size_t>(rng() % runs.n);
            estimate(runs, o, rows, first, total, ignored);
            for (std::size_t i = 0; i < runs.k; ++i) {
                bootFirst[i].push_back(first[i]);
                bootTotal[i].push_back(total[i]);
            }
        }
        if (resamples == 0)
            continue;
        const double tail = (1.0 - options.confidence) / 2.0;
        for (std::size_t i = 0; i < runs.k; ++i) {
            out[i][o].firstLow = percentile(bootFirst[i], tail);
            out[i][o].firstHigh = percentile(bootFirst[i], 1.0 - tail);
            out[i][o].totalLow = percentile(bootTotal[i], tail);
            out[i][o].totalHigh = percentile(bootTotal[i], 1.0 - tail);
        }
    }
    return out;
}

/// Relative swing of a bar in the criteria a reader ranks by (energy, carbon, water).
double screeningScore(const TornadoBar &bar, const CriterionValues &base)
{
    double score = 0;
    for (Criterion c : {Criterion::Energy, Criterion::Carbon, Criterion::Water}) {
        const double b = std::abs(base[static_cast<int>(c)]);
        if (b > 0)
            score = std::max(score, bar.swing(c) / b);
    }
    return score;
}

} // namespace

double TornadoBar::swing(Criterion c) const
{
    return std::abs(atHigh[static_cast<int>(c)] - atLow[static_cast<int>(c)]);
}

std::vector<std::size_t> Tornado::ranking(Criterion c) const
{
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < bars.size(); ++i)
        if (bars[i].swing(c) > 0)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return bars[a].swing(c) > bars[b].swing(c); });
    return order;
}

Tornado oneAtATime(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec,
                   const RunControl &control, Diagnostics &diagnostics)
{
    Tornado t;
    Diagnostics problems;
    for (auto &in : uncertainInputs(scenario, catalog, spec, problems))
        if (in.distribution != Distribution::Choice)
            t.inputs.push_back(std::move(in));
    const bool failed = hasErrors(problems);
    diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
    if (failed)
        return t;
    t.base = totalsOf(scenario, catalog);
    t.bars.resize(t.inputs.size());
    const std::size_t done = parallelFor(t.inputs.size() * 2, 4, control, [&](std::size_t r) {
        const std::size_t i = r / 2;
        Scenario s = scenario;
        const UncertainInput &in = t.inputs[i];
        in.applyValue(s, r % 2 == 0 ? in.quantile(0.0) : in.quantile(1.0));
        t.bars[i].input = i;
        (r % 2 == 0 ? t.bars[i].atLow : t.bars[i].atHigh) = totalsOf(s, catalog);
    });
    t.cancelled = done < t.inputs.size() * 2;
    return t;
}

SobolEstimates sobolIndices(std::size_t inputs, std::size_t outputs, const CubeFunction &function,
                            const SobolOptions &options, const RunControl &control)
{
    SobolEstimates out;
    Runs runs{options.baseSamples, inputs, outputs, {}};
    const std::size_t k = inputs, width = k + 2, n = options.baseSamples;
    if (n < 2)
        return out;
    // Columns 0..k-1 are A, k..2k-1 are B: one hypercube, so A and B are independent.
    const std::vector<double> design = latinHypercube(n, 2 * k, options.seed, control.threads);
    runs.values.assign(n * width * outputs, 0.0);
    out.evaluations = parallelFor(n * width, 16, control, [&](std::size_t r) {
        const std::size_t j = r / width, m = r % width;
        std::vector<double> u(design.begin() + static_cast<std::ptrdiff_t>(j * 2 * k),
                              design.begin() + static_cast<std::ptrdiff_t>(j * 2 * k + k));
        if (m == 1)
            std::copy_n(design.begin() + static_cast<std::ptrdiff_t>(j * 2 * k + k), k, u.begin());
        else if (m >= 2)
            u[m - 2] = design[j * 2 * k + k + (m - 2)];
        function(u, std::span<double>(runs.values.data() + r * outputs, outputs));
    });
    out.cancelled = out.evaluations < n * width;
    if (options.logOutputs && !out.cancelled)
        takeLogs(runs);
    if (!out.cancelled)
        out.indices = indicesWithIntervals(runs, options, out.variance);
    return out;
}

SobolResult sobolSensitivity(const Scenario &scenario, const Catalog &catalog, const SensitivityOptions &options,
                             const RunControl &control, Diagnostics &diagnostics)
{
    SobolResult result;
    const Tornado tornado = oneAtATime(scenario, catalog, options.spec, control, diagnostics);
    if (hasErrors(diagnostics) || tornado.cancelled) {
        result.estimates.cancelled = tornado.cancelled;
        return result;
    }
    Diagnostics ignored; // the same spec was checked by oneAtATime
    for (auto &in : uncertainInputs(scenario, catalog, options.spec, ignored))
        if (in.distribution == Distribution::Choice)
            result.inputs.push_back(std::move(in));
    std::vector<std::size_t> order(tornado.bars.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return screeningScore(tornado.bars[a], tornado.base) > screeningScore(tornado.bars[b], tornado.base);
    });
    order.resize(std::min(order.size(), options.maxInputs));
    std::sort(order.begin(), order.end()); // registry order, so reports read in the form's order
    for (std::size_t i : order)
        result.inputs.push_back(tornado.inputs[i]);
    const auto &inputs = result.inputs;
    result.estimates = sobolIndices(
        inputs.size(), kCriterionCount,
        [&](std::span<const double> u, std::span<double> out) {
            Scenario s = scenario;
            for (std::size_t d = 0; d < inputs.size(); ++d)
                inputs[d].apply(s, u[d]);
            const CriterionValues totals = totalsOf(s, catalog);
            std::copy(totals.begin(), totals.end(), out.begin());
        },
        options.sobol, control);
    return result;
}

} // namespace mlimpact
