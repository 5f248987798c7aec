// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_map_chart.h"
#include "chart_palette.h"

#include "plot_widget.h"
#include "system_graph_report.h"
#include "system_map_layout.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QStringList>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <functional>

namespace mlimpact::ui {
namespace {

const QColor kDirect(0x00, 0x72, 0xB2);   // the loop's first path (Okabe-Ito blue)
const QColor kFeedback(0xD5, 0x5E, 0x00); // its second path (vermillion)
const QColor kUp(0xF4, 0xC9, 0xA8);       // a quantity that rises in the compared variant
const QColor kDown(0xB7, 0xD7, 0xEE);     // one that falls
const QColor kOnPastel(0x33, 0x33, 0x33); // text on kUp/kDown, in either theme

/// The map's colours in the plot's palette (the light one for exports).
struct MapColours
{
    explicit MapColours(const QPalette &palette)
        : dark(isDark(palette))
        , ink(inkColor(Ink::Text, palette))
        , faint(inkColor(Ink::Faint, palette))
        , inactiveText(dark ? inkColor(Ink::Muted, palette) : inkColor(Ink::Faint, palette).darker(130))
        , nodeFill(inkColor(Ink::Panel, palette))
        , direct(readableOn(kDirect, palette))
        , feedback(readableOn(kFeedback, palette))
        , labelFill(inkColor(Ink::Panel, palette))
    {
        labelFill.setAlpha(225);
    }
    bool dark;
    QColor ink, faint, inactiveText, nodeFill, direct, feedback, labelFill;
};

/// The anchor of a node's box that faces direction (dx, dy) (y down), and the one opposite.
QCPItemAnchor *facingAnchor(QCPItemText *item, double dx, double dy)
{
    const double angle = std::atan2(dy, dx) * 180.0 / M_PI;         // 0 = right, 90 = down
    const int sector = static_cast<int>(std::lround(angle / 45.0)); // -4..4
    switch (sector) {
    case 0:
        return item->right;
    case 1:
        return item->bottomRight;
    case 2:
        return item->bottom;
    case 3:
        return item->bottomLeft;
    case -1:
        return item->topRight;
    case -2:
        return item->top;
    case -3:
        return item->topLeft;
    default:
        return item->left;
    }
}

bool onPath(const std::vector<std::string> &path, const std::string &from, const std::string &to)
{
    for (std::size_t i = 0; i + 1 < path.size(); ++i) {
        if (path[i] == from && path[i + 1] == to)
            return true;
    }
    return false;
}

/// The loop's kind in the window's language (loopKindName() is the report's English key).
QString loopKindText(LoopKind kind)
{
    return kind == LoopKind::Reinforcing ? QCoreApplication::translate("mlimpact::ui::SystemMapChart", "reinforcing")
                                         : QCoreApplication::translate("mlimpact::ui::SystemMapChart", "balancing");
}

QString signedPercent(double change)
{
    return (change >= 0 ? QStringLiteral("▲ +") : QStringLiteral("▼ −")) + qs(formatPercent(std::abs(change), 2));
}

/// Runs a callback first thing whenever the plot is drawn, to screen or into an export or a slide
/// (toPainter draws without a replot, so beforeReplot alone would leave the text sized for the screen).
class DrawHook : public QCPAbstractItem
{
public:
    DrawHook(QCustomPlot *plot, std::function<void()> onDraw)
        : QCPAbstractItem(plot)
        , m_onDraw(std::move(onDraw))
    {
        setLayer(QStringLiteral("background"));
        setClipToAxisRect(false);
        setSelectable(false);
    }
    double selectTest(const QPointF &, bool, QVariant *) const override { return -1; }

protected:
    void draw(QCPPainter *) override { m_onDraw(); }

private:
    std::function<void()> m_onDraw;
};

} // namespace

SystemMapChart::SystemMapChart(QWidget *parent)
    : ChartView(QStringLiteral("system"), parent)
{
    PlotWidget *p = plot();
    p->xAxis->setVisible(false);
    p->yAxis->setVisible(false);
    p->xAxis->grid()->setVisible(false);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setRange(0, 100);
    p->yAxis->setRange(0, 104);       // room under the bottom row for the caption
    p->yAxis->setRangeReversed(true); // the layout's y runs down, as a page is read
    p->axisRect()->setAutoMargins(QCP::msNone);
    p->axisRect()->setMargins(QMargins(4, 4, 4, 4));
    buildItems();
    m_loopPicker = new QComboBox(this);
    m_loopPicker->setObjectName(QStringLiteral("loopPicker"));
    m_loopPicker->setToolTip(tr("Highlight a loop: two paths from one cause to one effect"));
    controls()->addWidget(new QLabel(tr("Loop:"), this));
    controls()->addWidget(m_loopPicker);
    controls()->addStretch(1);
    connect(m_loopPicker, &QComboBox::activated, this, [this](int index) {
        m_userPickedLoop = true;
        highlightLoop(m_loopPicker->itemData(index).toString());
    });
    connect(p, &QCustomPlot::mouseMove, this, &SystemMapChart::onMouseMove);
    connect(p, &PlotWidget::paletteChanged, this, &SystemMapChart::restyle);
    connect(p, &QCustomPlot::itemClick, this, [this](QCPAbstractItem *item, QMouseEvent *) { onItemClick(item); });
    new DrawHook(p, [this] { applyFonts(); }); // the items below are drawn after it, in its fonts
    setNote(tr("Edge width: local elasticity ∂ln y/∂ln x (central differences of the model); dashed: negative "
               "polarity. Hover an edge for its formula, click a quantity to edit it (docs/model.md §16)."));
}

void SystemMapChart::buildItems()
{
    PlotWidget *p = plot();
    const auto &specs = systemEdgeSpecs();
    for (const auto &place : systemMapLayout()) {
        auto *text = new QCPItemText(p);
        text->position->setCoords(place.x, place.y);
        text->setPositionAlignment(Qt::AlignCenter);
        text->setTextAlignment(Qt::AlignCenter);
        text->setSelectable(false);
        keepOwnColour(text);                       // restyle() colours the map
        text->setLayer(QStringLiteral("overlay")); // over the edges
        text->setClipToAxisRect(false);
        m_nodes << text;
    }
    for (const auto &spec : specs) {
        const int a = systemMapIndex(spec.from), b = systemMapIndex(spec.to);
        auto *line = new QCPItemLine(p);
        line->setSelectable(false);
        if (a >= 0 && b >= 0) {
            const auto &pa = systemMapLayout()[a], &pb = systemMapLayout()[b];
            const double dx = (pb.x - pa.x) * 1.6, dy = pb.y - pa.y; // the plot is about 16:10
            line->start->setParentAnchor(facingAnchor(m_nodes[a], dx, dy));
            line->end->setParentAnchor(facingAnchor(m_nodes[b], -dx, -dy));
        }
        m_edges << line;
        auto *label = new QCPItemText(p);
        label->setSelectable(false);
        keepOwnColour(label);
        label->setVisible(false);
        label->setPadding(QMargins(2, 0, 2, 0));
        if (a >= 0 && b >= 0)
            label->position->setCoords((systemMapLayout()[a].x + systemMapLayout()[b].x) / 2,
                                       (systemMapLayout()[a].y + systemMapLayout()[b].y) / 2);
        m_labels << label;
    }
    m_caption = new QCPItemText(p);
    keepOwnColour(m_caption);
    m_caption->setSelectable(false);
    m_caption->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_caption->position->setCoords(0.005, 0.995);
    m_caption->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_caption->setTextAlignment(Qt::AlignLeft);
    m_caption->setLayer(QStringLiteral("overlay"));
}

void SystemMapChart::showData(const ChartData &input)
{
    m_graph = input.analyses.system;
    // The loops this scenario has; the first with both paths active and a feedback is shown by default.
    const QString before = m_loopId;
    m_loopPicker->clear();
    m_loopPicker->addItem(tr("none"), QString());
    QString firstActive;
    for (const auto &loop : m_graph.loops) {
        if (!loop.active())
            continue;
        m_loopPicker->addItem(tr("%1 (%2)").arg(qs(loop.label), loopKindText(loop.kind)), qs(loop.id));
        if (firstActive.isEmpty() && std::abs(loop.feedbackGain.value_or(0)) > 1e-9)
            firstActive = qs(loop.id);
    }
    const bool keep = m_userPickedLoop && (before.isEmpty() || m_loopPicker->findData(before) >= 0);
    m_loopId = keep ? before : firstActive;
    m_loopPicker->setCurrentIndex(std::max(0, m_loopPicker->findData(m_loopId)));
    plot()->setEmptyState(input.insights.chart("system") ? qs(input.insights.chart("system")->emptyReason) : QString());
    restyle();
}

void SystemMapChart::highlightLoop(const QString &id)
{
    m_loopId = id;
    m_loopPicker->setCurrentIndex(std::max(0, m_loopPicker->findData(id)));
    restyle();
}

void SystemMapChart::restyle()
{
    const SystemLoop *loop = m_loopId.isEmpty() ? nullptr : m_graph.loop(m_loopId.toStdString());
    const bool presentation = plot()->presentation();
    const MapColours c(plot()->palette());
    m_caption->setColor(c.ink);
    for (int i = 0; i < m_nodes.size(); ++i) {
        const SystemNode *n = m_graph.node(systemMapLayout()[i].id);
        QCPItemText *item = m_nodes[i];
        if (!n) {
            item->setVisible(false);
            continue;
        }
        item->setVisible(true);
        QString text = tr(std::string(systemMapLayout()[i].shortLabel).c_str()) + QLatin1Char('\n') + qs(n->text);
        if (n->change && std::abs(*n->change) > 0.005)
            text += QLatin1Char('\n') + signedPercent(*n->change);
        item->setText(text);
        const bool inLoop = loop && (std::count(loop->direct.begin(), loop->direct.end(), n->id) ||
                                     std::count(loop->feedback.begin(), loop->feedback.end(), n->id));
        QColor fill = c.nodeFill;
        if (n->change && *n->change > 0.005)
            fill = kUp;
        else if (n->change && *n->change < -0.005)
            fill = kDown;
        item->setBrush(fill);
        const bool pastel = fill != c.nodeFill;
        item->setColor(pastel ? kOnPastel : n->active ? c.ink : c.inactiveText);
        const QColor loopEdge = c.dark ? c.direct : kDirect.darker(120);
        item->setPen(QPen(n->active ? (inLoop ? loopEdge : c.ink) : c.faint, inLoop ? 2.5 : 1));
    }
    const auto &specs = systemEdgeSpecs();
    for (int i = 0; i < m_edges.size() && i < static_cast<int>(m_graph.edges.size()); ++i) {
        const SystemEdge &e = m_graph.edges[static_cast<std::size_t>(i)];
        const bool direct = loop && onPath(loop->direct, e.from, e.to);
        const bool feedback = loop && onPath(loop->feedback, e.from, e.to);
        const double magnitude = e.elasticity ? std::min(std::abs(*e.elasticity), 1.5) : 0.0;
        double width = e.elasticity ? 0.8 + 3.2 * magnitude / 1.5 : 0.8;
        if (presentation)
            width *= 1.4;
        QColor colour = e.elasticity ? c.ink : c.faint;
        if (loop && !direct && !feedback)
            colour = c.faint;
        if (direct)
            colour = c.direct;
        if (feedback)
            colour = c.feedback;
        QPen pen(colour, width,
                 specs[static_cast<std::size_t>(i)].polarity == Polarity::Negative ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        m_edges[i]->setPen(pen);
        const double head = 7 + 2.5 * width;
        m_edges[i]->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, head, head * 1.2));
        QCPItemText *label = m_labels[i];
        label->setVisible(direct || feedback);
        // "≈" marks an arc elasticity (the model steps there); the tooltip says so in words.
        label->setText(qs(std::string(polaritySymbol(e.polarity))) + QStringLiteral(" ") +
                       (e.arc ? QStringLiteral("≈") : QString()) +
                       (e.elasticity ? qs(formatSignificant(*e.elasticity, 3)) : tr("n/a")));
        label->setBrush(c.labelFill);
        if (c.dark)
            label->setColor(direct ? c.direct : c.feedback);
        else
            label->setColor(direct ? kDirect.darker(130) : kFeedback.darker(130));
    }
    QStringList caption;
    if (!m_graph.comparedVariant.empty())
        caption << tr("Values: the scenario shown; colour and ▲/▼: the change from the baseline to “%1”")
                       .arg(qs(m_graph.comparedVariant));
    if (loop && loop->active())
        caption << tr("%1 (%2): direct path %3, through the loop %4, net %5")
                       .arg(qs(loop->label), loopKindText(loop->kind), qs(formatSignificant(*loop->directGain, 3)),
                            qs(formatSignificant(*loop->feedbackGain, 3)), qs(formatSignificant(loop->netGain(), 3)));
    m_caption->setText(caption.join(QLatin1Char('\n')));
    m_caption->setVisible(!m_caption->text().isEmpty());
    plot()->replot(QCustomPlot::rpQueuedReplot);
}

void SystemMapChart::applyFonts()
{
    // Text follows the plot's size (a dashboard cell or a full slide) and the theme.
    PlotWidget *p = plot();
    const QRect area = p->axisRect()->rect();
    const double fit = std::clamp(std::min(area.width() / 1250.0, area.height() / 620.0), 0.45, 1.25);
    // The theme's scale as the other charts' text has it (1.45 on screen, more on slides), a little less:
    // 23 boxes share the plot.
    const double theme = p->presentation() ? 0.8 * p->presentationScale() : 1.0;
    QFont node = p->font();
    node.setPointSizeF(std::max(5.0, p->font().pointSizeF() * fit * theme));
    const int pad = std::max(2, static_cast<int>(3 * fit * theme));
    for (QCPItemText *item : m_nodes) {
        item->setFont(node);
        item->setPadding(QMargins(pad * 2, pad, pad * 2, pad));
    }
    QFont small = node;
    small.setPointSizeF(node.pointSizeF() * 0.92);
    small.setBold(true);
    for (QCPItemText *label : m_labels)
        label->setFont(small);
    QFont caption = node;
    caption.setPointSizeF(node.pointSizeF() * 1.02);
    m_caption->setFont(caption);
}

QString SystemMapChart::edgeTooltip(const QString &from, const QString &to) const
{
    const SystemEdge *e = m_graph.edge(from.toStdString(), to.toStdString());
    if (!e)
        return {};
    const SystemNode *a = m_graph.node(e->from);
    const SystemNode *b = m_graph.node(e->to);
    QString text =
        tr("<b>%1 → %2</b> (%3)<br>%4<br>Source: %5<br>Elasticity ∂ln y/∂ln x: <b>%6</b>")
            .arg(qs(a ? a->label : e->from), qs(b ? b->label : e->to), qs(std::string(polaritySymbol(e->polarity))),
                 qs(e->formula).toHtmlEscaped(), qs(e->section), qs(elasticityText(*e)));
    text +=
        e->elasticity ? tr("<br><i>How: %1</i>").arg(qs(e->method)) : tr("<br><i>%1</i>").arg(qs(e->undefinedReason));
    return text;
}

QString SystemMapChart::nodeTooltip(int index) const
{
    const SystemNode *n = m_graph.node(systemMapLayout()[index].id);
    if (!n)
        return {};
    QString text = tr("<b>%1</b>: %2").arg(qs(n->label), qs(n->text));
    if (n->change)
        text += tr("<br>%1 from the baseline to “%2”").arg(signedPercent(*n->change), qs(m_graph.comparedVariant));
    if (!n->parameterPath.empty())
        text += tr("<br>Click to edit <tt>%1</tt>").arg(qs(n->parameterPath));
    return text;
}

QRect SystemMapChart::nodeRect(const QString &id) const
{
    const int i = systemMapIndex(id.toStdString());
    if (i < 0)
        return {};
    return QRectF(m_nodes[i]->topLeft->pixelPosition(), m_nodes[i]->bottomRight->pixelPosition()).toRect();
}

void SystemMapChart::onMouseMove(QMouseEvent *event)
{
    const QPointF pos = event->position();
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i]->visible() && m_nodes[i]->selectTest(pos, false) >= 0 &&
            m_nodes[i]->selectTest(pos, false) < 1) {
            QToolTip::showText(event->globalPosition().toPoint(), nodeTooltip(i), plot());
            return;
        }
    }
    int best = -1;
    double bestDistance = 6;
    for (int i = 0; i < m_edges.size(); ++i) {
        const double d = m_edges[i]->selectTest(pos, false);
        if (d >= 0 && d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    if (best < 0 || best >= static_cast<int>(m_graph.edges.size())) {
        QToolTip::hideText();
        return;
    }
    const SystemEdge &e = m_graph.edges[static_cast<std::size_t>(best)];
    QToolTip::showText(event->globalPosition().toPoint(), edgeTooltip(qs(e.from), qs(e.to)), plot());
}

void SystemMapChart::onItemClick(QCPAbstractItem *item)
{
    const auto i = static_cast<int>(m_nodes.indexOf(static_cast<QCPItemText *>(item)));
    if (i < 0)
        return;
    const SystemNode *n = m_graph.node(systemMapLayout()[i].id);
    if (n && !n->parameterPath.empty())
        emit parameterRequested(qs(n->parameterPath));
}

} // namespace mlimpact::ui
