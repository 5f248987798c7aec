// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery_store.h"

#include "save_file.h"
#include "scenario_document.h"
#include "scenario_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace mlimpact::ui {

RecoveryStore::RecoveryStore(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    // After an edit the undo stack's index moves (scenarioChanged fires during redo(),
    // before the stack counts the command, so it cannot tell "modified" yet).
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document->isModified())
            m_timer->start(); // restarts: written once edits pause
    });
    connect(m_document, &ScenarioDocument::modificationChanged, this, [this](bool modified) {
        if (modified)
            m_timer->start(); // e.g. restored work: keep it recoverable
        else
            m_timer->stop();
    });
    // Only a save makes the recovery file obsolete; loading another file or a preset
    // must not delete what a crash left behind before it has been offered.
    connect(m_document, &ScenarioDocument::saved, this, [] { discard(); });
}

QString RecoveryStore::recoveryPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("recovery.json"));
}

void RecoveryStore::setDelayMs(int ms)
{
    m_timer->setInterval(ms);
}

bool RecoveryStore::writeNow(QString *error)
{
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    // The scenario in its own format, wrapped with where it came from.
    QJsonObject wrapper;
    wrapper[QStringLiteral("original_path")] = m_document->filePath();
    wrapper[QStringLiteral("scenario")] =
        QJsonDocument::fromJson(QByteArray::fromStdString(scenarioToJsonText(m_document->scenario()))).object();
    return writeFileAtomically(recoveryPath(), QJsonDocument(wrapper).toJson(), error);
}

std::optional<RecoveryStore::Pending> RecoveryStore::pending()
{
    QFile file(recoveryPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject wrapper = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray scenarioText = QJsonDocument(wrapper[QStringLiteral("scenario")].toObject()).toJson();
    Diagnostics diagnostics;
    const auto scenario =
        loadScenarioFromText(scenarioText.toStdString(), recoveryPath().toStdString(), builtinCatalog(), diagnostics);
    if (!scenario)
        return std::nullopt;
    return Pending{*scenario, wrapper[QStringLiteral("original_path")].toString()};
}

void RecoveryStore::discard()
{
    QFile::remove(recoveryPath());
}

} // namespace mlimpact::ui
