// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_translation.h"

namespace mlimpact {
namespace {

TextTranslator g_translator = nullptr;

} // namespace

void setTextTranslator(TextTranslator translator)
{
    g_translator = translator;
}

std::string translatedText(const char *context, const std::string &text)
{
    if (g_translator == nullptr || text.empty())
        return text;
    return g_translator(context, text.c_str());
}

} // namespace mlimpact
