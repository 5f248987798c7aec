// SPDX-License-Identifier: GPL-3.0-or-later
#include "save_file.h"

#include "file_io.h"

#include <QFile>

namespace mlimpact::ui {
namespace {

// The core's writers check every write and flush the data to disk before the rename.
// QSaveFile does not do that reliably: in Qt 6.4 its commit() misses a failed flush of
// buffered data, so a save on a full disk renamed an empty file over the document.
bool report(const IoResult &result, QString *error)
{
    if (!result.ok && error)
        *error = QFile::decodeName(QByteArray::fromStdString(result.error));
    return result.ok;
}

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

} // namespace

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    return report(writeTextFileAtomically(nativePath(path), bytes.toStdString()), error);
}

bool writeFilesAtomically(const QString &directory, const QList<NamedBytes> &files, QString *error)
{
    std::vector<NamedContents> contents;
    contents.reserve(static_cast<std::size_t>(files.size()));
    for (const auto &[name, bytes] : files)
        contents.push_back({nativePath(name), bytes.toStdString()});
    return report(mlimpact::writeFilesAtomically(nativePath(directory), contents), error);
}

} // namespace mlimpact::ui
