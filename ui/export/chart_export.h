// Publication-quality export of charts and whole slide decks: PNG at 1-3x,
// vector SVG and PDF (print-quality pens), all written atomically with the
// reason on failure. Used by the window and by the headless `export` command.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

class QImage;

namespace mlimpact::ui {

class ChartView;
class KpiTiles;
class PlotWidget;
class ScenarioDocument;

enum class ExportFormat { Png, Svg, Pdf };

/// "png", "svg", "pdf" -> format; false if unknown.
bool parseExportFormat(const QString &text, ExportFormat &format);
QString formatSuffix(ExportFormat format);

/// Renders one chart at `size` (logical pixels; PNG is multiplied by `scale`) into `bytes`;
/// false if the image could not be encoded.
bool renderChart(PlotWidget *plot, ExportFormat format, QSize size, double scale, QByteArray &bytes);

/// Renders one chart at `size` (logical pixels; PNG is multiplied by `scale`) to `path`;
/// returns the problems (empty on success).
Diagnostics exportChart(PlotWidget *plot, const QString &path, ExportFormat format, QSize size, double scale);

/// Copies a chart to the clipboard as an image (2x for crisp pasting).
void copyChartToClipboard(PlotWidget *plot, QSize size);

struct DeckOptions
{
    QList<ChartView *> charts; ///< in slide order
    QString date;              ///< shown on the title slide, e.g. "26 November 2026"
};

/// Why a chart has nothing to show for the document's scenario, as core's Insights say;
/// "" when it has something.
QString chartEmptyReason(const ScenarioDocument &document, const QString &chartId);

/// The charts a deck shows unless the user picks: those with something to show, in order.
QList<ChartView *> chartsWithContent(const ScenarioDocument &document, const QList<ChartView *> &charts);

/// A 16:9 multi-page PDF: a title slide with key figures, then one slide per chart
/// with its title, the chart, a takeaway computed from the Results, and a footer
/// with the chart's assumptions and sources. Charts are drawn in the presentation theme.
/// A chart with nothing to show gets a slide with its reason instead of an empty plot;
/// the title slide names the charts with nothing to show that are left out.
/// Returns the problems (empty on success).
Diagnostics exportDeckPdf(const ScenarioDocument &document, const DeckOptions &options, const QString &path);

/// The same slides as numbered PNG or SVG files in a folder (slide-01.png, ...), written
/// all or none. Returns the problems (empty on success).
Diagnostics exportDeckImages(const ScenarioDocument &document, const DeckOptions &options, const QString &directory,
                             ExportFormat format);

/// Number of slides a deck will have.
int deckSlideCount(const DeckOptions &options);

} // namespace mlimpact::ui
