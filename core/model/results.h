// What evaluate() returns: impacts per life-cycle phase and criterion, the
// intermediate quantities that explain each number, and derived metrics.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "missing_data.h"
#include "mlimpact_core_export.h"
#include "phases.h"
#include "rebound.h"
#include "schedule.h"

#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// The impact criteria for one phase (or the total).
struct MLIMPACT_CORE_EXPORT Impacts
{
    double energy_kwh = 0;         ///< facility energy (IT x PUE) for data-centre phases; device energy at the edge
    double operational_kgco2e = 0; ///< energy x carbon intensity
    double embodied_kgco2e = 0;    ///< manufacturing (allocated) and, for disposal, end-of-life processing
    double water_onsite_l = 0;     ///< cooling: IT energy x WUE
    double water_offsite_l = 0;    ///< electricity generation: facility energy x EWIF
    double water_manufacturing_l = 0;
    double ewaste_kg = 0;            ///< retired hardware mass (disposal phase)
    double ewaste_unrecycled_kg = 0; ///< part not formally collected and recycled
    /// Abiotic resource depletion (elements): electricity (energy x the grid's factor) plus manufacturing
    /// (allocated); end-of-life processing is not counted (docs/model.md, "Resource depletion").
    double adpe_kg_sb_eq = 0;
    double primary_energy_mj = 0; ///< primary energy, same two parts (electricity + manufacturing)

    double carbon_kgco2e() const { return operational_kgco2e + embodied_kgco2e; }
    double water_l() const { return water_onsite_l + water_offsite_l + water_manufacturing_l; }
    Impacts &operator+=(const Impacts &other);
    Impacts scaled(double factor) const;
};

/// The chain behind one phase's numbers, so a person can follow it.
struct PhaseChain
{
    bool enabled = false;
    std::string hardware;                ///< accelerator or edge device id
    std::string region;                  ///< grid region id
    double flop = 0;                     ///< total compute (0 if not known, e.g. measured energy)
    double busy_device_hours = 0;        ///< device-hours doing work
    double provisioned_device_hours = 0; ///< device-hours reserved (>= busy; idle capacity in deployment)
    double wall_clock_hours = 0;         ///< busy device-hours / devices in parallel (training-like phases)
    double peak_tflops = 0;              ///< at the precision used
    double utilization = 0;              ///< MFU used
    double avg_power_w = 0;              ///< per device while busy, incl. host share
    double idle_power_w = 0;             ///< per device while idle (deployment)
    double it_energy_kwh = 0;
    double pue = 1;
    double facility_energy_kwh = 0;
    double intensity_g_per_kwh = 0;
    double wue_l_per_kwh = 0;
    double ewif_l_per_kwh = 0;
    double embodied_per_device_kgco2e = 0;
    double allocation_share = 0; ///< device-lifetimes consumed: device-hours / (lifetime h x use rate)
    double units = 0;            ///< edge: devices bought (all replacement cohorts)
    double run_equivalents = 0;  ///< training: 1 + retraining; development: experiments x size
    double ewaste_source_kg = 0; ///< retired mass this phase's hardware hands to disposal
    double lifetime_years = 0;   ///< hardware life used for allocation
    double use_rate = 1;
    double mass_per_device_kg = 0;
    // The IT energy by what draws it (docs/model.md §17); the three add up to it_energy_kwh.
    double dynamic_energy_kwh = 0;                     ///< devices at work, at their busy draw
    double idle_energy_kwh = 0;                        ///< devices allocated (provisioned) but idle
    double infrastructure_energy_kwh = 0;              ///< shared storage, network, login nodes
    double adpe_kg_sb_eq_per_kwh = 0;                  ///< the grid's resource depletion per kWh
    double primary_energy_mj_per_kwh = 0;              ///< the grid's primary energy per kWh
    double manufacturing_adpe_per_device_kg_sb_eq = 0; ///< manufacturing one device (incl. server share)
    double manufacturing_primary_energy_per_device_mj = 0;
    // The host server, charged apart from the accelerators when the site names one (docs/model.md,
    // "Host servers"); all 0 without one. embodied_per_device_kgco2e and mass_per_device_kg are then
    // the accelerator's board alone, and the phase's embodied carbon and ewaste_source_kg include the server's.
    std::string server;                 ///< server catalog id ("" = none)
    double accelerators_per_server = 0; ///< accelerators one server hosts
    double server_embodied_per_server_kgco2e = 0;
    double server_allocation_share = 0; ///< server-lifetimes consumed: server-hours / (lifetime h x use rate)
    double server_lifetime_years = 0;
    double server_use_rate = 0;
    double server_mass_kg = 0;               ///< one server without its accelerators
    double server_embodied_kgco2e = 0;       ///< allocated to this phase (part of its embodied carbon)
    double server_water_manufacturing_l = 0; ///< allocated to this phase (part of its manufacturing water)
    double server_ewaste_source_kg = 0;      ///< retired server mass (part of ewaste_source_kg)
    /// One device's share of its server's embodied carbon and mass (0 without a server).
    double serverEmbodiedPerDeviceKgco2e() const
    {
        return accelerators_per_server > 0 ? server_embodied_per_server_kgco2e / accelerators_per_server : 0.0;
    }
    double serverMassPerDeviceKg() const
    {
        return accelerators_per_server > 0 ? server_mass_kg / accelerators_per_server : 0.0;
    }
};

/// Data-centre embodied carbon and retired mass split into the accelerators and their host servers
/// (docs/model.md, "Host servers"): one reading for the window, the report and the slides.
struct MLIMPACT_CORE_EXPORT EmbodiedSplit
{
    double accelerator_kgco2e = 0; ///< accelerator boards (with a generic server share where no server is named)
    double server_kgco2e = 0;      ///< named host servers
    double accelerator_ewaste_kg = 0;
    double server_ewaste_kg = 0;
    bool anyServer = false; ///< some included data-centre phase names a server

    /// Sums the included data-centre phases of `results`.
    static EmbodiedSplit of(const std::array<PhaseChain, kPhaseCount> &chains,
                            const std::array<Impacts, kPhaseCount> &phases);
};

/// What the efficiency techniques did to one served query (relative to the dense,
/// undistilled FP16 model without NAS savings on the same hardware).
struct TechniqueEffect
{
    double compute_factor = 1; ///< nominal FLOP per query
    double time_factor = 1;    ///< device-time per query
    double power_factor = 1;   ///< busy power
    double energy_factor = 1;  ///< IT energy per query including idle capacity (the rebound's cost factor)
    double one_off_runs = 0;   ///< one-off costs charged to development, in final-run equivalents
};

/// One-off cost against a per-query (and one-time) saving.
struct BreakEven
{
    std::string id;    ///< "nas", "distillation", "quantization", "pruning"
    std::string label; ///< "Architecture search"
    double one_off_kgco2e = 0;
    double one_time_saving_kgco2e = 0;                                      ///< e.g. cheaper training runs
    double saving_per_query_kgco2e = 0;                                     ///< per query served (demand responding)
    double queries_to_break_even = std::numeric_limits<double>::infinity(); ///< infinity = never
    double days_to_break_even = std::numeric_limits<double>::infinity();
    double lifetime_saving_kgco2e = 0;   ///< over the service years
    double deployment_saving_kgco2e = 0; ///< part of it from cloud queries (accrues with queries)
    double edge_saving_kgco2e = 0;       ///< part of it from the edge fleet (accrues evenly)
    double payback_ratio = 0;            ///< lifetime saving / one-off cost
    bool breaksEven() const { return days_to_break_even < std::numeric_limits<double>::infinity(); }
};

/// Replace the serving fleet with a candidate accelerator, or keep it?
struct RefreshPayback
{
    bool evaluated = false;
    std::string candidate;
    double fleet_devices = 0;   ///< candidate devices needed for the load
    double embodied_kgco2e = 0; ///< of that fleet, bought outright
    double annual_operational_now_kgco2e = 0;
    double annual_operational_candidate_kgco2e = 0;
    double payback_years = std::numeric_limits<double>::infinity();
};

/// The edge fleet's per-unit figures, for the time simulation.
struct EdgeDetail
{
    double devices = 0;
    double lifetime_years = 0;
    double energy_per_device_day_kwh = 0; ///< charged to ML
    double embodied_per_unit_kgco2e = 0;  ///< x ML share
    double water_per_unit_l = 0;          ///< x ML share
    double mass_per_unit_kg = 0;          ///< x ML share
    double intensity_g_per_kwh = 0;
    double ewif_l_per_kwh = 0;
    double adpe_per_unit_kg_sb_eq = 0;     ///< x ML share
    double primary_energy_per_unit_mj = 0; ///< x ML share
    double adpe_kg_sb_eq_per_kwh = 0;
    double primary_energy_mj_per_kwh = 0;
};

/// Monthly simulation over the service years (docs/model.md §13).
struct Timeline
{
    int months = 0;
    std::vector<std::array<Impacts, kPhaseCount>> monthly; ///< [month][phase]
    std::array<Impacts, kPhaseCount> phaseTotals{};
    Impacts totals;
    std::vector<double> edgeDevicesInService; ///< per month
    std::vector<double> queries;              ///< cloud queries per month
};

struct PerQuery
{
    double queries = 0;   ///< over the service years
    double flop = 0;      ///< per query (after NAS saving)
    double energy_wh = 0; ///< deployment facility energy per query
    double carbon_g = 0;  ///< deployment operational + embodied per query
    double water_ml = 0;  ///< deployment water per query
    double lifecycle_carbon_g =
        0; ///< all data-centre phases (dev, NAS, training, deployment, their disposal) per query
    /// A use of the model is one cloud query or one on-device inference (docs/model.md §8).
    double uses = 0;                         ///< cloud queries + edge inferences over the service years
    double lifecycle_carbon_g_per_use = 0;   ///< every phase's carbon (development to disposal) / uses
    double edge_energy_wh_per_inference = 0; ///< edge energy charged to the model / edge inferences
};

/// One part of the data-centre energy: facility energy (IT x PUE) and its operational carbon.
struct EnergyPart
{
    double energy_kwh = 0;
    double operational_kgco2e = 0;
    double share = 0; ///< of the data-centre phases' energy (0 when they have none)
};

/// Data-centre energy (development, NAS, training, deployment) by what draws it, as full-cluster
/// studies report it (docs/model.md §17). The edge fleet's device energy is in none of the parts.
struct EnergySplit
{
    EnergyPart dynamic;        ///< devices at work
    EnergyPart idle;           ///< devices allocated but idle
    EnergyPart infrastructure; ///< shared storage, network, login nodes
};

struct Results
{
    std::array<Impacts, kPhaseCount> phases{};
    std::array<PhaseChain, kPhaseCount> chains{};
    Impacts totals;
    PerQuery perQuery;
    double edge_carbon_per_device_year_kg = 0;
    double edge_inferences = 0;
    /// Cloud deployment alone / before launch (development + NAS + training); 0 if undefined.
    double deployment_to_development_energy = 0;
    double deployment_to_development_carbon = 0;
    /// The model in use (cloud deployment + edge fleet) / before launch: the headline ratio
    /// "deployment : development" (docs/model.md §8); 0 if undefined.
    double in_use_to_development_energy = 0;
    double in_use_to_development_carbon = 0;
    /// Inference-training parity: cloud queries after which the deployment's energy (carbon) equals
    /// everything before launch (development + NAS + training with its retraining), at the average
    /// energy (carbon) per query over the service years (docs/model.md §8); 0 if undefined.
    double queries_to_parity_energy = 0;
    double queries_to_parity_carbon = 0;
    TechniqueEffect technique;
    ReboundOutcome deploymentRebound;
    ReboundOutcome developmentRebound;
    ScheduleOutcome schedule; ///< of the training job (also applied to development)
    double training_intensity_now_g_per_kwh = 0;
    std::vector<BreakEven> breakEvens;
    RefreshPayback refresh;
    EnergySplit energySplit;
    EdgeDetail edgeDetail;
    EmbodiedSplit embodiedSplit; ///< data-centre phases: accelerators vs host servers
    Timeline timeline;
    /// Assumptions the numbers rest on that a reader must know, except the missing values: read
    /// both with caveatsOf().
    std::vector<std::string> caveats;
    std::vector<MissingValue> missing; ///< unpublished catalog values counted as 0

    const Impacts &phase(Phase p) const { return phases[static_cast<int>(p)]; }
    const PhaseChain &chain(Phase p) const { return chains[static_cast<int>(p)]; }
};

/// Every caveat of `results`: its caveats, then one note per missing value (MissingValue::text(),
/// in the installed language). Composed when read, not by every model run: the notes are whole
/// translated sentences, and a Monte Carlo run never reads them.
MLIMPACT_CORE_EXPORT std::vector<std::string> caveatsOf(const Results &results);

} // namespace mlimpact
