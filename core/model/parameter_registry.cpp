// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_registry.h"

#include "phases.h"

#include <algorithm>
#include <iterator>
#include <type_traits>

namespace mlimpact {
namespace {

template <class E> struct EnumNames;
template <> struct EnumNames<ComputeMode>
{
    static constexpr std::string_view names[] = {"parameters_tokens", "total_flop", "accelerator_hours",
                                                 "measured_energy", "training_multiple"};
};
static_assert(std::size(EnumNames<ComputeMode>::names) == static_cast<std::size_t>(kComputeModeCount),
              "one name per ComputeMode");
template <> struct EnumNames<InferenceMode>
{
    static constexpr std::string_view names[] = {"model_flop", "energy_per_query", "roofline"};
};
static_assert(std::size(EnumNames<InferenceMode>::names) == static_cast<std::size_t>(kInferenceModeCount),
              "one name per InferenceMode");
template <> struct EnumNames<Precision>
{
    static constexpr std::string_view names[] = {"fp32", "fp16", "int8", "int4"};
};
static_assert(std::size(EnumNames<Precision>::names) == static_cast<std::size_t>(kPrecisionCount),
              "one name per Precision");

template <> struct EnumNames<SparsityKind>
{
    static constexpr std::string_view names[] = {"unstructured", "structured_2to4"};
};
static_assert(std::size(EnumNames<SparsityKind>::names) == static_cast<std::size_t>(kSparsityKindCount),
              "one name per SparsityKind");
template <> struct EnumNames<ScheduleMode>
{
    static constexpr std::string_view names[] = {"run_now", "flexible_start", "pause_resume"};
};
static_assert(std::size(EnumNames<ScheduleMode>::names) == static_cast<std::size_t>(kScheduleModeCount),
              "one name per ScheduleMode");
template <> struct EnumNames<Season>
{
    static constexpr std::string_view names[] = {"annual", "spring", "summer", "autumn", "winter"};
};
static_assert(std::size(EnumNames<Season>::names) == static_cast<std::size_t>(kSeasonCount), "one name per Season");
template <> struct EnumNames<IntensityKind>
{
    static constexpr std::string_view names[] = {"average", "marginal"};
};
static_assert(std::size(EnumNames<IntensityKind>::names) == static_cast<std::size_t>(kIntensityKindCount),
              "one name per IntensityKind");

/// The table text of one row; the accessor is attached by bind().
struct Row
{
    std::string path;
    std::string section;
    std::string label;
    std::string unit;
    double min = 0, max = 0, low = 0, high = 0;
    bool log = false;
    std::string explanation;
    std::string source;
};

template <class Acc>
Parameter bind(Row row, Acc acc, ParameterKind stringKind = ParameterKind::Text,
               std::optional<CatalogSection> choices = std::nullopt)
{
    using T = std::remove_cvref_t<decltype(acc(std::declval<Scenario &>()))>;
    Parameter p;
    p.path = std::move(row.path);
    p.section = std::move(row.section);
    p.label = std::move(row.label);
    p.unit = std::move(row.unit);
    p.min = row.min;
    p.max = row.max;
    p.low = row.low;
    p.high = row.high;
    p.logScale = row.log;
    p.explanation = std::move(row.explanation);
    p.source = std::move(row.source);
    // The getter only reads; the accessor is shared with the setter, hence the const_cast.
    auto read = [acc](const Scenario &s) -> const T & { return acc(const_cast<Scenario &>(s)); };
    if constexpr (std::is_same_v<T, double>) {
        p.kind = ParameterKind::Number;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<double>(v); };
    } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        p.kind = ParameterKind::OptionalNumber;
        p.get = [read](const Scenario &s) {
            const auto &o = read(s);
            return o ? ParameterValue(*o) : ParameterValue(std::monostate{});
        };
        p.set = [acc](Scenario &s, const ParameterValue &v) {
            if (std::holds_alternative<double>(v))
                acc(s) = std::get<double>(v);
            else
                acc(s).reset();
        };
    } else if constexpr (std::is_same_v<T, bool>) {
        p.kind = ParameterKind::Flag;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<bool>(v); };
    } else if constexpr (std::is_same_v<T, std::string>) {
        p.kind = stringKind;
        p.choices = choices;
        p.get = [read](const Scenario &s) { return ParameterValue(read(s)); };
        p.set = [acc](Scenario &s, const ParameterValue &v) { acc(s) = std::get<std::string>(v); };
    } else {
        static_assert(std::is_enum_v<T>, "unsupported field type");
        p.kind = ParameterKind::Enum;
        for (auto name : EnumNames<T>::names)
            p.enumValues.emplace_back(name);
        p.get = [read](const Scenario &s) {
            return ParameterValue(std::string(EnumNames<T>::names[static_cast<int>(read(s))]));
        };
        p.set = [acc](Scenario &s, const ParameterValue &v) {
            const auto &name = std::get<std::string>(v);
            const auto &names = EnumNames<T>::names;
            const auto it = std::find(std::begin(names), std::end(names), name);
            if (it != std::end(names))
                acc(s) = static_cast<T>(it - std::begin(names));
        };
    }
    return p;
}

constexpr const char *kAssumption = "assumption: illustrative default for a generic system; set your own";

template <class WorkloadAcc>
void addWorkload(std::vector<Parameter> &out, const std::string &prefix, const std::string &section,
                 const std::string &what, WorkloadAcc w, bool allowTrainingMultiple)
{
    auto field = [w](auto member) {
        return [ w, member ](Scenario & s) -> auto &
        {
            return w(s).*member;
        };
    };
    Parameter mode = bind({prefix + ".mode", section, what + ": compute given as", "", 0, 0, 0, 0, false,
                           "How the compute is known: parameters x tokens, total FLOP, accelerator-hours, "
                           "measured IT energy" +
                               std::string(allowTrainingMultiple ? ", or a multiple of the final training run." : "."),
                           "Faiz et al. 2024 (LLMCarbon); Patterson et al. 2021; Strubell et al. 2019"},
                          field(&Workload::mode));
    if (!allowTrainingMultiple)
        mode.enumValues.pop_back(); // training_multiple is last: only NAS can be a multiple of training
    out.push_back(std::move(mode));
    out.push_back(
        bind({prefix + ".active_parameters", section, what + ": active parameters", "parameters", 1e3, 1e14, 1e6, 1e12,
              true, "Parameters used per token (for mixture-of-experts models, the active ones only).",
              "Patterson et al. 2021, Table 4 (active % per model)"},
             field(&Workload::active_parameters)));
    out.push_back(bind({prefix + ".tokens", section, what + ": training tokens", "tokens", 1e3, 1e16, 1e9, 1e14, true,
                        "Tokens (or samples) processed in one full run.", kAssumption},
                       field(&Workload::tokens)));
    out.push_back(bind({prefix + ".flop_per_parameter_token", section, what + ": FLOP per parameter per token", "FLOP",
                        0.1, 100, 6, 8, false, "About 6 for transformer training: 2 forward + 4 backward.",
                        "Kaplan et al. 2020; Faiz et al. 2024 (LLMCarbon)"},
                       field(&Workload::flop_per_parameter_token)));
    out.push_back(bind({prefix + ".total_flop", section, what + ": total compute", "FLOP", 1, 1e30, 1e18, 1e25, true,
                        "Total floating-point operations of one run, when known directly.",
                        "Patterson et al. 2021, Table 4 (total FLOPs per model)"},
                       field(&Workload::total_flop)));
    out.push_back(bind({prefix + ".accelerator_hours", section, what + ": accelerator-hours", "h", 1e-3, 1e10, 1e2, 1e7,
                        true, "Device-hours of one run, when known directly (devices x wall-clock hours).",
                        "Strubell et al. 2019, Table 3 (hours x GPUs)"},
                       field(&Workload::accelerator_hours)));
    out.push_back(
        bind({prefix + ".measured_energy_kwh", section, what + ": measured energy", "kWh", 1e-6, 1e10, 1, 1e7, true,
              "Energy measured for one run: at the servers (before the data centre's PUE), or at the wall when "
              "'measured at the facility wall' is on.",
              "Li et al. 2023 (server energy E); Morrison et al. 2025 (measured GPU power)"},
             field(&Workload::measured_energy_kwh)));
    out.push_back(bind({prefix + ".measured_energy_includes_pue", section, what + ": measured at the facility wall", "",
                        0, 0, 0, 0, false,
                        "On: the measured energy was metered at the data centre's wall, so it already includes "
                        "cooling and power losses and PUE is not applied again. Off: metered at the IT equipment "
                        "(servers, GPUs), as CodeCarbon, NVML or RAPL measure it.",
                        "The Green Grid 2012 (PUE = facility energy / IT equipment energy); Luccioni et al. 2023 "
                        "(BLOOM: measured at the GPUs, PUE applied after)"},
                       field(&Workload::measured_energy_includes_pue)));
    out.push_back(bind({prefix + ".mfu", section, what + ": utilization (MFU)", "", 0.001, 1, 0.2, 0.5, false,
                        "Model FLOP utilization: achieved / peak throughput. Typically 0.2-0.5 in training.",
                        "Patterson et al. 2021, Table 4 (measured/peak TFLOPS = 0.20-0.39)"},
                       field(&Workload::mfu)));
    out.push_back(bind({prefix + ".precision", section, what + ": numeric precision", "", 0, 0, 0, 0, false,
                        "Arithmetic precision; selects the accelerator's peak throughput.",
                        "Accelerator catalog (peak_tflops per precision)"},
                       field(&Workload::precision)));
    out.push_back(bind({prefix + ".devices", section, what + ": accelerators in parallel", "devices", 1, 1e6, 8, 1e4,
                        true, "Devices running at once. Sets the wall-clock time, not the energy.", kAssumption},
                       field(&Workload::devices)));
}

template <class SiteAcc>
void addSite(std::vector<Parameter> &out, const std::string &prefix, const std::string &what, Phase phase, SiteAcc site,
             double lowLoad, double highLoad)
{
    const std::string section = "Hardware & place";
    auto field = [site](auto member) {
        return [ site, member ](Scenario & s) -> auto &
        {
            return site(s).*member;
        };
    };
    // An override also says what it resolves to when unset: the model's value, keyed by the Site field.
    // The phase's host share (hostShareOf) is part of the power it shows.
    auto siteOverride = [phase, field](Row row, std::optional<double> Site::*member) {
        Parameter p = bind(std::move(row), field(member));
        p.resolve = [phase, member](const Scenario &s, const Catalog &catalog) -> std::optional<ResolvedValue> {
            const ResolvedSite resolved = resolvePhaseSite(s, phase, catalog);
            const ResolvedValue *v = resolved.valueOf(member);
            return v ? std::optional<ResolvedValue>(*v) : std::nullopt;
        };
        return p;
    };
    out.push_back(bind({prefix + ".hardware", section, what + " accelerator", "", 0, 0, 0, 0, false,
                        "Accelerator model from the hardware catalog (power, peak throughput, embodied carbon).",
                        "Hardware catalog (each entry cites its sources)"},
                       field(&Site::hardware), ParameterKind::Choice, CatalogSection::Accelerators));
    out.push_back(bind({prefix + ".region", section, what + " grid region", "", 0, 0, 0, 0, false,
                        "Electricity grid: annual carbon intensity and water intensity of generation.",
                        "Grid catalog (each entry cites its sources)"},
                       field(&Site::region), ParameterKind::Choice, CatalogSection::GridRegions));
    out.push_back(bind({prefix + ".datacenter", section, what + " data-centre type", "", 0, 0, 0, 0, false,
                        "Kind of facility: PUE (overhead energy) and on-site water use (WUE).",
                        "Data-centre catalog (each entry cites its sources)"},
                       field(&Site::datacenter), ParameterKind::Choice, CatalogSection::DatacenterTypes));
    out.push_back(bind({prefix + ".server", section, what + " host server", "", 0, 0, 0, 0, false,
                        "Host server from the server catalog, charged apart from the accelerators: its embodied "
                        "carbon and mass shared by the accelerators it hosts, over its own life; the accelerators "
                        "then count their boards alone. None (\"\"): each accelerator's figures carry a generic "
                        "server share. Energy is unchanged (the host share of power stays in each device's draw).",
                        "Server catalog (each entry cites its sources)"},
                       field(&Site::server), ParameterKind::Choice, CatalogSection::Servers));
    out.push_back(
        bind({prefix + ".load_fraction", section, what + " load (fraction of TDP)", "", 0.05, 1.2, lowLoad, highLoad,
              false, "Average accelerator draw while busy as a fraction of its TDP; the host share is added.",
              "Morrison et al. 2025 (H100 >85% of TDP in training); Patterson et al. 2021, Table 3"},
             field(&Site::load_fraction)));
    out.push_back(
        siteOverride({prefix + ".avg_power_w", section, what + " measured power per device", "W", 0.1, 1e5, 0, 0, false,
                      "Measured average power per device including its host share (roofline serving: the node's share, "
                      "or none when host power is not counted); replaces TDP x load + host.",
                      "Your measurement (e.g. Patterson et al. 2021 Table 4, Strubell et al. 2019 Table 3)"},
                     &Site::avg_power_w));
    out.push_back(siteOverride({prefix + ".pue", section, what + " PUE override", "", 1, 5, 1.08, 1.7, false,
                                "Power usage effectiveness: facility energy / IT energy.",
                                "Uptime Institute via "
                                "Strubell et al. 2019 (1.58); "
                                "Patterson et al. 2021 (1.09-1.12)"},
                               &Site::pue));
    out.push_back(siteOverride({prefix + ".wue_l_per_kwh", section, what + " on-site WUE override", "L/kWh", 0, 100, 0,
                                1.9, false, "Water evaporated on site per kWh of IT energy (cooling).",
                                "Li et al. 2023, Table 1 (0-1.9 L/kWh across Microsoft sites)"},
                               &Site::wue_l_per_kwh));
    out.push_back(siteOverride({prefix + ".intensity_g_per_kwh", section, what + " carbon intensity override",
                                "gCO₂e/kWh", 0, 2000, 5, 800, false, "Carbon intensity of the electricity used.",
                                "Your grid data (e.g. 432.7 g: Strubell et al. 2019 via US EPA 2018)"},
                               &Site::intensity_g_per_kwh));
    out.push_back(siteOverride(
        {prefix + ".ewif_l_per_kwh", section, what + " off-site water intensity override", "L/kWh", 0, 1000, 1, 10,
         false, "Water consumed generating each kWh of electricity (EWIF).", "Li et al. 2023 (WRI, Reig et al. 2020)"},
        &Site::ewif_l_per_kwh));
    out.push_back(
        siteOverride({prefix + ".embodied_kgco2e", section, what + " embodied carbon per device override", "kgCO₂e", 0,
                      1e7, 100, 1000, false, "Manufacturing carbon of one device including its share of the server.",
                      "Morrison et al. 2025 (463 kg per GPU incl. server); Luccioni et al. 2023 (BLOOM)"},
                     &Site::embodied_kgco2e));
    out.push_back(siteOverride({prefix + ".lifetime_years", section, what + " hardware lifetime override", "years", 0.1,
                                50, 3, 6, false, "Service life over which embodied impacts are spread.",
                                "Boavizta (3 yr); Morrison et al. 2025 (4 yr); LLMCarbon (5 yr); BLOOM (6 yr)"},
                               &Site::lifetime_years));
    out.push_back(
        siteOverride({prefix + ".use_rate", section, what + " hardware use rate override", "", 0.01, 1, 0.3, 0.85,
                      false, "Fraction of its lifetime the hardware is in use (linear allocation denominator).",
                      "Luccioni et al. 2023 (BLOOM, 85%); Wu et al. 2022 (30-60%)"},
                     &Site::use_rate));
}

constexpr const char *kIdlePowerSource = "Boavizta e-footprint (50 W idle / 400 W active per GPU); Luccioni et al. "
                                         "2023 (BLOOM A100s at 78-171 W under low load)";
constexpr const char *kInfrastructureSource =
    "Luccioni et al. 2023 (BLOOM on Jean Zay: 256,646 kWh idle and infrastructure beside 433,196 kWh "
    "dynamic, i.e. 0.59); default 0: assumption, only the devices counted";

/// Allocated-but-idle devices and shared infrastructure of a training-like phase (docs/model.md §17).
template <class PhaseAcc>
void addAllocation(std::vector<Parameter> &out, const std::string &prefix, const std::string &section, PhaseAcc phase)
{
    auto field = [phase](auto member) {
        return [ phase, member ](Scenario & s) -> auto &
        {
            return phase(s).*member;
        };
    };
    using P = std::remove_cvref_t<decltype(phase(std::declval<Scenario &>()))>;
    out.push_back(
        bind({prefix + ".provisioning_factor", section, "Allocated / busy device-hours", "x", 1, 20, 1, 2, false,
              "Devices held but not computing (queueing, checkpoints, failed and restarted jobs, "
              "reservations): allocated device-hours per busy device-hour. 1 = busy whenever held.",
              "assumption: 1 counts only busy device-hours, as before this input; full-cluster studies "
              "(Luccioni et al. 2023, BLOOM) report idle energy beside dynamic energy"},
             field(&P::provisioning_factor)));
    out.push_back(
        bind({prefix + ".idle_power_fraction", section, "Idle power (fraction of busy)", "", 0, 1, 0.1, 0.5, false,
              "Power drawn by an allocated but idle device, as a fraction of its busy power.", kIdlePowerSource},
             field(&P::idle_power_fraction)));
    out.push_back(bind({prefix + ".infrastructure_power_fraction", section,
                        "Shared infrastructure power (fraction of busy)", "", 0, 5, 0, 0.6, false,
                        "Storage, network and login nodes the phase shares, per allocated device, as a fraction of "
                        "a device's busy power; counted for every allocated device-hour.",
                        kInfrastructureSource},
                       field(&P::infrastructure_power_fraction)));
}

bool findParameterIn(const std::vector<Parameter> &r, const std::string &path)
{
    return std::any_of(r.begin(), r.end(), [&](const Parameter &p) { return p.path == path; });
}

/// The roofline serving mode's rows (docs/model.md §3.2).
void addRooflineRows(std::vector<Parameter> &r)
{
    auto dep = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.deployment.*member;
        };
    };
    auto add = [&r](Row row, auto acc, bool integer = false) {
        Parameter p = bind(std::move(row), acc);
        p.integer = integer;
        r.push_back(std::move(p));
    };
    const std::string kDep(phaseLabel(Phase::Deployment));
    const char *cards = "model cards (docs/model.md §3.2 lists Llama 2, Llama 3, Mistral 7B, Mixtral 8x7B)";
    add({"deployment.prompt_tokens", kDep, "Prompt tokens per request", "tokens", 0, 1e7, 50, 4000, false,
         "Tokens in the prompt (incl. system prompt and context); processed in one compute-bound pass.",
         "Li et al. 2023 (medium request: <=800 words in)"},
        dep(&DeploymentPhase::prompt_tokens));
    add({"deployment.generated_tokens", kDep, "Generated tokens per request", "tokens", 1, 1e7, 50, 2000, true,
         "Tokens in the response; each is one decode step.", "Li et al. 2023 (medium request: 150-300 words out)"},
        dep(&DeploymentPhase::generated_tokens));
    add({"deployment.total_parameters", kDep, "Served model: total parameters", "parameters", 1e3, 1e14, 1e6, 2e12,
         true,
         "Parameters held in memory (all experts of a mixture-of-experts); below the active parameters it "
         "counts as equal to them.",
         cards},
        dep(&DeploymentPhase::total_parameters));
    add({"deployment.layers", kDep, "Transformer layers", "", 1, 1000, 12, 128, false,
         "Layers of the served model (sets the KV cache).", cards},
        dep(&DeploymentPhase::layers), true);
    add({"deployment.kv_heads", kDep, "Key/value heads", "", 1, 1024, 1, 128, false,
         "Key/value heads per layer (fewer than query heads with grouped-query attention).", cards},
        dep(&DeploymentPhase::kv_heads), true);
    add({"deployment.head_dim", kDep, "Head size", "", 1, 4096, 64, 256, false, "Dimension of one attention head.",
         cards},
        dep(&DeploymentPhase::head_dim), true);
    add({"deployment.experts", kDep, "Experts per layer", "", 1, 1024, 1, 64, false,
         "Mixture-of-experts: experts per layer (1 = dense model).", cards},
        dep(&DeploymentPhase::experts), true);
    add({"deployment.experts_per_token", kDep, "Experts per token (top-k)", "", 1, 1024, 1, 8, false,
         "Experts each token is routed to; above the experts per layer it counts as equal to them.", cards},
        dep(&DeploymentPhase::experts_per_token), true);
    add({"deployment.max_batch", kDep, "Maximum batch", "sequences", 1, 1e5, 1, 512, true,
         "Most sequences a replica decodes together (continuous batching); memory for the KV cache may "
         "allow fewer.",
         "vLLM default max_num_seqs 256 (Kwon et al. 2023); assumption: 64 as a latency-conscious default"},
        dep(&DeploymentPhase::max_batch), true);
    add({"deployment.replicas", kDep, "Provisioned replicas", "", 0, 1e9, 0, 1000, false,
         "Model replicas kept running; 0 = as many as the load needs at the maximum batch, times the "
         "provisioning factor. Too few are raised to what the load needs.",
         kAssumption},
        dep(&DeploymentPhase::replicas), true);
    add({"deployment.devices_per_replica", kDep, "Devices per replica", "", 0, 4096, 0, 16, false,
         "Accelerators one model replica is split over (tensor parallel); 0 = the fewest whose memory holds "
         "the weights. Fewer than that are raised to it.",
         kAssumption},
        dep(&DeploymentPhase::devices_per_replica), true);
    add({"deployment.prefill_efficiency", kDep, "Prefill efficiency", "", 0.01, 1, 0.3, 0.8, false,
         "Achieved / peak FLOP/s while processing prompts (compute-bound).",
         "assumption: 0.5; prefill runs large matrix products near training MFU (training defaults 0.35-0.85)"},
        dep(&DeploymentPhase::prefill_efficiency));
    add({"deployment.decode_compute_efficiency", kDep, "Decode compute efficiency", "", 0.01, 1, 0.3, 0.8, false,
         "Achieved / peak FLOP/s in a decode step once it is compute-bound (large batches).",
         "assumption: 0.5, as for prefill"},
        dep(&DeploymentPhase::decode_compute_efficiency));
    add({"deployment.memory_bandwidth_efficiency", kDep, "Memory bandwidth efficiency", "", 0.01, 1, 0.5, 0.95, false,
         "Achieved / datasheet memory bandwidth while decode streams weights and KV cache.",
         "assumption: 0.8; streaming kernels reach roughly 80-90% of HBM peak (Yuan et al. 2024, LLM Inference "
         "Unveiled, use the datasheet peak as the roof)"},
        dep(&DeploymentPhase::memory_bandwidth_efficiency));
    add({"deployment.include_host_power", kDep, "Count host power", "", 0, 0, 0, 0, false,
         "Count the host's share of node power (CPUs, memory, network, fans) besides the accelerators; off "
         "matches measurements of the accelerator boards alone (NVML, Zeus).",
         "Accelerator catalog: node_host_power_w from node specifications, else host_power_w"},
        dep(&DeploymentPhase::include_host_power));
}

std::vector<Parameter> buildRegistry()
{
    std::vector<Parameter> r;
    // A phase's parameters are grouped under its label.
    const std::string kDevelopment(phaseLabel(Phase::Development)), kNas(phaseLabel(Phase::Nas)),
        kTraining(phaseLabel(Phase::Training)), kDeployment(phaseLabel(Phase::Deployment)),
        kEdge(phaseLabel(Phase::Edge)), kDisposal(phaseLabel(Phase::Disposal));
    auto sys = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.system.*member;
        };
    };
    r.push_back(bind({"system.name", "Scenario", "Name", "", 0, 0, 0, 0, false, "Name of the system modelled.", ""},
                     sys(&SystemSettings::name)));
    r.push_back(bind({"system.description", "Scenario", "Description", "", 0, 0, 0, 0, false,
                      "What the system is and where its numbers come from.", ""},
                     sys(&SystemSettings::description)));
    r.push_back(bind({"system.service_years", "Scenario", "Years in service", "years", 0.25, 30, 1, 10, false,
                      "How long the model serves queries and the edge fleet runs; also the span for retraining, "
                      "device replacement and disposal.",
                      kAssumption},
                     sys(&SystemSettings::service_years)));

    auto dev = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.development.*member;
        };
    };
    r.push_back(bind({"development.enabled", kDevelopment, "Include development", "", 0, 0, 0, 0, false,
                      "Count experiments and trials before the final training run.", ""},
                     dev(&DevelopmentPhase::enabled)));
    r.push_back(bind({"development.experiments", kDevelopment, "Experiments", "runs", 0, 1e6, 10, 5000, false,
                      "Experiments, hyper-parameter trials and failed runs before the final model.",
                      "Strubell et al. 2019 (LISA: 4,789 jobs, ~2,000x one run); Morrison et al. 2025 (OLMo)"},
                     dev(&DevelopmentPhase::experiments)));
    r.push_back(bind({"development.fraction_of_training_run", kDevelopment, "Average experiment size", "x final run", 0,
                      10, 0.01, 1, false,
                      "Average cost of one experiment as a fraction of the final training run. Experiments x "
                      "size = development multiplier (OLMo ~1.5; Green Algorithms/BLOOM use ~1.5).",
                      "Morrison et al. 2025; Green Algorithms; Luccioni et al. 2023 (BLOOM)"},
                     dev(&DevelopmentPhase::fraction_of_training_run)));
    r.push_back(bind({"development.measured", kDevelopment, "Use measured energy", "", 0, 0, 0, 0, false,
                      "On: development is the measured energy of all experiments together (for example the "
                      "runs CodeCarbon logged, File > Import Measured Runs) instead of experiments x size.",
                      "Morrison et al. 2025 (OLMo: development measured separately from the final runs)"},
                     dev(&DevelopmentPhase::measured)));
    r.push_back(bind({"development.measured_energy_kwh", kDevelopment, "Measured energy of all experiments", "kWh",
                      1e-6, 1e10, 10, 1e7, true,
                      "Energy of every experiment, trial and failed run together, on the training site's hardware.",
                      "Morrison et al. 2025 (OLMo development runs); CodeCarbon emissions.csv energy_consumed"},
                     dev(&DevelopmentPhase::measured_energy_kwh)));
    r.push_back(bind({"development.measured_energy_includes_pue", kDevelopment, "Measured at the facility wall", "", 0,
                      0, 0, 0, false,
                      "On: metered at the data centre's wall (PUE already in), so PUE is not applied again. Off: "
                      "metered at the IT equipment, as CodeCarbon, NVML or RAPL measure it.",
                      "The Green Grid 2012 (PUE = facility energy / IT equipment energy)"},
                     dev(&DevelopmentPhase::measured_energy_includes_pue)));
    addAllocation(r, "development", kDevelopment, [](Scenario &s) -> DevelopmentPhase & { return s.development; });

    auto nas = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.nas.*member;
        };
    };
    r.push_back(bind({"nas.enabled", kNas, "Include architecture search", "", 0, 0, 0, 0, false,
                      "Count a neural architecture search and the compute savings it buys.", ""},
                     nas(&NasPhase::enabled)));
    addWorkload(
        r, "nas.workload", kNas, "Search", [](Scenario &s) -> Workload & { return s.nas.workload; }, true);
    r.push_back(bind({"nas.training_multiple", kNas, "Search cost (x final run)", "x final run", 1e-3, 1e5, 0.1, 1000,
                      true, "Search cost as a multiple of the final training run (mode training_multiple).",
                      "Strubell et al. 2019 (Evolved Transformer NAS); Patterson et al. 2021 (88x lower actual)"},
                     nas(&NasPhase::training_multiple)));
    r.push_back(bind({"nas.inference_compute_saving", kNas, "Inference compute saved", "", 0, 0.95, 0.05, 0.5, false,
                      "Fraction of the deployed model's FLOP per query that the found architecture saves.",
                      "assumption: depends on the search; So et al. 2019 via Patterson et al. 2021 (Evolved "
                      "Transformer saved ~48.5 tCO2e when training Meena)"},
                     nas(&NasPhase::inference_compute_saving)));
    r.push_back(bind({"nas.training_compute_saving", kNas, "Training compute saved", "", 0, 0.95, 0, 0.5, false,
                      "Fraction of the final training run's FLOP that the found architecture saves.",
                      "Patterson et al. 2021 (Evolved Transformer vs Meena, ~15:1 payback)"},
                     nas(&NasPhase::training_compute_saving)));
    addAllocation(r, "nas", kNas, [](Scenario &s) -> NasPhase & { return s.nas; });
    addSite(
        r, "nas.site", kNas, Phase::Nas, [](Scenario &s) -> Site & { return s.nas.site; }, 0.6, 0.95);

    auto tr = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.training.*member;
        };
    };
    r.push_back(bind({"training.enabled", kTraining, "Include training", "", 0, 0, 0, 0, false,
                      "Count the final training run and retraining.", ""},
                     tr(&TrainingPhase::enabled)));
    addWorkload(
        r, "training.workload", kTraining, "Training", [](Scenario &s) -> Workload & { return s.training.workload; },
        false);
    r.push_back(bind({"training.retrains_per_year", kTraining, "Retrainings per year", "per year", 0, 365, 0, 12, false,
                      "Retraining or fine-tuning runs per year of service.", kAssumption},
                     tr(&TrainingPhase::retrains_per_year)));
    r.push_back(bind({"training.retrain_fraction", kTraining, "Retraining size", "x final run", 0, 10, 0.01, 1, false,
                      "Cost of one retraining as a fraction of the final training run.", kAssumption},
                     tr(&TrainingPhase::retrain_fraction)));
    addAllocation(r, "training", kTraining, [](Scenario &s) -> TrainingPhase & { return s.training; });
    addSite(
        r, "training.site", kTraining, Phase::Training, [](Scenario &s) -> Site & { return s.training.site; }, 0.6,
        0.95);
    auto sched = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.training.schedule.*member;
        };
    };
    r.push_back(bind({"training.schedule.mode", "Time & place", "Training schedule", "", 0, 0, 0, 0, false,
                      "Run now, start at the cleanest time (flexible start) or run only in the cleanest hours "
                      "(pause and resume) within the window. Applies to training and development runs.",
                      "Dodge et al. 2022 (savings from <1% for long jobs to >25% for short ones)"},
                     sched(&Schedule::mode)));
    // The hour-of-day profile has one value per hour: a fractional start would be truncated.
    Parameter startHour = bind({"training.schedule.start_hour", "Time & place", "Job can start at", "h", 0, 23, 0, 23,
                                false, "Local hour of day (whole hours) when the job is ready to run.", kAssumption},
                               sched(&Schedule::start_hour));
    startHour.integer = true;
    r.push_back(std::move(startHour));
    r.push_back(bind({"training.schedule.window_hours", "Time & place", "Must finish within", "h", 1, 8760, 24, 168,
                      true, "Hours from the start hour by which the job must be done.",
                      "Dodge et al. 2022 (windows of 6 h to 7 days)"},
                     sched(&Schedule::window_hours)));
    r.push_back(bind({"training.schedule.season", "Time & place", "Season", "", 0, 0, 0, 0, false,
                      "Which hour-of-day profile to use, where the region has seasonal data.",
                      "CAISO 2018 Daily Renewables Watch, hourly profile computed here (annual, spring, summer)"},
                     sched(&Schedule::season)));
    // A year of hourly data (import-intensity) is indexed by day and hour; the 24-hour profiles ignore the day.
    Parameter startDay = bind({"training.schedule.start_day", "Time & place", "Job can start on day", "day of year", 1,
                               366, 1, 366, false,
                               "Day of the year (1 = 1 January) when the job is ready, for regions with a year of "
                               "hourly data (hours in UTC); day 366 of a 365-day year wraps to 1 January.",
                               kAssumption},
                              sched(&Schedule::start_day));
    startDay.integer = true;
    r.push_back(std::move(startDay));
    r.push_back(bind({"training.schedule.intensity_kind", "Time & place", "Hourly intensity", "", 0, 0, 0, 0, false,
                      "For regions with a year of hourly data: the average intensity of the mix (Electricity Maps) "
                      "or the marginal intensity of the plant that answers one more kWh (WattTime MOER). Where the "
                      "region has only one kind, that one is used and a caveat says so.",
                      "Electricity Maps data portal (average, hourly); WattTime historical MOER (marginal)"},
                     sched(&Schedule::intensity_kind)));

    auto dep = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.deployment.*member;
        };
    };
    r.push_back(bind({"deployment.enabled", kDeployment, "Include cloud deployment", "", 0, 0, 0, 0, false,
                      "Count serving queries in the data centre.", ""},
                     dep(&DeploymentPhase::enabled)));
    r.push_back(bind({"deployment.mode", kDeployment, "Query compute given as", "", 0, 0, 0, 0, false,
                      "FLOP from parameters x tokens per query, measured IT energy per query, or the roofline "
                      "serving model (prefill, memory-bound decode, batch from load, power by load).",
                      "Kaplan et al. 2020; Li et al. 2023 (0.004 kWh per medium request); Williams et al. 2009 "
                      "(roofline); docs/model.md §3.2"},
                     dep(&DeploymentPhase::mode)));
    r.push_back(bind({"deployment.queries_per_day", kDeployment, "Queries per day", "queries/day", 1, 1e13, 1e3, 1e10,
                      true, "Queries served per day in the first year.", kAssumption},
                     dep(&DeploymentPhase::queries_per_day)));
    r.push_back(
        bind({"deployment.query_growth_per_year", kDeployment, "Query growth per year", "1/year", -0.9, 10, 0, 1, false,
              "Yearly growth of demand; the scenario file holds a fraction (0.5 = +50% per year).", kAssumption},
             dep(&DeploymentPhase::query_growth_per_year)));
    r.push_back(bind({"deployment.active_parameters", kDeployment, "Served model: active parameters", "parameters", 1e3,
                      1e14, 1e6, 1e12, true, "Parameters active per token in the model as served.", kAssumption},
                     dep(&DeploymentPhase::active_parameters)));
    r.push_back(bind({"deployment.tokens_per_query", kDeployment, "Tokens per query", "tokens", 1, 1e7, 100, 1e4, true,
                      "Tokens processed per query (prompt + output).",
                      "Li et al. 2023 (medium request: <=800 words in, 150-300 out)"},
                     dep(&DeploymentPhase::tokens_per_query)));
    r.push_back(bind({"deployment.flop_per_parameter_token", kDeployment, "FLOP per parameter per token", "FLOP", 0.1,
                      100, 2, 3, false, "About 2 for a transformer forward pass.", "Kaplan et al. 2020"},
                     dep(&DeploymentPhase::flop_per_parameter_token)));
    r.push_back(bind({"deployment.energy_per_query_wh", kDeployment, "Measured energy per query", "Wh", 1e-6, 1e4, 0.3,
                      16, true,
                      "Energy per query when measured: at the servers (before PUE), or at the wall when 'measured at "
                      "the facility wall' is on.",
                      "Li et al. 2023 (4 Wh GPT-3 medium request; 10-16 Wh Llama-3-70B/Falcon-180B)"},
                     dep(&DeploymentPhase::energy_per_query_wh)));
    r.push_back(bind({"deployment.energy_per_query_includes_pue", kDeployment, "Measured at the facility wall", "", 0,
                      0, 0, 0, false,
                      "On: the energy per query was metered at the data centre's wall (PUE already in), so PUE is "
                      "not applied again. Off: metered at the servers.",
                      "The Green Grid 2012 (PUE = facility energy / IT equipment energy)"},
                     dep(&DeploymentPhase::energy_per_query_includes_pue)));
    r.push_back(bind({"deployment.mfu", kDeployment, "Serving utilization (MFU)", "", 0.001, 1, 0.02, 0.3, false,
                      "Achieved / peak throughput while busy; small-batch inference is lower than training.",
                      "docs/model.md §3; Fernandez et al. 2025 (batch size effects)"},
                     dep(&DeploymentPhase::mfu)));
    r.push_back(bind({"deployment.precision", kDeployment, "Serving precision", "", 0, 0, 0, 0, false,
                      "Arithmetic precision of the served model.", "Accelerator catalog"},
                     dep(&DeploymentPhase::precision)));
    r.push_back(
        bind({"deployment.provisioning_factor", kDeployment, "Provisioned / busy capacity", "x", 1, 20, 1.1, 4, false,
              "A fleet sized for peak demand runs idle between peaks: provisioned device-hours per busy "
              "device-hour.",
              "Luccioni et al. 2023 (BLOOM API: ~75% of energy keeping the model loaded)"},
             dep(&DeploymentPhase::provisioning_factor)));
    r.push_back(bind({"deployment.idle_power_fraction", kDeployment, "Idle power (fraction of busy)", "", 0, 1, 0.1,
                      0.5, false, "Power drawn by a provisioned but idle device, as a fraction of its busy power.",
                      "Boavizta e-footprint (50 W idle / 400 W active per GPU); Luccioni et al. 2023 (BLOOM "
                      "A100s at 78-171 W under low load)"},
                     dep(&DeploymentPhase::idle_power_fraction)));
    r.push_back(bind({"deployment.infrastructure_power_fraction", kDeployment,
                      "Shared infrastructure power (fraction of busy)", "", 0, 5, 0, 0.6, false,
                      "Storage, network and front-end nodes the serving fleet shares, per provisioned device, as a "
                      "fraction of a device's busy power; counted for every provisioned device-hour.",
                      kInfrastructureSource},
                     dep(&DeploymentPhase::infrastructure_power_fraction)));
    addRooflineRows(r);
    addSite(
        r, "deployment.site", kDeployment, Phase::Deployment, [](Scenario &s) -> Site & { return s.deployment.site; },
        0.3, 0.8);

    auto edge = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.edge.*member;
        };
    };
    auto edgeOverride = [edge](Row row, std::optional<double> EdgePhase::*member) {
        Parameter p = bind(std::move(row), edge(member));
        p.resolve = [member](const Scenario &s, const Catalog &catalog) -> std::optional<ResolvedValue> {
            const ResolvedEdge resolved = resolveEdge(s.edge, catalog);
            const ResolvedValue *v = resolved.valueOf(member);
            return v ? std::optional<ResolvedValue>(*v) : std::nullopt;
        };
        return p;
    };
    r.push_back(bind({"edge.enabled", kEdge, "Include edge fleet", "", 0, 0, 0, 0, false,
                      "Count devices that run the model on-device.", ""},
                     edge(&EdgePhase::enabled)));
    r.push_back(bind({"edge.device", kEdge, "Device", "", 0, 0, 0, 0, false,
                      "Edge device model from the catalog (power, embodied carbon, lifetime, mass).",
                      "Edge catalog (each entry cites its sources)"},
                     edge(&EdgePhase::device), ParameterKind::Choice, CatalogSection::EdgeDevices));
    r.push_back(bind({"edge.region", kEdge, "Users' grid region", "", 0, 0, 0, 0, false,
                      "Grid where the devices are charged.", "Grid catalog"},
                     edge(&EdgePhase::region), ParameterKind::Choice, CatalogSection::GridRegions));
    r.push_back(bind({"edge.devices", kEdge, "Devices in the fleet", "devices", 1, 1e10, 100, 1e8, true,
                      "Devices running the model at the same time.", kAssumption},
                     edge(&EdgePhase::devices)));
    r.push_back(bind({"edge.inferences_per_device_per_day", kEdge, "Inferences per device per day", "per day", 0, 1e7,
                      1, 1e4, false, "On-device inferences per device per day.", kAssumption},
                     edge(&EdgePhase::inferences_per_device_per_day)));
    r.push_back(bind({"edge.energy_per_inference_j", kEdge, "Energy per inference", "J", 1e-6, 1e5, 0.01, 10, true,
                      "Device energy of one on-device inference.", kAssumption},
                     edge(&EdgePhase::energy_per_inference_j)));
    r.push_back(bind({"edge.ml_share", kEdge, "Share of device charged to ML", "", 0, 1, 0.01, 1, false,
                      "1 for a device bought for the model; a small share for a phone that would exist anyway. "
                      "Applies to embodied carbon, baseline power and e-waste.",
                      "docs/model.md §6; Apple/Google product reports (manufacturing 72-85% of phone life-cycle)"},
                     edge(&EdgePhase::ml_share)));
    r.push_back(bind({"edge.hours_on_per_day", kEdge, "Hours on per day", "h/day", 0, 24, 3.6, 24, false,
                      "Hours a day a device is on, drawing its average power (24 for an always-on sensor).",
                      "Boavizta e-footprint (smartphone in use 3.6 h/day)"},
                     edge(&EdgePhase::hours_on_per_day)));
    r.push_back(edgeOverride({"edge.avg_power_w", kEdge, "Device power override", "W", 0, 1e4, 0.01, 60, false,
                              "Average power of one device while on.", "Edge catalog"},
                             &EdgePhase::avg_power_w));
    r.push_back(
        edgeOverride({"edge.embodied_kgco2e", kEdge, "Embodied carbon per device override", "kgCO₂e", 0, 1e6, 1, 200,
                      false, "Manufacturing carbon of one whole device.", "ADEME Base Empreinte; Boavizta"},
                     &EdgePhase::embodied_kgco2e));
    r.push_back(edgeOverride({"edge.lifetime_years", kEdge, "Device lifetime override", "years", 0.1, 50, 2, 6, false,
                              "Years before a device is replaced (one cohort of e-waste each time).",
                              "Boavizta e-footprint (phone 3 yr)"},
                             &EdgePhase::lifetime_years));
    r.push_back(
        edgeOverride({"edge.intensity_g_per_kwh", kEdge, "Users' carbon intensity override", "gCO₂e/kWh", 0, 2000, 5,
                      800, false, "Carbon intensity of the electricity charging the devices.", "Grid catalog"},
                     &EdgePhase::intensity_g_per_kwh));

    auto disp = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.disposal.*member;
        };
    };
    r.push_back(bind({"disposal.enabled", kDisposal, "Include disposal", "", 0, 0, 0, 0, false,
                      "Count retired hardware as e-waste and its end-of-life processing.", ""},
                     disp(&DisposalPhase::enabled)));
    r.push_back(bind({"disposal.formal_recycling_rate", kDisposal, "Formally collected & recycled", "", 0, 1, 0.174,
                      0.428, false, "Share of e-waste documented as formally collected and recycled.",
                      "Global E-waste Monitor 2024 (22.3% worldwide in 2022; Europe 42.8%); GEM 2020 (17.4%)"},
                     disp(&DisposalPhase::formal_recycling_rate)));
    r.push_back(bind({"disposal.eol_kgco2e_per_kg", kDisposal, "End-of-life carbon", "kgCO₂e/kg", 0, 10, 0.001, 0.2,
                      false, "Carbon of collecting and processing one kg of e-waste.",
                      "assumption: no per-kg figure in our sources; Boavizta's IoT model puts end-of-life at "
                      "0.001-0.2 kgCO2e per functional block, i.e. small"},
                     disp(&DisposalPhase::eol_kgco2e_per_kg)));
    r.push_back(bind({"disposal.retire_at_end", kDisposal, "Retire hardware at the end", "", 0, 0, 0, 0, false,
                      "Edge devices still in service when the system ends are retired too (cradle to grave); "
                      "otherwise only cohorts at end of life. Data-centre hardware is always counted by its "
                      "allocated share.",
                      "docs/model.md §7"},
                     disp(&DisposalPhase::retire_at_end)));

    auto eff = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.efficiency.*member;
        };
    };
    const std::string e = "Efficiency techniques";
    r.push_back(bind({"efficiency.sparsity", e, "Pruned weights (sparsity)", "", 0, 0.99, 0, 0.9, false,
                      "Fraction of the served model's weights set to zero. Compute falls by this fraction; time "
                      "and energy only as far as the hardware realizes it.",
                      "docs/model.md §9; realization catalog (Gale et al. 2020; Mishra et al. 2021)"},
                     eff(&EfficiencySettings::sparsity)));
    r.push_back(bind({"efficiency.sparsity_kind", e, "Pruning pattern", "", 0, 0, 0, 0, false,
                      "Unstructured (any weight) or 2:4 structured (two of every four; at most 50%).",
                      "Mishra et al. 2021 (NVIDIA 2:4 sparsity)"},
                     eff(&EfficiencySettings::sparsity_kind)));
    r.push_back(bind({"efficiency.sparse_kernels", e, "Use sparse kernels", "", 0, 0, 0, 0, false,
                      "Run unstructured sparsity with sparse kernels; otherwise masked dense kernels multiply the "
                      "zeros anyway (no speed-up).",
                      "Gale et al. 2020 (Sputnik: faster than dense only above ~71% sparsity on V100)"},
                     eff(&EfficiencySettings::sparse_kernels)));
    r.push_back(
        bind({"efficiency.pruning_finetune_fraction", e, "Fine-tuning after pruning", "x final run", 0, 10, 0.01, 0.5,
              false, "One-off fine-tuning to recover accuracy, charged to development.", kAssumption},
             eff(&EfficiencySettings::pruning_finetune_fraction)));
    r.push_back(bind({"efficiency.distillation_ratio", e, "Student / teacher compute", "", 0.01, 1, 0.05, 1, false,
                      "Compute per query of a distilled student relative to the original model (1 = no "
                      "distillation).",
                      "docs/model.md §9 (distillation)"},
                     eff(&EfficiencySettings::distillation_ratio)));
    r.push_back(bind({"efficiency.distillation_cost_fraction", e, "Distillation cost", "x final run", 0, 10, 0.1, 1,
                      false, "One-off teacher inference over the distillation set plus student training.", kAssumption},
                     eff(&EfficiencySettings::distillation_cost_fraction)));
    r.push_back(
        bind({"efficiency.quantization_cost_fraction", e, "Quantization cost", "x final run", 0, 10, 0.001, 0.2, false,
              "One-off calibration or quantization-aware training, charged when serving INT8 or INT4.", kAssumption},
             eff(&EfficiencySettings::quantization_cost_fraction)));

    auto reb = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.rebound.*member;
        };
    };
    r.push_back(bind({"rebound.deployment_elasticity", "Rebound", "Demand elasticity", "", 0, 3, 0, 1.2, false,
                      "How demand responds to cheaper queries: 0 none, 1 savings fully taken back, above 1 "
                      "backfire (Jevons paradox).",
                      "Wu et al. 2022 (Meta: 20% gains every 6 months, 28.5% net over 2 years -> about 0.62)"},
                     reb(&ReboundSettings::deployment_elasticity)));
    r.push_back(bind({"rebound.development_elasticity", "Rebound", "Experiment elasticity", "", 0, 3, 0, 1, false,
                      "How many more experiments practitioners run when training gets faster.",
                      "docs/model.md §11 (development rebound); Luccioni, Strubell, Crawford 2025"},
                     reb(&ReboundSettings::development_elasticity)));

    auto tr2 = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.trends.*member;
        };
    };
    r.push_back(bind({"trends.grid_decarbonization_per_year", "Time & place", "Grid decarbonization", "per year", -0.2,
                      0.5, 0, 0.1, false,
                      "Yearly fall of grid carbon intensity in the time simulation (a region's catalog value "
                      "overrides it).",
                      kAssumption},
                     tr2(&TrendSettings::grid_decarbonization_per_year)));
    r.push_back(bind({"trends.edge_initial_share", kEdge, "Fleet in service at launch", "", 0.001, 1, 0.01, 1, false,
                      "Share of the edge fleet in service at launch; adoption follows an S-curve.", kAssumption},
                     tr2(&TrendSettings::edge_initial_share)));
    r.push_back(bind({"trends.edge_adoption_years", kEdge, "Years to full adoption", "years", 0.1, 20, 0.5, 5, false,
                      "Years until 95% of the edge fleet is in service.", kAssumption},
                     tr2(&TrendSettings::edge_adoption_years)));

    auto ref = [](auto member) {
        return [member](Scenario & s) -> auto &
        {
            return s.refresh.*member;
        };
    };
    r.push_back(
        bind({"refresh.interval_years", "Hardware & place", "Refresh serving fleet every", "years", 0, 20, 0, 6, false,
              "Replace the serving hardware every N years in the time simulation (0 = never; otherwise at "
              "least one month, the simulation's step). An early refresh strands the unused life of the old fleet.",
              "Boavizta (3-6 year server lifetimes); Wu et al. 2022"},
             ref(&RefreshSettings::interval_years)));
    r.push_back(
        bind({"refresh.efficiency_gain_per_generation", "Hardware & place", "Gain per hardware generation", "", 0, 0.95,
              0, 0.6, false, "Energy per query saved by each new generation of hardware.", kAssumption},
             ref(&RefreshSettings::efficiency_gain_per_generation)));
    r.push_back(bind({"refresh.candidate_hardware", "Hardware & place", "Refresh candidate", "", 0, 0, 0, 0, false,
                      "Accelerator to compare against the current serving hardware (refresh-or-keep payback).",
                      "Hardware catalog"},
                     ref(&RefreshSettings::candidate_hardware), ParameterKind::Choice, CatalogSection::Accelerators));

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
