// SPDX-License-Identifier: GPL-3.0-or-later
#include "variant_bar.h"

#include "scenario_document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mlimpact::ui {

VariantBar::VariantBar(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_picker(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("VariantBar"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(6, 6, 6, 2);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Variant:"), this);
    label->setBuddy(m_picker);
    row->addWidget(label);
    row->addWidget(m_picker, 1);
    column->addLayout(row);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    column->addWidget(m_hint);
    m_picker->setToolTip(tr("The scenario shown and edited: the baseline, or a variant of it (its changes in bold)"));
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_refreshing && index >= 0)
            m_document->selectVariant(index - 1);
    });
    connect(m_document, &ScenarioDocument::variantsChanged, this, &VariantBar::refresh);
    refresh();
}

void VariantBar::refresh()
{
    m_refreshing = true;
    const VariantDocument &doc = m_document->variantDocument();
    m_picker->clear();
    m_picker->addItem(QString::fromUtf8(kBaselineName.data(), static_cast<qsizetype>(kBaselineName.size())));
    for (const Variant &variant : doc.variants) {
        m_picker->addItem(QString::fromStdString(variant.name));
        m_picker->setItemData(m_picker->count() - 1, QString::fromStdString(variant.description), Qt::ToolTipRole);
    }
    m_picker->setCurrentIndex(m_document->selectedVariant() + 1);
    m_picker->setEnabled(!doc.variants.empty());
    const int selected = m_document->selectedVariant();
    if (doc.variants.empty())
        m_hint->setText(tr("No variants: edits change the scenario."));
    else if (selected < 0)
        m_hint->setText(tr("%1 variants. Edits change the baseline and every variant that does not set the parameter.")
                            .arg(doc.variants.size()));
    else
        m_hint->setText(
            tr("Edits change this variant only. Its own values are in bold; ↺ follows the baseline again."));
    m_refreshing = false;
}

} // namespace mlimpact::ui
