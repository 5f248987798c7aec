// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery_store.h"

#include "file_io.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_document.h"
#include "scenario_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace mlimpact::ui {
namespace {

const QString kOriginalPath = QStringLiteral("original_path");
const QString kCatalogFiles = QStringLiteral("catalog_files");
const QString kScenario = QStringLiteral("scenario");

} // namespace

RecoveryStore::RecoveryStore(ScenarioDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { writeNow(); });
    // After an edit the undo stack's index moves (scenarioChanged fires during redo(),
    // before the stack counts the command, so it cannot tell "modified" yet).
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document && m_document->isModified())
            schedule();
    });
    connect(m_document, &ScenarioDocument::modificationChanged, this, [this](bool modified) {
        if (modified)
            schedule(); // e.g. restored work: keep it recoverable
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

void RecoveryStore::setDelays(int quietMs, int maxMs)
{
    m_quietMs = quietMs;
    m_maxMs = maxMs;
}

void RecoveryStore::schedule()
{
    // Each edit restarts the quiet delay, but never past the bound set by the first edit
    // not yet written: continuous editing is saved every m_maxMs at the latest.
    if (!m_timer->isActive())
        m_sinceFirstUnwrittenEdit.start();
    const qint64 left = m_maxMs - m_sinceFirstUnwrittenEdit.elapsed();
    m_timer->start(static_cast<int>(std::clamp<qint64>(left, 0, m_quietMs)));
}

Diagnostics RecoveryStore::writeNow()
{
    m_timer->stop();
    if (!m_document)
        return problem(recoveryPath(), tr("no document to recover"));
    QDir().mkpath(QFileInfo(recoveryPath()).absolutePath());
    // The scenario in its own format, wrapped with where it came from and the user
    // catalog files its ids may refer to.
    QJsonObject wrapper;
    wrapper[kOriginalPath] = m_document->filePath();
    wrapper[kCatalogFiles] = QJsonArray::fromStringList(m_document->catalogFiles());
    wrapper[kScenario] =
        QJsonDocument::fromJson(QByteArray::fromStdString(scenarioToJsonText(m_document->scenario()))).object();
    return writeFileAtomically(recoveryPath(), QJsonDocument(wrapper).toJson());
}

std::optional<RecoveryStore::Pending> RecoveryStore::pending(Diagnostics *whyNot)
{
    auto fail = [whyNot](const QString &file, const QString &why, const Diagnostics &details = {}) {
        if (whyNot) {
            *whyNot = problem(file, why);
            whyNot->insert(whyNot->end(), details.begin(), details.end());
        }
        return std::optional<Pending>();
    };
    QFile file(recoveryPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject wrapper = QJsonDocument::fromJson(file.readAll()).object();
    Pending out{{}, wrapper[kOriginalPath].toString(), {}, builtinCatalog()};
    for (const auto &entry : wrapper[kCatalogFiles].toArray()) {
        const QString path = entry.toString();
        std::string text;
        if (const auto problems = readTextFile(QFile::encodeName(path).toStdString(), text); !problems.empty())
            return fail(path, tr("the unsaved scenario uses this catalog file, which cannot be read now"), problems);
        Diagnostics diagnostics;
        out.catalog.addFromJson(text, path.toStdString(), diagnostics);
        if (hasErrors(diagnostics))
            return fail(path, tr("the unsaved scenario uses this catalog file, which now has errors"), diagnostics);
        out.catalogFiles << path;
    }
    const QByteArray scenarioText = QJsonDocument(wrapper[kScenario].toObject()).toJson();
    Diagnostics diagnostics;
    const auto scenario =
        loadScenarioFromText(scenarioText.toStdString(), recoveryPath().toStdString(), out.catalog, diagnostics);
    if (!scenario)
        return fail(recoveryPath(), tr("the unsaved scenario does not load"), diagnostics);
    out.scenario = *scenario;
    return out;
}

void RecoveryStore::discard()
{
    QFile::remove(recoveryPath());
}

} // namespace mlimpact::ui
