// Internal: what the phase functions share (evaluate_runs.cpp, evaluate_serving.cpp,
// evaluate_devices.cpp): the Results slots of a phase, a site resolved with its caveats, the
// realization class and technique factors, and the charging of a site's energy, carbon, water,
// resources and allocated hardware (docs/model.md §4, §5, §9, §17, §19, §20).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evaluate_phases.h"
#include "techniques.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact::detail {

inline Impacts &impactsOf(Results &r, Phase p)
{
    return r.phases[static_cast<std::size_t>(p)];
}

inline PhaseChain &chainOf(Results &r, Phase p)
{
    return r.chains[static_cast<std::size_t>(p)];
}

/// "Training: <caveat>", the phase named in the installed language.
std::string phaseCaveat(std::string_view phaseName, const std::string &caveat);

/// The site of a data-centre phase with its values resolved, or nullopt (and a caveat) if
/// the catalog lacks one of its ids. Values the catalog lacks are counted as 0; collectMissingValues
/// says so once every phase is known.
std::optional<ResolvedSite> siteFor(const Site &site, const Catalog &catalog, std::string_view phaseName,
                                    std::vector<std::string> &caveats, HostShare host = HostShare::Server);

/// The class of hardware the catalog has no realization data for: no gains, no losses (techniques
/// change compute only).
const RealizationClass &neutralRealization();

/// The realization class of an accelerator; a neutral one (no gains, no losses) if the catalog lacks it.
const RealizationClass &realizationFor(const Catalog &catalog, std::string_view classId,
                                       std::vector<std::string> &caveats);

/// The IT energy of a phase by what draws it (docs/model.md §17).
struct ItEnergy
{
    double devicesKwh = 0;        ///< the devices' own: at work and allocated but idle
    double idleKwh = 0;           ///< the part of it while idle
    double infrastructureKwh = 0; ///< shared storage, network, login nodes
    // The devices' energy is summed as before the split existed, so a phase without infrastructure
    // energy keeps its old figure exactly (dynamic - idle + idle need not round back to it).
    double total() const { return devicesKwh + infrastructureKwh; }
    double dynamic() const { return std::max(0.0, devicesKwh - idleKwh); }
};

/// A fleet's energy with the idle part of it: the provisioned hours not at work at the idle draw,
/// clamped so that the parts stay within the devices' energy. A difference below a billionth of the
/// provisioned hours is rounding (a roofline fleet at full batch), not idle time.
ItEnergy fleetEnergy(double devicesKwh, double provisionedHours, double busyHours, double idlePowerW,
                     double infrastructureKwh);

/// How a training-like phase holds its devices (docs/model.md §17).
struct Allocation
{
    double provisioningFactor = 1;
    double idlePowerFraction = 0;
    double infrastructurePowerFraction = 0;
};

template <class PhaseSettings> Allocation allocationOf(const PhaseSettings &p)
{
    return {p.provisioning_factor, p.idle_power_fraction, p.infrastructure_power_fraction};
}

/// Charges energy, carbon, water and allocated embodied impacts of a site (docs/model.md §4-§5).
/// `intensityFactor` scales the grid intensity (carbon-aware scheduling).
void chargeSite(const ResolvedSite &site, const ItEnergy &it, double provisionedHours, double intensityFactor,
                Impacts &out, PhaseChain &chain);

/// Charges a training-like phase's runs on its site with the phase's allocation.
void chargeRuns(const ResolvedSite &site, double dynamicKwh, double busyHours, const Allocation &a,
                double intensityFactor, Impacts &out, PhaseChain &chain);

/// Share of inference compute kept after the NAS saving.
inline double nasInferenceKeep(const Scenario &s)
{
    return s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
}

/// The technique factors with the bridge's held realization (compute realized at a fixed time per
/// compute and power), if any.
inline TechniqueFactors withHeldRealization(TechniqueFactors tf, const std::optional<double> &timePerCompute,
                                            const std::optional<double> &power)
{
    if (timePerCompute)
        tf.time = tf.compute * *timePerCompute;
    if (power)
        tf.power = *power;
    return tf;
}

} // namespace mlimpact::detail
