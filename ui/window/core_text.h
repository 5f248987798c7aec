// The core's names (registry labels, units and explanations, sections, phases, criteria, chart
// titles, headline captions) in the window's language, through core's translation hook
// (text_translation.h) that app_translation.h installs. Untranslated text comes back as is.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string_view>

namespace mlimpact::ui {

QString coreText(std::string_view text);

} // namespace mlimpact::ui
