// SPDX-License-Identifier: GPL-3.0-or-later
// The systems map's edges and loops (docs/model.md §16): for each edge, the driver it varies on a
// copy of the scenario (an input that moves the cause and reaches the effect only through it), the
// model effects it holds, and the method the window names; for each loop, its two paths.
#include "resolved_site.h"
#include "site_charging.h"
#include "system_graph_parts.h"
#include "text_translation.h"

namespace mlimpact::system_map {
namespace {

double resolvedOr(const ResolvedValue &v)
{
    return v.value;
}

bool scaleInferenceKeep(Probe &p, const Base &b, double f)
{
    const auto &s = b.scenario;
    p.held.nasInferenceKeep = detail::nasInferenceKeep(s) * f;
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

bool always(const Scenario &)
{
    return true;
}

bool notEnergyMode(const Scenario &s)
{
    return !isEnergyMode(s);
}

constexpr std::string_view kServed = "docs/model.md §3.1, §3.2";

} // namespace

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

} // namespace mlimpact::system_map
