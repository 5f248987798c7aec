// SPDX-License-Identifier: GPL-3.0-or-later
#include "phase_style.h"

#include <QPainter>
#include <QPixmap>

namespace mlimpact::ui {
namespace {

QBrush hatch(const QColor &fill, const QColor &line)
{
    QPixmap tile(8, 8);
    tile.fill(fill);
    QPainter painter(&tile);
    painter.setPen(QPen(line, 1.5));
    painter.drawLine(0, 8, 8, 0);
    return QBrush(tile);
}

} // namespace

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

QBrush embodiedBrush(Phase phase)
{
    return hatch(embodiedColor(phase), phaseColor(phase));
}

QBrush embodiedKeyBrush()
{
    return hatch(QColor(0xdd, 0xdd, 0xdd), QColor(0x55, 0x55, 0x55));
}

QString phaseName(Phase phase)
{
    const auto label = phaseLabel(phase);
    return QString::fromUtf8(label.data(), static_cast<qsizetype>(label.size()));
}

} // namespace mlimpact::ui
