// Site values as the model uses them: each inline override, or else the catalog
// figure it stands for, with where the value came from. evaluate() and the forms
// (catalogValueOf) both read them from here, so a form shows the model's number.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "phases.h"
#include "scenario.h"

#include <optional>
#include <string_view>

namespace mlimpact {

enum class ValueOrigin {
    Override, ///< the scenario sets it inline
    Catalog,  ///< the catalog entry's figure (for a site's power: TDP x load + host share)
    Missing,  ///< no override and the catalog has no figure: the model counts 0 and says so in a caveat
};

/// Which host share (CPUs, memory, network, fans) a site's devices carry besides their boards
/// (docs/model.md §3.2, §4).
enum class HostShare {
    Server, ///< the catalog's per-device share of a generic server (host_power_w)
    Node,   ///< the share from the node's power specification (node_host_power_w, else host_power_w)
    None,   ///< boards alone: the boundary of GPU-only measurements (NVML, Zeus)
};

/// The host share the model charges on a phase's site: the roofline deployment counts the node's
/// share, or none when deployment.include_host_power is off; every other phase the server share.
MLIMPACT_CORE_EXPORT HostShare hostShareOf(const Scenario &scenario, Phase phase);

/// Host power per device for `host` on `acc`, in W.
MLIMPACT_CORE_EXPORT double hostPowerW(const Accelerator &acc, HostShare host);

/// One value of a site with its provenance.
struct ResolvedValue
{
    double value = 0; ///< what the model uses
    ValueOrigin origin = ValueOrigin::Missing;
    std::optional<double> catalogValue;                    ///< the catalog's figure, even when overridden
    CatalogSection section = CatalogSection::Accelerators; ///< the catalog the figure comes from
    std::string_view entryId;      ///< id of that catalog entry ("" if the scenario names none the catalog knows)
    std::string_view catalogField; ///< the entry's field it reads when not the override's name ("" = the same)
};

/// A data-centre site: its catalog entries and every value the model takes from them.
/// Field names are those of the Site overrides (and the catalog fields) they resolve.
struct MLIMPACT_CORE_EXPORT ResolvedSite
{
    const Accelerator *accelerator = nullptr;
    const GridRegion *grid = nullptr;
    const DatacenterType *datacenter = nullptr;
    ResolvedValue avg_power_w;  ///< per device while busy, incl. host share
    ResolvedValue host_power_w; ///< the host share in avg_power_w (catalog only, by HostShare)
    ResolvedValue pue;
    ResolvedValue wue_l_per_kwh;
    ResolvedValue intensity_g_per_kwh;
    ResolvedValue ewif_l_per_kwh;
    ResolvedValue embodied_kgco2e; ///< per device incl. its server share; the board alone when a server is named
    ResolvedValue lifetime_years;
    ResolvedValue use_rate;
    ResolvedValue mass_kg;               ///< catalog only (no override); the board alone when a server is named
    ResolvedValue manufacturing_water_l; ///< catalog only (no override)
    /// Resource depletion and primary energy (catalog only): per kWh of the grid, per device made.
    ResolvedValue adpe_kg_sb_eq_per_kwh;
    ResolvedValue primary_energy_mj_per_kwh;
    ResolvedValue manufacturing_adpe_kg_sb_eq;
    ResolvedValue manufacturing_primary_energy_mj;
    /// The host server (docs/model.md, "Host servers"): nullptr when the site names none. Its values
    /// are the catalog's, per server without its accelerators.
    const Server *server = nullptr;
    ResolvedValue server_embodied_kgco2e;
    ResolvedValue server_mass_kg;
    ResolvedValue server_manufacturing_water_l;

    /// All three catalog entries are known, and the server if one is named (otherwise the model skips the phase).
    bool complete() const { return accelerator && grid && datacenter && !serverUnknown; }
    /// Device-hours over the hardware's life: the denominator of embodied allocation.
    double lifetimeUseHours() const;
    /// Server-hours over the server's life (lifetime x use rate), the denominator of its allocation; 0 without one.
    double serverLifetimeUseHours() const;
    bool serverUnknown = false; ///< the site names a server id the catalog lacks
    /// The resolved value of a Site override field, or nullptr if it is not one.
    const ResolvedValue *valueOf(std::optional<double> Site::*override) const;
};

/// The edge fleet's device and grid, with the values the model takes from them.
struct MLIMPACT_CORE_EXPORT ResolvedEdge
{
    const EdgeDevice *device = nullptr;
    const GridRegion *grid = nullptr;
    ResolvedValue avg_power_w; ///< whole device while on
    ResolvedValue embodied_kgco2e;
    ResolvedValue lifetime_years;
    ResolvedValue intensity_g_per_kwh;
    ResolvedValue ewif_l_per_kwh;                  ///< catalog only
    ResolvedValue mass_kg;                         ///< catalog only
    ResolvedValue manufacturing_water_l;           ///< catalog only
    ResolvedValue adpe_kg_sb_eq_per_kwh;           ///< catalog only
    ResolvedValue primary_energy_mj_per_kwh;       ///< catalog only
    ResolvedValue manufacturing_adpe_kg_sb_eq;     ///< catalog only
    ResolvedValue manufacturing_primary_energy_mj; ///< catalog only

    bool complete() const { return device && grid; }
    /// The resolved value of an EdgePhase override field, or nullptr if it is not one.
    const ResolvedValue *valueOf(std::optional<double> EdgePhase::*override) const;
};

/// Resolves every value of a site. Each value resolves on its own: an unknown
/// hardware id leaves the grid's values intact (and its own values Missing or Override).
MLIMPACT_CORE_EXPORT ResolvedSite resolveSite(const Site &site, const Catalog &catalog,
                                              HostShare host = HostShare::Server);

/// A data-centre phase's site resolved with the host share the model charges there
/// (hostShareOf): what evaluate() uses and the phase's form shows.
MLIMPACT_CORE_EXPORT ResolvedSite resolvePhaseSite(const Scenario &scenario, Phase phase, const Catalog &catalog);

MLIMPACT_CORE_EXPORT ResolvedEdge resolveEdge(const EdgePhase &edge, const Catalog &catalog);

} // namespace mlimpact
