// The bar above the scenario dock's forms: which scenario of the document is shown and
// edited, the baseline or one of its variants. Lists "Baseline" and each variant's name.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace mlimpact::ui {

class ScenarioDocument;

class VariantBar : public QWidget
{
    Q_OBJECT
public:
    explicit VariantBar(ScenarioDocument *document, QWidget *parent = nullptr);

    /// For tests: the picker (item 0 is the baseline, item i + 1 variant i).
    QComboBox *picker() const { return m_picker; }
    /// What the selection means ("edits change the baseline" / "... this variant").
    QLabel *hint() const { return m_hint; }

private:
    void refresh();

    ScenarioDocument *m_document;
    QComboBox *m_picker;
    QLabel *m_hint;
    bool m_refreshing = false;
};

} // namespace mlimpact::ui
