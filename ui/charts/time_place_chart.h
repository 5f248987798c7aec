// Chart 3, "When and where should it run?": the training region's hour-of-day
// intensity over the job's window, with lanes below it for the hours the job
// runs now and as scheduled, and the same training run in other grid regions.
// Each side states its saving; a region without hourly data says so instead of
// drawing a flat line.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QCPAbstractItem;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPItemRect;
class QCPItemText;

namespace mlimpact::ui {

class PanelCaption;

class TimePlaceChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimePlaceChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    /// Regions shown in the comparison (tests).
    QStringList shownRegions() const { return m_regionNames; }
    /// Whether the hour-of-day curve is drawn (false: the region has no hourly data) (tests).
    bool showsHourlyProfile() const;
    /// The notice shown in place of the curve, or "" (tests).
    QString hoursNotice() const;
    /// The saving labels over the two panels (tests).
    QString timeSavingLabel() const;
    QString placeSavingLabel() const;

private:
    void buildLayout();
    void wrapNotice();
    void drawHours(const ChartData &input);
    void drawLanes(const ScheduleOutcome &schedule, double horizon, bool scheduled);
    void markWindowEnd(double hours, double top);
    void drawPlaces(const ChartData &input);
    QCPItemRect *laneRect(int lane, double from, double to, const QBrush &brush);

    QCPAxisRect *m_hours;
    QCPAxisRect *m_lanes;
    QCPAxisRect *m_places;
    QCPGraph *m_profile;
    QCPBars *m_others;
    QCPBars *m_current;
    QList<QCPItemRect *> m_chosen;        ///< shading of the scheduled hours under the curve
    QList<QCPAbstractItem *> m_laneItems; ///< lane bars, their labels and the window-end mark
    QCPItemText *m_notice;                ///< "No hourly data for ..." in place of the curve
    PanelCaption *m_timeSaving;           ///< over the hours panel
    PanelCaption *m_placeSaving;          ///< over the regions panel
    QString m_noticeText;                 ///< unwrapped, from the Insights
    QStringList m_regionNames;
    std::vector<RegionImpact> m_regions;
};

} // namespace mlimpact::ui
