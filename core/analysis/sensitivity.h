// Which inputs matter, for which criterion: one-at-a-time swings over the plausible low/high
// (the tornado) and global variance-based Sobol indices, first-order (Saltelli et al. 2010) and
// total (Jansen 1999), with bootstrap confidence intervals. The Sobol estimator is generic (any
// function of the unit cube, tested on the Ishigami function); sobolSensitivity() applies it to
// the model over the most influential inputs. Method: docs/model.md §15.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criteria.h"
#include "mlimpact_core_export.h"
#include "sampling.h"

#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

namespace mlimpact {

/// One input moved alone to each end of its range, every other input at its point value.
struct MLIMPACT_CORE_EXPORT TornadoBar
{
    std::size_t input = 0; ///< index into Tornado::inputs
    CriterionValues atLow{}, atHigh{};
    /// |atHigh - atLow| for a criterion.
    double swing(Criterion c) const;
};

struct MLIMPACT_CORE_EXPORT Tornado
{
    std::vector<UncertainInput> inputs; ///< numeric inputs (catalog choices are not swung)
    std::vector<TornadoBar> bars;       ///< one per input, in registry order
    CriterionValues base{};             ///< the point estimate
    bool cancelled = false;
    /// Indices into bars, largest swing for the criterion first; bars with no swing are left out.
    std::vector<std::size_t> ranking(Criterion c) const;
};

MLIMPACT_CORE_EXPORT Tornado oneAtATime(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec,
                                        const RunControl &control, Diagnostics &diagnostics);

/// A Sobol index with its bootstrap confidence interval.
struct SobolIndex
{
    double first = 0, firstLow = 0, firstHigh = 0;
    double total = 0, totalLow = 0, totalHigh = 0;
};

struct SobolOptions
{
    std::size_t baseSamples = 1000; ///< N: the function runs N x (k + 2) times
    std::uint64_t seed = 1;
    int bootstrap = 200; ///< resamples for the confidence intervals (0: none)
    double confidence = 0.95;
    /// Indices of log(output) for outputs that are positive in every run (the model's default):
    /// totals are products of inputs spanning decades, so their raw variance is ruled by a few
    /// extreme runs; in logs the product is a sum and the indices are shares of the variance of
    /// the order of magnitude (docs/model.md §15).
    bool logOutputs = false;
};

/// A function of the unit cube with several outputs: fills out (one value per output) for u.
using CubeFunction = std::function<void(std::span<const double> u, std::span<double> out)>;

struct SobolEstimates
{
    std::vector<std::vector<SobolIndex>> indices; ///< [input][output]
    std::vector<double> variance;                 ///< per output
    std::size_t evaluations = 0;
    bool cancelled = false; ///< then indices is empty
};

/// Sobol indices of every input for every output, from a Latin hypercube A/B design and the
/// N x k radial matrices A_B^(i).
MLIMPACT_CORE_EXPORT SobolEstimates sobolIndices(std::size_t inputs, std::size_t outputs, const CubeFunction &function,
                                                 const SobolOptions &options, const RunControl &control);

struct SensitivityOptions
{
    SobolOptions sobol{1000, 1, 200, 0.95, true};
    std::size_t maxInputs = 12; ///< Sobol over this many inputs, chosen by their tornado swing
    SamplingSpec spec;
};

struct SobolResult
{
    std::vector<UncertainInput> inputs; ///< the inputs analysed (the others held at their values)
    SobolEstimates estimates;           ///< outputs: the criteria, indexed by Criterion
    const SobolIndex &index(std::size_t input, Criterion c) const
    {
        return estimates.indices[input][static_cast<std::size_t>(c)];
    }
};

/// Sobol indices of the model's totals: the marked catalog choices and the `maxInputs` numeric
/// inputs with the largest relative tornado swing in energy, carbon or water.
MLIMPACT_CORE_EXPORT SobolResult sobolSensitivity(const Scenario &scenario, const Catalog &catalog,
                                                  const SensitivityOptions &options, const RunControl &control,
                                                  Diagnostics &diagnostics);

} // namespace mlimpact
