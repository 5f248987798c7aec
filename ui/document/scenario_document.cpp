// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_document.h"
#include "core_text.h"

#include "evaluate.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_io.h"
#include "set_parameter_command.h"
#include "totals_only.h"
#include "variants_io.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <iterator>

namespace mlimpact::ui {
namespace {

/// The diagnostics of one severity (warnings and notes do not stop a load).
Diagnostics ofSeverity(const Diagnostics &diagnostics, Severity severity)
{
    Diagnostics out;
    std::copy_if(diagnostics.begin(), diagnostics.end(), std::back_inserter(out),
                 [severity](const Diagnostic &d) { return d.severity == severity; });
    return out;
}

Diagnostics errorsOf(const Diagnostics &diagnostics)
{
    return ofSeverity(diagnostics, Severity::Error);
}

} // namespace

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
    , m_catalog(builtinCatalog())
    , m_undoStack(new QUndoStack(this))
{
    Diagnostics diagnostics;
    if (auto preset = loadPreset(kDefaultPresetId, m_catalog, diagnostics))
        m_document.baseline = *preset;
    m_scenario = m_document.baseline;
    m_name = QString::fromStdString(m_scenario.system.name);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool) { emit modificationChanged(isModified()); });
    evaluateNow();
}

ScenarioDocument::~ScenarioDocument()
{
    // The stack is a child, so ~QObject would delete it after this object's own part is
    // gone, and its clear() would signal listeners that call back into a half-destroyed
    // document. Delete it now, silently.
    m_undoStack->blockSignals(true);
    delete m_undoStack;
}

QString ScenarioDocument::displayName() const
{
    return m_filePath.isEmpty() ? m_name : QFileInfo(m_filePath).fileName();
}

bool ScenarioDocument::isModified() const
{
    return m_forcedModified || !m_undoStack->isClean();
}

Diagnostics ScenarioDocument::setValue(const Parameter &parameter, const ParameterValue &value, bool mergeable)
{
    if (auto problems = validateValue(parameter, value, m_catalog); !problems.empty())
        return problems;
    Scenario changed = m_scenario;
    parameter.set(changed, value);
    if (auto problems = consistencyProblems(changed, m_catalog); !problems.empty())
        return problems;
    // An unchanged value is no edit (a field losing focus commits what it shows), so
    // a variant never pins a parameter it merely displays.
    if (parameter.get(m_scenario) == value)
        return {};
    DocumentState after{m_document, m_selected};
    if (m_selected < 0 || !isVariantParameter(parameter)) {
        // The baseline; also for text (a variant has its own name, not the system's).
        parameter.set(after.document.baseline, value);
    } else {
        auto &variant = after.document.variants[static_cast<std::size_t>(m_selected)];
        variant = withChange(variant, parameter.path, value);
    }
    const QString text = tr("Change %1").arg(coreText(parameter.label));
    m_undoStack->push(
        new SetParameterCommand(this, text, &parameter, {m_document, m_selected}, std::move(after), mergeable));
    return {};
}

void ScenarioDocument::resetToBaseline(const Parameter &parameter)
{
    if (!isOverridden(parameter))
        return;
    DocumentState after{m_document, m_selected};
    auto &variant = after.document.variants[static_cast<std::size_t>(m_selected)];
    variant = withoutChange(variant, parameter.path);
    const QString text = tr("Reset %1 to Baseline").arg(coreText(parameter.label));
    m_undoStack->push(
        new SetParameterCommand(this, text, &parameter, {m_document, m_selected}, std::move(after), false));
}

Diagnostics ScenarioDocument::variantNameProblems(const QString &name, int index) const
{
    if (index < 0 && m_document.variants.size() >= kMaxVariants)
        return problem(QString(), tr("a document holds at most %1 variants").arg(kMaxVariants));
    return validateVariantName(m_document, name.toStdString(),
                               index < 0 ? std::nullopt : std::optional<std::size_t>(static_cast<std::size_t>(index)));
}

Diagnostics ScenarioDocument::addVariant(const QString &name)
{
    return duplicateVariant(-1, name);
}

Diagnostics ScenarioDocument::duplicateVariant(int index, const QString &name)
{
    if (auto problems = variantNameProblems(name, -1); !problems.empty())
        return problems;
    Variant copy = index >= 0 && index < static_cast<int>(m_document.variants.size())
                       ? m_document.variants[static_cast<std::size_t>(index)]
                       : Variant{};
    copy.name = name.trimmed().toStdString();
    VariantDocument after = m_document;
    after.variants.push_back(std::move(copy));
    const int added = static_cast<int>(after.variants.size()) - 1;
    pushDocumentEdit(index < 0 ? tr("New Variant %1").arg(name) : tr("Duplicate Variant as %1").arg(name), after,
                     added);
    return {};
}

Diagnostics ScenarioDocument::renameVariant(int index, const QString &name)
{
    if (index < 0 || index >= static_cast<int>(m_document.variants.size()))
        return problem(QString(), tr("the baseline cannot be renamed"));
    if (auto problems = variantNameProblems(name, index); !problems.empty())
        return problems;
    VariantDocument after = m_document;
    after.variants[static_cast<std::size_t>(index)].name = name.trimmed().toStdString();
    if (after != m_document)
        pushDocumentEdit(tr("Rename Variant to %1").arg(name), after, index);
    return {};
}

void ScenarioDocument::removeVariant(int index)
{
    if (index < 0 || index >= static_cast<int>(m_document.variants.size()))
        return;
    VariantDocument after = m_document;
    const QString name = QString::fromStdString(after.variants[static_cast<std::size_t>(index)].name);
    after.variants.erase(after.variants.begin() + index);
    pushDocumentEdit(tr("Delete Variant %1").arg(name), after, -1);
}

void ScenarioDocument::setBaseline(const QString &text, const Scenario &baseline)
{
    VariantDocument after = m_document;
    after.baseline = baseline;
    if (after != m_document)
        pushDocumentEdit(text, after, m_selected);
}

void ScenarioDocument::pushDocumentEdit(const QString &text, const VariantDocument &document, int selected)
{
    m_undoStack->push(
        new SetParameterCommand(this, text, nullptr, {m_document, m_selected}, {document, selected}, false));
}

bool ScenarioDocument::isOverridden(const Parameter &parameter) const
{
    return m_selected >= 0 &&
           findChange(m_document.variants[static_cast<std::size_t>(m_selected)], parameter.path) != nullptr;
}

void ScenarioDocument::selectVariant(int index)
{
    if (index < -1 || index >= static_cast<int>(m_document.variants.size()) || index == m_selected)
        return;
    m_selected = index;
    resolveShown();
    emit variantsChanged();
    emit scenarioChanged();
    scheduleEvaluation();
}

void ScenarioDocument::resolveShown()
{
    if (m_selected >= static_cast<int>(m_document.variants.size()))
        m_selected = -1;
    m_scenario = m_selected < 0
                     ? m_document.baseline
                     : resolveVariant(m_document.baseline, m_document.variants[static_cast<std::size_t>(m_selected)]);
}

void ScenarioDocument::endEditBurst()
{
    const int index = m_undoStack->index();
    if (index <= 0)
        return;
    // Only the top command can still merge; closing it ends the burst.
    if (auto *top = const_cast<SetParameterCommand *>(
            dynamic_cast<const SetParameterCommand *>(m_undoStack->command(index - 1))))
        top->close();
}

void ScenarioDocument::applyState(const VariantDocument &document, int selected)
{
    const bool variantsChange =
        selected != m_selected || document.variants.size() != m_document.variants.size() ||
        !std::equal(document.variants.begin(), document.variants.end(), m_document.variants.begin(),
                    [](const Variant &a, const Variant &b) { return a.name == b.name; });
    m_document = document;
    m_selected = selected;
    resolveShown();
    if (variantsChange)
        emit variantsChanged();
    emit scenarioChanged();
    scheduleEvaluation();
}

Diagnostics ScenarioDocument::load(const QString &path)
{
    Diagnostics diagnostics;
    const auto loaded = loadDocumentFile(path.toStdString(), m_catalog, diagnostics);
    if (!loaded) {
        Diagnostics problems = errorsOf(diagnostics);
        return problems.empty() ? problem(path, tr("could not be read")) : problems;
    }
    replace(*loaded, QFileInfo(path).absoluteFilePath(), QString());
    setFileWarnings(ofSeverity(diagnostics, Severity::Warning));
    return {};
}

void ScenarioDocument::setFileWarnings(const Diagnostics &warnings)
{
    if (warnings == m_fileWarnings)
        return;
    m_fileWarnings = warnings;
    emit fileWarningsChanged();
}

Diagnostics ScenarioDocument::save(const QString &path)
{
    if (auto problems = writeFileAtomically(path, QByteArray::fromStdString(documentToJsonText(m_document)));
        !problems.empty())
        return problems;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_forcedModified = false;
    m_undoStack->setClean();
    setFileWarnings({}); // the file written has none of the unknown keys
    emit filePathChanged(m_filePath);
    emit modificationChanged(false);
    emit saved();
    return {};
}

void ScenarioDocument::reset(const Scenario &scenario, const QString &name)
{
    replace(VariantDocument{scenario, {}}, QString(), name);
}

void ScenarioDocument::reset(const VariantDocument &document, const QString &name)
{
    replace(document, QString(), name);
}

void ScenarioDocument::replace(const VariantDocument &document, const QString &filePath, const QString &name)
{
    m_document = document;
    m_selected = -1;
    resolveShown();
    m_filePath = filePath;
    m_name = name.isEmpty() ? QString::fromStdString(document.baseline.system.name) : name;
    m_forcedModified = false;
    m_undoStack->clear();
    m_undoStack->setClean();
    setFileWarnings({});
    emit filePathChanged(m_filePath);
    emit modificationChanged(false);
    emit replaced();
    emit variantsChanged();
    emit scenarioChanged();
    m_modelStale = true;
    evaluateNow();
}

void ScenarioDocument::restore(const VariantDocument &document, const QString &filePath, const Catalog &catalog,
                               const QStringList &catalogFiles)
{
    // Marked modified before anyone hears of the change: the recovered work is unsaved.
    m_catalog = catalog;
    m_catalogFiles = catalogFiles;
    m_document = document;
    m_selected = -1;
    resolveShown();
    m_filePath = filePath;
    m_name = QString::fromStdString(document.baseline.system.name);
    m_forcedModified = true;
    m_undoStack->clear();
    m_undoStack->setClean();
    setFileWarnings({});
    emit filePathChanged(m_filePath);
    emit modificationChanged(true);
    emit replaced();
    emit variantsChanged();
    emit scenarioChanged();
    m_modelStale = true;
    evaluateNow();
}

void ScenarioDocument::setCatalog(const Catalog &catalog, const QStringList &catalogFiles)
{
    m_catalog = catalog;
    m_catalogFiles = catalogFiles;
    emit scenarioChanged(); // pickers list the entries
    scheduleEvaluation();
}

Diagnostics ScenarioDocument::addCatalogFile(const QString &path)
{
    // Read once, into a copy of the current catalog (which may hold other user files),
    // and keep it only if the file had no errors.
    std::string text;
    if (auto problems = readTextFile(path.toStdString(), text); !problems.empty())
        return problems;
    Catalog extended = m_catalog;
    Diagnostics diagnostics;
    extended.addFromJson(text, path.toStdString(), diagnostics);
    if (auto problems = errorsOf(diagnostics); !problems.empty())
        return problems;
    m_catalog = std::move(extended);
    m_catalogFiles << QFileInfo(path).absoluteFilePath();
    emit scenarioChanged(); // pickers list the new entries
    scheduleEvaluation();
    return {};
}

void ScenarioDocument::setAnalysisRequest(const AnalysisRequest &request)
{
    // A picker changes what is analysed, not the scenario: the model need not run again.
    const AnalysisParts stale = partsChangedBy(m_request, request);
    m_request = request;
    scheduleEvaluation(stale, false);
}

void ScenarioDocument::flush()
{
    if (m_evaluationPending)
        evaluateNow();
}

void ScenarioDocument::scheduleEvaluation(AnalysisParts stale, bool modelStale)
{
    m_modelStale = m_modelStale || modelStale;
    m_staleParts = m_staleParts | stale;
    if (m_evaluationPending)
        return;
    m_evaluationPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_evaluationPending)
            evaluateNow();
    });
}

void ScenarioDocument::evaluateNow()
{
    m_evaluationPending = false;
    QElapsedTimer timer;
    timer.start();
    if (m_modelStale) {
        m_results = evaluate(m_scenario, m_catalog);
        m_analyses = computeAnalyses(m_scenario, m_catalog, m_results, m_request, &m_document, m_selected);
        // A variant is read against its baseline: one more model run while one is shown, of
        // its totals only (the change tiles read nothing else).
        m_baselineTotals =
            m_selected < 0 ? std::nullopt : std::optional(evaluateCriterionTotals(m_document.baseline, m_catalog));
    } else {
        refreshAnalyses(m_analyses, m_scenario, m_catalog, m_results, m_request, m_staleParts, &m_document, m_selected);
    }
    m_modelStale = false;
    m_staleParts = AnalysisParts::None;
    m_insights = computeInsights(m_catalog, m_results, m_analyses);
    m_lastEvaluationNs = timer.nsecsElapsed();
    emit resultsChanged();
}

} // namespace mlimpact::ui
