// File ▸ Export Deck: which charts become slides. Charts with nothing to show for the
// scenario (core's Insights say which, and why) start unticked and say their reason;
// the user can still tick them (their slide then shows the reason).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace mlimpact::ui {

class ChartView;
class ScenarioDocument;

class DeckDialog : public QDialog
{
    Q_OBJECT
public:
    /// `charts` in slide order; `action` names the button, e.g. "Export PDF…".
    DeckDialog(const ScenarioDocument &document, const QList<ChartView *> &charts, const QString &action,
               QWidget *parent = nullptr);

    /// The ticked charts, in slide order.
    QList<ChartView *> chosenCharts() const;
    QListWidget *chartList() const { return m_list; }

private:
    void updateCount();

    QList<ChartView *> m_charts;
    QListWidget *m_list;
    QLabel *m_count;
};

} // namespace mlimpact::ui
