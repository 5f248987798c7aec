// Atomic writes for everything the interface saves (scenarios, recovery data,
// exports), on top of the core's writers: a file is replaced whole or left intact,
// and a set of files (a folder of charts or slides) is written all or none.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mlimpact::ui {

/// Writes `bytes` to `path` atomically. Returns the problems (empty on success): file = the
/// path, message = the reason, e.g. "write failed: No space left on device".
Diagnostics writeFileAtomically(const QString &path, const QByteArray &bytes);

/// A file name (no folder) and its contents.
using NamedBytes = QPair<QString, QByteArray>;

/// Writes every file into `directory`, or none: on failure the folder is as it was
/// (and is not created), and the diagnostic names the file and the reason.
Diagnostics writeFilesAtomically(const QString &directory, const QList<NamedBytes> &files);

} // namespace mlimpact::ui
