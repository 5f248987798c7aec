// SPDX-License-Identifier: GPL-3.0-or-later
#include "variant_bar.h"
#include "chart_palette.h"
#include "core_text.h"

#include "scenario_document.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace mlimpact::ui {
namespace {

QString baselineName()
{
    return coreText(kBaselineName); // shown translated; the file keeps no name for it
}

/// Escape in the name field cancels it (without closing anything else).
class EscapeCloses : public QObject
{
public:
    EscapeCloses(QLineEdit *edit, std::function<void()> close)
        : QObject(edit)
        , m_close(std::move(close))
    {
        edit->installEventFilter(this);
    }
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            m_close();
            return true;
        }
        return false;
    }

private:
    std::function<void()> m_close;
};

} // namespace

VariantBar::VariantBar(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_picker(new QComboBox(this))
    , m_menuButton(new QToolButton(this))
    , m_hint(new QLabel(this))
    , m_nameRow(new QWidget(this))
    , m_nameEdit(new QLineEdit(m_nameRow))
    , m_nameMessage(new QLabel(this))
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
    row->addWidget(m_menuButton);
    column->addLayout(row);

    // The name field: typed into the bar, checked as it is typed.
    auto *nameLayout = new QHBoxLayout(m_nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    auto *ok = new QToolButton(m_nameRow);
    ok->setText(tr("OK"));
    auto *cancel = new QToolButton(m_nameRow);
    cancel->setText(tr("Cancel"));
    nameLayout->addWidget(m_nameEdit, 1);
    nameLayout->addWidget(ok);
    nameLayout->addWidget(cancel);
    column->addWidget(m_nameRow);
    m_nameRow->hide();
    m_nameMessage->setWordWrap(true);
    m_nameMessage->setStyleSheet(QStringLiteral("QLabel { color: #9f1d1d; background: #fdecec; border: 1px solid "
                                                "#e8b4b4; border-radius: 3px; padding: 2px 4px; }"));
    m_nameMessage->hide();
    column->addWidget(m_nameMessage);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &VariantBar::checkName);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &VariantBar::acceptName);
    connect(ok, &QToolButton::clicked, this, &VariantBar::acceptName);
    connect(cancel, &QToolButton::clicked, this, &VariantBar::closeName);
    new EscapeCloses(m_nameEdit, [this] { closeName(); });

    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText); // muted, in either theme
    column->addWidget(m_hint);
    m_picker->setToolTip(tr("The scenario shown and edited: the baseline, or a variant of it (its changes in bold)"));
    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_refreshing && index >= 0)
            m_document->selectVariant(index - 1);
    });
    createActions();
    connect(m_document, &ScenarioDocument::variantsChanged, this, &VariantBar::refresh);
    connect(m_document, &ScenarioDocument::replaced, this, &VariantBar::closeName);
    refresh();
}

void VariantBar::createActions()
{
    auto *menu = new QMenu(this);
    m_new = menu->addAction(tr("&New Variant…"), this, [this] {
        askName(NameFor::New, QString::fromStdString(uniqueVariantName(m_document->variantDocument(), "Variant")));
    });
    m_duplicate = menu->addAction(tr("&Duplicate…"), this, [this] {
        const QString base = m_picker->currentText() + tr(" copy");
        askName(NameFor::Duplicate,
                QString::fromStdString(uniqueVariantName(m_document->variantDocument(), base.toStdString())));
    });
    m_rename = menu->addAction(tr("&Rename…"), this, [this] { askName(NameFor::Rename, m_picker->currentText()); });
    menu->addSeparator();
    m_delete = menu->addAction(tr("De&lete Variant"), this,
                               [this] { m_document->removeVariant(m_document->selectedVariant()); });
    m_menuButton->setText(tr("Variants"));
    m_menuButton->setToolTip(tr("New, duplicate, rename or delete variants (each can be undone)"));
    m_menuButton->setMenu(menu);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
}

void VariantBar::refresh()
{
    m_refreshing = true;
    const VariantDocument &doc = m_document->variantDocument();
    m_picker->clear();
    m_picker->addItem(baselineName());
    for (const Variant &variant : doc.variants) {
        m_picker->addItem(QString::fromStdString(variant.name));
        m_picker->setItemData(m_picker->count() - 1, QString::fromStdString(variant.description), Qt::ToolTipRole);
    }
    const int selected = m_document->selectedVariant();
    m_picker->setCurrentIndex(selected + 1);
    m_picker->setEnabled(!doc.variants.empty());
    const bool room = doc.variants.size() < kMaxVariants;
    m_new->setEnabled(room);
    m_duplicate->setEnabled(room);
    m_rename->setEnabled(selected >= 0);
    m_delete->setEnabled(selected >= 0);
    if (doc.variants.empty())
        m_hint->setText(tr("No variants: edits change the scenario. Variants ▸ New Variant compares another."));
    else if (selected < 0)
        m_hint->setText(tr("%1 variants. Edits change the baseline and every variant that does not set the parameter.")
                            .arg(doc.variants.size()));
    else
        m_hint->setText(
            tr("Edits change this variant only. Its own values are in bold; ↺ follows the baseline again."));
    m_refreshing = false;
}

void VariantBar::askName(NameFor purpose, const QString &name)
{
    m_nameFor = purpose;
    m_nameEdit->setText(name);
    m_nameEdit->setPlaceholderText(purpose == NameFor::Rename ? tr("New name") : tr("Name of the new variant"));
    m_nameRow->show();
    checkName();
    m_nameEdit->selectAll();
    m_nameEdit->setFocus();
}

bool VariantBar::checkName()
{
    const int index = m_nameFor == NameFor::Rename ? m_document->selectedVariant() : -1;
    const Diagnostics problems = m_document->variantNameProblems(m_nameEdit->text(), index);
    if (problems.empty()) {
        m_nameMessage->hide();
        return true;
    }
    QString message = QString::fromStdString(problems.front().message);
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    m_nameMessage->setText(message);
    m_nameMessage->show();
    return false;
}

void VariantBar::acceptName()
{
    if (!checkName())
        return;
    const QString name = m_nameEdit->text();
    const int selected = m_document->selectedVariant();
    switch (m_nameFor) {
    case NameFor::New:
        m_document->addVariant(name);
        break;
    case NameFor::Duplicate:
        m_document->duplicateVariant(selected, name);
        break;
    case NameFor::Rename:
        m_document->renameVariant(selected, name);
        break;
    }
    closeName();
}

void VariantBar::closeName()
{
    m_nameRow->hide();
    m_nameMessage->hide();
}

} // namespace mlimpact::ui
