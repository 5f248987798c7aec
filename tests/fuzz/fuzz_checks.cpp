// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_checks.h"

#include "evaluate.h"
#include "insights.h"
#include "report.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace mlimpact::fuzz {

namespace {

[[noreturn]] void fail(const std::string &what, double value)
{
    // Printed before aborting so the finding names the field; libFuzzer then saves the input.
    std::fprintf(stderr, "fuzz check failed: %s = %.17g\n", what.c_str(), value);
    std::abort();
}

/// A quantity: finite and >= 0.
void quantity(double value, const std::string &what)
{
    if (!std::isfinite(value) || value < 0)
        fail(what, value);
}

/// A signed figure (a saving can be negative): finite.
void finite(double value, const std::string &what)
{
    if (!std::isfinite(value))
        fail(what, value);
}

/// >= 0, where +infinity means "never" (break-even, payback).
void quantityOrNever(double value, const std::string &what)
{
    if (std::isnan(value) || value < 0)
        fail(what, value);
}

void impacts(const Impacts &i, const std::string &where)
{
    quantity(i.energy_kwh, where + ".energy_kwh");
    quantity(i.operational_kgco2e, where + ".operational_kgco2e");
    quantity(i.embodied_kgco2e, where + ".embodied_kgco2e");
    quantity(i.water_onsite_l, where + ".water_onsite_l");
    quantity(i.water_offsite_l, where + ".water_offsite_l");
    quantity(i.water_manufacturing_l, where + ".water_manufacturing_l");
    quantity(i.ewaste_kg, where + ".ewaste_kg");
    quantity(i.ewaste_unrecycled_kg, where + ".ewaste_unrecycled_kg");
    quantity(i.adpe_kg_sb_eq, where + ".adpe_kg_sb_eq");
    quantity(i.primary_energy_mj, where + ".primary_energy_mj");
}

void chain(const PhaseChain &c, const std::string &where)
{
    const std::pair<double, const char *> fields[] = {
        {c.flop, "flop"},
        {c.busy_device_hours, "busy_device_hours"},
        {c.provisioned_device_hours, "provisioned_device_hours"},
        {c.wall_clock_hours, "wall_clock_hours"},
        {c.peak_tflops, "peak_tflops"},
        {c.utilization, "utilization"},
        {c.avg_power_w, "avg_power_w"},
        {c.idle_power_w, "idle_power_w"},
        {c.it_energy_kwh, "it_energy_kwh"},
        {c.pue, "pue"},
        {c.facility_energy_kwh, "facility_energy_kwh"},
        {c.intensity_g_per_kwh, "intensity_g_per_kwh"},
        {c.wue_l_per_kwh, "wue_l_per_kwh"},
        {c.ewif_l_per_kwh, "ewif_l_per_kwh"},
        {c.embodied_per_device_kgco2e, "embodied_per_device_kgco2e"},
        {c.allocation_share, "allocation_share"},
        {c.units, "units"},
        {c.run_equivalents, "run_equivalents"},
        {c.ewaste_source_kg, "ewaste_source_kg"},
        {c.adpe_kg_sb_eq_per_kwh, "adpe_kg_sb_eq_per_kwh"},
        {c.primary_energy_mj_per_kwh, "primary_energy_mj_per_kwh"},
        {c.manufacturing_adpe_per_device_kg_sb_eq, "manufacturing_adpe_per_device_kg_sb_eq"},
        {c.manufacturing_primary_energy_per_device_mj, "manufacturing_primary_energy_per_device_mj"},
        {c.lifetime_years, "lifetime_years"},
        {c.use_rate, "use_rate"},
        {c.mass_per_device_kg, "mass_per_device_kg"},
    };
    for (const auto &[value, name] : fields)
        quantity(value, where + "." + name);
}

void rebound(const ReboundOutcome &o, const std::string &where)
{
    quantity(o.costFactor, where + ".costFactor");
    quantity(o.elasticity, where + ".elasticity");
    quantity(o.demandMultiplier, where + ".demandMultiplier");
    finite(o.expectedSaving, where + ".expectedSaving");
    finite(o.realizedSaving, where + ".realizedSaving");
    finite(o.reboundFraction, where + ".reboundFraction");
}

} // namespace

std::uint64_t inputHash(const std::uint8_t *data, std::size_t size)
{
    std::uint64_t h = 14695981039346656037ull;
    for (std::size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 1099511628211ull;
    return h;
}

AnalysisRequest requestFor(const Catalog &catalog, std::uint64_t seed)
{
    static constexpr Phase regionPhases[] = {Phase::Training, Phase::Nas, Phase::Deployment, Phase::Edge};
    AnalysisRequest request;
    request.technique = static_cast<Technique>(seed % kTechniqueCount);
    seed /= kTechniqueCount;
    request.regionPhase = regionPhases[seed % 4];
    seed /= 4;
    request.sweepPoints = 2 + static_cast<int>(seed % 47); // 2..48 (the window asks for 48)
    seed /= 47;
    // Mostly the scenario's serving hardware, as the window starts; sometimes an accelerator or edge
    // device picked from the catalog.
    const auto devices = triadHardwareChoices(catalog);
    if (seed % 4 == 0 && !devices.empty())
        request.hardware = devices[(seed / 4) % devices.size()].key;
    return request;
}

void checkResults(const Results &r)
{
    for (Phase p : kAllPhases) {
        const std::string name(phaseKey(p));
        impacts(r.phase(p), "phases." + name);
        chain(r.chain(p), "chains." + name);
    }
    impacts(r.totals, "totals");

    quantity(r.perQuery.queries, "perQuery.queries");
    quantity(r.perQuery.flop, "perQuery.flop");
    quantity(r.perQuery.energy_wh, "perQuery.energy_wh");
    quantity(r.perQuery.carbon_g, "perQuery.carbon_g");
    quantity(r.perQuery.water_ml, "perQuery.water_ml");
    quantity(r.perQuery.lifecycle_carbon_g, "perQuery.lifecycle_carbon_g");
    quantity(r.edge_carbon_per_device_year_kg, "edge_carbon_per_device_year_kg");
    quantity(r.edge_inferences, "edge_inferences");
    quantity(r.perQuery.uses, "perQuery.uses");
    quantity(r.perQuery.lifecycle_carbon_g_per_use, "perQuery.lifecycle_carbon_g_per_use");
    quantity(r.perQuery.edge_energy_wh_per_inference, "perQuery.edge_energy_wh_per_inference");
    quantity(r.in_use_to_development_energy, "in_use_to_development_energy");
    quantity(r.in_use_to_development_carbon, "in_use_to_development_carbon");
    quantity(r.deployment_to_development_energy, "deployment_to_development_energy");
    quantity(r.deployment_to_development_carbon, "deployment_to_development_carbon");

    quantity(r.technique.compute_factor, "technique.compute_factor");
    quantity(r.technique.time_factor, "technique.time_factor");
    quantity(r.technique.power_factor, "technique.power_factor");
    quantity(r.technique.energy_factor, "technique.energy_factor");
    quantity(r.technique.one_off_runs, "technique.one_off_runs");
    rebound(r.deploymentRebound, "deploymentRebound");
    rebound(r.developmentRebound, "developmentRebound");

    quantity(r.schedule.durationHours, "schedule.durationHours");
    quantity(r.schedule.windowHours, "schedule.windowHours");
    quantity(r.schedule.nowFactor, "schedule.nowFactor");
    quantity(r.schedule.usedFactor, "schedule.usedFactor");
    for (const auto &[offset, length] : r.schedule.intervals) {
        quantity(offset, "schedule.intervals.offset");
        quantity(length, "schedule.intervals.length");
    }
    quantity(r.training_intensity_now_g_per_kwh, "training_intensity_now_g_per_kwh");

    for (const auto &b : r.breakEvens) {
        const std::string where = "breakEvens." + b.id;
        quantity(b.one_off_kgco2e, where + ".one_off_kgco2e");
        finite(b.one_time_saving_kgco2e, where + ".one_time_saving_kgco2e");
        finite(b.saving_per_query_kgco2e, where + ".saving_per_query_kgco2e");
        quantityOrNever(b.queries_to_break_even, where + ".queries_to_break_even");
        quantityOrNever(b.days_to_break_even, where + ".days_to_break_even");
        finite(b.lifetime_saving_kgco2e, where + ".lifetime_saving_kgco2e");
        finite(b.deployment_saving_kgco2e, where + ".deployment_saving_kgco2e");
        finite(b.edge_saving_kgco2e, where + ".edge_saving_kgco2e");
        finite(b.payback_ratio, where + ".payback_ratio");
    }

    if (r.refresh.evaluated) {
        quantity(r.refresh.fleet_devices, "refresh.fleet_devices");
        quantity(r.refresh.embodied_kgco2e, "refresh.embodied_kgco2e");
        quantity(r.refresh.annual_operational_now_kgco2e, "refresh.annual_operational_now_kgco2e");
        quantity(r.refresh.annual_operational_candidate_kgco2e, "refresh.annual_operational_candidate_kgco2e");
        quantityOrNever(r.refresh.payback_years, "refresh.payback_years");
    }

    const EdgeDetail &e = r.edgeDetail;
    quantity(e.devices, "edgeDetail.devices");
    quantity(e.lifetime_years, "edgeDetail.lifetime_years");
    quantity(e.energy_per_device_day_kwh, "edgeDetail.energy_per_device_day_kwh");
    quantity(e.embodied_per_unit_kgco2e, "edgeDetail.embodied_per_unit_kgco2e");
    quantity(e.water_per_unit_l, "edgeDetail.water_per_unit_l");
    quantity(e.mass_per_unit_kg, "edgeDetail.mass_per_unit_kg");
    quantity(e.intensity_g_per_kwh, "edgeDetail.intensity_g_per_kwh");
    quantity(e.ewif_l_per_kwh, "edgeDetail.ewif_l_per_kwh");

    const Timeline &t = r.timeline;
    if (t.months < 0 || t.monthly.size() != static_cast<std::size_t>(t.months))
        fail("timeline.months (monthly.size() differs)", t.months);
    for (std::size_t m = 0; m < t.monthly.size(); ++m)
        for (Phase p : kAllPhases)
            impacts(t.monthly[m][static_cast<int>(p)],
                    "timeline.monthly[" + std::to_string(m) + "]." + std::string(phaseKey(p)));
    for (Phase p : kAllPhases)
        impacts(t.phaseTotals[static_cast<int>(p)], "timeline.phaseTotals." + std::string(phaseKey(p)));
    impacts(t.totals, "timeline.totals");
    for (std::size_t m = 0; m < t.edgeDevicesInService.size(); ++m)
        quantity(t.edgeDevicesInService[m], "timeline.edgeDevicesInService[" + std::to_string(m) + "]");
    for (std::size_t m = 0; m < t.queries.size(); ++m)
        quantity(t.queries[m], "timeline.queries[" + std::to_string(m) + "]");
}

void checkAnalyses(const Analyses &a)
{
    auto sweepPoint = [](const SweepPoint &p, const std::string &where) {
        quantity(p.x, where + ".x");
        quantity(p.compute, where + ".compute");
        quantity(p.energy, where + ".energy");
        quantity(p.carbon, where + ".carbon");
    };
    for (std::size_t i = 0; i < a.triad.points.size(); ++i)
        sweepPoint(a.triad.points[i], "analyses.triad.points[" + std::to_string(i) + "]");
    sweepPoint(a.triad.own, "analyses.triad.own");
    for (const auto &region : a.regions) {
        const std::string where = "analyses.regions." + region.id;
        quantity(region.intensity_g_per_kwh, where + ".intensity_g_per_kwh");
        quantity(region.phase_carbon_kgco2e, where + ".phase_carbon_kgco2e");
        quantity(region.total_carbon_kgco2e, where + ".total_carbon_kgco2e");
    }
    for (int h = 0; h < 24; ++h)
        quantity(a.hourlyIntensity[h], "analyses.hourlyIntensity[" + std::to_string(h) + "]");
    for (const auto &p : a.reboundCurve) {
        quantity(p.elasticity, "analyses.reboundCurve.elasticity");
        finite(p.expectedSaving, "analyses.reboundCurve.expectedSaving");
        finite(p.realizedSaving, "analyses.reboundCurve.realizedSaving");
    }
    for (const auto &c : a.breakEvenCurves) {
        const std::string where = "analyses.breakEvenCurves." + c.id;
        quantity(c.oneOffKgco2e, where + ".oneOffKgco2e");
        quantityOrNever(c.breakEvenDays, where + ".breakEvenDays");
        quantity(c.serviceDays, where + ".serviceDays");
        finite(c.verdict.savedByServiceEndKgco2e, where + ".verdict.savedByServiceEndKgco2e");
        quantity(c.verdict.shortfallKgco2e, where + ".verdict.shortfallKgco2e");
        if (c.days.size() != c.savedKgco2e.size())
            fail(where + ".days.size() != savedKgco2e.size()", static_cast<double>(c.days.size()));
        for (std::size_t i = 0; i < c.days.size(); ++i) {
            quantity(c.days[i], where + ".days[" + std::to_string(i) + "]");
            finite(c.savedKgco2e[i], where + ".savedKgco2e[" + std::to_string(i) + "]");
        }
    }
}

void evaluateAndCheck(const Scenario &scenario, const Catalog &catalog, std::uint64_t seed)
{
    const Results results = evaluate(scenario, catalog);
    checkResults(results);
    const Analyses analyses = computeAnalyses(scenario, catalog, results, requestFor(catalog, seed));
    checkAnalyses(analyses);
    // The takeaways and the command line's two report formats; they must not throw
    // (nlohmann::json would on bad UTF-8).
    const Insights insights = computeInsights(catalog, results, analyses);
    (void)reportJson(scenario, results, insights);
    (void)reportText(scenario, results, insights);
}

} // namespace mlimpact::fuzz
