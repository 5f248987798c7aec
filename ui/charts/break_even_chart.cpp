// SPDX-License-Identifier: GPL-3.0-or-later
#include "break_even_chart.h"
#include "chart_palette.h"
#include "core_text.h"

#include "format.h"
#include "phase_style.h"
#include "plot_layout.h"
#include "plot_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {

BreakEvenChart::BreakEvenChart(QWidget *parent)
    : ChartView(QStringLiteral("break-even"), parent)
    , m_item(new QComboBox(this))
{
    controls()->addWidget(new QLabel(tr("Investment:"), this));
    controls()->addWidget(m_item, 1);
    connect(m_item, &QComboBox::currentIndexChanged, this, &BreakEvenChart::redraw);
    connect(m_item, &QComboBox::activated, this, [this] {
        requestAnalysis([this](AnalysisRequest &r) { r.breakEvenId = m_item->currentData().toString().toStdString(); });
    });
    PlotWidget *p = plot();
    // Behind the curves: what lies after the end of service is extrapolated.
    m_afterService = new QCPItemRect(p);
    m_afterService->setPen(Qt::NoPen);
    m_afterService->setBrush(QColor(0x88, 0x88, 0x88, 38));
    followInk(m_afterService, Ink::Muted, Ink::Muted, p->palette());
    m_afterService->setPen(Qt::NoPen);
    m_afterService->setLayer(QStringLiteral("background"));
    m_serviceEnd = new QCPItemStraightLine(p);
    m_serviceEnd->setPen(QPen(QColor(0x44, 0x44, 0x44), 1.5, Qt::DashLine));
    followInk(m_serviceEnd, Ink::Text, p->palette());
    m_serviceEndLabel = new QCPItemText(p);
    m_serviceEndLabel->setPadding(QMargins(6, 2, 6, 2));
    followInk(m_serviceEndLabel, Ink::Text, p->palette());
    m_shortfall = new QCPItemLine(p);
    m_shortfall->setPen(QPen(QColor(0xA0, 0x40, 0x00), 2.0));
    followInk(m_shortfall, Ink::Warm, p->palette());
    m_shortfall->setHead(QCPLineEnding(QCPLineEnding::esBar, 10));
    m_shortfall->setTail(QCPLineEnding(QCPLineEnding::esBar, 10));
    m_shortfallLabel = new QCPItemText(p);
    followInk(m_shortfallLabel, Ink::Warm, p->palette());
    m_cost = p->addGraph();
    m_cost->setName(tr("One-off cost"));
    m_cost->setPen(QPen(phaseColor(Phase::Development), 2.0));
    m_saving = p->addGraph();
    m_saving->setName(tr("Cumulative saving"));
    m_saving->setPen(QPen(phaseColor(Phase::Deployment), 2.0));
    m_savingAfter = p->addGraph();
    m_savingAfter->setName(tr("Saving after the service ends (extrapolated)"));
    m_savingAfter->setPen(QPen(phaseColor(Phase::Deployment), 2.0, Qt::DotLine));
    followAccent(m_saving, phaseColor(Phase::Deployment), p->palette());
    followAccent(m_savingAfter, phaseColor(Phase::Deployment), p->palette());
    m_crossing = p->addGraph();
    m_crossing->setName(tr("Break-even"));
    m_crossing->setLineStyle(QCPGraph::lsNone);
    m_crossing->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, 9));
    followInk(m_crossing, Ink::Text, p->palette());
    m_crossingLabel = new QCPItemText(p);
    m_crossingLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    p->xAxis->setLabel(tr("Days of deployment"));
    p->legend->setVisible(true);
    legendBelowPlot(p, 2); // inside, it would hide the curve or the marks somewhere
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *g = qobject_cast<QCPGraph *>(plottable);
        if (!g || index < 0 || index >= g->dataCount())
            return {};
        const auto d = g->data()->at(index);
        const QString when = d->key > m_spanDays * (1 + 1e-9) ? tr(" (after the service ends)") : QString();
        return tr("<b>%1</b><br>after %2 of deployment%3: %4")
            .arg(g->name(), qs(formatQuantity(d->key * 24, Quantity::Hours)), when,
                 plot()->yAxis->label().contains(QStringLiteral("(kg"))
                     ? qs(formatQuantity(d->value, Quantity::CarbonKg))
                     : qs(formatQuantity(d->value * 1000, Quantity::CarbonKg)));
    });
    setNote(tr("With and without the investment, demand responding as the rebound chart models it (the scenario's "
               "elasticity). Savings accrue with queries served (with growth) and evenly at the edge; after the end "
               "of service they are extrapolated at their average rate (shaded). Patterson et al. 2021: the Evolved "
               "Transformer search paid back ~15:1 on one training run."));
    p->applyTheme();
}

void BreakEvenChart::showData(const ChartData &input)
{
    m_curves = input.analyses.breakEvenCurves;
    m_spanDays = input.analyses.serviceYears * 365.0;
    {
        // The investment on show is part of the analysis request, so the takeaway
        // (computed in core) follows it.
        const QSignalBlocker block(m_item);
        m_item->clear();
        for (const auto &c : m_curves) {
            m_item->addItem(coreText(c.label), qs(c.id));
            // The id `export --break-even` takes.
            m_item->setItemData(m_item->count() - 1, tr("--break-even %1").arg(qs(c.id)), Qt::ToolTipRole);
        }
        m_item->setCurrentIndex(std::max(0, m_item->findData(qs(input.analyses.request.breakEvenId))));
        m_item->setEnabled(!m_curves.empty());
    }
    redraw();
}

void BreakEvenChart::showEmpty()
{
    PlotWidget *p = plot();
    for (QCPGraph *g : {m_cost, m_saving, m_savingAfter, m_crossing})
        g->data()->clear();
    for (QCPAxis *axis : {p->xAxis, p->yAxis}) {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    p->xAxis->setRange(0, std::max(1.0, m_spanDays));
    p->xAxis->setLabel(tr("Days of deployment"));
    p->yAxis->setRange(0, 1);
    p->yAxis->setLabel(tr("Carbon (t CO₂e)"));
    p->replot(QCustomPlot::rpQueuedReplot);
}

void BreakEvenChart::redraw()
{
    PlotWidget *p = plot();
    const int index = m_item->currentIndex();
    const bool any = index >= 0 && index < static_cast<int>(m_curves.size());
    m_crossingLabel->setVisible(false);
    for (QCPAbstractItem *item : std::initializer_list<QCPAbstractItem *>{
             m_afterService, m_serviceEnd, m_serviceEndLabel, m_shortfall, m_shortfallLabel})
        item->setVisible(any);
    if (!any) {
        showEmpty();
        return;
    }
    const BreakEvenCurve &c = m_curves[index];
    double maximum = c.oneOffKgco2e, lowest = 0;
    for (double v : c.savedKgco2e) {
        maximum = std::max(maximum, v);
        lowest = std::min(lowest, v);
    }
    const double scale = maximum >= 1000 ? 1000.0 : 1.0;
    QVector<double> allX, cost, x, saved, xAfter, savedAfter;
    for (std::size_t i = 0; i < c.days.size(); ++i) {
        allX << c.days[i];
        cost << c.oneOffKgco2e / scale;
        (c.days[i] <= c.serviceDays ? x : xAfter) << c.days[i];
        (c.days[i] <= c.serviceDays ? saved : savedAfter) << c.savedKgco2e[i] / scale;
    }
    if (!xAfter.isEmpty()) {
        // Both pieces meet at the end of service, so the dotted part continues the line.
        const double atEnd = c.verdict.savedByServiceEndKgco2e / scale;
        if (x.isEmpty() || x.back() < c.serviceDays) {
            x << c.serviceDays;
            saved << atEnd;
        }
        xAfter.prepend(c.serviceDays);
        savedAfter.prepend(atEnd);
    }
    m_cost->setData(allX, cost, true);
    m_saving->setData(x, saved, true);
    m_savingAfter->setData(xAfter, savedAfter, true);
    m_savingAfter->removeFromLegend();
    if (!xAfter.isEmpty())
        m_savingAfter->addToLegend();
    setAxes(c, scale, lowest / scale, maximum / scale);
    markServiceEnd(c, scale);
    markCrossing(c, scale);
    relayoutLegend(p);
    p->replot(QCustomPlot::rpQueuedReplot);
}

void BreakEvenChart::setAxes(const BreakEvenCurve &c, double scale, double lowest, double highest)
{
    PlotWidget *p = plot();
    const double last = c.days.empty() ? 1 : c.days.back();
    // An early break-even would sit on the axis: then days go on a log scale.
    const bool early = std::isfinite(c.breakEvenDays) && c.breakEvenDays > 0 && c.breakEvenDays < 0.05 * last;
    if (early) {
        p->xAxis->setScaleType(QCPAxis::stLogarithmic);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        p->xAxis->setRange(std::max(c.breakEvenDays / 20, last / 1e4), last);
        p->xAxis->setLabel(tr("Days of deployment (log scale)"));
        // ... and so does carbon, or the one-off cost would be a line on the axis.
        p->yAxis->setScaleType(QCPAxis::stLogarithmic);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        p->yAxis->setRange(c.oneOffKgco2e / scale / 20, highest * 2);
    } else {
        p->yAxis->setScaleType(QCPAxis::stLinear);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        p->xAxis->setScaleType(QCPAxis::stLinear);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        p->xAxis->setRange(0, last);
        p->xAxis->setLabel(tr("Days of deployment"));
        // Head room above the cost line for the end-of-service and crossing labels.
        p->yAxis->setRange(lowest * 1.1, highest * 1.5 + 1e-12);
    }
    p->yAxis->setLabel(scale > 1 ? tr("Carbon (t CO₂e)") : tr("Carbon (kg CO₂e)"));
}

void BreakEvenChart::markServiceEnd(const BreakEvenCurve &c, double scale)
{
    PlotWidget *p = plot();
    const QCPRange xr = p->xAxis->range(), yr = p->yAxis->range();
    const double end = c.serviceDays;
    m_serviceEnd->point1->setCoords(end, yr.lower);
    m_serviceEnd->point2->setCoords(end, yr.upper);
    const bool extrapolated = xr.upper > end * (1 + 1e-9);
    m_afterService->setVisible(extrapolated);
    m_afterService->topLeft->setCoords(end, yr.upper);
    m_afterService->bottomRight->setCoords(xr.upper, yr.lower);
    // In the shaded part when there is one (the legend names the dotted line in it), else left of the line.
    m_serviceEndLabel->setText(qs(c.verdict.serviceEndLabel));
    m_serviceEndLabel->setPositionAlignment(extrapolated ? (Qt::AlignLeft | Qt::AlignTop)
                                                         : (Qt::AlignRight | Qt::AlignTop));
    m_serviceEndLabel->position->setCoords(end, yr.upper);
    // The shortfall: the gap between the saving and the cost when the service ends.
    const bool shortfall = !c.verdict.shortfallLabel.empty();
    const double savedAtEnd = std::max(c.verdict.savedByServiceEndKgco2e / scale, yr.lower);
    m_shortfall->setVisible(shortfall);
    m_shortfallLabel->setVisible(shortfall);
    m_shortfall->start->setCoords(end, savedAtEnd);
    m_shortfall->end->setCoords(end, c.oneOffKgco2e / scale);
    m_shortfallLabel->setText(qs(c.verdict.shortfallLabel));
    // Into the plot: right of the line when there is an extrapolated part, else left of it.
    m_shortfallLabel->setPositionAlignment((extrapolated ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    m_shortfallLabel->setPadding(extrapolated ? QMargins(6, 0, 0, 0) : QMargins(0, 0, 6, 0));
    m_shortfallLabel->position->setCoords(end, (savedAtEnd + c.oneOffKgco2e / scale) / 2);
}

void BreakEvenChart::markCrossing(const BreakEvenCurve &c, double scale)
{
    PlotWidget *p = plot();
    const QCPRange xr = p->xAxis->range();
    const bool shown =
        std::isfinite(c.breakEvenDays) && !c.verdict.crossingLabel.empty() && c.breakEvenDays <= xr.upper * (1 + 1e-9);
    m_crossing->removeFromLegend();
    if (!shown) {
        m_crossing->data()->clear();
        return;
    }
    m_crossing->addToLegend();
    m_crossing->setData({c.breakEvenDays}, {c.oneOffKgco2e / scale}, true);
    // The label reads towards the middle of the plot, so it is never cut off at an edge.
    const bool log = p->xAxis->scaleType() == QCPAxis::stLogarithmic;
    auto axisX = [log](double v) { return log ? std::log(std::max(v, 1e-12)) : v; };
    const double along = (axisX(c.breakEvenDays) - axisX(xr.lower)) / (axisX(xr.upper) - axisX(xr.lower));
    m_crossingLabel->setPositionAlignment(along > 0.5 ? (Qt::AlignRight | Qt::AlignBottom)
                                                      : (Qt::AlignLeft | Qt::AlignTop));
    m_crossingLabel->position->setCoords(c.breakEvenDays, c.oneOffKgco2e / scale);
    m_crossingLabel->setText(qs(c.verdict.crossingLabel));
    m_crossingLabel->setVisible(true);
}

} // namespace mlimpact::ui
