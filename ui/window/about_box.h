// Help ▸ About: version, licence, the paper the model is built on, and the data sources, the
// last read from the catalog's citations (core's citedWorks) rather than typed a second time.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace mlimpact {
class Catalog;
}

namespace mlimpact::ui {

/// The About box's rich text for `catalog` (the built-in one in the window).
QString aboutText(const Catalog &catalog);

/// Shows the About box, with the application icon, over `parent`.
void showAboutBox(QWidget *parent, const Catalog &catalog);

} // namespace mlimpact::ui
