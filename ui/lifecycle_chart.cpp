// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_chart.h"

#include "format.h"
#include "phase_style.h"
#include "plot_widget.h"

#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace mlimpact::ui {
namespace {

enum Column { EnergyColumn = 1, CarbonColumn, WaterColumn, EwasteColumn };

QBrush hatchedBrush(Phase phase)
{
    QPixmap tile(8, 8);
    tile.fill(embodiedColor(phase));
    QPainter painter(&tile);
    painter.setPen(QPen(phaseColor(phase), 1.5));
    painter.drawLine(0, 8, 8, 0);
    return QBrush(tile);
}

/// E-waste is shown by the phase whose hardware retires (the disposal phase
/// itself owns none); with disposal excluded there is none to show.
double ewasteOf(const Results &r, Phase phase)
{
    if (!r.chain(Phase::Disposal).enabled || phase == Phase::Disposal || !r.chain(phase).enabled)
        return 0.0;
    return r.chain(phase).ewaste_source_kg;
}

double share(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

} // namespace

LifecycleChart::LifecycleChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new PlotWidget(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    m_note->setWordWrap(true);
    m_note->setText(tr("Shares of each life-cycle total. Embodied carbon: manufacturing allocated by use "
                       "(data centre) or charged at purchase × ML share (edge). E-waste is shown by the phase "
                       "whose hardware retires; its end-of-life processing carbon is under Disposal."));

    m_plot->setChartTitle(tr("Where does the impact come from?"));
    m_plot->setMinimumSize(480, 320);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(EnergyColumn, tr("Energy"));
    ticker->addTick(CarbonColumn, tr("Carbon"));
    ticker->addTick(WaterColumn, tr("Water"));
    ticker->addTick(EwasteColumn, tr("E-waste"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, 4.6);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis->setRange(0, 100);
    m_plot->yAxis->setLabel(tr("Share of life-cycle total (%)"));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignTop);
    // The legend sits beside the bars, not over them.
    m_plot->xAxis->setRange(0.4, 5.9);

    QCPBars *below = nullptr;
    for (Phase phase : kAllPhases) {
        auto *op = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        op->setName(phaseName(phase));
        op->setPen(QPen(phaseColor(phase).darker(120)));
        op->setBrush(phaseColor(phase));
        op->setWidth(0.6);
        if (below)
            op->moveAbove(below);
        auto *emb = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        emb->setName(phaseName(phase) + tr(" (embodied)"));
        emb->setPen(QPen(phaseColor(phase).darker(120)));
        emb->setBrush(hatchedBrush(phase));
        emb->setWidth(0.6);
        emb->moveAbove(op);
        m_plot->legend->removeItem(m_plot->legend->itemCount() - 1); // one legend row per phase
        below = emb;
        m_operational.append(op);
        m_embodied.append(emb);
    }
    // One legend row explains the hatch for every phase.
    auto *hatchKey = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    hatchKey->setName(tr("Embodied (hatched)"));
    QPixmap tile(8, 8);
    tile.fill(QColor(0xdd, 0xdd, 0xdd));
    QPainter painter(&tile);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5));
    painter.drawLine(0, 8, 8, 0);
    hatchKey->setBrush(QBrush(tile));
    hatchKey->setPen(QPen(QColor(0x55, 0x55, 0x55)));
}

void LifecycleChart::setResults(const Results &r)
{
    const Impacts &t = r.totals;
    const double carbon = t.carbon_kgco2e();
    for (Phase phase : kAllPhases) {
        const Impacts &p = r.phase(phase);
        const int i = static_cast<int>(phase);
        m_operational[i]->setData({EnergyColumn, CarbonColumn, WaterColumn, EwasteColumn},
                                  {share(p.energy_kwh, t.energy_kwh), share(p.operational_kgco2e, carbon),
                                   share(p.water_l(), t.water_l()), share(ewasteOf(r, phase), t.ewaste_kg)},
                                  true);
        m_embodied[i]->setData({CarbonColumn}, {share(p.embodied_kgco2e, carbon)}, true);
    }
    m_plot->xAxis->setLabel(tr("Totals: %1 · %2 · %3 water · %4 e-waste")
                                .arg(QString::fromStdString(formatQuantity(t.energy_kwh, Quantity::EnergyKwh)),
                                     QString::fromStdString(formatQuantity(carbon, Quantity::CarbonKg)),
                                     QString::fromStdString(formatQuantity(t.water_l(), Quantity::WaterL)),
                                     QString::fromStdString(formatQuantity(t.ewaste_kg, Quantity::MassKg))));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

double LifecycleChart::shownShare(Phase phase, int criterion) const
{
    const int i = static_cast<int>(phase);
    static constexpr double keys[] = {EnergyColumn, CarbonColumn, CarbonColumn, WaterColumn, EwasteColumn};
    const QCPBars *bars = criterion == 2 ? m_embodied[i] : m_operational[i];
    const auto it = bars->data()->findBegin(keys[criterion], false);
    return it != bars->data()->constEnd() && qFuzzyCompare(it->key, keys[criterion]) ? it->value : 0.0;
}

} // namespace mlimpact::ui
