// The window's theme (View ▸ Theme): the platform's own style and palette, or Fusion with a
// light or a dark palette (Qt 6.4 has no dark switch of its own on Linux). Remembered in
// QSettings; charts restyle through their palette (chart_palette.h).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QMenu;
class QWidget;

namespace mlimpact::ui {

enum class Theme { System, Light, Dark };

/// "system", "light", "dark": the words stored in the settings.
QString themeKey(Theme theme);
/// The theme a stored word names; System for anything else.
Theme themeFromKey(const QString &key);

/// Applies the theme to the application. The first call records the platform's style and
/// palette (with any -style the user gave) so System can return to them.
void applyTheme(Theme theme);
Theme currentTheme();

/// The theme remembered in QSettings ("view/theme").
Theme savedTheme();
void saveTheme(Theme theme);

/// Whether a single exported chart (PNG, SVG, PDF, clipboard) uses the window's theme
/// ("export/windowTheme"); by default it is light, as documents expect. Slides and decks
/// are white pages and always draw their charts light.
bool exportsInWindowTheme();
void setExportsInWindowTheme(bool on);

/// Fills `menu` with System, Light and Dark as exclusive choices (the current one checked),
/// choosing one applies and remembers it, and the "exports in the window's theme" switch.
void fillThemeMenu(QMenu *menu);

/// While it lives, a widget (a chart's plot) is drawn with the light palette, unless
/// `followWindow` is true; the widget's own palette, or none, comes back after.
class ExportPaletteScope
{
public:
    explicit ExportPaletteScope(QWidget *widget, bool followWindow = exportsInWindowTheme());
    ~ExportPaletteScope();
    ExportPaletteScope(const ExportPaletteScope &) = delete;
    ExportPaletteScope &operator=(const ExportPaletteScope &) = delete;

private:
    QWidget *m_widget = nullptr;
    bool m_hadOwn = false;
    QPalette m_own;
};

} // namespace mlimpact::ui
