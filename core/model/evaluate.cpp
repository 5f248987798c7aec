// SPDX-License-Identifier: GPL-3.0-or-later
// evaluate(): the phases in order (evaluate_phases.h), then the totals and
// the metrics derived from them (docs/model.md §8).
#include "evaluate.h"

#include "evaluate_phases.h"

#include <atomic>
#include <cmath>

namespace mlimpact {

Impacts &Impacts::operator+=(const Impacts &o)
{
    energy_kwh += o.energy_kwh;
    operational_kgco2e += o.operational_kgco2e;
    embodied_kgco2e += o.embodied_kgco2e;
    water_onsite_l += o.water_onsite_l;
    water_offsite_l += o.water_offsite_l;
    water_manufacturing_l += o.water_manufacturing_l;
    ewaste_kg += o.ewaste_kg;
    ewaste_unrecycled_kg += o.ewaste_unrecycled_kg;
    adpe_kg_sb_eq += o.adpe_kg_sb_eq;
    primary_energy_mj += o.primary_energy_mj;
    return *this;
}

Impacts Impacts::scaled(double f) const
{
    Impacts r = *this;
    r.energy_kwh *= f;
    r.operational_kgco2e *= f;
    r.embodied_kgco2e *= f;
    r.water_onsite_l *= f;
    r.water_offsite_l *= f;
    r.water_manufacturing_l *= f;
    r.ewaste_kg *= f;
    r.ewaste_unrecycled_kg *= f;
    r.adpe_kg_sb_eq *= f;
    r.primary_energy_mj *= f;
    return r;
}

double totalQueries(double queriesPerDay, double growthPerYear, double years)
{
    return detail::QueryCurve(queriesPerDay, growthPerYear).at(years);
}

namespace detail {

QueryCurve::QueryCurve(double queriesPerDay, double growthPerYear)
    : m_queriesPerDay(queriesPerDay)
    , m_growth(growthPerYear)
    // expm1/log1p keep full precision for tiny growth rates ((1+g)^n - 1 would cancel).
    , m_logGrowth(std::fabs(growthPerYear) < 1e-12 ? 0.0 : std::log1p(growthPerYear))
{}

double QueryCurve::at(double years) const
{
    double yearFactor = 0;
    if (std::fabs(m_growth) < 1e-12) {
        yearFactor = years;
    } else {
        const double fullYears = std::floor(years);
        if (fullYears != m_fullYears) {
            m_fullYears = fullYears;
            m_expm1 = std::expm1(fullYears * m_logGrowth);
            m_exp = std::exp(fullYears * m_logGrowth);
        }
        yearFactor = m_expm1 / m_growth + (years - fullYears) * m_exp;
    }
    return m_queriesPerDay * kDaysPerYear * yearFactor;
}

} // namespace detail

EmbodiedSplit EmbodiedSplit::of(const std::array<PhaseChain, kPhaseCount> &chains,
                                const std::array<Impacts, kPhaseCount> &phases)
{
    EmbodiedSplit split;
    for (Phase p : kDataCentrePhases) {
        const PhaseChain &c = chains[static_cast<std::size_t>(p)];
        if (!c.enabled)
            continue;
        split.anyServer = split.anyServer || !c.server.empty();
        split.server_kgco2e += c.server_embodied_kgco2e;
        split.accelerator_kgco2e += phases[static_cast<std::size_t>(p)].embodied_kgco2e - c.server_embodied_kgco2e;
        split.server_ewaste_kg += c.server_ewaste_source_kg;
        split.accelerator_ewaste_kg += c.ewaste_source_kg - c.server_ewaste_source_kg;
    }
    return split;
}

Results evaluate(const Scenario &scenario, const Catalog &catalog)
{
    return detail::evaluateWith(scenario, catalog, {});
}

namespace detail {

double dataCentreEwasteKg(const Results &r)
{
    double kg = 0;
    for (Phase p : kDataCentrePhases)
        kg += r.chain(p).enabled ? r.chain(p).ewaste_source_kg : 0.0;
    return kg;
}

namespace {

/// Per-query figures and the deployment / development ratios (docs/model.md §8).
void computeDerivedMetrics(Results &r)
{
    r.embodiedSplit = EmbodiedSplit::of(r.chains, r.phases);
    const Impacts &dep = r.phase(Phase::Deployment);
    if (r.perQuery.queries > 0) {
        const double q = r.perQuery.queries;
        r.perQuery.energy_wh = dep.energy_kwh * 1000.0 / q;
        r.perQuery.carbon_g = dep.carbon_kgco2e() * 1000.0 / q;
        r.perQuery.water_ml = dep.water_l() * 1000.0 / q;
        const Impacts &disposal = r.phase(Phase::Disposal);
        const double dcDisposalShare = disposal.ewaste_kg > 0 ? dataCentreEwasteKg(r) / disposal.ewaste_kg : 0.0;
        double dcCarbon = 0;
        for (Phase p : kDataCentrePhases)
            dcCarbon += r.phase(p).carbon_kgco2e();
        dcCarbon += disposal.carbon_kgco2e() * dcDisposalShare;
        r.perQuery.lifecycle_carbon_g = dcCarbon * 1000.0 / q;
    }
    // A use is a cloud query or an on-device inference: the whole life cycle serves both.
    r.perQuery.uses = r.perQuery.queries + r.edge_inferences;
    if (r.perQuery.uses > 0)
        r.perQuery.lifecycle_carbon_g_per_use = r.totals.carbon_kgco2e() * 1000.0 / r.perQuery.uses;
    if (r.edge_inferences > 0)
        r.perQuery.edge_energy_wh_per_inference = r.phase(Phase::Edge).energy_kwh * 1000.0 / r.edge_inferences;
    // "Deployment" is the model in use, in the cloud and on devices; "development" is what comes before launch.
    double devEnergy = 0, devCarbon = 0, useEnergy = 0, useCarbon = 0;
    for (Phase p : kBeforeLaunchPhases) {
        devEnergy += r.phase(p).energy_kwh;
        devCarbon += r.phase(p).carbon_kgco2e();
    }
    for (Phase p : kInUsePhases) {
        useEnergy += r.phase(p).energy_kwh;
        useCarbon += r.phase(p).carbon_kgco2e();
    }
    r.deployment_to_development_energy = devEnergy > 0 ? dep.energy_kwh / devEnergy : 0;
    r.deployment_to_development_carbon = devCarbon > 0 ? dep.carbon_kgco2e() / devCarbon : 0;
    r.in_use_to_development_energy = devEnergy > 0 ? useEnergy / devEnergy : 0;
    r.in_use_to_development_carbon = devCarbon > 0 ? useCarbon / devCarbon : 0;
    // Parity: the queries whose average cost adds up to what came before launch.
    if (r.perQuery.queries > 0 && devEnergy > 0 && dep.energy_kwh > 0)
        r.queries_to_parity_energy = devEnergy / (dep.energy_kwh / r.perQuery.queries);
    if (r.perQuery.queries > 0 && devCarbon > 0 && dep.carbon_kgco2e() > 0)
        r.queries_to_parity_carbon = devCarbon / (dep.carbon_kgco2e() / r.perQuery.queries);
}

/// The data-centre phases' energy by what draws it, at the facility (x PUE), with its operational
/// carbon at each phase's intensity (docs/model.md §17).
void splitEnergy(Results &r)
{
    EnergySplit &e = r.energySplit;
    for (Phase p : kDataCentrePhases) {
        const PhaseChain &c = r.chain(p);
        const auto add = [&c](EnergyPart &part, double itKwh) {
            const double kwh = itKwh * c.pue;
            part.energy_kwh += kwh;
            part.operational_kgco2e += kwh * c.intensity_g_per_kwh / 1000.0;
        };
        add(e.dynamic, c.dynamic_energy_kwh);
        add(e.idle, c.idle_energy_kwh);
        add(e.infrastructure, c.infrastructure_energy_kwh);
    }
    const double total = e.dynamic.energy_kwh + e.idle.energy_kwh + e.infrastructure.energy_kwh;
    for (EnergyPart *part : {&e.dynamic, &e.idle, &e.infrastructure})
        part->share = total > 0 ? part->energy_kwh / total : 0.0;
}

} // namespace

namespace {
std::atomic<std::uint64_t> g_modelRuns{0};
} // namespace

Results evaluateWith(const Scenario &s, const Catalog &catalog, const EvaluateOptions &options)
{
    g_modelRuns.fetch_add(1, std::memory_order_relaxed);
    Results r;
    const TrainingRun training = evaluateTraining(s, catalog, options, r);
    evaluateDevelopment(s, training, options, r);
    evaluateNas(s, catalog, training, r);
    evaluateDeployment(s, catalog, options, r);
    evaluateEdge(s, catalog, options, r);
    evaluateDisposal(s, r);
    if (options.missingValues)
        collectMissingValues(s, catalog, r);
    for (const auto &phase : r.phases)
        r.totals += phase;
    computeDerivedMetrics(r);
    splitEnergy(r);

    if (options.breakEven) {
        // Break-even compares with the scenario evaluated with demand responding and nothing
        // held: this very evaluation when the options say so (it saves a model run).
        computeBreakEvens(s, catalog, r, options.rebound && options.held.none() ? &r : nullptr);
    }
    if (options.timeline)
        r.timeline = simulateTimeline(s, catalog, r);
    return r;
}

} // namespace detail
} // namespace mlimpact

namespace mlimpact {

std::uint64_t modelRunCount()
{
    return detail::g_modelRuns.load(std::memory_order_relaxed);
}

} // namespace mlimpact
