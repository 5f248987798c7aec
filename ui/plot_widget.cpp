// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_widget.h"

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
}

void PlotWidget::setChartTitle(const QString &title)
{
    m_title->setText(title);
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

} // namespace mlimpact::ui
