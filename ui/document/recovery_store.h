// Autosave for crash recovery: the unsaved scenario is written (atomically) to a
// recovery file under QStandardPaths a few seconds after edits pause, and at most
// a few seconds after the first unsaved edit however long the editing goes on. A
// clean save or close removes it, so a file found at start-up means a crash.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "variants.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class QTimer;

namespace mlimpact::ui {

class ScenarioDocument;

class RecoveryStore : public QObject
{
    Q_OBJECT
public:
    /// Written this long after the last edit...
    static constexpr int kQuietDelayMs = 3000;
    /// ...and never later than this after the first edit not yet written.
    static constexpr int kMaxDelayMs = 5000;

    explicit RecoveryStore(ScenarioDocument *document, QObject *parent = nullptr);

    /// Where recovery data lives (AppDataLocation/recovery.json).
    static QString recoveryPath();
    /// Shorter delays for tests.
    void setDelays(int quietMs, int maxMs);

    struct Pending
    {
        VariantDocument document; ///< the baseline and its variants
        QString originalPath;     ///< the file it was edited from, "" if none
        QStringList catalogFiles; ///< user catalog files the scenario was edited with
        Catalog catalog;          ///< the built-in catalog extended by those files
    };
    /// A recovery file left by a previous run. If there is one but it cannot be restored
    /// (a user catalog file it needs is gone or broken), returns nullopt and says why.
    static std::optional<Pending> pending(Diagnostics *whyNot = nullptr);
    static void discard();

    /// Writes now (tests); returns the problems (empty on success).
    Diagnostics writeNow();

private:
    void schedule();

    QPointer<ScenarioDocument> m_document;
    QTimer *m_timer;
    QElapsedTimer m_sinceFirstUnwrittenEdit;
    int m_quietMs = kQuietDelayMs;
    int m_maxMs = kMaxDelayMs;
};

} // namespace mlimpact::ui
