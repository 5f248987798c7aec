// SPDX-License-Identifier: GPL-3.0-or-later
#include "rebound_chart.h"
#include "chart_palette.h"

#include "format.h"
#include "phase_style.h"
#include "plot_layout.h"
#include "plot_widget.h"

#include <algorithm>

namespace mlimpact::ui {

ReboundChart::ReboundChart(QWidget *parent)
    : ChartView(QStringLiteral("rebound"), parent)
{
    PlotWidget *p = plot();
    m_backfire = new QCPItemRect(p);
    m_backfire->setPen(Qt::NoPen);
    m_backfire->setBrush(QColor(0xD5, 0x5E, 0x00, 35));
    m_backfireLabel = new QCPItemText(p);
    m_backfireLabel->setText(tr("backfire: more energy than before"));
    followInk(m_backfireLabel, Ink::Warm, p->palette());
    m_backfireLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_expected = p->addGraph();
    m_expected->setName(tr("Expected (engineering) saving"));
    m_expected->setPen(QPen(QColor(0x77, 0x77, 0x77), 1.8, Qt::DashLine));
    followInk(m_expected, Ink::Muted, p->palette());
    m_realized = p->addGraph();
    m_realized->setName(tr("Realized saving after rebound"));
    m_realized->setPen(QPen(phaseColor(Phase::Deployment), 1.8));
    followAccent(m_realized, phaseColor(Phase::Deployment), p->palette());
    m_current = p->addGraph();
    m_current->setName(tr("This scenario"));
    m_current->setLineStyle(QCPGraph::lsNone);
    m_current->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, Qt::black, 9));
    followInk(m_current, Ink::Text, p->palette());
    p->xAxis->setLabel(tr("Demand elasticity"));
    p->yAxis->setLabel(tr("Deployment energy saved (%)"));
    p->xAxis->setRange(0, 2);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    p->setTooltipProvider([](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *g = qobject_cast<QCPGraph *>(plottable);
        if (!g || index < 0 || index >= g->dataCount())
            return {};
        const auto d = g->data()->at(index);
        const QString saved = d->value >= 0
                                  ? tr("%1% of deployment energy saved").arg(qs(formatSignificant(d->value, 3)))
                                  : tr("%1% more deployment energy").arg(qs(formatSignificant(-d->value, 3)));
        return tr("<b>%1</b><br>demand elasticity %2: %3").arg(g->name(), qs(formatSignificant(d->key, 2)), saved);
    });
    setNote(
        tr("Demand × r^−e, energy × r^(1−e) for cost factor r (docs/model.md §11). Meta cut power 20% every 6 months "
           "yet saw 28.5% net over 2 years (Wu et al. 2022): elasticity ≈ 0.62."));
    p->applyTheme();
}

void ReboundChart::showData(const ChartData &input)
{
    const auto &curve = input.analyses.reboundCurve;
    const ReboundOutcome &now = input.results.deploymentRebound;
    QVector<double> x, expected, realized;
    for (const auto &pt : curve) {
        x << pt.elasticity;
        expected << 100 * pt.expectedSaving;
        realized << 100 * pt.realizedSaving;
    }
    m_expected->setData(x, expected, true);
    m_realized->setData(x, realized, true);
    m_current->setData({now.elasticity}, {100 * now.realizedSaving}, true);
    double lo = 0, hi = 10;
    for (int i = 0; i < x.size(); ++i) {
        if (x[i] > (now.elasticity > 1.9 ? 3.0 : 2.0) + 1e-9)
            continue; // the visible part sets the scale
        lo = std::min({lo, expected[i], realized[i]});
        hi = std::max({hi, expected[i], realized[i]});
    }
    PlotWidget *p = plot();
    // 0-2 covers the evidence; wider only when the scenario's own elasticity is beyond it.
    const double right = now.elasticity > 1.9 ? 3.0 : 2.0;
    p->yAxis->setRange(std::max(lo * 1.1 - 5, -150.0), hi * 1.15 + 5);
    p->xAxis->setRange(0, right);
    m_backfire->topLeft->setCoords(0, 0);
    m_backfire->bottomRight->setCoords(right, p->yAxis->range().lower);
    m_backfireLabel->position->setCoords(0.04, p->yAxis->range().lower * 0.92);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
