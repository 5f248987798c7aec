// SPDX-License-Identifier: GPL-3.0-or-later
#include "set_parameter_command.h"

#include "scenario_document.h"

namespace mlimpact::ui {

namespace {
constexpr int kMergeableId = 0x4d4c49; // any fixed id: mergeWith checks the parameter
}

SetParameterCommand::SetParameterCommand(ScenarioDocument *document, const QString &text, const Parameter *parameter,
                                         DocumentState before, DocumentState after, bool mergeable)
    : m_document(document)
    , m_parameter(parameter)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_open(mergeable && parameter)
{
    setText(text);
}

void SetParameterCommand::undo()
{
    m_document->applyState(m_before.document, m_before.selected);
}

void SetParameterCommand::redo()
{
    m_document->applyState(m_after.document, m_after.selected);
}

int SetParameterCommand::id() const
{
    return m_open ? kMergeableId : -1;
}

bool SetParameterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetParameterCommand *>(other);
    // A drag merges while it moves one parameter of one scenario (baseline or variant).
    if (!next || !m_open || next->m_parameter != m_parameter || next->m_after.selected != m_after.selected)
        return false;
    m_after = next->m_after;
    // Back where it started: the whole drag is a no-op (Qt then drops the command).
    if (m_after.document == m_before.document)
        setObsolete(true);
    return true;
}

} // namespace mlimpact::ui
