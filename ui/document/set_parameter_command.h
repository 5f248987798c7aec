// One undoable edit of the document: a parameter of the baseline or of a variant, or a
// change to the variants themselves. It keeps the document before and after (a few
// scenarios: cheap), and which variant was shown, so undo shows what it undoes.
// Consecutive slider moves of one parameter merge.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameter_registry.h"
#include "variants.h"

#include <QUndoCommand>

namespace mlimpact::ui {

class ScenarioDocument;

/// The document and the variant shown (-1: the baseline).
struct DocumentState
{
    VariantDocument document;
    int selected = -1;
};

class SetParameterCommand : public QUndoCommand
{
public:
    /// `parameter` (may be null for edits of the variants themselves) is what merging compares.
    SetParameterCommand(ScenarioDocument *document, const QString &text, const Parameter *parameter,
                        DocumentState before, DocumentState after, bool mergeable);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// Stops further merging (the slider was released).
    void close() { m_open = false; }
    bool isOpen() const { return m_open; }

private:
    ScenarioDocument *m_document;
    const Parameter *m_parameter;
    DocumentState m_before;
    DocumentState m_after;
    bool m_open;
};

} // namespace mlimpact::ui
