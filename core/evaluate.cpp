// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"

#include "format.h"

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
    double busyPowerW = 0;
    double pue = 1;
    double wue = 0;
    double intensity = 0;
    double ewif = 0;
    double embodiedKg = 0;
    double lifetimeUseHours = 1; // lifetime x use rate, the allocation denominator
    double massKg = 0;
    double waterL = 0;
};

std::optional<ResolvedSite> resolveSite(const Site &site, const Catalog &catalog, std::string_view phaseName,
                                        std::vector<std::string> &caveats)
{
    const Accelerator *acc = catalog.accelerator(site.hardware);
    const GridRegion *grid = catalog.gridRegion(site.region);
    const DatacenterType *dc = catalog.datacenterType(site.datacenter);
    if (!acc || !grid || !dc) {
        caveats.push_back(std::string(phaseName) + ": unknown hardware, region or data-centre id; phase skipped");
        return std::nullopt;
    }
    ResolvedSite r;
    r.accelerator = acc;
    r.busyPowerW = site.avg_power_w.value_or(acc->tdp_w * site.load_fraction + acc->host_power_w);
    r.pue = site.pue.value_or(dc->pue);
    r.wue = site.wue_l_per_kwh.value_or(dc->wue_l_per_kwh);
    r.intensity = site.intensity_g_per_kwh.value_or(grid->intensity_g_per_kwh);
    if (site.ewif_l_per_kwh) {
        r.ewif = *site.ewif_l_per_kwh;
    } else if (grid->ewif_l_per_kwh) {
        r.ewif = *grid->ewif_l_per_kwh;
    } else {
        caveats.push_back(std::string(phaseName) + ": no off-site water intensity for " + grid->name +
                          "; off-site water counted as 0");
    }
    if (site.embodied_kgco2e) {
        r.embodiedKg = *site.embodied_kgco2e;
    } else if (acc->embodied_kgco2e) {
        r.embodiedKg = *acc->embodied_kgco2e;
    } else {
        caveats.push_back(std::string(phaseName) + ": embodied carbon of " + acc->name +
                          " is not published; counted as 0");
    }
    r.lifetimeUseHours =
        site.lifetime_years.value_or(acc->lifetime_years) * kHoursPerYear * site.use_rate.value_or(acc->use_rate);
    r.massKg = acc->mass_kg.value_or(0);
    if (!acc->mass_kg)
        caveats.push_back(std::string(phaseName) + ": mass of " + acc->name + " unknown; no e-waste counted for it");
    r.waterL = acc->manufacturing_water_l.value_or(0);
    return r;
}

/// Peak FLOP/s at a precision, falling back to the next wider native precision
/// (an unsupported format brings no speed-up, MODEL.md §1).
double peakFlops(const Accelerator &acc, Precision precision, std::string_view phaseName,
                 std::vector<std::string> &caveats)
{
    for (int p = static_cast<int>(precision); p >= 0; --p) {
        if (acc.peak_tflops[p]) {
            if (p != static_cast<int>(precision))
                caveats.push_back(std::string(phaseName) + ": " + acc.name + " has no native " +
                                  std::string(precisionKey(precision)) + "; using its " +
                                  std::string(precisionKey(static_cast<Precision>(p))) + " throughput");
            return *acc.peak_tflops[p] * 1e12;
        }
    }
    for (int p = static_cast<int>(precision) + 1; p < kPrecisionCount; ++p) {
        if (acc.peak_tflops[p])
            return *acc.peak_tflops[p] * 1e12; // only reduced-precision peaks known
    }
    caveats.push_back(std::string(phaseName) + ": no peak throughput known for " + acc.name +
                      "; give compute as accelerator-hours or measured energy");
    return 0;
}

/// Charges energy, carbon, water and allocated embodied impacts of a site.
void chargeSite(const ResolvedSite &site, double itEnergyKwh, double provisionedHours, Impacts &out,
                PhaseChain &chain)
{
    chain.it_energy_kwh = itEnergyKwh;
    chain.pue = site.pue;
    chain.facility_energy_kwh = itEnergyKwh * site.pue;
    chain.intensity_g_per_kwh = site.intensity;
    chain.wue_l_per_kwh = site.wue;
    chain.ewif_l_per_kwh = site.ewif;
    chain.embodied_per_device_kgco2e = site.embodiedKg;
    chain.allocation_share = provisionedHours / site.lifetimeUseHours;
    chain.ewaste_source_kg = chain.allocation_share * site.massKg;

    out.energy_kwh = chain.facility_energy_kwh;
    out.operational_kgco2e = chain.facility_energy_kwh * site.intensity / 1000.0;
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
};

RunCost costOfWorkload(const Workload &w, double flopOverride, const ResolvedSite &site, double peak)
{
    const double throughput = peak * w.mfu; // achieved FLOP/s per device
    RunCost c;
    switch (w.mode) {
    case ComputeMode::ParametersTokens:
        c.flop = w.flop_per_parameter_token * w.active_parameters * w.tokens;
        c.hours = throughput > 0 ? c.flop / throughput / 3600.0 : 0;
        c.itKwh = c.hours * site.busyPowerW / 1000.0;
        break;
    case ComputeMode::TotalFlop:
    case ComputeMode::TrainingMultiple:
        c.flop = w.mode == ComputeMode::TotalFlop ? w.total_flop : flopOverride;
        c.hours = throughput > 0 ? c.flop / throughput / 3600.0 : 0;
        c.itKwh = c.hours * site.busyPowerW / 1000.0;
        break;
    case ComputeMode::AcceleratorHours:
        c.hours = w.accelerator_hours;
        c.flop = c.hours * 3600.0 * throughput;
        c.itKwh = c.hours * site.busyPowerW / 1000.0;
        break;
    case ComputeMode::MeasuredEnergy:
        c.itKwh = w.measured_energy_kwh;
        c.hours = site.busyPowerW > 0 ? c.itKwh * 1000.0 / site.busyPowerW : 0;
        c.flop = c.hours * 3600.0 * throughput;
        break;
    }
    return c;
}

void fillRunChain(PhaseChain &chain, const Site &site, const Workload &w, const ResolvedSite &rs, double peak,
                  const RunCost &cost, double runs)
{
    chain.enabled = true;
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
    static constexpr std::string_view labels[] = {"Development", "NAS", "Training", "Deployment", "Edge fleet",
                                                  "Disposal"};
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
    if (growthPerYear == 0.0) {
        yearFactor = years;
    } else {
        const double g = 1.0 + growthPerYear;
        yearFactor = (std::pow(g, fullYears) - 1.0) / growthPerYear + (years - fullYears) * std::pow(g, fullYears);
    }
    return queriesPerDay * kDaysPerYear * yearFactor;
}

Results evaluate(const Scenario &s, const Catalog &catalog)
{
    Results r;
    auto &caveats = r.caveats;
    const double years = s.system.service_years;

    // --- Training: the reference run that development and NAS are measured against.
    RunCost trainingRun{};         // one final run, after any NAS training saving
    double trainingBaselineFlop = 0; // one final run without the NAS saving
    const auto trainingSite = resolveSite(s.training.site, catalog, "Training", caveats);
    double trainingPeak = 0;
    if (trainingSite) {
        trainingPeak = peakFlops(*trainingSite->accelerator, s.training.workload.precision, "Training", caveats);
        trainingRun = costOfWorkload(s.training.workload, 0, *trainingSite, trainingPeak);
        trainingBaselineFlop = trainingRun.flop;
        if (s.nas.enabled && s.nas.training_compute_saving > 0) {
            const double keep = 1.0 - s.nas.training_compute_saving;
            trainingRun.flop *= keep;
            trainingRun.hours *= keep;
            trainingRun.itKwh *= keep;
        }
        const double runs = 1.0 + s.training.retrains_per_year * years * s.training.retrain_fraction;
        auto &chain = r.chains[static_cast<int>(Phase::Training)];
        fillRunChain(chain, s.training.site, s.training.workload, *trainingSite, trainingPeak, trainingRun, runs);
        chain.enabled = s.training.enabled;
        if (s.training.enabled)
            chargeSite(*trainingSite, trainingRun.itKwh * runs, trainingRun.hours * runs,
                       r.phases[static_cast<int>(Phase::Training)], chain);

        // --- Development: experiments x average size, on the training site.
        auto &devChain = r.chains[static_cast<int>(Phase::Development)];
        const double devRuns = s.development.experiments * s.development.fraction_of_training_run;
        fillRunChain(devChain, s.training.site, s.training.workload, *trainingSite, trainingPeak, trainingRun, devRuns);
        devChain.enabled = s.development.enabled;
        if (s.development.enabled)
            chargeSite(*trainingSite, trainingRun.itKwh * devRuns, trainingRun.hours * devRuns,
                       r.phases[static_cast<int>(Phase::Development)], devChain);
    }

    // --- NAS: its own workload and site.
    if (s.nas.enabled) {
        if (const auto site = resolveSite(s.nas.site, catalog, "NAS", caveats)) {
            const double peak = peakFlops(*site->accelerator, s.nas.workload.precision, "NAS", caveats);
            const RunCost cost =
                costOfWorkload(s.nas.workload, s.nas.training_multiple * trainingBaselineFlop, *site, peak);
            auto &chain = r.chains[static_cast<int>(Phase::Nas)];
            fillRunChain(chain, s.nas.site, s.nas.workload, *site, peak, cost, 1.0);
            chargeSite(*site, cost.itKwh, cost.hours, r.phases[static_cast<int>(Phase::Nas)], chain);
        }
    }

    // --- Deployment: queries served by a provisioned fleet.
    const double queries = totalQueries(s.deployment.queries_per_day, s.deployment.query_growth_per_year, years);
    if (s.deployment.enabled) {
        if (const auto site = resolveSite(s.deployment.site, catalog, "Deployment", caveats)) {
            const auto &d = s.deployment;
            const double nasKeep = s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
            const double peak = peakFlops(*site->accelerator, d.precision, "Deployment", caveats);
            auto &chain = r.chains[static_cast<int>(Phase::Deployment)];
            double busyHours = 0, busyKwh = 0, flopPerQuery = 0;
            if (d.mode == InferenceMode::ModelFlop) {
                flopPerQuery = d.flop_per_parameter_token * d.active_parameters * d.tokens_per_query * nasKeep;
                const double throughput = peak * d.mfu;
                busyHours = throughput > 0 ? queries * flopPerQuery / throughput / 3600.0 : 0;
                busyKwh = busyHours * site->busyPowerW / 1000.0;
            } else {
                busyKwh = queries * d.energy_per_query_wh * nasKeep / 1000.0;
                busyHours = site->busyPowerW > 0 ? busyKwh * 1000.0 / site->busyPowerW : 0;
                flopPerQuery = queries > 0 ? busyHours * 3600.0 * peak * d.mfu / queries : 0;
            }
            const double provisioned = busyHours * d.provisioning_factor;
            const double idlePowerW = site->busyPowerW * d.idle_power_fraction;
            const double itKwh = busyKwh + (provisioned - busyHours) * idlePowerW / 1000.0;
            chain.enabled = true;
            chain.hardware = d.site.hardware;
            chain.region = d.site.region;
            chain.flop = flopPerQuery * queries;
            chain.busy_device_hours = busyHours;
            chain.provisioned_device_hours = provisioned;
            chain.wall_clock_hours = years * kHoursPerYear;
            chain.peak_tflops = peak / 1e12;
            chain.utilization = d.mfu;
            chain.avg_power_w = site->busyPowerW;
            chain.idle_power_w = idlePowerW;
            chargeSite(*site, itKwh, provisioned, r.phases[static_cast<int>(Phase::Deployment)], chain);
            r.perQuery.flop = flopPerQuery;
        }
    }
    r.perQuery.queries = s.deployment.enabled ? queries : 0;

    // --- Edge fleet: devices bought in cohorts, charged in full at purchase x ML share.
    if (s.edge.enabled) {
        const EdgeDevice *device = catalog.edgeDevice(s.edge.device);
        const GridRegion *grid = catalog.gridRegion(s.edge.region);
        if (!device || !grid) {
            caveats.push_back("Edge fleet: unknown device or region id; phase skipped");
        } else {
            const auto &e = s.edge;
            const double lifetime = e.lifetime_years.value_or(device->lifetime_years);
            const double cohorts = std::ceil(years / lifetime - 1e-9);
            const double units = e.devices * cohorts;
            const double powerW = e.avg_power_w ? *e.avg_power_w : device->avg_power_w.value_or(0);
            if (!e.avg_power_w && !device->avg_power_w)
                caveats.push_back("Edge fleet: power of " + device->name + " is not published; baseline power counted as 0");
            const double perDeviceDayKwh =
                e.inferences_per_device_per_day * e.energy_per_inference_j / kJoulesPerKwh + e.ml_share * powerW * 24.0 / 1000.0;
            const double energy = e.devices * years * kDaysPerYear * perDeviceDayKwh;
            const double intensity = e.intensity_g_per_kwh.value_or(grid->intensity_g_per_kwh);
            const double ewif = grid->ewif_l_per_kwh.value_or(0);
            if (!grid->ewif_l_per_kwh)
                caveats.push_back("Edge fleet: no off-site water intensity for " + grid->name + "; counted as 0");
            const double embodied = e.embodied_kgco2e ? *e.embodied_kgco2e : device->embodied_kgco2e.value_or(0);
            if (!e.embodied_kgco2e && !device->embodied_kgco2e)
                caveats.push_back("Edge fleet: embodied carbon of " + device->name + " is not published; counted as 0");
            Impacts &out = r.phases[static_cast<int>(Phase::Edge)];
            out.energy_kwh = energy;
            out.operational_kgco2e = energy * intensity / 1000.0;
            out.water_offsite_l = energy * ewif;
            out.embodied_kgco2e = units * embodied * e.ml_share;
            out.water_manufacturing_l = units * device->manufacturing_water_l.value_or(0) * e.ml_share;
            auto &chain = r.chains[static_cast<int>(Phase::Edge)];
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
            const double retiredUnits = s.disposal.retire_at_end ? units : e.devices * std::floor(years / lifetime + 1e-9);
            chain.ewaste_source_kg = retiredUnits * device->mass_kg.value_or(0) * e.ml_share;
            r.edge_inferences = e.devices * years * kDaysPerYear * e.inferences_per_device_per_day;
            r.edge_carbon_per_device_year_kg = out.carbon_kgco2e() / (e.devices * years);
        }
    }

    // --- Disposal: all retired hardware becomes e-waste; only part is formally recycled.
    double dataCentreEwaste = 0;
    for (Phase p : {Phase::Development, Phase::Nas, Phase::Training, Phase::Deployment})
        dataCentreEwaste += r.chain(p).enabled ? r.chain(p).ewaste_source_kg : 0.0;
    const double edgeEwaste = r.chain(Phase::Edge).enabled ? r.chain(Phase::Edge).ewaste_source_kg : 0.0;
    auto &disposalChain = r.chains[static_cast<int>(Phase::Disposal)];
    disposalChain.enabled = s.disposal.enabled;
    if (s.disposal.enabled) {
        Impacts &out = r.phases[static_cast<int>(Phase::Disposal)];
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
    const double devEnergy = r.phase(Phase::Development).energy_kwh + r.phase(Phase::Nas).energy_kwh +
                             r.phase(Phase::Training).energy_kwh;
    const double devCarbon = r.phase(Phase::Development).carbon_kgco2e() + r.phase(Phase::Nas).carbon_kgco2e() +
                             r.phase(Phase::Training).carbon_kgco2e();
    r.deployment_to_development_energy = devEnergy > 0 ? dep.energy_kwh / devEnergy : 0;
    r.deployment_to_development_carbon = devCarbon > 0 ? dep.carbon_kgco2e() / devCarbon : 0;
    return r;
}

} // namespace mlimpact
