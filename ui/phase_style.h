// The visual language shared by every chart, tile and slide: one Okabe–Ito
// colour per life-cycle phase (safe for colour-blind viewers), and the tint
// that marks embodied impacts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "results.h"

#include <QColor>
#include <QString>

namespace mlimpact::ui {

QColor phaseColor(Phase phase);
/// Embodied impact: the phase colour, lighter (paired with a hatch in charts).
QColor embodiedColor(Phase phase);
QString phaseName(Phase phase);

} // namespace mlimpact::ui
