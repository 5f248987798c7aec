// "What moves the total from the baseline to a variant?": a horizontal waterfall from the
// baseline's total (top bar) through one floating bar per cause the variant touches (adding
// vermillion, removing green; the signed amount on the right axis) to the variant's total
// (bottom bar). The
// steps are core's Shapley terms (core/analysis/bridge.h), which sum exactly to the change; the
// takeaway is core's bridgeSummary. Pickers: the variant and the criterion.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

#include <QPair>

class QComboBox;
class QCPAbstractItem;

namespace mlimpact::ui {

class BridgeChart : public ChartView
{
    Q_OBJECT
public:
    explicit BridgeChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    QComboBox *variantPicker() const { return m_variant; }
    QComboBox *criterionPicker() const { return m_criterion; }
    /// The floating bars drawn, in order: the cause's label and its signed step (base units).
    QList<QPair<QString, double>> steps() const { return m_steps; }
    /// The first and last bars (base units).
    double startTotal() const { return m_start; }
    double endTotal() const { return m_end; }

private:
    void clearItems();
    void addBar(double key, double from, double to, const QColor &fill);
    void addConnector(double key, double level);
    /// Sets the names (left) and amounts (right) as tick labels, names in lines if the plot is narrow.
    void applyLabels();

    QComboBox *m_variant;
    QComboBox *m_criterion;
    QList<QCPAbstractItem *> m_items;
    QList<QPair<QString, double>> m_steps;
    QStringList m_names;
    QStringList m_amounts;
    int m_compact = -1; ///< the LabelLayout set, -1 none yet
    double m_start = 0;
    double m_end = 0;
};

} // namespace mlimpact::ui
