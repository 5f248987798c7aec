// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard.h"

#include "chart_registry.h"
#include "chart_view.h"
#include "insights.h"
#include "kpi_tiles.h"
#include "plot_widget.h"
#include "scenario_document.h"

#include <QGridLayout>
#include <QScrollArea>

#include <QVBoxLayout>
#include <algorithm>

namespace mlimpact::ui {

Dashboard::Dashboard(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tiles(new KpiTiles(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tiles);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *canvas = new QWidget(m_scroll);
    m_grid = new QGridLayout(canvas);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    m_scroll->setWidget(canvas);
    layout->addWidget(m_scroll, 1);

    for (const auto &entry : chartRegistry()) {
        ChartView *chart = entry.create(canvas);
        chart->setMinimumSize(380, 320);
        connect(chart, &ChartView::analysisRequested, m_document, &ScenarioDocument::setAnalysisRequest);
        connect(chart, &ChartView::parameterRequested, this, &Dashboard::parameterRequested);
        m_charts << chart;
    }
    reflow();
    // Only what the shown charts need is computed on each edit.
    AnalysisRequest request = m_document->analysisRequest();
    request.parts = analysesNeededBy(chartIds());
    m_document->setAnalysisRequest(request);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &Dashboard::showResults);
    connect(m_document, &ScenarioDocument::variantsChanged, this, &Dashboard::reorder);
    connect(m_document, &ScenarioDocument::replaced, this, &Dashboard::reorder);
    reorder();
    showResults();
}

void Dashboard::reorder()
{
    // A document with variants is a comparison: its charts come first, where the eye lands;
    // without variants they say how to make one, after the charts of the one scenario.
    const bool comparisonFirst = !m_document->variantDocument().variants.empty();
    if (comparisonFirst == m_comparisonFirst && m_columns != 0)
        return;
    m_comparisonFirst = comparisonFirst;
    m_columns = 0; // place them again
    reflow();
}

int Dashboard::rank(ChartView *chart) const
{
    const ChartDescriptor *d = findChartDescriptor(chart->chartId().toStdString());
    const bool comparison = d && has(d->needs, AnalysisParts::Comparison);
    return (m_comparisonFirst == comparison ? 0 : 100) + static_cast<int>(m_charts.indexOf(chart));
}

void Dashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void Dashboard::reflow()
{
    // The dashboard's own width: the scroll area's viewport is resized only after this event.
    const int available = width() - 24;
    // The presentation theme's larger text needs larger charts: at most two columns, and
    // each chart at least about as tall as the view (the grid scrolls).
    const int columns = m_presentation ? std::clamp(available / 700, 1, 2) : std::clamp(available / 390, 1, 3);
    const int minimumHeight = m_presentation ? std::max(460, m_scroll->viewport()->height() * 9 / 10) : 320;
    for (auto *c : m_charts)
        c->setMinimumHeight(minimumHeight);
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (auto *c : m_charts)
        m_grid->removeWidget(c);
    // The grid's order, not m_charts' (the registry's, which the deck and tests follow).
    QList<ChartView *> shown = m_charts;
    std::stable_sort(shown.begin(), shown.end(), [this](ChartView *a, ChartView *b) { return rank(a) < rank(b); });
    for (int i = 0; i < shown.size(); ++i)
        m_grid->addWidget(shown[i], i / columns, i % columns);
    for (int col = 0; col < 3; ++col)
        m_grid->setColumnStretch(col, col < columns ? 1 : 0);
}

ChartView *Dashboard::chart(const QString &id) const
{
    for (auto *c : m_charts) {
        if (c->chartId() == id)
            return c;
    }
    return nullptr;
}

void Dashboard::showResults()
{
    const ChartData input{m_document->results(), m_document->analyses(), m_document->insights(), m_document->catalog()};
    m_tiles->setInsights(input.insights);
    m_tiles->showChangeFromBaseline(m_document->baselineTotals(), criterionTotals(input.results));
    for (auto *c : m_charts)
        c->present(input);
}

void Dashboard::setPresentation(bool on)
{
    m_presentation = on;
    m_columns = 0; // reflow for the theme's chart sizes
    reflow();
    for (auto *c : m_charts)
        c->setPresentation(on);
    QFont f = font();
    f.setPointSizeF(QWidget().font().pointSizeF() * (on ? 1.25 : 1.0));
    m_tiles->setFont(f);
}

void Dashboard::replotAll()
{
    for (auto *c : m_charts)
        c->plot()->replot(QCustomPlot::rpImmediateRefresh);
}

} // namespace mlimpact::ui
