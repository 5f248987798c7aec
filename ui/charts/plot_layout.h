// Layout helpers for charts whose curves and marks can be anywhere in the plot (triad,
// break-even, rebound): the legend in a row of its own under the axis rect, and messages
// drawn in the plot broken into two lines.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCustomPlot;
class QString;

namespace mlimpact::ui {

void legendBelowPlot(QCustomPlot *plot, int columns);

/// After legend items were added or removed: fills the rows again, without gaps.
void relayoutLegend(QCustomPlot *plot);

/// The text with its middle space made a line break (plot text items do not wrap).
QString inTwoLines(const QString &text);

} // namespace mlimpact::ui
