// One chart shown large in a window of its own (double-click a chart, or View ▸ Focus Chart):
// the same chart from the registry, fed by the same document, so edits and the chart's own
// pickers work as on the dashboard. Esc closes it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QObject>
#include <QPointer>

class QMenu;

namespace mlimpact::ui {

class ChartView;
class Dashboard;
class ScenarioDocument;

class ChartFocusWindow : public QDialog
{
    Q_OBJECT
public:
    ChartFocusWindow(ScenarioDocument *document, const QString &chartId, bool presentation, QWidget *parent);
    ChartView *chart() const { return m_chart; }

private:
    void present();
    ScenarioDocument *m_document;
    ChartView *m_chart = nullptr;
};

/// Opens the focus window on a double-click on any dashboard chart, and from a menu.
class ChartFocus : public QObject
{
    Q_OBJECT
public:
    ChartFocus(ScenarioDocument *document, Dashboard *dashboard, QWidget *window);
    /// Shows chart `id` large; returns the window (nullptr for an unknown id).
    ChartFocusWindow *focus(const QString &id);
    /// One action per chart, in dashboard order.
    void fillMenu(QMenu *menu);
    void setPresentation(bool on) { m_presentation = on; }
    ChartFocusWindow *window() const { return m_window; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ScenarioDocument *m_document;
    Dashboard *m_dashboard;
    QWidget *m_parent;
    bool m_presentation = false;
    QPointer<ChartFocusWindow> m_window;
};

} // namespace mlimpact::ui
