// The open scenario: owns the document (a baseline Scenario and its variants), its
// QUndoStack and file path, which variant is shown, and the latest Results and
// Analyses of the shown scenario. Every edit is an undoable command; bursts of
// edits are coalesced into one re-evaluation on the next event-loop pass.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "criteria.h"
#include "diagnostics.h"
#include "insights.h"
#include "parameter_registry.h"
#include "results.h"
#include "scenario.h"
#include "variants.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QUndoStack;

namespace mlimpact::ui {

class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    /// The scenario shown and edited: the baseline, or the selected variant resolved on it.
    const Scenario &scenario() const { return m_scenario; }
    /// The whole document: baseline and variants (what is saved).
    const VariantDocument &variantDocument() const { return m_document; }
    /// The variant shown (index into variantDocument().variants), or -1 for the baseline.
    int selectedVariant() const { return m_selected; }
    /// Shows the baseline (-1) or a variant; a view choice, not an edit (no undo step).
    void selectVariant(int index);
    /// Whether the selected variant sets the parameter itself (false on the baseline).
    bool isOverridden(const Parameter &parameter) const;
    /// Makes the selected variant follow the baseline for the parameter again (undoable).
    void resetToBaseline(const Parameter &parameter);

    /// Managing variants, each one undo step that shows the variant it made or changed.
    /// The name is checked with validateVariantName; returns the problems (empty on success).
    /// A new variant follows the baseline everywhere.
    Diagnostics addVariant(const QString &name);
    /// A copy of variant `index` (-1: the baseline, i.e. a variant without changes) named `name`.
    Diagnostics duplicateVariant(int index, const QString &name);
    Diagnostics renameVariant(int index, const QString &name);
    /// Removes variant `index`; the baseline is shown.
    void removeVariant(int index);
    /// Problems with `name` for variant `index` (-1: a new variant), and a full document.
    Diagnostics variantNameProblems(const QString &name, int index) const;
    const Results &results() const { return m_results; }
    const Analyses &analyses() const { return m_analyses; }
    /// With a variant shown, the baseline's totals (the tiles show the change); else nullopt.
    const std::optional<CriterionValues> &baselineTotals() const { return m_baselineTotals; }
    /// What the results mean (headlines, takeaways), computed in core.
    const Insights &insights() const { return m_insights; }
    const Catalog &catalog() const { return m_catalog; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    /// File name, or the scenario's name for a preset or new document.
    QString displayName() const;
    bool isModified() const;

    /// Validates and applies an edit as an undoable command: to the baseline, or with a
    /// variant selected, to that variant's changes. With `mergeable`, consecutive
    /// edits of the same parameter (a slider drag) merge into one undo step until endEditBurst().
    /// Returns the problems (empty on success; otherwise the document is unchanged).
    Diagnostics setValue(const Parameter &parameter, const ParameterValue &value, bool mergeable = false);
    /// Closes the current burst so the next edit starts a new undo step.
    void endEditBurst();
    /// Replaces the baseline as one undoable edit named `text` (an import); the variant shown stays.
    /// The caller has checked the scenario (importMeasuredRuns does).
    void setBaseline(const QString &text, const Scenario &baseline);

    /// Replaces document and selection without a command (used by the commands themselves).
    void applyState(const VariantDocument &document, int selected);

    /// Opens a file; returns its errors (empty on success; otherwise the document is untouched).
    /// Its warnings (keys the format does not know) are kept in fileWarnings().
    Diagnostics load(const QString &path);
    /// The warnings of the file last opened (unknown keys: file and JSON Pointer each) while
    /// they still apply: saving does not keep those keys, so a save or another document
    /// clears them.
    const Diagnostics &fileWarnings() const { return m_fileWarnings; }
    /// Saves atomically; returns the problems (empty on success).
    Diagnostics save(const QString &path);
    /// Replaces the document with a scenario not backed by a file (a preset or New).
    void reset(const Scenario &scenario, const QString &name = QString());
    /// The same for a document with variants (a comparison preset).
    void reset(const VariantDocument &document, const QString &name = QString());
    /// Replaces the document but keeps it marked modified (recovery after a crash), with
    /// the catalog (built-in plus user files) it was edited with.
    void restore(const VariantDocument &document, const QString &filePath, const Catalog &catalog,
                 const QStringList &catalogFiles);

    /// Replaces the catalog (built-in plus user files, already read and checked).
    void setCatalog(const Catalog &catalog, const QStringList &catalogFiles);
    /// Adds a user catalog file; returns its errors (empty on success).
    Diagnostics addCatalogFile(const QString &path);
    /// The user catalog files added so far (absolute paths), in order.
    const QStringList &catalogFiles() const { return m_catalogFiles; }

    void setAnalysisRequest(const AnalysisRequest &request);
    const AnalysisRequest &analysisRequest() const { return m_request; }

    /// Evaluates now if an evaluation is pending (tests and benchmarks).
    void flush();
    qint64 lastEvaluationNs() const { return m_lastEvaluationNs; }

signals:
    /// The scenario changed (forms update at once).
    void scenarioChanged();
    /// New Results and Analyses are ready (charts redraw).
    void resultsChanged();
    void modificationChanged(bool modified);
    /// The variants (names, count) or the selected variant changed.
    void variantsChanged();
    /// The document was written to its file (unsaved work no longer needs recovery).
    void saved();
    void filePathChanged(const QString &path);
    /// Another scenario took the document's place (opened, new, preset, restored).
    void replaced();
    /// fileWarnings() changed (a file with unknown keys was opened, or they no longer apply).
    void fileWarningsChanged();

private:
    /// A new document state: scenario, backing file (or none), clean undo history.
    void replace(const VariantDocument &document, const QString &filePath, const QString &name);
    /// Pushes one undoable change of the whole document (variants added, renamed, removed).
    void pushDocumentEdit(const QString &text, const VariantDocument &document, int selected);
    /// m_scenario from the document and selection.
    void resolveShown();
    /// Marks the model (or only some analyses) stale and evaluates on the next event-loop pass.
    void scheduleEvaluation(AnalysisParts stale = AnalysisParts::All, bool modelStale = true);
    void evaluateNow();
    void setFileWarnings(const Diagnostics &warnings);

    Catalog m_catalog;
    QStringList m_catalogFiles;
    VariantDocument m_document;
    int m_selected = -1;
    Scenario m_scenario; ///< the shown scenario (cache of resolveShown)
    Results m_results;
    Analyses m_analyses;
    Insights m_insights;
    std::optional<CriterionValues> m_baselineTotals;
    AnalysisRequest m_request;
    QUndoStack *m_undoStack = nullptr;
    QString m_filePath;
    QString m_name;
    Diagnostics m_fileWarnings;
    bool m_forcedModified = false; ///< restored from recovery: unsaved although the stack is clean
    bool m_evaluationPending = false;
    bool m_modelStale = true;
    AnalysisParts m_staleParts = AnalysisParts::All;
    qint64 m_lastEvaluationNs = 0;
};

} // namespace mlimpact::ui
