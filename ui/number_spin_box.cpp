// SPDX-License-Identifier: GPL-3.0-or-later
#include "number_spin_box.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mlimpact::ui {

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(323); // keep full precision; the text is formatted below
    setKeyboardTracking(false);
    setAccelerated(true);
    setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
}

QString NumberSpinBox::textFromValue(double value) const
{
    char buf[64];
    const double magnitude = std::fabs(value);
    if (value != 0 && (magnitude >= 1e7 || magnitude < 1e-3))
        std::snprintf(buf, sizeof buf, "%.4g", value); // 7e+10
    else
        std::snprintf(buf, sizeof buf, "%.6g", value); // 0.35, 1500
    return QString::fromLatin1(buf);
}

double NumberSpinBox::valueFromText(const QString &text) const
{
    QString t = text;
    if (!suffix().isEmpty() && t.endsWith(suffix()))
        t.chop(suffix().size());
    bool ok = false;
    const double v = t.trimmed().toDouble(&ok); // C locale: the same text files and the CLI use
    return ok ? v : value();
}

QValidator::State NumberSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    QString t = input;
    if (!suffix().isEmpty() && t.endsWith(suffix()))
        t.chop(suffix().size());
    t = t.trimmed();
    if (t.isEmpty() || t == QLatin1String("-") || t.endsWith(QLatin1Char('e')) || t.endsWith(QLatin1String("e-")) ||
        t.endsWith(QLatin1String("e+")) || t.endsWith(QLatin1Char('.')))
        return QValidator::Intermediate;
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return QValidator::Invalid;
    return v >= minimum() && v <= maximum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void NumberSpinBox::fixup(QString &input) const
{
    input = textFromValue(value());
}

void NumberSpinBox::stepBy(int steps)
{
    // Multiplicative steps suit quantities spanning decades; small values step linearly.
    const double v = value();
    const double next = std::fabs(v) >= 1.0 ? v * std::pow(1.1, steps) : v + 0.01 * steps;
    setValue(std::clamp(next, minimum(), maximum()));
}

} // namespace mlimpact::ui
