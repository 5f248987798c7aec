// One undoable edit of one registry parameter; consecutive slider moves merge.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parameter_registry.h"

#include <QUndoCommand>

namespace mlimpact::ui {

class ScenarioDocument;

class SetParameterCommand : public QUndoCommand
{
public:
    SetParameterCommand(ScenarioDocument *document, const Parameter &parameter, ParameterValue before,
                        ParameterValue after, bool mergeable);

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
    ParameterValue m_before;
    ParameterValue m_after;
    bool m_open;
};

} // namespace mlimpact::ui
