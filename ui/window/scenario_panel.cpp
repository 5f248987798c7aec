// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_panel.h"
#include "core_text.h"

#include "architecture_picker.h"
#include "parameter_editor.h"
#include "phases.h"
#include "scenario_document.h"

#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <map>

namespace mlimpact::ui {
namespace {

/// Display order of the registry's sections: the scenario, one per phase (named by its label),
/// then the sections that cut across phases.
std::vector<std::string> sectionOrder()
{
    std::vector<std::string> order{"Scenario"};
    for (const PhaseInfo &phase : kPhases)
        order.emplace_back(phase.label);
    order.insert(order.end(), {"Hardware & place", "Efficiency techniques", "Time & place", "Rebound"});
    return order;
}

const std::vector<std::string> kSectionOrder = sectionOrder();

/// Which site a parameter belongs to ("training.site.pue" -> "training"), "" if none.
/// (QString here: GCC 12 warns falsely (-Wrestrict) on the std::string version.)
QString siteOf(const std::string &path)
{
    const QString p = QString::fromStdString(path);
    const qsizetype pos = p.indexOf(QLatin1String(".site."));
    return pos < 0 ? QString() : p.left(pos);
}

bool isOverride(const Parameter &p)
{
    return p.kind == ParameterKind::OptionalNumber;
}

} // namespace

ScenarioPanel::ScenarioPanel(ScenarioDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_toolBox(new QToolBox(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBox);

    std::map<std::string, std::vector<const Parameter *>> bySection;
    for (const auto &p : parameterRegistry())
        bySection[p.section].push_back(&p);

    int deployment = -1; // the page to open on (its title may be translated)
    for (const auto &section : kSectionOrder) {
        const auto it = bySection.find(section);
        if (it == bySection.end())
            continue;
        auto *page = new QWidget;
        auto *pageLayout = new QVBoxLayout(page);
        QFormLayout *form = nullptr;
        QWidget *overrides = nullptr;
        QFormLayout *overrideForm = nullptr;
        const QString none = QStringLiteral("-");
        QString currentSite = none;
        auto newForm = [&] {
            form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            pageLayout->addLayout(form);
        };
        newForm();
        for (const Parameter *p : it->second) {
            const QString site = siteOf(p->path);
            if (site != currentSite && !site.isEmpty() && section == "Hardware & place") {
                // Sub-heading per site, with its overrides folded away.
                auto *heading = new QLabel(
                    QStringLiteral("<b>%1</b>")
                        .arg(coreText(QString::fromStdString(p->label).section(QLatin1Char(' '), 0, 0).toStdString())));
                pageLayout->addWidget(heading);
                newForm();
                auto *toggle = new QToolButton;
                toggle->setText(tr("Measured values and overrides"));
                toggle->setCheckable(true);
                toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                toggle->setArrowType(Qt::RightArrow);
                overrides = new QWidget;
                overrideForm = new QFormLayout(overrides);
                overrideForm->setContentsMargins(12, 0, 0, 0);
                // As the site's own form: in a narrow panel a long label goes above its field
                // instead of being squeezed to nothing.
                overrideForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
                overrideForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
                overrides->setVisible(false);
                QWidget *target = overrides;
                connect(toggle, &QToolButton::toggled, target, [target, toggle](bool on) {
                    target->setVisible(on);
                    toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
                });
                pageLayout->addWidget(toggle);
                pageLayout->addWidget(overrides);
                currentSite = site;
            } else if (site.isEmpty() && currentSite != none && section == "Hardware & place") {
                pageLayout->addWidget(new QLabel(tr("<b>Hardware refresh</b>")));
                newForm();
                currentSite = none;
                overrides = nullptr;
            }
            if (p->path == "deployment.total_parameters") // the roofline shape: fill it from a model card
                form->addRow(tr("Model architecture"), new ArchitecturePicker(m_document, page));
            auto *editor = new ParameterEditor(*p, m_document, page);
            m_editors.push_back(editor);
            if (overrides && isOverride(*p) && !site.isEmpty())
                overrideForm->addRow(editor->label(), editor);
            else
                form->addRow(editor->label(), editor);
        }
        pageLayout->addStretch();
        auto *scroll = new QScrollArea;
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        // "&" would be read as a mnemonic marker.
        m_toolBox->addItem(scroll, coreText(section).replace(QLatin1Char('&'), QStringLiteral("&&")));
        if (section == "Deployment")
            deployment = m_toolBox->count() - 1;
    }
    // Open where most "what if" questions start.
    if (deployment >= 0)
        m_toolBox->setCurrentIndex(deployment);
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &ScenarioPanel::refresh);
    // A refused entry's message belongs to the scenario it was typed into.
    connect(m_document, &ScenarioDocument::replaced, this, [this] {
        for (auto *e : m_editors)
            e->clearMessage();
    });
    refresh();
}

bool ScenarioPanel::focusParameter(const std::string &path)
{
    ParameterEditor *target = editor(path);
    if (!target)
        return false;
    for (int i = 0; i < m_toolBox->count(); ++i) {
        QWidget *page = m_toolBox->widget(i);
        if (!page->isAncestorOf(target))
            continue;
        m_toolBox->setCurrentIndex(i);
        if (auto *scroll = qobject_cast<QScrollArea *>(page))
            scroll->ensureWidgetVisible(target);
        target->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

ParameterEditor *ScenarioPanel::editor(const std::string &path) const
{
    for (auto *e : m_editors) {
        if (e->parameter().path == path)
            return e;
    }
    return nullptr;
}

void ScenarioPanel::refresh()
{
    const Scenario &s = m_document->scenario();
    for (auto *e : m_editors) {
        e->refresh();
        const bool enabled = isParameterUsed(e->parameter(), s);
        e->setEnabled(enabled);
        e->label()->setEnabled(enabled);
    }
}

} // namespace mlimpact::ui
