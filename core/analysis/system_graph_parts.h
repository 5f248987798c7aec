// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the systems map (system_graph*.cpp): its node table (system_graph_nodes.cpp), its edge
// and loop tables with the drivers the edges vary (system_graph_edges.cpp), and what both share.
// system_graph.cpp measures the edges and assembles the map.
#pragma once

#include "catalog.h"
#include "evaluate_detail.h"
#include "results.h"
#include "scenario.h"
#include "system_graph.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact::system_map {

using NodeValues = std::vector<std::optional<double>>; ///< per node, nullopt = not active

/// The map's words that reach the window, in the window's language (English elsewhere).
inline constexpr const char *kTr = "systems";

// --- Nodes: what each reads from the model's results. ---

enum class Unit {
    Flop,
    DeviceSeconds,
    Fraction,
    Watt,
    WhPerQuery,
    Factor,
    Queries,
    Kwh,
    Devices,
    Years,
    Intensity,
    Runs,
    Kgco2e,
    Litres,
    Kg,
    Count
};

struct NodeDef
{
    std::string_view id;
    std::string_view label;
    Unit unit;
    std::optional<double> (*read)(const Scenario &, const Results &);
    std::string (*path)(const Scenario &);
};

inline bool isRoofline(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::Roofline;
}

inline bool isModelFlop(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::ModelFlop;
}

inline bool isEnergyMode(const Scenario &s)
{
    return s.deployment.mode == InferenceMode::EnergyPerQuery;
}

const std::array<NodeDef, 23> &nodeDefs();
/// The index of node `id` in nodeDefs(), or its size if there is none.
std::size_t nodeIndex(std::string_view id);
std::string unitName(Unit u);
/// A node's value as the map prints it, with its unit.
std::string valueText(double v, Unit u);
/// Every node's value in one model run, in nodeDefs() order.
NodeValues readNodes(const Scenario &s, const Results &r);

// --- Edges: the input each varies, by a factor, on a copy of the scenario. ---

/// One probe run: the copy of the scenario a driver changes, and the model effects it holds.
struct Probe
{
    Scenario scenario;
    detail::HeldEffects held;
};

/// The scenario as given, evaluated once: what every driver scales from.
struct Base
{
    const Scenario &scenario;
    const Results &results;
    const Catalog &catalog;
};

/// Applies `factor` to the driver; false if the driver does not exist in this scenario.
using DriverFn = bool (*)(Probe &, const Base &, double factor);

/// Routes from a driver to an effect that an edge holds at the scenario's value (EdgeDef::holds).
enum Hold : unsigned { HoldNone = 0, HoldDemand = 1, HoldExperiments = 2 };

/// One causal link of the map, with how its elasticity is measured.
struct EdgeDef
{
    SystemEdgeSpec spec;
    DriverFn driver;
    unsigned holds;
    std::string_view method;
    /// The relation exists in this scenario's modes (beyond both nodes being active).
    bool (*applies)(const Scenario &);
};

/// A feedback loop: two paths from one node to another, whose signs make it reinforcing or balancing.
struct LoopDef
{
    std::string_view id;
    std::string_view label;
    std::vector<std::string_view> direct;
    std::vector<std::string_view> feedback;
};

const std::vector<EdgeDef> &edgeDefs();
const std::vector<LoopDef> &loopDefs();

} // namespace mlimpact::system_map
