// SPDX-License-Identifier: GPL-3.0-or-later
#include "hatched_bars.h"

#include "phase_style.h"

namespace mlimpact::ui {
namespace {

constexpr double kSpacing = 7; // pixels between hatch lines in a bar
constexpr double kLineWidth = 1.3;

} // namespace

HatchedBars::HatchedBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &fill, const QColor &line)
    : QCPBars(keyAxis, valueAxis)
    , m_line(line)
{
    setBrush(fill); // solid: the hatch is drawn over it
}

void HatchedBars::draw(QCPPainter *painter)
{
    QCPBars::draw(painter);
    QCPBarsDataContainer::const_iterator begin, end;
    getVisibleDataBounds(begin, end);
    for (auto it = begin; it != end; ++it) {
        if (it->value == 0)
            continue;
        const QRectF bar = getBarRect(it->key, it->value);
        // Inside the outline, so the hatch never paints over the bar's edge.
        drawHatch(*painter, bar.adjusted(0.5, 0.5, -0.5, -0.5), m_line, kSpacing, kLineWidth);
        if (pen().style() != Qt::NoPen) {
            painter->setPen(pen());
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(bar);
        }
    }
}

void HatchedBars::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->setBrush(brush());
    painter->setPen(pen());
    painter->drawRect(rect);
    // Three or four lines at any legend size (the presentation theme scales the icon).
    drawHatch(*painter, rect.adjusted(0.5, 0.5, -0.5, -0.5), m_line, std::max(3.0, rect.height() / 2.2),
              std::max(1.0, rect.height() / 8));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
}

} // namespace mlimpact::ui
