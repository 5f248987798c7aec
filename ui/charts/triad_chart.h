// Chart 2, "Does saving compute save energy and carbon?": an efficiency
// technique swept over its range on a chosen accelerator or edge device, relative
// compute vs energy vs carbon per query (core's techniqueSweep()), with the
// scenario's own setting marked and the dense model drawn apart from a curve that
// does not start at it (sparse kernels).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

#include <QStringList>

class QComboBox;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;

namespace mlimpact::ui {

class TriadChart : public ChartView
{
    Q_OBJECT
public:
    explicit TriadChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    QComboBox *techniquePicker() const { return m_technique; }
    QComboBox *hardwarePicker() const { return m_hardware; }
    /// Points shown, for tests: 0 compute, 1 energy, 2 carbon, 3 the scenario's own, 4 the dense model.
    int pointCount(int series) const;

private:
    void emitRequest();
    void listDevices(const Catalog &catalog);
    void setAxes(const TechniqueSweep &w);
    void markOwnSetting(const TechniqueSweep &w);
    void showLatency(const TechniqueSweep &w);

    QComboBox *m_technique;
    QComboBox *m_hardware;
    QCPGraph *m_compute;
    QCPGraph *m_energy;
    QCPGraph *m_carbon;
    QCPGraph *m_own;
    QCPGraph *m_dense;
    QCPGraph *m_latency; ///< batch sweep only: latency of a response relative to batch 1
    QCPItemStraightLine *m_current;
    QCPItemStraightLine *m_baseline;
    QCPItemText *m_ownLabel;
    QCPItemText *m_message;
    QStringList m_listedIds;
    TechniqueSweep m_shown; ///< for the tooltips' words
};

} // namespace mlimpact::ui
