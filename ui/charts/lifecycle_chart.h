// Chart 1, "Where does the impact come from?": each criterion (energy, carbon,
// water, e-waste) as a 100% bar stacked by life-cycle phase; carbon split into
// operational (solid) and embodied (light, hatched).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"
#include "uncertainty.h"

class QCPBars;

namespace mlimpact::ui {

class LifecycleChart : public ChartView
{
    Q_OBJECT
public:
    explicit LifecycleChart(QWidget *parent = nullptr);

    void showData(const ChartData &input) override;

    /// Share (0-100) a bar segment shows, for tests: criterion 0..6 = energy,
    /// operational carbon, embodied carbon, water, e-waste, resource depletion (ADPe), primary energy.
    double shownShare(Phase phase, int criterion) const;
    /// Names each total's 90% interval under its bar (Monte Carlo, docs/model.md §15); null: names only.
    void setBands(const UncertaintyResult *result);
    QString bandLines() const;

private:
    void updateLegend(const Results &r);

    QList<QCPBars *> m_operational; // one per phase: energy, operational carbon, water, e-waste
    QList<QCPBars *> m_embodied;    // one per phase: embodied carbon only
    QCPBars *m_embodiedKey;         // no data: the legend's hatch swatch
    Results m_results;
    QString m_totalsLine; ///< the totals under the bars
    QString m_bandLines;  ///< their 90% intervals, "" without bands
};

} // namespace mlimpact::ui
