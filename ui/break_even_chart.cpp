// SPDX-License-Identifier: GPL-3.0-or-later
#include "break_even_chart.h"

#include "format.h"
#include "phase_style.h"
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
    m_cost = p->addGraph();
    m_cost->setName(tr("One-off cost"));
    m_cost->setPen(QPen(phaseColor(Phase::Development), 2.0));
    m_saving = p->addGraph();
    m_saving->setName(tr("Cumulative saving"));
    m_saving->setPen(QPen(phaseColor(Phase::Deployment), 2.0));
    m_crossing = p->addGraph();
    m_crossing->setName(tr("Break-even"));
    m_crossing->setLineStyle(QCPGraph::lsNone);
    m_crossing->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, 9));
    m_crossingLabel = new QCPItemText(p);
    m_crossingLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    p->xAxis->setLabel(tr("Days of deployment"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *g = qobject_cast<QCPGraph *>(plottable);
        if (!g || index < 0 || index >= g->dataCount())
            return {};
        const auto d = g->data()->at(index);
        return tr("<b>%1</b><br>day %2: %3")
            .arg(g->name(), qs(formatSignificant(d->key, 3)),
                 plot()->yAxis->label().contains(QStringLiteral("kg"))
                     ? qs(formatQuantity(d->value, Quantity::CarbonKg))
                     : qs(formatQuantity(d->value * 1000, Quantity::CarbonKg)));
    });
    setNote(tr("At fixed demand (no rebound). Savings accrue with queries served (with growth) and evenly at the "
               "edge; past the service life at their average rate. Patterson et al. 2021: the Evolved Transformer "
               "search paid back ~15:1 on one training run."));
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
        for (const auto &c : m_curves)
            m_item->addItem(qs(c.label), qs(c.id));
        m_item->setCurrentIndex(std::max(0, m_item->findData(qs(input.analyses.request.breakEvenId))));
        m_item->setEnabled(!m_curves.empty());
    }
    redraw();
}

void BreakEvenChart::redraw()
{
    PlotWidget *p = plot();
    const int index = m_item->currentIndex();
    const bool any = index >= 0 && index < static_cast<int>(m_curves.size());
    m_crossingLabel->setVisible(false);
    if (!any) {
        m_cost->data()->clear();
        m_saving->data()->clear();
        m_crossing->data()->clear();
        for (QCPAxis *axis : {p->xAxis, p->yAxis}) {
            axis->setScaleType(QCPAxis::stLinear);
            axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        }
        p->xAxis->setRange(0, std::max(1.0, m_spanDays));
        p->xAxis->setLabel(tr("Days of deployment"));
        p->yAxis->setRange(0, 1);
        p->yAxis->setLabel(tr("Carbon (t CO₂e)"));
        p->replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    const BreakEvenCurve &c = m_curves[index];
    double maximum = c.oneOffKgco2e;
    for (double v : c.savedKgco2e)
        maximum = std::max(maximum, v);
    const bool tonnes = maximum >= 1000;
    const double scale = tonnes ? 1000.0 : 1.0;
    QVector<double> x, saved, cost;
    for (std::size_t i = 0; i < c.days.size(); ++i) {
        x << c.days[i];
        saved << c.savedKgco2e[i] / scale;
        cost << c.oneOffKgco2e / scale;
    }
    m_cost->setData(x, cost, true);
    m_saving->setData(x, saved, true);
    double lo = 0;
    for (double v : saved)
        lo = std::min(lo, v);
    // An early break-even would sit on the axis: then days go on a log scale.
    const double last = x.isEmpty() ? 1 : x.back();
    const bool early = std::isfinite(c.breakEvenDays) && c.breakEvenDays > 0 && c.breakEvenDays < 0.05 * last;
    if (early) {
        p->xAxis->setScaleType(QCPAxis::stLogarithmic);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        p->xAxis->setRange(std::max(c.breakEvenDays / 20, last / 1e4), last);
        p->xAxis->setLabel(tr("Days of deployment (log scale)"));
        // ... and so does carbon, or the one-off cost would be a line on the axis.
        p->yAxis->setScaleType(QCPAxis::stLogarithmic);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        p->yAxis->setRange(c.oneOffKgco2e / scale / 20, maximum / scale * 2);
    } else {
        p->yAxis->setScaleType(QCPAxis::stLinear);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        p->xAxis->setScaleType(QCPAxis::stLinear);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        p->xAxis->setRange(0, last);
        p->xAxis->setLabel(tr("Days of deployment"));
        p->yAxis->setRange(lo * 1.1, maximum / scale * 1.15 + 1e-12);
    }
    p->yAxis->setLabel(tonnes ? tr("Carbon (t CO₂e)") : tr("Carbon (kg CO₂e)"));
    if (std::isfinite(c.breakEvenDays)) {
        m_crossing->setData({c.breakEvenDays}, {c.oneOffKgco2e / scale}, true);
        m_crossingLabel->position->setCoords(c.breakEvenDays, c.oneOffKgco2e / scale);
        m_crossingLabel->setText(
            c.breakEvenDays == 0
                ? tr(" pays back at once")
                : tr(" pays back after %1").arg(qs(formatQuantity(c.breakEvenDays * 24, Quantity::Hours))));
        m_crossingLabel->setVisible(true);
    } else {
        m_crossing->data()->clear();
    }
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
