// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "evaluate_detail.h"
#include "format.h"
#include "techniques.h"

#include <cmath>

namespace mlimpact {

namespace {

constexpr double kHoursPerYear = 8760.0;
constexpr double kDaysPerYear = 365.0;
constexpr double kJoulesPerKwh = 3.6e6;

/// Everything the model needs about where a data-centre phase runs, with
/// inline overrides applied over the catalog values.
struct ResolvedSite
{
    const Accelerator *accelerator = nullptr;
    const GridRegion *grid = nullptr;
    double busyPowerW = 0;
    double pue = 1;
    double wue = 0;
    double intensity = 0;
    double ewif = 0;
    double embodiedKg = 0;
    double lifetimeYears = 1;
    double useRate = 1;
    double massKg = 0;
    double waterL = 0;
    double lifetimeUseHours() const { return lifetimeYears * kHoursPerYear * useRate; }
};

std::optional<ResolvedSite> resolveSite(const Site &site, const Catalog &catalog, const std::string &phaseName,
                                        std::vector<std::string> &caveats)
{
    const Accelerator *acc = catalog.accelerator(site.hardware);
    const GridRegion *grid = catalog.gridRegion(site.region);
    const DatacenterType *dc = catalog.datacenterType(site.datacenter);
    if (!acc || !grid || !dc) {
        caveats.push_back(phaseName + ": unknown hardware, region or data-centre id; phase skipped");
        return std::nullopt;
    }
    ResolvedSite r;
    r.accelerator = acc;
    r.grid = grid;
    r.busyPowerW = site.avg_power_w.value_or(acc->tdp_w * site.load_fraction + acc->host_power_w);
    r.pue = site.pue.value_or(dc->pue);
    r.wue = site.wue_l_per_kwh.value_or(dc->wue_l_per_kwh);
    r.intensity = site.intensity_g_per_kwh.value_or(grid->intensity_g_per_kwh);
    if (site.ewif_l_per_kwh) {
        r.ewif = *site.ewif_l_per_kwh;
    } else if (grid->ewif_l_per_kwh) {
        r.ewif = *grid->ewif_l_per_kwh;
    } else {
        caveats.push_back(phaseName + ": no off-site water intensity for " + grid->name +
                          "; off-site water counted as 0");
    }
    if (site.embodied_kgco2e) {
        r.embodiedKg = *site.embodied_kgco2e;
    } else if (acc->embodied_kgco2e) {
        r.embodiedKg = *acc->embodied_kgco2e;
    } else {
        caveats.push_back(phaseName + ": embodied carbon of " + acc->name + " is not published; counted as 0");
    }
    r.lifetimeYears = site.lifetime_years.value_or(acc->lifetime_years);
    r.useRate = site.use_rate.value_or(acc->use_rate);
    r.massKg = acc->mass_kg.value_or(0);
    if (!acc->mass_kg)
        caveats.push_back(phaseName + ": mass of " + acc->name + " unknown; no e-waste counted for it");
    r.waterL = acc->manufacturing_water_l.value_or(0);
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
    caveats.push_back("Efficiency: no realization data for hardware class " + std::string(classId) +
                      "; techniques change compute only");
    return neutral;
}

/// Charges energy, carbon, water and allocated embodied impacts of a site.
/// `intensityFactor` scales the grid intensity (carbon-aware scheduling).
void chargeSite(const ResolvedSite &site, double itEnergyKwh, double provisionedHours, double intensityFactor,
                Impacts &out, PhaseChain &chain)
{
    chain.it_energy_kwh = itEnergyKwh;
    chain.pue = site.pue;
    chain.facility_energy_kwh = itEnergyKwh * site.pue;
    chain.intensity_g_per_kwh = site.intensity * intensityFactor;
    chain.wue_l_per_kwh = site.wue;
    chain.ewif_l_per_kwh = site.ewif;
    chain.embodied_per_device_kgco2e = site.embodiedKg;
    chain.allocation_share = provisionedHours / site.lifetimeUseHours();
    chain.ewaste_source_kg = chain.allocation_share * site.massKg;
    chain.lifetime_years = site.lifetimeYears;
    chain.use_rate = site.useRate;
    chain.mass_per_device_kg = site.massKg;

    out.energy_kwh = chain.facility_energy_kwh;
    out.operational_kgco2e = chain.facility_energy_kwh * chain.intensity_g_per_kwh / 1000.0;
    out.water_onsite_l = itEnergyKwh * site.wue;
    out.water_offsite_l = chain.facility_energy_kwh * site.ewif;
    out.embodied_kgco2e = chain.allocation_share * site.embodiedKg;
    out.water_manufacturing_l = chain.allocation_share * site.waterL;
}

/// Device-hours, FLOP and IT energy of one training-like run on a resolved site.
struct RunCost
{
    double flop = 0;
    double hours = 0;
    double itKwh = 0;
    RunCost scaled(double f) const { return {flop * f, hours * f, itKwh * f}; }
};

bool needsPeak(ComputeMode mode)
{
    return mode == ComputeMode::ParametersTokens || mode == ComputeMode::TotalFlop ||
           mode == ComputeMode::TrainingMultiple;
}

RunCost costOfWorkload(const Workload &w, double multipleFlop, const ResolvedSite &site, double peak)
{
    const double throughput = peak * w.mfu; // achieved FLOP/s per device
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
        c.hours = site.busyPowerW > 0 ? w.measured_energy_kwh * 1000.0 / site.busyPowerW : 0;
        c.flop = c.hours * 3600.0 * throughput;
        break;
    }
    c.itKwh = w.mode == ComputeMode::MeasuredEnergy ? w.measured_energy_kwh : c.hours * site.busyPowerW / 1000.0;
    return c;
}

/// Peak throughput for a workload; caveats only where the mode depends on it.
double workloadPeak(const Accelerator &acc, const Workload &w, const std::string &phaseName,
                    std::vector<std::string> &caveats)
{
    std::string caveat;
    const double peak = peakFlopsAt(acc, w.precision, &caveat);
    if (!caveat.empty() && needsPeak(w.mode))
        caveats.push_back(phaseName + ": " + caveat);
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
    chain.avg_power_w = rs.busyPowerW;
    chain.run_equivalents = runs;
}

} // namespace

std::string_view phaseKey(Phase phase)
{
    static constexpr std::string_view keys[] = {"development", "nas", "training", "deployment", "edge", "disposal"};
    return keys[static_cast<int>(phase)];
}

std::string_view phaseLabel(Phase phase)
{
    static constexpr std::string_view labels[] = {"Development", "NAS",        "Training",
                                                  "Deployment",  "Edge fleet", "Disposal"};
    return labels[static_cast<int>(phase)];
}

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
    return r;
}

double totalQueries(double queriesPerDay, double growthPerYear, double years)
{
    const double fullYears = std::floor(years);
    double yearFactor = 0;
    if (std::fabs(growthPerYear) < 1e-12) {
        yearFactor = years;
    } else {
        // expm1/log1p keep full precision for tiny growth rates ((1+g)^n - 1 would cancel).
        const double logGrowth = std::log1p(growthPerYear);
        yearFactor =
            std::expm1(fullYears * logGrowth) / growthPerYear + (years - fullYears) * std::exp(fullYears * logGrowth);
    }
    return queriesPerDay * kDaysPerYear * yearFactor;
}

Results evaluate(const Scenario &scenario, const Catalog &catalog)
{
    return detail::evaluateWith(scenario, catalog, {});
}

namespace detail {

Results evaluateWith(const Scenario &s, const Catalog &catalog, const EvaluateOptions &options)
{
    Results r;
    auto &caveats = r.caveats;
    const double years = s.system.service_years;
    auto phaseOut = [&r](Phase p) -> Impacts & { return r.phases[static_cast<int>(p)]; };
    auto phaseChain = [&r](Phase p) -> PhaseChain & { return r.chains[static_cast<int>(p)]; };

    // --- Training: the reference run that development, NAS and one-off costs are measured in.
    const double oneOffRuns = s.deployment.enabled ? techniqueOneOffRuns(s.efficiency, s.deployment.precision) : 0;
    const bool nasFromTraining = s.nas.enabled && s.nas.workload.mode == ComputeMode::TrainingMultiple;
    const bool needTraining = s.training.enabled || s.development.enabled || nasFromTraining || oneOffRuns > 0;
    std::vector<std::string> unused; // caveats of a site nothing depends on are not shown
    double trainingBaselineFlop = 0;
    const auto trainingSite = resolveSite(s.training.site, catalog, "Training", needTraining ? caveats : unused);
    if (trainingSite) {
        const double peak =
            workloadPeak(*trainingSite->accelerator, s.training.workload, "Training", needTraining ? caveats : unused);
        const RunCost baseline = costOfWorkload(s.training.workload, 0, *trainingSite, peak);
        trainingBaselineFlop = baseline.flop;
        const double trainKeep = s.nas.enabled ? 1.0 - s.nas.training_compute_saving : 1.0;
        const RunCost run = baseline.scaled(trainKeep);

        // Carbon-aware scheduling of one run on the region's hour-of-day profile.
        bool flat = true;
        const HourlyFactors &factors = hourlyFactors(*trainingSite->grid, s.training.schedule.season, &flat);
        r.schedule = scheduleJob(factors, run.hours / s.training.workload.devices,
                                 static_cast<int>(s.training.schedule.start_hour), s.training.schedule.window_hours,
                                 s.training.schedule.mode);
        r.training_intensity_now_g_per_kwh = trainingSite->intensity * r.schedule.nowFactor;
        if (needTraining && flat && s.training.schedule.mode != ScheduleMode::RunNow)
            caveats.push_back("Scheduling: no hourly profile for " + trainingSite->grid->name +
                              "; intensity assumed flat, so scheduling saves nothing");
        if (needTraining && r.schedule.windowTooShort)
            caveats.push_back("Scheduling: the training run is longer than its window; it runs now");

        const double runs = 1.0 + s.training.retrains_per_year * years * s.training.retrain_fraction;
        PhaseChain &chain = phaseChain(Phase::Training);
        fillRunChain(chain, s.training.site, s.training.workload, *trainingSite, peak, run, runs);
        chain.enabled = s.training.enabled;
        if (s.training.enabled)
            chargeSite(*trainingSite, run.itKwh * runs, run.hours * runs, r.schedule.usedFactor,
                       phaseOut(Phase::Training), chain);

        // --- Development: experiments x size, on the training site and schedule. Faster
        // training invites more experiments (development rebound); one-off technique costs add here.
        r.developmentRebound = reboundOutcome(trainKeep, options.rebound ? s.rebound.development_elasticity : 0.0);
        const double experimentRuns =
            s.development.experiments * s.development.fraction_of_training_run * r.developmentRebound.demandMultiplier;
        const double devRuns = s.development.enabled ? experimentRuns + oneOffRuns : 0.0;
        if (!s.development.enabled && oneOffRuns > 0)
            caveats.push_back("Efficiency: one-off technique costs belong to development, which is excluded");
        PhaseChain &devChain = phaseChain(Phase::Development);
        fillRunChain(devChain, s.training.site, s.training.workload, *trainingSite, peak, run, devRuns);
        devChain.enabled = s.development.enabled;
        if (devChain.enabled)
            chargeSite(*trainingSite, run.itKwh * devRuns, run.hours * devRuns, r.schedule.usedFactor,
                       phaseOut(Phase::Development), devChain);
    }

    // --- NAS: its own workload and site.
    if (s.nas.enabled) {
        if (const auto site = resolveSite(s.nas.site, catalog, "NAS", caveats)) {
            const double peak = workloadPeak(*site->accelerator, s.nas.workload, "NAS", caveats);
            const RunCost cost =
                costOfWorkload(s.nas.workload, s.nas.training_multiple * trainingBaselineFlop, *site, peak);
            PhaseChain &chain = phaseChain(Phase::Nas);
            fillRunChain(chain, s.nas.site, s.nas.workload, *site, peak, cost, 1.0);
            chain.enabled = true;
            chargeSite(*site, cost.itKwh, cost.hours, 1.0, phaseOut(Phase::Nas), chain);
        }
    }

    // --- Deployment: queries served by a provisioned fleet, after techniques and rebound.
    const double nasKeep = s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
    const double baseQueries = totalQueries(s.deployment.queries_per_day, s.deployment.query_growth_per_year, years);
    if (s.deployment.enabled) {
        if (const auto site = resolveSite(s.deployment.site, catalog, "Deployment", caveats)) {
            const auto &d = s.deployment;
            const Accelerator &acc = *site->accelerator;
            const RealizationClass &rc = realizationFor(catalog, acc.hardwareClass, caveats);
            const TechniqueFactors tf = servingFactors(s.efficiency, acc, rc, d.precision, nasKeep, caveats);
            std::string peakCaveat;
            const double peak16 = peakFlopsAt(acc, Precision::Fp16, &peakCaveat);
            if (!peakCaveat.empty() && d.mode == InferenceMode::ModelFlop)
                caveats.push_back("Deployment: " + peakCaveat);
            // Per query, for the dense FP16 model without NAS saving (the baseline) ...
            const double baseFlop = d.flop_per_parameter_token * d.active_parameters * d.tokens_per_query;
            double baseHours = 0, baseBusyKwh = 0;
            if (d.mode == InferenceMode::ModelFlop) {
                const double throughput = peak16 * d.mfu;
                baseHours = throughput > 0 ? baseFlop / throughput / 3600.0 : 0;
                baseBusyKwh = baseHours * site->busyPowerW / 1000.0;
            } else {
                baseBusyKwh = d.energy_per_query_wh / 1000.0;
                baseHours = site->busyPowerW > 0 ? baseBusyKwh * 1000.0 / site->busyPowerW : 0;
            }
            const double idlePowerW = site->busyPowerW * d.idle_power_fraction;
            const double idleShare = d.provisioning_factor - 1.0;
            const double baseKwh = baseBusyKwh + baseHours * idleShare * idlePowerW / 1000.0;
            // ... and as served.
            const double hoursPerQuery = baseHours * tf.time;
            const double kwhPerQuery =
                baseBusyKwh * tf.time * tf.power + hoursPerQuery * idleShare * idlePowerW / 1000.0;

            r.technique = {tf.compute, tf.time, tf.power, baseKwh > 0 ? kwhPerQuery / baseKwh : 1.0, tf.oneOffRuns};
            r.deploymentRebound =
                reboundOutcome(r.technique.energy_factor, options.rebound ? s.rebound.deployment_elasticity : 0.0);
            const double queries = baseQueries * r.deploymentRebound.demandMultiplier;

            const double busyHours = queries * hoursPerQuery;
            const double provisioned = busyHours * d.provisioning_factor;
            PhaseChain &chain = phaseChain(Phase::Deployment);
            chain.enabled = true;
            chain.hardware = d.site.hardware;
            chain.region = d.site.region;
            chain.flop = d.mode == InferenceMode::ModelFlop ? queries * baseFlop * tf.compute
                                                            : busyHours * 3600.0 * peak16 * d.mfu;
            chain.busy_device_hours = busyHours;
            chain.provisioned_device_hours = provisioned;
            chain.wall_clock_hours = years * kHoursPerYear;
            chain.peak_tflops = peak16 / 1e12 / tf.precisionTime;
            chain.utilization = d.mfu;
            chain.avg_power_w = site->busyPowerW * tf.power;
            chain.idle_power_w = idlePowerW;
            chargeSite(*site, queries * kwhPerQuery, provisioned, 1.0, phaseOut(Phase::Deployment), chain);
            r.perQuery.queries = queries;
            r.perQuery.flop = queries > 0 ? chain.flop / queries : 0;
        }
    }

    // --- Edge fleet: devices bought in cohorts, charged in full at purchase x ML share.
    if (s.edge.enabled) {
        const EdgeDevice *device = catalog.edgeDevice(s.edge.device);
        const GridRegion *grid = catalog.gridRegion(s.edge.region);
        if (!device || !grid) {
            caveats.push_back("Edge fleet: unknown device or region id; phase skipped");
        } else {
            const auto &e = s.edge;
            const RealizationClass &rc = realizationFor(catalog, edgeRealizationClass(device->deviceClass), caveats);
            const TechniqueFactors tf = edgeFactors(s.efficiency, rc, nasKeep);
            const double lifetime = e.lifetime_years.value_or(device->lifetime_years);
            const double units = e.devices * std::ceil(years / lifetime - 1e-9);
            const double powerW = e.avg_power_w ? *e.avg_power_w : device->avg_power_w.value_or(0);
            if (!e.avg_power_w && !device->avg_power_w)
                caveats.push_back("Edge fleet: power of " + device->name + " is not published; baseline counted as 0");
            // Inference energy is the model's own; the rest of the device's running energy is
            // shared by ML share, so a device bought for the model (share 1) is not counted twice.
            const double inferenceKwh =
                e.inferences_per_device_per_day * e.energy_per_inference_j * tf.time / kJoulesPerKwh;
            const double deviceKwh = powerW * e.hours_on_per_day / 1000.0;
            const double perDeviceDayKwh = inferenceKwh + e.ml_share * std::max(0.0, deviceKwh - inferenceKwh);
            const double energy = e.devices * years * kDaysPerYear * perDeviceDayKwh;
            const double intensity = e.intensity_g_per_kwh.value_or(grid->intensity_g_per_kwh);
            const double ewif = grid->ewif_l_per_kwh.value_or(0);
            if (!grid->ewif_l_per_kwh)
                caveats.push_back("Edge fleet: no off-site water intensity for " + grid->name + "; counted as 0");
            const double embodied = e.embodied_kgco2e ? *e.embodied_kgco2e : device->embodied_kgco2e.value_or(0);
            if (!e.embodied_kgco2e && !device->embodied_kgco2e)
                caveats.push_back("Edge fleet: embodied carbon of " + device->name + " is not published; counted as 0");
            if (!device->mass_kg)
                caveats.push_back("Edge fleet: mass of " + device->name + " is not published; no e-waste counted");
            if (!device->manufacturing_water_l)
                caveats.push_back("Edge fleet: manufacturing water of " + device->name +
                                  " is not published; counted as 0");

            Impacts &out = phaseOut(Phase::Edge);
            out.energy_kwh = energy;
            out.operational_kgco2e = energy * intensity / 1000.0;
            out.water_offsite_l = energy * ewif;
            out.embodied_kgco2e = units * embodied * e.ml_share;
            out.water_manufacturing_l = units * device->manufacturing_water_l.value_or(0) * e.ml_share;
            PhaseChain &chain = phaseChain(Phase::Edge);
            chain.enabled = true;
            chain.hardware = e.device;
            chain.region = e.region;
            chain.avg_power_w = powerW;
            chain.it_energy_kwh = energy;
            chain.facility_energy_kwh = energy;
            chain.intensity_g_per_kwh = intensity;
            chain.ewif_l_per_kwh = ewif;
            chain.embodied_per_device_kgco2e = embodied;
            chain.allocation_share = e.ml_share;
            chain.units = units;
            chain.lifetime_years = lifetime;
            chain.mass_per_device_kg = device->mass_kg.value_or(0);
            const double retiredUnits =
                s.disposal.retire_at_end ? units : e.devices * std::floor(years / lifetime + 1e-9);
            chain.ewaste_source_kg = retiredUnits * chain.mass_per_device_kg * e.ml_share;
            r.edge_inferences = e.devices * years * kDaysPerYear * e.inferences_per_device_per_day;
            r.edge_carbon_per_device_year_kg = out.carbon_kgco2e() / (e.devices * years);
            r.edgeDetail = {e.devices,
                            lifetime,
                            perDeviceDayKwh,
                            embodied * e.ml_share,
                            device->manufacturing_water_l.value_or(0) * e.ml_share,
                            chain.mass_per_device_kg * e.ml_share,
                            intensity,
                            ewif};
        }
    }

    // --- Disposal: all retired hardware becomes e-waste; only part is formally recycled.
    double dataCentreEwaste = 0;
    for (Phase p : {Phase::Development, Phase::Nas, Phase::Training, Phase::Deployment})
        dataCentreEwaste += r.chain(p).enabled ? r.chain(p).ewaste_source_kg : 0.0;
    const double edgeEwaste = r.chain(Phase::Edge).enabled ? r.chain(Phase::Edge).ewaste_source_kg : 0.0;
    PhaseChain &disposalChain = phaseChain(Phase::Disposal);
    disposalChain.enabled = s.disposal.enabled;
    if (s.disposal.enabled) {
        Impacts &out = phaseOut(Phase::Disposal);
        out.ewaste_kg = dataCentreEwaste + edgeEwaste;
        out.ewaste_unrecycled_kg = out.ewaste_kg * (1.0 - s.disposal.formal_recycling_rate);
        out.embodied_kgco2e = out.ewaste_kg * s.disposal.eol_kgco2e_per_kg;
        disposalChain.ewaste_source_kg = out.ewaste_kg;
    } else {
        caveats.push_back("Disposal excluded: retired hardware is not counted as e-waste");
    }

    for (const auto &phase : r.phases)
        r.totals += phase;

    // --- Derived metrics.
    const Impacts &dep = r.phase(Phase::Deployment);
    if (r.perQuery.queries > 0) {
        const double q = r.perQuery.queries;
        r.perQuery.energy_wh = dep.energy_kwh * 1000.0 / q;
        r.perQuery.carbon_g = dep.carbon_kgco2e() * 1000.0 / q;
        r.perQuery.water_ml = dep.water_l() * 1000.0 / q;
        const Impacts &disposal = r.phase(Phase::Disposal);
        const double dcDisposalShare = disposal.ewaste_kg > 0 ? dataCentreEwaste / disposal.ewaste_kg : 0.0;
        const double dcCarbon = r.phase(Phase::Development).carbon_kgco2e() + r.phase(Phase::Nas).carbon_kgco2e() +
                                r.phase(Phase::Training).carbon_kgco2e() + dep.carbon_kgco2e() +
                                disposal.carbon_kgco2e() * dcDisposalShare;
        r.perQuery.lifecycle_carbon_g = dcCarbon * 1000.0 / q;
    }
    const double devEnergy =
        r.phase(Phase::Development).energy_kwh + r.phase(Phase::Nas).energy_kwh + r.phase(Phase::Training).energy_kwh;
    const double devCarbon = r.phase(Phase::Development).carbon_kgco2e() + r.phase(Phase::Nas).carbon_kgco2e() +
                             r.phase(Phase::Training).carbon_kgco2e();
    r.deployment_to_development_energy = devEnergy > 0 ? dep.energy_kwh / devEnergy : 0;
    r.deployment_to_development_carbon = devCarbon > 0 ? dep.carbon_kgco2e() / devCarbon : 0;

    if (options.breakEven)
        computeBreakEvens(s, catalog, r);
    if (options.timeline)
        r.timeline = simulateTimeline(s, catalog, r);
    return r;
}

} // namespace detail
} // namespace mlimpact
