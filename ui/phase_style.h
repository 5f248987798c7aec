// The visual language shared by every chart, tile and slide: one Okabe–Ito
// colour per life-cycle phase (safe for colour-blind viewers), and the hatched
// tint that marks embodied impacts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QBrush>
#include <QColor>
#include <QString>

namespace mlimpact::ui {

QColor phaseColor(Phase phase);
/// Embodied impact: the phase colour, lighter, with diagonal hatching.
QColor embodiedColor(Phase phase);
QBrush embodiedBrush(Phase phase);
/// The neutral hatched swatch used in legends to explain the hatching.
QBrush embodiedKeyBrush();
QString phaseName(Phase phase);

} // namespace mlimpact::ui
