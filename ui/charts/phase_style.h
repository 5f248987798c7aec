// The visual language shared by every chart, tile and slide: one Okabe–Ito
// colour per life-cycle phase (safe for colour-blind viewers), and the hatching
// that marks embodied impacts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QColor>
#include <QString>

class QPainter;
class QRectF;

namespace mlimpact::ui {

QColor phaseColor(Phase phase);
/// Embodied impact: the phase colour, lighter, under diagonal hatching in the phase colour.
QColor embodiedColor(Phase phase);
/// The swatch that explains the hatching in legends: white under dark grey hatching, so it
/// cannot be mistaken for any phase colour.
QColor embodiedKeyFill();
QColor embodiedKeyLine();
/// Diagonal hatching ("/" lines `spacing` apart) inside `rect`, drawn as line segments
/// ending on its edges: a pattern brush would be lost in SVG (QSvgGenerator writes
/// fill="none" for it) and no clip path is needed. Lines are aligned to the device grid,
/// so stacked segments continue each other's hatching.
void drawHatch(QPainter &painter, const QRectF &rect, const QColor &line, double spacing, double width);
QString phaseName(Phase phase);
/// Whether a phase has any impact in the results (energy, carbon, water or e-waste);
/// legends list only these.
bool phaseHasImpact(const Results &results, Phase phase);

} // namespace mlimpact::ui
