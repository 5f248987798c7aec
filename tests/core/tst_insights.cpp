// Insights: one entry per chart core knows, in order; explicit empty-state reasons;
// charts whose analyses were not computed say nothing; the break-even takeaway follows
// the investment the request shows.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "insights.h"
#include "scenario_io.h"

#include <QTest>

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
    void timelineAllAtLaunchHasNothingToShow();
    void edgeFleetIsDeploymentToo();
    void perUseNamesWhatIsServed();
    void timePlaceSaysWhenThereIsNoHourlyData();
    void timePlaceStatesBothSavings();
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

void TestInsights::edgeFleetIsDeploymentToo()
{
    // The phone fleet runs the model: its inferences are the deployment side of the ratio.
    const Scenario phones = preset("edge-vision-phones");
    QVERIFY(!phones.deployment.enabled && phones.edge.enabled);
    const Insights insights = insightsFor(phones);
    const HeadlineFigure *ratio = insights.headline("deployment_to_development");
    QVERIFY(ratio->available);
    QVERIFY2(ratio->text != "–" && ratio->value > 1, ratio->text.c_str());
    QVERIFY2(ratio->text.find("k : 1") != std::string::npos, ratio->text.c_str()); // 639k : 1, not 639000 : 1
    QVERIFY(ratio->breakdown.find("Edge fleet") != std::string::npos);
    // The JSON's cloud-only ratio keeps its meaning; adding a fleet to a cloud service raises the headline only.
    Scenario both = preset("llm-chat-service");
    const Results cloud = evaluate(both, builtinCatalog());
    both.edge.enabled = true;
    const Results mixed = evaluate(both, builtinCatalog());
    QCOMPARE(mixed.deployment_to_development_carbon, cloud.deployment_to_development_carbon);
    QCOMPARE(cloud.in_use_to_development_carbon, cloud.deployment_to_development_carbon);
    QVERIFY(mixed.in_use_to_development_carbon > cloud.in_use_to_development_carbon);
}

void TestInsights::perUseNamesWhatIsServed()
{
    const Insights phoneInsights = insightsFor(preset("edge-vision-phones"));
    const HeadlineFigure phones = *phoneInsights.headline("carbon_per_query");
    QVERIFY2(phones.available, phones.text.c_str());
    QCOMPARE(phones.caption, std::string("Carbon per inference"));
    QVERIFY(phones.detail.find("per inference") != std::string::npos);
    Scenario both = preset("llm-chat-service");
    both.edge.enabled = true;
    const Insights mixed = insightsFor(both);
    QCOMPARE(mixed.headline("carbon_per_query")->caption, std::string("Carbon per query or inference"));
    // Cloud only: per use is the life-cycle carbon per query, computed the older way.
    const Results cloud = evaluate(preset("llm-chat-service"), builtinCatalog());
    QVERIFY(std::abs(cloud.perQuery.lifecycle_carbon_g_per_use / cloud.perQuery.lifecycle_carbon_g - 1) < 1e-9);
    const Insights llm = insightsFor(preset("llm-chat-service"));
    QCOMPARE(llm.headline("carbon_per_query")->caption, std::string("Carbon per query"));
}

void TestInsights::timePlaceSaysWhenThereIsNoHourlyData()
{
    // Germany has only an annual average: the hours panel is empty and says why.
    const Insights germany = insightsFor(preset("academic-research"));
    const ChartInsight *c = germany.chart("time-place");
    QVERIFY(!c->isEmpty()); // the regions still compare
    QVERIFY2(c->panelEmptyReason("hours").rfind("No hourly data for Germany", 0) == 0,
             c->panelEmptyReason("hours").c_str());
    QVERIFY2(c->takeaway.rfind("No hourly data for Germany", 0) == 0, c->takeaway.c_str());
    QCOMPARE(c->panelCaption("hours"), std::string());
    const Insights llm = insightsFor(preset("llm-chat-service"));
    const ChartInsight *california = llm.chart("time-place");
    QCOMPARE(california->panelEmptyReason("hours"), std::string());
    QVERIFY(!california->panelCaption("hours").empty());
}

void TestInsights::timePlaceStatesBothSavings()
{
    // A 4-hour job that may wait for California's midday trough, and Quebec's hydro.
    Scenario s = preset("llm-chat-service");
    s.training.workload.devices = 2048 * 72;
    s.training.schedule.mode = ScheduleMode::PauseResume;
    s.training.schedule.window_hours = 24;
    const Insights shortJob = insightsFor(s);
    const ChartInsight c = *shortJob.chart("time-place");
    double time = -1, place = -1;
    for (const auto &n : c.numbers) {
        time = n.name == "scheduling_saving" ? n.value : time;
        place = n.name == "place_shift_saving" ? n.value : place;
    }
    QVERIFY2(time > 0.25 && time < 0.5, std::to_string(time).c_str());
    QVERIFY2(place > 0.5 && place < 1, std::to_string(place).c_str());
    for (const std::string &said : {c.takeaway, c.panelCaption("hours")})
        QVERIFY2(said.find(formatPercent(time, 2)) != std::string::npos, said.c_str());
    for (const std::string &said : {c.takeaway, c.panelCaption("places")})
        QVERIFY2(said.find(formatPercent(place, 2)) != std::string::npos, said.c_str());
    // A run longer than its window says so rather than claim a saving.
    s.training.workload.devices = 2048;
    s.training.schedule.window_hours = 100;
    const Insights longJob = insightsFor(s);
    const std::string tooLong = longJob.chart("time-place")->panelCaption("hours");
    QVERIFY2(tooLong.find("Longer than its window") != std::string::npos, tooLong.c_str());
}

QTEST_APPLESS_MAIN(TestInsights)
#include "tst_insights.moc"
