// SPDX-License-Identifier: GPL-3.0-or-later
#include "missing_data_badge.h"

namespace mlimpact::ui {

MissingDataBadge::MissingDataBadge(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("missingDataBadge"));
    // Amber with dark text: reads as "incomplete", not "error", in the light and presentation themes.
    setStyleSheet(QStringLiteral("QLabel#missingDataBadge { background: #fff1c2; color: #5c4300; "
                                 "border: 1px solid #d9a400; border-radius: 3px; padding: 0px 4px; }"));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    hide();
}

void MissingDataBadge::setMissing(const std::vector<std::string> &caveats)
{
    m_count = static_cast<int>(caveats.size());
    setVisible(m_count > 0);
    if (m_count == 0) {
        setToolTip({});
        return;
    }
    setText(m_count == 1 ? tr("⚠ 1 value missing") : tr("⚠ %1 values missing").arg(m_count));
    QString tip = tr("<b>Unpublished in the catalog, counted as 0 here:</b><ul>");
    for (const auto &c : caveats)
        tip += QStringLiteral("<li>%1</li>").arg(QString::fromStdString(c).toHtmlEscaped());
    tip += tr("</ul>A user catalog (or the scenario's override, where the form has one) can supply them.");
    setToolTip(tip);
}

} // namespace mlimpact::ui
