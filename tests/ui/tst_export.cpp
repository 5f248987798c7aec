// Export tests: PNG size and scale, SVG as XML with the chart's text, the deck
// PDF's page count, headless export of every preset through the real binary,
// and clean failures on unwritable paths.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"
#include "chart_registry.h"
#include "chart_view.h"
#include "dashboard.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

int pdfPageCount(const QByteArray &pdf)
{
    // Page objects are "/Type /Page" (not "/Pages").
    return static_cast<int>(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

/// The ids of the charts with nothing to show, as the command line's JSON report says.
QStringList emptyChartsInReport(const QString &preset)
{
    const auto run = test::runBinary({QStringLiteral("evaluate"), QStringLiteral("--preset"), preset,
                                      QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject charts = QJsonDocument::fromJson(run.out)
                                   .object()[QStringLiteral("insights")]
                                   .toObject()[QStringLiteral("charts")]
                                   .toObject();
    QStringList empty;
    for (auto it = charts.begin(); it != charts.end(); ++it) {
        if (it.value().toObject()[QStringLiteral("empty_reason")].isString())
            empty << it.key();
    }
    return empty;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void pngHasRequestedSize_data();
    void pngHasRequestedSize();
    void svgIsXmlWithChartText();
    void chartPdfIsAPdf();
    void deckHasOnePagePerChartPlusTitle();
    void slideImages();
    void readOnlyPlaceFailsCleanly();
    void unwritableFolderFailsCleanly();
    void deckLeavesOutChartsWithNothingToShow_data();
    void deckLeavesOutChartsWithNothingToShow();
    void headlessExportOfEveryPreset_data();
    void headlessExportOfEveryPreset();
    void headlessChoosesTriadAndInvestment();
    void headlessBadArguments();
    void headlessBandsAsTheWindowShowsThem();
};

void TestExport::pngHasRequestedSize_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("1x") << 1.0;
    QTest::newRow("2x") << 2.0;
    QTest::newRow("3x") << 3.0;
}

void TestExport::pngHasRequestedSize()
{
    QFETCH(double, scale);
    QTemporaryDir dir;
    ScenarioDocument doc;
    Dashboard dash(&doc);
    const QString path = dir.filePath(QStringLiteral("c.png"));
    Diagnostics error;
    QVERIFY((error = exportChart(dash.chart(QStringLiteral("lifecycle"))->plot(), path, ExportFormat::Png,
                                 QSize(600, 400), scale))
                .empty());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(static_cast<int>(600 * scale), static_cast<int>(400 * scale)));
}

void TestExport::svgIsXmlWithChartText()
{
    QTemporaryDir dir;
    ScenarioDocument doc;
    Dashboard dash(&doc);
    const QString path = dir.filePath(QStringLiteral("c.svg"));
    Diagnostics error;
    QVERIFY((error = exportChart(dash.chart(QStringLiteral("lifecycle"))->plot(), path, ExportFormat::Svg,
                                 QSize(900, 600), 1))
                .empty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(text.contains(QStringLiteral("Where does the impact come from?")));
    QVERIFY(text.contains(QStringLiteral("Deployment")));
}

void TestExport::chartPdfIsAPdf()
{
    QTemporaryDir dir;
    ScenarioDocument doc;
    Dashboard dash(&doc);
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    Diagnostics error;
    QVERIFY((error = exportChart(dash.chart(QStringLiteral("timeline"))->plot(), path, ExportFormat::Pdf,
                                 QSize(900, 600), 1))
                .empty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(pdfPageCount(bytes), 1);
}

void TestExport::deckHasOnePagePerChartPlusTitle()
{
    QTemporaryDir dir;
    ScenarioDocument doc;
    Dashboard dash(&doc);
    DeckOptions options;
    options.charts = dash.charts();
    options.date = QStringLiteral("26 November 2026");
    const QString path = dir.filePath(QStringLiteral("deck.pdf"));
    Diagnostics error;
    QVERIFY((error = exportDeckPdf(doc, options, path)).empty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdfPageCount(bytes), 1 + chartRegistry().size());
    // The charts are back in the window's theme afterwards.
    for (auto *c : dash.charts())
        QVERIFY(!c->plot()->presentation());
}

void TestExport::slideImages()
{
    QTemporaryDir dir;
    ScenarioDocument doc;
    Dashboard dash(&doc);
    DeckOptions options;
    options.charts = {dash.chart(QStringLiteral("rebound"))};
    Diagnostics error;
    QVERIFY((error = exportDeckImages(doc, options, dir.path(), ExportFormat::Png)).empty());
    QCOMPARE(QImage(dir.filePath(QStringLiteral("slide-01.png"))).size(), QSize(1920, 1080));
    QCOMPARE(QImage(dir.filePath(QStringLiteral("slide-02.png"))).size(), QSize(1920, 1080));
    QVERIFY((error = exportDeckImages(doc, options, dir.filePath(QStringLiteral("svg")), ExportFormat::Svg)).empty());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("svg/slide-02.svg"))));
}

void TestExport::readOnlyPlaceFailsCleanly()
{
    ScenarioDocument doc;
    Dashboard dash(&doc);
    Diagnostics error;
    // A read-only place even for root: /proc accepts no new files.
    QVERIFY(!(error = exportChart(dash.charts().first()->plot(), QStringLiteral("/proc/chart.png"), ExportFormat::Png,
                                  QSize(300, 200), 1))
                 .empty());
    QVERIFY(problemText(error).contains(QStringLiteral("/proc/chart.png")));
    DeckOptions options;
    options.charts = dash.charts();
    QVERIFY(!(error = exportDeckPdf(doc, options, QStringLiteral("/proc/deck.pdf"))).empty());
    QVERIFY(problemText(error).contains(QStringLiteral("/proc/deck.pdf")));
}

void TestExport::unwritableFolderFailsCleanly()
{
    ScenarioDocument doc;
    Dashboard dash(&doc);
    Diagnostics error;
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions; /proc covered the read-only case");
    QTemporaryDir dir;
    const QString existing = dir.filePath(QStringLiteral("c.png"));
    QVERIFY(
        (error = exportChart(dash.charts().first()->plot(), existing, ExportFormat::Png, QSize(300, 200), 1)).empty());
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    const bool ok =
        (error = exportChart(dash.charts().first()->plot(), existing, ExportFormat::Png, QSize(600, 400), 1)).empty();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!ok);
    QVERIFY(problemText(error).contains(existing));
    QCOMPARE(QImage(existing).size(), QSize(300, 200)); // the old file is intact
}

void TestExport::deckLeavesOutChartsWithNothingToShow_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QStringList>("mustBeLeftOut");
    // Academic: barely deployed, so all carbon is at launch, and it has no efficiency change
    // or one-off investment. Phones: no efficiency change in serving.
    QTest::newRow("academic") << QStringLiteral("academic-research")
                              << QStringList{QStringLiteral("timeline"), QStringLiteral("rebound"),
                                             QStringLiteral("break-even")};
    QTest::newRow("phones") << QStringLiteral("edge-vision-phones") << QStringList{};
}

void TestExport::deckLeavesOutChartsWithNothingToShow()
{
    // The deck has a slide for each chart the report says has something to show: one
    // interpretation, read by the deck and the report alike.
    QFETCH(QString, preset);
    QFETCH(QStringList, mustBeLeftOut);
    const QStringList empty = emptyChartsInReport(preset);
    for (const QString &id : mustBeLeftOut)
        QVERIFY2(empty.contains(id), qPrintable(id));
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    const auto r =
        test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"), deck});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(deck);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(file.readAll()), 1 + chartRegistry().size() - empty.size());
    for (const QString &id : empty)
        QVERIFY2(r.out.contains(QString(QStringLiteral("left out ") + id + QStringLiteral(": ")).toUtf8()),
                 r.out.constData());
    // Named explicitly, an empty chart is kept: its slide says why it is empty.
    const auto named =
        test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"), deck,
                         QStringLiteral("--charts"), QStringLiteral("lifecycle,rebound")});
    QVERIFY2(named.exitCode == 0, named.err.constData());
    QFile again(deck);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(again.readAll()), 3);
}

void TestExport::headlessExportOfEveryPreset_data()
{
    QTest::addColumn<QString>("preset");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestExport::headlessExportOfEveryPreset()
{
    QFETCH(QString, preset);
    QTemporaryDir dir;
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    auto r =
        test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"), deck});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(deck);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(pdfPageCount(file.readAll()), 1 + chartRegistry().size() - emptyChartsInReport(preset).size());
    r = test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("svg")), QStringLiteral("--format"), QStringLiteral("svg"),
                         QStringLiteral("--charts"), QStringLiteral("lifecycle,rebound")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("svg"))).entryList(QDir::Files).size(), 2);
    r = test::runBinary({QStringLiteral("export"), QStringLiteral("--preset"), preset, QStringLiteral("--out"),
                         dir.filePath(QStringLiteral("png")), QStringLiteral("--size"), QStringLiteral("800x500"),
                         QStringLiteral("--scale"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QImageReader(dir.filePath(QStringLiteral("png/triad.png"))).size(), QSize(800, 500));
}

void TestExport::headlessChoosesTriadAndInvestment()
{
    QTemporaryDir dir;
    const auto r = test::runBinary(
        {QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
         QStringLiteral("--set"), QStringLiteral("nas.enabled=true"), QStringLiteral("--set"),
         QStringLiteral("deployment.mode=model_flop"), QStringLiteral("--out"), dir.path(), QStringLiteral("--format"),
         QStringLiteral("svg"), QStringLiteral("--charts"), QStringLiteral("triad,break-even"),
         QStringLiteral("--triad"), QStringLiteral("quantization@nvidia-v100-sxm2"), QStringLiteral("--break-even"),
         QStringLiteral("nas")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto text = [&dir](const char *name) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // The precision sweep (its axis), and the search's end of service (not the first investment's).
    QVERIFY(text("triad.svg").contains(QStringLiteral("Serving precision")));
    QVERIFY(text("break-even.svg").contains(QStringLiteral("would pay back after")));
}

void TestExport::headlessBadArguments()
{
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("x"));
    struct Case
    {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("--out"), sub, QStringLiteral("--format"), QStringLiteral("gif")}, 2, "--format"},
        {{QStringLiteral("--out"), sub, QStringLiteral("--size"), QStringLiteral("big")}, 2, "--size"},
        {{QStringLiteral("--out"), sub, QStringLiteral("--charts"), QStringLiteral("pie")}, 2, "unknown chart"},
        {{}, 2, "--out is required"},
        {{QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/deck.pdf")}, 1, "/nonexistent-dir/deck.pdf"},
        // The triad's and break-even's choices, named as the window's pickers name them.
        {{QStringLiteral("--out"), sub, QStringLiteral("--triad"), QStringLiteral("pruning")},
         2,
         "unstructured-sparse"},
        {{QStringLiteral("--out"), sub, QStringLiteral("--triad"), QStringLiteral("quantization@h100")},
         2,
         "smartphone-generic"},
        {{QStringLiteral("--out"), sub, QStringLiteral("--break-even"), QStringLiteral("nas")}, 2, "--break-even"},
        // The bands' Monte Carlo: its sample count, and options that mean nothing without --bands.
        {{QStringLiteral("--out"), sub, QStringLiteral("--bands"), QStringLiteral("--samples"), QStringLiteral("1")},
         2,
         "--samples"},
        {{QStringLiteral("--out"), sub, QStringLiteral("--seed"), QStringLiteral("7")}, 2, "--bands"},
    };
    for (const auto &c : cases) {
        const auto r = test::runBinary(
            QStringList{QStringLiteral("export"), QStringLiteral("--preset"), QStringLiteral("academic-research")} +
            c.args);
        QCOMPARE(r.exitCode, c.code);
        QVERIFY2(r.err.contains(c.message), r.err.constData());
    }
    const auto bad = test::runBinary({QStringLiteral("export"),
                                      test::sourcePath(QStringLiteral("tests/data/malformed/two-errors.json")),
                                      QStringLiteral("--out"), sub});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("/disposal/formal_recycling_rate"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"

void TestExport::headlessBandsAsTheWindowShowsThem()
{
    // --bands draws the window's 90% intervals on the timeline (and the life cycle); without it, none.
    auto timelineSvg = [](const QStringList &extra) {
        QTemporaryDir dir;
        const auto r = test::runBinary(QStringList{QStringLiteral("export"), QStringLiteral("--preset"),
                                                   QStringLiteral("llm-chat-service"), QStringLiteral("--out"),
                                                   dir.path(), QStringLiteral("--format"), QStringLiteral("svg"),
                                                   QStringLiteral("--charts"), QStringLiteral("timeline")} +
                                       extra);
        QFile file(dir.filePath(QStringLiteral("timeline.svg")));
        return r.exitCode == 0 && file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    const QString plain = timelineSvg({});
    const QString banded = timelineSvg({QStringLiteral("--bands"), QStringLiteral("--samples"), QStringLiteral("200")});
    QVERIFY(!plain.isEmpty() && !banded.isEmpty());
    QVERIFY(!plain.contains(QStringLiteral("90% interval")));
    QVERIFY(banded.contains(QStringLiteral("90% interval")));
    // The LLM preset's p95 is far above the point estimate: the axis goes logarithmic to hold it.
    QVERIFY(banded.contains(QStringLiteral("log scale")));
}
