// Autosave for crash recovery: a few seconds after edits the unsaved scenario
// is written (atomically) to a recovery file under QStandardPaths; a clean
// save or close removes it, so a file found at start-up means a crash.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace mlimpact::ui {

class ScenarioDocument;

class RecoveryStore : public QObject
{
    Q_OBJECT
public:
    explicit RecoveryStore(ScenarioDocument *document, QObject *parent = nullptr);

    /// Where recovery data lives (AppDataLocation/recovery.json).
    static QString recoveryPath();
    void setDelayMs(int ms);

    struct Pending
    {
        Scenario scenario;
        QString originalPath; ///< the file it was edited from, "" if none
    };
    /// A recovery file left by a previous run, if it can be read.
    static std::optional<Pending> pending();
    static void discard();

    /// Writes now (tests); returns false and the reason on failure.
    bool writeNow(QString *error = nullptr);

private:
    ScenarioDocument *m_document;
    QTimer *m_timer;
};

} // namespace mlimpact::ui
