// The comparison views (compare, bridge, what-changed): they say what core says (the same
// takeaway as the command line's comparison and the slides), a document without variants
// gets core's empty state, the bridge's bars sum to the change, the pickers change what is
// drawn, and `export --charts compare,bridge` puts exactly those slides in the deck.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge_chart.h"
#include "chart_registry.h"
#include "compare_chart.h"
#include "comparison_report.h"
#include "comparison_style.h"
#include "dashboard.h"
#include "number_locale.h"
#include "plot_widget.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "test_support.h"
#include "variants_io.h"
#include "what_changed_chart.h"

#include <QComboBox>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

VariantDocument comparisonPreset(const std::string &id)
{
    Diagnostics d;
    const auto document = loadComparisonPreset(id, builtinCatalog(), d);
    if (!document)
        qFatal("comparison preset %s does not load", id.c_str());
    return *document;
}

/// A document on a dashboard, every chart drawn.
struct Shown
{
    ScenarioDocument document;
    Dashboard dashboard{&document};
    explicit Shown(const VariantDocument &doc)
    {
        document.reset(doc);
        document.flush();
        dashboard.resize(1600, 1000);
        dashboard.replotAll();
    }
    template <class T> T *chart(const char *id) const
    {
        return static_cast<T *>(dashboard.chart(QString::fromLatin1(id)));
    }
    /// Chooses `index` in a chart's picker as a user would, and waits for the new analysis.
    void pick(QComboBox *picker, int index)
    {
        picker->setCurrentIndex(index);
        emit picker->activated(index);
        document.flush();
        dashboard.replotAll();
    }
};

int pdfPageCount(const QByteArray &pdf)
{
    return static_cast<int>(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

const char *const kComparisonCharts[] = {"compare", "bridge", "what-changed"};

} // namespace

class TestComparisonViews : public QObject
{
    Q_OBJECT
private slots:
    void viewsSayWhatCoreSays_data();
    void viewsSayWhatCoreSays();
    void documentWithoutVariantsIsEmpty();
    void bridgeBarsSumToTheChange_data();
    void bridgeBarsSumToTheChange();
    void pickersChangeTheView();
    void whatChangedListsTheChanges();
    void exportSelectsComparisonSlides();
    void comparisonChartsLeadWhenThereAreVariants();
    void axisUnitReadsTheWindowsDecimalSeparator();
};

void TestComparisonViews::viewsSayWhatCoreSays_data()
{
    QTest::addColumn<QString>("preset");
    for (const auto &id : comparisonPresetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestComparisonViews::viewsSayWhatCoreSays()
{
    QFETCH(QString, preset);
    const VariantDocument doc = comparisonPreset(preset.toStdString());
    const Shown shown(doc);
    // The comparison the command line prints (`compare`), computed on its own.
    const Comparison cli = compareDocument(doc, builtinCatalog());
    const VariantOutcome &first = cli.variants.front();
    const QString summary = QString::fromStdString(bridgeSummary(*first.bridge, Criterion::Carbon));
    QVERIFY(QString::fromStdString(comparisonText(cli, Criterion::Carbon)).contains(summary));
    auto *bridge = shown.chart<BridgeChart>("bridge");
    QCOMPARE(bridge->takeaway(),
             QStringLiteral("Baseline → “%1”: %2").arg(QString::fromStdString(first.name), summary));
    // Every comparison view shows core's takeaway (which the slides and the report print too).
    for (const char *id : kComparisonCharts) {
        const ChartInsight *insight = shown.document.insights().chart(id);
        QVERIFY2(insight && !insight->isEmpty(), id);
        QCOMPARE(shown.dashboard.chart(QString::fromLatin1(id))->takeaway(), QString::fromStdString(insight->takeaway));
    }
    // The compare chart labels each variant with core's change from the baseline.
    auto *compare = shown.chart<CompareChart>("compare");
    const auto k = static_cast<std::size_t>(Criterion::Carbon);
    QCOMPARE(compare->barNames().size(), static_cast<qsizetype>(doc.variants.size() + 1));
    for (std::size_t i = 0; i < cli.variants.size(); ++i) {
        const std::string change =
            changeFromBaseline(cli.baseline.totals[k], cli.variants[i].totals[k], Criterion::Carbon);
        const QString amount = QString::fromStdString(change.substr(0, change.find(" vs ")));
        QVERIFY2(compare->barLabels()[static_cast<int>(i + 1)].simplified() == amount.simplified(),
                 qPrintable(compare->barLabels()[static_cast<int>(i + 1)]));
        QVERIFY(std::fabs(compare->barTotal(static_cast<int>(i + 1)) - cli.variants[i].totals[k]) <=
                1e-9 * cli.variants[i].totals[k]);
    }
}

void TestComparisonViews::documentWithoutVariantsIsEmpty()
{
    Diagnostics d;
    const Shown shown(VariantDocument{*loadPreset("llm-chat-service", builtinCatalog(), d), {}});
    for (const char *id : kComparisonCharts) {
        const ChartInsight *insight = shown.document.insights().chart(id);
        QVERIFY2(insight && insight->isEmpty(), id);
        QVERIFY(insight->emptyReason.starts_with("This document has no variants"));
        // The view says it over its plot, in core's words.
        QCOMPARE(shown.dashboard.chart(QString::fromLatin1(id))->plot()->emptyState(),
                 QString::fromStdString(insight->emptyReason));
    }
    QVERIFY(shown.chart<BridgeChart>("bridge")->steps().isEmpty());
    QVERIFY(shown.chart<WhatChangedChart>("what-changed")->rows().isEmpty());
}

void TestComparisonViews::bridgeBarsSumToTheChange_data()
{
    viewsSayWhatCoreSays_data();
}

void TestComparisonViews::bridgeBarsSumToTheChange()
{
    QFETCH(QString, preset);
    const VariantDocument doc = comparisonPreset(preset.toStdString());
    Shown shown(doc);
    auto *bridge = shown.chart<BridgeChart>("bridge");
    for (int v = 0; v < bridge->variantPicker()->count(); ++v) {
        for (int c = 0; c < bridge->criterionPicker()->count(); ++c) {
            shown.pick(bridge->variantPicker(), v);
            shown.pick(bridge->criterionPicker(), c);
            const auto steps = bridge->steps();
            QVERIFY(!steps.isEmpty());
            double sum = 0;
            for (const auto &step : steps)
                sum += step.second;
            const double change = bridge->endTotal() - bridge->startTotal();
            QVERIFY2(std::fabs(sum - change) <= 1e-9 * std::max(1.0, std::fabs(bridge->startTotal())),
                     qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(change)));
        }
    }
}

void TestComparisonViews::pickersChangeTheView()
{
    const VariantDocument doc = comparisonPreset("pruning-for-the-gpu");
    QVERIFY(doc.variants.size() >= 2);
    Shown shown(doc);
    const Comparison cli = compareDocument(doc, builtinCatalog());
    auto *bridge = shown.chart<BridgeChart>("bridge");
    const auto carbon = static_cast<std::size_t>(Criterion::Carbon);
    const auto energy = static_cast<std::size_t>(Criterion::Energy);
    QCOMPARE(bridge->endTotal(), cli.variants[0].totals[carbon]); // the first variant, carbon
    shown.pick(bridge->variantPicker(), 1);
    QCOMPARE(bridge->endTotal(), cli.variants[1].totals[carbon]);
    QVERIFY(bridge->takeaway().contains(QString::fromStdString(cli.variants[1].name)));
    shown.pick(bridge->criterionPicker(), bridge->criterionPicker()->findData(QStringLiteral("energy")));
    QCOMPARE(bridge->startTotal(), cli.baseline.totals[energy]);
    QCOMPARE(bridge->endTotal(), cli.variants[1].totals[energy]);
    QVERIFY(bridge->takeaway().endsWith(QString::fromStdString(
        cli.variants[1].name + "”: " + bridgeSummary(*cli.variants[1].bridge, Criterion::Energy))));

    auto *compare = shown.chart<CompareChart>("compare");
    QCOMPARE(compare->barTotal(0), cli.baseline.totals[carbon]);
    shown.pick(compare->criterionPicker(), compare->criterionPicker()->findData(QStringLiteral("energy")));
    QCOMPARE(compare->barTotal(0), cli.baseline.totals[energy]);
    QVERIFY2(compare->takeaway().startsWith(QStringLiteral("Energy")), qPrintable(compare->takeaway()));
}

void TestComparisonViews::whatChangedListsTheChanges()
{
    const VariantDocument doc = comparisonPreset("pruning-for-the-gpu");
    const Shown shown(doc);
    const Comparison cli = compareDocument(doc, builtinCatalog());
    QStringList expected;
    for (const auto &v : cli.variants) {
        expected << QString::fromStdString(v.name);
        for (const auto &c : v.changes)
            expected << QString::fromStdString(c.label + " | " + c.baselineText + " | " + c.variantText);
    }
    QCOMPARE(shown.chart<WhatChangedChart>("what-changed")->rows(), expected);
}

void TestComparisonViews::exportSelectsComparisonSlides()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("comparison.json"));
    QVERIFY(saveDocumentFile(file.toStdString(), comparisonPreset("pruning-for-the-gpu")).empty());
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    auto pages = [&deck] {
        QFile pdf(deck);
        return pdf.open(QIODevice::ReadOnly) ? pdfPageCount(pdf.readAll()) : -1;
    };
    auto r = test::runBinary({QStringLiteral("export"), file, QStringLiteral("--out"), deck, QStringLiteral("--charts"),
                              QStringLiteral("compare,bridge")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(pages(), 3); // title, compare, bridge
    // The whole deck of a file with variants has the three comparison slides ...
    r = test::runBinary({QStringLiteral("export"), file, QStringLiteral("--out"), deck});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(!r.out.contains("left out compare") && !r.out.contains("left out bridge") &&
                 !r.out.contains("left out what-changed"),
             r.out.constData());
    const int withVariants = pages();
    // ... and a plain scenario's deck leaves them out, saying why.
    r = test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
                         QStringLiteral("--out"), deck});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char *id : kComparisonCharts)
        QVERIFY2(r.out.contains(QByteArray(QByteArray("left out ") + id + ": This document has no variants")),
                 r.out.constData());
    const auto leftOut = r.out.count("\nleft out ");
    QCOMPARE(pages(), 1 + static_cast<int>(chartIds().size() - leftOut));
    QVERIFY(pages() < withVariants);
    // A bad --bridge names the variants it could be.
    r = test::runBinary({QStringLiteral("export"), file, QStringLiteral("--out"), deck, QStringLiteral("--bridge"),
                         QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not a variant of this document"), r.err.constData());
}

namespace {
/// Where a chart sits on the shown dashboard: (row, column) order as the eye reads it.
std::pair<int, int> placeOf(const Dashboard &dashboard, const char *id)
{
    const ChartView *chart = dashboard.chart(QString::fromLatin1(id));
    const QPoint at = chart->mapTo(&dashboard, QPoint(0, 0));
    return {at.y(), at.x()};
}
} // namespace

void TestComparisonViews::comparisonChartsLeadWhenThereAreVariants()
{
    Shown shown(comparisonPreset("pruning-for-the-gpu"));
    shown.dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown.dashboard));
    QCoreApplication::processEvents();
    QVERIFY(placeOf(shown.dashboard, "compare") < placeOf(shown.dashboard, "lifecycle"));
    QVERIFY(placeOf(shown.dashboard, "bridge") < placeOf(shown.dashboard, "lifecycle"));
    // The same dashboard given one scenario: its own charts first, the comparison ones after.
    Diagnostics d;
    shown.document.reset(VariantDocument{*loadPreset("llm-chat-service", builtinCatalog(), d), {}});
    shown.document.flush();
    QCoreApplication::processEvents();
    QVERIFY(placeOf(shown.dashboard, "lifecycle") < placeOf(shown.dashboard, "compare"));
    // The deck keeps the registry's order whatever the grid shows.
    QCOMPARE(shown.dashboard.charts().first()->chartId(), chartIds().first());
}

void TestComparisonViews::axisUnitReadsTheWindowsDecimalSeparator()
{
    // 1.5e6 kg reads "1.50 kt CO₂e" or "1,50 kt CO₂e": the axis counts in kt with either separator.
    for (const char *separator : {".", ","}) {
        setDisplayDecimalSeparator(separator);
        const AxisUnit unit = axisUnitFor(1.5e6, Quantity::CarbonKg, QStringLiteral("kgCO2e"));
        QCOMPARE(unit.scale, 1e6);
        QCOMPARE(unit.unit, QStringLiteral("kt CO₂e"));
    }
    setDisplayDecimalSeparator(".");
}

QTEST_MAIN(TestComparisonViews)
#include "tst_comparison_views.moc"
