// SPDX-License-Identifier: GPL-3.0-or-later
// What the phases share: a site resolved with its caveats, the realization class, and the charging
// of a site's energy, carbon, water, resources and allocated hardware (docs/model.md §4, §5, §9,
// §17, §19, §20).
#include "site_charging.h"

#include "text_translation.h"

namespace mlimpact::detail {
namespace {

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

} // namespace

std::string phaseCaveat(std::string_view phaseName, const std::string &caveat)
{
    return translatedPattern("caveats", MLI_TR("caveats", "%1: %2"),
                             {translatedText("mlimpact", std::string(phaseName)), caveat});
}

std::optional<ResolvedSite> siteFor(const Site &site, const Catalog &catalog, std::string_view phaseName,
                                    std::vector<std::string> &caveats, HostShare host)
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

const RealizationClass &neutralRealization()
{
    static const RealizationClass neutral = [] {
        RealizationClass c;
        c.unstructured_sparse_kernel_efficiency = 1;
        c.unstructured_time_floor = 1;
        return c;
    }();
    return neutral;
}

const RealizationClass &realizationFor(const Catalog &catalog, std::string_view classId,
                                       std::vector<std::string> &caveats)
{
    if (const RealizationClass *rc = catalog.realization(classId))
        return *rc;
    caveats.push_back(translatedPattern(
        "caveats",
        MLI_TR("caveats", "Efficiency: no realization data for hardware class %1; techniques change compute only"),
        {classId}));
    return neutralRealization();
}

ItEnergy fleetEnergy(double devicesKwh, double provisionedHours, double busyHours, double idlePowerW,
                     double infrastructureKwh)
{
    const double idleHours = provisionedHours - busyHours;
    const double idleKwh = idleHours > 1e-9 * provisionedHours ? idleHours * idlePowerW / 1000.0 : 0.0;
    return {devicesKwh, std::clamp(idleKwh, 0.0, std::max(0.0, devicesKwh)), infrastructureKwh};
}

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

void chargeRuns(const ResolvedSite &site, double dynamicKwh, double busyHours, const Allocation &a,
                double intensityFactor, Impacts &out, PhaseChain &chain)
{
    const AllocatedRun run = allocatedRun(dynamicKwh, busyHours, site.avg_power_w.value, a);
    chain.provisioned_device_hours = run.allocatedHours;
    chargeSite(site, run.energy, run.allocatedHours, intensityFactor, out, chain);
}

} // namespace mlimpact::detail
