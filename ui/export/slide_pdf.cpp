// SPDX-License-Identifier: GPL-3.0-or-later
#include "slide_pdf.h"

#include <QBuffer>
#include <QPdfWriter>

#include <qcustomplot.h>

namespace mlimpact::ui {

bool renderSlidesPdf(const QString &title, QSize canvas, int pages, const std::function<void(QCPPainter &, int)> &draw,
                     QByteArray &bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    // 16:9 at 13.333 x 7.5 in; 96 dpi gives 1280 x 720 device pixels, scaled to the canvas.
    pdf.setResolution(96);
    pdf.setPageSize(QPageSize(QSizeF(960, 540), QPageSize::Point, QStringLiteral("Slide 16:9"), QPageSize::ExactMatch));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("ML Impact Explorer"));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return false;
    // Vector output with print-quality (non-cosmetic) pens, as QCustomPlot's own savePdf.
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    const double scale = pdf.width() / static_cast<double>(canvas.width());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            pdf.newPage();
        painter.save();
        painter.scale(scale, scale);
        draw(painter, i);
        painter.restore();
    }
    painter.end();
    return true;
}

} // namespace mlimpact::ui
