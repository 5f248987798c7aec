// SPDX-License-Identifier: GPL-3.0-or-later
#include "plot_layout.h"

#include <qcustomplot.h>

namespace mlimpact::ui {

QString inTwoLines(const QString &text)
{
    const int middle = static_cast<int>(text.size()) / 2;
    const int before = static_cast<int>(text.lastIndexOf(QLatin1Char(' '), middle));
    const int after = static_cast<int>(text.indexOf(QLatin1Char(' '), middle));
    const int at = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
    if (at < 0)
        return text;
    QString out = text;
    out[at] = QLatin1Char('\n');
    return out;
}

void relayoutLegend(QCustomPlot *plot)
{
    // Items added or removed leave gaps; filling again closes them.
    plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
}

void legendBelowPlot(QCustomPlot *plot, int columns)
{
    QCPAxisRect *rect = plot->axisRect();
    QCPLegend *legend = plot->legend;
    rect->insetLayout()->take(legend);
    plot->plotLayout()->simplify();
    // The row under the axis rect (the title, if any, is above it).
    int row = 0;
    while (row < plot->plotLayout()->rowCount() && plot->plotLayout()->element(row, 0) != rect)
        ++row;
    plot->plotLayout()->insertRow(row + 1);
    plot->plotLayout()->addElement(row + 1, 0, legend);
    plot->plotLayout()->setRowStretchFactor(row + 1, 0.001);
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // re-lays out the items already there
    legend->setMargins(QMargins(4, 2, 4, 2));
    legend->setBorderPen(Qt::NoPen);
}

} // namespace mlimpact::ui
