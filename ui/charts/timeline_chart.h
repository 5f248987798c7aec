// Chart 4, "How do impacts build up over the years?": cumulative impacts from
// the monthly simulation, stacked by phase, for a chosen criterion.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"
#include "uncertainty.h"

#include <QSharedPointer>

#include <memory>

class QComboBox;
class QCPAxisTicker;
class QCPGraph;

namespace mlimpact::ui {

class TimelineChart : public ChartView
{
    Q_OBJECT
public:
    explicit TimelineChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;
    QComboBox *criterionPicker() const { return m_criterion; }
    /// Cumulative value of a phase's top edge at the last month (tests).
    double finalStackedValue(Phase phase) const;
    /// Draws the 90% interval of the cumulative total (Monte Carlo, docs/model.md §15); null hides it.
    void setBands(std::shared_ptr<const UncertaintyResult> result);
    /// p5 and p95 of the cumulative total at the last month as drawn, in base units (tests); 0 when hidden.
    std::pair<double, double> finalBand() const;

private:
    void redraw();

    QComboBox *m_criterion;
    QList<QCPGraph *> m_layers;
    Timeline m_timeline;
    QCPGraph *m_bandLow = nullptr;
    QCPGraph *m_bandHigh = nullptr;
    std::shared_ptr<const UncertaintyResult> m_bands;
    QSharedPointer<QCPAxisTicker> m_linearTicker; ///< the themed one, back when the bands fit
    /// Draws the bands; returns their lowest positive p5 and highest p95 (scaled), or {0, 0}.
    std::pair<double, double> drawBands(double scale);
    void setValueAxis(double scale, double stackTop, std::pair<double, double> band);
};

} // namespace mlimpact::ui
