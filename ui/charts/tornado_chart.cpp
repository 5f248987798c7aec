// SPDX-License-Identifier: GPL-3.0-or-later
#include "tornado_chart.h"
#include "core_text.h"

#include "criteria.h"
#include "format.h"
#include "plot_widget.h"

#include <QComboBox>

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {
namespace {

constexpr int kBarsShown = 10;

/// The criteria offered, energy, carbon and water first: the ones that differ most in their drivers.
const Criterion kOffered[] = {
    Criterion::Energy, Criterion::Carbon,  Criterion::Water, Criterion::OperationalCarbon, Criterion::EmbodiedCarbon,
    Criterion::Ewaste, Criterion::Compute, Criterion::Adpe,  Criterion::PrimaryEnergy};

} // namespace

TornadoChart::TornadoChart(QWidget *parent)
    : ChartView(QStringLiteral("tornado"), parent)
    , m_criterion(new QComboBox(this))
{
    for (Criterion c : kOffered)
        m_criterion->addItem(coreText(criterionInfo(c).label), static_cast<int>(c));
    m_criterion->setAccessibleName(tr("Criterion"));
    controls()->addWidget(m_criterion);
    controls()->addStretch(1);
    connect(m_criterion, &QComboBox::currentIndexChanged, this, &TornadoChart::redraw);
    PlotWidget *p = plot();
    // Bars along the y axis: one row per input.
    m_low = new QCPBars(p->yAxis, p->xAxis);
    m_low->setName(tr("Input at the low end"));
    m_low->setPen(Qt::NoPen);
    m_low->setBrush(QColor(0x00, 0x72, 0xB2));
    m_high = new QCPBars(p->yAxis, p->xAxis);
    m_high->setName(tr("Input at the high end"));
    m_high->setPen(Qt::NoPen);
    m_high->setBrush(QColor(0xE6, 0x9F, 0x00));
    for (QCPBars *b : {m_low, m_high})
        b->setWidth(0.62);
    p->xAxis->setLabel(tr("Total, × the point estimate (log scale)"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignRight | Qt::AlignBottom);
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *bars = qobject_cast<QCPBars *>(plottable);
        if (!bars || index < 0 || index >= bars->dataCount())
            return {};
        const auto d = bars->data()->at(index);
        const int row = static_cast<int>(std::lround(d->key));
        if (row < 0 || row >= m_shown.size())
            return {};
        const qsizetype n = m_shown.size() - 1 - row;
        return tr("<b>%1</b> (%2)<br>%3: ×%4 the total")
            .arg(m_shown.at(n), m_ranges.value(n), bars->name(), qs(formatSignificant(std::pow(10.0, d->value), 3)));
    });
    setNote(tr("One input at a time, the others at the scenario's values; ranges from the parameter registry "
               "(docs/model.md §15). Interactions: `sensitivity --method sobol`."));
    p->applyTheme();
}

void TornadoChart::showData(const ChartData &input)
{
    m_tornado = input.analyses.tornado;
    redraw();
}

void TornadoChart::redraw()
{
    const auto c = static_cast<Criterion>(m_criterion->currentData().toInt());
    const double base = m_tornado.base[static_cast<std::size_t>(c)];
    auto order = m_tornado.ranking(c);
    if (order.size() > kBarsShown)
        order.resize(kBarsShown);
    QVector<double> keys, low, high;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    m_shown.clear();
    m_ranges.clear();
    double extent = 0.3; // at least x0.5 to x2
    // Largest at the top: the first of the ranking gets the highest row.
    for (std::size_t n = 0; n < order.size(); ++n) {
        const TornadoBar &bar = m_tornado.bars[order[n]];
        const UncertainInput &in = m_tornado.inputs[bar.input];
        const double row = static_cast<double>(order.size() - 1 - n);
        // log10 of the total relative to the point estimate: the totals are products of inputs spanning
        // decades, so a linear % axis would show one bar and nine slivers.
        const auto percent = [&](const CriterionValues &v) {
            const double ratio = base > 0 ? v[static_cast<std::size_t>(c)] / base : 1.0;
            return std::log10(std::clamp(ratio, 1e-6, 1e6));
        };
        keys << row;
        low << percent(bar.atLow);
        high << percent(bar.atHigh);
        extent = std::max({extent, std::abs(low.back()), std::abs(high.back())});
        // The label alone on the axis; the range is in the tooltip (long numbers would crowd the bars out).
        ticker->addTick(row, coreText(in.parameter->label));
        m_ranges.prepend(qs(formatQuantity(in.low, Quantity::Plain, 2) + " – " +
                            formatQuantity(in.high, Quantity::Plain, 2) +
                            (in.parameter->unit.empty() ? "" : " " + in.parameter->unit)));
        m_shown.prepend(qs(in.parameter->path));
    }
    std::reverse(m_shown.begin(), m_shown.end());
    std::reverse(m_ranges.begin(), m_ranges.end());
    m_low->setData(keys, low, true);
    m_high->setData(keys, high, true);
    PlotWidget *p = plot();
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(-0.7, std::max<double>(static_cast<double>(order.size()) - 0.3, 1.0));
    p->xAxis->setRange(-extent * 1.1, extent * 1.1);
    // Ticks at the powers of ten (or halves and doubles when the swings are small), as "x10".
    auto ratios = QSharedPointer<QCPAxisTickerText>::create();
    const double step = extent > 1.2 ? 1.0 : std::log10(2.0);
    for (int k = -static_cast<int>(extent * 1.1 / step); k <= static_cast<int>(extent * 1.1 / step); ++k)
        ratios->addTick(k * step, QStringLiteral("×") + qs(formatSignificant(std::pow(10.0, k * step), 2)));
    p->xAxis->setTicker(ratios);
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
