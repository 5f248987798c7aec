// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_chart.h"

#include "format.h"
#include "phase_style.h"
#include "plot_widget.h"

#include <QPainter>

namespace mlimpact::ui {
namespace {

enum Column { EnergyColumn = 1, CarbonColumn, WaterColumn, EwasteColumn };

/// E-waste is counted in the disposal phase, in this chart as in every other view
/// (docs/model.md §7): the phase that retires hardware owns its mass.
double ewasteOf(const Results &r, Phase phase)
{
    return r.phase(phase).ewaste_kg;
}

double share(double part, double whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

} // namespace

LifecycleChart::LifecycleChart(QWidget *parent)
    : ChartView(QStringLiteral("lifecycle"), parent)
{
    setNote(
        tr("Shares of each life-cycle total. Embodied carbon: manufacturing allocated by use (data centre) or "
           "charged at purchase × ML share (edge). E-waste is counted at disposal; hover it to see whose hardware it "
           "was."));
    PlotWidget *p = plot();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(EnergyColumn, tr("Energy"));
    ticker->addTick(CarbonColumn, tr("Carbon"));
    ticker->addTick(WaterColumn, tr("Water"));
    ticker->addTick(EwasteColumn, tr("E-waste"));
    p->xAxis->setTicker(ticker);
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setRange(0.4, 4.6);
    p->yAxis->setRange(0, 100);
    p->yAxis->setLabel(tr("Share of life-cycle total (%)"));
    p->legend->setVisible(true);
    // The legend beside the plot, not over the bars.
    p->placeLegendOutside();

    QCPBars *below = nullptr;
    for (Phase phase : kAllPhases) {
        auto *op = new QCPBars(p->xAxis, p->yAxis);
        op->setName(phaseName(phase));
        op->setPen(QPen(phaseColor(phase).darker(120)));
        op->setBrush(phaseColor(phase));
        op->setWidth(0.6);
        if (below)
            op->moveAbove(below);
        auto *emb = new QCPBars(p->xAxis, p->yAxis);
        emb->setName(phaseName(phase) + tr(" (embodied)"));
        emb->setPen(QPen(phaseColor(phase).darker(120)));
        emb->setBrush(embodiedBrush(phase));
        emb->setWidth(0.6);
        emb->moveAbove(op);
        p->legend->removeItem(p->legend->itemCount() - 1); // one legend row per phase
        below = emb;
        m_operational.append(op);
        m_embodied.append(emb);
    }
    auto *hatchKey = new QCPBars(p->xAxis, p->yAxis);
    hatchKey->setName(tr("Embodied (hatched)"));
    hatchKey->setBrush(embodiedKeyBrush());
    hatchKey->setPen(QPen(QColor(0x55, 0x55, 0x55)));

    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        const int op = static_cast<int>(m_operational.indexOf(static_cast<QCPBars *>(plottable)));
        const int emb = static_cast<int>(m_embodied.indexOf(static_cast<QCPBars *>(plottable)));
        const int phaseIndex = op >= 0 ? op : emb;
        if (phaseIndex < 0)
            return {};
        const auto *bars = static_cast<QCPBars *>(plottable);
        const double key = bars->data()->at(index)->key;
        const double value = bars->data()->at(index)->value;
        const Phase phase = kAllPhases[phaseIndex];
        const Impacts &i = m_results.phase(phase);
        QString amount;
        switch (static_cast<int>(key)) {
        case EnergyColumn:
            amount = qs(formatQuantity(i.energy_kwh, Quantity::EnergyKwh));
            break;
        case CarbonColumn:
            amount = emb >= 0 ? tr("%1 embodied").arg(qs(formatQuantity(i.embodied_kgco2e, Quantity::CarbonKg)))
                              : tr("%1 operational").arg(qs(formatQuantity(i.operational_kgco2e, Quantity::CarbonKg)));
            break;
        case WaterColumn:
            amount = qs(formatQuantity(i.water_l(), Quantity::WaterL));
            break;
        default:
            amount = qs(formatQuantity(ewasteOf(m_results, phase), Quantity::MassKg));
            if (const std::string origin = ewasteOriginText(m_results); !origin.empty())
                amount += tr(", from %1").arg(qs(origin));
            break;
        }
        return QStringLiteral("<b>%1</b>: %2 (%3)").arg(phaseName(phase), amount, qs(formatPercent(value / 100)));
    });
    p->applyTheme();
}

void LifecycleChart::showData(const ChartData &input)
{
    const Results &r = input.results;
    m_results = r;
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
    plot()->xAxis->setLabel(
        tr("%1 · %2 · %3 · %4")
            .arg(qs(formatQuantity(t.energy_kwh, Quantity::EnergyKwh)), qs(formatQuantity(carbon, Quantity::CarbonKg)),
                 qs(formatQuantity(t.water_l(), Quantity::WaterL)), qs(formatQuantity(t.ewaste_kg, Quantity::MassKg))));
    plot()->replot(QCustomPlot::rpQueuedReplot);
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
