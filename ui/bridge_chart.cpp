// SPDX-License-Identifier: GPL-3.0-or-later
#include "bridge_chart.h"

#include "comparison_style.h"
#include "criteria.h"
#include "plot_widget.h"

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

/// "+20 t CO₂e" / "−8.1 t CO₂e".
QString signedText(double value, Quantity quantity)
{
    const QString amount = qs(formatQuantity(std::abs(value), quantity));
    return value > 0 ? QStringLiteral("+") + amount : value < 0 ? QStringLiteral("−") + amount : amount;
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
        m_criterion->addItem(qs(c.label), qs(c.key));
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
    p->xAxis->grid()->setVisible(false);
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

void BridgeChart::addBar(double key, double from, double to, const QColor &fill, const QString &label)
{
    PlotWidget *p = plot();
    auto *rect = new QCPItemRect(p);
    rect->topLeft->setCoords(key - kBarWidth / 2, std::max(from, to));
    rect->bottomRight->setCoords(key + kBarWidth / 2, std::min(from, to));
    rect->setPen(QPen(fill.darker(130)));
    rect->setBrush(fill);
    m_items << rect;
    auto *text = new QCPItemText(p);
    // Over a rising bar, under a falling one: the label sits where the step ends.
    text->setPositionAlignment(Qt::AlignHCenter | (to >= from ? Qt::AlignBottom : Qt::AlignTop));
    text->position->setCoords(key, to >= from ? std::max(from, to) : std::min(from, to));
    text->setText(label);
    text->setColor(fill == kTotal ? QColor(0x22, 0x22, 0x22) : fill.darker(140));
    text->setClipToAxisRect(false);
    m_items << text;
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
    QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
    double low = 0, high = 1;
    if (shown && shown->bridge) {
        const Bridge &b = *shown->bridge;
        const auto k = static_cast<std::size_t>(criterion);
        m_start = b.baseline[k];
        m_end = b.variant[k];
        double level = m_start, key = 1;
        low = high = m_start;
        addBar(key, 0, m_start, kTotal, qs(formatQuantity(m_start, info.quantity)));
        ticks->addTick(key, qs(std::string(kBaselineName)));
        for (const auto &cause : causes()) {
            const double step = b.term(cause.cause, criterion);
            if (!b.active[static_cast<std::size_t>(cause.cause)])
                continue;
            key += 1;
            addBar(key, level, level + step, step > 0 ? kRise : kFall, signedText(step, info.quantity));
            ticks->addTick(key, wrappedLabel(qs(std::string(cause.label)), 12));
            m_steps.append({qs(std::string(cause.label)), step});
            level += step;
            low = std::min(low, level);
            high = std::max(high, level);
        }
        key += 1;
        addBar(key, 0, m_end, kTotal, qs(formatQuantity(m_end, info.quantity)));
        ticks->addTick(key, wrappedLabel(qs(shown->name), 12));
        low = std::min({low, m_end, 0.0});
        high = std::max(high, m_end);
        p->xAxis->setRange(0.4, key + 0.6);
    } else {
        m_start = m_end = 0;
        p->xAxis->setRange(0.4, 2.6);
    }
    p->xAxis->setTicker(ticks);
    p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QuantityTicker(info.quantity)));
    // Room above and below for the labels; totals start at 0, so the axis does too.
    const double span = std::max(high - low, std::abs(high) * 1e-9 + 1e-12);
    p->yAxis->setRange(low < 0 ? low - 0.15 * span : 0, high + 0.15 * span);
    p->yAxis->setLabel(qs(std::string(info.label)));
    p->applyTheme();
    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
