// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_style.h"

#include "number_locale.h"

#include <cmath>

namespace mlimpact::ui {

AxisUnit axisUnitFor(double largest, Quantity quantity, const QString &baseUnit)
{
    const QString text = QString::fromStdString(formatQuantity(std::abs(largest), quantity));
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    // The text has the window's decimal separator ("1,50 kt" in German); read it back as C.
    const QString number =
        text.left(space).replace(QString::fromStdString(displayDecimalSeparator()), QStringLiteral("."));
    bool ok = false;
    const double shown = space > 0 ? number.toDouble(&ok) : 0;
    if (!ok || !(shown > 0) || !(std::abs(largest) > 0))
        return {1, baseUnit};
    // The units are powers of ten apart (t = 1000 kg, ML = 1e6 L, ZFLOP = 1e21 FLOP); `shown` is rounded.
    return {std::pow(10.0, std::round(std::log10(std::abs(largest) / shown))), text.mid(space + 1)};
}

QString ScaledTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    return QCPAxisTicker::getTickLabel(tick / m_scale, locale, formatChar, precision);
}

LabelLayout labelLayout(const QCustomPlot *plot, bool presentation, int rows)
{
    // A plot never shown (the command line's export) has no size of its own: slides are wide.
    // Below ~420 px at the window's font size, labels of ~25 characters on both sides leave
    // the bars no room; the presentation theme's larger fonts count as less width.
    if (!plot->isVisible() || plot->width() / (presentation ? 1.45 : 1.0) >= 420)
        return LabelLayout::OneLine;
    const double line = QFontMetricsF(plot->yAxis->tickLabelFont()).height();
    const double perRow = plot->axisRect()->height() / std::max(1.0, static_cast<double>(rows));
    return perRow >= 2.1 * line ? LabelLayout::TwoLines : LabelLayout::Short;
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

void setTickLabels(QCPAxis *axis, const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < labels.size(); ++i)
        ticker->addTick(static_cast<double>(i + 1), labels[i]);
    axis->setTicker(ticker);
}

} // namespace mlimpact::ui
