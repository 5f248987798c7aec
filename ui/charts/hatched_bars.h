// Bars for embodied impacts: a light fill under diagonal hatching, drawn as lines so the
// hatch is the same on screen, in PNG, PDF and SVG (Qt's SVG generator drops pattern brushes).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace mlimpact::ui {

class HatchedBars : public QCPBars
{
    Q_OBJECT
public:
    HatchedBars(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &fill, const QColor &line);

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    QColor m_line;
};

} // namespace mlimpact::ui
