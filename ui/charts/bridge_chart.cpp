// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge_chart.h"
#include "core_text.h"

#include "comparison_style.h"
#include "criteria.h"
#include "plot_widget.h"
#include "text_translation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {
namespace {

const QColor kTotal(0x60, 0x60, 0x60);
const QColor kRise(0xD5, 0x5E, 0x00); // Okabe–Ito vermillion: more impact
const QColor kFall(0x00, 0x9E, 0x73); // Okabe–Ito bluish green: less impact
constexpr double kBarWidth = 0.6;

/// "+20 t CO₂e" / "−8.1 t CO₂e" (as core's bridgeSummary signs them).
QString signedText(double value, Quantity quantity)
{
    const QString amount = qs(formatQuantity(std::abs(value), quantity));
    return value > 0 ? QStringLiteral("+") + amount : value < 0 ? QStringLiteral("-") + amount : amount;
}

} // namespace

BridgeChart::BridgeChart(QWidget *parent)
    : ChartView(QStringLiteral("bridge"), parent)
    , m_variant(new QComboBox(this))
    , m_criterion(new QComboBox(this))
{
    controls()->addWidget(new QLabel(tr("Variant:"), this));
    controls()->addWidget(m_variant, 1);
    controls()->addWidget(new QLabel(tr("Criterion:"), this));
    controls()->addWidget(m_criterion, 1);
    for (const auto &c : bridgeCriterionChoices()) {
        m_criterion->addItem(coreText(c.label), qs(c.key));
        m_criterion->setItemData(m_criterion->count() - 1, tr("--bridge @%1").arg(qs(c.key)), Qt::ToolTipRole);
    }
    connect(m_variant, &QComboBox::activated, this, [this] {
        requestAnalysis(
            [this](AnalysisRequest &r) { r.bridgeVariant = m_variant->currentData().toString().toStdString(); });
    });
    connect(m_criterion, &QComboBox::activated, this, [this] {
        const auto criterion = findCriterion(m_criterion->currentData().toString().toStdString());
        requestAnalysis([criterion](AnalysisRequest &r) { r.bridgeCriterion = criterion.value_or(Criterion::Carbon); });
    });
    PlotWidget *p = plot();
    // Horizontal, the baseline on top and the variant at the bottom: cause names fit on the left.
    for (QCPAxis *axis : {p->yAxis, p->yAxis2}) {
        axis->setRangeReversed(true);
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0);
    }
    p->yAxis2->setVisible(true);
    p->yAxis2->setTickLabels(true);
    connect(p, &QCustomPlot::beforeReplot, this, &BridgeChart::applyLabels);
    setNote(tr("Each step is a cause's share of the change: the Shapley value over the causes the variant touches, "
               "so the steps do not depend on an order and sum exactly to the change (docs/model.md §14). Red adds "
               "impact, green removes it."));
    p->applyTheme();
}

void BridgeChart::clearItems()
{
    for (QCPAbstractItem *item : m_items)
        plot()->removeItem(item);
    m_items.clear();
    m_steps.clear();
}

void BridgeChart::addBar(double key, double from, double to, const QColor &fill)
{
    auto *rect = new QCPItemRect(plot());
    rect->topLeft->setCoords(std::min(from, to), key - kBarWidth / 2);
    rect->bottomRight->setCoords(std::max(from, to), key + kBarWidth / 2);
    rect->setPen(QPen(fill.darker(130)));
    rect->setBrush(fill);
    m_items << rect;
}

void BridgeChart::addConnector(double key, double level)
{
    // From the end of one bar to the start of the next, as waterfalls are read.
    auto *line = new QCPItemLine(plot());
    line->start->setCoords(level, key + kBarWidth / 2);
    line->end->setCoords(level, key + 1 - kBarWidth / 2);
    line->setPen(QPen(QColor(0x77, 0x77, 0x77), 1, Qt::DashLine));
    m_items << line;
}

void BridgeChart::applyLabels()
{
    const auto layout = static_cast<int>(labelLayout(plot(), plot()->presentation(), static_cast<int>(m_names.size())));
    if (layout == m_compact)
        return;
    m_compact = layout;
    QStringList names;
    for (const QString &name : m_names)
        names << (layout == static_cast<int>(LabelLayout::TwoLines) ? wrappedLabel(name, 14) : name);
    setTickLabels(plot()->yAxis, names);
    setTickLabels(plot()->yAxis2, m_amounts);
}

void BridgeChart::showData(const ChartData &input)
{
    PlotWidget *p = plot();
    const Analyses &a = input.analyses;
    const VariantOutcome *shown = bridgeVariantShown(a);
    const Criterion criterion = a.request.bridgeCriterion;
    const CriterionInfo &info = criterionInfo(criterion);
    {
        const QSignalBlocker blockVariant(m_variant), blockCriterion(m_criterion);
        m_variant->clear();
        for (const auto &c : bridgeVariantChoices(a))
            m_variant->addItem(qs(c.label), qs(c.key));
        m_variant->setCurrentIndex(shown ? std::max(0, m_variant->findData(qs(shown->name))) : -1);
        m_variant->setEnabled(m_variant->count() > 0);
        m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(qs(std::string(info.id)))));
    }
    clearItems();
    // Causes on the left axis, amounts on the right: tick labels never overlap the bars.
    m_names.clear();
    m_amounts.clear();
    double low = 0, high = 1, key = 1;
    if (shown && shown->bridge) {
        const Bridge &b = *shown->bridge;
        const auto k = static_cast<std::size_t>(criterion);
        m_start = b.baseline[k];
        m_end = b.variant[k];
        double level = m_start;
        low = high = m_start;
        addBar(key, 0, m_start, kTotal);
        m_names << coreText(kBaselineName);
        m_amounts << qs(formatQuantity(m_start, info.quantity));
        for (const auto &cause : causes()) {
            if (!b.active[static_cast<std::size_t>(cause.cause)])
                continue;
            const double step = b.term(cause.cause, criterion);
            addConnector(key, level);
            key += 1;
            addBar(key, level, level + step, step > 0 ? kRise : kFall);
            const QString label = qs(translatedText("insights", std::string(cause.label)));
            m_names << label;
            m_amounts << signedText(step, info.quantity);
            m_steps.append({label, step});
            level += step;
            low = std::min(low, level);
            high = std::max(high, level);
        }
        addConnector(key, level);
        key += 1;
        addBar(key, 0, m_end, kTotal);
        m_names << qs(shown->name);
        m_amounts << qs(formatQuantity(m_end, info.quantity));
        low = std::min(low, m_end);
        high = std::max(high, m_end);
    } else {
        m_start = m_end = 0;
    }
    m_compact = -1;
    applyLabels(); // and again before a replot, if the plot's width calls for the other layout
    const QCPRange keys(0.4, key + 0.6);
    p->yAxis->setRange(keys);
    p->yAxis2->setRange(keys);
    const AxisUnit unit =
        axisUnitFor(std::max(std::abs(low), std::abs(high)), info.quantity, qs(std::string(info.unit)));
    p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new ScaledTicker(unit.scale)));
    // From 0, unless the steps are small against the totals: then the axis starts near the
    // lowest level (and says so), or the steps the chart is about would be slivers.
    const double spread = high - low;
    QString note;
    if (low > 0 && spread < 0.4 * high) {
        const double from = std::max(0.0, low - 0.6 * std::max(spread, 0.02 * high));
        p->xAxis->setRange(from, high + 0.1 * std::max(spread, 0.02 * high));
        note = tr(" · axis from %1").arg(qs(formatQuantity(from, info.quantity)));
    } else {
        const double room = 0.05 * std::max(spread, std::abs(high) + 1e-12);
        p->xAxis->setRange(std::min(0.0, low) - (low < 0 ? room : 0), high + room);
    }
    const QString name = coreText(info.label).section(QStringLiteral(" ("), 0, 0);
    p->xAxis->setLabel(QStringLiteral("%1 (%2)").arg(name, unit.unit) + note);
    p->applyTheme();
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
