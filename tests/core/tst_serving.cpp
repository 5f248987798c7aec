// Tests of the roofline serving model (core/model/serving.h, docs/model.md §3.2): the roofline's
// two regimes, batching, mixture-of-experts, prompt vs generated tokens, power by load, and
// what the techniques do to bytes and time.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyses.h"
#include "evaluate.h"
#include "insights.h"
#include "parameter_registry.h"
#include "scenario_io.h"
#include "serving.h"
#include "serving_setup.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace mlimpact;

namespace {

const RealizationClass &realizationOf(const Accelerator &acc)
{
    return *builtinCatalog().realization(acc.hardwareClass);
}

/// The default deployment in roofline mode on `hardware`, with the shape of a catalog architecture.
Scenario rooflineScenario(const std::string &hardware, const char *architecture = "llama-3-8b")
{
    Scenario s;
    s.deployment.mode = InferenceMode::Roofline;
    s.deployment.site.hardware = hardware;
    const ModelShape &m = findModelArchitecture(architecture)->shape;
    s.deployment.active_parameters = m.active_parameters;
    s.deployment.total_parameters = m.total_parameters;
    s.deployment.layers = m.layers;
    s.deployment.kv_heads = m.kv_heads;
    s.deployment.head_dim = m.head_dim;
    s.deployment.experts = m.experts;
    s.deployment.experts_per_token = m.experts_per_token;
    return s;
}

ServingSetup setupFor(const Scenario &s)
{
    const Accelerator &acc = *builtinCatalog().accelerator(s.deployment.site.hardware);
    return *servingSetupFor(s, acc, realizationOf(acc), 1.0, ServedAs::Served);
}

double kwhPerQuery(const Scenario &s)
{
    const Results r = evaluate(s, builtinCatalog());
    return r.chain(Phase::Deployment).it_energy_kwh / r.perQuery.queries;
}

} // namespace

class TestServing : public QObject
{
    Q_OBJECT
private slots:
    void decodeCrossesOverAtOpsPerByte();
    void energyPerTokenFallsWithBatchAndFlattens();
    void denseEqualsOneExpert();
    void mixtureOfExpertsReadsMoreThanItsActiveParameters();
    void promptTokensCostLessThanGeneratedTokens();
    void zeroMemoryTimeReproducesFlopMode();
    void powerStaysBetweenIdleAndMax();
    void batchFollowsLoad();
    void quantizationShortensDecodeWithoutInt8Units();
    void pruningSavesBytesOnlyWhenStoredSparse();
    void rangeEdgesEvaluate();
    void oldFilesSplitTokensPerQuery();
    void presetUsesRoofline();
    void triadBatchSweep();
    void architecturesAreValidScenarios();
    void energyGrowsLessThanModelSizeAtLightLoad();
};

void TestServing::decodeCrossesOverAtOpsPerByte()
{
    // Weights only (no context to speak of): the step is memory-bound until the batch reaches the
    // hardware's achieved ops per byte x bytes per parameter / 2 FLOP per parameter.
    Scenario s = rooflineScenario("nvidia-h100-sxm");
    s.deployment.prompt_tokens = 0;
    s.deployment.generated_tokens = 1;
    const ServingSetup setup = setupFor(s);
    const double opsPerByte =
        setup.hw.peak_flops * setup.eff.decode_compute / (setup.hw.bandwidth_bytes_per_s * setup.eff.memory);
    const double crossover = opsPerByte * setup.bytes_per_parameter / 2.0;
    QVERIFY(crossover > 50 && crossover < 1000); // H100: ~370 FLOP/B at the default efficiencies
    QVERIFY(servingAtBatch(setup, 1).memory_bound());
    QVERIFY(servingAtBatch(setup, std::floor(0.9 * crossover)).memory_bound());
    QVERIFY(!servingAtBatch(setup, std::ceil(1.1 * crossover)).memory_bound());
    // The crossover moves with the hardware: an L4 has less bandwidth per FLOP than an H100.
    s.deployment.site.hardware = "nvidia-l4";
    const ServingSetup l4 = setupFor(s);
    QVERIFY(l4.hw.peak_flops / l4.hw.bandwidth_bytes_per_s > setup.hw.peak_flops / setup.hw.bandwidth_bytes_per_s);
}

void TestServing::energyPerTokenFallsWithBatchAndFlattens()
{
    for (const char *hw : {"nvidia-h100-sxm", "nvidia-l4"}) {
        const ServingSetup setup = setupFor(rooflineScenario(hw));
        double previous = std::numeric_limits<double>::infinity();
        std::vector<double> perToken;
        for (double b = 1; b <= 512; b *= 2) {
            const ServingPoint p = servingAtBatch(setup, b);
            QVERIFY2(p.energy_per_generated_token_j <= previous * (1 + 1e-12), hw);
            previous = p.energy_per_generated_token_j;
            perToken.push_back(p.energy_per_generated_token_j);
        }
        QVERIFY2(perToken[1] / perToken[0] < 0.7, hw);                       // 1 -> 2 almost halves it
        QVERIFY2(perToken.back() / perToken[perToken.size() - 2] > 0.8, hw); // 256 -> 512 barely moves
        // Latency grows with the batch.
        QVERIFY(servingAtBatch(setup, 256).latency_s > servingAtBatch(setup, 1).latency_s);
    }
}

void TestServing::denseEqualsOneExpert()
{
    Scenario dense = rooflineScenario("nvidia-a100-80gb-sxm4", "llama-2-7b");
    Scenario oneExpert = dense;
    oneExpert.deployment.experts = 1;
    oneExpert.deployment.experts_per_token = 1;
    Scenario allExperts = dense; // every token runs every expert: also dense
    allExperts.deployment.experts = 8;
    allExperts.deployment.experts_per_token = 8;
    for (double b : {1.0, 7.0, 64.0}) {
        const double e = servingAtBatch(setupFor(dense), b).energy_per_request_j;
        QCOMPARE(servingAtBatch(setupFor(oneExpert), b).energy_per_request_j, e);
        QCOMPARE(servingAtBatch(setupFor(allExperts), b).energy_per_request_j, e);
    }
    QCOMPARE(kwhPerQuery(oneExpert), kwhPerQuery(dense));
}

void TestServing::mixtureOfExpertsReadsMoreThanItsActiveParameters()
{
    const Scenario moe = rooflineScenario("nvidia-h100-sxm", "mixtral-8x7b");
    Scenario dense = moe; // a dense model with Mixtral's active parameters
    dense.deployment.total_parameters = dense.deployment.active_parameters;
    dense.deployment.experts = 1;
    dense.deployment.experts_per_token = 1;
    const ServingSetup m = setupFor(moe), d = setupFor(dense);
    // At batch 1 a token touches 2 of 8 experts: the bytes are those of the active parameters.
    QVERIFY(std::fabs(weightBytesRead(m, 1) / weightBytesRead(d, 1) - 1) < 1e-9);
    // A batch touches more experts: more bytes and energy than the dense model of equal active size.
    for (double b : {4.0, 16.0, 64.0}) {
        QVERIFY(weightBytesRead(m, b) > weightBytesRead(d, b) * 1.5);
        QVERIFY(servingAtBatch(m, b).energy_per_request_j > servingAtBatch(d, b).energy_per_request_j);
    }
    // ...and never more than all its weights.
    QVERIFY(weightBytesRead(m, 1e6) <= 46.7e9 * 2 * (1 + 1e-9));
}

void TestServing::promptTokensCostLessThanGeneratedTokens()
{
    for (const char *hw : {"nvidia-h100-sxm", "nvidia-l4", "nvidia-a100-80gb-sxm4"}) {
        Scenario s = rooflineScenario(hw);
        s.deployment.prompt_tokens = 0;
        s.deployment.generated_tokens = 100;
        const double base = servingAtBatch(setupFor(s), 1).energy_per_request_j;
        Scenario longPrompt = s;
        longPrompt.deployment.prompt_tokens = 1000;
        Scenario longAnswer = s;
        longAnswer.deployment.generated_tokens = 1100;
        const double perPromptToken = (servingAtBatch(setupFor(longPrompt), 1).energy_per_request_j - base) / 1000;
        const double perGeneratedToken = (servingAtBatch(setupFor(longAnswer), 1).energy_per_request_j - base) / 1000;
        QVERIFY2(perPromptToken > 0, hw);
        QVERIFY2(perPromptToken * 5 < perGeneratedToken, hw); // several times cheaper at batch 1
    }
}

void TestServing::zeroMemoryTimeReproducesFlopMode()
{
    // The FLOP mode: FLOP / (peak x MFU) at the busy power, no idle capacity.
    Scenario flop;
    flop.deployment.mode = InferenceMode::ModelFlop;
    flop.deployment.tokens_per_query = 800;
    flop.deployment.provisioning_factor = 1;
    flop.deployment.mfu = 0.3;
    const double flopKwh = kwhPerQuery(flop);

    Scenario roof = flop;
    roof.deployment.mode = InferenceMode::Roofline;
    roof.deployment.prompt_tokens = 500;
    roof.deployment.generated_tokens = 300;
    roof.deployment.prefill_efficiency = roof.deployment.decode_compute_efficiency = 0.3;
    ServingSetup setup = setupFor(roof);
    setup.hw.bandwidth_bytes_per_s = std::numeric_limits<double>::infinity();
    const Accelerator &acc = *builtinCatalog().accelerator(roof.deployment.site.hardware);
    setup.hw.host_power_w = acc.host_power_w; // the FLOP mode's busy power: TDP x load + host
    for (double b : {1.0, 8.0, 256.0}) {
        const ServingPoint p = servingAtBatch(setup, b);
        QVERIFY(!p.memory_bound());
        QVERIFY2(std::fabs(p.energy_per_request_j / 3.6e6 / flopKwh - 1) < 1e-9, QByteArray::number(b));
    }
    // With the memory term the same request costs more.
    QVERIFY(servingAtBatch(setupFor(roof), 1).energy_per_request_j / 3.6e6 > 2 * flopKwh);
}

void TestServing::powerStaysBetweenIdleAndMax()
{
    std::mt19937_64 rng(19);
    std::uniform_real_distribution<double> u(0, 1);
    for (const char *hw : {"nvidia-h100-sxm", "nvidia-l4", "nvidia-t4", "google-tpu-v4"}) {
        const Accelerator &acc = *builtinCatalog().accelerator(hw);
        const ServingSetup setup = setupFor(rooflineScenario(hw));
        for (int i = 0; i < 200; ++i) {
            const double rate = std::pow(10.0, -3 + 7 * u(rng));
            const ServingPoint p = servingAtLoad(setup, rate, std::round(1 + 511 * u(rng)), 0, 1 + 3 * u(rng));
            const double board = p.power_per_device_w - setup.hw.host_power_w;
            QVERIFY(board >= *acc.idle_power_w - 1e-9);
            QVERIFY(board <= acc.tdp_w + 1e-9);
            QVERIFY(p.utilization >= 0 && p.utilization <= 1);
        }
    }
    // Below saturation a GPU draws well above 30% of busy power: idle plus its share of work.
    const ServingSetup h100 = setupFor(rooflineScenario("nvidia-h100-sxm"));
    QVERIFY(devicePowerAt(h100.hw, 0.5) > 0.5 * h100.hw.busy_power_w);
}

void TestServing::batchFollowsLoad()
{
    const ServingSetup setup = setupFor(rooflineScenario("nvidia-h100-sxm"));
    // One replica, rising load: light load runs one request at a time and idles between them;
    // heavy load batches and keeps the device busy.
    const ServingPoint light = servingAtLoad(setup, 0.01, 64, 1, 1);
    QCOMPARE(light.batch, 1.0);
    QVERIFY(light.utilization < 0.2);
    const ServingPoint heavy = servingAtLoad(setup, 5, 64, 1, 1);
    QVERIFY(heavy.batch > 4);
    QVERIFY(heavy.utilization > 0.95);
    // Little's law holds at the fixed point: in decode = rate x time in decode, and decode runs
    // whenever prompts are not being processed, so the replica is busy all the time.
    const double inDecode = 5 * 300 * heavy.step_s / (1 - 5 * heavy.prefill_s);
    QVERIFY(std::fabs(heavy.batch - inDecode) < 1e-6 * heavy.batch);
    QVERIFY(std::fabs(heavy.utilization - 1) < 1e-6);
    // Energy per request falls as the same replica gets busier.
    QVERIFY(heavy.energy_per_request_j < light.energy_per_request_j / 5);
    // More load than one replica carries at the maximum batch: the fleet grows.
    QVERIFY(servingAtLoad(setup, 1000, 64, 1, 1).replicas > 1);
}

void TestServing::quantizationShortensDecodeWithoutInt8Units()
{
    // A V100 has no INT8 tensor cores: compute runs at FP16, but INT8 weights halve the bytes.
    Scenario fp16 = rooflineScenario("nvidia-v100-sxm2", "llama-2-7b");
    fp16.deployment.queries_per_day = 1e4; // light load: batch 1, memory-bound
    Scenario int8 = fp16;
    int8.deployment.precision = Precision::Int8;
    const ServingPoint a = servingAtBatch(setupFor(fp16), 1), b = servingAtBatch(setupFor(int8), 1);
    QVERIFY(b.step_s < 0.6 * a.step_s);
    QVERIFY(b.step_compute_s >= a.step_compute_s); // no faster arithmetic
    QVERIFY(kwhPerQuery(int8) < kwhPerQuery(fp16));
    const Results r = evaluate(int8, builtinCatalog());
    // At the full batch the FP16 KV cache (not quantized here) dominates the bytes: a smaller saving.
    QVERIFY(r.technique.energy_factor < 0.99);
}

void TestServing::pruningSavesBytesOnlyWhenStoredSparse()
{
    Scenario dense = rooflineScenario("nvidia-a100-80gb-sxm4");
    dense.deployment.queries_per_day = 1e4;
    Scenario masked = dense;
    masked.efficiency.sparsity = 0.5;
    masked.efficiency.sparsity_kind = SparsityKind::Unstructured;
    masked.efficiency.sparse_kernels = false;
    Scenario stored = masked;
    stored.efficiency.sparse_kernels = true;
    const Results rMasked = evaluate(masked, builtinCatalog());
    QVERIFY(rMasked.technique.compute_factor < 0.51); // FLOP halved...
    // ...but a memory-bound step reads every stored weight: no time or energy saved at batch 1.
    const ServingPoint d = servingAtBatch(setupFor(dense), 1), m = servingAtBatch(setupFor(masked), 1),
                       st = servingAtBatch(setupFor(stored), 1);
    QCOMPARE(m.bytes_per_step, d.bytes_per_step);
    QVERIFY(std::fabs(m.energy_per_request_j / d.energy_per_request_j - 1) < 0.02);
    QVERIFY(st.bytes_per_step < 0.7 * d.bytes_per_step); // stored sparse: fewer bytes per step
    QVERIFY(st.energy_per_request_j < 0.8 * d.energy_per_request_j);
}

void TestServing::rangeEdgesEvaluate()
{
    for (const char *hw : {"nvidia-h100-sxm", "nvidia-l4", "google-tpu-v2"}) {
        for (double prompt : {0.0, 1e7}) {
            for (double generated : {1.0, 1e7}) {
                for (double batch : {1.0, 1e5}) {
                    for (double replicas : {0.0, 1.0, 1e9}) {
                        Scenario s = rooflineScenario(hw, "mixtral-8x7b");
                        s.deployment.prompt_tokens = prompt;
                        s.deployment.generated_tokens = generated;
                        s.deployment.max_batch = batch;
                        s.deployment.replicas = replicas;
                        s.deployment.queries_per_day = replicas > 1 ? 1e13 : 1;
                        const Results r = evaluate(s, builtinCatalog());
                        const double e = r.chain(Phase::Deployment).it_energy_kwh;
                        QVERIFY2(std::isfinite(e) && e > 0, hw);
                        QVERIFY(std::isfinite(r.technique.energy_factor));
                    }
                }
            }
        }
    }
}

void TestServing::oldFilesSplitTokensPerQuery()
{
    Diagnostics d;
    const auto s =
        loadScenarioFromText(R"({"format_version": 1, "deployment": {"mode": "model_flop", "tokens_per_query": 800}})",
                             "old.json", builtinCatalog(), d);
    QVERIFY(s);
    QCOMPARE(s->deployment.tokens_per_query, 800.0);
    QCOMPARE(s->deployment.prompt_tokens, 500.0);
    QCOMPARE(s->deployment.generated_tokens, 300.0);
    const auto t = loadScenarioFromText(R"({"format_version": 1, "deployment": {"tokens_per_query": 1}})", "old.json",
                                        builtinCatalog(), d);
    QVERIFY(t);
    QCOMPARE(t->deployment.generated_tokens, 1.0);
    QCOMPARE(t->deployment.prompt_tokens, 0.0);
}

void TestServing::presetUsesRoofline()
{
    Diagnostics d;
    const auto s = loadPreset("llm-chat-service", builtinCatalog(), d);
    QVERIFY(s);
    QCOMPARE(s->deployment.mode, InferenceMode::Roofline);
    const Results r = evaluate(*s, builtinCatalog());
    const PhaseChain &c = r.chain(Phase::Deployment);
    QVERIFY(c.it_energy_kwh > 0);
    QVERIFY(c.utilization > 0 && c.utilization < 1);
    QVERIFY(c.busy_device_hours <= c.provisioned_device_hours * (1 + 1e-9));
}

void TestServing::triadBatchSweep()
{
    Diagnostics d;
    const Scenario s = *loadPreset("llm-chat-service", builtinCatalog(), d);
    const Results r = evaluate(s, builtinCatalog());
    for (const char *hw : {"nvidia-h100-sxm", "nvidia-l4"}) {
        AnalysisRequest request;
        request.technique = Technique::BatchSize;
        request.hardware = hw;
        const Analyses a = computeAnalyses(s, builtinCatalog(), r, request);
        const TechniqueSweep &w = a.triad;
        QVERIFY2(w.emptyReason.empty(), w.emptyReason.c_str());
        QVERIFY2(w.points.size() >= 5, hw);
        QCOMPARE(w.points.front().x, 1.0);
        QCOMPARE(w.points.front().energy, 1.0);
        QVERIFY(w.points.back().x <= w.batchThatFits);
        QVERIFY(w.points.back().energy < 0.2);                     // batching saves energy per token...
        QVERIFY(w.latencyFactor.back() > w.latencyFactor.front()); // ...at the cost of latency
        for (const auto &p : w.points)
            QCOMPARE(p.compute, 1.0); // the same FLOP per token
        const Insights insights = computeInsights(builtinCatalog(), r, a);
        const std::string takeaway = insights.chart("triad")->takeaway;
        QVERIFY2(takeaway.find("energy per generated token") != std::string::npos, takeaway.c_str());
    }
    // An edge device has no batch sweep, and says why.
    AnalysisRequest edge;
    edge.technique = Technique::BatchSize;
    edge.hardware = "smartphone-generic";
    QVERIFY(!computeAnalyses(s, builtinCatalog(), r, edge).triad.emptyReason.empty());
}

void TestServing::architecturesAreValidScenarios()
{
    // Every catalog architecture, applied through the registry, is accepted and evaluates.
    QVERIFY(modelArchitectures().size() >= 8);
    for (const auto &a : modelArchitectures()) {
        Scenario s = rooflineScenario("nvidia-h100-sxm");
        for (const auto &[path, value] : architectureParameters(a)) {
            const Parameter *p = findParameter(path);
            QVERIFY2(p, path.c_str());
            QVERIFY2(validateValue(*p, value, builtinCatalog()).empty(), path.c_str());
            p->set(s, value);
        }
        QVERIFY(s.deployment.total_parameters >= s.deployment.active_parameters);
        const Results r = evaluate(s, builtinCatalog());
        QVERIFY2(r.chain(Phase::Deployment).it_energy_kwh > 0, std::string(a.id).c_str());
        QVERIFY(!a.source.empty());
    }
}

void TestServing::energyGrowsLessThanModelSizeAtLightLoad()
{
    // At light load a provisioned replica mostly waits (idle board and host power), so a 10x larger
    // model costs far less than 10x per query; under heavy load the bytes per token dominate more.
    const auto perQuery = [](const char *architecture, double queriesPerDay) {
        Scenario s = rooflineScenario("nvidia-h100-sxm", architecture);
        s.deployment.queries_per_day = queriesPerDay;
        return kwhPerQuery(s);
    };
    const double light = perQuery("llama-2-70b", 1e4) / perQuery("llama-2-7b", 1e4);
    const double heavy = perQuery("llama-2-70b", 1e8) / perQuery("llama-2-7b", 1e8);
    QVERIFY2(light > 1 && light < 5, qPrintable(QString::number(light))); // parameters: x10.2
    QVERIFY2(heavy > light, qPrintable(QString::number(heavy)));
}

QTEST_APPLESS_MAIN(TestServing)
#include "tst_serving.moc"
