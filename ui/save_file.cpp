// SPDX-License-Identifier: GPL-3.0-or-later
#include "save_file.h"

#include <QSaveFile>

namespace mlimpact::ui {

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mlimpact::ui
