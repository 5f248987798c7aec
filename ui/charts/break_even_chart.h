// Chart 6, "Does the one-off investment pay back?": cumulative saving against
// the one-off cost of NAS or an efficiency technique, the crossing and the end of
// service marked (what lies after it shaded as extrapolated, the shortfall shown).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QComboBox;
class QCPGraph;
class QCPItemLine;
class QCPItemRect;
class QCPItemStraightLine;
class QCPItemText;

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
    void showEmpty();
    /// The axes for a curve: log-log for an early break-even, else linear from day 0.
    void setAxes(const BreakEvenCurve &c, double scale, double lowest, double highest);
    void markServiceEnd(const BreakEvenCurve &c, double scale);
    void markCrossing(const BreakEvenCurve &c, double scale);

    QComboBox *m_item;
    QCPGraph *m_cost;
    QCPGraph *m_saving;
    QCPGraph *m_savingAfter; ///< after the service ends: extrapolated, dashed
    QCPGraph *m_crossing;
    QCPItemText *m_crossingLabel;
    QCPItemRect *m_afterService;
    QCPItemStraightLine *m_serviceEnd;
    QCPItemText *m_serviceEndLabel;
    QCPItemLine *m_shortfall;
    QCPItemText *m_shortfallLabel;
    std::vector<BreakEvenCurve> m_curves;
    double m_spanDays = 0;
};

} // namespace mlimpact::ui
