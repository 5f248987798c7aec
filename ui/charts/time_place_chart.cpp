// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_place_chart.h"
#include "chart_palette.h"

#include "format.h"
#include "phase_style.h"
#include "plot_widget.h"

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {
namespace {

constexpr int kRegionsShown = 11;
/// The hours panel shows the whole window (or the run, if longer), at least a day and at most
/// 30 days: beyond that core draws no intervals and daily cycles blur into a band.
constexpr double kMinHorizonHours = 24;
constexpr double kMaxHorizonHours = 720;
enum Lane { RunNowLane = 0, ScheduledLane = 1 };

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

/// Breaks a sentence into lines no wider than `pixels` in `font` (QCPTextElement and
/// QCPItemText do not wrap; an unwrapped caption would widen its column or be clipped).
QString wrapped(const QString &text, const QFont &font, int pixels)
{
    const QFontMetrics metrics(font);
    QString out, line;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > pixels) {
            out += line + QLatin1Char('\n');
            line = word;
        } else {
            line = longer;
        }
    }
    return out + line;
}

} // namespace

/// A caption over one panel: bold, centred, wrapped to the panel's share of the plot's width and
/// sized from the axes' theme each time the layout is computed, so the window, the presentation
/// theme and slides (drawn without a replot) all fit it.
class PanelCaption : public QCPTextElement
{
public:
    PanelCaption(QCustomPlot *plot, const QCPAxis *reference, double widthShare)
        : QCPTextElement(plot)
        , m_reference(reference)
        , m_share(widthShare)
    {
        setMargins(QMargins(2, 0, 2, 2));
    }
    void setCaption(const QString &caption) { m_caption = caption; }
    QString caption() const { return m_caption; }

protected:
    void update(UpdatePhase phase) override
    {
        if (phase == upPreparation) {
            // Half as much larger as the axes grow: three lines would take the panels' height.
            QFont bold = mParentPlot->font();
            const double themeScale = m_reference->tickLabelFont().pointSizeF() / bold.pointSizeF();
            bold.setPointSizeF(bold.pointSizeF() * (1 + (themeScale - 1) / 2));
            bold.setBold(true);
            setFont(bold);
            setText(wrapped(m_caption, bold, static_cast<int>((mParentPlot->viewport().width() - 12) * m_share) - 8));
        }
        QCPTextElement::update(phase);
    }

private:
    const QCPAxis *m_reference;
    double m_share; ///< of the plot's width (the row's stretch factors, 1.1 : 1)
    QString m_caption;
};

TimePlaceChart::TimePlaceChart(QWidget *parent)
    : ChartView(QStringLiteral("time-place"), parent)
{
    buildLayout();
    PlotWidget *p = plot();
    connect(p, &QCustomPlot::beforeReplot, this, &TimePlaceChart::wrapNotice);
    m_profile = p->addGraph(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    m_profile->setName(tr("Grid intensity"));
    m_profile->setLineStyle(QCPGraph::lsStepLeft);
    m_profile->setPen(QPen(phaseColor(Phase::Training).darker(130), 1.8));
    m_hours->axis(QCPAxis::atBottom)->setTickLabels(false); // the lanes below carry the hours
    m_hours->axis(QCPAxis::atLeft)->setLabel(tr("gCO₂e/kWh"));
    m_hours->axis(QCPAxis::atLeft)->ticker()->setTickCount(4); // legible in a short panel

    QCPAxis *laneNames = m_lanes->axis(QCPAxis::atLeft);
    QSharedPointer<QCPAxisTickerText> lanes(new QCPAxisTickerText);
    lanes->addTick(RunNowLane, tr("Run now"));
    lanes->addTick(ScheduledLane, tr("Scheduled"));
    laneNames->setTicker(lanes);
    laneNames->setRange(-0.6, 1.6);
    laneNames->setRangeReversed(true);
    laneNames->grid()->setVisible(false);
    m_lanes->axis(QCPAxis::atBottom)->setLabel(tr("Hours after the job can start"));

    m_notice = new QCPItemText(p);
    m_notice->setClipToAxisRect(false); // the panel may be narrower than the notice's widest line
    m_notice->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_notice->position->setAxisRect(m_hours);
    m_notice->position->setCoords(0.5, 0.55);
    m_notice->setPositionAlignment(Qt::AlignCenter);
    m_notice->setTextAlignment(Qt::AlignCenter);
    followInk(m_notice, Ink::Muted, p->palette());
    m_notice->setVisible(false);

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

/// [caption | caption] over [hours over lanes | places], under the one title.
void TimePlaceChart::buildLayout()
{
    PlotWidget *p = plot();
    // [hours over lanes | places] under one title: move the default rect into a sub-grid.
    m_hours = p->axisRect();
    p->plotLayout()->take(m_hours);
    p->plotLayout()->simplify();
    auto *row = new QCPLayoutGrid;
    p->plotLayout()->addElement(1, 0, row);
    // Row 0: each panel's saving; row 1: the panels.
    m_lanes = new QCPAxisRect(p);
    m_timeSaving = new PanelCaption(p, m_lanes->axis(QCPAxis::atBottom), 1.1 / 2.1);
    m_placeSaving = new PanelCaption(p, m_lanes->axis(QCPAxis::atBottom), 1.0 / 2.1);
    row->addElement(0, 0, m_timeSaving);
    row->addElement(0, 1, m_placeSaving);
    auto *left = new QCPLayoutGrid;
    row->addElement(1, 0, left);
    left->addElement(0, 0, m_hours);
    left->addElement(1, 0, m_lanes);
    left->setRowStretchFactors({1.0, 0.32});
    left->setRowSpacing(0);
    m_places = new QCPAxisRect(p);
    row->addElement(1, 1, m_places);
    row->setRowStretchFactors({0.001, 1.0}); // the captions take only their text's height
    row->setRowSpacing(0);
    row->setColumnStretchFactors({1.1, 1.0});
    row->setColumnSpacing(12);
    // The curve and its lanes share the time axis: align their left and right edges.
    auto *group = new QCPMarginGroup(p);
    for (QCPAxisRect *rect : {m_hours, m_lanes}) {
        rect->setMarginGroup(QCP::msLeft, group);
        rect->setMarginGroup(QCP::msRight, group);
    }
}

bool TimePlaceChart::showsHourlyProfile() const
{
    return m_profile->visible() && m_profile->dataCount() > 0;
}

QString TimePlaceChart::hoursNotice() const
{
    return m_notice->visible() ? m_noticeText : QString();
}

QString TimePlaceChart::timeSavingLabel() const
{
    return m_timeSaving->caption();
}

QString TimePlaceChart::placeSavingLabel() const
{
    return m_placeSaving->caption();
}

/// Wraps the notice to the width its panel has now (before each replot, so a resize re-wraps it).
void TimePlaceChart::wrapNotice()
{
    // A plot not yet laid out (a headless export) is drawn at least this wide.
    const double width = std::max(plot()->viewport().width(), 640) - 12;
    m_notice->setText(wrapped(m_noticeText, m_notice->font(), static_cast<int>(width * 1.1 / 2.1 * 0.85)));
}

void TimePlaceChart::showData(const ChartData &input)
{
    drawHours(input);
    drawPlaces(input);
    wrapNotice(); // now too: exports draw without a replot
    const Analyses &a = input.analyses;
    const ScheduleOutcome &sched = input.results.schedule;
    QString note;
    if (sched.hourOfYear)
        note = tr("Hourly intensity: the region's %1 series of %2 (imported), the actual hours from day %3, %4:00 UTC. "
                  "Lanes: the hours the job runs if started now and with the %5 schedule (shaded above; not drawn for "
                  "windows over 30 days). ")
                   .arg(QString::fromUtf8(intensityKindKey(sched.seriesKind).data()))
                   .arg(sched.seriesYear)
                   .arg(sched.startHourOfYear / 24 + 1)
                   .arg(sched.startHour)
                   .arg(scheduleName(a.trainingSchedule));
    else if (!a.hourlyIsFlat)
        note = tr("Hour-of-day profile: CAISO 2018 (Daily Renewables Watch). Lanes: the hours the job runs if started "
                  "now and with the %1 schedule (shaded above; not drawn for windows over 30 days). ")
                   .arg(scheduleName(a.trainingSchedule));
    note += tr("Right: the same training in other regions (annual averages, Green Algorithms v3.0).");
    setNote(note);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void TimePlaceChart::drawHours(const ChartData &input)
{
    const Results &r = input.results;
    const Analyses &a = input.analyses;
    const ScheduleOutcome &sched = r.schedule;
    const ChartInsight *insight = input.insights.chart("time-place");
    PlotWidget *p = plot();
    for (auto *rect : m_chosen)
        p->removeItem(rect);
    m_chosen.clear();
    drawLanes(sched, 0, false); // clears the lanes and the window mark

    // No hourly data: say so where the curve would be, rather than draw a flat line as if it were measured.
    const QString flat = insight ? qs(insight->panelEmptyReason("hours")) : QString();
    const bool hasProfile = flat.isEmpty();
    m_profile->setVisible(hasProfile);
    m_notice->setVisible(!hasProfile);
    m_noticeText = flat;
    for (QCPAxis *axis : {m_hours->axis(QCPAxis::atLeft), m_hours->axis(QCPAxis::atBottom)})
        axis->setVisible(hasProfile);
    m_lanes->setVisible(hasProfile);
    m_timeSaving->setCaption(insight ? qs(insight->panelCaption("hours")) : QString());
    if (!hasProfile) {
        m_profile->data()->clear();
        return;
    }

    const bool scheduled = a.trainingSchedule != ScheduleMode::RunNow;
    const double span = scheduled ? std::max(sched.windowHours, sched.durationHours) : sched.durationHours;
    const double horizon = std::clamp(std::ceil(span), kMinHorizonHours, kMaxHorizonHours);
    QVector<double> x, y;
    // A year of hourly data: the hours of that date onwards, as core scheduled on them.
    const std::vector<double> &year = sched.windowIntensity_g_per_kwh;
    for (int h = 0; h <= static_cast<int>(horizon); ++h) {
        x << h;
        y << (year.empty() ? a.hourlyIntensity[(sched.startHour + h) % 24]
                           : year[std::min(static_cast<std::size_t>(h), year.size() - 1)]);
    }
    m_profile->setData(x, y, true);
    // Headroom for the saving caption above the curve.
    const double top = *std::max_element(y.begin(), y.end()) * 1.3;
    // Ticks on whole hours of the day cycle (6 h up to a week, then days), about five of them.
    QSharedPointer<QCPAxisTickerFixed> ticks(new QCPAxisTickerFixed);
    ticks->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    double step = 6;
    for (double candidate : {6.0, 12.0, 24.0, 48.0, 72.0, 120.0, 168.0}) {
        step = candidate;
        if (horizon / candidate <= 6)
            break;
    }
    ticks->setTickStep(step);
    for (QCPAxisRect *rect : {m_hours, m_lanes}) {
        rect->axis(QCPAxis::atBottom)->setTicker(ticks);
        rect->axis(QCPAxis::atBottom)->setRange(0, horizon);
    }
    m_hours->axis(QCPAxis::atLeft)->setRange(0, std::max(top, 1.0));
    // Shade the scheduled hours only where they differ from running now; shading the whole
    // run would cover the plot for a job as long as its window.
    const bool moved = sched.intervals.size() != 1 || sched.intervals.front().first > 0;
    for (const auto &[offset, length] : sched.intervals) {
        if (!scheduled || !moved || offset >= horizon)
            continue;
        auto *rect = new QCPItemRect(p);
        rect->setClipAxisRect(m_hours);
        rect->topLeft->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
        rect->bottomRight->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
        rect->topLeft->setCoords(offset, top);
        rect->bottomRight->setCoords(std::min(offset + length, horizon), 0);
        rect->setPen(Qt::NoPen);
        rect->setBrush(translucent(phaseColor(Phase::Training), 60));
        m_chosen << rect;
    }
    drawLanes(sched, horizon, scheduled);
    if (scheduled && sched.windowHours < horizon)
        markWindowEnd(sched.windowHours, top);
}

/// A run longer than its window: a dashed line where the window closes, so the lanes read against it.
void TimePlaceChart::markWindowEnd(double hours, double top)
{
    PlotWidget *p = plot();
    auto *line = new QCPItemLine(p);
    line->setClipAxisRect(m_hours);
    line->start->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    line->end->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    line->start->setCoords(hours, 0);
    line->end->setCoords(hours, top);
    line->setPen(QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DashLine));
    followInk(line, Ink::Muted, p->palette());
    auto *label = new QCPItemText(p);
    label->setClipAxisRect(m_hours);
    label->position->setAxes(m_hours->axis(QCPAxis::atBottom), m_hours->axis(QCPAxis::atLeft));
    label->position->setCoords(hours, top);
    label->setPositionAlignment(Qt::AlignTop | Qt::AlignLeft);
    followInk(label, Ink::Muted, p->palette());
    label->setText(tr(" window ends"));
    m_laneItems << line << label;
}

QCPItemRect *TimePlaceChart::laneRect(int lane, double from, double to, const QBrush &brush)
{
    auto *rect = new QCPItemRect(plot());
    rect->setClipAxisRect(m_lanes);
    rect->topLeft->setAxes(m_lanes->axis(QCPAxis::atBottom), m_lanes->axis(QCPAxis::atLeft));
    rect->bottomRight->setAxes(m_lanes->axis(QCPAxis::atBottom), m_lanes->axis(QCPAxis::atLeft));
    rect->topLeft->setCoords(from, lane - 0.32);
    rect->bottomRight->setCoords(to, lane + 0.32);
    rect->setPen(Qt::NoPen);
    rect->setBrush(brush);
    m_laneItems << rect;
    return rect;
}

/// Two lanes under the curve: when the job runs if started now, and when the schedule runs it.
/// A run longer than the panel ends in an arrow with its length.
void TimePlaceChart::drawLanes(const ScheduleOutcome &sched, double horizon, bool scheduled)
{
    PlotWidget *p = plot();
    for (auto *item : m_laneItems)
        p->removeItem(item);
    m_laneItems.clear();
    if (horizon <= 0)
        return;
    const QColor now(0x88, 0x88, 0x88);
    laneRect(RunNowLane, 0, std::min(sched.durationHours, horizon), now);
    const std::vector<std::pair<double, double>> runNow{{0.0, sched.durationHours}};
    const auto &used = scheduled ? sched.intervals : runNow;
    double end = 0;
    for (const auto &[offset, length] : used) {
        end = std::max(end, offset + length);
        if (offset < horizon)
            laneRect(ScheduledLane, offset, std::min(offset + length, horizon), phaseColor(Phase::Training));
    }
    if (scheduled && used.empty()) { // core draws no intervals for windows over 30 days
        auto *text = new QCPItemText(p);
        text->setClipAxisRect(m_lanes);
        text->position->setAxes(m_lanes->axis(QCPAxis::atBottom), m_lanes->axis(QCPAxis::atLeft));
        text->position->setCoords(horizon / 2, ScheduledLane);
        text->setText(tr("not drawn")); // the note says why
        m_laneItems << text;
    }
    for (const auto &[lane, until] : {std::pair{RunNowLane, sched.durationHours}, std::pair{ScheduledLane, end}}) {
        if (until <= horizon + 1e-9)
            continue;
        auto *more = new QCPItemText(p);
        more->setClipAxisRect(m_lanes);
        more->position->setAxes(m_lanes->axis(QCPAxis::atBottom), m_lanes->axis(QCPAxis::atLeft));
        more->position->setCoords(horizon, lane);
        more->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
        more->setColor(Qt::white);
        more->setText(tr("→ %1").arg(qs(formatQuantity(until, Quantity::Hours))));
        m_laneItems << more;
    }
}

void TimePlaceChart::drawPlaces(const ChartData &input)
{
    const Analyses &a = input.analyses;
    // The cleanest and dirtiest regions, and this scenario's.
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
    const ChartInsight *insight = input.insights.chart("time-place");
    m_placeSaving->setCaption(insight ? qs(insight->panelCaption("places")) : QString());
}

} // namespace mlimpact::ui
