// The bar above the scenario dock's forms: which scenario of the document is shown and
// edited, the baseline or one of its variants, and the variants' management (new,
// duplicate, rename, delete: each one undo step). A name is typed into the bar itself and
// checked as it is typed, the reason shown under it.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

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
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    /// The name being typed (shown by New, Duplicate and Rename) and why it cannot be used.
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLabel *nameMessage() const { return m_nameMessage; }

private:
    enum class NameFor { New, Duplicate, Rename };
    void createActions();
    void refresh();
    /// Opens the name field, proposing `name`.
    void askName(NameFor purpose, const QString &name);
    /// Checks the typed name; shows why it cannot be used. True if it can.
    bool checkName();
    void acceptName();
    void closeName();

    ScenarioDocument *m_document;
    QComboBox *m_picker;
    QToolButton *m_menuButton;
    QLabel *m_hint;
    QWidget *m_nameRow;
    QLineEdit *m_nameEdit;
    QLabel *m_nameMessage;
    QAction *m_new = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    NameFor m_nameFor = NameFor::New;
    bool m_refreshing = false;
};

} // namespace mlimpact::ui
