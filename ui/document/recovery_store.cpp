// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery_store.h"

#include "file_io.h"
#include "json_reader.h"
#include "json_writer.h"
#include "problem_text.h"
#include "save_file.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "variants_io.h"

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

/// The wrapper as text, written like a scenario file (shortest round-trip numbers); the
/// document in the file format, variants and all.
QByteArray wrapperText(const QString &originalPath, const QStringList &catalogFiles, const VariantDocument &document)
{
    nlohmann::ordered_json wrapper;
    wrapper[kOriginalPath.toStdString()] = originalPath.toStdString();
    auto files = nlohmann::ordered_json::array();
    for (const QString &file : catalogFiles)
        files.push_back(file.toStdString());
    wrapper[kCatalogFiles.toStdString()] = files;
    wrapper[kScenario.toStdString()] = nlohmann::ordered_json::parse(documentToJsonText(document));
    return QByteArray::fromStdString(writeJson(wrapper) + "\n");
}

/// The wrapped scenario's text, numbers exactly as written (QJsonDocument would turn -0.0 into 0).
std::string scenarioTextOf(const QByteArray &wrapperBytes)
{
    Diagnostics ignored; // a broken wrapper shows up as a scenario that does not load
    const auto wrapper = parseJsonText(wrapperBytes.toStdString(), {}, ignored);
    if (!wrapper || !wrapper->is_object() || !wrapper->contains(kScenario.toStdString()))
        return {};
    return writeJson(wrapper->at(kScenario.toStdString()));
}

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
    return writeFileAtomically(
        recoveryPath(), wrapperText(m_document->filePath(), m_document->catalogFiles(), m_document->variantDocument()));
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
    const QByteArray bytes = file.readAll();
    const QJsonObject wrapper = QJsonDocument::fromJson(bytes).object();
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
    Diagnostics diagnostics;
    const auto document =
        loadDocumentFromText(scenarioTextOf(bytes), recoveryPath().toStdString(), out.catalog, diagnostics);
    if (!document)
        return fail(recoveryPath(), tr("the unsaved scenario does not load"), diagnostics);
    out.document = *document;
    return out;
}

void RecoveryStore::discard()
{
    QFile::remove(recoveryPath());
}

} // namespace mlimpact::ui
