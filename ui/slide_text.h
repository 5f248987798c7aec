// Text on slides (chart decks and lesson decks alike): fonts sized in pixels of the 16:9
// page, so a slide reads the same whatever the screen's DPI, and wrapped paragraphs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QString>
#include <Qt>

class QColor;
class QPainter;
class QRect;

namespace mlimpact::ui {

/// The application font at `px` pixels.
QFont pixelFont(int px, bool bold = false);

/// Draws wrapped text in a rectangle; returns the height used.
int drawWrapped(QPainter &p, const QRect &rect, const QString &text, const QFont &font, const QColor &color,
                int flags = Qt::AlignLeft | Qt::AlignTop);

} // namespace mlimpact::ui
