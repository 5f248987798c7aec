// The application's icon (resources/icons/org.mlimpact.Explorer.svg, compiled in as a Qt resource),
// so the window, the About box and the installed desktop entry show the same picture.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace mlimpact::ui {

/// The icon at the sizes a desktop asks for (16-256 px), drawn from the SVG.
QIcon applicationIcon();

} // namespace mlimpact::ui
