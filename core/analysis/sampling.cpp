// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampling.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>
#include <utility>

namespace mlimpact {
namespace {

constexpr std::array<std::pair<Distribution, std::string_view>, 5> kDistributionNames{{
    {Distribution::Uniform, "uniform"},
    {Distribution::LogUniform, "log_uniform"},
    {Distribution::Triangular, "triangular"},
    {Distribution::LogTriangular, "log_triangular"},
    {Distribution::Choice, "choice"},
}};

/// Inverse CDF of the triangular distribution on [a, b] with mode c.
double triangularQuantile(double u, double a, double c, double b)
{
    if (b <= a)
        return a;
    const double f = (c - a) / (b - a);
    if (u < f)
        return a + std::sqrt(u * (b - a) * (c - a));
    return b - std::sqrt((1.0 - u) * (b - a) * (b - c));
}

/// A generator per (seed, dimension): SplitMix64 of both, so dimensions are independent
/// streams and a design does not depend on the order it is filled in.
std::mt19937_64 generatorFor(std::uint64_t seed, std::size_t dimension)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(dimension) + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return std::mt19937_64(z ^ (z >> 31));
}

/// The threads a RunControl's `threads` asks for (0 = hardware concurrency).
std::size_t workerCount(int threads)
{
    return threads > 0 ? static_cast<std::size_t>(threads) : std::max(1u, std::thread::hardware_concurrency());
}

/// A uniform double in (0, 1) from 53 random bits (never exactly 0, so a log-uniform is finite).
double unitOpen(std::mt19937_64 &rng)
{
    return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53;
}

bool isSampledKind(const Parameter &p)
{
    return p.kind == ParameterKind::Number || p.kind == ParameterKind::OptionalNumber;
}

/// The value the model uses for a row: the field, or for an override the resolved figure.
std::optional<double> pointValue(const Parameter &p, const Scenario &scenario, const Catalog &catalog)
{
    const ParameterValue v = p.get(scenario);
    if (const double *d = std::get_if<double>(&v))
        return *d;
    if (p.kind == ParameterKind::OptionalNumber)
        return catalogValueOf(p, scenario, catalog);
    return std::nullopt;
}

/// The default input of a registry row: triangular with its peak at the scenario's value (in
/// log10 where the range spans decades), over the widest range centred on that value that fits in
/// the plausible range. Centred, so each input's median is the scenario's value; a design choice
/// at an end of its range (no sparsity, no refresh, always on) stays as chosen and is not sampled.
std::optional<UncertainInput> registryInput(const Parameter &p, const Scenario &scenario, const Catalog &catalog)
{
    if (!isSampledKind(p) || !(p.low < p.high) || !isParameterUsed(p, scenario))
        return std::nullopt;
    const std::optional<double> value = pointValue(p, scenario, catalog);
    if (!value || !std::isfinite(*value))
        return std::nullopt;
    UncertainInput in;
    in.parameter = &p;
    in.value = *value;
    const bool decades = p.logScale && p.low > 0 && *value > 0 && p.high / p.low >= 100.0;
    if (decades) {
        const double v = std::log10(*value);
        const double h = std::min(v - std::log10(p.low), std::log10(p.high) - v);
        in.low = h > 0 ? std::pow(10.0, v - h) : *value;
        in.high = h > 0 ? std::pow(10.0, v + h) : *value;
    } else {
        const double h = std::min(*value - p.low, p.high - *value);
        in.low = h > 0 ? *value - h : *value;
        in.high = h > 0 ? *value + h : *value;
    }
    if (!(in.low < in.high))
        return std::nullopt;
    in.distribution = decades ? Distribution::LogTriangular : Distribution::Triangular;
    return in;
}

void addError(Diagnostics &diagnostics, const std::string &path, std::string message)
{
    diagnostics.push_back({Severity::Error, "", "/uncertainty/ranges/" + path, std::move(message)});
}

/// Applies one user range to the inputs (adding the row if the registry range was empty).
void applyRange(std::vector<UncertainInput> &inputs, const RangeOverride &range, const Scenario &scenario,
                const Catalog &catalog, Diagnostics &diagnostics)
{
    const Parameter *p = findParameter(range.path);
    if (!p || !isSampledKind(*p)) {
        addError(diagnostics, range.path, "expected the path of a numeric parameter");
        return;
    }
    if (!(range.low <= range.high) || range.low < p->min || range.high > p->max) {
        // describeExpected says "expected a number in [min, max] unit" (or a whole number).
        addError(diagnostics, range.path, "expected low <= high, both " + describeExpected(*p).substr(9));
        return;
    }
    const Distribution d = range.distribution.value_or(Distribution::Triangular);
    if (d == Distribution::Choice ||
        ((d == Distribution::LogUniform || d == Distribution::LogTriangular) && range.low <= 0)) {
        addError(diagnostics, range.path, "expected a numeric distribution (log ones need low > 0)");
        return;
    }
    auto it = std::find_if(inputs.begin(), inputs.end(), [&](const auto &in) { return in.parameter == p; });
    if (it == inputs.end()) {
        const std::optional<double> value = pointValue(*p, scenario, catalog);
        if (!value || !isParameterUsed(*p, scenario))
            return; // not used by this scenario: nothing to sample
        inputs.push_back({p, d, 0, 0, *value, {}, {}});
        it = inputs.end() - 1;
    }
    it->low = range.low;
    it->high = range.high;
    it->distribution = range.distribution.value_or(it->distribution);
}

void addChoice(std::vector<UncertainInput> &inputs, const std::string &path, const Scenario &scenario,
               const Catalog &catalog, Diagnostics &diagnostics)
{
    const Parameter *p = findParameter(path);
    if (!p || p->kind != ParameterKind::Choice || !p->choices) {
        diagnostics.push_back(
            {Severity::Error, "", "/uncertainty/uncertain_choices", "expected the path of a catalog choice: " + path});
        return;
    }
    // Naming a choice twice (a file's list and --uncertain-choice, say) is one uncertainty, not two
    // draws of the same input: a second dimension would weigh it twice in the Sobol indices.
    const auto already = [p](const UncertainInput &in) { return in.parameter == p; };
    if (!isParameterUsed(*p, scenario) || std::any_of(inputs.begin(), inputs.end(), already))
        return;
    UncertainInput in;
    in.parameter = p;
    in.distribution = Distribution::Choice;
    in.choices = catalog.ids(*p->choices);
    if (choiceMayBeNone(*p->choices))
        in.choices.insert(in.choices.begin(), std::string()); // a site's server may be none
    const ParameterValue current = p->get(scenario);
    if (const auto *id = std::get_if<std::string>(&current))
        in.pointChoice = *id;
    in.high = static_cast<double>(in.choices.size());
    if (!in.choices.empty())
        inputs.push_back(std::move(in));
}

} // namespace

std::string_view distributionName(Distribution distribution)
{
    for (const auto &[d, name] : kDistributionNames)
        if (d == distribution)
            return name;
    return "?";
}

std::optional<Distribution> findDistribution(std::string_view name)
{
    for (const auto &[d, n] : kDistributionNames)
        if (n == name)
            return d;
    return std::nullopt;
}

double UncertainInput::quantile(double u) const
{
    double x = low;
    switch (distribution) {
    case Distribution::Uniform:
        x = low + u * (high - low);
        break;
    case Distribution::LogUniform:
        x = std::pow(10.0, std::log10(low) + u * (std::log10(high) - std::log10(low)));
        break;
    case Distribution::Triangular:
        x = triangularQuantile(u, low, std::clamp(value, low, high), high);
        break;
    case Distribution::LogTriangular:
        x = std::pow(
            10.0, triangularQuantile(u, std::log10(low), std::log10(std::clamp(value, low, high)), std::log10(high)));
        break;
    case Distribution::Choice:
        return value;
    }
    x = std::clamp(x, low, high); // pow/log round-trips may step a last bit outside
    if (parameter && parameter->integer)
        x = std::round(x);
    return x;
}

void UncertainInput::applyValue(Scenario &scenario, double number) const
{
    parameter->set(scenario, ParameterValue{number});
}

void UncertainInput::apply(Scenario &scenario, double u) const
{
    if (distribution == Distribution::Choice) {
        const auto i = std::min(choices.size() - 1, static_cast<std::size_t>(u * static_cast<double>(choices.size())));
        parameter->set(scenario, ParameterValue{choices[i]});
        return;
    }
    applyValue(scenario, quantile(u));
}

std::vector<UncertainInput> uncertainInputs(const Scenario &scenario, const Catalog &catalog, const SamplingSpec &spec,
                                            Diagnostics &diagnostics)
{
    std::vector<UncertainInput> inputs;
    for (const Parameter &p : parameterRegistry())
        if (auto in = registryInput(p, scenario, catalog))
            inputs.push_back(std::move(*in));
    for (const RangeOverride &range : spec.ranges)
        applyRange(inputs, range, scenario, catalog, diagnostics);
    for (const std::string &path : spec.uncertainChoices)
        addChoice(inputs, path, scenario, catalog, diagnostics);
    return inputs;
}

std::vector<double> latinHypercube(std::size_t n, std::size_t k, std::uint64_t seed, int threads)
{
    std::vector<double> design(n * k);
    RunControl control;
    control.threads = threads;
    const std::size_t workers = workerCount(threads);
    // One contiguous block of dimensions per thread: threads filling neighbouring columns would
    // write to the same cache lines of every row. A 10,000 x 45 design is ~15 ms on one thread,
    // run before any sample can start.
    parallelFor(k, (k + workers - 1) / workers, control, [&](std::size_t d) {
        std::mt19937_64 rng = generatorFor(seed, d);
        std::vector<std::size_t> strata(n);
        std::iota(strata.begin(), strata.end(), std::size_t{0});
        // Fisher-Yates with our own index draw: std::shuffle's use of the generator is
        // implementation-defined, and the design must be the same on every platform.
        for (std::size_t i = n; i > 1; --i)
            std::swap(strata[i - 1], strata[static_cast<std::size_t>(rng() % i)]);
        for (std::size_t i = 0; i < n; ++i)
            design[i * k + d] = (static_cast<double>(strata[i]) + unitOpen(rng)) / static_cast<double>(n);
    });
    return design;
}

std::vector<double> uniformDesign(std::size_t n, std::size_t k, std::uint64_t seed)
{
    std::vector<double> design(n * k);
    for (std::size_t d = 0; d < k; ++d) {
        std::mt19937_64 rng = generatorFor(seed, d);
        for (std::size_t i = 0; i < n; ++i)
            design[i * k + d] = unitOpen(rng);
    }
    return design;
}

std::size_t parallelFor(std::size_t count, std::size_t chunk, const RunControl &control,
                        const std::function<void(std::size_t)> &work)
{
    chunk = std::max<std::size_t>(1, chunk);
    const std::size_t chunks = (count + chunk - 1) / chunk;
    const std::size_t threads = std::min(chunks, workerCount(control.threads));
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::mutex progressMutex;
    auto cancelled = [&] { return control.cancel && control.cancel->load(std::memory_order_relaxed); };
    auto worker = [&] {
        for (std::size_t c = next.fetch_add(1); c < chunks && !cancelled(); c = next.fetch_add(1)) {
            const std::size_t end = std::min(count, (c + 1) * chunk);
            for (std::size_t i = c * chunk; i < end; ++i)
                work(i);
            const std::size_t total = done.fetch_add(end - c * chunk) + (end - c * chunk);
            if (control.progress) {
                const std::lock_guard lock(progressMutex);
                control.progress(total, count);
            }
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
        t.join();
    return done.load();
}

} // namespace mlimpact
