// The main window: assembles menus, the status bar and the views. It owns no
// model logic: scenarios are loaded and evaluated by core.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "results.h"
#include "scenario.h"

#include <QMainWindow>

class QLabel;

namespace mlimpact::ui {

class LifecycleChart;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /// Loads a scenario file; on bad input shows every message in a dialog and keeps the current scenario.
    bool openFile(const QString &path);
    /// The same without a dialog: returns the problems (empty on success).
    QStringList loadFile(const QString &path);
    /// Replaces the scenario (e.g. a preset) and re-evaluates.
    void setScenario(const Scenario &scenario, const QString &title);

    const Scenario &scenario() const { return m_scenario; }
    const Results &results() const { return m_results; }
    LifecycleChart *lifecycleChart() const { return m_lifecycle; }

private:
    void createMenus();
    void reevaluate();
    void showOpenDialog();
    void showAbout();

    const Catalog &m_catalog;
    Scenario m_scenario;
    Results m_results;
    LifecycleChart *m_lifecycle = nullptr;
    QLabel *m_evalTime = nullptr;
};

} // namespace mlimpact::ui
