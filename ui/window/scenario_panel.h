// The scenario dock: one page per section of the parameter registry, with
// forms generated from the registry rows. Rows of an excluded phase grey out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

class QToolBox;

namespace mlimpact::ui {

class ParameterEditor;
class ScenarioDocument;

class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioPanel(ScenarioDocument *document, QWidget *parent = nullptr);

    /// The editor of a parameter path, or nullptr (tests).
    ParameterEditor *editor(const std::string &path) const;
    QToolBox *sections() const { return m_toolBox; }
    /// Opens the section of a parameter (a registry path), scrolls to its editor and focuses it;
    /// false for a path without an editor.
    bool focusParameter(const std::string &path);

private:
    void refresh();

    ScenarioDocument *m_document;
    QToolBox *m_toolBox;
    std::vector<ParameterEditor *> m_editors;
};

} // namespace mlimpact::ui
