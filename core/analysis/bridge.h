// The bridge (waterfall) from a baseline to a variant: the change of each criterion split
// into causes in the paper's terms (nominal compute saving, hardware realization, demand
// response, place and time, hardware footprint, one-off costs, other). The split is the
// Shapley value of a game whose players are the causes the variant touches, with the causal
// chain nominal compute -> realization -> demand response as one player split along the
// chain; so it does not depend on an order of the causes and the terms sum to the total
// change (docs/model.md §14).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "criteria.h"
#include "mlimpact_core_export.h"
#include "scenario.h"

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace mlimpact {

enum class Cause {
    NominalCompute,      ///< the compute the system runs, as stated: model size, runs, techniques' FLOP
    HardwareRealization, ///< how hardware turns that compute into time and energy
    DemandResponse,      ///< rebound: the demand that cheaper queries and faster runs invite
    PlaceAndTime,        ///< grid, data centre, and when the training runs
    HardwareFootprint,   ///< embodied carbon, lifetimes, edge devices, disposal
    OneOffCosts,         ///< architecture search, fine-tuning, distillation, quantization
    Other,               ///< demand volume, service years, scope
};
inline constexpr int kCauseCount = 7;
static_assert(static_cast<int>(Cause::Other) + 1 == kCauseCount);

struct CauseInfo
{
    Cause cause;
    std::string_view id;      ///< "nominal_compute": JSON key
    std::string_view label;   ///< "Nominal compute saving"
    std::string_view meaning; ///< one sentence for legends and docs
};

/// Every cause, in bridge order.
MLIMPACT_CORE_EXPORT const std::array<CauseInfo, kCauseCount> &causes();
MLIMPACT_CORE_EXPORT const CauseInfo &causeInfo(Cause cause);

/// The cause group a registry path belongs to, from one table of rules (bridge.cpp); nullopt if
/// no rule covers the path (tst_bridge checks that every registry row has one).
MLIMPACT_CORE_EXPORT std::optional<Cause> causeOfParameter(std::string_view path);

struct Bridge
{
    CriterionValues baseline{};                       ///< totals of the baseline
    CriterionValues variant{};                        ///< totals of the variant
    std::array<CriterionValues, kCauseCount> terms{}; ///< [cause][criterion]; they sum to the change
    std::array<bool, kCauseCount> active{};           ///< causes the variant touches (the others are 0)
    int evaluations = 0;                              ///< model runs it took (2^active causes)

    double term(Cause cause, Criterion criterion) const
    {
        return terms[static_cast<std::size_t>(cause)][static_cast<std::size_t>(criterion)];
    }
    double change(Criterion criterion) const
    {
        return variant[static_cast<std::size_t>(criterion)] - baseline[static_cast<std::size_t>(criterion)];
    }
};

/// The bridge from `baseline` to `variant` (both valid with `catalog`), every criterion at once.
/// `order` lists the causes in the order the game enumerates them (default: causes() order);
/// the attribution does not depend on it beyond rounding. The chain keeps its causal order.
MLIMPACT_CORE_EXPORT Bridge computeBridge(const Scenario &baseline, const Scenario &variant, const Catalog &catalog,
                                          std::span<const Cause> order = {});

} // namespace mlimpact
