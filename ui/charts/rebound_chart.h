// Chart 5, "Will the saving survive more use?": expected vs realized saving of
// the scenario's efficiency change across demand elasticity, with the current
// elasticity marked and backfire shaded.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QCPGraph;
class QCPItemRect;
class QCPItemText;

namespace mlimpact::ui {

class ReboundChart : public ChartView
{
    Q_OBJECT
public:
    explicit ReboundChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

private:
    QCPGraph *m_expected;
    QCPGraph *m_realized;
    QCPGraph *m_current;
    QCPItemRect *m_backfire;
    QCPItemText *m_backfireLabel;
};

} // namespace mlimpact::ui
