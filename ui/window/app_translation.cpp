// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_translation.h"

#include "number_locale.h"
#include "text_translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace mlimpact::ui {
namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");

/// Removes the translators an earlier call installed, so switching back to English works.
void removeInstalledTranslators()
{
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>(
        QStringLiteral("mlimpactTranslator"), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

bool installOne(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    translator->setObjectName(QStringLiteral("mlimpactTranslator"));
    // QTranslator tries the locale's UI languages in order ("de-DE", "de") with "_" as prefix.
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

/// Core's marked texts (MLI_TR) through the same translators; the source text when there is none.
std::string translateCoreText(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text).toStdString();
}

} // namespace

QStringList availableTranslations()
{
    QStringList languages;
    const QStringList files = QDir(kResourceFolder).entryList({QStringLiteral("mlimpact_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(9, file.size() - 12); // "mlimpact_" ... ".qm"
    return languages;
}

QLocale uiLocale(const QString &name)
{
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

bool installTranslations(const QLocale &locale)
{
    removeInstalledTranslators();
    QLocale::setDefault(locale);
    setTextTranslator(&translateCoreText);
    // Core's worded numbers (tiles, takeaways, tooltips) take the locale's decimal separator too.
    setDisplayDecimalSeparator(locale.decimalPoint().toStdString());
    if (!installOne(locale, QStringLiteral("mlimpact"), kResourceFolder))
        return false;
    // Qt's own strings (standard buttons, file dialogs): Debian's qt6-translations-l10n. Without
    // that package Qt's buttons stay English; the app's own strings are translated regardless.
    installOne(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace mlimpact::ui
