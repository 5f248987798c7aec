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
    void timelineAllAtLaunchHasNothingToShow();
    void edgeFleetIsDeploymentToo();
    void perUseNamesWhatIsServed();
    void timePlaceSaysWhenThereIsNoHourlyData();
    void timePlaceStatesBothSavings();
    void backfireNeverClaimsPayback();
    void paybackAfterServiceSaysShortfall();
    void triadDoesNotInventAStrength();
    void triadBaselineFollowsServingPrecision();
    void triadOnEdgeSweepsTheDevice();
    void triadOwnPointIsComputed();
    void analysisChoicesListTheValidOnes();
    void tornadoSaysMultiplesNotPercentages();
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
    s.deployment.mode = InferenceMode::ModelFlop; // the FLOP mode's figures (the preset serves in roofline mode)
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
    Scenario s = preset("llm-chat-service");      // served at INT8 on H100
    s.deployment.mode = InferenceMode::ModelFlop; // compute-bound pricing (roofline: tst_serving)
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
    s.deployment.mode = InferenceMode::ModelFlop; // compute-bound pricing (roofline: tst_serving)
    s.efficiency.sparsity = 0.6;                  // not on the sweep's grid
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

void TestInsights::tornadoSaysMultiplesNotPercentages()
{
    // Queries per day spans decades in the LLM preset: its swing is hundreds of times the total,
    // which a percentage "of it" (once "61600% of it") does not convey; the ends as multiples do.
    const Insights insights = insightsFor(preset("llm-chat-service"));
    const ChartInsight *tornado = insights.chart("tornado");
    QVERIFY(tornado && !tornado->isEmpty());
    const auto swing = std::find_if(tornado->numbers.begin(), tornado->numbers.end(),
                                    [](const auto &n) { return n.name == "energy_top_swing"; });
    QVERIFY(swing != tornado->numbers.end() && swing->value > 10);
    QVERIFY2(tornado->takeaway.find('%') == std::string::npos, tornado->takeaway.c_str());
    QVERIFY2(tornado->takeaway.find("queries per day (\u00d7") != std::string::npos, tornado->takeaway.c_str());
}

QTEST_APPLESS_MAIN(TestInsights)
#include "tst_insights.moc"
