// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_export.h"
#include "core_text.h"

#include "app_theme.h"

#include "chart_view.h"
#include "format.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_document.h"
#include "slide_pdf.h"
#include "slide_text.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace mlimpact::ui {
namespace {

// Slides are laid out on a 1920 x 1080 canvas (16:9).
constexpr int kSlideW = 1920;
constexpr int kSlideH = 1080;
constexpr int kMargin = 72;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

bool parseExportFormat(const QString &text, ExportFormat &format)
{
    const QString t = text.toLower();
    if (t == QLatin1String("png"))
        format = ExportFormat::Png;
    else if (t == QLatin1String("svg"))
        format = ExportFormat::Svg;
    else if (t == QLatin1String("pdf"))
        format = ExportFormat::Pdf;
    else
        return false;
    return true;
}

QString formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

bool renderChart(PlotWidget *plot, ExportFormat format, QSize size, double scale, QByteArray &bytes)
{
    bytes.clear();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const ExportPaletteScope light(plot);
    switch (format) {
    case ExportFormat::Png: {
        const QPixmap pixmap = plot->toPixmap(size.width(), size.height(), scale);
        if (!pixmap.save(&buffer, "PNG"))
            return false;
        break;
    }
    case ExportFormat::Svg: {
        // QCustomPlot 2.1 has no SVG call: paint through QSvgGenerator, vectorized.
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(plot->chartTitle());
        svg.setDescription(QStringLiteral("ML Impact Explorer"));
        QCPPainter painter;
        painter.begin(&svg);
        painter.setMode(QCPPainter::pmVectorized);
        plot->toPainter(&painter, size.width(), size.height());
        painter.end();
        break;
    }
    case ExportFormat::Pdf: {
        // Our own QPdfWriter (savePdf writes in place and says nothing on failure).
        QPdfWriter pdf(&buffer);
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(plot->chartTitle());
        pdf.setCreator(QStringLiteral("ML Impact Explorer"));
        QCPPainter painter;
        painter.begin(&pdf);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        painter.setMode(QCPPainter::pmNonCosmetic); // print-quality pens
        plot->toPainter(&painter, size.width(), size.height());
        painter.end();
        break;
    }
    }
    buffer.close();
    return true;
}

Diagnostics exportChart(PlotWidget *plot, const QString &path, ExportFormat format, QSize size, double scale)
{
    QByteArray bytes;
    if (!renderChart(plot, format, size, scale, bytes))
        return problem(path, QStringLiteral("could not encode the image"));
    return writeFileAtomically(path, bytes);
}

void copyChartToClipboard(PlotWidget *plot, QSize size)
{
    const ExportPaletteScope light(plot);
    QGuiApplication::clipboard()->setPixmap(plot->toPixmap(size.width(), size.height(), 2.0));
}

namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
/// Where a chart slide's takeaway ends: the footer starts below it.
constexpr int kTakeawayBottom = 958;
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kRule(0xcc, 0xcc, 0xcc);

void drawFooter(QPainter &p, const QString &left, const QString &right)
{
    p.setPen(QPen(kRule, 2));
    p.drawLine(kMargin, kSlideH - 118, kSlideW - kMargin, kSlideH - 118);
    drawWrapped(p, QRect(kMargin, kSlideH - 106, kSlideW - 2 * kMargin - 420, 96), left, pixelFont(19), kMuted);
    drawWrapped(p, QRect(kSlideW - kMargin - 400, kSlideH - 106, 400, 96), right, pixelFont(19), kMuted,
                Qt::AlignRight | Qt::AlignTop);
}

/// The titles of the charts with nothing to show that the deck leaves out, so an audience
/// knows those slides are missing on purpose; "" if none. (Their reasons are in the export
/// dialog, the command line's output and the report: too long for a title slide.)
QString leftOutText(const ScenarioDocument &doc, const DeckOptions &options)
{
    QStringList titles;
    for (const ChartInsight &c : doc.insights().charts) {
        const QString id = qs(c.chartId);
        const bool shown = std::any_of(options.charts.begin(), options.charts.end(),
                                       [&id](const ChartView *v) { return v->chartId() == id; });
        if (c.isEmpty() && !shown)
            titles << coreText(c.title);
    }
    if (titles.isEmpty())
        return {};
    return QObject::tr("Left out, nothing to show for this scenario: %1").arg(titles.join(QStringLiteral(" · ")));
}

void drawTitleSlide(QPainter &p, const ScenarioDocument &doc, const DeckOptions &options, int total)
{
    const Scenario &s = doc.scenario();
    p.fillRect(QRect(0, 0, kSlideW, kSlideH), Qt::white);
    p.fillRect(QRect(0, 0, 24, kSlideH), QColor(0x00, 0x72, 0xB2));
    int y = 90;
    y += drawWrapped(p, QRect(kMargin, y, kSlideW - 2 * kMargin, 180), qs(s.system.name), pixelFont(66, true), kInk);
    y += 10;
    y += drawWrapped(p, QRect(kMargin, y, kSlideW - 2 * kMargin, 60),
                     QObject::tr("Life-cycle environmental impact over %1 years · %2")
                         .arg(qs(formatSignificant(s.system.service_years, 2)), options.date),
                     pixelFont(32), kMuted);
    y += 40;
    // The same headline figures as the window's tiles, worded once in core.
    QList<const HeadlineFigure *> figures;
    for (const char *id :
         {"total_carbon", "energy", "water", "ewaste", "embodied_share", "deployment_to_development"}) {
        if (const HeadlineFigure *f = doc.insights().headline(id))
            figures << f;
    }
    const int boxW = (kSlideW - 2 * kMargin - 2 * 36) / 3, boxH = 200;
    for (int i = 0; i < figures.size(); ++i) {
        const QRect box(kMargin + (i % 3) * (boxW + 36), y + (i / 3) * (boxH + 30), boxW, boxH);
        p.setPen(QPen(kRule, 2));
        p.setBrush(QColor(0xf6, 0xf6, 0xf6));
        p.drawRoundedRect(box, 12, 12);
        drawWrapped(p, box.adjusted(24, 16, -24, 0), coreText(figures[i]->caption), pixelFont(24), kMuted);
        drawWrapped(p, box.adjusted(24, 52, -24, 0), qs(figures[i]->text), pixelFont(54, true), kInk);
        drawWrapped(p, box.adjusted(24, 128, -24, -8), qs(figures[i]->detail), pixelFont(21), kMuted);
    }
    y += 2 * (boxH + 30) + 10;
    // What is left out is said in full; a long description gets smaller type to fit above it.
    const int width = kSlideW - 2 * kMargin, bottom = kSlideH - 130;
    const QString leftOut = leftOutText(doc, options);
    const int leftOutHeight = leftOut.isEmpty() ? 0 : wrappedHeight(leftOut, pixelFont(20), width) + 18;
    const QString description = qs(s.system.description);
    const QFont descriptionFont = fittingFont(description, width, bottom - leftOutHeight - y, 23, 15);
    y += drawWrapped(p, QRect(kMargin, y, width, bottom - leftOutHeight - y), description, descriptionFont, kInk);
    if (!leftOut.isEmpty())
        drawWrapped(p, QRect(kMargin, y + 18, width, bottom - y - 18), leftOut, pixelFont(20), kMuted);
    drawFooter(p,
               QObject::tr("Equivalents: see each figure's source in the app (Strubell et al. 2019; US EPA; EIA; "
                           "Li et al.; Global E-waste Monitor 2024). Model and sources: docs/model.md."),
               QObject::tr("ML Impact Explorer\n1 / %1").arg(total));
}

/// A chart the user chose although it has nothing to show: its reason, large, instead of empty axes.
void drawEmptyChart(QPainter &p, const QRect &area, const QString &reason)
{
    const QRect box = area.adjusted(160, 150, -160, -150);
    p.setPen(QPen(kRule, 2));
    p.setBrush(QColor(0xf6, 0xf6, 0xf6));
    p.drawRoundedRect(box, 16, 16);
    drawWrapped(p, box.adjusted(60, 40, -60, -40), QObject::tr("Nothing to show for this scenario"),
                pixelFont(30, true), kMuted, Qt::AlignHCenter | Qt::AlignTop);
    drawWrapped(p, box.adjusted(60, 110, -60, -40), reason, pixelFont(36), kInk, Qt::AlignHCenter | Qt::AlignTop);
}

void drawChartSlide(QPainter &p, ChartView *chart, const ScenarioDocument &doc, int number, int total)
{
    p.fillRect(QRect(0, 0, kSlideW, kSlideH), Qt::white);
    p.fillRect(QRect(0, 0, 24, kSlideH), QColor(0x00, 0x72, 0xB2));
    // The chart's own title is the slide title; the plot is drawn without it below.
    drawWrapped(p, QRect(kMargin, 44, kSlideW - 2 * kMargin, 70), chart->title(), pixelFont(50, true), kInk);
    // The takeaway gets the lines it needs (up to four) and the plot gives up the height, so a long
    // takeaway is never cut off at the footer.
    const QFont takeawayFont = pixelFont(36, true);
    const int width = kSlideW - 2 * kMargin;
    const int needed = QFontMetrics(takeawayFont)
                           .boundingRect(QRect(0, 0, width, kSlideH), Qt::TextWordWrap, chart->takeaway())
                           .height();
    const int takeawayHeight = std::clamp(needed, 110, 200);
    const int takeawayTop = kTakeawayBottom - takeawayHeight;
    const QRect area(kMargin, 128, width, takeawayTop - 20 - 128);
    if (const QString reason = chartEmptyReason(doc, chart->chartId()); !reason.isEmpty()) {
        drawEmptyChart(p, area, reason);
        drawFooter(p, QObject::tr("Assumptions and sources: %1").arg(chart->note()),
                   QObject::tr("%1\n%2 / %3").arg(doc.displayName()).arg(number).arg(total));
        return;
    }
    PlotWidget *plot = chart->plot();
    const QString title = plot->chartTitle();
    plot->setChartTitle(QString());
    p.save();
    p.translate(area.topLeft());
    const ExportPaletteScope light(plot, false); // the slide is white in every theme
    plot->toPainter(static_cast<QCPPainter *>(&p), area.width(), area.height());
    p.restore();
    plot->setChartTitle(title);
    drawWrapped(p, QRect(kMargin, takeawayTop, width, takeawayHeight), chart->takeaway(), takeawayFont,
                QColor(0x00, 0x4a, 0x7f));
    drawFooter(p, QObject::tr("Assumptions and sources: %1").arg(chart->note()),
               QObject::tr("%1\n%2 / %3").arg(doc.displayName()).arg(number).arg(total));
}

/// Draws slide `index` (0 = title) on a painter whose canvas is 1920 x 1080.
void drawSlide(QCPPainter &painter, int index, const ScenarioDocument &doc, const DeckOptions &options)
{
    const int total = deckSlideCount(options);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (index == 0)
        drawTitleSlide(painter, doc, options, total);
    else
        drawChartSlide(painter, options.charts[index - 1], doc, index + 1, total);
}

/// Charts in the presentation theme while a deck is drawn.
class PresentationScope
{
public:
    explicit PresentationScope(const QList<ChartView *> &charts)
        : m_charts(charts)
    {
        for (auto *c : m_charts) {
            m_was.append(c->plot()->presentation());
            c->plot()->setPresentationScale(2.1); // slides are seen from across a room
            c->setPresentation(true);
        }
    }
    ~PresentationScope()
    {
        for (int i = 0; i < m_charts.size(); ++i) {
            m_charts[i]->plot()->setPresentationScale(1.45);
            m_charts[i]->setPresentation(m_was[i]);
        }
    }

private:
    QList<ChartView *> m_charts;
    QList<bool> m_was;
};

} // namespace

QString chartEmptyReason(const ScenarioDocument &document, const QString &chartId)
{
    const ChartInsight *insight = document.insights().chart(chartId.toStdString());
    return insight && insight->isEmpty() ? QString::fromStdString(insight->emptyReason) : QString();
}

QList<ChartView *> chartsWithContent(const ScenarioDocument &document, const QList<ChartView *> &charts)
{
    QList<ChartView *> out;
    for (ChartView *c : charts) {
        if (chartEmptyReason(document, c->chartId()).isEmpty())
            out << c;
    }
    return out;
}

int deckSlideCount(const DeckOptions &options)
{
    return 1 + static_cast<int>(options.charts.size());
}

Diagnostics exportDeckPdf(const ScenarioDocument &document, const DeckOptions &options, const QString &path)
{
    const PresentationScope scope(options.charts);
    QByteArray bytes;
    const auto draw = [&](QCPPainter &painter, int i) { drawSlide(painter, i, document, options); };
    if (!renderSlidesPdf(QString::fromStdString(document.scenario().system.name), QSize(kSlideW, kSlideH),
                         deckSlideCount(options), draw, bytes))
        return problem(path, QStringLiteral("could not start the PDF"));
    return writeFileAtomically(path, bytes);
}

Diagnostics exportDeckImages(const ScenarioDocument &document, const DeckOptions &options, const QString &directory,
                             ExportFormat format)
{
    // Every slide is rendered before anything is written, and then written all or none:
    // a full disk must not leave a mix of new and old slides.
    const PresentationScope scope(options.charts);
    QList<NamedBytes> files;
    for (int i = 0; i < deckSlideCount(options); ++i) {
        const QString name =
            QStringLiteral("slide-%1.%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(formatSuffix(format));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (format == ExportFormat::Svg) {
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            svg.setSize(QSize(kSlideW, kSlideH));
            svg.setViewBox(QRect(0, 0, kSlideW, kSlideH));
            svg.setResolution(96);
            QCPPainter painter;
            painter.begin(&svg);
            painter.setMode(QCPPainter::pmVectorized);
            drawSlide(painter, i, document, options);
            painter.end();
        } else {
            QImage image(kSlideW, kSlideH, QImage::Format_ARGB32_Premultiplied);
            image.setDotsPerMeterX(3780); // 96 dpi, as the layout assumes
            image.setDotsPerMeterY(3780);
            image.fill(Qt::white);
            QCPPainter painter(&image);
            drawSlide(painter, i, document, options);
            painter.end();
            image.save(&buffer, "PNG");
        }
        buffer.close();
        files.append({name, bytes});
    }
    return writeFilesAtomically(directory, files);
}

} // namespace mlimpact::ui
