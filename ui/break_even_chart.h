// Chart 6, "Does the one-off investment pay back?": cumulative saving against
// the one-off cost of NAS or an efficiency technique, the crossing marked.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QComboBox;
class QCPGraph;
class QCPItemText;
class QCPItemTracer;

namespace mlimpact::ui {

class BreakEvenChart : public ChartView
{
    Q_OBJECT
public:
    explicit BreakEvenChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;
    QComboBox *itemPicker() const { return m_item; }

private:
    void redraw();

    QComboBox *m_item;
    QCPGraph *m_cost;
    QCPGraph *m_saving;
    QCPGraph *m_crossing;
    QCPItemText *m_crossingLabel;
    std::vector<BreakEvenCurve> m_curves;
    double m_spanDays = 0;
};

} // namespace mlimpact::ui
