// The systems map (core/analysis/system_graph.h): every edge's polarity agrees with the sign of its
// measured elasticity on every preset and on random scenarios; the elasticities agree with an
// independent central difference of the public evaluate() through the registry; linear links
// give 1; the rebound loop's gains are the rebound formula's exponent (hand computed); the JSON
// is stable.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "parameter_registry.h"
#include "random_scenarios.h"
#include "scenario_io.h"
#include "system_graph.h"
#include "system_graph_report.h"
#include "test_support.h"
#include "variants.h"
#include "variants_io.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>
#include <functional>
#include <map>
#include <set>

using namespace mlimpact;

namespace {

Scenario preset(const std::string &id)
{
    Diagnostics d;
    const auto s = loadPreset(id, builtinCatalog(), d);
    if (!s)
        qFatal("preset %s does not load", id.c_str());
    return *s;
}

/// Sets a registry parameter (an override is set from the value the model uses) to value x factor.
void scaleParameter(Scenario &s, const std::string &path, double factor)
{
    const Parameter *p = findParameter(path);
    QVERIFY2(p, path.c_str());
    double value = 0;
    if (p->kind == ParameterKind::OptionalNumber)
        value = resolvedValueOf(*p, s, builtinCatalog())->value;
    else
        value = std::get<double>(p->get(s));
    p->set(s, ParameterValue(value * factor));
}

/// ∂ln y/∂ln x for x a registry parameter, by the public evaluate() and the same step.
double independentElasticity(const Scenario &s, const std::string &path,
                             const std::function<double(const Results &)> &y)
{
    Scenario minus = s, plus = s;
    scaleParameter(minus, path, std::exp(-kElasticityStep));
    scaleParameter(plus, path, std::exp(kElasticityStep));
    const double yMinus = y(evaluate(minus, builtinCatalog()));
    const double yPlus = y(evaluate(plus, builtinCatalog()));
    return (std::log(yPlus) - std::log(yMinus)) / (2 * kElasticityStep);
}

double elasticity(const SystemGraph &g, const char *from, const char *to)
{
    const SystemEdge *e = g.edge(from, to);
    if (!e)
        qFatal("no edge %s -> %s", from, to);
    if (!e->elasticity)
        qFatal("edge %s -> %s has no elasticity: %s", from, to, e->undefinedReason.c_str());
    return *e->elasticity;
}

void checkSigns(const SystemGraph &g, const std::string &where)
{
    for (const auto &e : g.edges) {
        if (!e.elasticity)
            continue;
        const double signedValue = e.polarity == Polarity::Positive ? *e.elasticity : -*e.elasticity;
        QVERIFY2(std::isfinite(*e.elasticity), (where + ": " + e.from + " -> " + e.to).c_str());
        QVERIFY2(signedValue >= -1e-9,
                 (where + ": " + e.from + " -> " + e.to + " has polarity " + std::string(polaritySymbol(e.polarity)) +
                  " but elasticity " + std::to_string(*e.elasticity))
                     .c_str());
    }
}

} // namespace

class TestSystemGraph : public QObject
{
    Q_OBJECT
private slots:
    void structureIsConsistent();
    void signsMatchPolarityOnPresets();
    void signsMatchPolarityOnRandomScenarios();
    void elasticitiesMatchIndependentDifferences();
    void linearLinksHaveElasticityOne();
    void reboundLoopGainIsTheReboundExponent();
    void developmentReboundGain();
    void stepsGiveArcElasticities();
    void comparisonCarriesChangeFromBaseline();
    void jsonIsStable();
};

void TestSystemGraph::structureIsConsistent()
{
    const SystemGraph g = systemGraph(preset("recommender-system"), builtinCatalog());
    std::set<std::string> ids;
    for (const auto &n : g.nodes)
        QVERIFY2(ids.insert(n.id).second, n.id.c_str());
    std::set<std::pair<std::string, std::string>> links;
    for (const auto &e : g.edges) {
        QVERIFY2(ids.count(e.from) && ids.count(e.to), (e.from + " -> " + e.to).c_str());
        QVERIFY2(links.insert({e.from, e.to}).second, "one edge per pair");
        QVERIFY(!e.formula.empty());
        QVERIFY(e.section.rfind("docs/model.md §", 0) == 0);
    }
    QCOMPARE(g.edges.size(), systemEdgeSpecs().size());
    // Each node path opens a real parameter; each loop's paths are edges of the graph.
    for (const auto &n : g.nodes)
        QVERIFY2(n.parameterPath.empty() || findParameter(n.parameterPath), n.parameterPath.c_str());
    for (const auto &l : g.loops) {
        for (const auto *path : {&l.direct, &l.feedback}) {
            QCOMPARE(path->front(), l.direct.front());
            QCOMPARE(path->back(), l.direct.back());
            for (std::size_t i = 0; i + 1 < path->size(); ++i)
                QVERIFY2(g.edge((*path)[i], (*path)[i + 1]), (l.id + ": " + (*path)[i]).c_str());
        }
    }
    QCOMPARE(g.loop("rebound")->kind, LoopKind::Balancing);
    QCOMPARE(g.loop("use_costs_twice")->kind, LoopKind::Reinforcing);
}

void TestSystemGraph::signsMatchPolarityOnPresets()
{
    int defined = 0;
    for (const auto &id : presetIds()) {
        const SystemGraph g = systemGraph(preset(id), builtinCatalog());
        checkSigns(g, id);
        for (const auto &e : g.edges)
            defined += e.elasticity ? 1 : 0;
    }
    QVERIFY(defined > 40); // the presets exercise most links
}

void TestSystemGraph::signsMatchPolarityOnRandomScenarios()
{
    std::mt19937_64 rng(14);
    for (int i = 0; i < 40; ++i) {
        const Scenario s = test::randomScenario(rng);
        checkSigns(systemGraph(s, builtinCatalog()), "random scenario " + std::to_string(i));
    }
}

void TestSystemGraph::elasticitiesMatchIndependentDifferences()
{
    // The effects, read from the results as a person would read them (not through the graph).
    const std::map<std::string, std::function<double(const Results &)>> effects{
        {"deployment_energy", [](const Results &r) { return r.phase(Phase::Deployment).energy_kwh; }},
        {"device_time",
         [](const Results &r) { return r.chain(Phase::Deployment).busy_device_hours / r.perQuery.queries; }},
        {"operational", [](const Results &r) { return r.totals.operational_kgco2e; }},
        {"embodied", [](const Results &r) { return r.totals.embodied_kgco2e; }},
        {"ewaste", [](const Results &r) { return r.totals.ewaste_kg; }},
        {"water", [](const Results &r) { return r.totals.water_l(); }},
        {"energy_per_query", [](const Results &r) { return r.perQuery.energy_wh; }},
    };
    struct Case
    {
        const char *preset, *from, *to, *parameter;
    };
    // The cause moves by exactly the step in each (it is the parameter, or proportional to it).
    const Case cases[] = {
        {"recommender-system", "demand", "deployment_energy", "deployment.queries_per_day"},
        {"recommender-system", "utilization", "device_time", "deployment.mfu"},
        {"llm-chat-service", "grid", "operational", "deployment.site.intensity_g_per_kwh"},
        {"academic-research", "training_grid", "operational", "training.site.intensity_g_per_kwh"},
        {"llm-chat-service", "lifetime", "embodied", "deployment.site.lifetime_years"},
        {"recommender-system", "lifetime", "ewaste", "deployment.site.lifetime_years"},
        {"llm-chat-service", "power", "energy_per_query", "deployment.site.avg_power_w"},
        {"recommender-system", "power", "energy_per_query", "deployment.site.avg_power_w"},
        {"edge-vision-phones", "edge_fleet", "water", "edge.devices"},
        {"edge-vision-phones", "edge_fleet", "operational", "edge.devices"},
    };
    for (const Case &c : cases) {
        const Scenario s = preset(c.preset);
        const double expected = independentElasticity(s, c.parameter, effects.at(c.to));
        const double measured = elasticity(systemGraph(s, builtinCatalog()), c.from, c.to);
        QVERIFY2(std::abs(measured - expected) <= 1e-6 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("%1: %2 -> %3: map %4, independent %5")
                                .arg(QLatin1String(c.preset), QLatin1String(c.from), QLatin1String(c.to))
                                .arg(measured, 0, 'g', 12)
                                .arg(expected, 0, 'g', 12)));
    }
}

void TestSystemGraph::linearLinksHaveElasticityOne()
{
    // Deployment energy is queries x energy per query, with no idle capacity to share.
    Scenario s = preset("recommender-system");
    s.deployment.idle_power_fraction = 0;
    s.deployment.provisioning_factor = 1;
    const SystemGraph g = systemGraph(s, builtinCatalog());
    QCOMPARE_LE(std::abs(elasticity(g, "demand", "deployment_energy") - 1.0), 1e-9);
    QCOMPARE_LE(std::abs(elasticity(g, "energy_per_query", "deployment_energy") - 1.0), 1e-9);
    QCOMPARE_LE(std::abs(elasticity(g, "utilization", "device_time") + 1.0), 1e-9);
    QCOMPARE_LE(std::abs(elasticity(g, "compute", "device_time") - 1.0), 1e-9);
    // The edge fleet's e-waste is units x mass x ML share, linear in devices: the total's elasticity is
    // the fleet's share of the e-waste.
    const Scenario phonesScenario = preset("edge-vision-phones");
    const SystemGraph phones = systemGraph(phonesScenario, builtinCatalog());
    const Results pr = evaluate(phonesScenario, builtinCatalog());
    QCOMPARE_LE(std::abs(elasticity(phones, "edge_fleet", "ewaste") -
                         pr.chain(Phase::Edge).ewaste_source_kg / pr.totals.ewaste_kg),
                1e-9);
    // The two carbon parts: their elasticities are their shares of the total, which sum to 1.
    const Results r = evaluate(s, builtinCatalog());
    QCOMPARE_LE(
        std::abs(elasticity(g, "operational", "carbon") - r.totals.operational_kgco2e / r.totals.carbon_kgco2e()),
        1e-6); // a share: exact only as the step goes to 0 (the error is of order h²)
    QCOMPARE_LE(std::abs(elasticity(g, "operational", "carbon") + elasticity(g, "embodied", "carbon") - 1.0), 1e-9);
}

void TestSystemGraph::reboundLoopGainIsTheReboundExponent()
{
    // Energy = r^(1-e) x E0 (docs/model.md §11): ∂ln E/∂ln r = 1 - e. Hand computed for e = 0.6:
    // the direct path 1, the loop through demand -0.6, the net 0.4; for e = 1.5 (backfire): -0.5.
    Scenario s = preset("recommender-system");
    s.efficiency.sparsity = 0.5; // any cost factor: the exponent does not depend on it
    for (const auto &[e, net] : {std::pair{0.6, 0.4}, std::pair{1.5, -0.5}, std::pair{0.0, 1.0}}) {
        s.rebound.deployment_elasticity = e;
        const SystemGraph g = systemGraph(s, builtinCatalog());
        const SystemLoop *loop = g.loop("rebound");
        QVERIFY(loop && loop->active());
        QCOMPARE_LE(std::abs(*loop->directGain - 1.0), 1e-9);
        QCOMPARE_LE(std::abs(*loop->feedbackGain + e), 1e-9);
        QCOMPARE_LE(std::abs(loop->netGain() - net), 1e-9);
        QCOMPARE_LE(std::abs(elasticity(g, "cost_per_query", "demand") + e), 1e-9);
    }
}

void TestSystemGraph::developmentReboundGain()
{
    // Experiments x r_train^(-e_dev): with no one-off runs the development runs follow the run's size
    // with elasticity -e_dev (hand: -0.5).
    Scenario s = preset("recommender-system");
    s.rebound.development_elasticity = 0.5;
    s.deployment.precision = Precision::Fp16; // no quantization run among the development runs
    s.efficiency = EfficiencySettings{};
    const SystemGraph g = systemGraph(s, builtinCatalog());
    QCOMPARE_LE(std::abs(elasticity(g, "training_run", "experiments") + 0.5), 1e-9);
    QCOMPARE(g.loop("development_rebound")->kind, LoopKind::Balancing);
}

void TestSystemGraph::stepsGiveArcElasticities()
{
    // The LLM preset's roofline fleet is a whole number of replicas, and 10M queries a day sits on a
    // step (0.1% more queries add a replica): the map gives the arc elasticity over ±10% and says so,
    // instead of the jump divided by 0.2%.
    const Scenario s = preset("llm-chat-service");
    const SystemGraph g = systemGraph(s, builtinCatalog());
    const SystemEdge *e = g.edge("demand", "deployment_energy");
    QVERIFY(e && e->elasticity && e->arc);
    Scenario low = s, high = s;
    low.deployment.queries_per_day *= std::exp(-kArcElasticityStep);
    high.deployment.queries_per_day *= std::exp(kArcElasticityStep);
    const double arc = std::log(evaluate(high, builtinCatalog()).phase(Phase::Deployment).energy_kwh /
                                evaluate(low, builtinCatalog()).phase(Phase::Deployment).energy_kwh) /
                       (2 * kArcElasticityStep);
    QCOMPARE_LE(std::abs(*e->elasticity - arc), 1e-9);
    QVERIFY(*e->elasticity > 0.5 && *e->elasticity < 1.5); // replicas follow the load on average
    // Between steps (the same fleet just below and above) the local slope is 0, but replicas still follow
    // the load a few percent away: the arc again, not a misleading 0.
    Scenario off = s;
    off.deployment.queries_per_day = 0.99e7;
    const SystemGraph offGraph = systemGraph(off, builtinCatalog()); // the edge points into it
    const SystemEdge *flat = offGraph.edge("demand", "deployment_energy");
    QVERIFY(flat->elasticity && flat->arc);
    QVERIFY(*flat->elasticity > 0.5);
    // A smooth link keeps its local slope (the arc agrees with it).
    QVERIFY(!g.edge("lifetime", "embodied")->arc);
}

void TestSystemGraph::comparisonCarriesChangeFromBaseline()
{
    Diagnostics d;
    const auto document = loadComparisonPreset("quantize-and-meet-rebound", builtinCatalog(), d);
    QVERIFY(document && !document->variants.empty());
    const Variant &v = document->variants.front();
    const Scenario variant = resolveVariant(document->baseline, v);
    SystemGraph g = systemGraph(document->baseline, builtinCatalog());
    attachComparison(g, document->baseline, variant, v.name, builtinCatalog());
    QCOMPARE(g.comparedVariant, v.name);
    const double before = evaluate(document->baseline, builtinCatalog()).totals.carbon_kgco2e();
    const double after = evaluate(variant, builtinCatalog()).totals.carbon_kgco2e();
    QVERIFY(g.node("carbon")->change);
    QCOMPARE_LE(std::abs(*g.node("carbon")->change - (after / before - 1)), 1e-12);
    QCOMPARE(*g.node("carbon")->baselineValue, before);
}

void TestSystemGraph::jsonIsStable()
{
    const SystemGraph g = systemGraph(preset("recommender-system"), builtinCatalog());
    const std::string text = systemGraphJson(g);
    QCOMPARE(systemGraphJson(systemGraph(preset("recommender-system"), builtinCatalog())), text);
    const auto json = nlohmann::ordered_json::parse(text);
    std::vector<std::string> keys;
    for (const auto &[key, value] : json.items())
        keys.push_back(key);
    // The documented keys, in their documented order (docs/report-format.md, "System map").
    QCOMPARE(keys, (std::vector<std::string>{"format", "version", "elasticity_step", "compared_variant", "nodes",
                                             "edges", "loops"}));
    QCOMPARE(json["format"].get<std::string>(), std::string("ml-impact-explorer/system-map"));
    QCOMPARE(json["version"].get<int>(), 1);
    const auto keysOf = [](const nlohmann::ordered_json &object) {
        std::vector<std::string> out;
        for (const auto &[key, value] : object.items())
            out.push_back(key);
        return out;
    };
    QCOMPARE(keysOf(json["nodes"][0]),
             (std::vector<std::string>{"id", "label", "active", "value", "unit", "text", "parameter"}));
    QCOMPARE(keysOf(json["edges"][0]), (std::vector<std::string>{"from", "to", "polarity", "formula", "section",
                                                                 "elasticity", "arc", "method", "undefined_reason"}));
    QCOMPARE(keysOf(json["loops"][0]),
             (std::vector<std::string>{"id", "label", "kind", "active", "direct_path", "feedback_path", "direct_gain",
                                       "feedback_gain", "net_gain"}));
    QCOMPARE(json["edges"].size(), systemEdgeSpecs().size());
    const auto &demand = *std::find_if(json["edges"].begin(), json["edges"].end(), [](const auto &e) {
        return e["from"] == "demand" && e["to"] == "deployment_energy";
    });
    QCOMPARE(demand["polarity"].get<std::string>(), std::string("+"));
    QVERIFY(std::abs(demand["elasticity"].get<double>() - 1.0) < 1e-9);
}

QTEST_GUILESS_MAIN(TestSystemGraph)
#include "tst_system_graph.moc"
