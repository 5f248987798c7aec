// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle_chart.h"

#include "criteria.h"
#include "format.h"
#include "hatched_bars.h"
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
        auto *emb = new HatchedBars(p->xAxis, p->yAxis, embodiedColor(phase), phaseColor(phase));
        emb->setName(phaseName(phase) + tr(" (embodied)"));
        emb->setPen(QPen(phaseColor(phase).darker(120)));
        emb->setWidth(0.6);
        emb->moveAbove(op);
        below = emb;
        m_operational.append(op);
        m_embodied.append(emb);
    }
    // A neutral hatched swatch explains the hatching once, for every phase.
    m_embodiedKey = new HatchedBars(p->xAxis, p->yAxis, embodiedKeyFill(), embodiedKeyLine());
    m_embodiedKey->setName(tr("Embodied (hatched)"));
    m_embodiedKey->setPen(QPen(embodiedKeyLine()));

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
        // The amount with its unit, and what the bar's percentage is a share of.
        QString amount, whole;
        switch (static_cast<int>(key)) {
        case EnergyColumn:
            amount = tr("%1 energy").arg(qs(formatQuantity(i.energy_kwh, Quantity::EnergyKwh)));
            whole = tr("life-cycle energy");
            break;
        case CarbonColumn:
            amount = emb >= 0 ? tr("%1 embodied").arg(qs(formatQuantity(i.embodied_kgco2e, Quantity::CarbonKg)))
                              : tr("%1 operational").arg(qs(formatQuantity(i.operational_kgco2e, Quantity::CarbonKg)));
            if (const PhaseChain &c = m_results.chain(phase); emb >= 0 && !c.server.empty())
                amount += tr(" (accelerators %1, host servers %2)")
                              .arg(qs(formatQuantity(i.embodied_kgco2e - c.server_embodied_kgco2e, Quantity::CarbonKg)),
                                   qs(formatQuantity(c.server_embodied_kgco2e, Quantity::CarbonKg)));
            whole = tr("life-cycle carbon");
            break;
        case WaterColumn:
            amount = tr("%1 water").arg(qs(formatQuantity(i.water_l(), Quantity::WaterL)));
            whole = tr("life-cycle water");
            break;
        default:
            amount = tr("%1 e-waste").arg(qs(formatQuantity(ewasteOf(m_results, phase), Quantity::MassKg)));
            if (const std::string origin = ewasteOriginText(m_results); !origin.empty())
                amount += tr(", from %1").arg(qs(origin));
            whole = tr("life-cycle e-waste");
            break;
        }
        return tr("<b>%1</b><br>%2<br>%3 of %4").arg(phaseName(phase), amount, qs(formatPercent(value / 100)), whole);
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
    updateLegend(r);
    m_totalsLine =
        tr("%1 · %2 · %3 · %4")
            .arg(qs(formatQuantity(t.energy_kwh, Quantity::EnergyKwh)), qs(formatQuantity(carbon, Quantity::CarbonKg)),
                 qs(formatQuantity(t.water_l(), Quantity::WaterL)), qs(formatQuantity(t.ewaste_kg, Quantity::MassKg)));
    plot()->xAxis->setLabel(m_bandLines.isEmpty() ? m_totalsLine : m_totalsLine + QLatin1Char('\n') + m_bandLines);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void LifecycleChart::updateLegend(const Results &r)
{
    // Only the phases this scenario has, and the hatch key only if there is embodied carbon.
    QCPLegend *legend = plot()->legend;
    legend->clearItems();
    for (Phase phase : kAllPhases) {
        if (phaseHasImpact(r, phase))
            m_operational[static_cast<int>(phase)]->addToLegend();
    }
    if (r.totals.embodied_kgco2e > 0)
        m_embodiedKey->addToLegend();
    legend->setVisible(legend->itemCount() > 0);
}

double LifecycleChart::shownShare(Phase phase, int criterion) const
{
    const int i = static_cast<int>(phase);
    static constexpr double keys[] = {EnergyColumn, CarbonColumn, CarbonColumn, WaterColumn, EwasteColumn};
    const QCPBars *bars = criterion == 2 ? m_embodied[i] : m_operational[i];
    const auto it = bars->data()->findBegin(keys[criterion], false);
    return it != bars->data()->constEnd() && qFuzzyCompare(it->key, keys[criterion]) ? it->value : 0.0;
}

void LifecycleChart::setBands(const UncertaintyResult *result)
{
    // Under the totals, in the same order: the bars are too narrow for an interval each.
    m_bandLines.clear();
    if (result) {
        auto interval = [&](Criterion c) {
            const Quantity q = criterionInfo(c).quantity;
            return qs(formatQuantity(result->total(c).p5, q, 2) + " – " + formatQuantity(result->total(c).p95, q, 2));
        };
        m_bandLines = tr("90%: %1 · %2\n90%: %3 · %4")
                          .arg(interval(Criterion::Energy), interval(Criterion::Carbon), interval(Criterion::Water),
                               interval(Criterion::Ewaste));
    }
    plot()->xAxis->setLabel(m_bandLines.isEmpty() ? m_totalsLine : m_totalsLine + QLatin1Char('\n') + m_bandLines);
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

/// The interval line under the bars ("" without bands), for tests.
QString LifecycleChart::bandLines() const
{
    return m_bandLines;
}

} // namespace mlimpact::ui
