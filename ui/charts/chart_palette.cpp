// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_palette.h"

#include <QStyle>
#include <QStyleFactory>
#include <qcustomplot.h>

#include <cmath>
#include <memory>

namespace mlimpact::ui {
namespace {

const char *const kPenInk = "mlimpactPenInk";
const char *const kBrushInk = "mlimpactBrushInk";
const char *const kAccent = "mlimpactAccent";
const char *const kOwnColour = "mlimpactOwnColour";

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

void applyInk(QObject *item, const QPalette &palette)
{
    const QVariant pen = item->property(kPenInk);
    const QVariant accent = item->property(kAccent);
    if (pen.isValid() || accent.isValid()) {
        const QColor ink = accent.isValid() ? readableOn(accent.value<QColor>(), palette)
                                            : inkColor(static_cast<Ink>(pen.toInt()), palette);
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            text->setColor(withAlpha(ink, text->color().alpha()));
        } else if (auto *graph = qobject_cast<QCPGraph *>(item)) {
            QPen p = graph->pen();
            if (p.style() != Qt::NoPen) {
                p.setColor(withAlpha(ink, p.color().alpha()));
                graph->setPen(p);
            }
            QCPScatterStyle scatter = graph->scatterStyle();
            if (!scatter.isNone() && scatter.pen().style() != Qt::NoPen) {
                QPen sp = scatter.pen();
                sp.setColor(withAlpha(ink, sp.color().alpha()));
                scatter.setPen(sp);
                if (scatter.brush().style() != Qt::NoBrush)
                    scatter.setBrush(withAlpha(ink, scatter.brush().color().alpha()));
                graph->setScatterStyle(scatter);
            }
        } else {
            QPen p = item->property("pen").value<QPen>();
            p.setColor(withAlpha(ink, p.color().alpha()));
            item->setProperty("pen", p);
        }
    }
    const QVariant brush = item->property(kBrushInk);
    if (brush.isValid()) {
        QBrush b = item->property("brush").value<QBrush>();
        b.setColor(withAlpha(inkColor(static_cast<Ink>(brush.toInt()), palette), b.color().alpha()));
        if (b.style() == Qt::NoBrush)
            b.setStyle(Qt::SolidPattern);
        item->setProperty("brush", b);
    }
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Base)) < luminance(palette.color(QPalette::Text));
}

QColor inkColor(Ink ink, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (ink) {
    case Ink::Text:
        return palette.color(QPalette::Text);
    case Ink::Muted:
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x55, 0x55, 0x55);
    case Ink::Faint:
        return dark ? QColor(0x5a, 0x5a, 0x5a) : QColor(0xc8, 0xc8, 0xc8);
    case Ink::Panel:
        return dark ? QColor(0x33, 0x36, 0x3a) : QColor(0xf7, 0xf7, 0xf7);
    case Ink::Warm:
        return dark ? QColor(0xf0, 0x9a, 0x5c) : QColor(0xa0, 0x40, 0x00);
    }
    return palette.color(QPalette::Text);
}

QColor betterColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0xd6, 0x88) : QColor(0x1a, 0x7f, 0x37);
}

QColor worseColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb4, 0x23, 0x18);
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readableOn(const QColor &colour, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    if (!isDark(palette))
        return colour;
    // Lighten in HSL, keeping hue and saturation, until the contrast suffices.
    QColor tint = colour.toHsl();
    for (int step = 0; step < 20 && contrastRatio(tint, background) < 4.5; ++step)
        tint.setHslF(tint.hslHueF(), tint.hslSaturationF(), std::min(1.0F, tint.lightnessF() + 0.04F), colour.alphaF());
    return tint.toRgb();
}

void followInk(QObject *item, Ink pen, const QPalette &palette)
{
    item->setProperty(kPenInk, static_cast<int>(pen));
    applyInk(item, palette);
}

void followInk(QObject *item, Ink pen, Ink brush, const QPalette &palette)
{
    item->setProperty(kBrushInk, static_cast<int>(brush));
    followInk(item, pen, palette);
}

void keepOwnColour(QObject *item)
{
    item->setProperty(kOwnColour, true);
}

void followAccent(QObject *item, const QColor &colour, const QPalette &palette)
{
    item->setProperty(kAccent, colour);
    applyInk(item, palette);
}

void restyleInk(QCustomPlot *plot, const QPalette &palette)
{
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        auto *text = qobject_cast<QCPItemText *>(item);
        if (text && !text->property(kPenInk).isValid() && !text->property(kOwnColour).isValid() &&
            text->color() == QColor(Qt::black))
            text->setProperty(kPenInk, static_cast<int>(Ink::Text));
        applyInk(item, palette);
    }
    for (int i = 0; i < plot->plottableCount(); ++i)
        applyInk(plot->plottable(i), palette);
}

QPalette lightPalette()
{
    // Fusion's own palette: the same on every desktop, unlike the platform theme's.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion ? fusion->standardPalette() : QPalette();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2d));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5d, 0x62));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xc9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xc4, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc8, 0x9c, 0xe0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace mlimpact::ui
