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

std::string translatedPattern(const char *context, const char *pattern, std::initializer_list<std::string_view> args)
{
    const std::string text = g_translator != nullptr ? g_translator(context, pattern) : std::string(pattern);
    std::string out;
    out.reserve(text.size() + 16 * args.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size()) {
            const char next = text[i + 1];
            if (next == '%') {
                out += '%';
                ++i;
                continue;
            }
            const std::size_t n = static_cast<std::size_t>(next - '0');
            if (next >= '1' && next <= '9' && n <= args.size()) {
                out += *(args.begin() + (n - 1));
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace mlimpact
