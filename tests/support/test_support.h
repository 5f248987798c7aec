// Shared helpers for the test suites: paths, running the real binary, temp files.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mlimpact::test {

/// Absolute path below the source tree, e.g. sourcePath("tests/data/x.json").
QString sourcePath(const QString &relative);

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the built ml-impact-explorer binary with arguments (offscreen, C locale).
ProcessResult runBinary(const QStringList &arguments, int timeoutMs = 60000);

/// Reads a whole file as UTF-8 ("" if missing).
QString readFile(const QString &path);

} // namespace mlimpact::test
