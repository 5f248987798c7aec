// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_style.h"
#include "core_text.h"

#include <QPainter>

#include <cmath>

namespace mlimpact::ui {

QColor phaseColor(Phase phase)
{
    switch (phase) {
    case Phase::Development:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Phase::Nas:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case Phase::Training:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Phase::Deployment:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Phase::Edge:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case Phase::Disposal:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return Qt::gray;
}

QColor embodiedColor(Phase phase)
{
    return phaseColor(phase).lighter(150);
}

QColor embodiedKeyFill()
{
    return Qt::white;
}

QColor embodiedKeyLine()
{
    return QColor(0x33, 0x33, 0x33);
}

void drawHatch(QPainter &painter, const QRectF &input, const QColor &line, double spacing, double width)
{
    const QRectF rect = input.normalized();
    if (rect.isEmpty() || spacing <= 0)
        return;
    painter.save();
    painter.setPen(QPen(line, width, Qt::SolidLine, Qt::FlatCap));
    painter.setBrush(Qt::NoBrush);
    // Each "/" line is x + y = c; it crosses the rectangle for c between left+top and right+bottom.
    const double first = std::ceil((rect.left() + rect.top()) / spacing) * spacing;
    for (double c = first; c < rect.right() + rect.bottom(); c += spacing) {
        const double x0 = std::max(rect.left(), c - rect.bottom());
        const double x1 = std::min(rect.right(), c - rect.top());
        if (x1 > x0)
            painter.drawLine(QPointF(x0, c - x0), QPointF(x1, c - x1));
    }
    painter.restore();
}

QString phaseName(Phase phase)
{
    return coreText(phaseLabel(phase));
}

bool phaseHasImpact(const Results &results, Phase phase)
{
    const Impacts &i = results.phase(phase);
    return i.energy_kwh > 0 || i.carbon_kgco2e() > 0 || i.water_l() > 0 || i.ewaste_kg > 0 ||
           results.chain(phase).ewaste_source_kg > 0;
}

} // namespace mlimpact::ui
