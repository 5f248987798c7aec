// Chart 4, "How do impacts build up over the years?": cumulative impacts from
// the monthly simulation, stacked by phase, for a chosen criterion.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QComboBox;
class QCPGraph;

namespace mlimpact::ui {

class TimelineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;
    QComboBox *criterionPicker() const { return m_criterion; }
    /// Cumulative value of a phase's top edge at the last month (tests).
    double finalStackedValue(Phase phase) const;

private:
    void redraw();

    QComboBox *m_criterion;
    QList<QCPGraph *> m_layers;
    Timeline m_timeline;
};

} // namespace mlimpact::ui
