// The window's language: the app's own translation (translations/mlimpact_LANG.ts, compiled
// into the binary) and Qt's for its standard dialogs and buttons, chosen from the system locale
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or named with --lang. The command line stays English.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace mlimpact::ui {

/// The languages the app is translated into ("de"), from the embedded .qm files; English,
/// the source language, is not listed.
QStringList availableTranslations();

/// The locale a --lang value names ("de", "de_DE", "en"), or the system's when `name` is empty.
/// An unknown name gives the C locale's English (QLocale's own reading).
QLocale uiLocale(const QString &name);

/// Makes `locale` the default for numbers shown in the window (Qt's and core's worded numbers)
/// and installs the app's and Qt's translators for its language, and core's text hook (parented to the application,
/// replacing earlier ones). Returns false when the app has no translation for it (English stays). Needs an application.
bool installTranslations(const QLocale &locale);

} // namespace mlimpact::ui
