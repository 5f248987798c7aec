// SPDX-License-Identifier: GPL-3.0-or-later
#include "app_theme.h"

#include "chart_palette.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QToolTip>

namespace mlimpact::ui {
namespace {

const char *const kSettingsKey = "view/theme";
const char *const kExportKey = "export/windowTheme";

struct Platform
{
    QString style;
    QPalette palette;
    QPalette toolTip; ///< tooltips keep their own palette, which setPalette leaves alone
};

const Platform &platform()
{
    static const Platform recorded{QApplication::style()->name(), QApplication::palette(), QToolTip::palette()};
    return recorded;
}

Theme g_current = Theme::System;

} // namespace

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void applyTheme(Theme theme)
{
    const Platform &original = platform();
    if (theme == g_current && theme == Theme::System)
        return; // leave the platform (and any -style/-stylesheet) untouched
    g_current = theme;
    // Widgets then get QEvent::PaletteChange, on which charts restyle.
    switch (theme) {
    case Theme::System:
        QApplication::setStyle(original.style);
        QApplication::setPalette(original.palette);
        QToolTip::setPalette(original.toolTip);
        break;
    case Theme::Light:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(lightPalette());
        QToolTip::setPalette(lightPalette());
        break;
    case Theme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        QToolTip::setPalette(darkPalette());
        break;
    }
}

Theme currentTheme()
{
    return g_current;
}

Theme savedTheme()
{
    return themeFromKey(QSettings().value(QLatin1String(kSettingsKey)).toString());
}

void saveTheme(Theme theme)
{
    QSettings().setValue(QLatin1String(kSettingsKey), themeKey(theme));
}

bool exportsInWindowTheme()
{
    return QSettings().value(QLatin1String(kExportKey), false).toBool();
}

void setExportsInWindowTheme(bool on)
{
    QSettings().setValue(QLatin1String(kExportKey), on);
}

ExportPaletteScope::ExportPaletteScope(QWidget *widget, bool followWindow)
{
    if (followWindow || !widget)
        return;
    m_widget = widget;
    m_hadOwn = widget->testAttribute(Qt::WA_SetPalette);
    m_own = widget->palette();
    widget->setPalette(lightPalette()); // charts restyle on the palette change, at once
}

ExportPaletteScope::~ExportPaletteScope()
{
    if (m_widget)
        m_widget->setPalette(m_hadOwn ? m_own : QPalette()); // an empty palette inherits again
}

void fillThemeMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const struct
    {
        Theme theme;
        QString text;
    } choices[] = {{Theme::System, QObject::tr("&System")},
                   {Theme::Light, QObject::tr("&Light")},
                   {Theme::Dark, QObject::tr("&Dark")}};
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(QStringLiteral("theme-") + themeKey(choice.theme));
        action->setCheckable(true);
        action->setChecked(choice.theme == currentTheme());
        group->addAction(action);
        const Theme theme = choice.theme;
        QObject::connect(action, &QAction::triggered, menu, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
    menu->addSeparator();
    QAction *exports = menu->addAction(QObject::tr("&Exports in Window Theme"));
    exports->setObjectName(QStringLiteral("exportsInWindowTheme"));
    exports->setCheckable(true);
    exports->setChecked(exportsInWindowTheme());
    exports->setToolTip(QObject::tr("Single charts are exported light unless this is checked; slides always are"));
    QObject::connect(exports, &QAction::toggled, menu, &setExportsInWindowTheme);
}

} // namespace mlimpact::ui
