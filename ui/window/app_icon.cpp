// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_icon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace mlimpact::ui {

QIcon applicationIcon()
{
    // Drawn here rather than by QIcon(":/...svg"), which needs Qt's SVG icon-engine plugin at run time.
    QSvgRenderer renderer(QStringLiteral(":/icons/org.mlimpact.Explorer.svg"));
    QIcon icon;
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace mlimpact::ui
