// "How do the variants compare with the baseline?": one criterion at a time (a picker;
// carbon by default), the baseline and each variant as horizontal bars (baseline on top),
// stacked by life-cycle phase, each variant labelled on the right with its change from the
// baseline (core's changeFromBaseline). One criterion per view keeps it legible in a
// 1280x800 cell.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QComboBox;
class QCPBars;

namespace mlimpact::ui {

class CompareChart : public ChartView
{
    Q_OBJECT
public:
    explicit CompareChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    QComboBox *criterionPicker() const { return m_criterion; }
    /// The bars' names, baseline first (tests).
    QStringList barNames() const { return m_names; }
    /// The labels over the bars, baseline first (tests).
    QStringList barLabels() const;
    /// The height (stacked total, base units) of bar `index` (tests).
    double barTotal(int index) const;

private:
    /// Sets the names (left) and changes (right) as tick labels, in lines if the plot is narrow.
    void applyLabels();

    QComboBox *m_criterion;
    QList<QCPBars *> m_phases; ///< one per phase, stacked
    QStringList m_labels;
    int m_compact = -1; ///< the LabelLayout set, -1 none yet
    QStringList m_names;
};

} // namespace mlimpact::ui
