// Base of the dashboard's charts: a titled plot, an optional row of controls, the
// chart's takeaway (one sentence from core's Insights) and a note line naming its main
// assumption. Each chart is fed only by what core computed — Results, Analyses and
// Insights — and the document's catalog; never the Scenario itself.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "insights.h"
#include "results.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace mlimpact::ui {

class MissingDataBadge;
class PlotWidget;

struct ChartData
{
    const Results &results;
    const Analyses &analyses;
    const Insights &insights;
    const Catalog &catalog; ///< the document's (built-in plus user files)
};

class ChartView : public QWidget
{
    Q_OBJECT
public:
    /// `id` is one of core's chartDescriptors(); the title is the descriptor's question.
    explicit ChartView(const QString &id, QWidget *parent = nullptr);

    QString chartId() const { return m_id; }
    QString title() const;
    PlotWidget *plot() const { return m_plot; }
    QString note() const;
    /// The chart's sentence from core's Insights, e.g. "Deployment is 87% of lifetime carbon",
    /// or why it has nothing to show.
    QString takeaway() const;
    /// Says the chart counts unpublished catalog values as 0 (from the Insights); hidden otherwise.
    const MissingDataBadge *missingDataBadge() const { return m_badge; }

    /// Shows new data: the takeaway from the Insights, then the chart's own drawing.
    void present(const ChartData &input);
    void setPresentation(bool on);

signals:
    /// The user changed what the chart analyses (a picker): the whole new request.
    void analysisRequested(const mlimpact::AnalysisRequest &request);
    /// The user asked to edit a parameter (a registry path) from the chart, e.g. a systems-map node.
    void parameterRequested(const QString &path);

protected:
    virtual void showData(const ChartData &input) = 0;
    /// Emits analysisRequested with the request last shown, as changed by `change`.
    template <typename Change> void requestAnalysis(Change change)
    {
        AnalysisRequest request = m_shownRequest;
        change(request);
        emit analysisRequested(request);
    }

    /// A row above the plot for the chart's own pickers (created on first use).
    QHBoxLayout *controls();
    void setNote(const QString &note);

private:
    void applyTextSizes(bool presentation);

    QString m_id;
    PlotWidget *m_plot;
    QLabel *m_takeaway;
    QLabel *m_note;
    MissingDataBadge *m_badge;
    QHBoxLayout *m_controls = nullptr;
    AnalysisRequest m_shownRequest;
};

/// Shared helpers for chart code.
QString qs(const std::string &text);

} // namespace mlimpact::ui
