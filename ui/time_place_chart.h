// Chart 3, "When and where should it run?": the training region's hour-of-day
// intensity over the job's window with the scheduled hours highlighted, and
// the same training run in other grid regions.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemRect;

namespace mlimpact::ui {

class TimePlaceChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimePlaceChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    /// Regions shown in the comparison (tests).
    QStringList shownRegions() const { return m_regionNames; }

private:
    QCPAxisRect *m_hours;
    QCPAxisRect *m_places;
    QCPGraph *m_profile;
    QCPBars *m_others;
    QCPBars *m_current;
    QList<QCPItemRect *> m_chosen;
    QCPItemRect *m_now;
    QStringList m_regionNames;
    std::vector<RegionImpact> m_regions;
};

} // namespace mlimpact::ui
