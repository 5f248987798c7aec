// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_widget.h"

#include <QToolTip>

namespace mlimpact::ui {

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
    m_title->setTextColor(palette().color(QPalette::Text));
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
    legend->setIconSize(static_cast<int>(14 * scale), static_cast<int>(9 * scale));
    legend->setTextColor(text);
    legend->setBrush(palette().base());
    legend->setBorderPen(QPen(grid));
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
