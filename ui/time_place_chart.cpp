// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_place_chart.h"

#include "format.h"
#include "phase_style.h"
#include "plot_widget.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {
namespace {

constexpr int kRegionsShown = 11;

QString scheduleName(ScheduleMode mode)
{
    switch (mode) {
    case ScheduleMode::RunNow:
        return QObject::tr("run-now");
    case ScheduleMode::FlexibleStart:
        return QObject::tr("flexible-start");
    case ScheduleMode::PauseResume:
        return QObject::tr("pause-and-resume");
    }
    return {};
}

QColor translucent(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

} // namespace

TimePlaceChart::TimePlaceChart(QWidget *parent)
    : ChartView(QStringLiteral("time-place"), parent)
{
    PlotWidget *p = plot();
    // Two axis rects side by side under one title: move the default rect into a sub-grid.
    m_hours = p->axisRect();
    p->plotLayout()->take(m_hours);
    p->plotLayout()->simplify();
    auto *row = new QCPLayoutGrid;
    p->plotLayout()->addElement(1, 0, row);
    row->addElement(0, 0, m_hours);
    m_places = new QCPAxisRect(p);
    row->addElement(0, 1, m_places);
    row->setColumnStretchFactors({1.1, 1.0});
    row->setColumnSpacing(12);

    m_profile = p->addGraph(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    m_profile->setName(tr("Grid intensity"));
    m_profile->setLineStyle(QCPGraph::lsStepLeft);
    m_profile->setPen(QPen(phaseColor(Phase::Training).darker(130), 1.8));
    m_hours->axis(QCPAxis::atBottom)->setLabel(tr("Hours after the job can start"));
    m_hours->axis(QCPAxis::atLeft)->setLabel(tr("Grid intensity (gCO₂e/kWh)"));
    m_now = new QCPItemRect(p);
    m_now->setClipAxisRect(m_hours);
    m_now->topLeft->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    m_now->bottomRight->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    m_now->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
    m_now->setBrush(Qt::NoBrush);

    m_others = new QCPBars(m_places->axis(QCPAxis::atLeft), m_places->axis(QCPAxis::atBottom));
    m_others->setName(tr("Other regions"));
    m_others->setBrush(QColor(0xbb, 0xbb, 0xbb));
    m_others->setPen(Qt::NoPen);
    m_current = new QCPBars(m_places->axis(QCPAxis::atLeft), m_places->axis(QCPAxis::atBottom));
    m_current->setName(tr("This scenario's region"));
    m_current->setBrush(phaseColor(Phase::Training));
    m_current->setPen(Qt::NoPen);
    m_places->axis(QCPAxis::atBottom)->setLabel(tr("Training (t CO₂e)"));
    m_places->axis(QCPAxis::atBottom)->ticker()->setTickCount(3);
    m_hours->axis(QCPAxis::atBottom)->ticker()->setTickCount(4);
    m_places->axis(QCPAxis::atLeft)->grid()->setVisible(false);
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        if (plottable == m_profile && index >= 0 && index < m_profile->dataCount()) {
            const auto d = m_profile->data()->at(index);
            return tr("<b>Grid intensity</b><br>%1 after the job can start: %2 gCO₂e/kWh")
                .arg(qs(formatValueWithUnit(d->key, "h")), qs(formatSignificant(d->value)));
        }
        auto *bars = qobject_cast<QCPBars *>(plottable);
        if (bars && index >= 0 && index < bars->dataCount()) {
            const int region = static_cast<int>(std::lround(bars->data()->at(index)->key));
            if (region >= 0 && region < static_cast<int>(m_regions.size())) {
                const RegionImpact &r = m_regions[region];
                return tr("<b>%1</b><br>grid intensity %2 gCO₂e/kWh<br>training there: %3")
                    .arg(qs(r.name), qs(formatSignificant(r.intensity_g_per_kwh)),
                         qs(formatQuantity(r.phase_carbon_kgco2e, Quantity::CarbonKg)));
            }
        }
        return {};
    });
    p->applyTheme();
}

void TimePlaceChart::showData(const ChartData &input)
{
    const Results &r = input.results;
    const Analyses &a = input.analyses;
    const ScheduleOutcome &sched = r.schedule;
    PlotWidget *p = plot();

    // Left: the window, at least a day, at most three.
    const double horizon = std::clamp(std::ceil(std::max(sched.windowHours, sched.durationHours)), 24.0, 72.0);
    QVector<double> x, y;
    for (int h = 0; h <= static_cast<int>(horizon); ++h) {
        x << h;
        y << a.hourlyIntensity[(sched.startHour + h) % 24];
    }
    m_profile->setData(x, y, true);
    const double top = *std::max_element(y.begin(), y.end()) * 1.15;
    m_hours->axis(QCPAxis::atBottom)->setRange(0, horizon);
    m_hours->axis(QCPAxis::atLeft)->setRange(0, std::max(top, 1.0));
    for (auto *rect : m_chosen)
        p->removeItem(rect);
    m_chosen.clear();
    for (const auto &[offset, length] : sched.intervals) {
        auto *rect = new QCPItemRect(p);
        rect->setClipAxisRect(m_hours);
        rect->topLeft->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
        rect->bottomRight->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
        rect->topLeft->setCoords(offset, top);
        rect->bottomRight->setCoords(offset + length, 0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(translucent(phaseColor(Phase::Training), 70));
        m_chosen << rect;
    }
    m_now->topLeft->setCoords(0, top * 0.98);
    m_now->bottomRight->setCoords(std::min(sched.durationHours, horizon), 0);

    // Right: the cleanest and dirtiest regions, and this scenario's.
    m_regions.clear();
    const auto &all = a.regions;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const bool edge = i < kRegionsShown / 2 || i >= all.size() - kRegionsShown / 2;
        if (edge || all[i].id == a.trainingRegion)
            m_regions.push_back(all[i]);
    }
    double largest = 0;
    for (const auto &reg : m_regions)
        largest = std::max(largest, reg.phase_carbon_kgco2e);
    // Tonnes for large runs, kilograms for small ones (no "0.00025 t" ticks).
    const bool tonnes = largest >= 1000;
    const double unitScale = tonnes ? 1000.0 : 1.0;
    m_places->axis(QCPAxis::atBottom)->setLabel(tonnes ? tr("Training (t CO₂e)") : tr("Training (kg CO₂e)"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> ko, vo, kc, vc;
    m_regionNames.clear();
    for (std::size_t i = 0; i < m_regions.size(); ++i) {
        const auto &reg = m_regions[i];
        ticker->addTick(static_cast<double>(i), qs(reg.name));
        m_regionNames << qs(reg.name);
        (reg.id == a.trainingRegion ? kc : ko) << static_cast<double>(i);
        (reg.id == a.trainingRegion ? vc : vo) << reg.phase_carbon_kgco2e / unitScale;
    }
    m_others->setData(ko, vo, true);
    m_current->setData(kc, vc, true);
    QCPAxis *names = m_places->axis(QCPAxis::atLeft);
    names->setTicker(ticker);
    names->setRange(-0.7, static_cast<double>(m_regions.size()) - 0.3);
    names->setRangeReversed(true);
    m_places->axis(QCPAxis::atBottom)->setRange(0, largest / unitScale * 1.05 + 1e-9);

    QString note =
        a.hourlyIsFlat
            ? tr("No hourly data for this region: its intensity is shown flat, so scheduling saves nothing. ")
            : tr("Hour-of-day profile: CAISO 2018 (Daily Renewables Watch). ");
    note += tr("Shaded: hours the %1 schedule uses; dashed: running now. Right: the same training in other regions "
               "(annual averages, Green Algorithms v3.0).")
                .arg(scheduleName(a.trainingSchedule));
    setNote(note);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
