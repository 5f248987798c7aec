// "What does each variant change?": a table per variant of the parameters that differ from
// the baseline (parameter, baseline value, variant value, with units), from core's
// VariantOutcome::changes. Drawn inside the plot, so it exports and goes on a slide like
// any chart; the text shrinks to fit and says how many rows did not.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

namespace mlimpact::ui {

class ChangeTableItem;

class WhatChangedChart : public ChartView
{
    Q_OBJECT
public:
    explicit WhatChangedChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    /// The table's rows as text, cells joined by " | "; a variant's heading row is its name (tests).
    QStringList rows() const;

private:
    ChangeTableItem *m_table;
};

} // namespace mlimpact::ui
