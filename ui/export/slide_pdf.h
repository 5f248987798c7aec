// A 16:9 vector PDF of slides drawn on a fixed canvas (chart decks and lesson decks): the
// page set-up, the painter's vector modes and the scaling to the page, written once.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>

class QCPPainter;

namespace mlimpact::ui {

/// Renders `pages` slides, each drawn by `draw(painter, page)` on a canvas of `canvas` pixels,
/// into `bytes` as a PDF titled `title`. False if the PDF could not be started.
bool renderSlidesPdf(const QString &title, QSize canvas, int pages, const std::function<void(QCPPainter &, int)> &draw,
                     QByteArray &bytes);

} // namespace mlimpact::ui
