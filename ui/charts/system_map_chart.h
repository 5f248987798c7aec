// "How do the parts of the system push each other?": the systems map (core/analysis/system_graph.h) as a
// causal-loop diagram drawn into the chart's plot, so export, slides and lessons show it like any
// chart. The layout is fixed data (system_map_layout.cpp); a node shows its value, an edge's
// thickness its elasticity (dashed: negative polarity); hovering an edge gives its formula and
// source, clicking a node asks for its parameter in the dock, and one loop is highlighted with
// its edges' elasticities. In a comparison, nodes are coloured by their direction of change.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart_view.h"

#include "system_graph.h"

#include <QList>

class QComboBox;
class QCPAbstractItem;
class QCPItemLine;
class QCPItemText;
class QMouseEvent;

namespace mlimpact::ui {

class SystemMapChart : public ChartView
{
    Q_OBJECT
public:
    explicit SystemMapChart(QWidget *parent = nullptr);
    void showData(const ChartData &input) override;

    /// Highlights loop `id` ("" for none); the picker follows.
    void highlightLoop(const QString &id);
    QString highlightedLoop() const { return m_loopId; }
    /// The text an edge's tooltip shows (tests); "" for an unknown edge.
    QString edgeTooltip(const QString &from, const QString &to) const;
    /// The node's box in widget pixels (tests click it); empty for an unknown node.
    QRect nodeRect(const QString &id) const;

private:
    void buildItems();
    void restyle();
    void applyFonts();
    void onMouseMove(QMouseEvent *event);
    void onItemClick(QCPAbstractItem *item);
    QString nodeTooltip(int index) const;

    SystemGraph m_graph;
    QList<QCPItemText *> m_nodes;  ///< in the graph's node order
    QList<QCPItemLine *> m_edges;  ///< in the graph's edge order
    QList<QCPItemText *> m_labels; ///< elasticity labels of the edges (shown on the highlighted loop)
    QCPItemText *m_caption = nullptr;
    QComboBox *m_loopPicker = nullptr;
    QString m_loopId;
    bool m_userPickedLoop = false;
};

} // namespace mlimpact::ui
