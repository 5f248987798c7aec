// Sampling the scenario's inputs over the parameter registry's plausible ranges, for
// Monte Carlo (core/analysis/uncertainty.h) and sensitivity analysis (core/analysis/sensitivity.h): which rows
// are uncertain and with which distribution, Latin hypercube and plain random designs from a
// fixed generator (std::mt19937_64) seeded per dimension so results never depend on the
// thread count, and a cancellable parallel loop on std::thread. Method: docs/model.md §15.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "parameter_registry.h"
#include "scenario.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

enum class Distribution {
    Uniform,       ///< flat over [low, high]
    LogUniform,    ///< flat in log10 over [low, high] (low > 0)
    Triangular,    ///< peak at the scenario's value
    LogTriangular, ///< triangular in log10, peak at the scenario's value (rows spanning decades)
    Choice,        ///< a catalog choice marked uncertain: each entry of its section equally likely
};

MLIMPACT_CORE_EXPORT std::string_view distributionName(Distribution distribution);
MLIMPACT_CORE_EXPORT std::optional<Distribution> findDistribution(std::string_view name);

/// One uncertain input: a registry row, its range and distribution, and the point value.
struct MLIMPACT_CORE_EXPORT UncertainInput
{
    const Parameter *parameter = nullptr;
    Distribution distribution = Distribution::Triangular;
    double low = 0, high = 0;         ///< sampled range (Choice: unused)
    double value = 0;                 ///< the scenario's value (the point estimate), for OAT and the mode
    std::vector<std::string> choices; ///< Choice: the catalog ids, in catalog order
    std::string pointChoice;          ///< Choice: the scenario's id

    /// The input's value at probability u in [0, 1) (inverse CDF).
    double quantile(double u) const;
    /// Stores quantile(u) (or the u-th choice) in the scenario.
    void apply(Scenario &scenario, double u) const;
    /// Stores a number (not for Choice).
    void applyValue(Scenario &scenario, double number) const;
};

/// A user's range for one row (scenario file `uncertainty.ranges`, CLI `--range`).
struct RangeOverride
{
    std::string path;
    double low = 0, high = 0;
    std::optional<Distribution> distribution;

    bool operator==(const RangeOverride &) const = default;
};

/// What the user changed about the sampling: narrowed or widened ranges and catalog
/// choices marked uncertain (hardware, region ...; fixed otherwise).
struct SamplingSpec
{
    std::vector<RangeOverride> ranges;
    std::vector<std::string> uncertainChoices; ///< registry paths of Choice rows

    bool empty() const { return ranges.empty() && uncertainChoices.empty(); }
    bool operator==(const SamplingSpec &) const = default;
};

/// The uncertain inputs of a scenario: every Number (and override) row that the scenario uses
/// and whose plausible range is not empty, plus the choices the spec marks. The registry range
/// is widened to contain the scenario's value; a user range is taken as given (it may be
/// empty: the input is then held fixed at that value). Problems (unknown path, bad range) are
/// appended to `diagnostics` as errors.
MLIMPACT_CORE_EXPORT std::vector<UncertainInput> uncertainInputs(const Scenario &scenario, const Catalog &catalog,
                                                                 const SamplingSpec &spec, Diagnostics &diagnostics);

/// A row-major n x k design of Latin hypercube points in (0, 1): each dimension's n strata are
/// each hit once (McKay et al. 1979). Dimension d uses its own generator seeded from (seed, d), so
/// the design is the same on any number of `threads` (0 = hardware concurrency) filling it.
MLIMPACT_CORE_EXPORT std::vector<double> latinHypercube(std::size_t n, std::size_t k, std::uint64_t seed,
                                                        int threads = 1);
/// A row-major n x k design of independent uniform points in (0, 1), seeded the same way.
MLIMPACT_CORE_EXPORT std::vector<double> uniformDesign(std::size_t n, std::size_t k, std::uint64_t seed);

/// How a long computation reports progress and is stopped.
struct RunControl
{
    int threads = 0;                                                   ///< 0 = hardware concurrency
    const std::atomic<bool> *cancel = nullptr;                         ///< set to stop; checked per chunk
    std::function<void(std::size_t done, std::size_t total)> progress; ///< called from worker threads, serialized
};

/// Calls work(i) for every i in [0, count) on up to `control.threads` threads, in chunks of
/// `chunk`. Returns the number of indices done: count unless cancelled. work must be safe to
/// run concurrently for different i; each i's result must depend on i only.
MLIMPACT_CORE_EXPORT std::size_t parallelFor(std::size_t count, std::size_t chunk, const RunControl &control,
                                             const std::function<void(std::size_t)> &work);

} // namespace mlimpact
