// Insights: one entry per chart core knows, in order; explicit empty-state reasons;
// charts whose analyses were not computed say nothing; the break-even takeaway follows
// the investment the request shows.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "insights.h"
#include "scenario_io.h"

#include <QTest>

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
    void timelineAllAtLaunchHasNothingToShow();
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

void TestInsights::timelineAllAtLaunchHasNothingToShow()
{
    // The academic project is barely used: its timeline is one flat block at launch.
    Scenario s = preset("academic-research");
    const Insights few = insightsFor(s);
    const ChartInsight *flat = few.chart("timeline");
    QVERIFY(flat->isEmpty());
    QVERIFY2(flat->emptyReason.find("at launch") != std::string::npos, flat->emptyReason.c_str());
    // Served a thousand times as much, its carbon builds up over the years: something to show.
    s.deployment.queries_per_day *= 1000;
    const Insights used = insightsFor(s);
    QVERIFY2(!used.chart("timeline")->isEmpty(), used.chart("timeline")->emptyReason.c_str());
}

QTEST_APPLESS_MAIN(TestInsights)
#include "tst_insights.moc"
