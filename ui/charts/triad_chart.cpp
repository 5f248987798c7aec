// SPDX-License-Identifier: GPL-3.0-or-later
#include "triad_chart.h"
#include "chart_palette.h"
#include "core_text.h"

#include "catalog.h"
#include "format.h"
#include "plot_layout.h"
#include "plot_widget.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>
#include <array>

namespace mlimpact::ui {
namespace {

constexpr int kHardwareLetters = 16; ///< the most the hardware box asks for, in letters 'X'

/// x on the chart: percent for fractions, the precision index for quantization, the batch itself.
double chartX(Technique t, double x)
{
    return t == Technique::Quantization || t == Technique::BatchSize ? x : 100 * x;
}

double modelX(Technique t, double x)
{
    return t == Technique::Quantization || t == Technique::BatchSize ? x : x / 100;
}

/// "the dense INT8 model" -> "Dense INT8 model" (the German name comes without an article:
/// "dichtes INT8-Modell" -> "Dichtes INT8-Modell").
QString capitalized(std::string text)
{
    if (text.rfind("the ", 0) == 0)
        text.erase(0, 4);
    QString out = qs(text);
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

/// The list as wide as its longest choice and the current choice in full in the tooltip (with the
/// item's own tooltip, the command line for it); again after the items change.
void showWholeChoice(QComboBox *box)
{
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 2 * box->view()->frameWidth() + 8);
    const QString hint = box->currentData(Qt::ToolTipRole).toString();
    box->setToolTip(hint.isEmpty() ? box->currentText() : box->currentText() + QLatin1Char('\n') + hint);
}

/// A narrow dashboard cell cuts a closed box short (a German technique is 40-50 letters): the box
/// shrinks instead of widening the cell, its list is as wide as its longest choice, and the box's
/// tooltip holds the whole choice.
void fitToCell(QComboBox *box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    QObject::connect(box, &QComboBox::currentIndexChanged, box, [box] { showWholeChoice(box); });
}

/// The hardware box as wide as its current choice ("This scenario's serving hardware", a device
/// name), up to `most` letters; the technique box takes the rest of the row.
void widenToChoice(QComboBox *box, int most)
{
    // The box asks for letters 'X' plus room for an icon (the hardware has none): the text's width in those.
    const QFontMetrics metrics(box->font());
    const int letter = std::max(1, metrics.horizontalAdvance(QLatin1Char('X')));
    const int text = metrics.horizontalAdvance(box->currentText()) - box->iconSize().width() - 4;
    box->setMinimumContentsLength(std::clamp((text + letter - 1) / letter, 6, most));
}

} // namespace

TriadChart::TriadChart(QWidget *parent)
    : ChartView(QStringLiteral("triad"), parent)
    , m_technique(new QComboBox(this))
    , m_hardware(new QComboBox(this))
{
    // The same choices, by the same keys, as `export --triad TECHNIQUE@HARDWARE`.
    for (const auto &choice : triadTechniqueChoices()) {
        m_technique->addItem(coreText(choice.label), m_technique->count());
        m_technique->setItemData(m_technique->count() - 1, tr("--triad %1").arg(qs(choice.key)), Qt::ToolTipRole);
    }
    m_technique->setCurrentIndex(static_cast<int>(Technique::UnstructuredSparseKernels));
    m_hardware->addItem(tr("This scenario's serving hardware"), QString());
    controls()->addWidget(new QLabel(tr("Technique:"), this));
    fitToCell(m_technique);
    fitToCell(m_hardware);
    connect(m_hardware, &QComboBox::currentIndexChanged, this, [this] { widenToChoice(m_hardware, kHardwareLetters); });
    widenToChoice(m_hardware, kHardwareLetters);
    controls()->addWidget(m_technique, 1); // the technique is the longer and the main choice
    controls()->addWidget(new QLabel(tr("on"), this));
    controls()->addWidget(m_hardware);
    connect(m_technique, &QComboBox::activated, this, &TriadChart::emitRequest);
    connect(m_hardware, &QComboBox::activated, this, &TriadChart::emitRequest);

    PlotWidget *p = plot();
    m_compute = p->addGraph();
    m_compute->setPen(QPen(QColor(0x77, 0x77, 0x77), 1.8, Qt::DashLine));
    followInk(m_compute, Ink::Muted, p->palette());
    m_energy = p->addGraph();
    m_energy->setPen(QPen(QColor(0x33, 0x22, 0x88), 1.8));
    m_energy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    followAccent(m_energy, QColor(0x33, 0x22, 0x88), p->palette());
    m_carbon = p->addGraph();
    m_carbon->setPen(QPen(Qt::black, 1.8));
    m_carbon->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 4));
    followInk(m_carbon, Ink::Text, p->palette());
    // The dense model is a point of its own when the curve does not start there.
    m_dense = p->addGraph();
    m_dense->setLineStyle(QCPGraph::lsNone);
    m_dense->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QColor(0x55, 0x55, 0x55), Qt::white, 11));
    m_latency = p->addGraph();
    m_latency->setPen(QPen(QColor(0x00, 0x9E, 0x73), 1.8, Qt::DashDotLine));
    m_latency->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, 5));
    m_latency->setName(tr("Latency of a response"));
    m_own = p->addGraph();
    m_own->setLineStyle(QCPGraph::lsNone);
    m_own->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QColor(0xD5, 0x5E, 0x00), 14));
    m_own->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.0));
    m_baseline = new QCPItemStraightLine(p);
    m_baseline->point1->setCoords(0, 1);
    m_baseline->point2->setCoords(1, 1);
    m_baseline->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 1, Qt::DotLine));
    followInk(m_baseline, Ink::Muted, p->palette());
    m_current = new QCPItemStraightLine(p);
    m_current->setPen(QPen(QColor(0xD5, 0x5E, 0x00, 140), 1.2, Qt::DashDotLine));
    m_ownLabel = new QCPItemText(p);
    followInk(m_ownLabel, Ink::Warm, p->palette());
    m_ownLabel->setPadding(QMargins(4, 2, 4, 2));
    m_message = new QCPItemText(p);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.45);
    p->legend->setVisible(true);
    legendBelowPlot(p, 2); // inside, it would hide a curve somewhere
    p->setTooltipProvider([this](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *g = qobject_cast<QCPGraph *>(plottable);
        if (!g || index < 0 || index >= g->dataCount())
            return {};
        const auto point = g->data()->at(index);
        // "at 20% of weights pruned: ×0.81 the dense INT8 model" (the y axis says "× the dense INT8 model").
        return tr("<b>%1</b><br>at %2: ×%3 %4")
            .arg(g->name(), qs(strengthText(m_shown.technique, modelX(m_shown.technique, point->key))),
                 qs(formatSignificant(point->value)), qs(baselineName(m_shown)));
    });
    setNote(tr("Life-cycle energy and carbon per query (development, NAS, training, serving) at fixed demand, the "
               "technique alone (no other pruning or distillation), at the scenario's serving precision; realization "
               "of each technique per hardware class from the catalog (Gale et al. 2020; Mishra et al. 2021)."));
    p->applyTheme();
}

void TriadChart::emitRequest()
{
    requestAnalysis([this](AnalysisRequest &request) {
        request.technique = static_cast<Technique>(m_technique->currentData().toInt());
        request.hardware = m_hardware->currentData().toString().toStdString();
    });
}

void TriadChart::listDevices(const Catalog &catalog)
{
    // The document's catalog, user files included; rebuilt only when it changed.
    const auto choices = triadHardwareChoices(catalog);
    QStringList ids;
    for (const auto &c : choices)
        ids << qs(c.key);
    if (ids == m_listedIds)
        return;
    m_listedIds = ids;
    const QSignalBlocker block(m_hardware);
    while (m_hardware->count() > 1)
        m_hardware->removeItem(1);
    const auto accelerators = static_cast<int>(catalog.accelerators().size());
    for (const auto &c : choices) {
        if (m_hardware->count() == accelerators + 1)
            m_hardware->insertSeparator(m_hardware->count()); // edge devices follow
        m_hardware->addItem(qs(c.label), qs(c.key));
        m_hardware->setItemData(m_hardware->count() - 1, tr("--triad TECHNIQUE@%1").arg(qs(c.key)), Qt::ToolTipRole);
    }
}

int TriadChart::pointCount(int series) const
{
    const std::array<const QCPGraph *, 5> graphs{m_compute, m_energy, m_carbon, m_own, m_dense};
    return graphs.at(static_cast<std::size_t>(series))->dataCount();
}

void TriadChart::showData(const ChartData &input)
{
    const TechniqueSweep &w = input.analyses.triad;
    const Technique t = input.analyses.request.technique;
    m_shown = w;
    m_technique->setCurrentIndex(m_technique->findData(static_cast<int>(t)));
    listDevices(input.catalog);
    m_hardware->setCurrentIndex(std::max(0, m_hardware->findData(qs(input.analyses.request.hardware))));
    showWholeChoice(m_technique);
    showWholeChoice(m_hardware);
    widenToChoice(m_hardware, kHardwareLetters);
    const QString per = coreText(perUnitText(w));
    m_compute->setName(tr("Compute (FLOP %1)").arg(per));
    m_energy->setName(tr("Energy %1").arg(per));
    m_carbon->setName(tr("Carbon %1").arg(per));
    QVector<double> x, c, e, k;
    // Sparse kernels: the dense model (x = 0) is not the start of their curve.
    const std::size_t first = w.curveStartsAtBaseline ? 0 : 1;
    for (std::size_t i = first; i < w.points.size(); ++i) {
        x << chartX(t, w.points[i].x);
        c << w.points[i].compute;
        e << w.points[i].energy;
        k << w.points[i].carbon;
    }
    m_compute->setData(x, c, true);
    m_energy->setData(x, e, true);
    m_carbon->setData(x, k, true);
    const bool denseApart = !w.curveStartsAtBaseline && !w.points.empty();
    m_dense->setName(tr("%1 (×1)").arg(capitalized(baselineName(w))));
    m_dense->data()->clear();
    if (denseApart)
        m_dense->setData(QVector<double>{0}, QVector<double>{1}, true);
    m_message->setText(qs(w.emptyReason));
    m_message->setVisible(!w.emptyReason.empty());
    showLatency(w);
    setAxes(w);
    markOwnSetting(w);
    // The legend lists the dense point and the scenario's own only when they are drawn, in that order.
    m_dense->removeFromLegend();
    m_own->removeFromLegend();
    if (denseApart)
        m_dense->addToLegend();
    if (m_own->dataCount() > 0)
        m_own->addToLegend();
    relayoutLegend(plot());
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void TriadChart::showLatency(const TechniqueSweep &w)
{
    // The batch sweep trades latency for energy: latency gets a curve of its own, and carbon (the
    // same factor as energy at one grid) is left out.
    const bool batch = w.technique == Technique::BatchSize;
    m_latency->data()->clear();
    m_latency->removeFromLegend();
    m_carbon->removeFromLegend();
    if (!batch) {
        m_carbon->addToLegend();
        return;
    }
    m_carbon->data()->clear();
    QVector<double> x, y;
    for (std::size_t i = 0; i < w.points.size() && i < w.latencyFactor.size(); ++i) {
        x << w.points[i].x;
        y << w.latencyFactor[i];
    }
    m_latency->setData(x, y, true);
    m_latency->addToLegend();
}

void TriadChart::setAxes(const TechniqueSweep &w)
{
    PlotWidget *p = plot();
    const Technique t = w.technique;
    if (t == Technique::BatchSize) {
        QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
        ticker->setLogBase(2);
        ticker->setSubTickCount(0);
        p->xAxis->setScaleType(QCPAxis::stLogarithmic);
        p->xAxis->setTicker(ticker);
        const double top = w.points.empty() ? 2.0 : std::max(2.0, w.points.back().x);
        p->xAxis->setRange(0.8, top * 1.25);
    } else if (t == Technique::Quantization) {
        p->xAxis->setScaleType(QCPAxis::stLinear);
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < kPrecisionCount; ++i)
            ticker->addTick(i, qs(precisionLabel(static_cast<Precision>(i))));
        p->xAxis->setTicker(ticker);
        p->xAxis->setRange(-0.2, 3.2);
    } else {
        p->xAxis->setScaleType(QCPAxis::stLinear);
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        // A little either side, so the marks at 0% and at the top are not cut by the axes.
        const double top = t == Technique::Structured2to4 ? 50 : 95;
        p->xAxis->setRange(-0.02 * top, 1.02 * top);
    }
    p->xAxis->setLabel(coreText(strengthAxisLabel(t)));
    p->yAxis->setLabel(tr("× %1").arg(qs(baselineName(w)))); // short: the plot can be low
    double hi = 1.0, lo = 1.0;
    for (const auto &pt : w.points) {
        hi = std::max({hi, pt.energy, pt.carbon, pt.compute});
        lo = std::min({lo, pt.energy, pt.carbon, pt.compute});
    }
    for (double f : w.latencyFactor)
        hi = std::max(hi, f);
    if (t == Technique::BatchSize)
        hi = std::max(hi, 4.5); // energy falls by decades: always the log axis
    // Factors from ×0.05 to ×20 (FP32 against INT8) read on a log axis, where ×2 and ×0.5 are
    // as far from ×1; otherwise linear from 0, with room above for the legend.
    if (hi > 4) {
        p->yAxis->setScaleType(QCPAxis::stLogarithmic);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
        p->yAxis->setRange(std::max(lo, 1e-3) / 1.5, hi * 2.5);
    } else {
        p->yAxis->setScaleType(QCPAxis::stLinear);
        p->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        p->yAxis->setRange(0, std::max(hi * 1.2, 2.0));
    }
    m_baseline->point1->setCoords(p->xAxis->range().lower, 1);
    m_baseline->point2->setCoords(p->xAxis->range().upper, 1);
}

void TriadChart::markOwnSetting(const TechniqueSweep &w)
{
    const bool shown = w.emptyReason.empty() && !w.points.empty();
    m_own->data()->clear();
    // The marker's line only where the scenario has a setting of its own (not at the dense point).
    m_current->setVisible(shown && (w.scenarioUses || w.technique == Technique::Quantization));
    // Named on the chart where it is a setting of its own; at x = 0 the legend says it.
    m_ownLabel->setVisible(shown && w.own.x > 0);
    if (!shown)
        return;
    const Technique t = w.technique;
    const double x = chartX(t, w.own.x);
    m_own->addData(QVector<double>{x, x, x}, QVector<double>{w.own.compute, w.own.energy, w.own.carbon}, true);
    const QString setting =
        w.scenarioUses || t == Technique::Quantization ? qs(strengthText(t, w.own.x)) : tr("does not use it");
    m_own->setName(tr("This scenario (%1)").arg(setting));
    m_current->point1->setCoords(x, 0.5);
    m_current->point2->setCoords(x, 1);
    // The label hangs from the top of the plot beside the marker's line, on the side
    // towards the middle: the curves keep clear of the top (see setAxes).
    const QCPRange xr = plot()->xAxis->range();
    const bool right = x > (xr.lower + xr.upper) / 2;
    m_ownLabel->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_ownLabel->position->setCoords(x, plot()->yAxis->range().upper);
    m_ownLabel->setText(tr("this scenario: %1").arg(setting));
}

} // namespace mlimpact::ui
