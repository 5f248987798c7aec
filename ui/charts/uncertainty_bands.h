// Uncertainty bands in the window: while switched on (View > Uncertainty Bands), every new result
// of the document (its baseline or the variant shown) starts a Monte Carlo off the UI thread
// (UncertaintyRunner, cancelling the one in flight); a progress bar in the status bar shows while
// it runs, and its result goes to the KPI tiles and the life-cycle and timeline charts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uncertainty.h"

#include <QObject>

#include <memory>

class QProgressBar;

namespace mlimpact::ui {

class Dashboard;
class ScenarioDocument;
class UncertaintyRunner;

/// Shows a Monte Carlo result's 90% intervals in the KPI tiles and on the life-cycle and timeline
/// charts of `dashboard` (null hides them): the window's bands, and `export --bands`.
void showBands(Dashboard &dashboard, const std::shared_ptr<const UncertaintyResult> &result);

class UncertaintyBands : public QObject
{
    Q_OBJECT
public:
    UncertaintyBands(ScenarioDocument *document, Dashboard *dashboard, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    UncertaintyRunner *runner() const { return m_runner; }
    /// Shown in the status bar while a run is in flight.
    QProgressBar *progressBar() const { return m_progress; }

private:
    void restart();
    void show();

    ScenarioDocument *m_document;
    Dashboard *m_dashboard;
    UncertaintyRunner *m_runner;
    QProgressBar *m_progress;
    bool m_enabled = false;
};

} // namespace mlimpact::ui
