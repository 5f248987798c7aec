// "Which inputs matter most, for which criterion?": each uncertain input moved alone to the low
// and the high end of its plausible range (core's Analyses::tornado), as the change of the chosen
// criterion's total from the point estimate, the ten largest swings first.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

class QComboBox;
class QCPBars;

namespace mlimpact::ui {

class TornadoChart : public ChartView
{
    Q_OBJECT
public:
    explicit TornadoChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;
    QComboBox *criterionPicker() const { return m_criterion; }
    /// Registry paths of the bars shown, top first (tests).
    QStringList shownInputs() const { return m_shown; }

private:
    void redraw();

    QComboBox *m_criterion;
    QCPBars *m_low;
    QCPBars *m_high;
    Tornado m_tornado;
    QStringList m_shown;
    QStringList m_ranges; ///< "0.02 – 0.18", per shown input, for the tooltip
};

} // namespace mlimpact::ui
