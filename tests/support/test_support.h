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

/// A real, small file system (tmpfs) mounted in a temporary folder for the life of the
/// object, to test writes on a full disk. Mounting needs root (CI runs as root); where it
/// is not possible, isMounted() is false and skipReason() says why.
class SmallFileSystem
{
public:
    explicit SmallFileSystem(int kibibytes = 256);
    ~SmallFileSystem();
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QByteArray skipReason() const { return m_skipReason; }
    QString path() const { return m_path; }
    QString filePath(const QString &name) const { return m_path + QLatin1Char('/') + name; }
    /// Writes a filler file until the file system reports it is full; true if it did.
    bool fill();

private:
    QString m_path;
    bool m_mounted = false;
    QByteArray m_skipReason;
};

} // namespace mlimpact::test
