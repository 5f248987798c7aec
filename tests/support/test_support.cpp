// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/mount.h>

namespace mlimpact::test {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(MLIMPACT_SOURCE_DIR)).filePath(relative);
}

ProcessResult runBinary(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MLIMPACT_BINARY), arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

SmallFileSystem::SmallFileSystem(int kibibytes)
{
    char tmpl[] = "/tmp/mlimpact-smallfs-XXXXXX";
    if (!::mkdtemp(tmpl)) {
        m_skipReason = "cannot make a temporary folder to mount on";
        return;
    }
    m_path = QString::fromLocal8Bit(tmpl);
    const std::string options = "size=" + std::to_string(kibibytes) + "k";
    if (::mount("tmpfs", tmpl, "tmpfs", 0, options.c_str()) != 0) {
        m_skipReason = "cannot mount a small tmpfs to fill (needs root): " + QByteArray(std::strerror(errno));
        return;
    }
    m_mounted = true;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    if (!m_path.isEmpty())
        QDir(m_path).removeRecursively();
}

bool SmallFileSystem::fill()
{
    QFile filler(filePath(QStringLiteral(".filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return false;
    const QByteArray block(512, 'x');
    while (filler.write(block) == block.size()) {
    }
    // Whatever is left is smaller than a block: take it byte by byte.
    while (filler.write("x", 1) == 1) {
    }
    return filler.error() != QFileDevice::NoError;
}

} // namespace mlimpact::test
