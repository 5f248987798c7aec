// SPDX-License-Identifier: GPL-3.0-or-later
// The systems map's nodes (docs/model.md §16): what each reads from the model's results, its unit
// and the parameter a reader would change to move it.
#include "format.h"
#include "phases.h"
#include "system_graph_parts.h"
#include "text_translation.h"

namespace mlimpact::system_map {
namespace {

bool deploymentOn(const Results &r)
{
    return r.chain(Phase::Deployment).enabled && r.perQuery.queries > 0;
}

bool trainingSiteUsed(const Results &r)
{
    return r.chain(Phase::Training).enabled || r.chain(Phase::Development).enabled;
}

std::optional<double> when(bool on, double value)
{
    return on ? std::optional<double>(value) : std::nullopt;
}

std::string constantPath(const char *path)
{
    return path;
}

double beforeLaunchEnergy(const Results &r)
{
    double kwh = 0;
    for (Phase p : kBeforeLaunchPhases)
        kwh += r.phase(p).energy_kwh;
    return kwh;
}

} // namespace

const std::array<NodeDef, 23> &nodeDefs()
{
    // The order is the map's reading order: the served query, demand, the fleet, before launch,
    // place, then the criteria.
    static const std::array<NodeDef, 23> defs{{
        {"techniques", MLI_TR("systems", "Efficiency techniques"), Unit::Factor,
         [](const Scenario &, const Results &r) { return when(deploymentOn(r), r.technique.compute_factor); },
         [](const Scenario &) { return constantPath("efficiency.sparsity"); }},
        {"compute", MLI_TR("systems", "Compute per query"), Unit::Flop,
         [](const Scenario &, const Results &r) { return when(deploymentOn(r), r.perQuery.flop); },
         [](const Scenario &s) {
             return constantPath(isEnergyMode(s) ? "deployment.energy_per_query_wh" : "deployment.active_parameters");
         }},
        {"device_time", MLI_TR("systems", "Device time per query"), Unit::DeviceSeconds,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.chain(Phase::Deployment).busy_device_hours * 3600.0 / r.perQuery.queries);
         },
         [](const Scenario &s) {
             return constantPath(isRoofline(s) ? "deployment.max_batch" : "deployment.precision");
         }},
        {"utilization", MLI_TR("systems", "Utilization (MFU)"), Unit::Fraction,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.chain(Phase::Deployment).utilization);
         },
         [](const Scenario &s) {
             return constantPath(isRoofline(s) ? "deployment.decode_compute_efficiency" : "deployment.mfu");
         }},
        {"power", MLI_TR("systems", "Power per device"), Unit::Watt,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.chain(Phase::Deployment).avg_power_w);
         },
         [](const Scenario &) { return constantPath("deployment.site.avg_power_w"); }},
        {"energy_per_query", MLI_TR("systems", "Energy per query"), Unit::WhPerQuery,
         [](const Scenario &, const Results &r) { return when(deploymentOn(r), r.perQuery.energy_wh); },
         [](const Scenario &) { return constantPath("deployment.idle_power_fraction"); }},
        {"cost_per_query", MLI_TR("systems", "Cost per query (vs dense FP16)"), Unit::Factor,
         [](const Scenario &, const Results &r) { return when(deploymentOn(r), r.technique.energy_factor); },
         [](const Scenario &) { return constantPath("rebound.deployment_elasticity"); }},
        {"demand", MLI_TR("systems", "Queries served"), Unit::Queries,
         [](const Scenario &, const Results &r) { return when(deploymentOn(r), r.perQuery.queries); },
         [](const Scenario &) { return constantPath("deployment.queries_per_day"); }},
        {"deployment_energy", MLI_TR("systems", "Deployment energy"), Unit::Kwh,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.phase(Phase::Deployment).energy_kwh);
         },
         [](const Scenario &) { return constantPath("deployment.site.pue"); }},
        {"hardware", MLI_TR("systems", "Serving fleet"), Unit::Devices,
         [](const Scenario &s, const Results &r) {
             return when(deploymentOn(r),
                         r.chain(Phase::Deployment).provisioned_device_hours / (s.system.service_years * 8760.0));
         },
         [](const Scenario &) { return constantPath("deployment.provisioning_factor"); }},
        {"lifetime", MLI_TR("systems", "Hardware lifetime"), Unit::Years,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.chain(Phase::Deployment).lifetime_years);
         },
         [](const Scenario &) { return constantPath("deployment.site.lifetime_years"); }},
        {"grid", MLI_TR("systems", "Grid intensity (serving)"), Unit::Intensity,
         [](const Scenario &, const Results &r) {
             return when(deploymentOn(r), r.chain(Phase::Deployment).intensity_g_per_kwh);
         },
         [](const Scenario &) { return constantPath("deployment.site.region"); }},
        {"training_run", MLI_TR("systems", "Final training run"), Unit::Flop,
         [](const Scenario &, const Results &r) {
             const PhaseChain &c = r.chain(Phase::Training);
             return when(trainingSiteUsed(r) && c.run_equivalents > 0, c.flop / c.run_equivalents);
         },
         [](const Scenario &) { return constantPath("training.workload.tokens"); }},
        {"experiments", MLI_TR("systems", "Development runs"), Unit::Runs,
         [](const Scenario &, const Results &r) {
             return when(r.chain(Phase::Development).enabled, r.chain(Phase::Development).run_equivalents);
         },
         [](const Scenario &) { return constantPath("development.experiments"); }},
        {"nas_search", MLI_TR("systems", "Architecture search"), Unit::Flop,
         [](const Scenario &, const Results &r) { return when(r.chain(Phase::Nas).enabled, r.chain(Phase::Nas).flop); },
         [](const Scenario &) { return constantPath("nas.training_multiple"); }},
        {"before_launch", MLI_TR("systems", "Energy before launch"), Unit::Kwh,
         [](const Scenario &, const Results &r) {
             return when(trainingSiteUsed(r) || r.chain(Phase::Nas).enabled, beforeLaunchEnergy(r));
         },
         [](const Scenario &) { return constantPath("training.site.pue"); }},
        {"training_grid", MLI_TR("systems", "Grid × schedule (training)"), Unit::Intensity,
         [](const Scenario &, const Results &r) {
             return when(trainingSiteUsed(r), r.chain(Phase::Training).intensity_g_per_kwh);
         },
         [](const Scenario &) { return constantPath("training.schedule.mode"); }},
        {"edge_fleet", MLI_TR("systems", "Edge fleet"), Unit::Devices,
         [](const Scenario &s, const Results &r) { return when(r.chain(Phase::Edge).enabled, s.edge.devices); },
         [](const Scenario &) { return constantPath("edge.devices"); }},
        {"operational", MLI_TR("systems", "Operational carbon"), Unit::Kgco2e,
         [](const Scenario &, const Results &r) { return std::optional<double>(r.totals.operational_kgco2e); },
         [](const Scenario &) { return constantPath("deployment.site.intensity_g_per_kwh"); }},
        {"embodied", MLI_TR("systems", "Embodied carbon"), Unit::Kgco2e,
         [](const Scenario &, const Results &r) { return std::optional<double>(r.totals.embodied_kgco2e); },
         [](const Scenario &) { return constantPath("deployment.site.embodied_kgco2e"); }},
        {"carbon", MLI_TR("systems", "Total carbon"), Unit::Kgco2e,
         [](const Scenario &, const Results &r) { return std::optional<double>(r.totals.carbon_kgco2e()); },
         [](const Scenario &) { return std::string(); }},
        {"water", MLI_TR("systems", "Water"), Unit::Litres,
         [](const Scenario &, const Results &r) { return std::optional<double>(r.totals.water_l()); },
         [](const Scenario &) { return constantPath("deployment.site.wue_l_per_kwh"); }},
        {"ewaste", MLI_TR("systems", "E-waste"), Unit::Kg,
         [](const Scenario &, const Results &r) { return std::optional<double>(r.totals.ewaste_kg); },
         [](const Scenario &) { return constantPath("disposal.formal_recycling_rate"); }},
    }};
    return defs;
}

std::size_t nodeIndex(std::string_view id)
{
    const auto &defs = nodeDefs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (defs[i].id == id)
            return i;
    }
    return defs.size();
}

std::string unitName(Unit u)
{
    switch (u) {
    case Unit::Flop:
        return "FLOP";
    case Unit::DeviceSeconds:
        return "device-s";
    case Unit::Fraction:
        return "fraction";
    case Unit::Watt:
        return "W";
    case Unit::WhPerQuery:
        return "Wh";
    case Unit::Factor:
        return "x";
    case Unit::Queries:
        return "queries";
    case Unit::Kwh:
        return "kWh";
    case Unit::Devices:
        return "devices";
    case Unit::Years:
        return "years";
    case Unit::Intensity:
        return "gCO2e/kWh";
    case Unit::Runs:
        return "final-run equivalents";
    case Unit::Kgco2e:
        return "kgCO2e";
    case Unit::Litres:
        return "L";
    case Unit::Kg:
        return "kg";
    case Unit::Count:
        return "";
    }
    return "";
}

std::string valueText(double v, Unit u)
{
    switch (u) {
    case Unit::Flop:
        return formatQuantity(v, Quantity::Flop);
    case Unit::DeviceSeconds:
        return translatedPattern(kTr, MLI_TR("systems", "%1 device-s"), {formatSignificant(v, 3)});
    case Unit::Fraction:
        return formatPercent(v, 3);
    case Unit::Watt:
        return formatSignificant(v, 3) + " W";
    case Unit::WhPerQuery:
        return formatQuantity(v / 1000.0, Quantity::EnergyKwh);
    case Unit::Factor:
        return "×" + formatSignificant(v, 3);
    case Unit::Queries:
        return formatQuantity(v, Quantity::Plain);
    case Unit::Kwh:
        return formatQuantity(v, Quantity::EnergyKwh);
    case Unit::Devices:
        return translatedPattern(kTr, MLI_TR("systems", "%1 devices"), {formatQuantity(v, Quantity::Plain)});
    case Unit::Years:
        return translatedPattern(kTr, MLI_TR("systems", "%1 years"), {formatSignificant(v, 3)});
    case Unit::Intensity:
        return formatSignificant(v, 3) + " gCO₂e/kWh";
    case Unit::Runs:
        return translatedPattern(kTr, MLI_TR("systems", "%1 runs"), {formatSignificant(v, 3)});
    case Unit::Kgco2e:
        return formatQuantity(v, Quantity::CarbonKg);
    case Unit::Litres:
        return formatQuantity(v, Quantity::WaterL);
    case Unit::Kg:
        return formatQuantity(v, Quantity::MassKg);
    case Unit::Count:
        return formatSignificant(v, 3);
    }
    return {};
}

NodeValues readNodes(const Scenario &s, const Results &r)
{
    NodeValues out;
    for (const auto &d : nodeDefs())
        out.push_back(d.read(s, r));
    return out;
}

} // namespace mlimpact::system_map
