// SPDX-License-Identifier: GPL-3.0-or-later
#include "set_parameter_command.h"

#include "scenario_document.h"

#include <QCoreApplication>

namespace mlimpact::ui {

namespace {
constexpr int kMergeableId = 0x4d4c49; // any fixed id: mergeWith checks the parameter
}

SetParameterCommand::SetParameterCommand(ScenarioDocument *document, const Parameter &parameter, ParameterValue before,
                                         ParameterValue after, bool mergeable)
    : m_document(document)
    , m_parameter(&parameter)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_open(mergeable)
{
    setText(
        QCoreApplication::translate("SetParameterCommand", "Change %1").arg(QString::fromStdString(parameter.label)));
}

void SetParameterCommand::undo()
{
    m_document->applyValue(*m_parameter, m_before);
}

void SetParameterCommand::redo()
{
    m_document->applyValue(*m_parameter, m_after);
}

int SetParameterCommand::id() const
{
    return m_open ? kMergeableId : -1;
}

bool SetParameterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SetParameterCommand *>(other);
    if (!next || !m_open || next->m_parameter != m_parameter)
        return false;
    m_after = next->m_after;
    // Back where it started: the whole drag is a no-op (Qt then drops the command).
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace mlimpact::ui
