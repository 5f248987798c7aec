// SPDX-License-Identifier: GPL-3.0-or-later
#include "triad_chart.h"

#include "catalog.h"
#include "format.h"
#include "plot_widget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <algorithm>

namespace mlimpact::ui {

TriadChart::TriadChart(QWidget *parent)
    : ChartView(QStringLiteral("triad"), parent)
    , m_technique(new QComboBox(this))
    , m_hardware(new QComboBox(this))
{
    for (int i = 0; i < kTechniqueCount; ++i)
        m_technique->addItem(qs(std::string(techniqueLabel(static_cast<Technique>(i)))), i);
    m_technique->setCurrentIndex(static_cast<int>(Technique::UnstructuredSparseKernels));
    m_hardware->addItem(tr("Deployment hardware"), QString());
    controls()->addWidget(new QLabel(tr("Technique:"), this));
    controls()->addWidget(m_technique, 1);
    controls()->addWidget(new QLabel(tr("on"), this));
    controls()->addWidget(m_hardware, 1);
    connect(m_technique, &QComboBox::activated, this, &TriadChart::emitRequest);
    connect(m_hardware, &QComboBox::activated, this, &TriadChart::emitRequest);

    PlotWidget *p = plot();
    m_compute = p->addGraph();
    m_compute->setName(tr("Compute (FLOP per query)"));
    m_compute->setPen(QPen(QColor(0x77, 0x77, 0x77), 1.8, Qt::DashLine));
    m_energy = p->addGraph();
    m_energy->setName(tr("Energy per query"));
    m_energy->setPen(QPen(QColor(0x33, 0x22, 0x88), 1.8));
    m_energy->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_carbon = p->addGraph();
    m_carbon->setName(tr("Carbon per query"));
    m_carbon->setPen(QPen(Qt::black, 1.8));
    m_carbon->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 4));
    m_baseline = new QCPItemStraightLine(p);
    m_baseline->point1->setCoords(0, 1);
    m_baseline->point2->setCoords(1, 1);
    m_baseline->setPen(QPen(QColor(0xaa, 0xaa, 0xaa), 1, Qt::DotLine));
    m_current = new QCPItemStraightLine(p);
    m_current->setPen(QPen(QColor(0x33, 0x22, 0x88, 120), 1, Qt::DashDotLine));
    p->yAxis->setLabel(tr("Relative to the dense FP16 model (×)"));
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignBottom);
    p->setTooltipProvider([](QCPAbstractPlottable *plottable, int index) -> QString {
        auto *g = qobject_cast<QCPGraph *>(plottable);
        if (!g || index < 0 || index >= g->dataCount())
            return {};
        const auto point = g->data()->at(index);
        return QStringLiteral("<b>%1</b><br>at %2: ×%3")
            .arg(g->name(), qs(formatSignificant(point->key)), qs(formatSignificant(point->value)));
    });
    setNote(tr("Life-cycle energy and carbon per query (development, NAS, training, deployment) at fixed demand; "
               "realization of each technique per hardware class from the catalog (Gale et al. 2020; Mishra et al. "
               "2021)."));
    p->applyTheme();
}

void TriadChart::emitRequest()
{
    requestAnalysis([this](AnalysisRequest &request) {
        request.technique = static_cast<Technique>(m_technique->currentData().toInt());
        request.hardware = m_hardware->currentData().toString().toStdString();
    });
}

void TriadChart::listAccelerators(const Catalog &catalog)
{
    // The document's catalog, user files included; rebuilt only when it changed.
    QStringList ids;
    for (const auto &a : catalog.accelerators())
        ids << qs(a.id);
    if (ids == m_listedIds)
        return;
    m_listedIds = ids;
    const QSignalBlocker block(m_hardware);
    while (m_hardware->count() > 1)
        m_hardware->removeItem(1);
    for (const auto &a : catalog.accelerators())
        m_hardware->addItem(qs(a.name), qs(a.id));
}

int TriadChart::pointCount(int series) const
{
    const QCPGraph *g = series == 0 ? m_compute : series == 1 ? m_energy : m_carbon;
    return g->dataCount();
}

void TriadChart::showData(const ChartData &input)
{
    const Analyses &a = input.analyses;
    const Technique t = a.request.technique;
    m_technique->setCurrentIndex(m_technique->findData(static_cast<int>(t)));
    listAccelerators(input.catalog);
    m_hardware->setCurrentIndex(std::max(0, m_hardware->findData(qs(a.request.hardware))));
    QVector<double> x, c, e, k;
    const bool quant = t == Technique::Quantization;
    const bool percent = !quant;
    for (const auto &p : a.sweep) {
        x << (percent ? 100 * p.x : p.x);
        c << p.compute;
        e << p.energy;
        k << p.carbon;
    }
    m_compute->setData(x, c, true);
    m_energy->setData(x, e, true);
    m_carbon->setData(x, k, true);
    PlotWidget *p = plot();
    if (quant) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        ticker->addTick(0, QStringLiteral("FP32"));
        ticker->addTick(1, QStringLiteral("FP16"));
        ticker->addTick(2, QStringLiteral("INT8"));
        ticker->addTick(3, QStringLiteral("INT4"));
        p->xAxis->setTicker(ticker);
        p->xAxis->setRange(-0.2, 3.2);
        p->xAxis->setLabel(tr("Serving precision"));
    } else {
        p->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        const double top = t == Technique::Structured2to4 ? 50 : 95;
        p->xAxis->setRange(0, top);
        p->xAxis->setLabel(t == Technique::Distillation ? tr("Compute removed by distillation (%)")
                                                        : tr("Weights pruned (%)"));
    }
    double hi = 1.2;
    for (const auto &pt : a.sweep)
        hi = std::max({hi, pt.energy * 1.1, pt.carbon * 1.1, pt.compute * 1.1});
    p->yAxis->setRange(0, std::min(hi, 10.0));
    m_baseline->point1->setCoords(p->xAxis->range().lower, 1);
    m_baseline->point2->setCoords(p->xAxis->range().upper, 1);
    const double current = percent ? 100 * a.currentStrength : a.currentStrength;
    m_current->point1->setCoords(current, 0);
    m_current->point2->setCoords(current, 1);
    m_current->setVisible(a.currentStrength > 0 || quant);

    p->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
