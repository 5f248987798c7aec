// SPDX-License-Identifier: GPL-3.0-or-later
#include "what_changed_chart.h"
#include "chart_palette.h"
#include "core_text.h"

#include "plot_widget.h"

#include <algorithm>

namespace mlimpact::ui {

/// One row of the table: a variant's heading (no values), or a changed parameter.
struct ChangeRow
{
    QString label;
    QString baseline;
    QString variant;
    bool heading = false;
};

/// Paints the rows over the axis rect (the axes are hidden), shrinking the font to fit.
class ChangeTableItem : public QCPAbstractItem
{
public:
    explicit ChangeTableItem(QCustomPlot *plot)
        : QCPAbstractItem(plot)
    {
        setClipToAxisRect(false);
        setSelectable(false);
    }
    QList<ChangeRow> rows;

    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;
};

void ChangeTableItem::draw(QCPPainter *painter)
{
    if (rows.isEmpty())
        return;
    const QRectF area = mParentPlot->axisRect()->rect();
    // Drawn in the plot's palette: the window's theme on screen, the light one in exports.
    const QPalette &palette = mParentPlot->palette();
    const QColor ink = inkColor(Ink::Text, palette);
    const QColor heading = readableOn(QColor(0x00, 0x4a, 0x7f), palette);
    const QColor rule = inkColor(Ink::Faint, palette);
    QFont font = mParentPlot->xAxis->tickLabelFont();
    const int lines = static_cast<int>(rows.size()) + 1; // + the column headings
    // Shrink to fit, down to 70% of the theme's size; what still does not fit is counted.
    double rowHeight = QFontMetricsF(font).height() * 1.35;
    if (rowHeight * lines > area.height()) {
        font.setPointSizeF(std::max(font.pointSizeF() * 0.7, font.pointSizeF() * area.height() / (rowHeight * lines)));
        rowHeight = QFontMetricsF(font).height() * 1.35;
    }
    const int fit = std::max(1, static_cast<int>(area.height() / rowHeight) - 1);
    const int shown = std::min(fit, static_cast<int>(rows.size()));
    const double x0 = area.left(), w = area.width();
    const double cols[] = {x0, x0 + 0.5 * w, x0 + 0.75 * w, x0 + w};
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font), boldMetrics(bold);
    auto cell = [&](int column, double y, const QString &text, const QFont &f, const QColor &color) {
        const double pad = metrics.averageCharWidth() * 0.6;
        const double width = cols[column + 1] - cols[column] - 2 * pad;
        painter->setFont(f);
        painter->setPen(color);
        painter->drawText(QRectF(cols[column] + pad, y, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(f).elidedText(text, Qt::ElideRight, width));
    };
    double y = area.top();
    cell(0, y, QObject::tr("Parameter"), bold, ink);
    cell(1, y, QObject::tr("Baseline"), bold, ink);
    cell(2, y, QObject::tr("Variant"), bold, ink);
    y += rowHeight;
    painter->setPen(QPen(ink, 1));
    painter->drawLine(QPointF(x0, y), QPointF(x0 + w, y));
    for (int i = 0; i < shown; ++i) {
        const ChangeRow &row = rows[i];
        const bool more = i == shown - 1 && shown < rows.size();
        if (more) {
            cell(0, y, QObject::tr("… and %n more row(s)", nullptr, static_cast<int>(rows.size()) - shown + 1), font,
                 ink);
            break;
        }
        if (row.heading) {
            painter->setPen(QPen(rule, 1));
            if (i > 0)
                painter->drawLine(QPointF(x0, y), QPointF(x0 + w, y));
            painter->setFont(bold);
            painter->setPen(heading);
            painter->drawText(QRectF(x0 + metrics.averageCharWidth() * 0.6, y, w, rowHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, boldMetrics.elidedText(row.label, Qt::ElideRight, w));
        } else {
            cell(0, y, row.label, font, ink);
            cell(1, y, row.baseline, font, ink);
            cell(2, y, row.variant, bold, ink);
        }
        y += rowHeight;
    }
}

WhatChangedChart::WhatChangedChart(QWidget *parent)
    : ChartView(QStringLiteral("what-changed"), parent)
    , m_table(new ChangeTableItem(plot()))
{
    PlotWidget *p = plot();
    p->xAxis->setVisible(false);
    p->yAxis->setVisible(false);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->axisRect()->setAutoMargins(QCP::msNone);
    p->axisRect()->setMargins(QMargins(8, 8, 8, 8));
    setNote(tr("Values with their units as the scenario file sets them; “catalog (…)” is the catalog's figure, "
               "which the variant does not override. Every other parameter is the baseline's."));
    p->applyTheme();
}

void WhatChangedChart::showData(const ChartData &input)
{
    m_table->rows.clear();
    if (const auto &comparison = input.analyses.comparison) {
        for (const auto &v : comparison->variants) {
            m_table->rows.append({qs(v.name), {}, {}, true});
            if (v.changes.empty())
                m_table->rows.append({tr("Nothing differs from the baseline"), {}, {}, false});
            for (const auto &c : v.changes)
                m_table->rows.append({coreText(c.label), qs(c.baselineText), qs(c.variantText), false});
        }
    }
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

QStringList WhatChangedChart::rows() const
{
    QStringList out;
    for (const ChangeRow &row : m_table->rows)
        out << (row.heading ? row.label
                            : QStringList{row.label, row.baseline, row.variant}.join(QStringLiteral(" | ")));
    return out;
}

} // namespace mlimpact::ui
