// The scenario: a plain value describing one ML system over its life cycle.
// One sub-struct per phase; every field is described in the parameter registry
// (parameter_registry.h), which is the single source of truth for labels,
// units, ranges, defaults and sources. Default member values here must equal
// the registry defaults (a test checks it).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"

#include <optional>
#include <string>

namespace mlimpact {

/// How the compute of a training-like workload is given.
enum class ComputeMode {
    ParametersTokens, ///< FLOP = flop_per_parameter_token x active parameters x tokens
    TotalFlop,        ///< FLOP given directly
    AcceleratorHours, ///< device-hours given directly
    MeasuredEnergy,   ///< IT energy (kWh at the servers, before PUE) measured
    TrainingMultiple, ///< NAS only: a multiple of one final training run
};
inline constexpr int kComputeModeCount = 5;
static_assert(static_cast<int>(ComputeMode::TrainingMultiple) + 1 == kComputeModeCount);

/// How unstructured or structured pruning is laid out.
enum class SparsityKind {
    Unstructured,   ///< any weight may be zero: needs sparse kernels to run faster
    Structured2to4, ///< 2 of every 4 weights zero (NVIDIA Ampere and later): at most 50%
};
inline constexpr int kSparsityKindCount = 2;
static_assert(static_cast<int>(SparsityKind::Structured2to4) + 1 == kSparsityKindCount);

/// When a training job runs within its allowed window (Dodge et al. 2022).
enum class ScheduleMode {
    RunNow,        ///< start at start_hour, run to the end
    FlexibleStart, ///< best contiguous block that fits in the window
    PauseResume,   ///< best hours in the window, not necessarily contiguous
};
inline constexpr int kScheduleModeCount = 3;
static_assert(static_cast<int>(ScheduleMode::PauseResume) + 1 == kScheduleModeCount);

enum class Season { Annual, Spring, Summer, Autumn, Winter };
static_assert(static_cast<int>(Season::Winter) + 1 == kSeasonCount, "kSeasonCount (catalog.h) counts Season");

/// How the compute of one cloud query is given.
enum class InferenceMode {
    ModelFlop,      ///< FLOP/query = flop_per_parameter_token x active parameters x tokens per query
    EnergyPerQuery, ///< measured IT energy per query (Wh, before PUE)
    Roofline,       ///< prefill compute-bound, decode roofline, batch from load (core/model/serving.h)
};
inline constexpr int kInferenceModeCount = 3;
static_assert(static_cast<int>(InferenceMode::Roofline) + 1 == kInferenceModeCount);

/// Where a data-centre phase runs and on what. Catalog values can be overridden
/// inline; an unset override means "use the catalog entry".
struct Site
{
    std::string hardware = "nvidia-a100-80gb-sxm4";
    std::string region = "us-average";
    std::string datacenter = "cloud-average";
    /// Host server catalog id; "" = none: the accelerator's figures carry a generic server share.
    std::string server;
    double load_fraction = 0.8;        ///< average draw while busy, as a fraction of TDP
    std::optional<double> avg_power_w; ///< measured average per device incl. host share
    std::optional<double> pue;
    std::optional<double> wue_l_per_kwh;
    std::optional<double> intensity_g_per_kwh;
    std::optional<double> ewif_l_per_kwh;
    std::optional<double> embodied_kgco2e; ///< per device incl. its server share
    std::optional<double> lifetime_years;
    std::optional<double> use_rate;

    bool operator==(const Site &) const = default;
};

/// The compute of a training-like run (final training, NAS search).
struct Workload
{
    ComputeMode mode = ComputeMode::ParametersTokens;
    double active_parameters = 7e9;
    double tokens = 2e12;
    double flop_per_parameter_token = 6; ///< ~6 for dense transformer training (Kaplan et al. 2020)
    double total_flop = 1e23;
    double accelerator_hours = 100000;
    double measured_energy_kwh = 50000;
    /// true: measured at the facility's wall (PUE already in); false: at the IT equipment (servers)
    bool measured_energy_includes_pue = false;
    double mfu = 0.35; ///< model FLOP utilization
    Precision precision = Precision::Fp16;
    double devices = 256; ///< accelerators in parallel (sets wall-clock time only)

    bool operator==(const Workload &) const = default;
};

/// A site with a phase-specific default load (designated initializers would
/// warn about the optional members left to their defaults).
inline Site siteWithLoad(double loadFraction)
{
    Site site;
    site.load_fraction = loadFraction;
    return site;
}

inline Workload workloadInMode(ComputeMode mode)
{
    Workload workload;
    workload.mode = mode;
    return workload;
}

/// Carbon-aware scheduling of the training (and development) jobs.
struct Schedule
{
    ScheduleMode mode = ScheduleMode::RunNow;
    double start_hour = 9;    ///< local hour of day the job could start
    double window_hours = 24; ///< the job must be done within this many hours of start_hour
    Season season = Season::Annual;
    /// Day of the year (1 = 1 January) the job is ready; used where the region has a year of hourly data.
    double start_day = 1;
    /// Average or marginal hourly intensity, where the region has a year of hourly data of that kind.
    IntensityKind intensity_kind = IntensityKind::Average;

    bool operator==(const Schedule &) const = default;
};

/// Efficiency techniques applied to the served model (cloud queries and edge inferences).
/// Their effect on time and energy depends on the hardware class (catalog "realization").
struct EfficiencySettings
{
    double sparsity = 0; ///< fraction of weights pruned
    SparsityKind sparsity_kind = SparsityKind::Unstructured;
    bool sparse_kernels = false;              ///< unstructured: sparse kernels instead of masked dense ones
    double pruning_finetune_fraction = 0.1;   ///< one-off fine-tuning after pruning, x final training run
    double distillation_ratio = 1;            ///< student / teacher compute per query (1 = not distilled)
    double distillation_cost_fraction = 0.5;  ///< one-off teacher inference + student training, x final run
    double quantization_cost_fraction = 0.02; ///< one-off calibration / QAT when served below FP16, x final run

    bool operator==(const EfficiencySettings &) const = default;
};

/// Demand responds to cheaper queries and faster experiments (docs/model.md §11).
struct ReboundSettings
{
    double deployment_elasticity = 0;  ///< demand multiplier = (cost factor)^-e
    double development_elasticity = 0; ///< experiments multiplier = (training speed-up)^e

    bool operator==(const ReboundSettings &) const = default;
};

/// Trends over the years, used by the monthly time simulation.
struct TrendSettings
{
    double grid_decarbonization_per_year = 0; ///< yearly fall of every grid's intensity (catalog may override)
    double edge_initial_share = 1;            ///< share of the edge fleet in service at launch
    double edge_adoption_years = 2;           ///< years until 95% of the fleet is in service

    bool operator==(const TrendSettings &) const = default;
};

/// The shortest refresh interval the monthly simulation can represent (one month).
inline constexpr double kMinRefreshIntervalYears = 1.0 / 12.0;

/// Hardware refresh of the serving fleet.
struct RefreshSettings
{
    double interval_years = 0;                          ///< replace the serving fleet every N years (0 = never)
    double efficiency_gain_per_generation = 0.3;        ///< energy per query saved by each new generation
    std::string candidate_hardware = "nvidia-h100-sxm"; ///< for the refresh-or-keep payback

    bool operator==(const RefreshSettings &) const = default;
};

struct SystemSettings
{
    std::string name = "Untitled system";
    std::string description;
    double service_years = 3; ///< how long the model is deployed and the fleet runs

    bool operator==(const SystemSettings &) const = default;
};

struct DevelopmentPhase
{
    bool enabled = true;
    double experiments = 50;                   ///< experiments and trials before the final run
    double fraction_of_training_run = 0.03;    ///< average size of one, as a fraction of the final run
    bool measured = false;                     ///< use the measured energy of all experiments instead (e.g. CodeCarbon)
    double measured_energy_kwh = 5000;         ///< all experiments together, on the training site
    bool measured_energy_includes_pue = false; ///< measured at the facility's wall, not at the IT equipment
    // Allocated-but-idle devices and shared infrastructure (docs/model.md §17); 1, 0.3 and 0 leave
    // the phase as it was: only the devices' busy draw.
    double provisioning_factor = 1;   ///< allocated device-hours / busy device-hours
    double idle_power_fraction = 0.3; ///< idle draw as a fraction of busy draw
    double infrastructure_power_fraction =
        0; ///< shared storage, network, login nodes per allocated device, x busy draw

    bool operator==(const DevelopmentPhase &) const = default;
};

struct NasPhase
{
    bool enabled = false;
    Workload workload = workloadInMode(ComputeMode::TrainingMultiple);
    double training_multiple = 1; ///< search cost in final-training-run equivalents (mode training_multiple)
    Site site;
    double inference_compute_saving = 0.2; ///< fraction of deployed FLOP/query the found architecture saves
    double training_compute_saving = 0.0;  ///< fraction of training FLOP it saves
    // Allocated-but-idle devices and shared infrastructure (docs/model.md §17); 1, 0.3 and 0 leave
    // the phase as it was: only the devices' busy draw.
    double provisioning_factor = 1;   ///< allocated device-hours / busy device-hours
    double idle_power_fraction = 0.3; ///< idle draw as a fraction of busy draw
    double infrastructure_power_fraction =
        0; ///< shared storage, network, login nodes per allocated device, x busy draw

    bool operator==(const NasPhase &) const = default;
};

struct TrainingPhase
{
    bool enabled = true;
    Workload workload;
    Site site = siteWithLoad(0.85);
    double retrains_per_year = 1;
    double retrain_fraction = 0.1; ///< size of one retraining/fine-tuning, as a fraction of the final run
    Schedule schedule;
    // Allocated-but-idle devices and shared infrastructure (docs/model.md §17); 1, 0.3 and 0 leave
    // the phase as it was: only the devices' busy draw.
    double provisioning_factor = 1;   ///< allocated device-hours / busy device-hours
    double idle_power_fraction = 0.3; ///< idle draw as a fraction of busy draw
    double infrastructure_power_fraction =
        0; ///< shared storage, network, login nodes per allocated device, x busy draw

    bool operator==(const TrainingPhase &) const = default;
};

struct DeploymentPhase
{
    bool enabled = true;
    InferenceMode mode = InferenceMode::ModelFlop;
    double queries_per_day = 1e6;
    double query_growth_per_year = 0;
    double active_parameters = 7e9;
    double tokens_per_query = 1000;
    double flop_per_parameter_token = 2; ///< ~2 for a transformer forward pass (Kaplan et al. 2020)
    double energy_per_query_wh = 4;
    bool energy_per_query_includes_pue = false; ///< measured at the facility's wall, not at the servers
    double mfu = 0.1;
    Precision precision = Precision::Fp16;
    double provisioning_factor = 1.5; ///< provisioned device-hours / busy device-hours
    double idle_power_fraction = 0.3; ///< idle draw as a fraction of busy draw
    // Roofline mode (docs/model.md §3.2): a request, the model's shape, batching and efficiencies.
    double prompt_tokens = 500;
    double generated_tokens = 300;
    double total_parameters = 7e9; ///< resident parameters (all experts)
    double layers = 32;
    double kv_heads = 32;
    double head_dim = 128;
    double experts = 1; ///< experts per layer (1 = dense)
    double experts_per_token = 1;
    double max_batch = 64;
    double replicas = 0;            ///< 0 = as many as the load needs x provisioning_factor
    double devices_per_replica = 0; ///< tensor-parallel degree; 0 = the fewest that hold the weights
    double prefill_efficiency = 0.5;
    double decode_compute_efficiency = 0.5;
    double memory_bandwidth_efficiency = 0.8;
    bool include_host_power = true; ///< false: accelerator boards only (the boundary of GPU-only measurements)
    Site site = siteWithLoad(0.6);
    /// Shared storage, network and login nodes per provisioned device, x busy draw (docs/model.md §17).
    double infrastructure_power_fraction = 0;

    bool operator==(const DeploymentPhase &) const = default;
};

struct EdgePhase
{
    bool enabled = false;
    std::string device = "smartphone-generic";
    std::string region = "world";
    double devices = 1e5;
    double inferences_per_device_per_day = 50;
    double energy_per_inference_j = 0.5;
    double ml_share = 0.05; ///< share of each device (embodied, baseline power, e-waste) charged to the ML feature
    double hours_on_per_day = 24; ///< hours a device is on (drawing its average power) each day
    std::optional<double> avg_power_w;
    std::optional<double> embodied_kgco2e;
    std::optional<double> lifetime_years;
    std::optional<double> intensity_g_per_kwh;

    bool operator==(const EdgePhase &) const = default;
};

struct DisposalPhase
{
    bool enabled = true;
    double formal_recycling_rate = 0.223; ///< Global E-waste Monitor 2024
    double eol_kgco2e_per_kg = 0.05;      ///< end-of-life processing; user assumption (see registry)
    bool retire_at_end = true;            ///< hardware still in service at the end is retired too

    bool operator==(const DisposalPhase &) const = default;
};

struct Scenario
{
    SystemSettings system;
    DevelopmentPhase development;
    NasPhase nas;
    TrainingPhase training;
    DeploymentPhase deployment;
    EdgePhase edge;
    DisposalPhase disposal;
    EfficiencySettings efficiency;
    ReboundSettings rebound;
    TrendSettings trends;
    RefreshSettings refresh;

    bool operator==(const Scenario &) const = default;
};

} // namespace mlimpact
