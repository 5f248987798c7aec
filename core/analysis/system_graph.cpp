// SPDX-License-Identifier: GPL-3.0-or-later
// The systems map (docs/model.md §16). Every edge is a relation of the model's formulas; its
// elasticity is measured, not stated: the edge's "driver" (an input that moves the cause and
// reaches the effect only through it) is varied by e^±h, the model is run twice, and the ratio
// Δln(effect) / Δln(cause) is the local elasticity by the chain rule. Where another route from the
// driver to the effect exists (the rebound's demand response), the edge holds it at the
// scenario's value with the model effects the bridge uses (evaluate_detail.h).
#include "system_graph.h"

#include "evaluate_detail.h"
#include "format.h"
#include "phases.h"
#include "resolved_site.h"
#include "text_translation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <map>
#include <tuple>

namespace mlimpact {
namespace {

using NodeValues = std::vector<std::optional<double>>; ///< per node, nullopt = not active

/// The map's words that reach the window, in the window's language (English elsewhere).
constexpr const char *kTr = "systems";

// --- Nodes: what each reads from the model's results. ---

enum class Unit {
    Flop,
    DeviceSeconds,
    Fraction,
    Watt,
    WhPerQuery,
    Factor,
    Queries,
    Kwh,
    Devices,
    Years,
    Intensity,
    Runs,
    Kgco2e,
    Litres,
    Kg,
    Count
};

struct NodeDef
{
    std::string_view id;
    std::string_view label;
    Unit unit;
    std::optional<double> (*read)(const Scenario &, const Results &);
    std::string (*path)(const Scenario &);
};

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

bool isRoofline(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::Roofline;
}

bool isModelFlop(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::ModelFlop;
}

bool isEnergyMode(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::EnergyPerQuery;
}

double beforeLaunchEnergy(const Results &r)
{
    double kwh = 0;
    for (Phase p : kBeforeLaunchPhases)
        kwh += r.phase(p).energy_kwh;
    return kwh;
}

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

// --- Drivers: the input each edge varies, by a factor, on a copy of the scenario. ---

struct Probe
{
    Scenario scenario;
    detail::HeldEffects held;
};

struct Base
{
    const Scenario &scenario;
    const Results &results;
    const Catalog &catalog;
};

/// Applies `factor` to the driver; false if the driver does not exist in this scenario.
using DriverFn = bool (*)(Probe &, const Base &, double factor);

double resolvedOr(const ResolvedValue &v)
{
    return v.value;
}

bool scaleInferenceKeep(Probe &p, const Base &b, double f)
{
    const auto &s = b.scenario;
    p.held.nasInferenceKeep = (s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0) * f;
    return s.deployment.enabled;
}

bool scaleModelSize(Probe &p, const Base &b, double f)
{
    auto &d = p.scenario.deployment;
    d.active_parameters *= f;
    if (isRoofline(b.scenario))
        d.total_parameters *= f; // the same model, larger: its weights too
    return !isEnergyMode(b.scenario);
}

bool scaleTimePerCompute(Probe &p, const Base &b, double f)
{
    if (isRoofline(b.scenario)) {
        // Roofline: device time follows the achieved bandwidth (memory-bound decode) and compute.
        p.scenario.deployment.memory_bandwidth_efficiency /= f;
        p.scenario.deployment.decode_compute_efficiency /= f;
        p.scenario.deployment.prefill_efficiency /= f;
        return true;
    }
    const TechniqueEffect &t = b.results.technique;
    p.held.servingTimePerCompute = (t.compute_factor > 0 ? t.time_factor / t.compute_factor : 1.0) * f;
    return true;
}

bool scaleMfu(Probe &p, const Base &b, double f)
{
    p.scenario.deployment.mfu *= f;
    return isModelFlop(b.scenario);
}

bool scaleServingPower(Probe &p, const Base &b, double f)
{
    p.scenario.deployment.site.avg_power_w =
        resolvedOr(resolvePhaseSite(b.scenario, Phase::Deployment, b.catalog).avg_power_w) * f;
    return true;
}

bool scaleQueries(Probe &p, const Base &, double f)
{
    p.scenario.deployment.queries_per_day *= f;
    return true;
}

bool scaleProvisioning(Probe &p, const Base &b, double f)
{
    p.scenario.deployment.provisioning_factor *= f;
    return !isRoofline(b.scenario) || b.scenario.deployment.replicas <= 0;
}

bool scaleServingLifetime(Probe &p, const Base &b, double f)
{
    p.scenario.deployment.site.lifetime_years =
        resolvedOr(resolvePhaseSite(b.scenario, Phase::Deployment, b.catalog).lifetime_years) * f;
    return true;
}

bool scaleServingIntensity(Probe &p, const Base &b, double f)
{
    p.scenario.deployment.site.intensity_g_per_kwh =
        resolvedOr(resolvePhaseSite(b.scenario, Phase::Deployment, b.catalog).intensity_g_per_kwh) * f;
    return true;
}

bool scaleTrainingIntensity(Probe &p, const Base &b, double f)
{
    p.scenario.training.site.intensity_g_per_kwh =
        resolvedOr(resolveSite(b.scenario.training.site, b.catalog).intensity_g_per_kwh) * f;
    return true;
}

bool scaleTrainingKeep(Probe &p, const Base &b, double f)
{
    const auto &s = b.scenario;
    p.held.nasTrainingKeep = (s.nas.enabled ? 1.0 - s.nas.training_compute_saving : 1.0) * f;
    return true;
}

bool scaleExperiments(Probe &p, const Base &, double f)
{
    p.scenario.development.experiments *= f;
    return true;
}

bool scaleNasMultiple(Probe &p, const Base &b, double f)
{
    p.scenario.nas.training_multiple *= f;
    return b.scenario.nas.workload.mode == ComputeMode::TrainingMultiple;
}

bool scaleTrainingPower(Probe &p, const Base &b, double f)
{
    p.scenario.training.site.avg_power_w = resolvedOr(resolveSite(b.scenario.training.site, b.catalog).avg_power_w) * f;
    return true;
}

bool scaleEdgeDevices(Probe &p, const Base &, double f)
{
    p.scenario.edge.devices *= f;
    return true;
}

/// Every grid's intensity (each site's and the edge's) by the same factor: operational carbon
/// alone moves, by exactly that factor.
bool scaleAllIntensities(Probe &p, const Base &b, double f)
{
    for (Phase ph : {Phase::Training, Phase::Nas, Phase::Deployment}) {
        Site &site = *phaseSite(p.scenario, ph);
        site.intensity_g_per_kwh = resolveSite(*phaseSite(b.scenario, ph), b.catalog).intensity_g_per_kwh.value * f;
    }
    p.scenario.edge.intensity_g_per_kwh = resolveEdge(b.scenario.edge, b.catalog).intensity_g_per_kwh.value * f;
    return true;
}

/// Every device's embodied carbon and the end-of-life factor: embodied carbon alone moves.
bool scaleAllEmbodied(Probe &p, const Base &b, double f)
{
    for (Phase ph : {Phase::Training, Phase::Nas, Phase::Deployment}) {
        Site &site = *phaseSite(p.scenario, ph);
        site.embodied_kgco2e = resolveSite(*phaseSite(b.scenario, ph), b.catalog).embodied_kgco2e.value * f;
    }
    p.scenario.edge.embodied_kgco2e = resolveEdge(b.scenario.edge, b.catalog).embodied_kgco2e.value * f;
    p.scenario.disposal.eol_kgco2e_per_kg *= f;
    return true;
}

enum Hold : unsigned { HoldNone = 0, HoldDemand = 1, HoldExperiments = 2 };

struct EdgeDef
{
    SystemEdgeSpec spec;
    DriverFn driver;
    unsigned holds;
    std::string_view method;
    /// The relation exists in this scenario's modes (beyond both nodes being active).
    bool (*applies)(const Scenario &);
};

bool always(const Scenario &)
{
    return true;
}

bool notEnergyMode(const Scenario &s)
{
    return !isEnergyMode(s);
}

constexpr std::string_view kServed = "docs/model.md §3.1, §3.2";

const std::vector<EdgeDef> &edgeDefs()
{
    using enum Polarity;
    static const std::vector<EdgeDef> defs{
        {{"techniques", "compute", Positive,
          MLI_TR("systems", "FLOP_q = 2 × N_a × tokens × c (c: compute kept by the techniques)"), "docs/model.md §9"},
         scaleInferenceKeep,
         HoldNone,
         MLI_TR("systems", "varies the share of compute the served model keeps (the NAS keep factor)"),
         notEnergyMode},
        {{"compute", "device_time", Positive,
          MLI_TR("systems", "t_q = FLOP_q / (peak × MFU); roofline: T_prefill + G × T_step(B) / B"),
          std::string_view(kServed)},
         scaleModelSize,
         HoldDemand,
         MLI_TR("systems", "varies the served model's size (active parameters; roofline: total too)"),
         notEnergyMode},
        {{"utilization", "device_time", Negative, MLI_TR("systems", "t_q = FLOP_q / (peak × MFU)"),
          "docs/model.md §3.1"},
         scaleMfu,
         HoldDemand,
         MLI_TR("systems", "varies deployment.mfu"),
         isModelFlop},
        {{"device_time", "energy_per_query", Positive,
          MLI_TR("systems", "E_q = t_q × P_busy × (1 + (provisioning − 1) × idle) × PUE; roofline: R k P(u) Y / Q"),
          std::string_view(kServed)},
         scaleTimePerCompute,
         HoldDemand,
         MLI_TR(
             "systems",
             "varies device time per unit of compute (the realization); roofline: the achieved bandwidth and FLOP/s"),
         always},
        {{"power", "energy_per_query", Positive,
          MLI_TR("systems", "E_q = t_q × P × (1 + (provisioning − 1) × idle) × PUE"), std::string_view(kServed)},
         scaleServingPower,
         HoldDemand,
         MLI_TR("systems", "varies the serving device's measured power (deployment.site.avg_power_w)"),
         always},
        {{"energy_per_query", "cost_per_query", Positive, MLI_TR("systems", "r = E_q(as served) / E_q(dense FP16)"),
          "docs/model.md §11"},
         scaleInferenceKeep,
         HoldDemand,
         MLI_TR("systems", "varies the share of compute the served model keeps, queries held"),
         always},
        {{"cost_per_query", "demand", Negative, "Q = Q₀ × r^(−e)", "docs/model.md §11"},
         scaleInferenceKeep,
         HoldNone,
         MLI_TR("systems", "varies the share of compute the served model keeps; demand answers its cost"),
         always},
        {{"energy_per_query", "deployment_energy", Positive, "E_dep = Q × E_q", std::string_view(kServed)},
         scaleTimePerCompute,
         HoldDemand,
         MLI_TR("systems", "varies device time per unit of compute, queries held"),
         always},
        {{"demand", "deployment_energy", Positive, "E_dep = Q × E_q", std::string_view(kServed)},
         scaleQueries,
         HoldNone,
         MLI_TR("systems", "varies deployment.queries_per_day"),
         always},
        {{"demand", "hardware", Positive, MLI_TR("systems", "devices = Q × t_q × provisioning / (Y × 8760 h)"),
          std::string_view(kServed)},
         scaleQueries,
         HoldNone,
         MLI_TR("systems", "varies deployment.queries_per_day"),
         always},
        {{"device_time", "hardware", Positive, MLI_TR("systems", "devices = Q × t_q × provisioning / (Y × 8760 h)"),
          std::string_view(kServed)},
         scaleTimePerCompute,
         HoldDemand,
         MLI_TR("systems", "varies device time per unit of compute, queries held"),
         always},
        {{"hardware", "embodied", Positive,
          MLI_TR("systems", "embodied = device-hours / (lifetime × 8760 × use) × embodied per device"),
          "docs/model.md §5"},
         scaleProvisioning,
         HoldDemand,
         MLI_TR("systems", "varies deployment.provisioning_factor, queries held"),
         always},
        {{"lifetime", "embodied", Negative,
          MLI_TR("systems", "embodied = device-hours / (lifetime × 8760 × use) × embodied per device"),
          "docs/model.md §5"},
         scaleServingLifetime,
         HoldNone,
         MLI_TR("systems", "varies the serving device's lifetime"),
         always},
        {{"hardware", "ewaste", Positive, MLI_TR("systems", "e-waste = device-hours / (lifetime × 8760 × use) × mass"),
          "docs/model.md §7"},
         scaleProvisioning,
         HoldDemand,
         MLI_TR("systems", "varies deployment.provisioning_factor, queries held"),
         always},
        {{"lifetime", "ewaste", Negative, MLI_TR("systems", "e-waste = device-hours / (lifetime × 8760 × use) × mass"),
          "docs/model.md §7"},
         scaleServingLifetime,
         HoldNone,
         MLI_TR("systems", "varies the serving device's lifetime"),
         always},
        {{"deployment_energy", "operational", Positive, MLI_TR("systems", "CO₂e = E × intensity"), "docs/model.md §4"},
         scaleServingPower,
         HoldDemand,
         MLI_TR("systems", "varies the serving device's measured power"),
         always},
        {{"deployment_energy", "water", Positive, "W = E_IT × WUE + E × EWIF", "docs/model.md §4"},
         scaleServingPower,
         HoldDemand,
         MLI_TR("systems", "varies the serving device's measured power"),
         always},
        {{"grid", "operational", Positive, MLI_TR("systems", "CO₂e = E × intensity"), "docs/model.md §4"},
         scaleServingIntensity,
         HoldNone,
         MLI_TR("systems", "varies the serving grid's intensity"),
         always},
        {{"training_grid", "operational", Positive, MLI_TR("systems", "CO₂e = E × intensity × schedule factor"),
          "docs/model.md §4, §10"},
         scaleTrainingIntensity,
         HoldNone,
         MLI_TR("systems", "varies the training grid's intensity"),
         always},
        {{"training_run", "experiments", Negative, MLI_TR("systems", "experiments × r_train^(−e_dev)"),
          "docs/model.md §11"},
         scaleTrainingKeep,
         HoldNone,
         MLI_TR("systems", "varies the share of training compute kept (the NAS training saving)"),
         always},
        {{"training_run", "before_launch", Positive,
          MLI_TR("systems", "E = E_run × (training runs + development runs)"), "docs/model.md §2"},
         scaleTrainingKeep,
         HoldExperiments,
         MLI_TR("systems", "varies the share of training compute kept, experiments held"),
         always},
        {{"experiments", "before_launch", Positive, MLI_TR("systems", "E_dev = experiments × fraction × E_run"),
          "docs/model.md §2"},
         scaleExperiments,
         HoldNone,
         MLI_TR("systems", "varies development.experiments"),
         always},
        {{"nas_search", "before_launch", Positive, MLI_TR("systems", "FLOP_NAS = multiple × FLOP_run"),
          "docs/model.md §2"},
         scaleNasMultiple,
         HoldNone,
         MLI_TR("systems", "varies nas.training_multiple"),
         always},
        {{"before_launch", "operational", Positive, MLI_TR("systems", "CO₂e = E × intensity"), "docs/model.md §4"},
         scaleTrainingPower,
         HoldNone,
         MLI_TR("systems", "varies the training device's measured power"),
         always},
        {{"before_launch", "water", Positive, "W = E_IT × WUE + E × EWIF", "docs/model.md §4"},
         scaleTrainingPower,
         HoldNone,
         MLI_TR("systems", "varies the training device's measured power"),
         always},
        {{"edge_fleet", "operational", Positive, MLI_TR("systems", "CO₂e = devices × Y × 365 × E_day × intensity"),
          "docs/model.md §6"},
         scaleEdgeDevices,
         HoldNone,
         MLI_TR("systems", "varies edge.devices"),
         always},
        {{"edge_fleet", "embodied", Positive, MLI_TR("systems", "embodied = devices × cohorts × embodied × ML share"),
          "docs/model.md §6"},
         scaleEdgeDevices,
         HoldNone,
         MLI_TR("systems", "varies edge.devices"),
         always},
        {{"edge_fleet", "water", Positive, MLI_TR("systems", "W = E × EWIF + units × water × ML share"),
          "docs/model.md §6"},
         scaleEdgeDevices,
         HoldNone,
         MLI_TR("systems", "varies edge.devices"),
         always},
        {{"edge_fleet", "ewaste", Positive, MLI_TR("systems", "e-waste = units × mass × ML share"),
          "docs/model.md §6, §7"},
         scaleEdgeDevices,
         HoldNone,
         MLI_TR("systems", "varies edge.devices"),
         always},
        {{"operational", "carbon", Positive, MLI_TR("systems", "carbon = operational + embodied"), "docs/model.md §4"},
         scaleAllIntensities,
         HoldNone,
         MLI_TR("systems", "varies every grid's intensity by the same factor"),
         always},
        {{"embodied", "carbon", Positive, MLI_TR("systems", "carbon = operational + embodied"), "docs/model.md §5"},
         scaleAllEmbodied,
         HoldNone,
         MLI_TR("systems", "varies every device's embodied carbon and the end-of-life factor by the same factor"),
         always},
    };
    return defs;
}

struct LoopDef
{
    std::string_view id;
    std::string_view label;
    std::vector<std::string_view> direct;
    std::vector<std::string_view> feedback;
};

const std::vector<LoopDef> &loopDefs()
{
    static const std::vector<LoopDef> defs{
        {"rebound",
         MLI_TR("systems", "Rebound: cheaper queries invite more of them"),
         {"energy_per_query", "deployment_energy"},
         {"energy_per_query", "cost_per_query", "demand", "deployment_energy"}},
        {"development_rebound",
         MLI_TR("systems", "Faster training invites more experiments"),
         {"training_run", "before_launch"},
         {"training_run", "experiments", "before_launch"}},
        {"use_costs_twice",
         MLI_TR("systems", "More use costs energy and hardware"),
         {"demand", "deployment_energy", "operational", "carbon"},
         {"demand", "hardware", "embodied", "carbon"}},
        {"slow_costs_twice",
         MLI_TR("systems", "Slower queries cost energy and hardware"),
         {"device_time", "energy_per_query", "deployment_energy", "operational", "carbon"},
         {"device_time", "hardware", "embodied", "carbon"}},
        {"edge_costs_twice",
         MLI_TR("systems", "More edge devices cost energy and manufacture"),
         {"edge_fleet", "operational", "carbon"},
         {"edge_fleet", "embodied", "carbon"}},
    };
    return defs;
}

// --- Measuring. ---

/// Node values of one probe run (no break-even or timeline: they do not feed any node).
NodeValues runProbe(const EdgeDef &e, const Base &b, double factor, bool &applicable)
{
    Probe p{b.scenario, {}};
    if (e.holds & HoldDemand)
        p.held.deploymentDemand = b.results.deploymentRebound.demandMultiplier;
    if (e.holds & HoldExperiments)
        p.held.developmentDemand = b.results.developmentRebound.demandMultiplier;
    applicable = e.driver(p, b, factor);
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    options.held = p.held;
    return readNodes(p.scenario, detail::evaluateWith(p.scenario, b.catalog, options));
}

/// Probe runs shared by edges with the same driver, holds and step.
class ProbeCache
{
public:
    explicit ProbeCache(const Base &base)
        : m_base(base)
    {}
    /// Minus and plus runs, or nullptr if the driver does not exist in this scenario.
    const std::pair<NodeValues, NodeValues> *runs(const EdgeDef &e, double step)
    {
        const Key key{reinterpret_cast<const void *>(e.driver), e.holds, step};
        auto it = m_runs.find(key);
        if (it == m_runs.end()) {
            bool applicable = true;
            std::optional<std::pair<NodeValues, NodeValues>> value;
            NodeValues minus = runProbe(e, m_base, std::exp(-step), applicable);
            if (applicable)
                value = std::make_pair(std::move(minus), runProbe(e, m_base, std::exp(step), applicable));
            it = m_runs.emplace(key, std::move(value)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    using Key = std::tuple<const void *, unsigned, double>;
    const Base &m_base;
    std::map<Key, std::optional<std::pair<NodeValues, NodeValues>>> m_runs;
};

bool positive(const std::optional<double> &v)
{
    return v && *v > 0 && std::isfinite(*v);
}

/// Δln y / Δln x between two runs; nullopt if a value is not positive or x does not move.
std::optional<double> logRatio(const NodeValues &a, const NodeValues &b, std::size_t x, std::size_t y)
{
    if (!positive(a[x]) || !positive(b[x]) || !positive(a[y]) || !positive(b[y]))
        return std::nullopt;
    const double dx = std::log(*b[x]) - std::log(*a[x]);
    if (std::abs(dx) < 1e-9 * kElasticityStep)
        return std::nullopt;
    return (std::log(*b[y]) - std::log(*a[y])) / dx;
}

/// The arc elasticity across a step of the model, if the wider runs move the cause.
void measureArc(SystemEdge &edge, const EdgeDef &def, ProbeCache &cache, std::size_t x, std::size_t y)
{
    const auto *runs = cache.runs(def, kArcElasticityStep);
    const auto arc = runs ? logRatio(runs->first, runs->second, x, y) : std::nullopt;
    if (!arc) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "varying its input does not move the cause here, even by ±10%"));
        return;
    }
    edge.elasticity = arc;
    edge.arc = true;
    edge.method = translatedPattern(
        kTr, MLI_TR("systems", "%1; the model steps here (whole replicas): arc elasticity over ±10%"), {edge.method});
}

void measureEdge(SystemEdge &edge, const EdgeDef &def, const NodeValues &base, ProbeCache &cache,
                 const Scenario &scenario)
{
    const std::size_t x = nodeIndex(def.spec.from), y = nodeIndex(def.spec.to);
    if (!base[x] || !base[y] || !def.applies(scenario)) {
        edge.undefinedReason = translatedText(
            kTr, MLI_TR("systems", "not in this scenario (a phase is excluded or its mode has no such link)"));
        return;
    }
    const auto *runs = cache.runs(def, kElasticityStep);
    if (!runs) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "not in this scenario (its mode has no such link)"));
        return;
    }
    const auto &[minus, plus] = *runs;
    if (!positive(minus[x]) || !positive(plus[x]) || !positive(minus[y]) || !positive(plus[y]) || !positive(base[x]) ||
        !positive(base[y])) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "a quantity is zero here, so it has no relative change"));
        return;
    }
    const double dx = std::log(*plus[x]) - std::log(*minus[x]);
    // A cause that the varied input does not move locally (a plateau between two steps: the fleet's
    // time is all its replicas' time) has no local elasticity; 0 and infinity would both be wrong.
    if (std::abs(dx) < 1e-6 * kElasticityStep) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    // A step inside the interval (a whole replica more) shows as one-sided slopes that disagree (or
    // one side that does not move the cause); the central difference across it would be the jump.
    const auto forward = logRatio(base, plus, x, y);
    const auto backward = logRatio(minus, base, x, y);
    const double central = (std::log(*plus[y]) - std::log(*minus[y])) / dx;
    if (!forward || !backward || std::abs(*forward - *backward) > 0.01 * std::max(1.0, std::abs(central))) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    // Between two steps the slope is flat (the same replicas carry 0.1% more queries) while the
    // next step is a few percent away: where the ±10% arc tells a different story, it is the one
    // that describes the system, and the edge says so.
    const auto *wide = cache.runs(def, kArcElasticityStep);
    const auto arc = wide ? logRatio(wide->first, wide->second, x, y) : std::nullopt;
    if (arc && std::abs(*arc - central) > 0.1 * std::max(1.0, std::abs(*arc))) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    edge.elasticity = central;
}

std::optional<double> pathGain(const SystemGraph &g, const std::vector<std::string> &path)
{
    double gain = 1;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const SystemEdge *e = g.edge(path[i], path[i + 1]);
        if (!e || !e->elasticity)
            return std::nullopt;
        gain *= *e->elasticity;
    }
    return gain;
}

int pathSign(const std::vector<std::string> &path)
{
    int sign = 1;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        for (const auto &e : edgeDefs()) {
            if (e.spec.from == path[i] && e.spec.to == path[i + 1] && e.spec.polarity == Polarity::Negative)
                sign = -sign;
        }
    }
    return sign;
}

std::vector<std::string> toStrings(const std::vector<std::string_view> &ids)
{
    return {ids.begin(), ids.end()};
}

} // namespace

const SystemNode *SystemGraph::node(std::string_view id) const
{
    const auto it = std::find_if(nodes.begin(), nodes.end(), [id](const auto &n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

const SystemEdge *SystemGraph::edge(std::string_view from, std::string_view to) const
{
    const auto it =
        std::find_if(edges.begin(), edges.end(), [&](const auto &e) { return e.from == from && e.to == to; });
    return it == edges.end() ? nullptr : &*it;
}

const SystemLoop *SystemGraph::loop(std::string_view id) const
{
    const auto it = std::find_if(loops.begin(), loops.end(), [id](const auto &l) { return l.id == id; });
    return it == loops.end() ? nullptr : &*it;
}

const std::vector<SystemEdgeSpec> &systemEdgeSpecs()
{
    static const std::vector<SystemEdgeSpec> specs = [] {
        std::vector<SystemEdgeSpec> out;
        for (const auto &e : edgeDefs())
            out.push_back(e.spec);
        return out;
    }();
    return specs;
}

std::vector<SystemNode> systemNodes(const Scenario &scenario, const Results &results)
{
    const NodeValues values = readNodes(scenario, results);
    std::vector<SystemNode> out;
    const auto &defs = nodeDefs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        SystemNode n;
        n.id = defs[i].id;
        n.label = translatedText(kTr, std::string(defs[i].label));
        n.unit = unitName(defs[i].unit);
        n.active = values[i].has_value();
        n.value = values[i].value_or(0);
        n.text = n.active ? valueText(n.value, defs[i].unit) : "—";
        n.parameterPath = defs[i].path(scenario);
        out.push_back(std::move(n));
    }
    return out;
}

SystemGraph systemGraph(const Scenario &scenario, const Catalog &catalog)
{
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    const Results results = detail::evaluateWith(scenario, catalog, options);
    SystemGraph g;
    g.nodes = systemNodes(scenario, results);
    const NodeValues base = readNodes(scenario, results);
    const Base b{scenario, results, catalog};
    ProbeCache cache(b);
    for (const auto &def : edgeDefs()) {
        SystemEdge e;
        e.from = def.spec.from;
        e.to = def.spec.to;
        e.polarity = def.spec.polarity;
        e.formula = translatedText(kTr, std::string(def.spec.formula)); // its words, not its symbols
        e.section = def.spec.section;
        e.method = translatedText(kTr, std::string(def.method));
        measureEdge(e, def, base, cache, scenario);
        g.edges.push_back(std::move(e));
    }
    for (const auto &def : loopDefs()) {
        SystemLoop l;
        l.id = def.id;
        l.label = translatedText(kTr, std::string(def.label));
        l.direct = toStrings(def.direct);
        l.feedback = toStrings(def.feedback);
        l.kind = pathSign(l.direct) == pathSign(l.feedback) ? LoopKind::Reinforcing : LoopKind::Balancing;
        l.directGain = pathGain(g, l.direct);
        l.feedbackGain = pathGain(g, l.feedback);
        g.loops.push_back(std::move(l));
    }
    return g;
}

void attachComparison(SystemGraph &graph, const Scenario &baseline, const Scenario &variant,
                      const std::string &variantName, const Catalog &catalog)
{
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    const NodeValues before = readNodes(baseline, detail::evaluateWith(baseline, catalog, options));
    const NodeValues after = readNodes(variant, detail::evaluateWith(variant, catalog, options));
    graph.comparedVariant = variantName;
    for (std::size_t i = 0; i < graph.nodes.size() && i < before.size(); ++i) {
        SystemNode &n = graph.nodes[i];
        n.baselineValue = before[i];
        n.change.reset();
        if (before[i] && after[i] && *before[i] != 0)
            n.change = *after[i] / *before[i] - 1.0;
    }
}

} // namespace mlimpact
