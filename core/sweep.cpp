// SPDX-License-Identifier: GPL-3.0-or-later
#include "sweep.h"

#include "evaluate_detail.h"

#include <algorithm>
#include <iterator>

namespace mlimpact {
namespace {

constexpr detail::EvaluateOptions kQuiet{false, false, false};

struct LifecyclePerQuery
{
    double flop = 0, energy = 0, carbon = 0;
};

LifecyclePerQuery lifecyclePerQuery(const Results &r)
{
    LifecyclePerQuery p;
    const double q = r.perQuery.queries;
    if (q <= 0)
        return p;
    double energy = 0, carbon = 0;
    for (Phase ph : kDataCentrePhases) {
        energy += r.phase(ph).energy_kwh;
        carbon += r.phase(ph).carbon_kgco2e();
    }
    return {r.perQuery.flop, energy / q, carbon / q};
}

} // namespace

std::string_view techniqueKey(Technique t)
{
    static constexpr std::string_view keys[] = {"unstructured-masked", "unstructured-sparse", "structured-2to4",
                                                "quantization", "distillation"};
    static_assert(std::size(keys) == static_cast<std::size_t>(kTechniqueCount), "one key per Technique");
    return keys[static_cast<int>(t)];
}

std::string_view techniqueLabel(Technique t)
{
    static constexpr std::string_view labels[] = {"Unstructured pruning (masked dense kernels)",
                                                  "Unstructured pruning (sparse kernels)", "2:4 structured pruning",
                                                  "Quantization", "Distillation"};
    static_assert(std::size(labels) == static_cast<std::size_t>(kTechniqueCount), "one label per Technique");
    return labels[static_cast<int>(t)];
}

std::vector<SweepPoint> sweepTechnique(const Scenario &scenario, const Catalog &catalog, Technique technique,
                                       const std::string &hardwareId, int points)
{
    Scenario base = scenario;
    base.deployment.enabled = true;
    base.deployment.site.hardware = hardwareId;
    base.deployment.site.avg_power_w.reset(); // a measured power belongs to other hardware
    base.deployment.precision = Precision::Fp16;
    base.efficiency.sparsity = 0;
    base.efficiency.distillation_ratio = 1;
    const LifecyclePerQuery ref = lifecyclePerQuery(detail::evaluateWith(base, catalog, kQuiet));

    std::vector<double> xs;
    if (technique == Technique::Quantization) {
        xs = {0, 1, 2, 3};
    } else {
        const double top = technique == Technique::Structured2to4 ? 0.5 : 0.95;
        points = std::max(points, 2);
        for (int i = 0; i < points; ++i)
            xs.push_back(top * i / (points - 1));
    }
    std::vector<SweepPoint> out;
    out.reserve(xs.size());
    for (double x : xs) {
        Scenario s = base;
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
            s.deployment.precision = static_cast<Precision>(static_cast<int>(x));
            break;
        case Technique::Distillation:
            s.efficiency.distillation_ratio = 1.0 - x;
            break;
        }
        const LifecyclePerQuery p = lifecyclePerQuery(detail::evaluateWith(s, catalog, kQuiet));
        out.push_back({x, ref.flop > 0 ? p.flop / ref.flop : 1.0, ref.energy > 0 ? p.energy / ref.energy : 1.0,
                       ref.carbon > 0 ? p.carbon / ref.carbon : 1.0});
    }
    return out;
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
