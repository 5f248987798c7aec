// Tests for the window's translation: every .ts file in translations/ is complete (no
// unfinished or empty entry), the German translation is compiled in and reaches the window's
// menus, core's marked texts and the numbers it shows, and removing it brings English back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyses.h"
#include "app_translation.h"
#include "evaluate.h"
#include "format.h"
#include "insights.h"
#include "kpi_tiles.h"
#include "main_window.h"
#include "number_locale.h"
#include "number_spin_box.h"
#include "parameter_registry.h"
#include "phases.h"
#include "scenario_io.h"
#include "sweep.h"
#include "text_translation.h"
#include "variants.h"
#include "variants_io.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBox>
#include <QXmlStreamReader>

#include <algorithm>

using namespace mlimpact;

namespace {

/// One <message> of a .ts file as far as completeness is concerned.
struct TsMessage
{
    QString context;
    QString source;
    QString type;      ///< the <translation> type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< the translation, or its numerus forms
};

/// The text of the <translation> element the reader is on, or its <numerusform>s.
QStringList translationForms(QXmlStreamReader &xml)
{
    QStringList forms;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
            break;
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
            forms << xml.readElementText();
        else if (xml.isCharacters())
            text += xml.text();
    }
    if (forms.isEmpty())
        forms << text;
    return forms;
}

QList<TsMessage> readTs(const QString &path, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.forms = translationForms(xml);
            messages << current;
        }
    }
    if (xml.hasError())
        error = QStringLiteral("%1:%2:%3: %4")
                    .arg(path)
                    .arg(xml.lineNumber())
                    .arg(xml.columnNumber())
                    .arg(xml.errorString());
    return messages;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete();
    void unfinishedEntriesAreFound();
    void germanIsCompiledIn();
    void windowSpeaksGerman();
    void qtsOwnButtonsFollow();
    void numbersFollowTheLocale();
    void triadAndSystemsSpeakGerman();
    void takeawaysAndTablesSpeakGerman();
    void coreTextsGoThroughTheHook();
    void englishComesBack();
    void cleanupTestCase();
};

void TestTranslation::tsFilesAreComplete()
{
    const QDir dir(QStringLiteral(MLIMPACT_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "no .ts file in translations/");
    QStringList problems;
    for (const QString &name : files) {
        QString error;
        const QList<TsMessage> messages = readTs(dir.filePath(name), error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(!messages.isEmpty(), qPrintable(name + QStringLiteral(": no messages")));
        for (const TsMessage &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            const bool empty =
                std::any_of(m.forms.cbegin(), m.forms.cend(), [](const QString &f) { return f.isEmpty(); });
            if (m.type == QLatin1String("unfinished") || empty)
                problems << QStringLiteral("%1: context %2: %3 translation of \"%4\"")
                                .arg(name, m.context,
                                     m.type == QLatin1String("unfinished") ? QStringLiteral("unfinished")
                                                                           : QStringLiteral("empty"),
                                     m.source);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslation::unfinishedEntriesAreFound()
{
    // The check above must be able to fail: a hand-written file with one unfinished entry.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x_de.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de\">\n"
               "<context><name>Ctx</name>\n"
               "<message><source>Done</source><translation>Fertig</translation></message>\n"
               "<message><source>Open</source><translation type=\"unfinished\"></translation></message>\n"
               "<message numerus=\"yes\"><source>%n runs</source><translation><numerusform>%n Lauf</numerusform>"
               "<numerusform></numerusform></translation></message>\n"
               "</context>\n</TS>\n");
    file.close();
    QString error;
    const QList<TsMessage> messages = readTs(path, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0].context, QStringLiteral("Ctx"));
    QCOMPARE(messages[0].forms, QStringList{QStringLiteral("Fertig")});
    QCOMPARE(messages[1].type, QStringLiteral("unfinished"));
    QCOMPARE(messages[2].forms, (QStringList{QStringLiteral("%n Lauf"), QString()}));
}

void TestTranslation::germanIsCompiledIn()
{
    QVERIFY(ui::availableTranslations().contains(QStringLiteral("de")));
    QCOMPARE(ui::uiLocale(QStringLiteral("de")).language(), QLocale::German);
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
}

void TestTranslation::windowSpeaksGerman()
{
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    ui::MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus.value(0), QStringLiteral("&Datei"));
    QCOMPARE(menus.value(1), QStringLiteral("&Bearbeiten"));
    QCOMPARE(menus.value(2), QStringLiteral("&Ansicht"));
    QCOMPARE(menus.value(3), QStringLiteral("&Hilfe"));
    // Core's names through the hook: the form's sections and the first tile's caption.
    auto *toolBox = window.findChild<QToolBox *>();
    QVERIFY(toolBox);
    QStringList sections;
    for (int i = 0; i < toolBox->count(); ++i)
        sections << toolBox->itemText(i);
    QVERIFY2(sections.contains(QStringLiteral("Betrieb")), qPrintable(sections.join(QLatin1Char(','))));
    QVERIFY2(sections.contains(QStringLiteral("Hardware && Ort")), qPrintable(sections.join(QLatin1Char(','))));
    QCOMPARE(toolBox->itemText(toolBox->currentIndex()), QStringLiteral("Betrieb")); // opens on deployment
    auto *tiles = window.findChild<ui::KpiTiles *>();
    QVERIFY(tiles);
    QCOMPARE(tiles->captionText(0), QStringLiteral("CO₂e gesamt"));
}

void TestTranslation::qtsOwnButtonsFollow()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtbase))
        QSKIP("qt6-translations-l10n is not installed (packaging/install-deps.sh installs it)");
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    // Standard buttons (QMessageBox, QDialogButtonBox) take their text from this context.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslation::numbersFollowTheLocale()
{
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    // A form field: German decimal comma and grouping dots.
    ui::NumberSpinBox box;
    box.setRange(0, 1e7);
    box.setValue(0.35);
    QCOMPARE(box.text(), QStringLiteral("0,35"));
    QCOMPARE(box.valueFromText(QStringLiteral("1,5")), 1.5);
    QCOMPARE(box.valueFromText(QStringLiteral("1.500.000")), 1.5e6);
    // The status bar's evaluation time: the window's own number, grouped the German way.
    QCOMPARE(QLocale().toString(12345.0, 'f', 0), QStringLiteral("12.345"));
    // Core's worded numbers (the tiles): 1,500 kg is "1,50 t CO₂e"; a value with unit drops zeros.
    QCOMPARE(formatQuantity(1500.0, Quantity::CarbonKg), std::string("1,50 t CO₂e"));
    QCOMPARE(formatValueWithUnit(0.25, "1/year"), std::string("25 %/year"));
    QCOMPARE(formatValueWithUnit(1.5, "kWh"), std::string("1,5 kWh"));
    QCOMPARE(formatPercent(0.125), std::string("12,5%"));
}

void TestTranslation::triadAndSystemsSpeakGerman()
{
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    // A strength as the triad's tooltips and marker show it: decimal comma, no trailing ",0".
    QCOMPARE(strengthText(Technique::UnstructuredMasked, 0.05), std::string("5% der Gewichte entfernt"));
    QCOMPARE(strengthText(Technique::UnstructuredMasked, 0.055), std::string("5,5% der Gewichte entfernt"));
    QCOMPARE(strengthText(Technique::BatchSize, 8), std::string("Batch 8"));
    // The baseline's name has no article, so the window's legend ("Dichtes INT8-Modell (×1)") only
    // capitalizes it; at the edge there is no precision.
    TechniqueSweep sweep;
    sweep.technique = Technique::Structured2to4;
    sweep.baselinePrecision = Precision::Int8;
    QCOMPARE(baselineName(sweep), std::string("dichtes INT8-Modell"));
    sweep.edge = true;
    QCOMPARE(baselineName(sweep), std::string("dichtes Modell"));
    QCOMPARE(translatedText("systems", "Rebound: cheaper queries invite more of them"),
             std::string("Rebound-Effekt: günstigere Anfragen locken mehr an"));
}

void TestTranslation::takeawaysAndTablesSpeakGerman()
{
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    // A takeaway is composed in core from one translated pattern, with German numbers in it.
    Diagnostics d;
    const Catalog catalog = builtinCatalog();
    const auto scenario = loadPreset("llm-chat-service", catalog, d);
    QVERIFY(scenario);
    const Results results = evaluate(*scenario, catalog);
    const Insights insights = computeInsights(catalog, results, computeAnalyses(*scenario, catalog, results, {}));
    const std::string takeaway = insights.chart("lifecycle")->takeaway;
    QVERIFY2(takeaway.starts_with("Die Phase „Betrieb“ verursacht "), takeaway.c_str());
    QVERIFY2(takeaway.find("5,6%") != std::string::npos, takeaway.c_str());
    // The what-changed table's values: decimal comma and German words, as the form shows them.
    const auto document = loadComparisonPreset("quantize-and-meet-rebound", catalog, d);
    QVERIFY(document && !document->variants.empty());
    const auto rows =
        whatChanged(document->baseline, resolveVariant(document->baseline, document->variants.front()), catalog);
    QVERIFY(std::any_of(rows.begin(), rows.end(), [](const ChangedParameter &r) { return r.baselineText == "0,62"; }));
    // A caveat the status bar shows: composed in core, in German.
    Scenario noDisposal = *scenario;
    noDisposal.disposal.enabled = false;
    const std::vector<std::string> caveats = caveatsOf(evaluate(noDisposal, catalog));
    QVERIFY(std::find(caveats.begin(), caveats.end(),
                      "Entsorgung ausgeschlossen: Ausgemusterte Hardware zählt nicht als Elektroschrott") !=
            caveats.end());
}

void TestTranslation::coreTextsGoThroughTheHook()
{
    QVERIFY(ui::installTranslations(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(translatedText("mlimpact", "Deployment"), std::string("Betrieb"));
    // Text nobody translated comes back unchanged.
    QCOMPARE(translatedText("mlimpact", "no such text"), std::string("no such text"));
}

void TestTranslation::englishComesBack()
{
    QVERIFY(!ui::installTranslations(QLocale(QLocale::English, QLocale::UnitedStates)));
    ui::MainWindow window;
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QCOMPARE(translatedText("mlimpact", "Deployment"), std::string("Deployment"));
    QCOMPARE(QLocale().toString(12345.0, 'f', 0), QStringLiteral("12,345"));
    QCOMPARE(formatQuantity(1500.0, Quantity::CarbonKg), std::string("1.50 t CO₂e"));
}

void TestTranslation::cleanupTestCase()
{
    setTextTranslator(nullptr);
    setDisplayDecimalSeparator(".");
    QLocale::setDefault(QLocale::c());
}

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
