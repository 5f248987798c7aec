// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_style.h"

#include <QStringList>

#include <cmath>

namespace mlimpact::ui {

QString QuantityTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    if (tick == 0)
        return QStringLiteral("0");
    const std::string text = formatQuantity(std::abs(tick), m_quantity);
    return (tick < 0 ? QStringLiteral("−") : QString()) + QString::fromStdString(text);
}

QString wrappedLabel(const QString &text, int width)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.back().size() + 1 + word.size() <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mlimpact::ui
