// SPDX-License-Identifier: GPL-3.0-or-later
// The devices: the edge fleet, bought in replacement cohorts and charged at its ML share, and
// disposal, the retired hardware of every other phase as e-waste (docs/model.md §6, §7).
#include "evaluate_phases.h"
#include "site_charging.h"

#include "text_translation.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::detail {
namespace {

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
