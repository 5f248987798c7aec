// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline_chart.h"
#include "chart_palette.h"

#include "format.h"
#include "phase_style.h"
#include "plot_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace mlimpact::ui {
namespace {

enum Criterion { Carbon, Energy, Water, Ewaste };

double valueOf(const Impacts &i, int criterion)
{
    switch (criterion) {
    case Energy:
        return i.energy_kwh;
    case Water:
        return i.water_l();
    case Ewaste:
        return i.ewaste_kg;
    default:
        return i.carbon_kgco2e();
    }
}

/// Axis scale and unit for a criterion's largest value (t, MWh, m³ ...).
std::pair<double, QString> scaleFor(int criterion, double maximum)
{
    switch (criterion) {
    case Energy:
        return maximum >= 1e6   ? std::pair{1e6, QStringLiteral("GWh")}
               : maximum >= 1e3 ? std::pair{1e3, QStringLiteral("MWh")}
                                : std::pair{1.0, QStringLiteral("kWh")};
    case Water:
        return maximum >= 1e6   ? std::pair{1e6, QStringLiteral("ML")}
               : maximum >= 1e3 ? std::pair{1e3, QStringLiteral("m³")}
                                : std::pair{1.0, QStringLiteral("L")};
    case Ewaste:
        return maximum >= 1e3 ? std::pair{1e3, QStringLiteral("t")} : std::pair{1.0, QStringLiteral("kg")};
    default:
        return maximum >= 1e6   ? std::pair{1e6, QStringLiteral("kt CO₂e")}
               : maximum >= 1e3 ? std::pair{1e3, QStringLiteral("t CO₂e")}
                                : std::pair{1.0, QStringLiteral("kg CO₂e")};
    }
}

/// A criterion's name inside a sentence: English writes "cumulative energy", German keeps its nouns
/// capitalised ("Kumuliert: Energie"); the translation says which ("lower" or "keep").
QString inSentence(const QString &name)
{
    return TimelineChart::tr("lower", "case of a criterion name inside a sentence: lower or keep") ==
                   QLatin1String("lower")
               ? name.toLower()
               : name;
}

} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : ChartView(QStringLiteral("timeline"), parent)
    , m_criterion(new QComboBox(this))
{
    m_criterion->addItems({tr("Carbon"), tr("Energy"), tr("Water"), tr("E-waste")});
    controls()->addWidget(new QLabel(tr("Show:"), this));
    controls()->addWidget(m_criterion);
    controls()->addStretch();
    connect(m_criterion, &QComboBox::currentIndexChanged, this, &TimelineChart::redraw);

    PlotWidget *p = plot();
    QCPGraph *below = nullptr;
    for (Phase phase : kAllPhases) {
        QCPGraph *g = p->addGraph();
        g->setName(phaseName(phase));
        g->setPen(QPen(phaseColor(phase).darker(115), 1.2));
        g->setBrush(phaseColor(phase));
        if (below)
            g->setChannelFillGraph(below);
        below = g;
        m_layers << g;
    }
    // The 90% interval of the cumulative total: a shaded channel between two dashed lines.
    m_bandLow = p->addGraph();
    m_bandHigh = p->addGraph();
    m_bandLow->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.2, Qt::DashLine));
    m_bandHigh->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.2, Qt::DashLine));
    m_bandHigh->setBrush(QColor(0x33, 0x33, 0x33, 22));
    followInk(m_bandLow, Ink::Text, p->palette());
    followInk(m_bandHigh, Ink::Text, Ink::Text, p->palette());
    m_bandHigh->setChannelFillGraph(m_bandLow);
    m_bandHigh->setName(tr("90% interval (Monte Carlo)"));
    m_bandLow->removeFromLegend();
    m_bandHigh->removeFromLegend();
    p->xAxis->setLabel(tr("Years in service"));
    p->legend->setVisible(true);
    p->placeLegendOutside();
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        const int layer = static_cast<int>(m_layers.indexOf(qobject_cast<QCPGraph *>(plottable)));
        if (layer < 0 || index < 0 || index >= m_timeline.months)
            return {};
        const int c = m_criterion->currentIndex();
        double own = 0, all = 0;
        for (int m = 0; m <= index; ++m) {
            own += valueOf(m_timeline.monthly[m][layer], c);
            for (const Impacts &phase : m_timeline.monthly[m])
                all += valueOf(phase, c);
        }
        const Quantity q = c == Energy   ? Quantity::EnergyKwh
                           : c == Water  ? Quantity::WaterL
                           : c == Ewaste ? Quantity::MassKg
                                         : Quantity::CarbonKg;
        const QString what = inSentence(m_criterion->currentText());
        return tr("<b>%1</b>, end of month %2 (%3 years in service)<br>%4 %5 so far; all phases %6")
            .arg(phaseName(kAllPhases[layer]))
            .arg(index + 1)
            .arg(qs(formatSignificant((index + 1) / 12.0, 2)), qs(formatQuantity(own, q)), what,
                 qs(formatQuantity(all, q)));
    });
    setNote(tr("Monthly simulation: development, search and training at launch; retraining at its cadence; queries "
               "with yearly growth; edge cohorts bought and retired; grid decarbonization and hardware refresh as set "
               "under Time & place and Hardware & place."));
    p->applyTheme();
    m_linearTicker = p->yAxis->ticker();
}

void TimelineChart::showData(const ChartData &input)
{
    m_timeline = input.results.timeline;
    // The legend lists only the phases this scenario has, in life-cycle order.
    QCPLegend *legend = plot()->legend;
    legend->clearItems();
    for (Phase phase : kAllPhases) {
        if (phaseHasImpact(input.results, phase))
            m_layers[static_cast<int>(phase)]->addToLegend();
    }
    if (m_bands)
        m_bandHigh->addToLegend();
    legend->setVisible(legend->itemCount() > 0);
    redraw();
}

void TimelineChart::redraw()
{
    const int criterion = m_criterion->currentIndex();
    const int months = m_timeline.months;
    std::vector<double> stacked(static_cast<std::size_t>(months), 0.0);
    double maximum = 0;
    std::vector<std::vector<double>> layers;
    std::vector<double> running(kPhaseCount, 0.0);
    for (int layer = 0; layer < kPhaseCount; ++layer) {
        std::vector<double> values(static_cast<std::size_t>(months));
        double cumulative = 0;
        for (int m = 0; m < months; ++m) {
            cumulative += valueOf(m_timeline.monthly[m][layer], criterion);
            stacked[m] += cumulative;
            values[m] = stacked[m];
        }
        layers.push_back(values);
        if (!values.empty())
            maximum = std::max(maximum, values.back());
    }
    const auto [scale, unit] = scaleFor(criterion, maximum);
    for (int layer = 0; layer < kPhaseCount; ++layer) {
        QVector<double> x, y;
        for (int m = 0; m < months; ++m) {
            x << (m + 1) / 12.0; // cumulative at the end of each month
            y << layers[layer][m] / scale;
        }
        m_layers[layer]->setData(x, y, true);
    }
    const auto band = drawBands(scale);
    PlotWidget *p = plot();
    p->xAxis->setRange(0, months / 12.0);
    setValueAxis(scale, maximum / scale, band);
    const bool log = p->yAxis->scaleType() == QCPAxis::stLogarithmic;
    p->yAxis->setLabel(log ? tr("Cumulative %1 (%2, log scale)").arg(inSentence(m_criterion->currentText()), unit)
                           : tr("Cumulative %1 (%2)").arg(inSentence(m_criterion->currentText()), unit));
    p->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::setValueAxis(double scale, double stackTop, std::pair<double, double> band)
{
    QCPAxis *y = plot()->yAxis;
    const auto [bandLow, bandHigh] = band;
    // Inputs spanning decades give a p95 many times the point estimate (two orders for the LLM
    // preset): on a linear axis either the band runs off the top or the stack is a line on the
    // floor. Past 3x the values go on a log axis, where both show (the tornado's reasoning).
    if (bandHigh > 3 * stackTop && bandLow > 0) {
        // Down to the band's p5 and two decades below the stack's top: a phase a thousandth of the
        // total would otherwise stretch the axis over decades nobody reads (it stays drawn, clipped).
        const double lowest = std::min(bandLow, stackTop / 100);
        if (y->scaleType() != QCPAxis::stLogarithmic) {
            y->setScaleType(QCPAxis::stLogarithmic);
            y->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        }
        y->setRange(lowest / 2, bandHigh * 2);
        return;
    }
    if (y->scaleType() != QCPAxis::stLinear) {
        y->setScaleType(QCPAxis::stLinear);
        y->setTicker(m_linearTicker);
    }
    y->setRange(0, std::max(stackTop, bandHigh) * 1.08 + 1e-12 / scale);
}

double TimelineChart::finalStackedValue(Phase phase) const
{
    const QCPGraph *g = m_layers[static_cast<int>(phase)];
    return g->dataCount() ? g->data()->at(g->dataCount() - 1)->value : 0.0;
}

void TimelineChart::setBands(std::shared_ptr<const UncertaintyResult> result)
{
    m_bands = std::move(result);
    if (m_bands)
        m_bandHigh->addToLegend();
    else
        m_bandHigh->removeFromLegend();
    redraw();
}

std::pair<double, double> TimelineChart::drawBands(double scale)
{
    // The picker's order (this file's own Criterion enum) in core's criteria.
    constexpr mlimpact::Criterion kCriteria[] = {mlimpact::Criterion::Carbon, mlimpact::Criterion::Energy,
                                                 mlimpact::Criterion::Water, mlimpact::Criterion::Ewaste};
    QVector<double> x, low, high;
    const auto c = static_cast<std::size_t>(kCriteria[std::clamp(m_criterion->currentIndex(), 0, 3)]);
    double lowest = 0, highest = 0;
    // Bands are for the months of the scenario they were computed for; a stale run (other length) is not drawn.
    if (m_bands && static_cast<int>(m_bands->timeline.size()) == m_timeline.months) {
        for (int m = 0; m < m_timeline.months; ++m) {
            const Band &b = m_bands->timeline[static_cast<std::size_t>(m)][c];
            x << (m + 1) / 12.0;
            low << b.p5 / scale;
            high << b.p95 / scale;
            if (b.p5 > 0)
                lowest = lowest > 0 ? std::min(lowest, b.p5 / scale) : b.p5 / scale;
            highest = std::max(highest, b.p95 / scale);
        }
    }
    m_bandLow->setData(x, low, true);
    m_bandHigh->setData(x, high, true);
    return {lowest, highest};
}

std::pair<double, double> TimelineChart::finalBand() const
{
    if (!m_bands || m_bands->timeline.empty() || m_bandHigh->dataCount() == 0)
        return {0.0, 0.0};
    const auto c = static_cast<std::size_t>(mlimpact::Criterion::Carbon);
    return {m_bands->timeline.back()[c].p5, m_bands->timeline.back()[c].p95};
}

} // namespace mlimpact::ui
