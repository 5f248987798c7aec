// A spin box for quantities that span many decades (1e-6 ... 1e30): shows "10 M" or
// "0.35" (the shortest digits that read back exactly), reads SI suffixes and exponents
// in the widget's locale, and steps by ~10%. Text it cannot take — not a number, out of
// range, not whole where whole numbers are expected — is never turned into another
// number: the value stays and inputRejected() says why.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "number_text.h"

#include <QDoubleSpinBox>

namespace mlimpact::ui {

/// The decimal and group separators of a Qt locale, for core's number parser.
NumberSeparators separatorsOf(const QLocale &locale);

class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    /// Whole numbers only (an hour of the day): steps by one and refuses fractions.
    void setIntegerOnly(bool integer) { m_integer = integer; }
    bool integerOnly() const { return m_integer; }

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void stepBy(int steps) override;
    void fixup(QString &input) const override;

    /// Why `text` (as typed, without the unit) cannot be taken, or "" if it can.
    QString problemWith(const QString &text) const;
    /// The valid range as the box writes numbers ("0.001 to 1", with the unit).
    QString rangeText() const;
    /// Text typed but not yet taken (Enter or leaving the box takes it).
    bool hasPendingEdit() const;

signals:
    /// Typed text was dropped; `message` quotes it, says why and what is valid.
    void inputRejected(const QString &message);

protected:
    bool event(QEvent *event) override;

private:
    QString withoutUnit(const QString &text) const;

    bool m_integer = false;
};

} // namespace mlimpact::ui
