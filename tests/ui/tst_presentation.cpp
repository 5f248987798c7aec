// What the charts and the deck say, offscreen: legends list only the phases a scenario
// has; the embodied hatch survives SVG export; an empty chart shows core's reason over
// its plot; the deck dialog starts with exactly the charts that have something to show.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"
#include "chart_view.h"
#include "dashboard.h"
#include "deck_dialog.h"
#include "phase_style.h"
#include "plot_widget.h"
#include "scenario_document.h"
#include "scenario_io.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

void loadPreset(ScenarioDocument &doc, const QString &id)
{
    Diagnostics d;
    const auto scenario = mlimpact::loadPreset(id.toStdString(), doc.catalog(), d);
    QVERIFY(scenario);
    doc.reset(*scenario);
    doc.flush();
}

/// Counts, in an SVG, the lines stroked in `stroke` (hatching; bar outlines are rectangles
/// in a darker shade) and the shapes filled with `fill`.
struct SvgCounts
{
    int hatchLines = 0;
    int filled = 0;
};

SvgCounts countSvg(const QByteArray &svg, const QString &stroke, const QString &fill)
{
    SvgCounts counts;
    QXmlStreamReader xml(svg);
    QList<bool> hatchGroup{false};
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("g"))
            hatchGroup.removeLast();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("g")) {
            hatchGroup << (a.value(QLatin1String("stroke")) == stroke);
            if (a.value(QLatin1String("fill")) == fill)
                ++counts.filled;
        } else if (xml.name() == QLatin1String("polyline") && hatchGroup.last()) {
            ++counts.hatchLines;
        }
    }
    return counts;
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT
private slots:
    void legendsListOnlyPresentPhases_data();
    void legendsListOnlyPresentPhases();
    void svgKeepsTheEmbodiedHatch();
    void emptyChartShowsCoreReason();
    void deckDialogStartsWithChartsThatHaveContent_data();
    void deckDialogStartsWithChartsThatHaveContent();
    void emptyChartChosenForTheDeckShowsItsReason();
};

void TestPresentation::legendsListOnlyPresentPhases_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QStringList>("phases");
    // From each preset's results: a phase with no energy, carbon, water or e-waste is not listed.
    QTest::newRow("llm") << QStringLiteral("llm-chat-service")
                         << QStringList{QStringLiteral("Development"), QStringLiteral("Training"),
                                        QStringLiteral("Deployment"), QStringLiteral("Disposal")};
    QTest::newRow("phones") << QStringLiteral("edge-vision-phones")
                            << QStringList{QStringLiteral("Development"), QStringLiteral("NAS"),
                                           QStringLiteral("Training"), QStringLiteral("Edge fleet"),
                                           QStringLiteral("Disposal")};
    QTest::newRow("academic") << QStringLiteral("academic-research")
                              << QStringList{QStringLiteral("Development"), QStringLiteral("Training"),
                                             QStringLiteral("Deployment"), QStringLiteral("Disposal")};
}

void TestPresentation::legendsListOnlyPresentPhases()
{
    QFETCH(QString, preset);
    QFETCH(QStringList, phases);
    ScenarioDocument doc;
    Dashboard dash(&doc);
    loadPreset(doc, preset);
    // Every preset has embodied carbon, so the neutral hatch key closes the life-cycle legend.
    QCOMPARE(dash.chart(QStringLiteral("lifecycle"))->plot()->legendNames(),
             phases + QStringList{QStringLiteral("Embodied (hatched)")});
    QCOMPARE(dash.chart(QStringLiteral("timeline"))->plot()->legendNames(), phases);
}

void TestPresentation::svgKeepsTheEmbodiedHatch()
{
    // The phones' edge fleet is 71% embodied: its carbon bar is mostly hatched.
    ScenarioDocument doc;
    Dashboard dash(&doc);
    loadPreset(doc, QStringLiteral("edge-vision-phones"));
    QByteArray svg;
    QVERIFY(renderChart(dash.chart(QStringLiteral("lifecycle"))->plot(), ExportFormat::Svg, QSize(1200, 800), 1, svg));
    const SvgCounts edge = countSvg(svg, phaseColor(Phase::Edge).name(), embodiedColor(Phase::Edge).name());
    QVERIFY2(edge.filled >= 1, "the embodied segment is filled, not fill=\"none\"");
    QVERIFY2(edge.hatchLines >= 20, qPrintable(QString::number(edge.hatchLines)));
    // The legend's key is hatched too, in its own neutral colours.
    const SvgCounts key = countSvg(svg, embodiedKeyLine().name(), embodiedKeyFill().name());
    QVERIFY(key.hatchLines >= 2);
}

void TestPresentation::emptyChartShowsCoreReason()
{
    ScenarioDocument doc;
    Dashboard dash(&doc);
    loadPreset(doc, QStringLiteral("academic-research"));
    dash.replotAll();
    const ChartInsight *rebound = doc.insights().chart("rebound");
    QVERIFY(rebound && rebound->isEmpty());
    ChartView *chart = dash.chart(QStringLiteral("rebound"));
    QCOMPARE(chart->plot()->emptyState(), QString::fromStdString(rebound->emptyReason));
    QVERIFY(!chart->findChild<QLabel *>(QStringLiteral("takeaway"))->isVisibleTo(chart)); // said once, on the plot
    // A chart with something to show has no empty state and keeps its takeaway.
    ChartView *lifecycle = dash.chart(QStringLiteral("lifecycle"));
    QVERIFY(lifecycle->plot()->emptyState().isEmpty());
    QVERIFY(lifecycle->findChild<QLabel *>(QStringLiteral("takeaway"))->isVisibleTo(lifecycle));
    // Nothing else over the plot says something different (the charts' own messages are gone):
    // the only "No ..." text drawn is a panel's empty reason from core (time-place's hours panel).
    const ChartInsight *timePlace = doc.insights().chart("time-place");
    const QString panelReason = QString::fromStdString(timePlace->panelEmptyReason("hours")).simplified();
    for (ChartView *c : dash.charts()) {
        for (int i = 0; i < c->plot()->itemCount(); ++i) {
            auto *text = qobject_cast<QCPItemText *>(c->plot()->item(i));
            if (!text || !text->visible() || !text->text().contains(QStringLiteral("No ")))
                continue;
            QVERIFY2(!panelReason.isEmpty() && text->text().simplified() == panelReason, qPrintable(text->text()));
        }
    }
}

void TestPresentation::deckDialogStartsWithChartsThatHaveContent_data()
{
    QTest::addColumn<QString>("preset");
    QTest::newRow("academic") << QStringLiteral("academic-research");
    QTest::newRow("phones") << QStringLiteral("edge-vision-phones");
    QTest::newRow("llm") << QStringLiteral("llm-chat-service");
}

void TestPresentation::deckDialogStartsWithChartsThatHaveContent()
{
    QFETCH(QString, preset);
    ScenarioDocument doc;
    Dashboard dash(&doc);
    loadPreset(doc, preset);
    DeckDialog dialog(doc, dash.charts(), QStringLiteral("Export"));
    QListWidget *list = dialog.chartList();
    QCOMPARE(list->count(), dash.charts().size());
    for (int i = 0; i < list->count(); ++i) {
        const ChartInsight *insight = doc.insights().chart(dash.charts()[i]->chartId().toStdString());
        QVERIFY(insight);
        QCOMPARE(list->item(i)->checkState() == Qt::Checked, !insight->isEmpty());
        if (insight->isEmpty())
            QVERIFY(list->item(i)->text().contains(QString::fromStdString(insight->emptyReason)));
    }
    QCOMPARE(dialog.chosenCharts(), chartsWithContent(doc, dash.charts()));
    // Ticking an empty chart adds it, in slide order.
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Unchecked) {
            list->item(i)->setCheckState(Qt::Checked);
            QVERIFY(dialog.chosenCharts().contains(dash.charts()[i]));
            break;
        }
    }
}

void TestPresentation::emptyChartChosenForTheDeckShowsItsReason()
{
    ScenarioDocument doc;
    Dashboard dash(&doc);
    loadPreset(doc, QStringLiteral("academic-research"));
    QVERIFY(!chartsWithContent(doc, dash.charts()).contains(dash.chart(QStringLiteral("break-even"))));
    DeckOptions options;
    options.charts = {dash.chart(QStringLiteral("break-even"))};
    QTemporaryDir dir;
    QVERIFY(exportDeckImages(doc, options, dir.path(), ExportFormat::Svg).empty());
    QFile slide(dir.filePath(QStringLiteral("slide-02.svg")));
    QVERIFY(slide.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&slide);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY(text.contains(QStringLiteral("Nothing to show for this scenario")));
    QVERIFY(text.contains(QStringLiteral("Does the one-off investment pay back?")));
    // The title slide names the empty charts the deck leaves out (here also the timeline and rebound).
    QFile title(dir.filePath(QStringLiteral("slide-01.svg")));
    QVERIFY(title.open(QIODevice::ReadOnly));
    const QString titleText = QString::fromUtf8(title.readAll());
    QVERIFY(titleText.contains(QStringLiteral("Left out, nothing to show")));
    QVERIFY(titleText.contains(QStringLiteral("Will the efficiency saving survive more use?")));
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
