// SPDX-License-Identifier: GPL-3.0-or-later
#include "number_spin_box.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace mlimpact::ui {

NumberSeparators separatorsOf(const QLocale &locale)
{
    return {locale.decimalPoint().toStdString(), locale.groupSeparator().toStdString()};
}

NumberSpinBox::NumberSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(323); // keep full precision; the text is formatted below
    setKeyboardTracking(false);
    setAccelerated(true);
    // Text that cannot be taken leaves the value as it was (fixup says why).
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
}

QString NumberSpinBox::textFromValue(double value) const
{
    return QString::fromStdString(formatNumberText(value, separatorsOf(locale())));
}

QString NumberSpinBox::withoutUnit(const QString &text) const
{
    QString t = text;
    if (!prefix().isEmpty() && t.startsWith(prefix()))
        t.remove(0, prefix().size());
    const QString unit = suffix().trimmed();
    t = t.trimmed();
    if (!unit.isEmpty() && t.endsWith(unit))
        t.chop(unit.size());
    return t.trimmed();
}

QString NumberSpinBox::rangeText() const
{
    const QString unit = suffix().trimmed();
    return tr("%1 to %2%3")
        .arg(textFromValue(minimum()), textFromValue(maximum()), unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
}

QString NumberSpinBox::problemWith(const QString &text) const
{
    const NumberText number = parseNumberText(text.toStdString(), separatorsOf(locale()));
    if (!number.value)
        return QString::fromStdString(number.error);
    const double v = *number.value;
    const bool whole = v == std::floor(v);
    if (m_integer && (!whole || v < minimum() || v > maximum())) {
        return tr("expected a whole number %1–%2%3").arg(textFromValue(minimum()), textFromValue(maximum()), suffix());
    }
    if (v < minimum() || v > maximum())
        return tr("out of range; valid: %1").arg(rangeText());
    return {};
}

double NumberSpinBox::valueFromText(const QString &text) const
{
    const NumberText number = parseNumberText(withoutUnit(text).toStdString(), separatorsOf(locale()));
    return number.value ? *number.value : value();
}

QValidator::State NumberSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    // Never Invalid: a refused keystroke would vanish without a word ("30M" became 30).
    // What cannot be taken is explained when the user presses Enter or leaves the box.
    return problemWith(withoutUnit(input)).isEmpty() ? QValidator::Acceptable : QValidator::Intermediate;
}

void NumberSpinBox::fixup(QString &input) const
{
    const QString typed = withoutUnit(input);
    const QString current = textFromValue(value());
    if (typed != current) {
        const QString unit = suffix().trimmed();
        const QString kept = current + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit);
        const QString message = typed.isEmpty()
                                    ? tr("An empty box was not taken; kept %1.").arg(kept)
                                    : tr("“%1” was not taken: %2. Kept %3.").arg(typed, problemWith(typed), kept);
        // fixup() is const in QAbstractSpinBox; telling listeners does not change the box.
        emit const_cast<NumberSpinBox *>(this)->inputRejected(message);
    }
    input = current;
}

bool NumberSpinBox::hasPendingEdit() const
{
    return withoutUnit(lineEdit()->displayText()) != textFromValue(value());
}

bool NumberSpinBox::event(QEvent *event)
{
    // Ctrl+Z after a value was taken undoes the document's last change (Edit > Undo), not
    // the line edit's typing; only text still being typed is undone in the box.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) && !hasPendingEdit()) {
            event->ignore();
            return true;
        }
    }
    return QDoubleSpinBox::event(event);
}

void NumberSpinBox::stepBy(int steps)
{
    // Multiplicative steps suit quantities spanning decades; small values step linearly.
    const double v = value();
    double next = std::fabs(v) >= 1.0 ? v * std::pow(1.1, steps) : v + 0.01 * steps;
    if (m_integer)
        next = v + steps;
    setValue(std::clamp(next, minimum(), maximum()));
}

} // namespace mlimpact::ui
