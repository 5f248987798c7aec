// SPDX-License-Identifier: GPL-3.0-or-later
#include "report.h"

#include "format.h"
#include "json_writer.h"
#include "payback.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace mlimpact {

using ojson = nlohmann::ordered_json;

namespace {

ojson insightsJson(const Insights &insights)
{
    ojson headlines = ojson::object();
    for (const auto &h : insights.headlines) {
        ojson j;
        j["caption"] = h.caption;
        j["available"] = h.available;
        j["value"] = h.available ? ojson(h.value) : ojson(nullptr);
        j["unit"] = h.unit;
        j["text"] = h.text;
        j["detail"] = h.detail;
        j["source"] = h.source;
        j["breakdown"] = h.breakdown;
        j["missing_data"] = h.missingData;
        headlines[h.id] = j;
    }
    ojson charts = ojson::object();
    for (const auto &c : insights.charts) {
        ojson j;
        j["title"] = c.title;
        j["takeaway"] = c.takeaway;
        j["empty_reason"] = c.isEmpty() ? ojson(c.emptyReason) : ojson(nullptr);
        ojson numbers = ojson::object();
        for (const auto &n : c.numbers)
            numbers[n.name] = {{"value", n.value}, {"unit", n.unit}};
        j["numbers"] = numbers;
        ojson panels = ojson::object();
        for (const auto &[panel, why] : c.emptyPanels)
            panels[panel] = why;
        j["empty_panels"] = panels;
        ojson captions = ojson::object();
        for (const auto &[panel, text] : c.panelCaptions)
            captions[panel] = text;
        j["panel_captions"] = captions;
        j["missing_data"] = c.missingData;
        charts[c.chartId] = j;
    }
    return {{"headlines", headlines}, {"charts", charts}};
}

/// Unpublished catalog values counted as 0, each with where it enters (docs/report-format.md).
ojson missingJson(const std::vector<MissingValue> &missing)
{
    ojson out = ojson::array();
    for (const auto &m : missing) {
        ojson j;
        j["catalog"] = std::string(sectionKey(m.section));
        j["entry"] = m.entryId;
        j["name"] = m.entryName;
        j["field"] = m.field;
        j["reason"] = m.reason;
        j["counted_as"] = 0;
        ojson phases = ojson::array(), criteria = ojson::array();
        for (Phase p : m.phases)
            phases.push_back(std::string(phaseKey(p)));
        for (Criterion c : m.criteria)
            criteria.push_back(std::string(criterionKey(c)));
        j["phases"] = phases;
        j["criteria"] = criteria;
        j["text"] = m.text();
        out.push_back(j);
    }
    return out;
}

ojson impactsJson(const Impacts &i)
{
    ojson o;
    o["energy_kwh"] = i.energy_kwh;
    o["operational_kgco2e"] = i.operational_kgco2e;
    o["embodied_kgco2e"] = i.embodied_kgco2e;
    o["carbon_kgco2e"] = i.carbon_kgco2e();
    o["water_l"] = i.water_l();
    o["water_onsite_l"] = i.water_onsite_l;
    o["water_offsite_l"] = i.water_offsite_l;
    o["water_manufacturing_l"] = i.water_manufacturing_l;
    o["ewaste_kg"] = i.ewaste_kg;
    o["ewaste_unrecycled_kg"] = i.ewaste_unrecycled_kg;
    o["adpe_kg_sb_eq"] = i.adpe_kg_sb_eq;
    o["primary_energy_mj"] = i.primary_energy_mj;
    return o;
}

ojson chainJson(const PhaseChain &c)
{
    ojson o;
    o["hardware"] = c.hardware;
    o["region"] = c.region;
    o["flop"] = c.flop;
    o["busy_device_hours"] = c.busy_device_hours;
    o["provisioned_device_hours"] = c.provisioned_device_hours;
    o["wall_clock_hours"] = c.wall_clock_hours;
    o["peak_tflops"] = c.peak_tflops;
    o["utilization"] = c.utilization;
    o["avg_power_w"] = c.avg_power_w;
    o["idle_power_w"] = c.idle_power_w;
    o["it_energy_kwh"] = c.it_energy_kwh;
    o["pue"] = c.pue;
    o["facility_energy_kwh"] = c.facility_energy_kwh;
    o["intensity_g_per_kwh"] = c.intensity_g_per_kwh;
    o["wue_l_per_kwh"] = c.wue_l_per_kwh;
    o["ewif_l_per_kwh"] = c.ewif_l_per_kwh;
    o["embodied_per_device_kgco2e"] = c.embodied_per_device_kgco2e;
    o["allocation_share"] = c.allocation_share;
    o["units"] = c.units;
    o["run_equivalents"] = c.run_equivalents;
    o["ewaste_source_kg"] = c.ewaste_source_kg;
    o["dynamic_energy_kwh"] = c.dynamic_energy_kwh;
    o["idle_energy_kwh"] = c.idle_energy_kwh;
    o["infrastructure_energy_kwh"] = c.infrastructure_energy_kwh;
    o["adpe_kg_sb_eq_per_kwh"] = c.adpe_kg_sb_eq_per_kwh;
    o["primary_energy_mj_per_kwh"] = c.primary_energy_mj_per_kwh;
    o["manufacturing_adpe_per_device_kg_sb_eq"] = c.manufacturing_adpe_per_device_kg_sb_eq;
    o["manufacturing_primary_energy_per_device_mj"] = c.manufacturing_primary_energy_per_device_mj;
    o["server"] = c.server;
    o["accelerators_per_server"] = c.accelerators_per_server;
    o["server_embodied_per_server_kgco2e"] = c.server_embodied_per_server_kgco2e;
    o["server_lifetime_years"] = c.server_lifetime_years;
    o["server_use_rate"] = c.server_use_rate;
    o["server_mass_kg"] = c.server_mass_kg;
    o["server_allocation_share"] = c.server_allocation_share;
    o["server_embodied_kgco2e"] = c.server_embodied_kgco2e;
    o["server_water_manufacturing_l"] = c.server_water_manufacturing_l;
    o["server_ewaste_source_kg"] = c.server_ewaste_source_kg;
    return o;
}

ojson energySplitJson(const EnergySplit &e)
{
    const auto part = [](const EnergyPart &p) {
        return ojson{{"energy_kwh", p.energy_kwh}, {"operational_kgco2e", p.operational_kgco2e}, {"share", p.share}};
    };
    return {{"dynamic", part(e.dynamic)}, {"idle", part(e.idle)}, {"infrastructure", part(e.infrastructure)}};
}

ojson embodiedSplitJson(const Results &r)
{
    const EmbodiedSplit &s = r.embodiedSplit;
    return {{"accelerator_kgco2e", s.accelerator_kgco2e},
            {"server_kgco2e", s.server_kgco2e},
            {"accelerator_ewaste_kg", s.accelerator_ewaste_kg},
            {"server_ewaste_kg", s.server_ewaste_kg},
            {"text", embodiedSplitText(r)}};
}

std::string pad(const std::string &s, std::size_t width, bool right)
{
    // Count UTF-8 code points, not bytes, so "CO₂e" aligns.
    std::size_t len = 0;
    for (unsigned char c : s)
        len += (c & 0xC0) != 0x80;
    if (len >= width)
        return s;
    return right ? std::string(width - len, ' ') + s : s + std::string(width - len, ' ');
}

/// JSON has no infinity: "never" is null.
/// Resource depletion and primary energy per phase, a second table under the first: a value that
/// counts an unpublished catalog figure as 0 is marked, so a 0 is never read as "none".
std::string resourceTableText(const Results &r)
{
    const std::size_t w0 = 12, w = 18;
    std::string out = pad("Phase", w0, false) + pad("ADPe", w, true) + pad("Primary energy", w, true) + "\n";
    out += std::string(w0 + 2 * w, '-') + "\n";
    bool marked = false;
    auto cell = [&](double value, Quantity q, bool missing) {
        marked = marked || missing;
        return pad(formatQuantity(value, q) + (missing ? "*" : " "), w, true);
    };
    auto row = [&](const std::string &label, const Impacts &i, std::optional<Phase> p) {
        auto missing = [&](Criterion c) { return p ? undercounts(r.missing, *p, c) : undercounts(r.missing, c); };
        out += pad(label, w0, false) + cell(i.adpe_kg_sb_eq, Quantity::AdpeKgSbEq, missing(Criterion::Adpe)) +
               cell(i.primary_energy_mj, Quantity::PrimaryEnergyMj, missing(Criterion::PrimaryEnergy)) + "\n";
    };
    for (Phase p : kAllPhases) {
        if (r.chain(p).enabled)
            row(std::string(phaseLabel(p)), r.phase(p), p);
    }
    out += std::string(w0 + 2 * w, '-') + "\n";
    row("Total", r.totals, std::nullopt);
    if (marked)
        out += "* counts an unpublished catalog value as 0 (see Caveats)\n";
    return out;
}

ojson finiteOrNull(double v)
{
    return std::isfinite(v) ? ojson(v) : ojson(nullptr);
}

ojson techniqueJson(const TechniqueEffect &t)
{
    ojson technique;
    technique["compute_factor"] = t.compute_factor;
    technique["time_factor"] = t.time_factor;
    technique["power_factor"] = t.power_factor;
    technique["energy_factor"] = t.energy_factor;
    technique["one_off_runs"] = t.one_off_runs;
    return technique;
}

ojson reboundJson(const ReboundOutcome &o)
{
    ojson j;
    j["cost_factor"] = o.costFactor;
    j["elasticity"] = o.elasticity;
    j["demand_multiplier"] = o.demandMultiplier;
    j["expected_saving"] = o.expectedSaving;
    j["realized_saving"] = o.realizedSaving;
    j["rebound_fraction"] = o.reboundFraction;
    j["backfire"] = o.backfire();
    return j;
}

ojson scheduleJson(const Results &r)
{
    ojson schedule;
    schedule["duration_hours"] = r.schedule.durationHours;
    schedule["window_hours"] = r.schedule.windowHours;
    schedule["start_hour"] = r.schedule.startHour;
    schedule["intensity_now_g_per_kwh"] = r.training_intensity_now_g_per_kwh;
    schedule["intensity_used_g_per_kwh"] = r.chain(Phase::Training).intensity_g_per_kwh;
    schedule["saving"] = r.schedule.saving();
    schedule["window_too_short"] = r.schedule.windowTooShort;
    // Which hourly data the schedule read; the day and kind matter only for a year of hours.
    schedule["hourly_data"] =
        r.schedule.hourOfYear ? "hour_of_year" : (r.schedule.flatProfile ? "none" : "hour_of_day");
    if (r.schedule.hourOfYear) {
        schedule["start_day"] = r.schedule.startHourOfYear / 24 + 1;
        schedule["intensity_kind"] = std::string(intensityKindKey(r.schedule.seriesKind));
        schedule["series_year"] = r.schedule.seriesYear;
    }
    return schedule;
}

ojson breakEvensJson(const std::vector<BreakEven> &list)
{
    ojson breakEvens = ojson::array();
    for (const auto &b : list) {
        ojson j;
        j["id"] = b.id;
        j["label"] = b.label;
        j["one_off_kgco2e"] = b.one_off_kgco2e;
        j["one_time_saving_kgco2e"] = b.one_time_saving_kgco2e;
        j["saving_per_query_kgco2e"] = b.saving_per_query_kgco2e;
        j["queries_to_break_even"] = finiteOrNull(b.queries_to_break_even);
        j["days_to_break_even"] = finiteOrNull(b.days_to_break_even);
        j["lifetime_saving_kgco2e"] = b.lifetime_saving_kgco2e;
        j["payback_ratio"] = finiteOrNull(b.payback_ratio);
        breakEvens.push_back(j);
    }
    return breakEvens;
}

ojson refreshJson(const RefreshPayback &refresh)
{
    ojson j;
    j["candidate"] = refresh.candidate;
    j["fleet_devices"] = refresh.fleet_devices;
    j["embodied_kgco2e"] = refresh.embodied_kgco2e;
    j["annual_operational_now_kgco2e"] = refresh.annual_operational_now_kgco2e;
    j["annual_operational_candidate_kgco2e"] = refresh.annual_operational_candidate_kgco2e;
    j["payback_years"] = finiteOrNull(refresh.payback_years);
    return j;
}

ojson timelineJson(const Timeline &tl)
{
    ojson timeline;
    timeline["months"] = tl.months;
    timeline["queries"] = tl.queries;
    timeline["edge_devices_in_service"] = tl.edgeDevicesInService;
    ojson series;
    for (Phase p : kAllPhases) {
        std::vector<double> energy, carbon, water, ewaste;
        for (const auto &month : tl.monthly) {
            const Impacts &i = month[static_cast<int>(p)];
            energy.push_back(i.energy_kwh);
            carbon.push_back(i.carbon_kgco2e());
            water.push_back(i.water_l());
            ewaste.push_back(i.ewaste_kg);
        }
        series[std::string(phaseKey(p))] = {
            {"energy_kwh", energy}, {"carbon_kgco2e", carbon}, {"water_l", water}, {"ewaste_kg", ewaste}};
    }
    timeline["monthly"] = series;
    timeline["totals"] = impactsJson(tl.totals);
    return timeline;
}

} // namespace

std::string reportJson(const Scenario &scenario, const Results &r, const Insights &insights)
{
    return writeJson(reportDocument(scenario, r, &insights)) + "\n";
}

ojson reportDocument(const Scenario &scenario, const Results &r, const Insights *insights, bool timeline)
{
    ojson doc;
    doc["format"] = "ml-impact-explorer/report";
    doc["version"] = kReportVersion;
    doc["scenario"] = scenario.system.name;
    doc["service_years"] = scenario.system.service_years;
    doc["totals"] = impactsJson(r.totals);
    ojson phases;
    ojson chains;
    for (Phase p : kAllPhases) {
        ojson entry = impactsJson(r.phase(p));
        entry["included"] = r.chain(p).enabled;
        phases[std::string(phaseKey(p))] = entry;
        chains[std::string(phaseKey(p))] = chainJson(r.chain(p));
    }
    doc["phases"] = phases;
    ojson per;
    per["queries"] = r.perQuery.queries;
    per["flop_per_query"] = r.perQuery.flop;
    per["energy_wh_per_query"] = r.perQuery.energy_wh;
    per["carbon_g_per_query"] = r.perQuery.carbon_g;
    per["water_ml_per_query"] = r.perQuery.water_ml;
    per["lifecycle_carbon_g_per_query"] = r.perQuery.lifecycle_carbon_g;
    per["edge_inferences"] = r.edge_inferences;
    per["edge_energy_wh_per_inference"] = r.perQuery.edge_energy_wh_per_inference;
    per["uses"] = r.perQuery.uses;
    per["lifecycle_carbon_g_per_use"] = r.perQuery.lifecycle_carbon_g_per_use;
    per["edge_carbon_kg_per_device_year"] = r.edge_carbon_per_device_year_kg;
    doc["per_unit"] = per;
    ojson ratios;
    ratios["deployment_to_development_energy"] = r.deployment_to_development_energy;
    ratios["deployment_to_development_carbon"] = r.deployment_to_development_carbon;
    ratios["in_use_to_development_energy"] = r.in_use_to_development_energy;
    ratios["in_use_to_development_carbon"] = r.in_use_to_development_carbon;
    doc["ratios"] = ratios;
    doc["parity"] = {{"queries_to_parity_energy", r.queries_to_parity_energy},
                     {"queries_to_parity_carbon", r.queries_to_parity_carbon},
                     {"text", parityText(r)}};
    doc["chains"] = chains;
    doc["energy_split"] = energySplitJson(r.energySplit);
    doc["embodied_split"] = embodiedSplitJson(r);
    doc["technique"] = techniqueJson(r.technique);
    doc["rebound"] = {{"deployment", reboundJson(r.deploymentRebound)},
                      {"development", reboundJson(r.developmentRebound)}};
    doc["schedule"] = scheduleJson(r);
    doc["break_even"] = breakEvensJson(r.breakEvens);
    if (r.refresh.evaluated)
        doc["refresh"] = refreshJson(r.refresh);
    if (timeline)
        doc["timeline"] = timelineJson(r.timeline);
    if (insights)
        doc["insights"] = insightsJson(*insights);
    doc["caveats"] = caveatsOf(r);
    doc["missing_data"] = missingJson(r.missing);
    return doc;
}

std::string reportText(const Scenario &scenario, const Results &r, const Insights &insights)
{
    std::string out;
    out += scenario.system.name + " — " + formatSignificant(scenario.system.service_years) + " years in service\n\n";
    const std::size_t w0 = 12, w = 14;
    out += pad("Phase", w0, false) + pad("Energy", w, true) + pad("Operational", w, true) + pad("Embodied", w, true) +
           pad("Water", w, true) + pad("E-waste", w, true) + "\n";
    out += std::string(w0 + 5 * w, '-') + "\n";
    auto row = [&](const std::string &label, const Impacts &i) {
        out += pad(label, w0, false) + pad(formatQuantity(i.energy_kwh, Quantity::EnergyKwh), w, true) +
               pad(formatQuantity(i.operational_kgco2e, Quantity::CarbonKg), w, true) +
               pad(formatQuantity(i.embodied_kgco2e, Quantity::CarbonKg), w, true) +
               pad(formatQuantity(i.water_l(), Quantity::WaterL), w, true) +
               pad(formatQuantity(i.ewaste_kg, Quantity::MassKg), w, true) + "\n";
    };
    for (Phase p : kAllPhases) {
        if (r.chain(p).enabled)
            row(std::string(phaseLabel(p)), r.phase(p));
        else
            out += pad(std::string(phaseLabel(p)), w0, false) + pad("(excluded)", w, true) + "\n";
    }
    out += std::string(w0 + 5 * w, '-') + "\n";
    row("Total", r.totals);
    out += "\n" + resourceTableText(r) + "\n";
    for (const auto &h : insights.headlines) {
        out += h.caption + ": " + h.text + (h.detail.empty() ? "" : " (" + h.detail + ")");
        if (const std::size_t n = h.missingData.size(); n > 0)
            out += " [counts " + std::to_string(n) + " unpublished value" + (n > 1 ? "s" : "") + " as 0: see Caveats]";
        out += "\n";
    }
    out += "\nWhat the charts say:\n";
    for (const auto &c : insights.charts) {
        out += "  " + c.title + " " + c.takeaway + "\n";
        for (const auto &[panel, why] : c.emptyPanels)
            out += "    (" + why + ")\n";
    }
    out += "\n";
    out += "E-waste not formally recycled: " + formatQuantity(r.totals.ewaste_unrecycled_kg, Quantity::MassKg) + "\n";
    if (const std::string origin = ewasteOriginText(r); !origin.empty())
        out += "E-waste is counted at disposal; it comes from " + origin + "\n";
    if (const std::string split = energySplitText(r); !split.empty())
        out += split + "\n";
    if (const std::string split = embodiedSplitText(r); !split.empty())
        out += "Host servers: " + split + "\n";
    if (r.perQuery.queries > 0) {
        out += "Queries served: " + formatQuantity(r.perQuery.queries, Quantity::Plain) + "\n";
        out += "Per query: " + formatQuantity(r.perQuery.flop, Quantity::Flop) + ", " +
               formatQuantity(r.perQuery.energy_wh / 1000.0, Quantity::EnergyKwh) + ", " +
               formatQuantity(r.perQuery.carbon_g / 1000.0, Quantity::CarbonKg) + " (life cycle " +
               formatQuantity(r.perQuery.lifecycle_carbon_g / 1000.0, Quantity::CarbonKg) + "), " +
               formatQuantity(r.perQuery.water_ml / 1000.0, Quantity::WaterL) + " water\n";
    }
    if (const std::string parity = parityText(r); !parity.empty())
        out += "Inference-training parity: " + parity + "\n";
    if (r.edge_inferences > 0)
        out += "Edge: " + formatQuantity(r.edge_inferences, Quantity::Plain) + " inferences, " +
               formatQuantity(r.perQuery.edge_energy_wh_per_inference / 1000.0, Quantity::EnergyKwh) +
               " of device energy per inference, " +
               formatQuantity(r.edge_carbon_per_device_year_kg, Quantity::CarbonKg) + " per device-year\n";
    if (r.technique.compute_factor != 1 || r.technique.energy_factor != 1)
        out += "Efficiency techniques: compute x" + formatSignificant(r.technique.compute_factor) + ", device time x" +
               formatSignificant(r.technique.time_factor) + ", energy per query x" +
               formatSignificant(r.technique.energy_factor) + "\n";
    const ReboundOutcome &rb = r.deploymentRebound;
    if (rb.elasticity != 0 && rb.costFactor != 1)
        out += "Rebound (elasticity " + formatSignificant(rb.elasticity) + "): expected saving " +
               formatPercent(rb.expectedSaving) + ", realized " + formatPercent(rb.realizedSaving) + " (" +
               formatPercent(rb.reboundFraction) + " taken back" + (rb.backfire() ? ", backfire" : "") + ")\n";
    if (r.schedule.saving() > 0)
        out += "Scheduling: training at " + formatSignificant(r.chain(Phase::Training).intensity_g_per_kwh) +
               " instead of " + formatSignificant(r.training_intensity_now_g_per_kwh) + " gCO₂e/kWh (" +
               formatPercent(r.schedule.saving()) + " less carbon)\n";
    // Worded as the break-even chart's takeaway (core/model/payback.h): within the service or not.
    for (const auto &b : r.breakEvens)
        out +=
            "Break-even: " + paybackVerdict(b, scenario.system.service_years, r.deploymentRebound.elasticity).takeaway +
            "\n";
    if (r.refresh.evaluated)
        out += "Refresh to " + r.refresh.candidate + ": " +
               formatQuantity(r.refresh.embodied_kgco2e, Quantity::CarbonKg) + " embodied, " +
               (std::isfinite(r.refresh.payback_years)
                    ? "pays back in " + formatSignificant(r.refresh.payback_years) + " years"
                    : std::string("never pays back (no operational saving)")) +
               "\n";
    if (const std::vector<std::string> caveats = caveatsOf(r); !caveats.empty()) {
        out += "\nCaveats:\n";
        for (const auto &c : caveats)
            out += "  - " + c + "\n";
    }
    return out;
}

} // namespace mlimpact
