// Tests of the paper's mechanisms: technique realization by hardware, hourly
// intensity and scheduling, rebound, break-even and location shifting — with
// the published cases (Evolved Transformer NAS payback; Meta's rebound).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "rebound.h"
#include "scenario_io.h"
#include "schedule.h"
#include "sweep.h"

#include <QTest>

#include <cmath>

using namespace mlimpact;

namespace {

Scenario preset(const char *id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

const SweepPoint &at(const std::vector<SweepPoint> &sweep, double x)
{
    for (const auto &p : sweep) {
        if (std::fabs(p.x - x) < 1e-9)
            return p;
    }
    static const SweepPoint none{-1, 0, 0, 0};
    return none;
}

const BreakEven *findBreakEven(const Results &r, const std::string &id)
{
    for (const auto &b : r.breakEvens) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}
// The pointer points into the Results: a temporary would be gone before it is read.
const BreakEven *findBreakEven(Results &&, const std::string &) = delete;

} // namespace

class TestMechanisms : public QObject
{
    Q_OBJECT
private slots:
    void unstructuredSparsityOnDenseGpuDoesNotSaveEnergy();
    void structuredSparsityNeedsHardwareSupport();
    void quantizationDependsOnNativeSupport();
    void carbonDivergesFromEnergy();
    void sweepSizes();
    void duckCurveScheduling();
    void longJobsSaveLittle();
    void schedulingLowersTrainingCarbon();
    void reboundFormulas_data();
    void reboundFormulas();
    void metaReboundImpliesElasticity();
    void reboundInEvaluate();
    void evolvedTransformerPaysBackFifteenToOne();
    void distillationBreakEven();
    void refreshPayback();
    void regionComparison();
};

void TestMechanisms::unstructuredSparsityOnDenseGpuDoesNotSaveEnergy()
{
    const Scenario s = preset("llm-chat-service");
    const auto masked = sweepTechnique(s, builtinCatalog(), Technique::UnstructuredMasked, "nvidia-v100-sxm2", 20);
    const auto kernels =
        sweepTechnique(s, builtinCatalog(), Technique::UnstructuredSparseKernels, "nvidia-v100-sxm2", 20);
    QCOMPARE(masked.size(), std::size_t(20));
    QVERIFY(std::fabs(masked.front().compute - 1) < 1e-12);
    // Masked dense kernels: compute falls with sparsity, energy does not (the fine-tuning adds a little).
    QVERIFY(masked.back().compute < 0.1);
    for (const auto &p : masked)
        QVERIFY2(p.energy >= 0.999, qPrintable(QString::number(p.energy)));
    // Sparse kernels at 50%: half the compute, more energy (they run at a fraction of dense speed).
    const SweepPoint &half = at(kernels, 0.5);
    QVERIFY(half.x >= 0);
    QVERIFY(std::fabs(half.compute - 0.5) < 1e-9);
    QVERIFY(half.energy > 1.2);
    // ... and only at high sparsity do they pay off.
    QVERIFY(kernels.back().energy < 1.0);
}

void TestMechanisms::structuredSparsityNeedsHardwareSupport()
{
    // The FLOP mode's realization factors (the roofline mode's bytes: tst_serving).
    Scenario s = preset("llm-chat-service");
    s.deployment.mode = InferenceMode::ModelFlop;
    const auto a100 = sweepTechnique(s, builtinCatalog(), Technique::Structured2to4, "nvidia-a100-80gb-sxm4", 11);
    const auto v100 = sweepTechnique(s, builtinCatalog(), Technique::Structured2to4, "nvidia-v100-sxm2", 11);
    QVERIFY(std::fabs(a100.back().x - 0.5) < 1e-12);
    QVERIFY(a100.back().energy < 0.9);    // 2:4 tensor cores realize part of the 2x
    QVERIFY(a100.back().energy > 0.5);    // ... but not all of it
    QVERIFY(v100.back().energy >= 0.999); // no 2:4 hardware: no time saved
    QVERIFY(std::fabs(v100.back().compute - 0.5) < 1e-9);
}

void TestMechanisms::quantizationDependsOnNativeSupport()
{
    Scenario s = preset("llm-chat-service");
    s.deployment.mode = InferenceMode::ModelFlop; // compute-bound pricing (roofline: tst_serving)
    s.deployment.precision = Precision::Fp16;     // the sweep is relative to the serving precision
    const auto a100 = sweepTechnique(s, builtinCatalog(), Technique::Quantization, "nvidia-a100-80gb-sxm4", 4);
    const auto v100 = sweepTechnique(s, builtinCatalog(), Technique::Quantization, "nvidia-v100-sxm2", 4);
    QCOMPARE(a100.size(), std::size_t(4));
    // Served at FP16, FP16 is the reference; quantization does not change the FLOP count.
    QVERIFY(std::fabs(a100[1].energy - 1) < 1e-12);
    QVERIFY(std::fabs(a100[2].compute - 1) < 1e-12);
    QVERIFY(a100[0].energy > 1);   // FP32 is slower
    QVERIFY(a100[2].energy < 0.9); // native INT8 saves
    QVERIFY(v100[2].energy > 1);   // INT8 without native support costs more: the mlco2 PR #60 pattern
}

void TestMechanisms::carbonDivergesFromEnergy()
{
    // Fine-tuning after pruning runs where training runs: on a coal-heavy grid, the
    // one-off cost weighs more in carbon than in energy.
    Scenario s = preset("llm-chat-service");
    s.training.site.region = "poland";
    s.deployment.site.region = "france";
    s.efficiency.pruning_finetune_fraction = 0.5;
    const auto sweep = sweepTechnique(s, builtinCatalog(), Technique::UnstructuredMasked, "nvidia-a100-80gb-sxm4", 5);
    QVERIFY(sweep.back().carbon > sweep.back().energy * 1.05);
    QVERIFY(sweep.back().compute < 0.1);
}

void TestMechanisms::sweepSizes()
{
    const Scenario s = preset("llm-chat-service");
    QCOMPARE(sweepTechnique(s, builtinCatalog(), Technique::Distillation, "nvidia-h100-sxm", 96).size(),
             std::size_t(96));
    // Distillation shrinks compute and (dense student) time alike.
    for (const auto &p : sweepTechnique(s, builtinCatalog(), Technique::Distillation, "nvidia-h100-sxm", 11))
        QVERIFY(std::fabs(p.compute - (1 - p.x)) < 1e-9);
}

void TestMechanisms::duckCurveScheduling()
{
    const GridRegion *ca = builtinCatalog().gridRegion("us-california");
    bool flat = true;
    const HourlyFactors &f = hourlyFactors(*ca, Season::Annual, &flat);
    QVERIFY(!flat);
    double mean = 0;
    for (double v : f)
        mean += v / 24;
    QVERIFY(std::fabs(mean - 1) < 1e-12);
    // A 4-hour job ready at 17:00 (evening peak), due within a day.
    const auto now = scheduleJob(f, 4, 17, 24, ScheduleMode::RunNow);
    const auto flexible = scheduleJob(f, 4, 17, 24, ScheduleMode::FlexibleStart);
    const auto pause = scheduleJob(f, 4, 17, 24, ScheduleMode::PauseResume);
    QCOMPARE(now.saving(), 0.0);
    QVERIFY(flexible.saving() > 0.25); // Dodge et al. 2022: >25% for short jobs
    QVERIFY(pause.usedFactor <= flexible.usedFactor + 1e-12);
    QCOMPARE(flexible.intervals.size(), std::size_t(1));
    // The chosen block is the midday trough (10:00-14:00 = 17 + offsets 17..20).
    const int startsAt = (17 + static_cast<int>(flexible.intervals.front().first)) % 24;
    QVERIFY2(startsAt >= 9 && startsAt <= 11, qPrintable(QString::number(startsAt)));
    // Spring's trough is deeper than the annual one.
    const auto spring = scheduleJob(hourlyFactors(*ca, Season::Spring), 4, 17, 24, ScheduleMode::FlexibleStart);
    QVERIFY(spring.saving() > flexible.saving());
    // A region without hourly data is flat: scheduling saves nothing.
    const auto flatJob = scheduleJob(hourlyFactors(*builtinCatalog().gridRegion("germany"), Season::Annual), 4, 17, 24,
                                     ScheduleMode::PauseResume);
    QVERIFY(std::fabs(flatJob.saving()) < 1e-12);
}

void TestMechanisms::longJobsSaveLittle()
{
    const HourlyFactors &f = hourlyFactors(*builtinCatalog().gridRegion("us-california"), Season::Annual);
    const double shortJob = scheduleJob(f, 3, 18, 27, ScheduleMode::FlexibleStart).saving();
    const double longJob = scheduleJob(f, 500, 18, 524, ScheduleMode::FlexibleStart).saving();
    QVERIFY(shortJob > 0.2);
    QVERIFY(longJob < 0.01); // Dodge et al. 2022: <1% for long jobs
    const auto tooShort = scheduleJob(f, 30, 18, 10, ScheduleMode::PauseResume);
    QVERIFY(tooShort.windowTooShort);
    QCOMPARE(tooShort.saving(), 0.0);
}

void TestMechanisms::schedulingLowersTrainingCarbon()
{
    Scenario s = preset("academic-research");
    s.training.enabled = true;
    s.training.site.region = "us-california";
    s.training.workload.devices = 5069; // a one-hour job
    s.training.schedule.start_hour = 18;
    s.training.schedule.window_hours = 24;
    const Results now = evaluate(s, builtinCatalog());
    s.training.schedule.mode = ScheduleMode::PauseResume;
    const Results paused = evaluate(s, builtinCatalog());
    QCOMPARE(paused.phase(Phase::Training).energy_kwh, now.phase(Phase::Training).energy_kwh);
    QVERIFY(paused.phase(Phase::Training).operational_kgco2e < 0.75 * now.phase(Phase::Training).operational_kgco2e);
    QVERIFY(paused.chain(Phase::Training).intensity_g_per_kwh < paused.training_intensity_now_g_per_kwh);
    QVERIFY(paused.schedule.saving() > 0.25);
}

void TestMechanisms::reboundFormulas_data()
{
    QTest::addColumn<double>("r");
    QTest::addColumn<double>("e");
    QTest::addColumn<double>("realized");
    QTest::addColumn<bool>("backfire");
    QTest::newRow("no rebound") << 0.5 << 0.0 << 0.5 << false;
    QTest::newRow("partial") << 0.5 << 0.5 << 1 - std::sqrt(0.5) << false;
    QTest::newRow("fully taken back") << 0.5 << 1.0 << 0.0 << false;
    QTest::newRow("backfire") << 0.5 << 1.5 << 1 - std::pow(0.5, -0.5) << true;
}

void TestMechanisms::reboundFormulas()
{
    QFETCH(double, r);
    QFETCH(double, e);
    QFETCH(double, realized);
    QFETCH(bool, backfire);
    const ReboundOutcome o = reboundOutcome(r, e);
    QVERIFY(std::fabs(o.expectedSaving - (1 - r)) < 1e-12);
    QVERIFY(std::fabs(o.realizedSaving - realized) < 1e-12);
    QCOMPARE(o.backfire(), backfire);
    QVERIFY(std::fabs(o.demandMultiplier - std::pow(r, -e)) < 1e-12);
}

void TestMechanisms::metaReboundImpliesElasticity()
{
    // Wu et al. 2022: operational power cut 20% every 6 months, yet only 28.5% net over two years.
    const double r = std::pow(0.8, 4);
    const double e = impliedElasticity(r, 0.285);
    QVERIFY2(std::fabs(e - 0.624) < 0.001, qPrintable(QString::number(e)));
    QVERIFY(std::fabs(reboundOutcome(r, e).realizedSaving - 0.285) < 1e-12);
    QVERIFY(reboundOutcome(r, e).reboundFraction > 0.5); // most of the engineering saving is taken back
}

void TestMechanisms::reboundInEvaluate()
{
    Scenario s = preset("llm-chat-service");
    s.deployment.mode = InferenceMode::ModelFlop; // energy proportional to compute, as Wu et al. assume
    s.deployment.precision = Precision::Fp16;     // distillation alone
    s.efficiency.distillation_ratio = std::pow(0.8, 4);
    s.rebound.deployment_elasticity = 0.6241;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(std::fabs(r.technique.energy_factor - std::pow(0.8, 4)) < 1e-9);
    QVERIFY(std::fabs(r.deploymentRebound.realizedSaving - 0.285) < 0.001);
    // Demand grew: more queries than asked for.
    s.rebound.deployment_elasticity = 0;
    QVERIFY(r.perQuery.queries > evaluate(s, builtinCatalog()).perQuery.queries * 1.5);
}

void TestMechanisms::evolvedTransformerPaysBackFifteenToOne()
{
    // Patterson et al. 2021: the Evolved Transformer search (3.2 tCO2e) saved ~48.5 tCO2e
    // when training Meena (96.4 tCO2e with it) -- about 15:1.
    Diagnostics d;
    Scenario s = *loadScenarioFile(QFINDTESTDATA("../validation/patterson-evolved-transformer-nas.json").toStdString(),
                                   builtinCatalog(), d);
    const Scenario meena =
        *loadScenarioFile(QFINDTESTDATA("../validation/patterson-meena.json").toStdString(), builtinCatalog(), d);
    s.training = meena.training;
    const double saving = 48.5 / (96.4 + 48.5); // training compute the better architecture saves
    s.training.workload.total_flop = meena.training.workload.total_flop / (1 - saving);
    s.nas.training_compute_saving = saving;
    s.nas.inference_compute_saving = 0;
    // Patterson et al. count operational emissions only.
    s.nas.site.embodied_kgco2e = 0;
    s.training.site.embodied_kgco2e = 0;
    const Results r = evaluate(s, builtinCatalog());
    const BreakEven *b = findBreakEven(r, "nas");
    QVERIFY(b);
    QVERIFY(std::fabs(b->one_off_kgco2e / 3200 - 1) < 0.03);
    QVERIFY(std::fabs(b->one_time_saving_kgco2e / 48500 - 1) < 0.03);
    QVERIFY2(std::fabs(b->payback_ratio / 15.2 - 1) < 0.05, qPrintable(QString::number(b->payback_ratio)));
    QCOMPARE(b->days_to_break_even, 0.0); // paid back before the model served a query
}

void TestMechanisms::distillationBreakEven()
{
    Scenario s = preset("llm-chat-service");
    s.deployment.query_growth_per_year = 0;
    s.efficiency.distillation_ratio = 0.5;
    const Results r = evaluate(s, builtinCatalog());
    const BreakEven *b = findBreakEven(r, "distillation");
    QVERIFY(b);
    QVERIFY(b->one_off_kgco2e > 0);
    QVERIFY(b->saving_per_query_kgco2e > 0);
    // Without growth the saving accrues evenly: queries = cost / saving per query.
    QVERIFY(std::fabs(b->queries_to_break_even / (b->one_off_kgco2e / b->saving_per_query_kgco2e) - 1) < 1e-6);
    // Queries are those served: demand responds to the cheaper queries (elasticity 0.4).
    const double servedPerDay = s.deployment.queries_per_day * r.deploymentRebound.demandMultiplier;
    QVERIFY(r.deploymentRebound.demandMultiplier > 1);
    QVERIFY(std::fabs(b->days_to_break_even - b->queries_to_break_even / servedPerDay) < 1e-3);
    QVERIFY(b->payback_ratio > 1);
    // A technique that costs energy on this hardware never breaks even.
    s.efficiency.distillation_ratio = 1;
    s.efficiency.sparsity = 0.5;
    s.efficiency.sparse_kernels = true;
    s.deployment.site.hardware = "nvidia-v100-sxm2";
    const Results onV100 = evaluate(s, builtinCatalog());
    const BreakEven *never = findBreakEven(onV100, "pruning");
    QVERIFY(never);
    QVERIFY(!never->breaksEven());
    QVERIFY(never->saving_per_query_kgco2e < 0);
}

void TestMechanisms::refreshPayback()
{
    Scenario s = preset("recommender-system"); // serves on T4
    s.refresh.candidate_hardware = "nvidia-l4";
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(r.refresh.evaluated);
    QVERIFY(r.refresh.fleet_devices > 0);
    QVERIFY(std::fabs(r.refresh.embodied_kgco2e -
                      r.refresh.fleet_devices * *builtinCatalog().accelerator("nvidia-l4")->embodied_kgco2e) < 1e-6);
    // An L4 does about twice a T4's FP16/INT8 work (catalog: 121 vs 65 dense TFLOPS) at about the same
    // power (72 vs 70 W), so the refresh must save operational carbon and pay back in finite time.
    const double saving = r.refresh.annual_operational_now_kgco2e - r.refresh.annual_operational_candidate_kgco2e;
    QVERIFY(saving > 0.3 * r.refresh.annual_operational_now_kgco2e);
    QVERIFY(std::isfinite(r.refresh.payback_years) && r.refresh.payback_years > 0);
    QVERIFY(std::fabs(r.refresh.payback_years - r.refresh.embodied_kgco2e / saving) < 1e-9);
    s.refresh.candidate_hardware = s.deployment.site.hardware;
    QVERIFY(!evaluate(s, builtinCatalog()).refresh.evaluated);
}

void TestMechanisms::regionComparison()
{
    const Scenario s = preset("llm-chat-service");
    const auto regions = compareRegions(s, builtinCatalog(), Phase::Training);
    QCOMPARE(regions.size(), builtinCatalog().gridRegions().size());
    for (std::size_t i = 1; i < regions.size(); ++i)
        QVERIFY(regions[i - 1].phase_carbon_kgco2e <= regions[i].phase_carbon_kgco2e);
    // Same energy, intensity differs ~500x between the cleanest and dirtiest grids.
    QVERIFY(regions.back().phase_carbon_kgco2e > 5 * regions.front().phase_carbon_kgco2e);
}

QTEST_APPLESS_MAIN(TestMechanisms)
#include "tst_mechanisms.moc"
