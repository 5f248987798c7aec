// SPDX-License-Identifier: GPL-3.0-or-later
// The systems map (docs/model.md §16). Every edge is a relation of the model's formulas; its
// elasticity is measured, not stated: the edge's "driver" (an input that moves the cause and
// reaches the effect only through it) is varied by e^±h, the model is run twice, and the ratio
// Δln(effect) / Δln(cause) is the local elasticity by the chain rule. Where another route from the
// driver to the effect exists (the rebound's demand response), the edge holds it at the
// scenario's value with the model effects the bridge uses (evaluate_detail.h).
#include "system_graph.h"

#include "evaluate_detail.h"
#include "system_graph_parts.h"
#include "text_translation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace mlimpact {

using namespace system_map; // the map's node, edge and loop tables (system_graph_parts.h)

namespace {

// --- Measuring. ---

/// Node values of one probe run (no break-even or timeline: they do not feed any node).
NodeValues runProbe(const EdgeDef &e, const Base &b, double factor, bool &applicable)
{
    Probe p{b.scenario, {}};
    if (e.holds & HoldDemand)
        p.held.deploymentDemand = b.results.deploymentRebound.demandMultiplier;
    if (e.holds & HoldExperiments)
        p.held.developmentDemand = b.results.developmentRebound.demandMultiplier;
    applicable = e.driver(p, b, factor);
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    options.held = p.held;
    return readNodes(p.scenario, detail::evaluateWith(p.scenario, b.catalog, options));
}

/// Probe runs shared by edges with the same driver, holds and step.
class ProbeCache
{
public:
    explicit ProbeCache(const Base &base)
        : m_base(base)
    {}
    /// Minus and plus runs, or nullptr if the driver does not exist in this scenario.
    const std::pair<NodeValues, NodeValues> *runs(const EdgeDef &e, double step)
    {
        const Key key{reinterpret_cast<const void *>(e.driver), e.holds, step};
        auto it = m_runs.find(key);
        if (it == m_runs.end()) {
            bool applicable = true;
            std::optional<std::pair<NodeValues, NodeValues>> value;
            NodeValues minus = runProbe(e, m_base, std::exp(-step), applicable);
            if (applicable)
                value = std::make_pair(std::move(minus), runProbe(e, m_base, std::exp(step), applicable));
            it = m_runs.emplace(key, std::move(value)).first;
        }
        return it->second ? &*it->second : nullptr;
    }

private:
    using Key = std::tuple<const void *, unsigned, double>;
    const Base &m_base;
    std::map<Key, std::optional<std::pair<NodeValues, NodeValues>>> m_runs;
};

bool positive(const std::optional<double> &v)
{
    return v && *v > 0 && std::isfinite(*v);
}

/// Δln y / Δln x between two runs; nullopt if a value is not positive or x does not move.
std::optional<double> logRatio(const NodeValues &a, const NodeValues &b, std::size_t x, std::size_t y)
{
    if (!positive(a[x]) || !positive(b[x]) || !positive(a[y]) || !positive(b[y]))
        return std::nullopt;
    const double dx = std::log(*b[x]) - std::log(*a[x]);
    if (std::abs(dx) < 1e-9 * kElasticityStep)
        return std::nullopt;
    return (std::log(*b[y]) - std::log(*a[y])) / dx;
}

/// The arc elasticity across a step of the model, if the wider runs move the cause.
void measureArc(SystemEdge &edge, const EdgeDef &def, ProbeCache &cache, std::size_t x, std::size_t y)
{
    const auto *runs = cache.runs(def, kArcElasticityStep);
    const auto arc = runs ? logRatio(runs->first, runs->second, x, y) : std::nullopt;
    if (!arc) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "varying its input does not move the cause here, even by ±10%"));
        return;
    }
    edge.elasticity = arc;
    edge.arc = true;
    edge.method = translatedPattern(
        kTr, MLI_TR("systems", "%1; the model steps here (whole replicas): arc elasticity over ±10%"), {edge.method});
}

void measureEdge(SystemEdge &edge, const EdgeDef &def, const NodeValues &base, ProbeCache &cache,
                 const Scenario &scenario)
{
    const std::size_t x = nodeIndex(def.spec.from), y = nodeIndex(def.spec.to);
    if (!base[x] || !base[y] || !def.applies(scenario)) {
        edge.undefinedReason = translatedText(
            kTr, MLI_TR("systems", "not in this scenario (a phase is excluded or its mode has no such link)"));
        return;
    }
    const auto *runs = cache.runs(def, kElasticityStep);
    if (!runs) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "not in this scenario (its mode has no such link)"));
        return;
    }
    const auto &[minus, plus] = *runs;
    if (!positive(minus[x]) || !positive(plus[x]) || !positive(minus[y]) || !positive(plus[y]) || !positive(base[x]) ||
        !positive(base[y])) {
        edge.undefinedReason =
            translatedText(kTr, MLI_TR("systems", "a quantity is zero here, so it has no relative change"));
        return;
    }
    const double dx = std::log(*plus[x]) - std::log(*minus[x]);
    // A cause that the varied input does not move locally (a plateau between two steps: the fleet's
    // time is all its replicas' time) has no local elasticity; 0 and infinity would both be wrong.
    if (std::abs(dx) < 1e-6 * kElasticityStep) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    // A step inside the interval (a whole replica more) shows as one-sided slopes that disagree (or
    // one side that does not move the cause); the central difference across it would be the jump.
    const auto forward = logRatio(base, plus, x, y);
    const auto backward = logRatio(minus, base, x, y);
    const double central = (std::log(*plus[y]) - std::log(*minus[y])) / dx;
    if (!forward || !backward || std::abs(*forward - *backward) > 0.01 * std::max(1.0, std::abs(central))) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    // Between two steps the slope is flat (the same replicas carry 0.1% more queries) while the
    // next step is a few percent away: where the ±10% arc tells a different story, it is the one
    // that describes the system, and the edge says so.
    const auto *wide = cache.runs(def, kArcElasticityStep);
    const auto arc = wide ? logRatio(wide->first, wide->second, x, y) : std::nullopt;
    if (arc && std::abs(*arc - central) > 0.1 * std::max(1.0, std::abs(*arc))) {
        measureArc(edge, def, cache, x, y);
        return;
    }
    edge.elasticity = central;
}

std::optional<double> pathGain(const SystemGraph &g, const std::vector<std::string> &path)
{
    double gain = 1;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        const SystemEdge *e = g.edge(path[i], path[i + 1]);
        if (!e || !e->elasticity)
            return std::nullopt;
        gain *= *e->elasticity;
    }
    return gain;
}

int pathSign(const std::vector<std::string> &path)
{
    int sign = 1;
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        for (const auto &e : edgeDefs()) {
            if (e.spec.from == path[i] && e.spec.to == path[i + 1] && e.spec.polarity == Polarity::Negative)
                sign = -sign;
        }
    }
    return sign;
}

std::vector<std::string> toStrings(const std::vector<std::string_view> &ids)
{
    return {ids.begin(), ids.end()};
}

} // namespace

const SystemNode *SystemGraph::node(std::string_view id) const
{
    const auto it = std::find_if(nodes.begin(), nodes.end(), [id](const auto &n) { return n.id == id; });
    return it == nodes.end() ? nullptr : &*it;
}

const SystemEdge *SystemGraph::edge(std::string_view from, std::string_view to) const
{
    const auto it =
        std::find_if(edges.begin(), edges.end(), [&](const auto &e) { return e.from == from && e.to == to; });
    return it == edges.end() ? nullptr : &*it;
}

const SystemLoop *SystemGraph::loop(std::string_view id) const
{
    const auto it = std::find_if(loops.begin(), loops.end(), [id](const auto &l) { return l.id == id; });
    return it == loops.end() ? nullptr : &*it;
}

const std::vector<SystemEdgeSpec> &systemEdgeSpecs()
{
    static const std::vector<SystemEdgeSpec> specs = [] {
        std::vector<SystemEdgeSpec> out;
        for (const auto &e : edgeDefs())
            out.push_back(e.spec);
        return out;
    }();
    return specs;
}

std::vector<SystemNode> systemNodes(const Scenario &scenario, const Results &results)
{
    const NodeValues values = readNodes(scenario, results);
    std::vector<SystemNode> out;
    const auto &defs = nodeDefs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        SystemNode n;
        n.id = defs[i].id;
        n.label = translatedText(kTr, std::string(defs[i].label));
        n.unit = unitName(defs[i].unit);
        n.active = values[i].has_value();
        n.value = values[i].value_or(0);
        n.text = n.active ? valueText(n.value, defs[i].unit) : "—";
        n.parameterPath = defs[i].path(scenario);
        out.push_back(std::move(n));
    }
    return out;
}

SystemGraph systemGraph(const Scenario &scenario, const Catalog &catalog)
{
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    const Results results = detail::evaluateWith(scenario, catalog, options);
    SystemGraph g;
    g.nodes = systemNodes(scenario, results);
    const NodeValues base = readNodes(scenario, results);
    const Base b{scenario, results, catalog};
    ProbeCache cache(b);
    for (const auto &def : edgeDefs()) {
        SystemEdge e;
        e.from = def.spec.from;
        e.to = def.spec.to;
        e.polarity = def.spec.polarity;
        e.formula = translatedText(kTr, std::string(def.spec.formula)); // its words, not its symbols
        e.section = def.spec.section;
        e.method = translatedText(kTr, std::string(def.method));
        measureEdge(e, def, base, cache, scenario);
        g.edges.push_back(std::move(e));
    }
    for (const auto &def : loopDefs()) {
        SystemLoop l;
        l.id = def.id;
        l.label = translatedText(kTr, std::string(def.label));
        l.direct = toStrings(def.direct);
        l.feedback = toStrings(def.feedback);
        l.kind = pathSign(l.direct) == pathSign(l.feedback) ? LoopKind::Reinforcing : LoopKind::Balancing;
        l.directGain = pathGain(g, l.direct);
        l.feedbackGain = pathGain(g, l.feedback);
        g.loops.push_back(std::move(l));
    }
    return g;
}

void attachComparison(SystemGraph &graph, const Scenario &baseline, const Scenario &variant,
                      const std::string &variantName, const Catalog &catalog)
{
    detail::EvaluateOptions options;
    options.breakEven = false;
    options.timeline = false;
    const NodeValues before = readNodes(baseline, detail::evaluateWith(baseline, catalog, options));
    const NodeValues after = readNodes(variant, detail::evaluateWith(variant, catalog, options));
    graph.comparedVariant = variantName;
    for (std::size_t i = 0; i < graph.nodes.size() && i < before.size(); ++i) {
        SystemNode &n = graph.nodes[i];
        n.baselineValue = before[i];
        n.change.reset();
        if (before[i] && after[i] && *before[i] != 0)
            n.change = *after[i] / *before[i] - 1.0;
    }
}

} // namespace mlimpact
