// Monte Carlo and sensitivity (core/sampling, core/uncertainty, core/sensitivity): the same seed
// gives the same result whatever the thread count; bands are ordered and contain the point
// estimate on every preset; Sobol indices match the Ishigami function's analytic values; a
// zero range has index 0; a cancelled run stops.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "scenario_io.h"
#include "sensitivity.h"
#include "uncertainty.h"

#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numbers>

using namespace mlimpact;

namespace {

Scenario preset(const std::string &id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

RunControl threads(int n)
{
    RunControl c;
    c.threads = n;
    return c;
}

/// Ishigami function (Ishigami & Homma 1990) with a = 7, b = 0.1 on [-pi, pi]^3, plus a
/// fourth input it ignores.
void ishigami(std::span<const double> u, std::span<double> out)
{
    const double pi = std::numbers::pi;
    const double x1 = -pi + 2 * pi * u[0], x2 = -pi + 2 * pi * u[1], x3 = -pi + 2 * pi * u[2];
    out[0] = std::sin(x1) + 7.0 * std::sin(x2) * std::sin(x2) + 0.1 * std::pow(x3, 4) * std::sin(x1);
}

} // namespace

class TestUncertainty : public QObject
{
    Q_OBJECT
private slots:
    void summarizeSortsAsStdSortDoes()
    {
        // summarize() sorts by radix (bytes of the IEEE keys): the sequence must be std::sort's for
        // signs, zeros of both signs, subnormals, infinities, ties and magnitudes decades apart.
        std::vector<double> values{3.5,  -2.0,   0.0,     -0.0, 1e-310,   -1e-310,   1e300,   -1e300,
                                   3.5,  7.25e5, -7.25e5, 1.0,  2.0,      4.0,       0.5,     -0.25,
                                   1e-9, 1e9,    42.0,    42.0, HUGE_VAL, -HUGE_VAL, 6.02e23, 1.6e-19};
        for (int i = 0; i < 200; ++i)
            values.push_back(std::ldexp(1.0 + i % 7, i % 61 - 30) * (i % 3 == 0 ? -1 : 1));
        std::vector<double> expected = values;
        std::sort(expected.begin(), expected.end());
        std::vector<double> sorted = values;
        summarize(sorted);
        for (std::size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(sorted[i] == expected[i], qPrintable(QString::number(i)));
        // A NaN has no order: the column still gives its bands (std::sort as before), no crash.
        std::vector<double> withNan{1.0, std::nan(""), 2.0};
        summarize(withNan);
    }

    void latinHypercubeHitsEveryStratumOnce()
    {
        const std::size_t n = 50, k = 3;
        const auto design = latinHypercube(n, k, 7);
        for (std::size_t d = 0; d < k; ++d) {
            std::vector<int> hits(n, 0);
            for (std::size_t i = 0; i < n; ++i)
                ++hits[static_cast<std::size_t>(design[i * k + d] * n)];
            QCOMPARE(std::count(hits.begin(), hits.end(), 1), static_cast<long>(n));
        }
        QVERIFY(latinHypercube(n, k, 7) == design);
        // Filled by blocks of dimensions on several threads, the design is the same bit for bit.
        for (int threads : {0, 2, 3, 8})
            QVERIFY2(latinHypercube(n, k, 7, threads) == design, qPrintable(QString::number(threads)));
        QVERIFY(latinHypercube(n, k, 8) != design);
    }

    void inputsFollowTheRegistryAndTheSpec()
    {
        const Scenario s = preset("llm-chat-service");
        Diagnostics d;
        const auto inputs = uncertainInputs(s, builtinCatalog(), {}, d);
        QVERIFY(d.empty());
        QVERIFY(inputs.size() > 10);
        for (const auto &in : inputs) {
            QVERIFY2(in.low <= in.value && in.value <= in.high, in.parameter->path.c_str());
            QCOMPARE(in.quantile(0.0), in.low);
        }
        // Catalog choices stay fixed unless marked; a marked one becomes a choice input.
        const auto isRegion = [](const UncertainInput &in) { return in.parameter->path == "deployment.site.region"; };
        QVERIFY(std::none_of(inputs.begin(), inputs.end(), isRegion));
        SamplingSpec spec;
        spec.uncertainChoices = {"deployment.site.region"};
        spec.ranges = {{"training.workload.mfu", 0.1, 0.2, Distribution::Uniform}};
        const auto marked = uncertainInputs(s, builtinCatalog(), spec, d);
        QVERIFY(d.empty());
        QVERIFY(std::any_of(marked.begin(), marked.end(), isRegion));
        // A choice named twice is one input.
        spec.uncertainChoices = {"deployment.site.region", "deployment.site.region"};
        const auto twice = uncertainInputs(s, builtinCatalog(), spec, d);
        QVERIFY(d.empty());
        QCOMPARE(std::count_if(twice.begin(), twice.end(), isRegion), std::ptrdiff_t{1});
        QCOMPARE(twice.size(), marked.size());
        const auto mfu = std::find_if(marked.begin(), marked.end(),
                                      [](const auto &in) { return in.parameter->path == "training.workload.mfu"; });
        QVERIFY(mfu != marked.end());
        QCOMPARE(mfu->quantile(0.5), 0.15);
        spec.ranges = {{"training.workload.mfu", 0.3, 0.2, std::nullopt}, {"no.such", 0, 1, std::nullopt}};
        uncertainInputs(s, builtinCatalog(), spec, d);
        QCOMPARE(static_cast<int>(d.size()), 2);
        QCOMPARE(d[0].jsonPath, std::string("/uncertainty/ranges/training.workload.mfu"));
    }

    void sameSeedSameResultWhateverTheThreads()
    {
        const Scenario s = preset("llm-chat-service");
        UncertaintyOptions o;
        o.samples = 200;
        o.seed = 42;
        Diagnostics d;
        const auto one = runUncertainty(s, builtinCatalog(), o, threads(1), d);
        const auto three = runUncertainty(s, builtinCatalog(), o, threads(3), d);
        QVERIFY(d.empty());
        for (int c = 0; c < kCriterionCount; ++c) {
            QCOMPARE(one.totals[c].p5, three.totals[c].p5);
            QCOMPARE(one.totals[c].p95, three.totals[c].p95);
            QCOMPARE(one.totals[c].mean, three.totals[c].mean);
        }
        QCOMPARE(one.timeline.back()[static_cast<int>(Criterion::Carbon)].p50,
                 three.timeline.back()[static_cast<int>(Criterion::Carbon)].p50);
        o.seed = 43;
        const auto other = runUncertainty(s, builtinCatalog(), o, threads(2), d);
        QVERIFY(other.total(Criterion::Carbon).p50 != one.total(Criterion::Carbon).p50);
    }

    void bandsAreOrderedAndContainThePointEstimate_data()
    {
        QTest::addColumn<QString>("id");
        for (const auto &id : presetIds())
            QTest::newRow(id.c_str()) << QString::fromStdString(id);
    }
    void bandsAreOrderedAndContainThePointEstimate()
    {
        QFETCH(QString, id);
        const Scenario s = preset(id.toStdString());
        UncertaintyOptions o;
        o.samples = 400;
        Diagnostics d;
        const auto u = runUncertainty(s, builtinCatalog(), o, threads(2), d);
        QVERIFY(d.empty());
        QCOMPARE(u.samplesRun, o.samples);
        const Results point = evaluate(s, builtinCatalog());
        const CriterionValues totals = criterionTotals(point);
        for (const auto &info : criteria()) {
            const Band &b = u.total(info.criterion);
            QVERIFY2(b.p5 <= b.p50 && b.p50 <= b.p95, info.id.data());
            QVERIFY2(b.contains(totals[static_cast<int>(info.criterion)]), info.id.data());
        }
        for (const auto &month : u.timeline)
            QVERIFY(month[static_cast<int>(Criterion::Carbon)].p5 <= month[static_cast<int>(Criterion::Carbon)].p95);
    }

    void sobolMatchesIshigami()
    {
        SobolOptions o;
        o.baseSamples = 20000;
        o.seed = 3;
        o.bootstrap = 50;
        const auto e = sobolIndices(4, 1, ishigami, o, threads(2));
        QVERIFY(!e.cancelled);
        // Analytic values: Ishigami & Homma 1990; Saltelli et al. 2010.
        const double first[] = {0.3139, 0.4424, 0.0, 0.0};
        const double total[] = {0.5576, 0.4424, 0.2437, 0.0};
        for (std::size_t i = 0; i < 4; ++i) {
            QVERIFY2(std::abs(e.indices[i][0].first - first[i]) < 0.02, QByteArray::number(e.indices[i][0].first));
            QVERIFY2(std::abs(e.indices[i][0].total - total[i]) < 0.02, QByteArray::number(e.indices[i][0].total));
            QVERIFY(e.indices[i][0].firstLow <= e.indices[i][0].first);
            QVERIFY(e.indices[i][0].totalHigh >= e.indices[i][0].total);
        }
        // The ignored input's indices are exactly zero (its runs equal the base runs).
        QCOMPARE(e.indices[3][0].first, 0.0);
        QCOMPARE(e.indices[3][0].total, 0.0);
        QCOMPARE(e.evaluations, std::size_t{20000 * 6});
    }

    void zeroRangeHasIndexZero()
    {
        const Scenario s = preset("llm-chat-service");
        SensitivityOptions o;
        o.sobol.baseSamples = 64;
        o.sobol.bootstrap = 10;
        o.maxInputs = 1000; // every input, so the held one is analysed too
        o.spec.ranges = {{"training.workload.mfu", s.training.workload.mfu, s.training.workload.mfu, std::nullopt}};
        Diagnostics d;
        const auto r = sobolSensitivity(s, builtinCatalog(), o, threads(2), d);
        QVERIFY(d.empty());
        const auto it = std::find_if(r.inputs.begin(), r.inputs.end(),
                                     [](const auto &in) { return in.parameter->path == "training.workload.mfu"; });
        QVERIFY(it != r.inputs.end());
        const auto i = static_cast<std::size_t>(it - r.inputs.begin());
        for (const auto &info : criteria()) {
            QCOMPARE(r.index(i, info.criterion).first, 0.0);
            QCOMPARE(r.index(i, info.criterion).total, 0.0);
        }
        // ... while the queries per day do matter for energy.
        const auto q = std::find_if(r.inputs.begin(), r.inputs.end(),
                                    [](const auto &in) { return in.parameter->path == "deployment.queries_per_day"; });
        QVERIFY(q != r.inputs.end());
        QVERIFY(r.index(static_cast<std::size_t>(q - r.inputs.begin()), Criterion::Energy).total > 0.01);
    }

    void tornadoRanksBySwing()
    {
        const Scenario s = preset("llm-chat-service");
        Diagnostics d;
        const Tornado t = oneAtATime(s, builtinCatalog(), {}, threads(2), d);
        QVERIFY(d.empty());
        const auto order = t.ranking(Criterion::Energy);
        QVERIFY(order.size() > 3);
        for (std::size_t i = 1; i < order.size(); ++i)
            QVERIFY(t.bars[order[i - 1]].swing(Criterion::Energy) >= t.bars[order[i]].swing(Criterion::Energy));
        // Embodied water of hardware does not move energy: a water-only input is not in the energy ranking.
        for (std::size_t i : order)
            QVERIFY(t.bars[i].swing(Criterion::Energy) > 0);
    }

    void cancellingStopsTheRun()
    {
        const Scenario s = preset("llm-chat-service");
        UncertaintyOptions o;
        o.samples = 5000;
        std::atomic<bool> cancel{false};
        std::size_t progressCalls = 0;
        RunControl c;
        c.threads = 2;
        c.cancel = &cancel;
        c.progress = [&](std::size_t done, std::size_t) {
            ++progressCalls;
            if (done >= 100)
                cancel = true;
        };
        Diagnostics d;
        const auto u = runUncertainty(s, builtinCatalog(), o, c, d);
        QVERIFY(u.cancelled);
        // At most the chunk each thread had in hand when the flag was set (16 samples each).
        QVERIFY2(u.samplesRun < 100 + 2 * 16 + 1, QByteArray::number(static_cast<qulonglong>(u.samplesRun)));
        QVERIFY(u.samplesRun >= 100);
        const Band &b = u.total(Criterion::Carbon);
        QVERIFY(b.p5 <= b.p95);
        QVERIFY(progressCalls >= 1);
    }
};

QTEST_GUILESS_MAIN(TestUncertainty)
#include "tst_uncertainty.moc"
