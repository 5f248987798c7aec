// SPDX-License-Identifier: GPL-3.0-or-later
// The phases measured in training runs: the final training run and its retraining, the
// development experiments with the one-off technique costs, and the architecture search
// (docs/model.md §2, §10, §11).
#include "evaluate_phases.h"
#include "site_charging.h"
#include "text_translation.h"

namespace mlimpact::detail {
namespace {

bool needsPeak(ComputeMode mode)
{
    return mode == ComputeMode::ParametersTokens || mode == ComputeMode::TotalFlop ||
           mode == ComputeMode::TrainingMultiple;
}

/// Measured energy at the IT equipment: a reading at the facility's wall already holds the PUE,
/// which the phase applies again (docs/model.md §2).
double measuredItKwh(const Workload &w, const ResolvedSite &site)
{
    return w.measured_energy_includes_pue && site.pue.value > 0 ? w.measured_energy_kwh / site.pue.value
                                                                : w.measured_energy_kwh;
}

/// A training-like workload's FLOP, device-hours and IT energy on a site, by its compute mode;
/// `multipleFlop` is the FLOP of a run counted as a multiple of training (NAS).
RunCost costOfWorkload(const Workload &w, double multipleFlop, const ResolvedSite &site, double peak)
{
    const double throughput = peak * w.mfu; // achieved FLOP/s per device
    const double busyPowerW = site.avg_power_w.value;
    RunCost c;
    switch (w.mode) {
    case ComputeMode::ParametersTokens:
    case ComputeMode::TotalFlop:
    case ComputeMode::TrainingMultiple:
        c.flop = w.mode == ComputeMode::ParametersTokens ? w.flop_per_parameter_token * w.active_parameters * w.tokens
                 : w.mode == ComputeMode::TotalFlop      ? w.total_flop
                                                         : multipleFlop;
        c.hours = throughput > 0 ? c.flop / throughput / 3600.0 : 0;
        break;
    case ComputeMode::AcceleratorHours:
        c.hours = w.accelerator_hours;
        c.flop = c.hours * 3600.0 * throughput;
        break;
    case ComputeMode::MeasuredEnergy:
        c.hours = busyPowerW > 0 ? measuredItKwh(w, site) * 1000.0 / busyPowerW : 0;
        c.flop = c.hours * 3600.0 * throughput;
        break;
    }
    c.itKwh = w.mode == ComputeMode::MeasuredEnergy ? measuredItKwh(w, site) : c.hours * busyPowerW / 1000.0;
    return c;
}

/// Peak throughput for a workload; caveats only where the mode depends on it.
double workloadPeak(const Accelerator &acc, const Workload &w, std::string_view phaseName,
                    std::vector<std::string> &caveats)
{
    std::string caveat;
    const double peak = peakFlopsAt(acc, w.precision, &caveat);
    if (!caveat.empty() && needsPeak(w.mode))
        caveats.push_back(phaseCaveat(phaseName, caveat));
    return peak;
}

/// The chain of a training-like phase: its hardware, compute and hours for `runs` runs of `cost`.
void fillRunChain(PhaseChain &chain, const Site &site, const Workload &w, const ResolvedSite &rs, double peak,
                  const RunCost &cost, double runs)
{
    chain.hardware = site.hardware;
    chain.region = site.region;
    chain.flop = cost.flop * runs;
    chain.busy_device_hours = cost.hours * runs;
    chain.provisioned_device_hours = chain.busy_device_hours;
    chain.wall_clock_hours = cost.hours / w.devices; // one run
    chain.peak_tflops = peak / 1e12;
    chain.utilization = w.mfu;
    chain.avg_power_w = rs.avg_power_w.value;
    chain.run_equivalents = runs;
}

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
