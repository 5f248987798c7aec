// SPDX-License-Identifier: GPL-3.0-or-later
// Deployment: the queries a provisioned cloud fleet serves, per model FLOP, measured energy per
// query or the roofline serving model, after the techniques and the rebound (docs/model.md §3).
#include "evaluate_phases.h"
#include "site_charging.h"

#include "format.h"
#include "serving_setup.h"
#include "text_translation.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::detail {
namespace {

/// The serving fleet's shared infrastructure: every provisioned device-hour at the fraction of the
/// site's busy draw (docs/model.md §17).
double infrastructureKwh(const DeploymentPhase &d, const ResolvedSite &site, double provisionedHours)
{
    return provisionedHours * d.infrastructure_power_fraction * site.avg_power_w.value / 1000.0;
}

/// One served query, for the dense FP16 model without NAS saving (the baseline) and as served.
struct ServedQuery
{
    double baseFlop = 0;
    double baseKwh = 0; ///< IT energy incl. idle capacity, baseline
    double hoursPerQuery = 0;
    double kwhPerQuery = 0; ///< IT energy incl. idle capacity, as served
    double idlePowerW = 0;
};

ServedQuery servedQuery(const DeploymentPhase &d, const ResolvedSite &site, const TechniqueFactors &tf, double peak16)
{
    const double busyPowerW = site.avg_power_w.value;
    ServedQuery q;
    q.baseFlop = d.flop_per_parameter_token * d.active_parameters * d.tokens_per_query;
    double baseHours = 0, baseBusyKwh = 0;
    if (d.mode == InferenceMode::ModelFlop) {
        const double throughput = peak16 * d.mfu;
        baseHours = throughput > 0 ? q.baseFlop / throughput / 3600.0 : 0;
        baseBusyKwh = baseHours * busyPowerW / 1000.0;
    } else {
        const bool atWall = d.energy_per_query_includes_pue && site.pue.value > 0;
        baseBusyKwh = d.energy_per_query_wh / 1000.0 / (atWall ? site.pue.value : 1.0);
        baseHours = busyPowerW > 0 ? baseBusyKwh * 1000.0 / busyPowerW : 0;
    }
    q.idlePowerW = busyPowerW * d.idle_power_fraction;
    const double idleShare = d.provisioning_factor - 1.0;
    q.baseKwh = baseBusyKwh + baseHours * idleShare * q.idlePowerW / 1000.0;
    q.hoursPerQuery = baseHours * tf.time;
    q.kwhPerQuery = baseBusyKwh * tf.time * tf.power + q.hoursPerQuery * idleShare * q.idlePowerW / 1000.0;
    return q;
}

/// Deployment in the roofline mode (docs/model.md §3.2): the fleet the load needs runs for the
/// service years at the power its utilization sets; the technique factors compare the model as
/// served with the dense FP16 model at the same load.
void evaluateRooflineDeployment(const Scenario &s, const ResolvedSite &site, const RealizationClass &rc,
                                const TechniqueFactors &tf, double nasKeep, const EvaluateOptions &options, Results &r)
{
    const auto &d = s.deployment;
    const std::string name(phaseLabel(Phase::Deployment));
    std::string problem;
    const auto served = servingSetupFor(s, *site.accelerator, rc, nasKeep, ServedAs::Served, &problem);
    const auto base = servingSetupFor(s, *site.accelerator, rc, nasKeep, ServedAs::Baseline, &problem);
    if (!served || !base) {
        r.caveats.push_back(translatedPattern("caveats", MLI_TR("caveats", "%1: %2; phase skipped"),
                                              {translatedText("mlimpact", name), problem}));
        return;
    }
    const double years = s.system.service_years;
    const double demandQueries = totalQueries(d.queries_per_day, d.query_growth_per_year, years);
    const auto atLoad = [&](const ServingSetup &setup, double queries) {
        return servingAtLoad(setup, averageRequestsPerSecond(queries, years), d.max_batch, d.replicas,
                             d.provisioning_factor);
    };
    // The technique factors on a replica kept full at the maximum batch: independent of the load,
    // so the demand response (rebound) to them does not depend on the demand itself.
    const auto full = [&d](const ServingSetup &setup) {
        const double fits = batchThatFits(setup, devicesPerReplica(setup));
        return servingAtBatch(setup, std::min(std::floor(d.max_batch), fits));
    };
    const ServingPoint basePoint = full(*base);
    const ServingPoint nominal = full(*served);
    const auto ratio = [](double a, double b) { return b > 0 ? a / b : 1.0; };
    r.technique = {ratio(nominal.flop_per_request, basePoint.flop_per_request),
                   ratio(nominal.device_s_per_request, basePoint.device_s_per_request),
                   1.0, // the busy draw per device is the same; utilization shows in time and energy
                   ratio(nominal.energy_per_request_j, basePoint.energy_per_request_j), tf.oneOffRuns};
    r.deploymentRebound =
        reboundOutcome(r.technique.energy_factor, options.rebound ? s.rebound.deployment_elasticity : 0.0);
    const double queries = demandQueries * options.held.deploymentDemand.value_or(r.deploymentRebound.demandMultiplier);
    const ServingPoint p = atLoad(*served, queries);
    if (d.replicas > 0 && p.replicas > std::floor(d.replicas))
        r.caveats.push_back(translatedPattern(
            "caveats", MLI_TR("caveats", "%1: %2 replicas cannot carry the load at the maximum batch; using %3"),
            {translatedText("mlimpact", name), formatNumber(std::floor(d.replicas)), formatNumber(p.replicas)}));

    const double wallHours = years * kHoursPerYear;
    const double provisioned = p.replicas * p.devices_per_replica * wallHours;
    const double busyHours = queries * p.device_s_per_request / 3600.0;
    PhaseChain &chain = chainOf(r, Phase::Deployment);
    chain.enabled = true;
    chain.hardware = d.site.hardware;
    chain.region = d.site.region;
    chain.flop = queries * p.flop_per_request;
    chain.busy_device_hours = busyHours;
    chain.provisioned_device_hours = provisioned;
    chain.wall_clock_hours = wallHours;
    chain.peak_tflops = served->hw.peak_flops / 1e12;
    chain.utilization = busyHours > 0 ? chain.flop / (busyHours * 3600.0 * served->hw.peak_flops) : 0.0;
    chain.avg_power_w = site.avg_power_w.value; // busy, incl. the node's host share, as the form shows
    chain.idle_power_w = served->hw.idle_power_w + served->hw.host_power_w;
    // Idle: the provisioned device-hours not at work, at the idle draw (docs/model.md §17).
    const ItEnergy it = fleetEnergy(provisioned * p.power_per_device_w / 1000.0, provisioned, busyHours,
                                    chain.idle_power_w, infrastructureKwh(d, site, provisioned));
    chargeSite(site, it, provisioned, 1.0, impactsOf(r, Phase::Deployment), chain);
    r.perQuery.queries = queries;
    r.perQuery.flop = p.flop_per_request;
}

} // namespace

void evaluateDeployment(const Scenario &s, const Catalog &catalog, const EvaluateOptions &options, Results &r)
{
    if (!s.deployment.enabled)
        return;
    const std::string_view name = phaseLabel(Phase::Deployment);
    const auto site =
        siteFor(*phaseSite(s, Phase::Deployment), catalog, name, r.caveats, hostShareOf(s, Phase::Deployment));
    if (!site)
        return;
    const auto &d = s.deployment;
    const Accelerator &acc = *site->accelerator;
    const RealizationClass &rc = realizationFor(catalog, acc.hardwareClass, r.caveats);
    const TechniqueFactors tf =
        withHeldRealization(servingFactors(s.efficiency, acc, rc, d.precision,
                                           options.held.nasInferenceKeep.value_or(nasInferenceKeep(s)), r.caveats),
                            options.held.servingTimePerCompute, options.held.servingPower);
    if (d.mode == InferenceMode::Roofline) {
        evaluateRooflineDeployment(s, *site, rc, tf, options.held.nasInferenceKeep.value_or(nasInferenceKeep(s)),
                                   options, r);
        return;
    }
    std::string peakCaveat;
    const double peak16 = peakFlopsAt(acc, Precision::Fp16, &peakCaveat);
    if (!peakCaveat.empty() && d.mode == InferenceMode::ModelFlop)
        r.caveats.push_back(phaseCaveat(name, peakCaveat));
    const ServedQuery q = servedQuery(d, *site, tf, peak16);

    r.technique = {tf.compute, tf.time, tf.power, q.baseKwh > 0 ? q.kwhPerQuery / q.baseKwh : 1.0, tf.oneOffRuns};
    r.deploymentRebound =
        reboundOutcome(r.technique.energy_factor, options.rebound ? s.rebound.deployment_elasticity : 0.0);
    const double years = s.system.service_years;
    const double queries = totalQueries(d.queries_per_day, d.query_growth_per_year, years) *
                           options.held.deploymentDemand.value_or(r.deploymentRebound.demandMultiplier);

    const double busyHours = queries * q.hoursPerQuery;
    const double provisioned = busyHours * d.provisioning_factor;
    PhaseChain &chain = chainOf(r, Phase::Deployment);
    chain.enabled = true;
    chain.hardware = d.site.hardware;
    chain.region = d.site.region;
    chain.flop =
        d.mode == InferenceMode::ModelFlop ? queries * q.baseFlop * tf.compute : busyHours * 3600.0 * peak16 * d.mfu;
    chain.busy_device_hours = busyHours;
    chain.provisioned_device_hours = provisioned;
    chain.wall_clock_hours = years * kHoursPerYear;
    chain.peak_tflops = peak16 / 1e12 / tf.precisionTime;
    chain.utilization = d.mfu;
    chain.avg_power_w = site->avg_power_w.value * tf.power;
    chain.idle_power_w = q.idlePowerW;
    const ItEnergy it = fleetEnergy(queries * q.kwhPerQuery, provisioned, busyHours, q.idlePowerW,
                                    infrastructureKwh(d, *site, provisioned));
    chargeSite(*site, it, provisioned, 1.0, impactsOf(r, Phase::Deployment), chain);
    r.perQuery.queries = queries;
    r.perQuery.flop = queries > 0 ? chain.flop / queries : 0;
}

} // namespace mlimpact::detail
