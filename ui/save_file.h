// Atomic writes for everything the interface saves (scenarios, recovery data,
// exports): a QSaveFile that either replaces the target whole or leaves it intact.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace mlimpact::ui {

/// Writes `bytes` to `path` atomically; on failure returns false and sets `error`
/// to "PATH: reason" (if given).
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

} // namespace mlimpact::ui
