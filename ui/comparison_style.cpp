// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_style.h"

#include <cmath>

namespace mlimpact::ui {

AxisUnit axisUnitFor(double largest, Quantity quantity, const QString &baseUnit)
{
    const QString text = QString::fromStdString(formatQuantity(std::abs(largest), quantity));
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    bool ok = false;
    const double shown = space > 0 ? text.left(space).toDouble(&ok) : 0;
    if (!ok || !(shown > 0) || !(std::abs(largest) > 0))
        return {1, baseUnit};
    // The units are powers of ten apart (t = 1000 kg, ML = 1e6 L, ZFLOP = 1e21 FLOP); `shown` is rounded.
    return {std::pow(10.0, std::round(std::log10(std::abs(largest) / shown))), text.mid(space + 1)};
}

QString ScaledTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    return QCPAxisTicker::getTickLabel(tick / m_scale, locale, formatChar, precision);
}

} // namespace mlimpact::ui
