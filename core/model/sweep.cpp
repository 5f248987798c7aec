// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "evaluate_detail.h"
#include "format.h"
#include "payback.h"
#include "resolved_site.h"
#include "serving_setup.h"
#include "techniques.h"
#include "text_translation.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>

namespace mlimpact {
namespace {

constexpr detail::EvaluateOptions kQuiet{false, false, false};

/// The triad's texts that reach the window, in the window's language (English elsewhere).
constexpr const char *kTr = "triad";

struct LifecyclePerQuery
{
    double energy = 0, carbon = 0;
};

/// Life-cycle energy and carbon per served unit: cloud queries (development, NAS, training,
/// deployment) or edge inferences (development, NAS, training, edge fleet).
LifecyclePerQuery lifecyclePerQuery(const Results &r, bool edge)
{
    const double q = edge ? r.edge_inferences : r.perQuery.queries;
    if (q <= 0)
        return {};
    double energy = 0, carbon = 0;
    auto add = [&](Phase ph) {
        energy += r.phase(ph).energy_kwh;
        carbon += r.phase(ph).carbon_kgco2e();
    };
    if (edge) {
        for (Phase ph : kBeforeLaunchPhases)
            add(ph);
        add(Phase::Edge);
    } else {
        for (Phase ph : kDataCentrePhases)
            add(ph);
    }
    return {energy / q, carbon / q};
}

/// Sets the technique to strength x on `s` (the others stay as they are).
void applyStrength(Scenario &s, Technique technique, double x)
{
    switch (technique) {
    case Technique::UnstructuredMasked:
    case Technique::UnstructuredSparseKernels:
        s.efficiency.sparsity_kind = SparsityKind::Unstructured;
        s.efficiency.sparse_kernels = technique == Technique::UnstructuredSparseKernels;
        s.efficiency.sparsity = x;
        break;
    case Technique::Structured2to4:
        s.efficiency.sparsity_kind = SparsityKind::Structured2to4;
        s.efficiency.sparsity = x;
        break;
    case Technique::Quantization:
        s.deployment.precision = static_cast<Precision>(std::clamp(static_cast<int>(x), 0, kPrecisionCount - 1));
        break;
    case Technique::Distillation:
        s.efficiency.distillation_ratio = 1.0 - x;
        break;
    case Technique::BatchSize:
        s.deployment.max_batch = x;
        break;
    }
}

/// The scenario made into the sweep's baseline on the chosen device: no pruning, no
/// distillation, served at the scenario's own precision.
Scenario baselineOn(const Scenario &scenario, const TechniqueSweep &sweep)
{
    Scenario base = scenario;
    base.efficiency.sparsity = 0;
    base.efficiency.distillation_ratio = 1;
    if (sweep.edge) {
        base.edge.enabled = true;
        if (base.edge.device != sweep.hardware) {
            base.edge.device = sweep.hardware;
            // Measured figures belong to the scenario's own device.
            base.edge.avg_power_w.reset();
            base.edge.embodied_kgco2e.reset();
            base.edge.lifetime_years.reset();
        }
    } else {
        base.deployment.enabled = true;
        if (base.deployment.site.hardware != sweep.hardware) {
            base.deployment.site.hardware = sweep.hardware;
            base.deployment.site.avg_power_w.reset(); // a measured power belongs to other hardware
        }
    }
    return base;
}

std::vector<double> strengths(Technique technique, int points)
{
    if (technique == Technique::Quantization)
        return {0, 1, 2, 3};
    const double top = technique == Technique::Structured2to4 ? 0.5 : 0.95;
    points = std::max(points, 2);
    std::vector<double> xs;
    xs.reserve(static_cast<std::size_t>(points));
    for (int i = 0; i < points; ++i)
        xs.push_back(top * i / (points - 1));
    return xs;
}

/// Batches swept: powers of two up to what the memory holds (at most 1024), and that limit.
std::vector<double> batchSizes(double fits)
{
    const double top = std::min(1024.0, std::max(1.0, fits));
    std::vector<double> xs;
    for (double b = 1; b <= top; b *= 2)
        xs.push_back(b);
    if (xs.back() < top)
        xs.push_back(top);
    return xs;
}

/// The triad's batch sweep (docs/model.md §3.2): the scenario's model on the swept accelerator,
/// a replica kept full at each batch; energy per generated token and latency relative to batch 1.
void sweepBatchSize(const Scenario &scenario, const Catalog &catalog, const Accelerator &acc, TechniqueSweep &out)
{
    Scenario s = scenario;
    if (s.deployment.site.hardware != acc.id) {
        s.deployment.site.hardware = acc.id;
        s.deployment.site.avg_power_w.reset(); // a measured power belongs to other hardware
    }
    // The sweep is the roofline model whatever the scenario's mode; a measured power keeps its
    // board part and takes the host share the roofline mode charges (resolved_site.h).
    const HostShare scenarioHost = hostShareOf(s, Phase::Deployment);
    s.deployment.mode = InferenceMode::Roofline;
    if (s.deployment.site.avg_power_w)
        *s.deployment.site.avg_power_w +=
            hostPowerW(acc, hostShareOf(s, Phase::Deployment)) - hostPowerW(acc, scenarioHost);
    static const RealizationClass neutral;
    const RealizationClass *rc = catalog.realization(acc.hardwareClass);
    const double nasKeep = s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
    std::string problem;
    const auto setup = servingSetupFor(s, acc, rc ? *rc : neutral, nasKeep, ServedAs::Served, &problem);
    if (!setup) {
        out.emptyReason = translatedPattern(kTr, MLI_TR("triad", "No batch sweep: %1."), {problem});
        return;
    }
    out.batchThatFits = batchThatFits(*setup, devicesPerReplica(*setup));
    const ServingPoint one = servingAtBatch(*setup, 1);
    const auto relative = [](double a, double b) { return b > 0 ? a / b : 1.0; };
    const auto pointAt = [&](double b, double &energyJ, double &latencyS, double &latencyFactor) {
        const ServingPoint p = servingAtBatch(*setup, b);
        energyJ = p.energy_per_generated_token_j;
        latencyS = p.latency_s;
        latencyFactor = relative(p.latency_s, one.latency_s);
        const double e = relative(p.energy_per_generated_token_j, one.energy_per_generated_token_j);
        return std::make_pair(SweepPoint{b, 1.0, e, e}, p.memory_bound());
    };
    for (double b : batchSizes(out.batchThatFits)) {
        double energyJ = 0, latencyS = 0, latencyFactor = 1;
        const auto [point, memoryBound] = pointAt(b, energyJ, latencyS, latencyFactor);
        out.points.push_back(point);
        out.energyPerTokenJ.push_back(energyJ);
        out.latencyS.push_back(latencyS);
        out.latencyFactor.push_back(latencyFactor);
        out.memoryBound.push_back(memoryBound);
    }
    out.scenarioUses = true;
    const double own = std::clamp(std::floor(s.deployment.max_batch), 1.0, std::max(1.0, out.batchThatFits));
    out.own = pointAt(own, out.ownEnergyPerTokenJ, out.ownLatencyS, out.ownLatencyFactor).first;
}

} // namespace

std::string_view techniqueKey(Technique t)
{
    static constexpr std::string_view keys[] = {"unstructured-masked", "unstructured-sparse", "structured-2to4",
                                                "quantization",        "distillation",        "batch-size"};
    static_assert(std::size(keys) == static_cast<std::size_t>(kTechniqueCount), "one key per Technique");
    return keys[static_cast<int>(t)];
}

std::string_view techniqueLabel(Technique t)
{
    static constexpr std::string_view labels[] = {"Unstructured pruning (masked dense kernels)",
                                                  "Unstructured pruning (sparse kernels)",
                                                  "2:4 structured pruning",
                                                  "Quantization",
                                                  "Distillation",
                                                  "Batch size (serving)"};
    static_assert(std::size(labels) == static_cast<std::size_t>(kTechniqueCount), "one label per Technique");
    return labels[static_cast<int>(t)];
}

std::string precisionLabel(Precision precision)
{
    std::string out(precisionKey(precision));
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

double techniqueStrength(const Scenario &s, Technique t)
{
    const EfficiencySettings &e = s.efficiency;
    const bool unstructured = e.sparsity_kind == SparsityKind::Unstructured;
    switch (t) {
    case Technique::UnstructuredMasked:
        return unstructured && !e.sparse_kernels ? e.sparsity : 0.0;
    case Technique::UnstructuredSparseKernels:
        return unstructured && e.sparse_kernels ? e.sparsity : 0.0;
    case Technique::Structured2to4:
        return e.sparsity_kind == SparsityKind::Structured2to4 ? std::min(e.sparsity, 0.5) : 0.0;
    case Technique::Quantization:
        return static_cast<double>(static_cast<int>(s.deployment.precision));
    case Technique::Distillation:
        return 1.0 - e.distillation_ratio;
    case Technique::BatchSize:
        return s.deployment.max_batch;
    }
    return 0;
}

std::string strengthText(Technique technique, double x)
{
    switch (technique) {
    case Technique::Quantization:
        return precisionLabel(static_cast<Precision>(std::clamp(static_cast<int>(x), 0, kPrecisionCount - 1)));
    case Technique::Distillation:
        return translatedPattern(kTr, MLI_TR("triad", "%1% less compute"), {trimmedNumber(100 * x, 2)});
    case Technique::BatchSize:
        return translatedPattern(kTr, MLI_TR("triad", "batch %1"), {std::to_string(std::llround(x))});
    default:
        return translatedPattern(kTr, MLI_TR("triad", "%1% of weights pruned"), {trimmedNumber(100 * x, 2)});
    }
}

std::string strengthAxisLabel(Technique technique)
{
    switch (technique) {
    case Technique::Quantization:
        return "Serving precision";
    case Technique::Distillation:
        return "Compute removed by distillation (%)";
    case Technique::BatchSize:
        return "Batch size (sequences per decode step)";
    default:
        return "Weights pruned (%)";
    }
}

std::string baselineName(const TechniqueSweep &sweep)
{
    // One whole name per case (with or without the precision: edge devices have none), so a
    // translation can place the precision where its grammar wants it.
    const char *pattern = nullptr;
    switch (sweep.technique) {
    case Technique::Quantization:
        pattern = sweep.edge ? MLI_TR("triad", "this scenario's model") : MLI_TR("triad", "this scenario's %1 model");
        break;
    case Technique::Distillation:
        pattern = sweep.edge ? MLI_TR("triad", "the undistilled model") : MLI_TR("triad", "the undistilled %1 model");
        break;
    case Technique::BatchSize:
        return translatedText(kTr, MLI_TR("triad", "batch 1"));
    default:
        pattern = sweep.edge ? MLI_TR("triad", "the dense model") : MLI_TR("triad", "the dense %1 model");
        break;
    }
    return translatedPattern(kTr, pattern, {precisionLabel(sweep.baselinePrecision)});
}

std::string perUnitText(const TechniqueSweep &sweep)
{
    if (sweep.technique == Technique::BatchSize)
        return "per generated token";
    return sweep.edge ? "per inference" : "per query";
}

std::string servingHardware(const Scenario &s)
{
    return !s.deployment.enabled && s.edge.enabled ? s.edge.device : s.deployment.site.hardware;
}

TechniqueSweep techniqueSweep(const Scenario &scenario, const Catalog &catalog, Technique technique,
                              const std::string &hardwareId, int points)
{
    TechniqueSweep out;
    out.technique = technique;
    out.hardware = hardwareId.empty() ? servingHardware(scenario) : hardwareId;
    out.scenarioHardware = out.hardware == servingHardware(scenario);
    out.baselinePrecision = scenario.deployment.precision;
    const Accelerator *acc = catalog.accelerator(out.hardware);
    const EdgeDevice *device = acc ? nullptr : catalog.edgeDevice(out.hardware);
    out.edge = device != nullptr;
    if (!acc && !device) {
        out.emptyReason = translatedPattern(
            kTr, MLI_TR("triad", "No sweep: \"%1\" is not an accelerator or edge device in the catalog."),
            {out.hardware});
        return out;
    }
    out.hardwareName = acc ? acc->name : device->name;
    if (out.edge && technique == Technique::Quantization) {
        out.emptyReason = translatedPattern(kTr,
                                            MLI_TR("triad", "No precision sweep on %1: at the edge, quantization is "
                                                            "part of the measured energy per inference (the catalog "
                                                            "has no precision table for edge devices)."),
                                            {out.hardwareName});
        return out;
    }
    if (technique == Technique::BatchSize) {
        if (out.edge)
            out.emptyReason =
                translatedPattern(kTr,
                                  MLI_TR("triad", "No batch sweep on %1: batching is modelled for "
                                                  "data-centre accelerators (the roofline serving mode)."),
                                  {out.hardwareName});
        else
            sweepBatchSize(scenario, catalog, *acc, out);
        return out;
    }
    out.curveStartsAtBaseline = technique != Technique::UnstructuredSparseKernels;
    const Scenario base = baselineOn(scenario, out);
    const LifecyclePerQuery ref = lifecyclePerQuery(detail::evaluateWith(base, catalog, kQuiet), out.edge);
    const double refCompute = sparsityComputeFactor(base.efficiency) * base.efficiency.distillation_ratio;
    auto pointAt = [&](double x) {
        Scenario s = base;
        applyStrength(s, technique, x);
        const LifecyclePerQuery p = lifecyclePerQuery(detail::evaluateWith(s, catalog, kQuiet), out.edge);
        const double compute = sparsityComputeFactor(s.efficiency) * s.efficiency.distillation_ratio;
        return SweepPoint{x, refCompute > 0 ? compute / refCompute : 1.0, ref.energy > 0 ? p.energy / ref.energy : 1.0,
                          ref.carbon > 0 ? p.carbon / ref.carbon : 1.0};
    };
    const std::vector<double> xs = strengths(technique, points);
    out.points.reserve(xs.size());
    for (double x : xs)
        out.points.push_back(pointAt(x));
    const double own = techniqueStrength(scenario, technique);
    out.scenarioUses = technique == Technique::Quantization ? true : own > 0;
    out.own = pointAt(technique == Technique::Quantization ? static_cast<double>(out.baselinePrecision) : own);
    return out;
}

std::vector<SweepPoint> sweepTechnique(const Scenario &scenario, const Catalog &catalog, Technique technique,
                                       const std::string &hardwareId, int points)
{
    return techniqueSweep(scenario, catalog, technique, hardwareId, points).points;
}

std::vector<RegionImpact> compareRegions(const Scenario &scenario, const Catalog &catalog, Phase phase)
{
    std::vector<RegionImpact> out;
    out.reserve(catalog.gridRegions().size());
    for (const auto &region : catalog.gridRegions()) {
        Scenario s = scenario;
        // The region's own figures apply there: drop the site's grid overrides.
        auto moveSite = [&region](Site &site) {
            site.region = region.id;
            site.intensity_g_per_kwh.reset();
            site.ewif_l_per_kwh.reset();
        };
        if (Site *site = phaseSite(s, phase)) {
            moveSite(*site);
        } else if (phase == Phase::Edge) {
            s.edge.region = region.id;
            s.edge.intensity_g_per_kwh.reset();
        } else {
            moveSite(*phaseSite(s, Phase::Deployment)); // disposal: where the serving fleet retires
        }
        const Results r = detail::evaluateWith(s, catalog, kQuiet);
        out.push_back({region.id, region.name, region.intensity_g_per_kwh, r.phase(phase).carbon_kgco2e(),
                       r.totals.carbon_kgco2e()});
    }
    std::sort(out.begin(), out.end(), [](const RegionImpact &a, const RegionImpact &b) {
        return a.phase_carbon_kgco2e < b.phase_carbon_kgco2e;
    });
    return out;
}

} // namespace mlimpact
