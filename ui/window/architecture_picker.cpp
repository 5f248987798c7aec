// SPDX-License-Identifier: GPL-3.0-or-later
#include "architecture_picker.h"

#include "parameter_registry.h"
#include "scenario_document.h"
#include "serving_setup.h"

namespace mlimpact::ui {

ArchitecturePicker::ArchitecturePicker(ScenarioDocument *document, QWidget *parent)
    : QComboBox(parent)
    , m_document(document)
{
    addItem(tr("Fill the shape from a model card..."));
    for (const auto &a : modelArchitectures()) {
        addItem(QString::fromUtf8(a.name.data(), static_cast<qsizetype>(a.name.size())));
        setItemData(count() - 1, QString::fromUtf8(a.source.data(), static_cast<qsizetype>(a.source.size())),
                    Qt::ToolTipRole);
    }
    setToolTip(tr("Sets active and total parameters, layers, KV heads, head size and experts (roofline mode)."));
    connect(this, &QComboBox::activated, this, &ArchitecturePicker::apply);
}

void ArchitecturePicker::apply(int index)
{
    const auto &all = modelArchitectures();
    if (index < 1 || index > static_cast<int>(all.size()))
        return;
    // Each value goes through the document like a typed one (validated, undoable, saved).
    for (const auto &[path, value] : architectureParameters(all[static_cast<std::size_t>(index - 1)])) {
        if (const Parameter *p = findParameter(path))
            m_document->setValue(*p, value);
    }
    setCurrentIndex(0);
}

} // namespace mlimpact::ui
