// Chart 2, "Does saving compute save energy and carbon?": an efficiency
// technique swept over its range on a chosen accelerator, relative compute vs
// energy vs carbon per query (core's sweepTechnique()).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

#include <QStringList>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;

namespace mlimpact::ui {

class TriadChart : public ChartView
{
    Q_OBJECT
public:
    explicit TriadChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    QComboBox *techniquePicker() const { return m_technique; }
    QComboBox *hardwarePicker() const { return m_hardware; }
    /// Points shown, for tests: 0 compute, 1 energy, 2 carbon.
    int pointCount(int series) const;

private:
    void emitRequest();
    void listAccelerators(const Catalog &catalog);

    QComboBox *m_technique;
    QComboBox *m_hardware;
    QCPGraph *m_compute;
    QCPGraph *m_energy;
    QCPGraph *m_carbon;
    QCPItemStraightLine *m_current;
    QCPItemStraightLine *m_baseline;
    QStringList m_listedIds;
};

} // namespace mlimpact::ui
