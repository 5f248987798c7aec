// The central view: KPI tiles over a grid of the registered charts. It only routes
// the document's data to the views and the views' requests to the document.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGridLayout;
class QScrollArea;

namespace mlimpact::ui {

class ChartView;
class KpiTiles;
class ScenarioDocument;

class Dashboard : public QWidget
{
    Q_OBJECT
public:
    explicit Dashboard(ScenarioDocument *document, QWidget *parent = nullptr);

    QList<ChartView *> charts() const { return m_charts; }
    ChartView *chart(const QString &id) const;
    KpiTiles *tiles() const { return m_tiles; }
    void setPresentation(bool on);
    /// Redraws every chart now (tests, the latency benchmark, exports).
    void replotAll();

signals:
    /// A chart asked to edit a parameter (a registry path).
    void parameterRequested(const QString &path);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showResults();
    /// Reflows the charts into as many columns as fit (1-3), so they stay readable
    /// from 1280x800 to full HD; the grid scrolls if needed.
    void reflow();
    /// Puts the comparison charts first when the document has variants, last otherwise.
    void reorder();
    /// Where a chart goes in the current order (lower first).
    int rank(ChartView *chart) const;

    ScenarioDocument *m_document;
    KpiTiles *m_tiles;
    QList<ChartView *> m_charts;
    QGridLayout *m_grid = nullptr;
    QScrollArea *m_scroll = nullptr;
    int m_columns = 0;
    bool m_comparisonFirst = false;
    bool m_presentation = false;
};

} // namespace mlimpact::ui
