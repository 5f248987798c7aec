// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_command.h"

#include "chart_export.h"
#include "chart_registry.h"
#include "chart_view.h"
#include "cli.h"
#include "dashboard.h"
#include "lesson_export.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "uncertainty_bands.h"
#include "uncertainty_command.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace mlimpact::cli {
namespace {

void err(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

void addExportOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QStringLiteral(
        "Export charts (PNG, SVG, PDF) or a 16:9 slide deck (PDF) of a scenario, without a display.\n"
        "--out deck.pdf writes the deck; --out DIR writes one file per chart (or per slide with --slides)."));
    parser.addHelpOption();
    addScenarioInputOptions(parser, QStringLiteral("export"), QStringLiteral("Export"));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output: a folder, or a .pdf file for the deck."),
                      QStringLiteral("DIR|deck.pdf")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("png (default), svg or pdf, for files in a folder."),
                      QStringLiteral("FORMAT"), QStringLiteral("png")});
    parser.addOption(
        {QStringLiteral("charts"),
         QStringLiteral("Comma-separated chart ids (default: all; a deck leaves out charts with nothing to "
                        "show): %1.")
             .arg(ui::chartIds().join(QStringLiteral(", "))),
         QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Chart size in pixels (default 1200x800)."),
                      QStringLiteral("WxH"), QStringLiteral("1200x800")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("PNG scale factor 1-3 (default 2)."), QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("slides"), QStringLiteral("Write slides (not bare charts) into the folder.")});
    addAnalysisOptions(parser);
    parser.addOption({QStringLiteral("bands"),
                      QStringLiteral("Draw the uncertainty bands (90% intervals, Monte Carlo) on the life-cycle and "
                                     "timeline charts and in the KPI tiles, as View > Uncertainty Bands does.")});
    parser.addOption({QStringLiteral("samples"),
                      QStringLiteral("Monte Carlo samples for --bands (default 1000, as the window)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for --bands (default 1, as the window)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("lesson"),
                      QStringLiteral("A lesson's slides instead of a scenario's: a built-in lesson id "
                                     "('ml-impact-explorer lessons') or a lesson file; --out deck.pdf."),
                      QStringLiteral("ID|FILE")});
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("The criterion the comparison chart shows (a file with variants): compute, "
                                     "energy, operational, embodied, carbon (default), water, ewaste, adpe or "
                                     "primary_energy."),
                      QStringLiteral("CRITERION")});
    parser.addOption({QStringLiteral("bridge"),
                      QStringLiteral("The variant the bridge leads to (default: the first) and its criterion: "
                                     "carbon (default), energy or water."),
                      QStringLiteral("VARIANT[@CRITERION]")});
}

/// Applies --compare and --bridge to `request` (the comparison charts' pickers); prints the problem.
bool applyComparisonOptions(const QCommandLineParser &parser, const VariantDocument &document, AnalysisRequest &request)
{
    Diagnostics problems;
    if (parser.isSet(QStringLiteral("compare")))
        problems = chooseCompare(parser.value(QStringLiteral("compare")).toStdString(), request);
    if (problems.empty() && parser.isSet(QStringLiteral("bridge")))
        problems = chooseBridge(parser.value(QStringLiteral("bridge")).toStdString(), document, request);
    printDiagnostics(problems, false);
    return problems.empty();
}

/// Where and how to write, as the options say.
struct ExportTarget
{
    QString out;
    ui::ExportFormat format = ui::ExportFormat::Png;
    QSize size;
    double scale = 2;
    bool slides = false;
};

/// Reads --out, --format, --size, --scale and --slides; says what is wrong and returns nullopt.
std::optional<ExportTarget> readExportTarget(const QCommandLineParser &parser)
{
    ExportTarget t;
    t.out = parser.value(QStringLiteral("out"));
    t.slides = parser.isSet(QStringLiteral("slides"));
    if (t.out.isEmpty()) {
        err(QStringLiteral("error: --out is required (a folder, or deck.pdf)"));
        return std::nullopt;
    }
    if (!ui::parseExportFormat(parser.value(QStringLiteral("format")), t.format)) {
        err(QStringLiteral("error: --format: expected png, svg or pdf, found \"%1\"")
                .arg(parser.value(QStringLiteral("format"))));
        return std::nullopt;
    }
    const auto sizeMatch =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(QStringLiteral("size")));
    if (!sizeMatch.hasMatch()) {
        err(QStringLiteral("error: --size: expected WIDTHxHEIGHT in pixels, e.g. 1200x800"));
        return std::nullopt;
    }
    t.size = QSize(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    if (t.size.width() < 200 || t.size.height() < 150 || t.size.width() > 10000 || t.size.height() > 10000) {
        err(QStringLiteral("error: --size: expected between 200x150 and 10000x10000"));
        return std::nullopt;
    }
    bool scaleOk = false;
    t.scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || t.scale < 1 || t.scale > 3) {
        err(QStringLiteral("error: --scale: expected a number from 1 to 3"));
        return std::nullopt;
    }
    if (t.slides && t.format == ui::ExportFormat::Pdf) {
        err(QStringLiteral("error: --slides writes png or svg files; for a PDF deck use --out deck.pdf"));
        return std::nullopt;
    }
    return t;
}

/// The charts --charts names, in its order (all registered charts without it).
std::optional<QList<ui::ChartView *>> chosenCharts(const QCommandLineParser &parser, const ui::Dashboard &dashboard)
{
    if (!parser.isSet(QStringLiteral("charts")))
        return dashboard.charts();
    QList<ui::ChartView *> chosen;
    for (const QString &id : parser.value(QStringLiteral("charts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ui::ChartView *c = dashboard.chart(id.trimmed());
        if (!c) {
            err(QStringLiteral("error: --charts: unknown chart \"%1\"; expected one of %2")
                    .arg(id.trimmed(), ui::chartIds().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        chosen << c;
    }
    return chosen;
}

/// One file per chart, rendered first and then written all or none (see writeFilesAtomically).
int writeChartFiles(const QList<ui::ChartView *> &charts, const ExportTarget &t)
{
    QList<ui::NamedBytes> files;
    for (ui::ChartView *c : charts) {
        const QString name = c->chartId() + QLatin1Char('.') + ui::formatSuffix(t.format);
        QByteArray bytes;
        if (!ui::renderChart(c->plot(), t.format, t.size, t.scale, bytes)) {
            printDiagnostics(ui::problem(QDir(t.out).filePath(name), QStringLiteral("could not encode the image")),
                             false);
            return Failure;
        }
        files.append({name, bytes});
    }
    if (const auto problems = ui::writeFilesAtomically(t.out, files); !problems.empty()) {
        printDiagnostics(problems, false);
        return Failure;
    }
    for (const auto &file : files)
        std::printf("wrote %s\n", qPrintable(QDir(t.out).filePath(file.first)));
    return Ok;
}

/// The deck as one PDF, or its slides as numbered images.
int writeDeck(const ui::ScenarioDocument &document, const ui::DeckOptions &options, const ExportTarget &t)
{
    const auto problems = t.slides ? ui::exportDeckImages(document, options, t.out, t.format)
                                   : ui::exportDeckPdf(document, options, t.out);
    if (!problems.empty()) {
        printDiagnostics(problems, false);
        return Failure;
    }
    if (t.slides)
        std::printf("wrote %d slides to %s\n", ui::deckSlideCount(options), qPrintable(t.out));
    else
        std::printf("wrote %s (%d slides)\n", qPrintable(t.out), ui::deckSlideCount(options));
    for (const auto &c : document.insights().charts) {
        const bool shown = std::any_of(options.charts.begin(), options.charts.end(), [&c](const ui::ChartView *v) {
            return v->chartId().toStdString() == c.chartId;
        });
        if (c.isEmpty() && !shown)
            std::printf("left out %s: %s\n", c.chartId.c_str(), c.emptyReason.c_str());
    }
    return Ok;
}

/// --samples and --seed as the options of the bands' Monte Carlo; says what is wrong and returns nullopt.
std::optional<UncertaintyOptions> bandOptions(const QCommandLineParser &parser)
{
    UncertaintyOptions o; // the window's: its samples, seed and timeline (and the file's ranges: drawBands)
    bool samplesOk = false, seedOk = false;
    const int samples = parser.value(QStringLiteral("samples")).toInt(&samplesOk);
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!samplesOk || samples < 2 || samples > 10'000'000) {
        err(QStringLiteral("error: --samples: expected a whole number in [2, 10000000]"));
        return std::nullopt;
    }
    if (!seedOk) {
        err(QStringLiteral("error: --seed: expected a whole number >= 0"));
        return std::nullopt;
    }
    if (!parser.isSet(QStringLiteral("bands")) &&
        (parser.isSet(QStringLiteral("samples")) || parser.isSet(QStringLiteral("seed")))) {
        err(QStringLiteral("error: --samples and --seed choose the Monte Carlo of --bands, which is not set"));
        return std::nullopt;
    }
    o.samples = static_cast<std::size_t>(samples);
    o.seed = seed;
    return o;
}

/// Runs the bands' Monte Carlo on the document's scenario and shows it on the dashboard's charts.
bool drawBands(const QCommandLineParser &parser, const ui::ScenarioDocument &document, ui::Dashboard &dashboard)
{
    const auto options = bandOptions(parser);
    if (!options)
        return false;
    if (!parser.isSet(QStringLiteral("bands")))
        return true;
    Diagnostics problems;
    UncertaintyOptions withRanges = *options;
    withRanges.spec = document.variantDocument().uncertainty; // the file's ranges, as the window samples
    auto result = std::make_shared<const UncertaintyResult>(
        runUncertainty(document.scenario(), document.catalog(), withRanges, progressOnStderr(0, "samples"), problems));
    printDiagnostics(problems, false);
    if (hasErrors(problems))
        return false;
    ui::showBands(dashboard, result);
    return true;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    addExportOptions(parser);
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (parser.isSet(QStringLiteral("lesson")))
        return runLessonExport(parser.value(QStringLiteral("lesson")), parser.value(QStringLiteral("out")));
    const auto target = readExportTarget(parser);
    if (!target)
        return BadInput;
    // The same input path as evaluate and validate: the scenario, its catalog and every
    // --set are checked once, in core, before the document sees them.
    const auto input = loadScenarioInput(parser, false);
    if (!input)
        return BadInput;
    ui::ScenarioDocument document;
    QStringList catalogFiles;
    for (const auto &file : input->catalogFiles)
        catalogFiles << QString::fromStdString(file);
    document.setCatalog(input->catalog, catalogFiles);
    // A version 2 file brings its variants: the comparison charts compare them.
    document.reset(VariantDocument{input->scenario, input->variants, input->uncertainty});
    document.flush();

    ui::Dashboard dashboard(&document);
    // --triad and --break-even choose as the charts' pickers do.
    AnalysisRequest request = document.analysisRequest();
    if (!applyAnalysisOptions(parser, input->catalog, document.results(), request) ||
        !applyComparisonOptions(parser, document.variantDocument(), request))
        return BadInput;
    document.setAnalysisRequest(request);
    document.flush();
    if (!drawBands(parser, document, dashboard))
        return BadInput;
    const auto charts = chosenCharts(parser, dashboard);
    if (!charts)
        return BadInput;
    ui::DeckOptions options;
    const bool deck = target->slides || target->out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    // A deck leaves out the charts with nothing to show (core's Insights say which) unless
    // --charts names them; single chart files are written as asked.
    options.charts =
        deck && !parser.isSet(QStringLiteral("charts")) ? ui::chartsWithContent(document, *charts) : *charts;
    options.date = QLocale(QLocale::English).toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    return deck ? writeDeck(document, options, *target) : writeChartFiles(*charts, *target);
}

} // namespace mlimpact::cli
