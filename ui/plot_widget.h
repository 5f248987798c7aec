// Our one QCustomPlot subclass: shared look, performance hints, and the
// device-pixel-ratio fix missing from QCustomPlot 2.1.0 (Debian 12).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

namespace mlimpact::ui {

class PlotWidget : public QCustomPlot
{
    Q_OBJECT
public:
    explicit PlotWidget(QWidget *parent = nullptr);

    /// Sets the title line that states the chart's question.
    void setChartTitle(const QString &title);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QCPTextElement *m_title = nullptr;
};

} // namespace mlimpact::ui
