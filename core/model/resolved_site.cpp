// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolved_site.h"

#include <utility>

namespace mlimpact {
namespace {

constexpr double kHoursPerYear = 8760.0;

/// The override if set, else the catalog figure of `entry` (Missing if it has none).
template <class Entry>
ResolvedValue resolve(const std::optional<double> &override, const Entry *entry, CatalogSection section,
                      std::optional<double> catalogValue)
{
    ResolvedValue v;
    v.section = section;
    if (entry) {
        v.entryId = entry->id;
        v.catalogValue = catalogValue;
    }
    if (override) {
        v.value = *override;
        v.origin = ValueOrigin::Override;
    } else if (v.catalogValue) {
        v.value = *v.catalogValue;
        v.origin = ValueOrigin::Catalog;
    }
    return v;
}

/// A catalog figure of `entry`, or nullopt if the entry is unknown.
template <class Entry, class Field> std::optional<double> figure(const Entry *entry, Field Entry::*field)
{
    if (!entry)
        return std::nullopt;
    return entry->*field;
}

constexpr std::optional<double> kNoOverride;

/// The grid's and the hardware's resource-depletion and primary-energy figures (catalog only).
template <class Resolved, class Hardware>
void resolveResources(Resolved &r, const GridRegion *grid, const Hardware *hardware, CatalogSection section)
{
    constexpr auto g = CatalogSection::GridRegions;
    r.adpe_kg_sb_eq_per_kwh = resolve(kNoOverride, grid, g, figure(grid, &GridRegion::adpe_kg_sb_eq_per_kwh));
    r.primary_energy_mj_per_kwh = resolve(kNoOverride, grid, g, figure(grid, &GridRegion::primary_energy_mj_per_kwh));
    r.manufacturing_adpe_kg_sb_eq =
        resolve(kNoOverride, hardware, section, figure(hardware, &Hardware::manufacturing_adpe_kg_sb_eq));
    r.manufacturing_primary_energy_mj =
        resolve(kNoOverride, hardware, section, figure(hardware, &Hardware::manufacturing_primary_energy_mj));
}

/// Site override field -> its resolved value: the key that ties a form's row to the model's number.
constexpr std::pair<std::optional<double> Site::*, ResolvedValue ResolvedSite::*> kSiteFields[] = {
    {&Site::avg_power_w, &ResolvedSite::avg_power_w},
    {&Site::pue, &ResolvedSite::pue},
    {&Site::wue_l_per_kwh, &ResolvedSite::wue_l_per_kwh},
    {&Site::intensity_g_per_kwh, &ResolvedSite::intensity_g_per_kwh},
    {&Site::ewif_l_per_kwh, &ResolvedSite::ewif_l_per_kwh},
    {&Site::embodied_kgco2e, &ResolvedSite::embodied_kgco2e},
    {&Site::lifetime_years, &ResolvedSite::lifetime_years},
    {&Site::use_rate, &ResolvedSite::use_rate},
};

constexpr std::pair<std::optional<double> EdgePhase::*, ResolvedValue ResolvedEdge::*> kEdgeFields[] = {
    {&EdgePhase::avg_power_w, &ResolvedEdge::avg_power_w},
    {&EdgePhase::embodied_kgco2e, &ResolvedEdge::embodied_kgco2e},
    {&EdgePhase::lifetime_years, &ResolvedEdge::lifetime_years},
    {&EdgePhase::intensity_g_per_kwh, &ResolvedEdge::intensity_g_per_kwh},
};

/// The host server of a site: with one named, the accelerator's embodied carbon and mass are its
/// board figures (its catalog figures carry a generic server share the server now replaces).
void resolveServer(const Site &site, const Catalog &catalog, ResolvedSite &r)
{
    if (site.server.empty())
        return;
    const Server *server = r.server = catalog.server(site.server);
    r.serverUnknown = server == nullptr;
    const Accelerator *acc = r.accelerator;
    constexpr auto hw = CatalogSection::Accelerators;
    r.embodied_kgco2e = resolve(site.embodied_kgco2e, acc, hw, figure(acc, &Accelerator::board_embodied_kgco2e));
    r.embodied_kgco2e.catalogField = "board_embodied_kgco2e";
    r.mass_kg = resolve(kNoOverride, acc, hw, figure(acc, &Accelerator::board_mass_kg));
    r.mass_kg.catalogField = "board_mass_kg";
    constexpr auto srv = CatalogSection::Servers;
    const std::optional<double> embodied = server ? std::optional<double>(server->embodied_kgco2e) : std::nullopt;
    r.server_embodied_kgco2e = resolve(kNoOverride, server, srv, embodied);
    r.server_mass_kg = resolve(kNoOverride, server, srv, figure(server, &Server::mass_kg));
    r.server_manufacturing_water_l = resolve(kNoOverride, server, srv, figure(server, &Server::manufacturing_water_l));
}

} // namespace

HostShare hostShareOf(const Scenario &scenario, Phase phase)
{
    if (phase != Phase::Deployment || scenario.deployment.mode != InferenceMode::Roofline)
        return HostShare::Server;
    return scenario.deployment.include_host_power ? HostShare::Node : HostShare::None;
}

double hostPowerW(const Accelerator &acc, HostShare host)
{
    switch (host) {
    case HostShare::Server:
        return acc.host_power_w;
    case HostShare::Node:
        return acc.node_host_power_w.value_or(acc.host_power_w);
    case HostShare::None:
        return 0.0;
    }
    return acc.host_power_w;
}

double ResolvedSite::lifetimeUseHours() const
{
    return lifetime_years.value * kHoursPerYear * use_rate.value;
}

double ResolvedSite::serverLifetimeUseHours() const
{
    return server ? server->lifetime_years * kHoursPerYear * server->use_rate : 0.0;
}

const ResolvedValue *ResolvedSite::valueOf(std::optional<double> Site::*override) const
{
    for (const auto &[field, resolved] : kSiteFields) {
        if (field == override)
            return &(this->*resolved);
    }
    return nullptr;
}

const ResolvedValue *ResolvedEdge::valueOf(std::optional<double> EdgePhase::*override) const
{
    for (const auto &[field, resolved] : kEdgeFields) {
        if (field == override)
            return &(this->*resolved);
    }
    return nullptr;
}

ResolvedSite resolveSite(const Site &site, const Catalog &catalog, HostShare host)
{
    ResolvedSite r;
    const Accelerator *acc = r.accelerator = catalog.accelerator(site.hardware);
    const GridRegion *grid = r.grid = catalog.gridRegion(site.region);
    const DatacenterType *dc = r.datacenter = catalog.datacenterType(site.datacenter);
    constexpr auto hw = CatalogSection::Accelerators;
    const std::optional<double> hostPower = acc ? std::optional<double>(hostPowerW(*acc, host)) : std::nullopt;
    r.host_power_w = resolve(kNoOverride, acc, hw, hostPower);
    const std::optional<double> busyPower =
        acc ? std::optional<double>(acc->tdp_w * site.load_fraction + *hostPower) : std::nullopt;
    r.avg_power_w = resolve(site.avg_power_w, acc, hw, busyPower);
    r.pue = resolve(site.pue, dc, CatalogSection::DatacenterTypes, figure(dc, &DatacenterType::pue));
    r.wue_l_per_kwh =
        resolve(site.wue_l_per_kwh, dc, CatalogSection::DatacenterTypes, figure(dc, &DatacenterType::wue_l_per_kwh));
    r.intensity_g_per_kwh = resolve(site.intensity_g_per_kwh, grid, CatalogSection::GridRegions,
                                    figure(grid, &GridRegion::intensity_g_per_kwh));
    r.ewif_l_per_kwh =
        resolve(site.ewif_l_per_kwh, grid, CatalogSection::GridRegions, figure(grid, &GridRegion::ewif_l_per_kwh));
    r.embodied_kgco2e = resolve(site.embodied_kgco2e, acc, hw, figure(acc, &Accelerator::embodied_kgco2e));
    r.lifetime_years = resolve(site.lifetime_years, acc, hw, figure(acc, &Accelerator::lifetime_years));
    r.use_rate = resolve(site.use_rate, acc, hw, figure(acc, &Accelerator::use_rate));
    r.mass_kg = resolve(kNoOverride, acc, hw, figure(acc, &Accelerator::mass_kg));
    r.manufacturing_water_l = resolve(kNoOverride, acc, hw, figure(acc, &Accelerator::manufacturing_water_l));
    resolveResources(r, grid, acc, hw);
    resolveServer(site, catalog, r);
    return r;
}

ResolvedSite resolvePhaseSite(const Scenario &scenario, Phase phase, const Catalog &catalog)
{
    const Site *site = phaseSite(scenario, phase);
    return site ? resolveSite(*site, catalog, hostShareOf(scenario, phase)) : ResolvedSite{};
}

ResolvedEdge resolveEdge(const EdgePhase &edge, const Catalog &catalog)
{
    ResolvedEdge r;
    const EdgeDevice *device = r.device = catalog.edgeDevice(edge.device);
    const GridRegion *grid = r.grid = catalog.gridRegion(edge.region);
    constexpr auto dev = CatalogSection::EdgeDevices;
    r.avg_power_w = resolve(edge.avg_power_w, device, dev, figure(device, &EdgeDevice::avg_power_w));
    r.embodied_kgco2e = resolve(edge.embodied_kgco2e, device, dev, figure(device, &EdgeDevice::embodied_kgco2e));
    r.lifetime_years = resolve(edge.lifetime_years, device, dev, figure(device, &EdgeDevice::lifetime_years));
    r.intensity_g_per_kwh = resolve(edge.intensity_g_per_kwh, grid, CatalogSection::GridRegions,
                                    figure(grid, &GridRegion::intensity_g_per_kwh));
    r.ewif_l_per_kwh =
        resolve(kNoOverride, grid, CatalogSection::GridRegions, figure(grid, &GridRegion::ewif_l_per_kwh));
    r.mass_kg = resolve(kNoOverride, device, dev, figure(device, &EdgeDevice::mass_kg));
    r.manufacturing_water_l = resolve(kNoOverride, device, dev, figure(device, &EdgeDevice::manufacturing_water_l));
    resolveResources(r, grid, device, dev);
    return r;
}

} // namespace mlimpact
