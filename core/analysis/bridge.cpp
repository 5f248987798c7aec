// SPDX-License-Identifier: GPL-3.0-or-later
// The bridge as a cooperative game (docs/model.md §14). A cause group is the parameter
// changes mapped to it (the rule table below) and, for four causes, a model effect held at
// the baseline's value until the cause plays:
//   nominal compute  - the NAS compute savings (share of compute kept);
//   realization      - the techniques' time per unit of compute and power, on the hardware;
//   demand response  - the rebound multipliers of queries and of experiments;
//   one-off costs    - the technique costs in final-run equivalents.
// Nominal compute -> hardware realization -> demand response form a causal chain (the hardware
// realizes a compute change; demand answers the realized cost), so the chain is one player of
// the Shapley game with place and time, footprint, one-off costs and other, and its value is
// split along the chain: nominal at the baseline's realization and demand, realization at the
// baseline's demand, then demand response. Causes the variant does not touch are left out.
#include "bridge.h"

#include "evaluate_detail.h"
#include "site_charging.h"
#include "techniques.h"
#include "text_translation.h"
#include "variants.h"

#include <algorithm>
#include <bit>
#include <vector>

namespace mlimpact {

const std::array<CauseInfo, kCauseCount> &causes()
{
    // The labels name the bridge chart's steps in the window (translated there, context "insights").
    static const std::array<CauseInfo, kCauseCount> table{{
        {Cause::NominalCompute, "nominal_compute", MLI_TR("insights", "Nominal compute saving"),
         "The compute the system runs as stated: model size, runs, phases, and the FLOP the efficiency techniques "
         "remove, realized as the baseline's hardware realizes it."},
        {Cause::HardwareRealization, "hardware_realization", MLI_TR("insights", "Hardware realization"),
         "The gap between compute and energy: how the accelerator, precision, kernels, utilization, power and idle "
         "capacity turn the compute into device time and energy."},
        {Cause::DemandResponse, "demand_response", MLI_TR("insights", "Demand response (rebound)"),
         "The queries and experiments that cheaper queries and faster training invite (the rebound elasticities)."},
        {Cause::PlaceAndTime, "place_and_time", MLI_TR("insights", "Place and time"),
         "Grid intensity and water of the regions, the data centres' PUE and WUE, and when the training runs."},
        {Cause::HardwareFootprint, "hardware_footprint", MLI_TR("insights", "Hardware footprint"),
         "Embodied carbon, hardware lifetimes and use, the edge devices and their share, refresh and disposal."},
        {Cause::OneOffCosts, "one_off_costs", MLI_TR("insights", "One-off costs"),
         "Architecture search, fine-tuning after pruning, distillation and quantization-aware training."},
        {Cause::Other, "other", MLI_TR("insights", "Other"),
         "Changes of demand volume, service years and scope (disposal included or not)."},
    }};
    return table;
}

const CauseInfo &causeInfo(Cause cause)
{
    return causes()[static_cast<std::size_t>(cause)];
}

namespace {

/// One rule of the cause table: "*.site.region" matches any path ending in ".site.region",
/// "training.workload.*" any path below it, anything else the path itself. First match wins.
struct CauseRule
{
    std::string_view pattern;
    Cause cause;
};

// clang-format off
constexpr CauseRule kCauseRules[] = {
    // Every site (development runs on the training site): hardware, where, and its footprint.
    {"*.site.hardware", Cause::HardwareRealization},
    {"*.site.load_fraction", Cause::HardwareRealization},
    {"*.site.avg_power_w", Cause::HardwareRealization},
    {"*.site.embodied_kgco2e", Cause::HardwareFootprint},
    {"*.site.lifetime_years", Cause::HardwareFootprint},
    {"*.site.use_rate", Cause::HardwareFootprint},
    {"*.site.server", Cause::HardwareFootprint}, // the host server's embodied carbon and mass
    {"*.site.*", Cause::PlaceAndTime}, // region, data centre, PUE, WUE, intensity, EWIF
    // Workloads: how fast the hardware runs them is realization; devices in parallel only set
    // the wall-clock time.
    {"*.workload.mfu", Cause::HardwareRealization},
    {"*.workload.precision", Cause::HardwareRealization},
    {"*.workload.devices", Cause::Other},
    // Devices allocated but idle (how the hardware is held, as deployment's provisioning) and the
    // shared infrastructure (the data centre's, as its PUE): docs/model.md §17.
    {"*.provisioning_factor", Cause::HardwareRealization},
    {"*.idle_power_fraction", Cause::HardwareRealization},
    {"*.infrastructure_power_fraction", Cause::PlaceAndTime},
    // The search is a one-off cost; what it saves is compute.
    {"nas.enabled", Cause::OneOffCosts},
    {"nas.workload.*", Cause::OneOffCosts},
    {"nas.training_multiple", Cause::OneOffCosts},
    {"nas.inference_compute_saving", Cause::NominalCompute},
    {"nas.training_compute_saving", Cause::NominalCompute},
    {"training.schedule.*", Cause::PlaceAndTime},
    {"training.*", Cause::NominalCompute}, // enabled, workload size, retraining
    {"development.*", Cause::NominalCompute},
    {"deployment.queries_per_day", Cause::Other},
    {"deployment.query_growth_per_year", Cause::Other},
    {"deployment.mfu", Cause::HardwareRealization},
    {"deployment.precision", Cause::HardwareRealization},
    {"deployment.provisioning_factor", Cause::HardwareRealization},
    {"deployment.idle_power_fraction", Cause::HardwareRealization},
    {"deployment.*", Cause::NominalCompute}, // enabled, mode, model size, tokens, energy per query
    {"edge.region", Cause::PlaceAndTime},
    {"edge.intensity_g_per_kwh", Cause::PlaceAndTime},
    {"edge.energy_per_inference_j", Cause::NominalCompute},
    {"edge.inferences_per_device_per_day", Cause::Other},
    {"edge.*", Cause::HardwareFootprint}, // the fleet: enabled, device, devices, ML share, power, lifetime
    {"disposal.enabled", Cause::Other},
    {"disposal.*", Cause::HardwareFootprint},
    {"efficiency.sparsity", Cause::NominalCompute},
    {"efficiency.sparsity_kind", Cause::NominalCompute},
    {"efficiency.distillation_ratio", Cause::NominalCompute},
    {"efficiency.sparse_kernels", Cause::HardwareRealization},
    {"efficiency.*", Cause::OneOffCosts}, // fine-tuning, distillation and quantization costs
    {"rebound.*", Cause::DemandResponse},
    {"trends.grid_decarbonization_per_year", Cause::PlaceAndTime},
    {"trends.*", Cause::HardwareFootprint}, // edge fleet adoption
    {"refresh.*", Cause::HardwareFootprint},
    {"system.*", Cause::Other}, // service years
};
// clang-format on

bool matches(std::string_view pattern, std::string_view path)
{
    if (pattern.starts_with("*"))
        return pattern.ends_with(".*") ? path.find(pattern.substr(1, pattern.size() - 2)) != std::string_view::npos
                                       : path.ends_with(pattern.substr(1));
    if (pattern.ends_with(".*"))
        return path.starts_with(pattern.substr(0, pattern.size() - 1));
    return pattern == path;
}

/// The values of the model effects the game holds, for one scenario.
struct Effects
{
    double nasInferenceKeep = 1;
    double nasTrainingKeep = 1;
    double oneOffRuns = 0;
    double deploymentDemand = 1;
    double developmentDemand = 1;
    double servingTimePerCompute = 1;
    double servingPower = 1;
    double edgeTimePerCompute = 1;

    bool operator==(const Effects &) const = default;
};

/// The class evaluate() uses (realizationFor), without its caveat: the held realization is the one
/// the model would use.
const RealizationClass &realizationOr(const Catalog &catalog, std::string_view id)
{
    const RealizationClass *rc = catalog.realization(id);
    return rc ? *rc : detail::neutralRealization();
}

Effects effectsOf(const Scenario &s, const Results &results, const Catalog &catalog)
{
    Effects e;
    e.nasInferenceKeep = detail::nasInferenceKeep(s);
    e.nasTrainingKeep = s.nas.enabled ? 1.0 - s.nas.training_compute_saving : 1.0;
    e.oneOffRuns = s.deployment.enabled ? techniqueOneOffRuns(s.efficiency, s.deployment.precision) : 0.0;
    e.deploymentDemand = results.deploymentRebound.demandMultiplier;
    e.developmentDemand = results.developmentRebound.demandMultiplier;
    if (const Accelerator *acc = catalog.accelerator(s.deployment.site.hardware)) {
        std::vector<std::string> caveats;
        const TechniqueFactors tf = servingFactors(s.efficiency, *acc, realizationOr(catalog, acc->hardwareClass),
                                                   s.deployment.precision, e.nasInferenceKeep, caveats);
        e.servingTimePerCompute = tf.time / tf.compute;
        e.servingPower = tf.power;
    }
    if (const EdgeDevice *device = catalog.edgeDevice(s.edge.device)) {
        const RealizationClass &rc = realizationOr(catalog, edgeRealizationClass(device->deviceClass));
        const TechniqueFactors tf = edgeFactors(s.efficiency, rc, e.nasInferenceKeep);
        e.edgeTimePerCompute = tf.time / tf.compute;
    }
    return e;
}

/// Which causes play in one coalition.
using Plays = std::array<bool, kCauseCount>;

bool in(const Plays &plays, Cause c)
{
    return plays[static_cast<std::size_t>(c)];
}

/// The held effects of a coalition: each effect at the variant's value if its cause plays,
/// else at the baseline's; realization is modelled (from the coalition's own hardware and
/// techniques) once it plays.
detail::EvaluateOptions coalitionOptions(const Effects &base, const Effects &var, const Plays &plays)
{
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    detail::HeldEffects &held = options.held;
    const Effects &nominal = in(plays, Cause::NominalCompute) ? var : base;
    held.nasInferenceKeep = nominal.nasInferenceKeep;
    held.nasTrainingKeep = nominal.nasTrainingKeep;
    held.oneOffRuns = (in(plays, Cause::OneOffCosts) ? var : base).oneOffRuns;
    const Effects &demand = in(plays, Cause::DemandResponse) ? var : base;
    held.deploymentDemand = demand.deploymentDemand;
    held.developmentDemand = demand.developmentDemand;
    if (!in(plays, Cause::HardwareRealization)) {
        held.servingTimePerCompute = base.servingTimePerCompute;
        held.servingPower = base.servingPower;
        held.edgeTimePerCompute = base.edgeTimePerCompute;
    }
    return options;
}

using Changes = std::vector<std::pair<ParameterChange, Cause>>;

/// The causes whose playing can change a result: a parameter change maps to it, or its held
/// effect differs between baseline and variant.
std::array<bool, kCauseCount> activeCauses(const Changes &changes, const Effects &base, const Effects &var)
{
    std::array<bool, kCauseCount> active{};
    for (const auto &[change, cause] : changes)
        active[static_cast<std::size_t>(cause)] = true;
    const auto mark = [&active](Cause c, bool differs) { active[static_cast<std::size_t>(c)] |= differs; };
    mark(Cause::NominalCompute,
         base.nasInferenceKeep != var.nasInferenceKeep || base.nasTrainingKeep != var.nasTrainingKeep);
    mark(Cause::OneOffCosts, base.oneOffRuns != var.oneOffRuns);
    mark(Cause::DemandResponse,
         base.deploymentDemand != var.deploymentDemand || base.developmentDemand != var.developmentDemand);
    mark(Cause::HardwareRealization, base.servingTimePerCompute != var.servingTimePerCompute ||
                                         base.servingPower != var.servingPower ||
                                         base.edgeTimePerCompute != var.edgeTimePerCompute);
    return active;
}

/// Shapley weights |S|! (n - |S| - 1)! / n! by coalition size |S| < n.
std::vector<double> shapleyWeights(int n)
{
    std::vector<double> factorial(static_cast<std::size_t>(n) + 1, 1.0);
    for (int k = 1; k <= n; ++k)
        factorial[static_cast<std::size_t>(k)] = factorial[static_cast<std::size_t>(k - 1)] * k;
    std::vector<double> w(static_cast<std::size_t>(std::max(n, 1)));
    for (int k = 0; k < n; ++k)
        w[static_cast<std::size_t>(k)] = factorial[static_cast<std::size_t>(k)] *
                                         factorial[static_cast<std::size_t>(n - k - 1)] /
                                         factorial[static_cast<std::size_t>(n)];
    return w;
}

constexpr std::array<Cause, 3> kChain{Cause::NominalCompute, Cause::HardwareRealization, Cause::DemandResponse};

bool inChain(Cause c)
{
    return std::find(kChain.begin(), kChain.end(), c) != kChain.end();
}

/// The game: v(S, level) for every coalition S of the independent causes and every level of
/// the chain (level j: its first j active members play), one model run each.
struct Game
{
    std::vector<Cause> independent;                  ///< active causes outside the chain, in enumeration order
    std::vector<Cause> chain;                        ///< active chain members, in causal order
    std::vector<std::vector<CriterionValues>> value; ///< [level][mask]
};

Game playGame(const Scenario &baseline, const Catalog &catalog, const Changes &changes, const Effects &base,
              const Effects &var, std::vector<Cause> independent, std::vector<Cause> chain)
{
    Game game{std::move(independent), std::move(chain), {}};
    const std::size_t coalitions = std::size_t{1} << game.independent.size();
    game.value.assign(game.chain.size() + 1, std::vector<CriterionValues>(coalitions));
    for (std::size_t level = 0; level <= game.chain.size(); ++level) {
        for (std::size_t mask = 0; mask < coalitions; ++mask) {
            Plays plays{};
            for (std::size_t i = 0; i < game.independent.size(); ++i)
                plays[static_cast<std::size_t>(game.independent[i])] = ((mask >> i) & 1U) != 0;
            for (std::size_t j = 0; j < level; ++j)
                plays[static_cast<std::size_t>(game.chain[j])] = true;
            Scenario x = baseline;
            for (const auto &[change, cause] : changes) {
                if (in(plays, cause))
                    findParameter(change.path)->set(x, change.value);
            }
            game.value[level][mask] =
                criterionTotals(detail::evaluateWith(x, catalog, coalitionOptions(base, var, plays)));
        }
    }
    return game;
}

/// Shapley value of independent cause i in the game where the chain plays up to `level`.
CriterionValues independentValue(const Game &game, std::size_t i, std::size_t level)
{
    const std::size_t k = game.independent.size();
    const bool chainPlays = level > 0;
    const std::vector<double> w = shapleyWeights(static_cast<int>(k + (chainPlays ? 1 : 0)));
    const std::size_t bit = std::size_t{1} << i;
    CriterionValues out{};
    for (std::size_t mask = 0; mask < (std::size_t{1} << k); ++mask) {
        if (mask & bit)
            continue;
        const auto size = static_cast<std::size_t>(std::popcount(mask));
        // Without the chain / with the chain in the coalition.
        for (int withChain = 0; withChain <= (chainPlays ? 1 : 0); ++withChain) {
            const auto &v = game.value[withChain ? level : 0];
            const double weight = w[size + static_cast<std::size_t>(withChain)];
            for (std::size_t c = 0; c < out.size(); ++c)
                out[c] += weight * (v[mask | bit][c] - v[mask][c]);
        }
    }
    return out;
}

/// Shapley value of the chain, playing up to `level`, among the independent causes.
CriterionValues chainValue(const Game &game, std::size_t level)
{
    const std::size_t k = game.independent.size();
    const std::vector<double> w = shapleyWeights(static_cast<int>(k + 1));
    CriterionValues out{};
    for (std::size_t mask = 0; mask < (std::size_t{1} << k); ++mask) {
        const double weight = w[static_cast<std::size_t>(std::popcount(mask))];
        for (std::size_t c = 0; c < out.size(); ++c)
            out[c] += weight * (game.value[level][mask][c] - game.value[0][mask][c]);
    }
    return out;
}

} // namespace

std::optional<Cause> causeOfParameter(std::string_view path)
{
    for (const auto &rule : kCauseRules) {
        if (matches(rule.pattern, path))
            return rule.cause;
    }
    return std::nullopt;
}

Bridge computeBridge(const Scenario &baseline, const Scenario &variant, const Catalog &catalog,
                     std::span<const Cause> order)
{
    Bridge bridge;
    const detail::EvaluateOptions plain{false, false, true, {}};
    const Results baseResults = detail::evaluateWith(baseline, catalog, plain);
    const Results varResults = detail::evaluateWith(variant, catalog, plain);
    const Effects base = effectsOf(baseline, baseResults, catalog);
    const Effects var = effectsOf(variant, varResults, catalog);
    Changes changes;
    for (auto &change : differences(baseline, variant))
        changes.emplace_back(change, causeOfParameter(change.path).value_or(Cause::Other));
    bridge.active = activeCauses(changes, base, var);
    // The totals as evaluate() gives them: the terms sum to their difference only if the held
    // effects reproduce both ends (tst_bridge checks it).
    bridge.baseline = criterionTotals(baseResults);
    bridge.variant = criterionTotals(varResults);

    std::vector<Cause> independent, chain;
    const auto add = [&](Cause c) {
        auto &list = inChain(c) ? chain : independent;
        if (bridge.active[static_cast<std::size_t>(c)] && std::find(list.begin(), list.end(), c) == list.end())
            list.push_back(c);
    };
    for (Cause c : order)
        add(c);
    for (const auto &info : causes()) // the causes `order` leaves out
        add(info.cause);
    std::sort(chain.begin(), chain.end()); // causal order is the enumeration order of Cause
    const Game game = playGame(baseline, catalog, changes, base, var, std::move(independent), std::move(chain));
    bridge.evaluations = 2 + static_cast<int>(game.value.size() * game.value.front().size());

    for (std::size_t i = 0; i < game.independent.size(); ++i)
        bridge.terms[static_cast<std::size_t>(game.independent[i])] = independentValue(game, i, game.chain.size());
    CriterionValues before{};
    for (std::size_t level = 1; level <= game.chain.size(); ++level) {
        const CriterionValues upTo = chainValue(game, level);
        CriterionValues &term = bridge.terms[static_cast<std::size_t>(game.chain[level - 1])];
        for (std::size_t c = 0; c < term.size(); ++c)
            term[c] = upTo[c] - before[c];
        before = upTo;
    }
    return bridge;
}

} // namespace mlimpact
