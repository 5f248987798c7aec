// A small badge that says a figure or chart counts unpublished catalog values as 0;
// its tooltip names them (core's MissingValue texts). Hidden when nothing is missing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <string>
#include <vector>

namespace mlimpact::ui {

class MissingDataBadge : public QLabel
{
    Q_OBJECT
public:
    explicit MissingDataBadge(QWidget *parent = nullptr);
    /// The caveats this badge stands for; none hides it.
    void setMissing(const std::vector<std::string> &caveats);
    int count() const { return m_count; }

private:
    int m_count = 0;
};

} // namespace mlimpact::ui
