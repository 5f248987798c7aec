// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_box.h"

#include "app_icon.h"
#include "data_sources.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace mlimpact::ui {
namespace {

/// Works cited by at least this many values are named; the rest are counted.
constexpr int kNamedWorkMinValues = 5;

QString sourcesParagraph(const Catalog &catalog)
{
    const auto works = citedWorks(catalog);
    QStringList named;
    int others = 0;
    for (const auto &work : works) {
        if (work.values >= kNamedWorkMinValues)
            named << QCoreApplication::translate("AboutBox", "%1 (%n values)", nullptr, work.values)
                         .arg(QString::fromStdString(work.name).toHtmlEscaped());
        else
            ++others;
    }
    return QCoreApplication::translate("AboutBox",
                                       "<p><b>Data sources</b> of the catalog, most cited first: %1; and %n "
                                       "more. <tt>ml-impact-explorer catalog</tt> lists the source of every "
                                       "value.</p>",
                                       nullptr, others)
        .arg(named.join(QStringLiteral("; ")));
}

} // namespace

QString aboutText(const Catalog &catalog)
{
    return QCoreApplication::translate(
               "AboutBox",
               "<h3>ML Impact Explorer %1</h3>"
               "<p>An interactive life-cycle model of the environmental impact of machine-learning systems: "
               "development, architecture search, training, deployment, edge fleets and disposal — energy, "
               "carbon, water and e-waste.</p>"
               "<p>Built on Dustin Wright, Christian Igel, Gabrielle Samuel and Raghavendra Selvan, "
               "<i>Efficiency is Not Enough: A Critical Perspective of Environmentally Sustainable AI</i> "
               "(arXiv:2309.02065, 2023).</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()) +
           sourcesParagraph(catalog) +
           QCoreApplication::translate("AboutBox", "<p>Licence: GNU General Public License, version 3 or later "
                                                   "(GPL-3.0-or-later). There is no warranty.</p>");
}

void showAboutBox(QWidget *parent, const Catalog &catalog)
{
    QMessageBox box(parent);
    box.setWindowTitle(QCoreApplication::translate("AboutBox", "About ML Impact Explorer"));
    box.setIconPixmap(applicationIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText(catalog));
    box.exec();
}

} // namespace mlimpact::ui
