// Shared by the comparison charts (compare, bridge): one display unit for a value axis
// ("t CO₂e" for totals in the tens of tonnes), chosen as formatQuantity would print the
// axis's largest value, so the ticks are plain numbers and the axis label names the unit.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"

#include <qcustomplot.h>

namespace mlimpact::ui {

struct AxisUnit
{
    double scale = 1; ///< base units per display unit (1000 for kg -> t)
    QString unit;     ///< "t CO₂e"
};

/// The unit formatQuantity gives `largest` ("52.4 t CO₂e" -> 1000, "t CO₂e"); `baseUnit` if none.
AxisUnit axisUnitFor(double largest, Quantity quantity, const QString &baseUnit);

/// Tick labels in the display unit (values stay in base units).
class ScaledTicker : public QCPAxisTicker
{
public:
    explicit ScaledTicker(double scale)
        : m_scale(scale)
    {
        setTickCount(3); // labels in a small dashboard cell must not run into each other
    }

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double m_scale;
};

/// How a bar chart's row labels fit: one line each (wide plot), two lines (narrow but tall
/// enough), or one short line (narrow and short: a dashboard cell in the presentation theme).
enum class LabelLayout { OneLine, TwoLines, Short };
LabelLayout labelLayout(const QCustomPlot *plot, bool presentation, int rows);

/// "On the phones,\n2% share": words joined into lines of about `width` characters.
QString wrappedLabel(const QString &text, int width);

/// Fills a text ticker with `labels` at keys 1, 2, ...
void setTickLabels(QCPAxis *axis, const QStringList &labels);

} // namespace mlimpact::ui
