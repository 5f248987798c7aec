// The bridge: its terms sum to the change on every comparison preset and on 1,000 random
// variant pairs, it does not depend on the order of the causes, every registry row has a
// cause, and single-cause variants land where the paper says they should.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge.h"
#include "comparison.h"
#include "evaluate.h"
#include "parameter_registry.h"
#include "scenario_io.h"
#include "variants_io.h"

#include "random_scenarios.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace mlimpact;

namespace {

using test::randomScenario;
using test::randomValue;

/// A variant of `base`: a few parameters changed (a typical variant), or everything (all causes play).
Scenario randomVariant(const Scenario &base, std::mt19937_64 &rng)
{
    const auto &registry = parameterRegistry();
    while (true) {
        Scenario v = rng() % 5 == 0 ? randomScenario(rng) : base;
        const int changes = 1 + static_cast<int>(rng() % 8);
        for (int i = 0; i < changes; ++i) {
            const Parameter &p = registry[rng() % registry.size()];
            p.set(v, randomValue(p, rng));
        }
        if (consistencyProblems(v, builtinCatalog()).empty())
            return v;
    }
}

/// The size of a bridge: its larger total or the sum of its bars' lengths, whichever is larger
/// (the change itself may be ~0; bars of opposite sign may each be far larger than the totals).
double scaleOf(const Bridge &b, Criterion c)
{
    double bars = 0;
    for (const auto &cause : causes())
        bars += std::fabs(b.term(cause.cause, c));
    const auto k = static_cast<std::size_t>(c);
    return std::max({std::fabs(b.baseline[k]), std::fabs(b.variant[k]), bars, 1e-300});
}

/// |sum of terms - change| relative to the bridge's size.
double sumError(const Bridge &b, Criterion c)
{
    double sum = 0;
    for (const auto &cause : causes())
        sum += b.term(cause.cause, c);
    return std::fabs(sum - b.change(c)) / scaleOf(b, c);
}

QByteArray describe(const Scenario &base, const Scenario &variant)
{
    std::string out = "baseline:\n" + scenarioToJsonText(base) + "changes:\n";
    for (const auto &change : differences(base, variant))
        out += "  " + change.path + " = " + valueToText(*findParameter(change.path), change.value) + "\n";
    return QByteArray::fromStdString(out);
}

} // namespace

class TestBridge : public QObject
{
    Q_OBJECT
private slots:
    void everyRegistryRowHasACause();
    void termsSumToChangeOnPresets();
    void termsSumToChangeOnRandomPairs();
    void equalVariantGivesZero();
    void orderOfCausesDoesNotMatter();
    void placeOnlyLandsInPlaceAndTime();
    void maskedDensePruningIsNominalSavingTakenBackByRealization();
    void quantizationMeetsDemandResponse();
};

void TestBridge::everyRegistryRowHasACause()
{
    for (const auto &p : parameterRegistry())
        QVERIFY2(causeOfParameter(p.path).has_value(), p.path.c_str());
    QCOMPARE(causeOfParameter("training.site.region"), std::optional(Cause::PlaceAndTime));
    QCOMPARE(causeOfParameter("nas.site.embodied_kgco2e"), std::optional(Cause::HardwareFootprint));
    QCOMPARE(causeOfParameter("nas.workload.mfu"), std::optional(Cause::HardwareRealization));
    QCOMPARE(causeOfParameter("nas.provisioning_factor"), std::optional(Cause::HardwareRealization));
    QCOMPARE(causeOfParameter("training.idle_power_fraction"), std::optional(Cause::HardwareRealization));
    QCOMPARE(causeOfParameter("development.infrastructure_power_fraction"), std::optional(Cause::PlaceAndTime));
    QCOMPARE(causeOfParameter("nas.workload.tokens"), std::optional(Cause::OneOffCosts));
    QCOMPARE(causeOfParameter("efficiency.quantization_cost_fraction"), std::optional(Cause::OneOffCosts));
}

void TestBridge::termsSumToChangeOnPresets()
{
    const Catalog &catalog = builtinCatalog();
    QVERIFY(comparisonPresetIds().size() >= 4);
    for (const auto &id : comparisonPresetIds()) {
        Diagnostics diagnostics;
        const auto document = loadComparisonPreset(id, catalog, diagnostics);
        QVERIFY2(document, id.c_str());
        const Comparison comparison = compareDocument(*document, catalog);
        for (const auto &v : comparison.variants) {
            for (const auto &c : criteria()) {
                const QByteArray where = QByteArray::fromStdString(id + " / " + v.name + " / " + std::string(c.id));
                QVERIFY2(sumError(*v.bridge, c.criterion) <= 1e-9, where.constData());
                // The bridge's ends are the comparison's totals.
                QCOMPARE(v.bridge->change(c.criterion), v.deltas[static_cast<std::size_t>(c.criterion)]);
            }
        }
    }
}

void TestBridge::termsSumToChangeOnRandomPairs()
{
    std::mt19937_64 rng(20260612);
    const Catalog &catalog = builtinCatalog();
    int allCausesPlayed = 0;
    for (int i = 0; i < 1000; ++i) {
        const Scenario base = randomScenario(rng);
        const Scenario variant = randomVariant(base, rng);
        const Bridge b = computeBridge(base, variant, catalog);
        allCausesPlayed += std::count(b.active.begin(), b.active.end(), true) == kCauseCount;
        for (const auto &c : criteria()) {
            if (sumError(b, c.criterion) > 1e-9) {
                const QByteArray where = "pair #" + QByteArray::number(i) + ", " + QByteArray(c.id.data()) +
                                         ": error " + QByteArray::number(sumError(b, c.criterion)) + "\n" +
                                         describe(base, variant);
                QFAIL(where.constData());
            }
        }
        for (const auto &cause : causes()) { // a cause the variant does not touch gets nothing
            if (!b.active[static_cast<std::size_t>(cause.cause)])
                QCOMPARE(b.term(cause.cause, Criterion::Carbon), 0.0);
        }
    }
    QVERIFY(allCausesPlayed > 50); // the full 128-coalition game was exercised
}

void TestBridge::equalVariantGivesZero()
{
    const Catalog &catalog = builtinCatalog();
    Diagnostics diagnostics;
    const auto base = loadPreset("llm-chat-service", catalog, diagnostics);
    QVERIFY(base);
    // A variant that pins parameters to the baseline's own values changes nothing.
    VariantDocument document{*base, {}};
    Variant pinned{"Pinned", "", {}};
    for (const char *path : {"deployment.precision", "training.site.region", "rebound.deployment_elasticity"})
        pinned = withChange(pinned, path, findParameter(path)->get(*base));
    document.variants.push_back(pinned);
    QVERIFY(validateDocument(document, catalog).empty());
    const Comparison comparison = compareDocument(document, catalog);
    const VariantOutcome &v = comparison.variants.front();
    QVERIFY(v.changes.empty());
    for (const auto &c : criteria()) {
        QCOMPARE(v.deltas[static_cast<std::size_t>(c.criterion)], 0.0);
        for (const auto &cause : causes())
            QCOMPARE(v.bridge->term(cause.cause, c.criterion), 0.0);
    }
}

void TestBridge::orderOfCausesDoesNotMatter()
{
    std::mt19937_64 rng(77);
    const Catalog &catalog = builtinCatalog();
    std::vector<Cause> order;
    for (const auto &c : causes())
        order.push_back(c.cause);
    for (int i = 0; i < 100; ++i) {
        const Scenario base = randomScenario(rng);
        const Scenario variant = randomVariant(base, rng);
        const Bridge reference = computeBridge(base, variant, catalog);
        std::shuffle(order.begin(), order.end(), rng);
        const Bridge shuffled = computeBridge(base, variant, catalog, order);
        std::swap(order.front(), order.back()); // and two causes swapped
        const Bridge swapped = computeBridge(base, variant, catalog, order);
        for (const auto &c : criteria()) {
            const double scale = scaleOf(reference, c.criterion);
            for (const auto &cause : causes()) {
                const double t = reference.term(cause.cause, c.criterion);
                QVERIFY2(std::fabs(shuffled.term(cause.cause, c.criterion) - t) <= 1e-12 * scale,
                         describe(base, variant).constData());
                QVERIFY2(std::fabs(swapped.term(cause.cause, c.criterion) - t) <= 1e-12 * scale,
                         describe(base, variant).constData());
            }
        }
    }
}

void TestBridge::placeOnlyLandsInPlaceAndTime()
{
    const Catalog &catalog = builtinCatalog();
    Diagnostics diagnostics;
    const auto base = loadPreset("llm-chat-service", catalog, diagnostics);
    QVERIFY(base);
    Scenario moved = *base;
    moved.deployment.site.region = "sweden";
    const Bridge b = computeBridge(*base, moved, catalog);
    QVERIFY(b.change(Criterion::Carbon) < 0);
    QCOMPARE(b.term(Cause::PlaceAndTime, Criterion::Carbon), b.change(Criterion::Carbon));
    for (const auto &cause : causes()) {
        if (cause.cause != Cause::PlaceAndTime)
            QCOMPARE(b.term(cause.cause, Criterion::Carbon), 0.0);
    }
    QCOMPARE(b.evaluations, 2 + 2); // the two ends, and the one-cause game
}

void TestBridge::maskedDensePruningIsNominalSavingTakenBackByRealization()
{
    const Catalog &catalog = builtinCatalog();
    Diagnostics diagnostics;
    const auto document = loadComparisonPreset("pruning-for-the-gpu", catalog, diagnostics);
    QVERIFY(document);
    Scenario pruned = document->baseline;
    pruned.efficiency.sparsity = 0.5; // masked dense: the GPU multiplies the zeros anyway
    const Bridge b = computeBridge(document->baseline, pruned, catalog);
    const double nominal = b.term(Cause::NominalCompute, Criterion::Energy);
    const double realization = b.term(Cause::HardwareRealization, Criterion::Energy);
    QVERIFY(nominal < 0);
    QVERIFY(std::fabs(nominal + realization) <= 1e-9 * std::fabs(nominal)); // all of it taken back
    QVERIFY(b.term(Cause::OneOffCosts, Criterion::Energy) > 0);             // and fine-tuning paid for
    QVERIFY(b.change(Criterion::Energy) > 0);
    // Compute (FLOP) does fall by the nominal saving of the served queries.
    QVERIFY(b.term(Cause::NominalCompute, Criterion::Compute) < 0);
}

void TestBridge::quantizationMeetsDemandResponse()
{
    const Catalog &catalog = builtinCatalog();
    Diagnostics diagnostics;
    const auto document = loadComparisonPreset("quantize-and-meet-rebound", catalog, diagnostics);
    QVERIFY(document);
    Scenario int8 = document->baseline;
    int8.deployment.precision = Precision::Int8;
    const Bridge b = computeBridge(document->baseline, int8, catalog);
    const double realization = b.term(Cause::HardwareRealization, Criterion::Carbon);
    const double demand = b.term(Cause::DemandResponse, Criterion::Carbon);
    QVERIFY(realization < 0);
    QVERIFY(demand > 0 && demand < -realization);                    // elasticity 0.62: part of the saving taken back
    QCOMPARE(b.term(Cause::NominalCompute, Criterion::Carbon), 0.0); // INT8 removes no FLOP
    QVERIFY(b.term(Cause::OneOffCosts, Criterion::Carbon) > 0);
    // At elasticity 1.2 the demand term outweighs the saving (backfire).
    int8.rebound.deployment_elasticity = 1.2;
    const Bridge backfire = computeBridge(document->baseline, int8, catalog);
    QVERIFY(backfire.term(Cause::DemandResponse, Criterion::Energy) >
            -backfire.term(Cause::HardwareRealization, Criterion::Energy));
}

QTEST_GUILESS_MAIN(TestBridge)
#include "tst_bridge.moc"
