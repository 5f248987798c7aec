// Base of the dashboard's charts: a titled plot, an optional row of controls,
// and a note line naming the chart's main assumption. Each chart is fed only
// by the document's Results and Analyses, and says its takeaway in a sentence
// (for slides).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "results.h"
#include "scenario.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace mlimpact::ui {

class PlotWidget;

struct ChartData
{
    const Scenario &scenario;
    const Results &results;
    const Analyses &analyses;
};

class ChartView : public QWidget
{
    Q_OBJECT
public:
    ChartView(const QString &id, const QString &title, QWidget *parent = nullptr);

    QString chartId() const { return m_id; }
    QString title() const;
    PlotWidget *plot() const { return m_plot; }
    QString note() const;
    /// One sentence computed from the Results, e.g. "Deployment is 87% of lifetime carbon".
    QString takeaway() const { return m_takeaway; }

    virtual void showData(const ChartData &input) = 0;
    void setPresentation(bool on);

protected:
    /// A row above the plot for the chart's own pickers (created on first use).
    QHBoxLayout *controls();
    void setNote(const QString &note);
    void setTakeaway(const QString &takeaway) { m_takeaway = takeaway; }

private:
    QString m_id;
    PlotWidget *m_plot;
    QLabel *m_note;
    QHBoxLayout *m_controls = nullptr;
    QString m_takeaway;
};

/// Shared helpers for chart code.
QString qs(const std::string &text);

} // namespace mlimpact::ui
