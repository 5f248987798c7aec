// SPDX-License-Identifier: GPL-3.0-or-later
// The registry's rows for the edge fleet and disposal, and for what acts across the phases: the
// efficiency techniques, the rebound, the trends over the years and the hardware refresh.
#include "parameter_rows.h"

namespace mlimpact::parameter_rows {

/// The edge fleet: its devices, their use and the grid they charge from.
void addEdgeRows(std::vector<Parameter> &r)
{
    const std::string kEdge(phaseLabel(Phase::Edge));
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
}

/// Disposal: recycling and end-of-life carbon.
void addDisposalRows(std::vector<Parameter> &r)
{
    const std::string kDisposal(phaseLabel(Phase::Disposal));
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
}

/// The efficiency techniques: pruning, quantization and distillation.
void addEfficiencyRows(std::vector<Parameter> &r)
{
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
}

/// The rebound: how demand answers a cheaper query or a faster run.
void addReboundRows(std::vector<Parameter> &r)
{
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
}

/// Trends over the years: grid decarbonization and the edge fleet's adoption.
void addTrendRows(std::vector<Parameter> &r)
{
    const std::string kEdge(phaseLabel(Phase::Edge));
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
}

/// Hardware refresh of the serving fleet.
void addRefreshRows(std::vector<Parameter> &r)
{
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
}

} // namespace mlimpact::parameter_rows
