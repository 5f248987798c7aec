// A spin box for quantities that span many decades (1e-6 ... 1e30): shows
// "7e+10" or "0.35" rather than fixed decimals, and steps by ~10%.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

namespace mlimpact::ui {

class NumberSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit NumberSpinBox(QWidget *parent = nullptr);

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void stepBy(int steps) override;
    void fixup(QString &input) const override;
};

} // namespace mlimpact::ui
