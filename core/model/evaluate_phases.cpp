// SPDX-License-Identifier: GPL-3.0-or-later
// The life-cycle phases, one function each (docs/model.md §2-§7).
#include "evaluate_phases.h"

#include "format.h"
#include "serving_setup.h"
#include "techniques.h"
#include "text_translation.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::detail {
namespace {

Impacts &impactsOf(Results &r, Phase p)
{
    return r.phases[static_cast<std::size_t>(p)];
}

PhaseChain &chainOf(Results &r, Phase p)
{
    return r.chains[static_cast<std::size_t>(p)];
}

/// "Training: <caveat>", the phase named in the installed language.
std::string phaseCaveat(std::string_view phaseName, const std::string &caveat)
{
    return translatedPattern("caveats", MLI_TR("caveats", "%1: %2"),
                             {translatedText("mlimpact", std::string(phaseName)), caveat});
}

/// The site of a data-centre phase with its values resolved, or nullopt (and a caveat) if
/// the catalog lacks one of its ids. Values the catalog lacks are counted as 0; collectMissingValues
/// says so once every phase is known.
std::optional<ResolvedSite> siteFor(const Site &site, const Catalog &catalog, std::string_view phaseName,
                                    std::vector<std::string> &caveats, HostShare host = HostShare::Server)
{
    ResolvedSite r = resolveSite(site, catalog, host);
    if (!r.complete()) {
        caveats.push_back(translatedPattern(
            "caveats", MLI_TR("caveats", "%1: unknown hardware, region, data-centre or server id; phase skipped"),
            {translatedText("mlimpact", std::string(phaseName))}));
        return std::nullopt;
    }
    return r;
}

/// The realization class of an accelerator; a neutral one (no gains, no losses) if the catalog lacks it.
const RealizationClass &realizationFor(const Catalog &catalog, std::string_view classId,
                                       std::vector<std::string> &caveats)
{
    static const RealizationClass neutral = [] {
        RealizationClass c;
        c.unstructured_sparse_kernel_efficiency = 1;
        c.unstructured_time_floor = 1;
        return c;
    }();
    if (const RealizationClass *rc = catalog.realization(classId))
        return *rc;
    caveats.push_back(translatedPattern(
        "caveats",
        MLI_TR("caveats", "Efficiency: no realization data for hardware class %1; techniques change compute only"),
        {classId}));
    return neutral;
}

/// The IT energy of a phase by what draws it (docs/model.md §17).
struct ItEnergy
{
    double devicesKwh = 0;        ///< the devices' own: at work and allocated but idle
    double idleKwh = 0;           ///< the part of it while idle
    double infrastructureKwh = 0; ///< shared storage, network, login nodes
    // The devices' energy is summed as before the split existed, so a phase without infrastructure
    // energy keeps its old figure exactly (dynamic - idle + idle need not round back to it).
    double total() const { return devicesKwh + infrastructureKwh; }
    double dynamic() const { return std::max(0.0, devicesKwh - idleKwh); }
};

/// A fleet's energy with the idle part of it: the provisioned hours not at work at the idle draw,
/// clamped so that the parts stay within the devices' energy. A difference below a billionth of the
/// provisioned hours is rounding (a roofline fleet at full batch), not idle time.
ItEnergy fleetEnergy(double devicesKwh, double provisionedHours, double busyHours, double idlePowerW,
                     double infrastructureKwh)
{
    const double idleHours = provisionedHours - busyHours;
    const double idleKwh = idleHours > 1e-9 * provisionedHours ? idleHours * idlePowerW / 1000.0 : 0.0;
    return {devicesKwh, std::clamp(idleKwh, 0.0, std::max(0.0, devicesKwh)), infrastructureKwh};
}

/// How a training-like phase holds its devices (docs/model.md §17).
struct Allocation
{
    double provisioningFactor = 1;
    double idlePowerFraction = 0;
    double infrastructurePowerFraction = 0;
};

template <class PhaseSettings> Allocation allocationOf(const PhaseSettings &p)
{
    return {p.provisioning_factor, p.idle_power_fraction, p.infrastructure_power_fraction};
}

/// A training-like phase's energy: the runs' own at busy draw, the allocated devices' idle time
/// at a fraction of it, and the shared infrastructure for every allocated device-hour.
struct AllocatedRun
{
    ItEnergy energy;
    double allocatedHours = 0;
};

AllocatedRun allocatedRun(double dynamicKwh, double busyHours, double busyPowerW, const Allocation &a)
{
    AllocatedRun r;
    r.allocatedHours = busyHours * a.provisioningFactor;
    const double idleKwh = (r.allocatedHours - busyHours) * a.idlePowerFraction * busyPowerW / 1000.0;
    r.energy = {dynamicKwh + idleKwh, idleKwh, r.allocatedHours * a.infrastructurePowerFraction * busyPowerW / 1000.0};
    return r;
}

/// Resource depletion and primary energy of a site: its facility energy times the grid's factors plus
/// its allocated share of manufacturing (docs/model.md, "Resource depletion and primary energy").
/// Needs the chain's facility energy and allocation share.
void chargeResources(const ResolvedSite &site, Impacts &out, PhaseChain &chain)
{
    chain.adpe_kg_sb_eq_per_kwh = site.adpe_kg_sb_eq_per_kwh.value;
    chain.primary_energy_mj_per_kwh = site.primary_energy_mj_per_kwh.value;
    chain.manufacturing_adpe_per_device_kg_sb_eq = site.manufacturing_adpe_kg_sb_eq.value;
    chain.manufacturing_primary_energy_per_device_mj = site.manufacturing_primary_energy_mj.value;
    out.adpe_kg_sb_eq = chain.facility_energy_kwh * chain.adpe_kg_sb_eq_per_kwh +
                        chain.allocation_share * chain.manufacturing_adpe_per_device_kg_sb_eq;
    out.primary_energy_mj = chain.facility_energy_kwh * chain.primary_energy_mj_per_kwh +
                            chain.allocation_share * chain.manufacturing_primary_energy_per_device_mj;
}

/// The host server's allocated embodied carbon, manufacturing water and retired mass (docs/model.md,
/// "Host servers"): the device-hours occupy device-hours / accelerators per server server-hours,
/// allocated over the server's own life and use rate. Energy is unchanged: the host's power is
/// already in each device's host share.
void chargeServer(const ResolvedSite &site, double provisionedHours, Impacts &out, PhaseChain &chain)
{
    if (!site.server)
        return;
    const Server &server = *site.server;
    chain.server = server.id;
    chain.accelerators_per_server = server.accelerators_per_server;
    chain.server_embodied_per_server_kgco2e = site.server_embodied_kgco2e.value;
    chain.server_lifetime_years = server.lifetime_years;
    chain.server_use_rate = server.use_rate;
    chain.server_mass_kg = site.server_mass_kg.value;
    chain.server_allocation_share = provisionedHours / server.accelerators_per_server / site.serverLifetimeUseHours();
    chain.server_embodied_kgco2e = chain.server_allocation_share * site.server_embodied_kgco2e.value;
    chain.server_water_manufacturing_l = chain.server_allocation_share * site.server_manufacturing_water_l.value;
    chain.server_ewaste_source_kg = chain.server_allocation_share * site.server_mass_kg.value;
    out.embodied_kgco2e += chain.server_embodied_kgco2e;
    out.water_manufacturing_l += chain.server_water_manufacturing_l;
    chain.ewaste_source_kg += chain.server_ewaste_source_kg;
}

/// Charges energy, carbon, water and allocated embodied impacts of a site (docs/model.md §4-§5).
/// `intensityFactor` scales the grid intensity (carbon-aware scheduling).
void chargeSite(const ResolvedSite &site, const ItEnergy &it, double provisionedHours, double intensityFactor,
                Impacts &out, PhaseChain &chain)
{
    const double itEnergyKwh = it.total();
    chain.dynamic_energy_kwh = it.dynamic();
    chain.idle_energy_kwh = it.idleKwh;
    chain.infrastructure_energy_kwh = it.infrastructureKwh;
    chain.it_energy_kwh = itEnergyKwh;
    chain.pue = site.pue.value;
    chain.facility_energy_kwh = itEnergyKwh * site.pue.value;
    chain.intensity_g_per_kwh = site.intensity_g_per_kwh.value * intensityFactor;
    chain.wue_l_per_kwh = site.wue_l_per_kwh.value;
    chain.ewif_l_per_kwh = site.ewif_l_per_kwh.value;
    chain.embodied_per_device_kgco2e = site.embodied_kgco2e.value;
    chain.allocation_share = provisionedHours / site.lifetimeUseHours();
    chain.ewaste_source_kg = chain.allocation_share * site.mass_kg.value;
    chain.lifetime_years = site.lifetime_years.value;
    chain.use_rate = site.use_rate.value;
    chain.mass_per_device_kg = site.mass_kg.value;

    out.energy_kwh = chain.facility_energy_kwh;
    out.operational_kgco2e = chain.facility_energy_kwh * chain.intensity_g_per_kwh / 1000.0;
    out.water_onsite_l = itEnergyKwh * site.wue_l_per_kwh.value;
    out.water_offsite_l = chain.facility_energy_kwh * site.ewif_l_per_kwh.value;
    out.embodied_kgco2e = chain.allocation_share * site.embodied_kgco2e.value;
    out.water_manufacturing_l = chain.allocation_share * site.manufacturing_water_l.value;
    chargeResources(site, out, chain);
    chargeServer(site, provisionedHours, out, chain);
}

/// Charges a training-like phase's runs on its site with the phase's allocation.
void chargeRuns(const ResolvedSite &site, double dynamicKwh, double busyHours, const Allocation &a,
                double intensityFactor, Impacts &out, PhaseChain &chain)
{
    const AllocatedRun run = allocatedRun(dynamicKwh, busyHours, site.avg_power_w.value, a);
    chain.provisioned_device_hours = run.allocatedHours;
    chargeSite(site, run.energy, run.allocatedHours, intensityFactor, out, chain);
}

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

/// Share of inference compute kept after the NAS saving.
double nasInferenceKeep(const Scenario &s)
{
    return s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
}

/// The technique factors with the bridge's held realization (compute realized at a fixed time per
/// compute and power), if any.
TechniqueFactors withHeldRealization(TechniqueFactors tf, const std::optional<double> &timePerCompute,
                                     const std::optional<double> &power)
{
    if (timePerCompute)
        tf.time = tf.compute * *timePerCompute;
    if (power)
        tf.power = *power;
    return tf;
}

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

/// The edge fleet's size and energy over the service years (docs/model.md §6).
struct EdgeFleet
{
    double units = 0;           ///< devices bought, all replacement cohorts
    double perDeviceDayKwh = 0; ///< charged to ML
    double energyKwh = 0;
};

EdgeFleet edgeFleet(const EdgePhase &e, const ResolvedEdge &site, const TechniqueFactors &tf, double years)
{
    EdgeFleet f;
    f.units = e.devices * std::ceil(years / site.lifetime_years.value - 1e-9);
    // Inference energy is the model's own; the rest of the device's running energy is
    // shared by ML share, so a device bought for the model (share 1) is not counted twice.
    const double inferenceKwh = e.inferences_per_device_per_day * e.energy_per_inference_j * tf.time / kJoulesPerKwh;
    const double deviceKwh = site.avg_power_w.value * e.hours_on_per_day / 1000.0;
    f.perDeviceDayKwh = inferenceKwh + e.ml_share * std::max(0.0, deviceKwh - inferenceKwh);
    f.energyKwh = e.devices * years * kDaysPerYear * f.perDeviceDayKwh;
    return f;
}

void fillEdgeChain(PhaseChain &chain, const Scenario &s, const ResolvedEdge &site, const EdgeFleet &fleet)
{
    const EdgePhase &e = s.edge;
    const double years = s.system.service_years;
    const double lifetime = site.lifetime_years.value;
    chain.enabled = true;
    chain.hardware = e.device;
    chain.region = e.region;
    chain.avg_power_w = site.avg_power_w.value;
    chain.it_energy_kwh = fleet.energyKwh;
    chain.facility_energy_kwh = fleet.energyKwh;
    chain.intensity_g_per_kwh = site.intensity_g_per_kwh.value;
    chain.ewif_l_per_kwh = site.ewif_l_per_kwh.value;
    chain.embodied_per_device_kgco2e = site.embodied_kgco2e.value;
    chain.allocation_share = e.ml_share;
    chain.units = fleet.units;
    chain.lifetime_years = lifetime;
    chain.mass_per_device_kg = site.mass_kg.value;
    chain.adpe_kg_sb_eq_per_kwh = site.adpe_kg_sb_eq_per_kwh.value;
    chain.primary_energy_mj_per_kwh = site.primary_energy_mj_per_kwh.value;
    chain.manufacturing_adpe_per_device_kg_sb_eq = site.manufacturing_adpe_kg_sb_eq.value;
    chain.manufacturing_primary_energy_per_device_mj = site.manufacturing_primary_energy_mj.value;
    const double retiredUnits =
        s.disposal.retire_at_end ? fleet.units : e.devices * std::floor(years / lifetime + 1e-9);
    chain.ewaste_source_kg = retiredUnits * chain.mass_per_device_kg * e.ml_share;
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

void evaluateEdge(const Scenario &s, const Catalog &catalog, const EvaluateOptions &options, Results &r)
{
    if (!s.edge.enabled)
        return;
    const ResolvedEdge site = resolveEdge(s.edge, catalog);
    if (!site.complete()) {
        r.caveats.push_back(translatedPattern("caveats",
                                              MLI_TR("caveats", "%1: unknown device or region id; phase skipped"),
                                              {translatedText("mlimpact", std::string(phaseLabel(Phase::Edge)))}));
        return;
    }
    const auto &e = s.edge;
    const RealizationClass &rc = realizationFor(catalog, edgeRealizationClass(site.device->deviceClass), r.caveats);
    const TechniqueFactors tf =
        withHeldRealization(edgeFactors(s.efficiency, rc, options.held.nasInferenceKeep.value_or(nasInferenceKeep(s))),
                            options.held.edgeTimePerCompute, std::nullopt);
    const double years = s.system.service_years;
    const EdgeFleet fleet = edgeFleet(e, site, tf, years);
    const double intensity = site.intensity_g_per_kwh.value;
    const double ewif = site.ewif_l_per_kwh.value;
    const double embodied = site.embodied_kgco2e.value;
    const double water = site.manufacturing_water_l.value;

    Impacts &out = impactsOf(r, Phase::Edge);
    out.energy_kwh = fleet.energyKwh;
    out.operational_kgco2e = fleet.energyKwh * intensity / 1000.0;
    out.water_offsite_l = fleet.energyKwh * ewif;
    out.embodied_kgco2e = fleet.units * embodied * e.ml_share;
    out.water_manufacturing_l = fleet.units * water * e.ml_share;
    PhaseChain &chain = chainOf(r, Phase::Edge);
    fillEdgeChain(chain, s, site, fleet);
    // Electricity plus the devices made (all replacement cohorts), as for embodied carbon.
    out.adpe_kg_sb_eq = fleet.energyKwh * chain.adpe_kg_sb_eq_per_kwh +
                        fleet.units * chain.manufacturing_adpe_per_device_kg_sb_eq * e.ml_share;
    out.primary_energy_mj = fleet.energyKwh * chain.primary_energy_mj_per_kwh +
                            fleet.units * chain.manufacturing_primary_energy_per_device_mj * e.ml_share;
    r.edge_inferences = e.devices * years * kDaysPerYear * e.inferences_per_device_per_day;
    r.edge_carbon_per_device_year_kg = out.carbon_kgco2e() / (e.devices * years);
    r.edgeDetail = {e.devices,
                    site.lifetime_years.value,
                    fleet.perDeviceDayKwh,
                    embodied * e.ml_share,
                    water * e.ml_share,
                    chain.mass_per_device_kg * e.ml_share,
                    intensity,
                    ewif,
                    chain.manufacturing_adpe_per_device_kg_sb_eq * e.ml_share,
                    chain.manufacturing_primary_energy_per_device_mj * e.ml_share,
                    chain.adpe_kg_sb_eq_per_kwh,
                    chain.primary_energy_mj_per_kwh};
}

void evaluateDisposal(const Scenario &s, Results &r)
{
    const double dataCentreEwaste = dataCentreEwasteKg(r);
    const PhaseChain &edge = r.chain(Phase::Edge);
    const double edgeEwaste = edge.enabled ? edge.ewaste_source_kg : 0.0;
    PhaseChain &chain = chainOf(r, Phase::Disposal);
    chain.enabled = s.disposal.enabled;
    if (!s.disposal.enabled) {
        r.caveats.push_back(translatedText(
            "caveats", MLI_TR("caveats", "Disposal excluded: retired hardware is not counted as e-waste")));
        return;
    }
    Impacts &out = impactsOf(r, Phase::Disposal);
    out.ewaste_kg = dataCentreEwaste + edgeEwaste;
    out.ewaste_unrecycled_kg = out.ewaste_kg * (1.0 - s.disposal.formal_recycling_rate);
    out.embodied_kgco2e = out.ewaste_kg * s.disposal.eol_kgco2e_per_kg;
    chain.ewaste_source_kg = out.ewaste_kg;
}

} // namespace mlimpact::detail
