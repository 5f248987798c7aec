// What an opened file held that the scenario format does not know: a bar above the
// charts lists each unknown key (file and JSON Pointer) and says that saving will not
// keep it; the user dismisses it. Before a save would drop those keys, askAboutUnkeptKeys
// says which, and the user can still cancel or save to another file.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace mlimpact::ui {

class ScenarioDocument;

/// Non-modal: shows the document's fileWarnings() when a file brings some, hides when
/// they no longer apply (saved, another document) or the user closes it.
class FileWarningsBar : public QFrame
{
    Q_OBJECT
public:
    explicit FileWarningsBar(ScenarioDocument *document, QWidget *parent = nullptr);

    QString text() const;
    QToolButton *closeButton() const { return m_close; }

private:
    void showWarnings();

    ScenarioDocument *m_document;
    QLabel *m_text;
    QToolButton *m_close;
};

/// "These entries of FILE will not be kept: ..." with one line (file, JSON Pointer) each.
QString unkeptKeysText(const Diagnostics &warnings);

enum class UnkeptKeysChoice { Save, SaveAs, Cancel };

/// Before writing `path`: if it is the file whose unknown keys the document dropped, asks
/// whether to save without them (Save), keep the original and Save As (when offered), or
/// Cancel. Save when nothing would be lost.
UnkeptKeysChoice askAboutUnkeptKeys(QWidget *parent, const ScenarioDocument &document, const QString &path,
                                    bool offerSaveAs);

} // namespace mlimpact::ui
