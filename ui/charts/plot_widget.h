// Our one QCustomPlot subclass: shared look, hover tooltips with exact values,
// the presentation theme, and the device-pixel-ratio fix missing from
// QCustomPlot 2.1.0 (Debian 12).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <qcustomplot.h>

#include <functional>

namespace mlimpact::ui {

class PlotWidget : public QCustomPlot
{
    Q_OBJECT
public:
    /// Text for the data point under the mouse; "" shows nothing.
    using TooltipProvider = std::function<QString(QCPAbstractPlottable *plottable, int dataIndex)>;

    explicit PlotWidget(QWidget *parent = nullptr);

    /// Sets the title line that states the chart's question.
    void setChartTitle(const QString &title);
    QString chartTitle() const;
    void setTooltipProvider(TooltipProvider provider) { m_tooltip = std::move(provider); }
    /// Larger fonts and thicker lines for workshops and slides.
    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    /// Font scale of the presentation theme (1.45 on screen; slides use more).
    void setPresentationScale(double scale) { m_presentationScale = scale; }
    double presentationScale() const { return m_presentationScale; }
    /// Moves the legend beside the plot, top-aligned (not stretched over the height).
    void placeLegendOutside();
    /// Applies the current theme's fonts, and the palette's colours, to every axis, the legend
    /// and the items tagged with followInk (after adding axes).
    void applyTheme();
    /// The names of the plottables the legend lists, top to bottom.
    QStringList legendNames() const;
    /// Why the chart has nothing to show, drawn wrapped in a box over the plot area (so it
    /// is never cut off, at any size or theme); "" hides it.
    void setEmptyState(const QString &reason);
    QString emptyState() const;

signals:
    /// The palette changed (theme switch, or an export drawing with the light palette), after
    /// the axes, legend and tagged items took its colours; charts that colour items
    /// themselves restyle on it.
    void paletteChanged();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    /// The title's font: the theme's size, made smaller (to 60%) until the title fits the width.
    void fitTitle();
    QCPTextElement *m_title = nullptr;
    QCPAbstractItem *m_emptyState = nullptr;
    TooltipProvider m_tooltip;
    bool m_presentation = false;
    double m_presentationScale = 1.45;
};

} // namespace mlimpact::ui
