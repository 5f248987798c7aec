// The life-cycle phases and what the model knows about each one: report key,
// display label, whether it runs in a data centre and on which site of the
// scenario. One table; code loops over it (or its derived lists) instead of
// naming phases by hand, so a new phase is one row here plus its own code.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"
#include "text_translation.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace mlimpact {

enum class Phase { Development, Nas, Training, Deployment, Edge, Disposal };
inline constexpr int kPhaseCount = 6;
static_assert(static_cast<int>(Phase::Disposal) + 1 == kPhaseCount, "kPhaseCount must count the Phase enum");

/// The site a data-centre phase runs on, read from a scenario.
using SiteAccessor = const Site &(*)(const Scenario &);

struct PhaseInfo
{
    Phase phase;
    std::string_view key;   ///< report and JSON key, "development"
    std::string_view label; ///< display name, "Development" (also its section in the forms); translatedText("mlimpact",
                            ///< ...) in the window
    bool dataCentre;        ///< runs on a data-centre site; its hardware is retired by its allocated share
    bool beforeLaunch;      ///< done before serving: the "development" side of deployment/development ratios
    bool inUse;             ///< runs the model for its users (cloud queries, edge inferences): the "deployment" side
    SiteAccessor site;      ///< the site it runs on; nullptr for the edge fleet and disposal
};

namespace phase_sites {
constexpr const Site &training(const Scenario &s)
{
    return s.training.site;
}
constexpr const Site &nas(const Scenario &s)
{
    return s.nas.site;
}
constexpr const Site &deployment(const Scenario &s)
{
    return s.deployment.site;
}
} // namespace phase_sites

/// In Phase order. Development runs on the training site, with the training schedule.
inline constexpr std::array<PhaseInfo, kPhaseCount> kPhases{{
    {Phase::Development, "development", MLI_TR("mlimpact", "Development"), true, true, false, &phase_sites::training},
    {Phase::Nas, "nas", MLI_TR("mlimpact", "NAS"), true, true, false, &phase_sites::nas},
    {Phase::Training, "training", MLI_TR("mlimpact", "Training"), true, true, false, &phase_sites::training},
    {Phase::Deployment, "deployment", MLI_TR("mlimpact", "Deployment"), true, false, true, &phase_sites::deployment},
    {Phase::Edge, "edge", MLI_TR("mlimpact", "Edge fleet"), false, false, true, nullptr},
    {Phase::Disposal, "disposal", MLI_TR("mlimpact", "Disposal"), false, false, false, nullptr},
}};

namespace detail {
constexpr bool phaseTableInEnumOrder()
{
    for (std::size_t i = 0; i < kPhases.size(); ++i) {
        if (static_cast<std::size_t>(kPhases[i].phase) != i)
            return false;
    }
    return true;
}

/// The phases whose row has `flag` set, in table order.
template <bool PhaseInfo::*flag> constexpr auto phasesWhere()
{
    constexpr std::size_t n = [] {
        std::size_t count = 0;
        for (const PhaseInfo &p : kPhases)
            count += p.*flag ? 1 : 0;
        return count;
    }();
    std::array<Phase, n> out{};
    std::size_t i = 0;
    for (const PhaseInfo &p : kPhases) {
        if (p.*flag)
            out[i++] = p.phase;
    }
    return out;
}

constexpr std::array<Phase, kPhaseCount> allPhases()
{
    std::array<Phase, kPhaseCount> out{};
    for (std::size_t i = 0; i < kPhases.size(); ++i)
        out[i] = kPhases[i].phase;
    return out;
}
} // namespace detail

static_assert(kPhases.size() == static_cast<std::size_t>(kPhaseCount), "one table row per Phase");
static_assert(detail::phaseTableInEnumOrder(), "the phase table lists every Phase once, in enum order");

/// Every phase, in display (and enum) order.
inline constexpr std::array<Phase, kPhaseCount> kAllPhases = detail::allPhases();
/// Development, NAS, training, deployment: the phases that run in a data centre.
inline constexpr auto kDataCentrePhases = detail::phasesWhere<&PhaseInfo::dataCentre>();
/// Development, NAS, training: what is spent before the model serves.
inline constexpr auto kBeforeLaunchPhases = detail::phasesWhere<&PhaseInfo::beforeLaunch>();
/// Deployment and the edge fleet: the model in use (cloud queries and on-device inferences).
inline constexpr auto kInUsePhases = detail::phasesWhere<&PhaseInfo::inUse>();

constexpr const PhaseInfo &phaseInfo(Phase phase)
{
    return kPhases[static_cast<std::size_t>(phase)];
}

constexpr std::string_view phaseKey(Phase phase) ///< "development", "nas", ... (report keys)
{
    return phaseInfo(phase).key;
}

constexpr std::string_view phaseLabel(Phase phase) ///< "Development", "NAS", ... (display)
{
    return phaseInfo(phase).label;
}

/// The site a phase runs on, or nullptr (edge fleet, disposal).
inline const Site *phaseSite(const Scenario &scenario, Phase phase)
{
    const SiteAccessor site = phaseInfo(phase).site;
    return site ? &site(scenario) : nullptr;
}

inline Site *phaseSite(Scenario &scenario, Phase phase)
{
    // The scenario is not const here, so writing through the accessor's reference is sound.
    return const_cast<Site *>(phaseSite(std::as_const(scenario), phase));
}

} // namespace mlimpact
