// The systems map (docs/model.md §16): the model's causal structure at one scenario. Nodes are
// quantities the model computes, edges the links its formulas make, each with its polarity, its
// formula and its local elasticity (∂ln y/∂ln x by central differences of evaluate()), and
// "loops": two paths from one cause to one effect that reinforce or offset each other (the
// rebound is the one that offsets). A Qt-free value type, so the window, the CLI and bindings
// read the same graph.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "mlimpact_core_export.h"
#include "results.h"
#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// The relative step of the central differences: x is moved by the factors e^-h and e^h.
inline constexpr double kElasticityStep = 1e-3;
/// Where the model steps (whole replicas), the arc elasticity over e^-H .. e^H is given instead.
inline constexpr double kArcElasticityStep = 0.1;

enum class Polarity { Positive, Negative };

/// How the two paths of a loop combine.
enum class LoopKind {
    Reinforcing, ///< both paths push the effect the same way
    Balancing,   ///< the second path takes back (part of) what the first does
};

struct SystemNode
{
    std::string id;            ///< "demand"
    std::string label;         ///< "Queries served"
    std::string unit;          ///< unit of `value`: "kWh", "FLOP", "queries", "×" (a factor), ...
    double value = 0;          ///< at the scenario; 0 when not active
    std::string text;          ///< `value` with its unit for people ("3.29 GWh"); "—" when not active
    bool active = false;       ///< the quantity exists in this scenario (its phase is included)
    std::string parameterPath; ///< registry path a click opens (the parameter closest to it); "" if none
    /// In a comparison: the compared scenario's value and its relative change from the baseline.
    std::optional<double> baselineValue;
    std::optional<double> change; ///< value / baseline - 1 (nullopt: no comparison or baseline 0)
};

struct SystemEdge
{
    std::string from, to; ///< node ids
    Polarity polarity = Polarity::Positive;
    std::string formula; ///< the relation it stands for, "E_dep = Q x E_q"
    std::string section; ///< "docs/model.md §3.1"
    std::string method;  ///< how its elasticity is computed: what is varied and what is held
    /// ∂ln to/∂ln from at the scenario; nullopt where the link is not in this scenario (a phase
    /// off, a mode without it) or the varied input does not move `from` (a whole number of replicas).
    std::optional<double> elasticity;
    /// The model steps at this scenario (a whole replica more), so `elasticity` is the arc
    /// elasticity over ±kArcElasticityStep instead of a local slope.
    bool arc = false;
    std::string undefinedReason; ///< why elasticity is nullopt; "" when it is set
};

struct SystemLoop
{
    std::string id;    ///< "rebound"
    std::string label; ///< "Rebound: cheaper queries invite more of them"
    LoopKind kind = LoopKind::Balancing;
    std::vector<std::string> direct;   ///< node ids from the cause to the effect, the first path
    std::vector<std::string> feedback; ///< node ids of the second path, same cause and effect
    /// Products of the edges' elasticities along each path; nullopt if one is undefined.
    std::optional<double> directGain;
    std::optional<double> feedbackGain;
    bool active() const { return directGain.has_value() && feedbackGain.has_value(); }
    /// The cause's total elasticity on the effect through both paths.
    double netGain() const { return directGain.value_or(0) + feedbackGain.value_or(0); }
};

struct MLIMPACT_CORE_EXPORT SystemGraph
{
    std::vector<SystemNode> nodes;
    std::vector<SystemEdge> edges;
    std::vector<SystemLoop> loops;
    std::string comparedVariant; ///< the variant whose change the nodes carry; "" without one

    const SystemNode *node(std::string_view id) const;
    const SystemEdge *edge(std::string_view from, std::string_view to) const;
    const SystemLoop *loop(std::string_view id) const;
};

/// The node and edge structure without values: the same list every scenario has (the view's
/// layout and docs/model.md's table follow it).
struct SystemEdgeSpec
{
    std::string_view from, to;
    Polarity polarity;
    std::string_view formula;
    std::string_view section;
};
MLIMPACT_CORE_EXPORT const std::vector<SystemEdgeSpec> &systemEdgeSpecs();

/// The graph at a scenario: node values from one evaluation, two more per edge.
MLIMPACT_CORE_EXPORT SystemGraph systemGraph(const Scenario &scenario, const Catalog &catalog);

/// The node values of a result (cheap: no extra evaluation), in the graph's node order.
MLIMPACT_CORE_EXPORT std::vector<SystemNode> systemNodes(const Scenario &scenario, const Results &results);

/// Marks each node of `graph` with its change from `baseline` to `variant` (named `variantName`).
MLIMPACT_CORE_EXPORT void attachComparison(SystemGraph &graph, const Scenario &baseline, const Scenario &variant,
                                           const std::string &variantName, const Catalog &catalog);

} // namespace mlimpact
