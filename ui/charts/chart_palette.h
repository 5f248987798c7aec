// The chart colours that depend on the window's palette: ink for text and marks, muted
// ink for notes, faint rules, panels behind labels. Charts tag their items with a role
// (followInk) and PlotWidget recolours the tagged items whenever its palette changes, so
// one switch restyles the window live and an export can render with the light palette.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QCustomPlot;
class QObject;

namespace mlimpact::ui {

enum class Ink {
    Text,  ///< titles, labels, the main curve
    Muted, ///< notes, reference lines, secondary marks
    Faint, ///< rules and edges that should recede
    Panel, ///< boxes behind text (node fills, label backgrounds)
    Warm,  ///< warnings drawn in the plot (backfire, shortfall): dark vermillion on light
};

/// Whether the palette draws light text on a dark background.
bool isDark(const QPalette &palette);
/// The role's colour in the palette (opaque).
QColor inkColor(Ink ink, const QPalette &palette);
/// Green for "less impact", red for "more", each legible on the palette's background.
QColor betterColor(const QPalette &palette);
QColor worseColor(const QPalette &palette);
/// A phase or accent colour used for thin lines or text: kept on light backgrounds, given a
/// lighter tint of the same hue on dark ones until it has a contrast ratio of at least 4.5.
QColor readableOn(const QColor &colour, const QPalette &palette);
/// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor &a, const QColor &b);

/// Tags an item or plottable (QCPItemText: its colour; others: their pen, and the brush
/// when `brush` is given) to follow the role, and colours it now from the plot's palette.
/// The alpha each colour was given is kept.
void followInk(QObject *item, Ink pen, const QPalette &palette);
void followInk(QObject *item, Ink pen, Ink brush, const QPalette &palette);
/// Marks a text item whose chart colours it itself (restyleInk leaves it alone).
void keepOwnColour(QObject *item);
/// Tags a line or text drawn in a phase or accent colour to be drawn readableOn the palette.
void followAccent(QObject *item, const QColor &colour, const QPalette &palette);
/// Recolours every tagged item and plottable of the plot from the palette. Text items
/// still in QCustomPlot's default black are tagged Ink::Text first.
void restyleInk(QCustomPlot *plot, const QPalette &palette);

/// The palette exports and slides are drawn with: Fusion's standard light palette.
QPalette lightPalette();
/// The Dark theme's palette.
QPalette darkPalette();

} // namespace mlimpact::ui
