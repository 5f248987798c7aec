// SPDX-License-Identifier: GPL-3.0-or-later
#include "problem_text.h"

#include <QStringList>

namespace mlimpact::ui {

QString problemText(const Diagnostics &diagnostics, bool errorsOnly, int maxLines)
{
    QStringList lines;
    for (const auto &d : diagnostics) {
        if (!errorsOnly || d.severity == Severity::Error)
            lines << QString::fromStdString(d.toString());
    }
    if (maxLines > 0 && lines.size() > maxLines) {
        const auto more = lines.size() - maxLines;
        lines = lines.mid(0, maxLines);
        lines << QStringLiteral("… and %1 more").arg(more);
    }
    return lines.join(QLatin1Char('\n'));
}

Diagnostics problem(const QString &file, const QString &message)
{
    return {Diagnostic{Severity::Error, file.toStdString(), {}, message.toStdString()}};
}

} // namespace mlimpact::ui
