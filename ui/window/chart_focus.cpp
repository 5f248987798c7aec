// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_focus.h"

#include "chart_registry.h"
#include "chart_view.h"
#include "dashboard.h"
#include "plot_widget.h"
#include "scenario_document.h"

#include <QEvent>
#include <QMenu>
#include <QScreen>
#include <QVBoxLayout>

namespace mlimpact::ui {

ChartFocusWindow::ChartFocusWindow(ScenarioDocument *document, const QString &chartId, bool presentation,
                                   QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("ChartFocusWindow"));
    auto *layout = new QVBoxLayout(this);
    for (const auto &entry : chartRegistry())
        if (entry.id == chartId)
            m_chart = entry.create(this);
    if (!m_chart)
        return;
    setWindowTitle(m_chart->title());
    layout->addWidget(m_chart);
    m_chart->setPresentation(presentation);
    // The chart's pickers change the document's request, as on the dashboard; the analyses
    // this chart needs are part of it already (the dashboard shows every chart).
    connect(m_chart, &ChartView::analysisRequested, m_document, &ScenarioDocument::setAnalysisRequest);
    connect(m_document, &ScenarioDocument::resultsChanged, this, &ChartFocusWindow::present);
    present();
}

void ChartFocusWindow::present()
{
    m_chart->present(
        ChartData{m_document->results(), m_document->analyses(), m_document->insights(), m_document->catalog()});
}

ChartFocus::ChartFocus(ScenarioDocument *document, Dashboard *dashboard, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_dashboard(dashboard)
    , m_parent(window)
{
    for (ChartView *chart : m_dashboard->charts())
        chart->plot()->installEventFilter(this);
}

bool ChartFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonDblClick)
        for (ChartView *chart : m_dashboard->charts())
            if (chart->plot() == watched) {
                focus(chart->chartId());
                return true;
            }
    return QObject::eventFilter(watched, event);
}

ChartFocusWindow *ChartFocus::focus(const QString &id)
{
    if (m_window)
        m_window->close();
    auto *window = new ChartFocusWindow(m_document, id, m_presentation, m_parent);
    if (!window->chart()) {
        delete window;
        return nullptr;
    }
    m_window = window;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // As large as the explorer's window, over it.
    window->setGeometry(m_parent->geometry());
    window->show();
    return window;
}

void ChartFocus::fillMenu(QMenu *menu)
{
    for (ChartView *chart : m_dashboard->charts())
        menu->addAction(chart->title(), this, [this, id = chart->chartId()] { focus(id); });
}

} // namespace mlimpact::ui
