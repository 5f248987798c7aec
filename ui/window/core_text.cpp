// SPDX-License-Identifier: GPL-3.0-or-later
#include "core_text.h"

#include "text_translation.h"

#include <string>

namespace mlimpact::ui {

QString coreText(std::string_view text)
{
    return QString::fromStdString(translatedText("mlimpact", std::string(text)));
}

} // namespace mlimpact::ui
