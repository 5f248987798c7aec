// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_widget.h"

#include "chart_palette.h"

#include <QFontMetrics>
#include <QToolTip>

namespace mlimpact::ui {
namespace {

/// A message centred over all axis rects, word-wrapped to fit them, on an opaque box.
class EmptyStateItem : public QCPAbstractItem
{
public:
    explicit EmptyStateItem(QCustomPlot *plot)
        : QCPAbstractItem(plot)
    {
        setClipToAxisRect(false); // spans every axis rect (the time-place chart has two)
        setSelectable(false);
        setLayer(QStringLiteral("legend"));
    }
    QString text;
    QFont font;
    QColor textColor, background, border;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override
    {
        if (text.isEmpty())
            return;
        QRectF area;
        for (QCPAxisRect *rect : mParentPlot->axisRects())
            area = area.isNull() ? QRectF(rect->rect()) : area.united(rect->rect());
        const double pad = QFontMetricsF(font).height() * 0.6;
        const QRectF room = area.adjusted(pad * 2, pad * 2, -pad * 2, -pad * 2);
        if (room.width() <= 0 || room.height() <= 0)
            return;
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        const QRectF needed =
            QFontMetricsF(font).boundingRect(QRectF(0, 0, room.width() * 0.85, room.height()), flags, text);
        QRectF box(0, 0, needed.width() + 2 * pad, needed.height() + 2 * pad);
        box.moveCenter(area.center());
        painter->setPen(QPen(border, 1));
        painter->setBrush(background);
        painter->drawRoundedRect(box, pad / 2, pad / 2);
        painter->setFont(font);
        painter->setPen(textColor);
        painter->drawText(box.adjusted(pad, pad, -pad, -pad), flags, text);
    }
};

} // namespace

PlotWidget::PlotWidget(QWidget *parent)
    : QCustomPlot(parent)
{
    setPlottingHints(QCP::phCacheLabels | QCP::phFastPolylines);
    setNoAntialiasingOnDrag(true);
    setBackground(palette().base());
    plotLayout()->insertRow(0);
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 2, QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    setMouseTracking(true);
    applyTheme();
}

void PlotWidget::setChartTitle(const QString &title)
{
    m_title->setText(title);
    fitTitle();
}

void PlotWidget::resizeEvent(QResizeEvent *event)
{
    QCustomPlot::resizeEvent(event);
    fitTitle();
}

void PlotWidget::fitTitle()
{
    // A title wider than the chart was clipped at both ends in the presentation theme.
    const double scale = m_presentation ? m_presentationScale : 1.0;
    QFont title = font();
    const double full = (font().pointSizeF() + 2) * scale;
    title.setPointSizeF(full);
    title.setBold(true);
    const int room = width() - 16;
    for (double size = full; size > full * 0.6 && room > 0; size *= 0.95) {
        title.setPointSizeF(size);
        if (QFontMetrics(title).horizontalAdvance(m_title->text()) <= room)
            break;
    }
    m_title->setFont(title);
}

QString PlotWidget::chartTitle() const
{
    return m_title->text();
}

void PlotWidget::setPresentation(bool on)
{
    m_presentation = on;
    applyTheme();
    for (int i = 0; i < plottableCount(); ++i) {
        QCPAbstractPlottable *item = plottable(i);
        QPen pen = item->pen();
        // Lines get thicker (from the width each was given); bar outlines stay thin.
        if (qobject_cast<QCPGraph *>(item) && pen.style() != Qt::NoPen) {
            if (!item->property("baseWidth").isValid())
                item->setProperty("baseWidth", pen.widthF());
            const double base = item->property("baseWidth").toDouble();
            pen.setWidthF(on ? base * m_presentationScale : base);
            item->setPen(pen);
        }
    }
    replot(rpQueuedReplot);
}

void PlotWidget::applyTheme()
{
    const double scale = m_presentation ? m_presentationScale : 1.0;
    const QFont base = font();
    QFont tick = base;
    tick.setPointSizeF(base.pointSizeF() * scale);
    QFont label = tick;
    QFont title = base;
    title.setPointSizeF((base.pointSizeF() + 2) * scale);
    title.setBold(true);
    m_title->setFont(title);
    fitTitle();
    // The title, and any captions a chart put in the layout (the time-place chart's panels).
    for (QCPLayoutElement *element : plotLayout()->elements(true))
        if (auto *caption = qobject_cast<QCPTextElement *>(element))
            caption->setTextColor(palette().color(QPalette::Text));
    setBackground(palette().base());
    restyleInk(this, palette());
    const QColor text = palette().color(QPalette::Text);
    const QColor grid = palette().color(QPalette::Mid);
    for (QCPAxisRect *rect : axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setTickLabelFont(tick);
            axis->setLabelFont(label);
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        }
    }
    QFont legendFont = tick;
    legendFont.setPointSizeF(tick.pointSizeF() * 0.92);
    legend->setFont(legendFont);
    // Text items (messages, labels) follow the theme from the size each was given.
    for (int i = 0; i < itemCount(); ++i) {
        if (auto *note = qobject_cast<QCPItemText *>(item(i))) {
            if (!note->property("basePointSize").isValid())
                note->setProperty("basePointSize", note->font().pointSizeF());
            QFont f = note->font();
            f.setPointSizeF(note->property("basePointSize").toDouble() * scale);
            note->setFont(f);
        }
    }
    if (auto *empty = static_cast<EmptyStateItem *>(m_emptyState)) {
        empty->font = label;
        empty->textColor = text;
        empty->background = palette().base().color();
        empty->border = grid;
    }
    legend->setIconSize(static_cast<int>(14 * scale), static_cast<int>(9 * scale));
    legend->setTextColor(text);
    legend->setBrush(palette().base());
    legend->setBorderPen(QPen(grid));
}

void PlotWidget::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    // A theme switch (or an export's light palette) arrives as a palette change.
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
        emit paletteChanged();
        replot(rpQueuedReplot);
    }
}

void PlotWidget::setEmptyState(const QString &reason)
{
    if (!m_emptyState) {
        m_emptyState = new EmptyStateItem(this);
        applyTheme();
    }
    static_cast<EmptyStateItem *>(m_emptyState)->text = reason;
    replot(rpQueuedReplot);
}

QString PlotWidget::emptyState() const
{
    return m_emptyState ? static_cast<EmptyStateItem *>(m_emptyState)->text : QString();
}

QStringList PlotWidget::legendNames() const
{
    QStringList names;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (auto *entry = qobject_cast<QCPPlottableLegendItem *>(legend->item(i)))
            names << entry->plottable()->name();
    }
    return names;
}

void PlotWidget::placeLegendOutside()
{
    // Row 1 becomes [axis rect | legend] so the title row above still spans the width.
    QCPAxisRect *rect = axisRect();
    rect->insetLayout()->take(legend);
    plotLayout()->take(rect);
    plotLayout()->simplify();
    auto *row = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, row);
    row->addElement(0, 0, rect);
    auto *side = new QCPLayoutGrid;
    row->addElement(0, 1, side);
    row->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, legend);
    side->addElement(1, 0, new QCPLayoutElement(this)); // takes the rest of the height
    side->setRowStretchFactor(0, 0.001);
    legend->setMargins(QMargins(6, 4, 6, 4));
}

void PlotWidget::paintEvent(QPaintEvent *event)
{
    // QCustomPlot 2.1.0 keeps its buffer at the ratio it started with; moving
    // to a screen with another scale would leave the plot blurry (fixed in 2.1.1).
    const double dpr = devicePixelRatioF();
    if (!qFuzzyCompare(bufferDevicePixelRatio(), dpr)) {
        setBufferDevicePixelRatio(dpr);
        replot(QCustomPlot::rpQueuedRefresh);
        return;
    }
    QCustomPlot::paintEvent(event);
}

void PlotWidget::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (!m_tooltip)
        return;
    int index = -1;
    QCPAbstractPlottable *p = plottableAt(event->position(), false, &index);
    const QString text = p ? m_tooltip(p, index) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
}

} // namespace mlimpact::ui
