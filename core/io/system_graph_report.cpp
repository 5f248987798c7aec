// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_graph_report.h"

#include "format.h"
#include "json_writer.h"
#include "text_translation.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace mlimpact {

using ojson = nlohmann::ordered_json;

namespace {

ojson optionalNumber(const std::optional<double> &value)
{
    return value && std::isfinite(*value) ? ojson(*value) : ojson(nullptr);
}

ojson nodeJson(const SystemNode &n)
{
    ojson out = {{"id", n.id},
                 {"label", n.label},
                 {"active", n.active},
                 {"value", n.active ? optionalNumber(n.value) : ojson(nullptr)},
                 {"unit", n.unit},
                 {"text", n.text},
                 {"parameter", n.parameterPath}};
    if (n.baselineValue || n.change) {
        out["baseline_value"] = optionalNumber(n.baselineValue);
        out["change"] = optionalNumber(n.change);
    }
    return out;
}

ojson edgeJson(const SystemEdge &e)
{
    return {{"from", e.from},       {"to", e.to},           {"polarity", e.polarity == Polarity::Positive ? "+" : "-"},
            {"formula", e.formula}, {"section", e.section}, {"elasticity", optionalNumber(e.elasticity)},
            {"arc", e.arc},         {"method", e.method},   {"undefined_reason", e.undefinedReason}};
}

ojson loopJson(const SystemLoop &l)
{
    return {{"id", l.id},
            {"label", l.label},
            {"kind", std::string(loopKindName(l.kind))},
            {"active", l.active()},
            {"direct_path", l.direct},
            {"feedback_path", l.feedback},
            {"direct_gain", optionalNumber(l.directGain)},
            {"feedback_gain", optionalNumber(l.feedbackGain)},
            {"net_gain", l.active() ? ojson(l.netGain()) : ojson(nullptr)}};
}

std::string pathText(const SystemGraph &g, const std::vector<std::string> &path)
{
    std::string out;
    for (const auto &id : path) {
        const SystemNode *n = g.node(id);
        out += (out.empty() ? "" : " → ") + (n ? n->label : id);
    }
    return out;
}

std::string gainText(const std::optional<double> &gain)
{
    return gain ? formatSignificant(*gain, 3) : std::string("n/a");
}

} // namespace

std::string_view loopKindName(LoopKind kind)
{
    return kind == LoopKind::Reinforcing ? "reinforcing" : "balancing";
}

std::string_view polaritySymbol(Polarity polarity)
{
    return polarity == Polarity::Positive ? "+" : "−";
}

std::string elasticityText(const SystemEdge &edge)
{
    // The window's edge tooltip shows it too: its words in the window's language.
    if (!edge.elasticity)
        return translatedText("systems", MLI_TR("systems", "n/a"));
    const double e = std::abs(*edge.elasticity) < 5e-4 ? 0.0 : *edge.elasticity; // no "-0" or "1e-17"
    const std::string value = (e < 0 ? "−" : "") + formatSignificant(std::abs(e), 3);
    return edge.arc ? translatedPattern("systems", MLI_TR("systems", "%1 (arc)"), {value}) : value;
}

std::string systemGraphJson(const SystemGraph &g)
{
    ojson nodes = ojson::array(), edges = ojson::array(), loops = ojson::array();
    for (const auto &n : g.nodes)
        nodes.push_back(nodeJson(n));
    for (const auto &e : g.edges)
        edges.push_back(edgeJson(e));
    for (const auto &l : g.loops)
        loops.push_back(loopJson(l));
    ojson out = {{"format", "ml-impact-explorer/system-map"},
                 {"version", 1},
                 {"elasticity_step", kElasticityStep},
                 {"compared_variant", g.comparedVariant.empty() ? ojson(nullptr) : ojson(g.comparedVariant)},
                 {"nodes", std::move(nodes)},
                 {"edges", std::move(edges)},
                 {"loops", std::move(loops)}};
    return writeJson(out);
}

std::string systemGraphText(const SystemGraph &g)
{
    std::string out = "Nodes (value at this scenario)\n";
    for (const auto &n : g.nodes) {
        out += "  " + n.label + ": " + n.text;
        if (n.change)
            out += "  (" + std::string(*n.change >= 0 ? "+" : "−") + formatPercent(std::abs(*n.change), 3) + " in " +
                   g.comparedVariant + ")";
        out += "\n";
    }
    out += "\nEdges (polarity, local elasticity ∂ln y/∂ln x, formula)\n";
    for (const auto &e : g.edges) {
        const SystemNode *from = g.node(e.from);
        const SystemNode *to = g.node(e.to);
        out += "  " + (from ? from->label : e.from) + " → " + (to ? to->label : e.to) + "  " +
               std::string(polaritySymbol(e.polarity)) + "  " + elasticityText(e) + "  " + e.formula + " (" +
               e.section + ")\n";
    }
    out += "\nLoops (two paths from one cause to one effect)\n";
    for (const auto &l : g.loops) {
        out += "  " + l.label + " [" + std::string(loopKindName(l.kind)) + "]";
        if (!l.active()) {
            out += ": not in this scenario\n";
            continue;
        }
        out += ": direct " + gainText(l.directGain) + ", feedback " + gainText(l.feedbackGain) + ", net " +
               formatSignificant(l.netGain(), 3) + "\n    " + pathText(g, l.direct) + "\n    " +
               pathText(g, l.feedback) + "\n";
    }
    return out;
}

} // namespace mlimpact
