// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi_tiles.h"
#include "chart_palette.h"
#include "core_text.h"

#include "comparison_report.h"
#include "missing_data_badge.h"
#include "uncertainty_report.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <array>

namespace mlimpact::ui {
namespace {

/// The headline figures the tiles show, in order (ids of core's Insights); the last two, resource
/// depletion and primary energy, only when View ▸ Resource Tiles is on.
constexpr std::array<const char *, 8> kTileFigures{"total_carbon", "energy",           "water",
                                                   "ewaste",       "carbon_per_query", "deployment_to_development",
                                                   "adpe",         "primary_energy"};
constexpr int kOptionalTiles = 2;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

} // namespace

KpiTiles::KpiTiles(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    for (std::size_t i = 0; i < kTileFigures.size(); ++i)
        m_tiles.append(makeTile(QString()));
    setResourceTilesShown(false);
}

void KpiTiles::setResourceTilesShown(bool shown)
{
    m_resourceTiles = shown;
    for (qsizetype i = m_tiles.size() - kOptionalTiles; i < m_tiles.size(); ++i)
        m_tiles[i].caption->parentWidget()->setVisible(shown);
    m_columns = 0; // lay out again for the new count
    reflow();
}

void KpiTiles::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void KpiTiles::reflow()
{
    // All in one row when there is room, else in two rows.
    const int shown = static_cast<int>(m_tiles.size()) - (m_resourceTiles ? 0 : kOptionalTiles);
    const int columns = width() >= 1100 || width() == 0 ? shown : (shown + 1) / 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &t : m_tiles)
        m_grid->removeWidget(t.caption->parentWidget());
    for (int i = 0; i < shown; ++i)
        m_grid->addWidget(m_tiles[i].caption->parentWidget(), i / columns, i % columns);
    for (int c = 0; c < static_cast<int>(m_tiles.size()); ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void KpiTiles::applyTileFonts(const Tile &t)
{
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    big.setBold(true);
    t.value->setFont(big);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    t.detail->setFont(small);
}

void KpiTiles::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The presentation theme sets a larger font on the tiles: their values and details follow.
    if (event->type() == QEvent::FontChange)
        for (const auto &t : m_tiles)
            applyTileFonts(t);
    // A theme switch: the green and red of the changes are picked for the background.
    if (event->type() == QEvent::PaletteChange)
        for (QLabel *label : std::as_const(m_changes))
            colourChange(label);
}

void KpiTiles::colourChange(QLabel *label) const
{
    // Less impact reads green, more red; no change in the muted caption colour.
    const int sign = label->property("change").toInt();
    QPalette colours = label->palette();
    colours.setColor(QPalette::WindowText, sign == 0  ? palette().color(QPalette::PlaceholderText)
                                           : sign < 0 ? betterColor(palette())
                                                      : worseColor(palette()));
    label->setPalette(colours);
    QFont font = label->font();
    font.setBold(sign != 0);
    label->setFont(font);
}

KpiTiles::Tile KpiTiles::makeTile(const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    // Equal widths whatever the text: the stretch decides, not the content.
    frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    frame->setMinimumWidth(110);
    auto *v = new QVBoxLayout(frame);
    v->setSpacing(2);
    Tile t{new QLabel(caption, frame), new QLabel(frame), new QLabel(frame), new MissingDataBadge(frame)};
    applyTileFonts(t);
    t.caption->setForegroundRole(QPalette::PlaceholderText);
    t.detail->setWordWrap(true);
    t.caption->setWordWrap(true); // "Primary energy" and its badge share a narrow tile
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(t.caption, 1);
    top->addWidget(t.badge, 0, Qt::AlignTop);
    v->addLayout(top);
    v->addWidget(t.value);
    v->addWidget(t.detail);
    v->addStretch();
    return t;
}

void KpiTiles::setInsights(const Insights &insights)
{
    for (std::size_t i = 0; i < kTileFigures.size(); ++i) {
        const HeadlineFigure *f = insights.headline(kTileFigures[i]);
        const Tile &t = m_tiles[static_cast<qsizetype>(i)];
        t.caption->setText(f ? coreText(f->caption) : QString());
        t.value->setText(f ? qs(f->text) : QString());
        t.value->setToolTip(f ? qs(f->breakdown) : QString());
        t.detail->setText(f ? qs(f->detail) : QString());
        t.detail->setToolTip(f && !f->source.empty() ? tr("Source: %1").arg(qs(f->source)) : QString());
        t.badge->setMissing(f ? f->missingData : std::vector<std::string>{});
    }
}

void KpiTiles::showChangeFromBaseline(const std::optional<CriterionValues> &baseline, const CriterionValues &shown)
{
    // The totals' tiles in order, and the criterion each shows.
    constexpr std::array<Criterion, 4> kCriteria{Criterion::Carbon, Criterion::Energy, Criterion::Water,
                                                 Criterion::Ewaste};
    if (m_changes.isEmpty()) {
        for (std::size_t i = 0; i < kCriteria.size(); ++i) {
            auto *label = new QLabel(this);
            label->setObjectName(QStringLiteral("changeFromBaseline"));
            label->setWordWrap(true); // narrow tiles: "vs Baseline" goes to a second line
            if (auto *column =
                    qobject_cast<QVBoxLayout *>(m_tiles[static_cast<qsizetype>(i)].caption->parentWidget()->layout()))
                column->insertWidget(2, label); // under the value
            m_changes.append(label);
        }
    }
    for (std::size_t i = 0; i < kCriteria.size(); ++i) {
        QLabel *label = m_changes[static_cast<qsizetype>(i)];
        label->setVisible(baseline.has_value());
        if (!baseline)
            continue;
        const auto k = static_cast<std::size_t>(kCriteria[i]);
        const double change = shown[k] - (*baseline)[k];
        // Less impact reads green, more red.
        label->setProperty("change", change == 0 ? 0 : change < 0 ? -1 : 1);
        colourChange(label);
        label->setText(qs(changeFromBaseline((*baseline)[k], shown[k], kCriteria[i])));
    }
}

void KpiTiles::showBands(const UncertaintyResult *result)
{
    constexpr std::array<Criterion, 4> kCriteria{Criterion::Carbon, Criterion::Energy, Criterion::Water,
                                                 Criterion::Ewaste};
    if (m_bands.isEmpty()) {
        for (std::size_t i = 0; i < kCriteria.size(); ++i) {
            auto *label = new QLabel(this);
            label->setObjectName(QStringLiteral("uncertaintyBand"));
            label->setForegroundRole(QPalette::PlaceholderText);
            label->setToolTip(tr("5th to 95th percentile of a Monte Carlo over every input's plausible range "
                                 "(docs/model.md §15)"));
            if (auto *column =
                    qobject_cast<QVBoxLayout *>(m_tiles[static_cast<qsizetype>(i)].caption->parentWidget()->layout()))
                column->insertWidget(2, label); // under the value
            m_bands.append(label);
        }
    }
    for (std::size_t i = 0; i < kCriteria.size(); ++i) {
        QLabel *label = m_bands[static_cast<qsizetype>(i)];
        label->setVisible(result != nullptr);
        if (result)
            label->setText(qs(intervalText(result->total(kCriteria[i]), kCriteria[i])));
    }
}

QString KpiTiles::bandText(int tile) const
{
    const QLabel *label = m_bands.value(tile);
    return label && !label->isHidden() ? label->text() : QString();
}

QString KpiTiles::changeText(int tile) const
{
    const QLabel *label = m_changes.value(tile);
    return label && !label->isHidden() ? label->text() : QString();
}

QString KpiTiles::valueText(int tile) const
{
    return m_tiles.value(tile).value ? m_tiles[tile].value->text() : QString();
}

QString KpiTiles::captionText(int tile) const
{
    return m_tiles.value(tile).caption ? m_tiles[tile].caption->text() : QString();
}

const MissingDataBadge *KpiTiles::badge(int tile) const
{
    return m_tiles.value(tile).badge;
}

QString KpiTiles::equivalentText(int tile) const
{
    return m_tiles.value(tile).detail ? m_tiles[tile].detail->text() : QString();
}

} // namespace mlimpact::ui
