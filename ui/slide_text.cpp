// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_text.h"

#include <QColor>
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

} // namespace mlimpact::ui
