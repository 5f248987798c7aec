// The headline figures: total carbon, energy, water, e-waste, carbon per query
// (or per on-device inference) and the deployment : development ratio, and as an option
// resource depletion and primary energy, each with a sourced equivalent — as core's Insights word them (the title slide
// shows the same). A badge on a tile says it counts unpublished catalog values as 0, and names them.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criteria.h"
#include "insights.h"
#include "uncertainty.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;

namespace mlimpact::ui {
class MissingDataBadge;
}

namespace mlimpact::ui {

class KpiTiles : public QWidget
{
    Q_OBJECT
public:
    explicit KpiTiles(QWidget *parent = nullptr);
    void setInsights(const Insights &insights);
    /// Two more tiles, resource depletion (ADPe) and primary energy, after the six (off by default).
    void setResourceTilesShown(bool shown);
    bool resourceTilesShown() const { return m_resourceTiles; }
    /// The value text shown on a tile (tests, slides): 0 carbon, 1 energy, 2 water, 3 e-waste,
    /// 4 carbon per query, 5 deployment : development, 6 resource depletion, 7 primary energy.
    QString valueText(int tile) const;
    QString equivalentText(int tile) const;
    /// The caption shown on a tile ("Carbon per inference" for an edge fleet).
    QString captionText(int tile) const;
    /// The missing-data badge of a tile (visible only when the figure counts unpublished values as 0).
    const MissingDataBadge *badge(int tile) const;
    /// With a variant shown, each of the four total tiles also says its change from the
    /// baseline (core's changeFromBaseline); nullopt (the baseline shown) hides the lines.
    void showChangeFromBaseline(const std::optional<CriterionValues> &baseline, const CriterionValues &shown);
    /// The change line of a tile ("" when hidden), for tests.
    QString changeText(int tile) const;
    /// Each total tile's 90% interval from the Monte Carlo ("90%: 0.9 kt – 2.3 kt"); null hides them.
    void showBands(const UncertaintyResult *result);
    /// The interval line of a tile ("" when hidden), for tests.
    QString bandText(int tile) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void colourChange(QLabel *label) const;

private:
    /// Six (or eight) tiles in a row when there is room, else in two rows.
    void reflow();
    struct Tile
    {
        QLabel *caption;
        QLabel *value;
        QLabel *detail;
        MissingDataBadge *badge;
    };
    Tile makeTile(const QString &caption);
    /// The value and detail fonts, relative to the widget's font.
    void applyTileFonts(const Tile &tile);
    QList<Tile> m_tiles;
    QList<QLabel *> m_changes; ///< one per total tile, made on first use
    QList<QLabel *> m_bands;   ///< one per total tile, made on first use
    QGridLayout *m_grid = nullptr;
    int m_columns = 0;
    bool m_resourceTiles = false;
};

} // namespace mlimpact::ui
