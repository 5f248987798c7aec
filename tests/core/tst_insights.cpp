// Insights: one entry per chart core knows, in order; explicit empty-state reasons;
// charts whose analyses were not computed say nothing; the break-even takeaway follows
// the investment the request shows.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "insights.h"
#include "scenario_io.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace mlimpact;

namespace {

Insights insightsFor(const Scenario &s, const AnalysisRequest &request = {})
{
    const Results r = evaluate(s, builtinCatalog());
    return computeInsights(builtinCatalog(), r, computeAnalyses(s, builtinCatalog(), r, request));
}

Scenario preset(const char *id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT
private slots:
    void everyChartOnceInOrder_data();
    void everyChartOnceInOrder();
    void emptyScenarioSaysWhy();
    void unrequestedAnalysesSayNothing();
    void breakEvenFollowsTheShownInvestment();
    void unavailableHeadlinesSayWhy();
    void smallRatiosReadTheOtherWayRound();
    void backfireNeverClaimsPayback();
    void paybackAfterServiceSaysShortfall();
    void triadDoesNotInventAStrength();
    void triadBaselineFollowsServingPrecision();
    void triadOnEdgeSweepsTheDevice();
    void triadOwnPointIsComputed();
    void analysisChoicesListTheValidOnes();
};

void TestInsights::everyChartOnceInOrder_data()
{
    QTest::addColumn<QString>("id");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestInsights::everyChartOnceInOrder()
{
    QFETCH(QString, id);
    const Insights insights = insightsFor(preset(id.toStdString().c_str()));
    QCOMPARE(insights.charts.size(), chartDescriptors().size());
    std::set<std::string> seen;
    for (std::size_t i = 0; i < insights.charts.size(); ++i) {
        const ChartInsight &c = insights.charts[i];
        QCOMPARE(c.chartId, std::string(chartDescriptors()[i].id));
        QVERIFY(seen.insert(c.chartId).second);
        QVERIFY2(!c.takeaway.empty(), c.chartId.c_str());
        QVERIFY(c.isEmpty() || !c.numbers.empty()); // a takeaway rests on numbers
    }
    for (const char *headline : {"total_carbon", "energy", "water", "ewaste", "carbon_per_query",
                                 "deployment_to_development", "embodied_share"})
        QVERIFY2(insights.headline(headline), headline);
}

void TestInsights::emptyScenarioSaysWhy()
{
    Scenario s;
    s.development.enabled = s.nas.enabled = s.training.enabled = s.deployment.enabled = s.edge.enabled =
        s.disposal.enabled = false;
    s.efficiency.sparsity = 0;
    s.efficiency.distillation_ratio = 1;
    s.deployment.precision = Precision::Fp16;
    const Insights insights = insightsFor(s);
    for (const char *id : {"lifecycle", "timeline", "rebound", "break-even"}) {
        const ChartInsight *c = insights.chart(id);
        QVERIFY2(c && c->isEmpty(), id);
        QCOMPARE(c->takeaway, c->emptyReason);
    }
}

void TestInsights::unrequestedAnalysesSayNothing()
{
    AnalysisRequest none;
    none.parts = AnalysisParts::None;
    const Insights insights = insightsFor(preset("llm-chat-service"), none);
    QVERIFY(insights.chart("lifecycle"));
    QVERIFY(insights.chart("timeline"));
    for (const char *id : {"triad", "time-place", "rebound", "break-even"})
        QVERIFY2(!insights.chart(id), id);
}

void TestInsights::breakEvenFollowsTheShownInvestment()
{
    Scenario s = preset("llm-chat-service");
    s.nas.enabled = true;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(r.breakEvens.size() >= 2);
    for (const auto &b : r.breakEvens) {
        AnalysisRequest request;
        request.breakEvenId = b.id;
        const Insights insights = insightsFor(s, request);
        QVERIFY2(insights.chart("break-even")->takeaway.rfind(b.label, 0) == 0, b.id.c_str());
    }
}

void TestInsights::unavailableHeadlinesSayWhy()
{
    Scenario s = preset("academic-research");
    s.deployment.enabled = false;
    const Insights insights = insightsFor(s);
    const HeadlineFigure *perQuery = insights.headline("carbon_per_query");
    QVERIFY(!perQuery->available);
    QVERIFY(!perQuery->detail.empty());
    QVERIFY(!insights.headline("deployment_to_development")->available);
}

void TestInsights::smallRatiosReadTheOtherWayRound()
{
    // The academic project serves few queries: deployment is a tiny fraction of development.
    const Scenario s = preset("academic-research");
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(r.deployment_to_development_carbon > 0 && r.deployment_to_development_carbon < 1e-3);
    const Insights small = insightsFor(s);
    const HeadlineFigure *ratio = small.headline("deployment_to_development");
    QVERIFY2(ratio->text.rfind("1 : ", 0) == 0, ratio->text.c_str());
    QVERIFY2(ratio->text.find("e-") == std::string::npos && ratio->text.find("0.0") == std::string::npos,
             ratio->text.c_str());
    const Insights llm = insightsFor(preset("llm-chat-service"));
    const std::string large = llm.headline("deployment_to_development")->text;
    QVERIFY2(large.size() > 4 && large.compare(large.size() - 4, 4, " : 1") == 0, large.c_str()); // 3.44 : 1
}

namespace {

const InsightNumber *number(const ChartInsight &c, const std::string &name)
{
    for (const auto &n : c.numbers) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

void TestInsights::backfireNeverClaimsPayback()
{
    // Elasticity 1.5: the rebound chart shows more energy than before; no investment may
    // then be said to pay back through the serving savings it no longer makes.
    Scenario s = preset("llm-chat-service");
    s.rebound.deployment_elasticity = 1.5;
    s.nas.enabled = true;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(r.deploymentRebound.backfire());
    QVERIFY(r.breakEvens.size() >= 2);
    for (const auto &b : r.breakEvens) {
        AnalysisRequest request;
        request.breakEvenId = b.id;
        const Insights insights = insightsFor(s, request);
        const ChartInsight &c = *insights.chart("break-even");
        QVERIFY2(!contains(c.takeaway, "pays back after") && !contains(c.takeaway, "pays back at once"),
                 c.takeaway.c_str());
        QCOMPARE(number(c, "pays_back_within_service")->value, 0.0);
        QVERIFY2(contains(c.takeaway, "elasticity 1.5"), c.takeaway.c_str()); // it says why
        QVERIFY(contains(insights.chart("rebound")->takeaway, "backfire"));
    }
}

void TestInsights::paybackAfterServiceSaysShortfall()
{
    Scenario s = preset("llm-chat-service");
    s.nas.enabled = true;
    AnalysisRequest request;
    request.breakEvenId = "nas";
    const Results r = evaluate(s, builtinCatalog());
    const Insights insights = insightsFor(s, request);
    const ChartInsight &c = *insights.chart("break-even");
    const double days = number(c, "days_to_break_even")->value;
    QCOMPARE(number(c, "service_days")->value, 3 * 365.0);
    QVERIFY2(days > 3 * 365.0, qPrintable(QString::number(days))); // the search pays back only after the service
    QCOMPARE(number(c, "pays_back_within_service")->value, 0.0);
    const double shortfall = number(c, "shortfall_kgco2e")->value;
    QVERIFY(shortfall > 0);
    QVERIFY(std::abs(shortfall + number(c, "saved_by_service_end_kgco2e")->value - number(c, "one_off_kgco2e")->value) <
            1e-6 * shortfall);
    QVERIFY2(c.takeaway.rfind("Architecture search does not pay back within the 3-year service", 0) == 0,
             c.takeaway.c_str());
    QVERIFY2(contains(c.takeaway, formatQuantity(shortfall, Quantity::CarbonKg) + " short"), c.takeaway.c_str());
    QVERIFY2(!contains(c.takeaway, "pays back after"), c.takeaway.c_str());
    // The chart's marks say the same.
    const Analyses a = computeAnalyses(s, builtinCatalog(), r, request);
    const auto curve =
        std::find_if(a.breakEvenCurves.begin(), a.breakEvenCurves.end(), [](const auto &k) { return k.id == "nas"; });
    QVERIFY(curve != a.breakEvenCurves.end());
    QCOMPARE(curve->serviceDays, 3 * 365.0);
    QVERIFY(contains(curve->verdict.crossingLabel, "would pay back after"));
    QCOMPARE(curve->verdict.shortfallLabel, formatQuantity(shortfall, Quantity::CarbonKg) + " short");
}

void TestInsights::triadDoesNotInventAStrength()
{
    // The LLM service does not prune: the takeaway must not speak of "its" pruning level.
    const Scenario s = preset("llm-chat-service");
    QCOMPARE(s.efficiency.sparsity, 0.0);
    const Insights insights = insightsFor(s);
    const ChartInsight &c = *insights.chart("triad");
    QVERIFY2(c.takeaway.rfind("This scenario does not use", 0) == 0, c.takeaway.c_str());
    QVERIFY2(!contains(c.takeaway, "this scenario's"), c.takeaway.c_str());
    QCOMPARE(number(c, "scenario_uses_technique")->value, 0.0);
    QCOMPARE(number(c, "scenario_strength")->value, 0.0);
    // ... and with pruning it names the scenario's own level.
    Scenario pruned = s;
    pruned.efficiency.sparsity = 0.6;
    pruned.efficiency.sparse_kernels = true;
    const Insights prunedInsights = insightsFor(pruned);
    const std::string withPruning = prunedInsights.chart("triad")->takeaway;
    QVERIFY2(contains(withPruning, "this scenario's 60% of weights pruned"), withPruning.c_str());
}

void TestInsights::triadBaselineFollowsServingPrecision()
{
    Scenario s = preset("llm-chat-service"); // served at INT8 on H100
    QCOMPARE(s.deployment.precision, Precision::Int8);
    AnalysisRequest request;
    request.technique = Technique::Quantization;
    const Results r = evaluate(s, builtinCatalog());
    const Analyses a = computeAnalyses(s, builtinCatalog(), r, request);
    QCOMPARE(a.triad.baselinePrecision, Precision::Int8);
    // x1 is the INT8 model: FP16 costs more on native-INT8 hardware.
    QVERIFY(std::abs(a.triad.points[2].energy - 1) < 1e-12);
    QVERIFY(a.triad.points[1].energy > 1.2);
    QVERIFY(contains(baselineName(a.triad), "INT8"));
    Scenario pruned = s;
    pruned.efficiency.sparsity = 0.6;
    pruned.efficiency.sparse_kernels = true;
    const Insights pruningInsights = insightsFor(pruned);
    const std::string pruning = pruningInsights.chart("triad")->takeaway;
    QVERIFY2(contains(pruning, "dense INT8 model") && !contains(pruning, "FP16"), pruning.c_str());
    s.deployment.precision = Precision::Fp16;
    QCOMPARE(computeAnalyses(s, builtinCatalog(), evaluate(s, builtinCatalog()), request).triad.baselinePrecision,
             Precision::Fp16);
}

void TestInsights::triadOnEdgeSweepsTheDevice()
{
    const Scenario s = preset("edge-vision-phones");
    const Insights insights = insightsFor(s);
    const Results r = evaluate(s, builtinCatalog());
    const Analyses a = computeAnalyses(s, builtinCatalog(), r, {});
    QVERIFY(a.triad.edge);
    QCOMPARE(a.triad.hardware, s.edge.device);
    QVERIFY(a.triad.points.size() > 2);
    const std::string takeaway = insights.chart("triad")->takeaway;
    const std::string device = builtinCatalog().edgeDevice(s.edge.device)->name;
    QVERIFY2(contains(takeaway, device) && contains(takeaway, "per inference"), takeaway.c_str());
    QVERIFY2(!contains(takeaway, "A100") && !contains(takeaway, "FP16"), takeaway.c_str());
    // Quantization has no per-precision table at the edge: said, not swept on a cloud GPU.
    AnalysisRequest quant;
    quant.technique = Technique::Quantization;
    const Insights quantInsights = insightsFor(s, quant);
    const ChartInsight &q = *quantInsights.chart("triad");
    QVERIFY2(q.isEmpty() && contains(q.takeaway, device), q.takeaway.c_str());
}

void TestInsights::triadOwnPointIsComputed()
{
    Scenario s = preset("llm-chat-service");
    s.efficiency.sparsity = 0.6; // not on the sweep's grid
    s.efficiency.sparse_kernels = true;
    const Results r = evaluate(s, builtinCatalog());
    const Analyses a = computeAnalyses(s, builtinCatalog(), r, {});
    QVERIFY(a.triad.scenarioUses);
    QCOMPARE(a.triad.own.x, 0.6);
    QVERIFY(std::abs(a.triad.own.compute - 0.4) < 1e-9);
    // Between its neighbours on the curve (energy falls with sparsity in this range).
    const auto above =
        std::find_if(a.triad.points.begin(), a.triad.points.end(), [](const auto &p) { return p.x > 0.6; });
    QVERIFY(above != a.triad.points.begin() && above != a.triad.points.end());
    QVERIFY(a.triad.own.energy < std::prev(above)->energy && a.triad.own.energy > above->energy);
    // Sparse kernels at a few percent run far slower than the dense model at 0%: not one curve.
    QVERIFY(!a.triad.curveStartsAtBaseline);
    QVERIFY(a.triad.points[1].energy > 2 * a.triad.points[0].energy);
    AnalysisRequest masked;
    masked.technique = Technique::UnstructuredMasked;
    QVERIFY(computeAnalyses(s, builtinCatalog(), r, masked).triad.curveStartsAtBaseline);
}

void TestInsights::analysisChoicesListTheValidOnes()
{
    const Catalog &catalog = builtinCatalog();
    AnalysisRequest request;
    QVERIFY(chooseTriad("quantization@smartphone-generic", catalog, request).empty());
    QCOMPARE(request.technique, Technique::Quantization);
    QCOMPARE(request.hardware, std::string("smartphone-generic"));
    QVERIFY(chooseTriad("distillation", catalog, request).empty());
    QCOMPARE(request.hardware, std::string()); // the scenario's serving hardware
    const Diagnostics badTechnique = chooseTriad("pruning@nvidia-h100-sxm", catalog, request);
    QCOMPARE(badTechnique.size(), std::size_t(1));
    for (const auto &c : triadTechniqueChoices())
        QVERIFY2(contains(badTechnique[0].message, c.key), badTechnique[0].message.c_str());
    const Diagnostics badDevice = chooseTriad("quantization@h100", catalog, request);
    QCOMPARE(badDevice.size(), std::size_t(1));
    QVERIFY2(contains(badDevice[0].message, "nvidia-h100-sxm") && contains(badDevice[0].message, "smartphone-generic"),
             badDevice[0].message.c_str());
    QCOMPARE(request.technique, Technique::Distillation); // a bad value changes nothing
    Scenario s = preset("llm-chat-service");
    s.nas.enabled = true;
    const Results r = evaluate(s, catalog);
    QVERIFY(chooseBreakEven("nas", r, request).empty());
    QCOMPARE(request.breakEvenId, std::string("nas"));
    const Diagnostics badInvestment = chooseBreakEven("pruning", r, request);
    QCOMPARE(badInvestment.size(), std::size_t(1));
    QVERIFY2(contains(badInvestment[0].message, "nas, quantization"), badInvestment[0].message.c_str());
}

QTEST_APPLESS_MAIN(TestInsights)
#include "tst_insights.moc"
