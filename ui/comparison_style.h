// Shared by the comparison charts (compare, bridge): an axis ticker that labels values in
// a criterion's own units ("1.2 kt CO₂e"), and variant names broken into short lines so
// several fit under a dashboard cell's axis.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "format.h"

#include <qcustomplot.h>

namespace mlimpact::ui {

/// Tick labels via formatQuantity, so the axis speaks the unit the takeaway uses.
class QuantityTicker : public QCPAxisTicker
{
public:
    explicit QuantityTicker(Quantity quantity)
        : m_quantity(quantity)
    {}

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override;

private:
    Quantity m_quantity;
};

/// "Pruned for\nthe GPU": words joined into lines of about `width` characters.
QString wrappedLabel(const QString &text, int width = 14);

} // namespace mlimpact::ui
