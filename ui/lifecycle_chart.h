// Chart: "Where does the impact come from?" — each criterion (energy, carbon,
// water, e-waste) as a 100% bar stacked by life-cycle phase; carbon split into
// operational (solid) and embodied (light, hatched). Fed only by Results.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QWidget>

class QCPBars;
class QLabel;

namespace mlimpact::ui {

class PlotWidget;

class LifecycleChart : public QWidget
{
    Q_OBJECT
public:
    explicit LifecycleChart(QWidget *parent = nullptr);

    void setResults(const Results &results);
    PlotWidget *plot() const { return m_plot; }

    /// Share (0-100) each bar segment shows, for tests: [phase][criterion], criterion 0..4 =
    /// energy, operational carbon, embodied carbon, water, e-waste.
    double shownShare(Phase phase, int criterion) const;

private:
    PlotWidget *m_plot = nullptr;
    QLabel *m_note = nullptr;
    QList<QCPBars *> m_operational; // one per phase: energy, operational carbon, water, e-waste
    QList<QCPBars *> m_embodied;    // one per phase: embodied carbon only
};

} // namespace mlimpact::ui
