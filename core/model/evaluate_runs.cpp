// SPDX-License-Identifier: GPL-3.0-or-later
// The phases measured in training runs: the final training run and its retraining, the
// development experiments with the one-off technique costs, and the architecture search
// (docs/model.md §2, §10, §11).
#include "site_charging.h"

#include "text_translation.h"

namespace mlimpact::detail {
namespace {

/// Carbon-aware scheduling of one training run on the region's hourly data (docs/model.md §10).
void scheduleTraining(const Scenario &s, const ResolvedSite &site, const RunCost &run,
                      std::vector<std::string> &caveats, Results &r)
{
    r.schedule = scheduleOnRegion(*site.grid, s.training.schedule, run.hours / s.training.workload.devices,
                                  site.intensity_g_per_kwh.value, caveats);
    r.training_intensity_now_g_per_kwh = site.intensity_g_per_kwh.value * r.schedule.nowFactor;
}

/// Development from its measured energy (docs/model.md §2): the experiments' IT energy as measured,
/// scaled by the development rebound, plus the one-off technique runs; device-hours at the site's power.
void evaluateMeasuredDevelopment(const Scenario &s, const TrainingRun &t, const EvaluateOptions &options, Results &r)
{
    const DevelopmentPhase &d = s.development;
    const ResolvedSite &site = *t.site;
    const double pue = d.measured_energy_includes_pue && site.pue.value > 0 ? site.pue.value : 1.0;
    const double demand = options.held.developmentDemand.value_or(r.developmentRebound.demandMultiplier);
    const double measuredKwh = d.measured_energy_kwh / pue * demand;
    const double powerW = site.avg_power_w.value;
    const double itKwh = measuredKwh + t.run.itKwh * t.oneOffRuns;
    const double hours = (powerW > 0 ? measuredKwh * 1000.0 / powerW : 0.0) + t.run.hours * t.oneOffRuns;
    // In final-run equivalents, for the chain's compute and wall-clock figures.
    const double runs = t.run.hours > 0 ? hours / t.run.hours : 0.0;
    PhaseChain &chain = chainOf(r, Phase::Development);
    fillRunChain(chain, *phaseSite(s, Phase::Development), s.training.workload, site, t.peak, t.run, runs);
    chain.busy_device_hours = hours;
    chain.provisioned_device_hours = hours;
    chain.enabled = true;
    chargeRuns(site, itKwh, hours, allocationOf(d), r.schedule.usedFactor, impactsOf(r, Phase::Development), chain);
}

} // namespace

TrainingRun evaluateTraining(const Scenario &s, const Catalog &catalog, const EvaluateOptions &options, Results &r)
{
    TrainingRun t;
    t.oneOffRuns = options.held.oneOffRuns.value_or(
        s.deployment.enabled ? techniqueOneOffRuns(s.efficiency, s.deployment.precision) : 0);
    const bool nasFromTraining = s.nas.enabled && s.nas.workload.mode == ComputeMode::TrainingMultiple;
    const bool needed = s.training.enabled || s.development.enabled || nasFromTraining || t.oneOffRuns > 0;
    std::vector<std::string> unused; // caveats of a site nothing depends on are not shown
    std::vector<std::string> &caveats = needed ? r.caveats : unused;
    const std::string_view name = phaseLabel(Phase::Training);
    const Site &site = *phaseSite(s, Phase::Training);
    const Workload &w = s.training.workload;
    t.site = siteFor(site, catalog, name, caveats);
    if (!t.site)
        return t;
    t.peak = workloadPeak(*t.site->accelerator, w, name, caveats);
    const RunCost baseline = costOfWorkload(w, 0, *t.site, t.peak);
    t.baselineFlop = baseline.flop;
    t.keep = options.held.nasTrainingKeep.value_or(s.nas.enabled ? 1.0 - s.nas.training_compute_saving : 1.0);
    t.run = baseline.scaled(t.keep);
    scheduleTraining(s, *t.site, t.run, caveats, r);

    const double runs = 1.0 + s.training.retrains_per_year * s.system.service_years * s.training.retrain_fraction;
    PhaseChain &chain = chainOf(r, Phase::Training);
    fillRunChain(chain, site, w, *t.site, t.peak, t.run, runs);
    chain.enabled = s.training.enabled;
    if (s.training.enabled)
        chargeRuns(*t.site, t.run.itKwh * runs, t.run.hours * runs, allocationOf(s.training), r.schedule.usedFactor,
                   impactsOf(r, Phase::Training), chain);
    return t;
}

void evaluateDevelopment(const Scenario &s, const TrainingRun &t, const EvaluateOptions &options, Results &r)
{
    if (!t.site)
        return;
    // Faster training invites more experiments (development rebound, docs/model.md §11).
    r.developmentRebound = reboundOutcome(t.keep, options.rebound ? s.rebound.development_elasticity : 0.0);
    const double experimentRuns = s.development.experiments * s.development.fraction_of_training_run *
                                  options.held.developmentDemand.value_or(r.developmentRebound.demandMultiplier);
    const double devRuns = s.development.enabled ? experimentRuns + t.oneOffRuns : 0.0;
    if (s.development.measured && s.development.enabled) {
        evaluateMeasuredDevelopment(s, t, options, r);
        return;
    }
    if (!s.development.enabled && t.oneOffRuns > 0)
        r.caveats.push_back(translatedText(
            "caveats",
            MLI_TR("caveats", "Efficiency: one-off technique costs belong to development, which is excluded")));
    PhaseChain &chain = chainOf(r, Phase::Development);
    fillRunChain(chain, *phaseSite(s, Phase::Development), s.training.workload, *t.site, t.peak, t.run, devRuns);
    chain.enabled = s.development.enabled;
    if (chain.enabled)
        chargeRuns(*t.site, t.run.itKwh * devRuns, t.run.hours * devRuns, allocationOf(s.development),
                   r.schedule.usedFactor, impactsOf(r, Phase::Development), chain);
}

void evaluateNas(const Scenario &s, const Catalog &catalog, const TrainingRun &training, Results &r)
{
    if (!s.nas.enabled)
        return;
    const std::string_view name = phaseLabel(Phase::Nas);
    const Site &siteIn = *phaseSite(s, Phase::Nas);
    const auto site = siteFor(siteIn, catalog, name, r.caveats);
    if (!site)
        return;
    const double peak = workloadPeak(*site->accelerator, s.nas.workload, name, r.caveats);
    const RunCost cost = costOfWorkload(s.nas.workload, s.nas.training_multiple * training.baselineFlop, *site, peak);
    PhaseChain &chain = chainOf(r, Phase::Nas);
    fillRunChain(chain, siteIn, s.nas.workload, *site, peak, cost, 1.0);
    chain.enabled = true;
    chargeRuns(*site, cost.itKwh, cost.hours, allocationOf(s.nas), 1.0, impactsOf(r, Phase::Nas), chain);
}

} // namespace mlimpact::detail
