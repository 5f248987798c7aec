// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_command.h"

#include "chart_export.h"
#include "chart_registry.h"
#include "chart_view.h"
#include "cli.h"
#include "dashboard.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_document.h"
#include "scenario_io.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>

namespace mlimpact::cli {
namespace {

void err(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
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
         QStringLiteral("Comma-separated chart ids (default: all): %1.").arg(ui::chartIds().join(QStringLiteral(", "))),
         QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Chart size in pixels (default 1200x800)."),
                      QStringLiteral("WxH"), QStringLiteral("1200x800")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("PNG scale factor 1-3 (default 2)."), QStringLiteral("N"),
                      QStringLiteral("2")});
    parser.addOption({QStringLiteral("slides"), QStringLiteral("Write slides (not bare charts) into the folder.")});
    if (const auto done = parseArguments(parser, args))
        return *done;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        err(QStringLiteral("error: --out is required (a folder, or deck.pdf)"));
        return BadInput;
    }
    ui::ExportFormat format;
    if (!ui::parseExportFormat(parser.value(QStringLiteral("format")), format)) {
        err(QStringLiteral("error: --format: expected png, svg or pdf, found \"%1\"")
                .arg(parser.value(QStringLiteral("format"))));
        return BadInput;
    }
    const auto sizeMatch =
        QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(QStringLiteral("size")));
    if (!sizeMatch.hasMatch()) {
        err(QStringLiteral("error: --size: expected WIDTHxHEIGHT in pixels, e.g. 1200x800"));
        return BadInput;
    }
    const QSize size(sizeMatch.captured(1).toInt(), sizeMatch.captured(2).toInt());
    if (size.width() < 200 || size.height() < 150 || size.width() > 10000 || size.height() > 10000) {
        err(QStringLiteral("error: --size: expected between 200x150 and 10000x10000"));
        return BadInput;
    }
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || scale < 1 || scale > 3) {
        err(QStringLiteral("error: --scale: expected a number from 1 to 3"));
        return BadInput;
    }

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
    document.reset(input->scenario);
    document.flush();

    ui::Dashboard dashboard(&document);
    QList<ui::ChartView *> charts = dashboard.charts();
    if (parser.isSet(QStringLiteral("charts"))) {
        QList<ui::ChartView *> chosen;
        for (const QString &id : parser.value(QStringLiteral("charts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            ui::ChartView *c = dashboard.chart(id.trimmed());
            if (!c) {
                err(QStringLiteral("error: --charts: unknown chart \"%1\"; expected one of %2")
                        .arg(id.trimmed(), ui::chartIds().join(QStringLiteral(", "))));
                return BadInput;
            }
            chosen << c;
        }
        charts = chosen;
    }

    ui::DeckOptions options;
    options.charts = charts;
    options.date = QLocale(QLocale::English).toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    if (out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) && !parser.isSet(QStringLiteral("slides"))) {
        if (const auto problems = ui::exportDeckPdf(document, options, out); !problems.empty()) {
            printDiagnostics(problems, false);
            return Failure;
        }
        std::printf("wrote %s (%d slides)\n", qPrintable(out), ui::deckSlideCount(options));
        return Ok;
    }
    if (parser.isSet(QStringLiteral("slides"))) {
        if (format == ui::ExportFormat::Pdf) {
            err(QStringLiteral("error: --slides writes png or svg files; for a PDF deck use --out deck.pdf"));
            return BadInput;
        }
        if (const auto problems = ui::exportDeckImages(document, options, out, format); !problems.empty()) {
            printDiagnostics(problems, false);
            return Failure;
        }
        std::printf("wrote %d slides to %s\n", ui::deckSlideCount(options), qPrintable(out));
        return Ok;
    }
    // All charts are rendered first and then written all or none (see writeFilesAtomically).
    QList<ui::NamedBytes> files;
    for (ui::ChartView *c : charts) {
        const QString name = c->chartId() + QLatin1Char('.') + ui::formatSuffix(format);
        QByteArray bytes;
        if (!ui::renderChart(c->plot(), format, size, scale, bytes)) {
            printDiagnostics(ui::problem(QDir(out).filePath(name), QStringLiteral("could not encode the image")),
                             false);
            return Failure;
        }
        files.append({name, bytes});
    }
    if (const auto problems = ui::writeFilesAtomically(out, files); !problems.empty()) {
        printDiagnostics(problems, false);
        return Failure;
    }
    for (const auto &file : files)
        std::printf("wrote %s\n", qPrintable(QDir(out).filePath(file.first)));
    return Ok;
}

} // namespace mlimpact::cli
