// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's rows for the scenario itself and the phases that run in a data centre: development,
// the architecture search, training and cloud deployment, with the workload, site and allocation rows
// they share.
#include "parameter_rows.h"

namespace mlimpact::parameter_rows {
namespace {

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

} // namespace

/// The scenario: its name, description and years in service.
void addScenarioRows(std::vector<Parameter> &r)
{
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
}

/// Development: experiments before the final run, or their measured energy.
void addDevelopmentRows(std::vector<Parameter> &r)
{
    const std::string kDevelopment(phaseLabel(Phase::Development));
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
}

/// The architecture search: its cost and what it saves.
void addNasRows(std::vector<Parameter> &r)
{
    const std::string kNas(phaseLabel(Phase::Nas));
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
}

/// Training: the final run, retraining and its schedule in time.
void addTrainingRows(std::vector<Parameter> &r)
{
    const std::string kTraining(phaseLabel(Phase::Training));
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
}

/// Cloud deployment: the queries, how their compute is given, and the serving site.
void addDeploymentRows(std::vector<Parameter> &r)
{
    const std::string kDeployment(phaseLabel(Phase::Deployment));
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
}

} // namespace mlimpact::parameter_rows
