// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_registry.h"
// The registry assembled from its groups of rows (parameter_rows_*.cpp), with the conditions that
// tie rows together: the phase switch that disables a row, the mode a row is used in.
#include "parameter_rows.h"

#include <algorithm>

namespace mlimpact {
namespace {

using namespace parameter_rows;

bool findParameterIn(const std::vector<Parameter> &r, const std::string &path)
{
    return std::any_of(r.begin(), r.end(), [&](const Parameter &p) { return p.path == path; });
}

/// Which switch disables each row, and which modes or values each row is used in.
void linkRows(std::vector<Parameter> &r)
{
    // Every parameter below a phase can be switched off with that phase.
    for (auto &p : r) {
        const auto dot = p.path.find('.');
        const std::string flag = p.path.substr(0, dot) + ".enabled";
        if (p.path != flag && findParameterIn(r, flag))
            p.enabledBy = flag;
        // The fleet's adoption curve is kept under trends but only the edge fleet uses it.
        if (p.path.starts_with("trends.edge_"))
            p.enabledBy = "edge.enabled";
    }
    // Values that only one way of giving compute uses.
    auto usedWhen = [&r](const std::string &path, const std::string &modePath, std::vector<std::string> modes) {
        for (auto &p : r) {
            if (p.path == path)
                p.usedWhen.push_back({modePath, std::move(modes)});
        }
    };
    for (const std::string w : {"training.workload", "nas.workload"}) {
        const std::string mode = w + ".mode";
        usedWhen(w + ".active_parameters", mode, {"parameters_tokens"});
        usedWhen(w + ".tokens", mode, {"parameters_tokens"});
        usedWhen(w + ".flop_per_parameter_token", mode, {"parameters_tokens"});
        usedWhen(w + ".total_flop", mode, {"total_flop"});
        usedWhen(w + ".accelerator_hours", mode, {"accelerator_hours"});
        usedWhen(w + ".measured_energy_kwh", mode, {"measured_energy"});
        usedWhen(w + ".measured_energy_includes_pue", mode, {"measured_energy"});
    }
    usedWhen("nas.training_multiple", "nas.workload.mode", {"training_multiple"});
    for (const char *path : {"development.experiments", "development.fraction_of_training_run"})
        usedWhen(path, "development.measured", {"false"});
    for (const char *path : {"development.measured_energy_kwh", "development.measured_energy_includes_pue"})
        usedWhen(path, "development.measured", {"true"});
    for (const char *path : {"deployment.tokens_per_query", "deployment.flop_per_parameter_token"})
        usedWhen(path, "deployment.mode", {"model_flop"});
    usedWhen("deployment.active_parameters", "deployment.mode", {"model_flop", "roofline"});
    usedWhen("deployment.mfu", "deployment.mode", {"model_flop", "energy_per_query"});
    usedWhen("deployment.idle_power_fraction", "deployment.mode", {"model_flop", "energy_per_query"});
    for (const char *path :
         {"deployment.prompt_tokens", "deployment.generated_tokens", "deployment.total_parameters", "deployment.layers",
          "deployment.kv_heads", "deployment.head_dim", "deployment.experts", "deployment.experts_per_token",
          "deployment.max_batch", "deployment.replicas", "deployment.devices_per_replica",
          "deployment.prefill_efficiency", "deployment.decode_compute_efficiency",
          "deployment.memory_bandwidth_efficiency", "deployment.include_host_power"})
        usedWhen(path, "deployment.mode", {"roofline"});
    usedWhen("deployment.energy_per_query_wh", "deployment.mode", {"energy_per_query"});
    usedWhen("deployment.energy_per_query_includes_pue", "deployment.mode", {"energy_per_query"});
    usedWhen("efficiency.sparse_kernels", "efficiency.sparsity_kind", {"unstructured"});
    usedWhen("training.schedule.window_hours", "training.schedule.mode", {"flexible_start", "pause_resume"});
    // An allocated device's idle draw counts only while it is held longer than it works (docs/model.md §17).
    for (const std::string phase : {"development", "nas", "training"}) {
        for (auto &p : r) {
            if (p.path == phase + ".idle_power_fraction")
                p.usedWhenAbove.push_back({phase + ".provisioning_factor", 1.0});
        }
    }
}

std::vector<Parameter> buildRegistry()
{
    std::vector<Parameter> r;
    addScenarioRows(r);
    addDevelopmentRows(r);
    addNasRows(r);
    addTrainingRows(r);
    addDeploymentRows(r);
    addEdgeRows(r);
    addDisposalRows(r);
    addEfficiencyRows(r);
    addReboundRows(r);
    addTrendRows(r);
    addRefreshRows(r);
    linkRows(r);
    return r;
}

} // namespace

ParameterValue Parameter::defaultValue() const
{
    static const Scenario defaults;
    return get(defaults);
}

std::string Parameter::jsonPointer() const
{
    std::string out = "/" + path;
    std::replace(out.begin(), out.end(), '.', '/');
    return out;
}

const std::vector<Parameter> &parameterRegistry()
{
    static const std::vector<Parameter> registry = buildRegistry();
    return registry;
}

const Parameter *findParameter(std::string_view path)
{
    for (const auto &p : parameterRegistry()) {
        if (p.path == path)
            return &p;
    }
    return nullptr;
}

std::string_view computeModeName(ComputeMode mode)
{
    return EnumNames<ComputeMode>::names[static_cast<int>(mode)];
}
std::string_view inferenceModeName(InferenceMode mode)
{
    return EnumNames<InferenceMode>::names[static_cast<int>(mode)];
}

} // namespace mlimpact
