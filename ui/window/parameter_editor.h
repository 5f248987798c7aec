// One generated editor row for one registry parameter: a slider plus spin box
// with unit and range for numbers, a picker for catalog entries and
// enumerations, a check box for flags. Tooltips carry explanation and source.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameter_registry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QAction;
class QSlider;
class QToolButton;

namespace mlimpact::ui {

class NumberSpinBox;
class ScenarioDocument;

class ParameterEditor : public QWidget
{
    Q_OBJECT
public:
    ParameterEditor(const Parameter &parameter, ScenarioDocument *document, QWidget *parent = nullptr);

    const Parameter &parameter() const { return m_parameter; }
    /// The label for the form row ("Queries per day").
    QLabel *label() const { return m_label; }
    /// Shows the document's current value without emitting edits.
    void refresh();
    /// The inline message under the field (a refused entry: why, the valid range, the value
    /// kept); hidden when there is none.
    QLabel *messageLabel() const { return m_message; }
    void showMessage(const QString &text);
    void clearMessage();

    /// For tests: the spin box (numbers) and the picker (choices, enumerations).
    NumberSpinBox *spinBox() const { return m_spin; }
    QSlider *slider() const { return m_slider; }
    QComboBox *comboBox() const { return m_combo; }
    QCheckBox *checkBox() const { return m_check; }
    /// Shown while the selected variant sets this parameter: back to the baseline's value.
    QToolButton *resetButton() const { return m_reset; }

private:
    void buildNumber(bool optional);
    void buildChoice();
    void buildEnum();
    void commit(const ParameterValue &value, bool mergeable);
    /// Typed text not yet committed (Ctrl+Z then undoes the typing, not the document).
    bool hasPendingText() const;
    double sliderToValue(int position) const;
    int valueToSlider(double value) const;
    QString tooltip() const;
    void fillChoices();
    /// Bold label and the reset button while the selected variant sets this parameter.
    void showOverride();
    void addResetControls();

    const Parameter &m_parameter;
    ScenarioDocument *m_document;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_row = nullptr; ///< the field's widgets; the message goes below
    QLabel *m_message = nullptr;
    NumberSpinBox *m_spin = nullptr;
    QSlider *m_slider = nullptr;
    QComboBox *m_combo = nullptr;
    QCheckBox *m_check = nullptr; ///< flags, and "override" for optional numbers
    QLineEdit *m_line = nullptr;
    QToolButton *m_reset = nullptr;
    QAction *m_resetAction = nullptr;
    double m_sliderLow = 0, m_sliderHigh = 1;
    bool m_sliderLog = false;
    /// The spin box shows the value as people read it (a growth of 0.5 as 50 %/year): shown = stored x this.
    double m_shownFactor = 1;
    bool m_refreshing = false;
};

/// Human-readable name of an enumeration value ("flexible_start" -> "Flexible start").
QString enumLabel(const std::string &value);

} // namespace mlimpact::ui
