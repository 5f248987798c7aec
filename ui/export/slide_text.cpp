// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_text.h"

#include <QColor>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QRect>

namespace mlimpact::ui {

QFont pixelFont(int px, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(px);
    f.setBold(bold);
    return f;
}

int drawWrapped(QPainter &p, const QRect &rect, const QString &text, const QFont &font, const QColor &color, int flags)
{
    p.setFont(font);
    p.setPen(color);
    QRect used;
    p.drawText(rect, flags | Qt::TextWordWrap, text, &used);
    return used.height();
}

int wrappedHeight(const QString &text, const QFont &font, int width)
{
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height();
}

QFont fittingFont(const QString &text, int width, int height, int maxPx, int minPx)
{
    for (int px = maxPx; px > minPx; --px) {
        const QFont font = pixelFont(px);
        if (wrappedHeight(text, font, width) <= height)
            return font;
    }
    return pixelFont(minPx);
}

} // namespace mlimpact::ui
