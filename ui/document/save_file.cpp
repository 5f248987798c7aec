// SPDX-License-Identifier: GPL-3.0-or-later
#include "save_file.h"

#include "file_io.h"

#include <QFile>

namespace mlimpact::ui {
namespace {

std::string nativePath(const QString &path)
{
    return QFile::encodeName(path).toStdString();
}

/// Paths in the core's diagnostics are native bytes; the interface shows them as text.
Diagnostics decoded(Diagnostics diagnostics)
{
    for (auto &d : diagnostics)
        d.file = QFile::decodeName(QByteArray::fromStdString(d.file)).toStdString();
    return diagnostics;
}

} // namespace

// The core's writers check every write and flush the data to disk before the rename.
// QSaveFile does not do that reliably: in Qt 6.4 its commit() misses a failed flush of
// buffered data, so a save on a full disk renamed an empty file over the document.
Diagnostics writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    return decoded(writeTextFileAtomically(nativePath(path), bytes.toStdString()));
}

Diagnostics writeFilesAtomically(const QString &directory, const QList<NamedBytes> &files)
{
    std::vector<NamedContents> contents;
    contents.reserve(static_cast<std::size_t>(files.size()));
    for (const auto &[name, bytes] : files)
        contents.push_back({nativePath(name), bytes.toStdString()});
    return decoded(mlimpact::writeFilesAtomically(nativePath(directory), contents));
}

} // namespace mlimpact::ui
