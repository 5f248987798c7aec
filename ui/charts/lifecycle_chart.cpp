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

enum Column { EnergyColumn = 1, CarbonColumn, WaterColumn, EwasteColumn, AdpeColumn, PrimaryEnergyColumn };

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

/// A data-centre phase's IT energy by what draws it (docs/model.md §17), for its tooltip.
QString energyPartsText(const PhaseChain &c)
{
    if (!(c.idle_energy_kwh + c.infrastructure_energy_kwh > 0))
        return {};
    return LifecycleChart::tr("<br>IT energy: at work %1 · allocated but idle %2 · shared infrastructure %3")
        .arg(qs(formatQuantity(c.dynamic_energy_kwh, Quantity::EnergyKwh)),
             qs(formatQuantity(c.idle_energy_kwh, Quantity::EnergyKwh)),
             qs(formatQuantity(c.infrastructure_energy_kwh, Quantity::EnergyKwh)));
}

} // namespace

LifecycleChart::LifecycleChart(QWidget *parent)
    : ChartView(QStringLiteral("lifecycle"), parent)
{
    setNote(
        tr("Shares of each life-cycle total. Embodied carbon: manufacturing allocated by use (data centre) or "
           "charged at purchase × ML share (edge). E-waste is counted at disposal; hover it to see whose hardware it "
           "was. ADPe: resource depletion (the minerals and metals mined); PE: primary energy; both electricity plus "
           "manufacturing."));
    PlotWidget *p = plot();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    // Six columns are a word apart in a dashboard cell: every other name one line lower, so that
    // neighbours never touch; ADPe and PE are spelled out in the note.
    ticker->addTick(EnergyColumn, tr("Energy"));
    ticker->addTick(CarbonColumn, QLatin1Char('\n') + tr("Carbon"));
    ticker->addTick(WaterColumn, tr("Water"));
    ticker->addTick(EwasteColumn, QLatin1Char('\n') + tr("E-waste"));
    ticker->addTick(AdpeColumn, tr("ADPe"));
    ticker->addTick(PrimaryEnergyColumn, QLatin1Char('\n') + tr("PE"));
    p->xAxis->setTicker(ticker);
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setRange(0.4, 6.6);
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
            amount += energyPartsText(m_results.chain(phase));
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
        case AdpeColumn:
            amount = tr("%1 resource depletion").arg(qs(formatQuantity(i.adpe_kg_sb_eq, Quantity::AdpeKgSbEq)));
            whole = tr("life-cycle ADPe");
            break;
        case PrimaryEnergyColumn:
            amount = tr("%1 primary energy").arg(qs(formatQuantity(i.primary_energy_mj, Quantity::PrimaryEnergyMj)));
            whole = tr("life-cycle primary energy");
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
        m_operational[i]->setData(
            {EnergyColumn, CarbonColumn, WaterColumn, EwasteColumn, AdpeColumn, PrimaryEnergyColumn},
            {share(p.energy_kwh, t.energy_kwh), share(p.operational_kgco2e, carbon), share(p.water_l(), t.water_l()),
             share(ewasteOf(r, phase), t.ewaste_kg), share(p.adpe_kg_sb_eq, t.adpe_kg_sb_eq),
             share(p.primary_energy_mj, t.primary_energy_mj)},
            true);
        m_embodied[i]->setData({CarbonColumn}, {share(p.embodied_kgco2e, carbon)}, true);
    }
    updateLegend(r);
    m_totalsLine =
        tr("%1 · %2 · %3 · %4\n%5 · %6")
            .arg(qs(formatQuantity(t.energy_kwh, Quantity::EnergyKwh)), qs(formatQuantity(carbon, Quantity::CarbonKg)),
                 qs(formatQuantity(t.water_l(), Quantity::WaterL)), qs(formatQuantity(t.ewaste_kg, Quantity::MassKg)),
                 qs(formatQuantity(t.adpe_kg_sb_eq, Quantity::AdpeKgSbEq)),
                 qs(formatQuantity(t.primary_energy_mj, Quantity::PrimaryEnergyMj)));
    // The data-centre energy by what draws it, worded once in core (docs/model.md §17), one part a line
    // so that it fits under the bars; only when something besides the devices at work draws energy.
    if (r.energySplit.idle.energy_kwh + r.energySplit.infrastructure.energy_kwh > 0)
        m_totalsLine += QLatin1Char('\n') + qs(energySplitText(r)).replace(QStringLiteral(" · "), QStringLiteral("\n"));
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
    static constexpr double keys[] = {EnergyColumn, CarbonColumn, CarbonColumn,       WaterColumn,
                                      EwasteColumn, AdpeColumn,   PrimaryEnergyColumn};
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
        m_bandLines =
            tr("90%: %1 · %2 · %3\n90%: %4 · %5 · %6")
                .arg(interval(Criterion::Energy), interval(Criterion::Carbon), interval(Criterion::Water),
                     interval(Criterion::Ewaste), interval(Criterion::Adpe), interval(Criterion::PrimaryEnergy));
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
