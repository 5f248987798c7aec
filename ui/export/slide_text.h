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

/// The largest font from `maxPx` down to `minPx` in which `text`, wrapped at `width`, fits in
/// `height` (a long scenario description on a title slide); `minPx` if none does.
QFont fittingFont(const QString &text, int width, int height, int maxPx, int minPx);

/// The height `text` takes wrapped at `width` in `font`.
int wrappedHeight(const QString &text, const QFont &font, int width);

} // namespace mlimpact::ui
