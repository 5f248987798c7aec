// The deployment form's model-architecture picker: choosing an open model from the catalog
// (core/model/serving.h, modelArchitectures()) fills the served model's shape for the roofline mode.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

namespace mlimpact::ui {

class ScenarioDocument;

class ArchitecturePicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ArchitecturePicker(ScenarioDocument *document, QWidget *parent = nullptr);

private:
    void apply(int index);

    ScenarioDocument *m_document;
};

} // namespace mlimpact::ui
