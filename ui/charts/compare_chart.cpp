// SPDX-License-Identifier: GPL-3.0-or-later
#include "compare_chart.h"
#include "core_text.h"

#include "comparison_report.h"
#include "comparison_style.h"
#include "criteria.h"
#include "phase_style.h"
#include "plot_layout.h"
#include "plot_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>

namespace mlimpact::ui {
namespace {

/// "-16.0% (-241 t CO₂e)": the change without " vs Baseline" (the baseline is the first bar), or
/// "same as Baseline" when there is none.
QString barLabel(double baseline, double variant, Criterion criterion)
{
    const std::string amount = changeAmount(baseline, variant, criterion);
    return qs(amount.empty() ? changeFromBaseline(baseline, variant, criterion) : amount);
}

} // namespace

CompareChart::CompareChart(QWidget *parent)
    : ChartView(QStringLiteral("compare"), parent)
    , m_criterion(new QComboBox(this))
{
    controls()->addWidget(new QLabel(tr("Criterion:"), this));
    controls()->addWidget(m_criterion, 1);
    for (const auto &c : compareCriterionChoices()) {
        m_criterion->addItem(coreText(c.label), qs(c.key));
        m_criterion->setItemData(m_criterion->count() - 1, tr("--compare %1").arg(qs(c.key)), Qt::ToolTipRole);
    }
    connect(m_criterion, &QComboBox::activated, this, [this] {
        const auto criterion = findCriterion(m_criterion->currentData().toString().toStdString());
        requestAnalysis(
            [criterion](AnalysisRequest &r) { r.compareCriterion = criterion.value_or(Criterion::Carbon); });
    });
    PlotWidget *p = plot();
    // Horizontal bars, the baseline on top: long variant names fit on the left.
    for (QCPAxis *axis : {p->yAxis, p->yAxis2}) {
        axis->setRangeReversed(true);
        axis->grid()->setVisible(false);
        axis->setTicks(true);
        axis->setSubTicks(false);
        axis->setTickLength(0);
    }
    p->yAxis2->setVisible(true);
    p->yAxis2->setTickLabels(true);
    QCPBars *below = nullptr;
    for (Phase phase : kAllPhases) {
        auto *bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(phaseName(phase));
        bars->setPen(QPen(phaseColor(phase).darker(120)));
        bars->setBrush(phaseColor(phase));
        bars->setWidth(0.6);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_phases.append(bars);
    }
    p->legend->setVisible(true);
    legendBelowPlot(p, 3);
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        const int phase = static_cast<int>(m_phases.indexOf(static_cast<QCPBars *>(plottable)));
        if (phase < 0)
            return {};
        const auto d = static_cast<QCPBars *>(plottable)->data()->at(index);
        const int bar = static_cast<int>(d->key) - 1;
        const auto criterion = findCriterion(m_criterion->currentData().toString().toStdString());
        const auto quantity = criterionInfo(criterion.value_or(Criterion::Carbon)).quantity;
        return tr("<b>%1</b><br>%2: %3")
            .arg(bar >= 0 && bar < m_names.size() ? m_names[bar] : QString(), phaseName(kAllPhases[phase]),
                 qs(formatQuantity(d->value, quantity)));
    });
    // Names and changes in one line each, or broken into lines in a narrow cell.
    connect(p, &QCustomPlot::beforeReplot, this, &CompareChart::applyLabels);
    setNote(tr("Each variant is the baseline with the parameters in “What does each variant change?” set otherwise, "
               "evaluated by the same model (docs/model.md). Bars are stacked by life-cycle phase; e-waste is counted "
               "at disposal."));
    p->applyTheme();
}

void CompareChart::showData(const ChartData &input)
{
    PlotWidget *p = plot();
    const Analyses &a = input.analyses;
    const Criterion criterion = a.request.compareCriterion;
    const CriterionInfo &info = criterionInfo(criterion);
    {
        const QSignalBlocker block(m_criterion);
        m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(qs(std::string(info.id)))));
    }
    m_names.clear();
    m_labels.clear();
    for (QCPBars *bars : m_phases)
        bars->data()->clear();
    std::vector<const VariantOutcome *> outcomes;
    if (a.comparison) {
        outcomes.push_back(&a.comparison->baseline);
        for (const auto &v : a.comparison->variants)
            outcomes.push_back(&v);
    }
    // Names on the left axis, each bar's total or change on the right: axis tick labels are
    // laid out by the plot, so they never overlap the bars or each other at any size.
    double highest = 0;
    const auto k = static_cast<std::size_t>(criterion);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const VariantOutcome &o = *outcomes[i];
        const double key = static_cast<double>(i + 1);
        for (Phase phase : kAllPhases)
            m_phases[static_cast<int>(phase)]->addData(key, phaseCriterionValue(o.results, phase, criterion));
        m_names << (i == 0 ? coreText(o.name) : qs(o.name)); // the baseline's name is kBaselineName
        highest = std::max(highest, o.totals[k]);
        m_labels << (i == 0 ? qs(formatQuantity(o.totals[k], info.quantity))
                            : barLabel(outcomes[0]->totals[k], o.totals[k], criterion));
    }
    // The legend lists the phases with a share of this criterion somewhere.
    p->legend->clearItems();
    for (Phase phase : kAllPhases) {
        QCPBars *bars = m_phases[static_cast<int>(phase)];
        const bool any = std::any_of(bars->data()->constBegin(), bars->data()->constEnd(),
                                     [](const QCPBarsData &d) { return d.value > 0; });
        if (any)
            bars->addToLegend();
    }
    relayoutLegend(p);
    m_compact = -1;
    applyLabels(); // and again before a replot, if the plot's width calls for the other layout
    const QCPRange keys(0.4, std::max<double>(1.0, static_cast<double>(outcomes.size())) + 0.6);
    p->yAxis->setRange(keys);
    p->yAxis2->setRange(keys);
    const AxisUnit unit = axisUnitFor(highest, info.quantity, qs(std::string(info.unit)));
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ScaledTicker(unit.scale)));
    p->xAxis->setRange(0, highest > 0 ? highest * 1.05 : 1);
    const QString name = coreText(info.label).section(QStringLiteral(" ("), 0, 0);
    p->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(name, unit.unit));
    p->replot(QCustomPlot::rpQueuedReplot);
}

void CompareChart::applyLabels()
{
    const auto layout = static_cast<int>(labelLayout(plot(), plot()->presentation(), static_cast<int>(m_names.size())));
    if (layout == m_compact)
        return;
    m_compact = layout;
    QStringList names, labels;
    for (const QString &name : m_names)
        names << (layout == static_cast<int>(LabelLayout::TwoLines) ? wrappedLabel(name, 16) : name);
    for (const QString &label : m_labels) {
        const qsizetype paren = label.indexOf(QStringLiteral(" ("));
        if (layout == static_cast<int>(LabelLayout::TwoLines))
            labels << QString(label).replace(QStringLiteral(" ("), QStringLiteral("\n("));
        else if (layout == static_cast<int>(LabelLayout::Short) && paren > 0)
            labels << label.left(paren); // the % alone; the amount is in the tooltip and the takeaway
        else
            labels << label;
    }
    setTickLabels(plot()->yAxis, names);
    setTickLabels(plot()->yAxis2, labels);
}

QStringList CompareChart::barLabels() const
{
    return m_labels;
}

double CompareChart::barTotal(int index) const
{
    double total = 0;
    for (const QCPBars *bars : m_phases) {
        const auto it = bars->data()->findBegin(index + 1, false);
        if (it != bars->data()->constEnd() && qFuzzyCompare(it->key, index + 1.0))
            total += it->value;
    }
    return total;
}

} // namespace mlimpact::ui
