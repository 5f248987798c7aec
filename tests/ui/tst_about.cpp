// Tests for the application icon (compiled in, drawn at the sizes a desktop asks for) and the
// About box's text: version, licence, the paper, and data sources taken from the catalog.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "about_box.h"
#include "app_icon.h"
#include "catalog.h"
#include "data_sources.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace mlimpact;

class TestAbout : public QObject
{
    Q_OBJECT
private slots:
    void iconIsDrawnAtDesktopSizes();
    void aboutNamesVersionLicencePaper();
    void aboutSourcesFollowTheCatalog();
};

void TestAbout::iconIsDrawnAtDesktopSizes()
{
    const QIcon icon = ui::applicationIcon();
    QVERIFY(!icon.isNull());
    for (const int size : {16, 32, 48, 256}) {
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
        const QImage image = icon.pixmap(size, size).toImage();
        QCOMPARE(image.size(), QSize(size, size));
        // The rounded square covers the centre; the corners stay transparent.
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
}

void TestAbout::aboutNamesVersionLicencePaper()
{
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    const QString text = ui::aboutText(builtinCatalog());
    QVERIFY(text.contains(QLatin1String("ML Impact Explorer 9.8.7")));
    QVERIFY(text.contains(QLatin1String("GPL-3.0-or-later")));
    QVERIFY(text.contains(QLatin1String("Efficiency is Not Enough")));
    QVERIFY(text.contains(QLatin1String("Wright")));
    QVERIFY(text.contains(QLatin1String("Selvan")));
}

void TestAbout::aboutSourcesFollowTheCatalog()
{
    // A catalog of two data-centre types: the box names exactly what it cites.
    Catalog catalog;
    Diagnostics diagnostics;
    catalog.addFromJson(R"json({"format": "ml-impact-explorer/catalog", "version": 1, "datacenter_types": [
        {"id": "a", "name": "A", "pue": 1.1, "wue_l_per_kwh": 0.2, "sources": {"pue": "Quux Survey 2031", "wue_l_per_kwh": "assumption: a test value"}},
        {"id": "b", "name": "B", "pue": 1.2, "wue_l_per_kwh": 0.3,
         "sources": {"pue": "Quux Survey 2031, p. 4", "wue_l_per_kwh": "Quux Survey 2031 (Table 9)"}},
        {"id": "c", "name": "C", "pue": 1.3, "wue_l_per_kwh": 0.4,
         "sources": {"pue": "Quux Survey 2031", "wue_l_per_kwh": "Quux Survey 2031"}},
        {"id": "d", "name": "D", "pue": 1.4, "wue_l_per_kwh": 0.5, "sources": {"pue": "Lone Report 2030", "wue_l_per_kwh": "assumption: a test value"}}]})json",
                        "test.json", diagnostics);
    QVERIFY2(diagnostics.empty(), diagnostics.empty() ? "" : diagnostics.front().toString().c_str());
    const QString text = ui::aboutText(catalog);
    QVERIFY2(text.contains(QLatin1String("Quux Survey 2031 (5 values)")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Lone Report")), qPrintable(text)); // counted, not named
    QVERIFY2(text.contains(QLatin1String("; and 1 more.")), qPrintable(text));

    // The built-in catalog: its most cited work is named.
    const QString builtin = ui::aboutText(builtinCatalog());
    QVERIFY(builtin.contains(QString::fromStdString(citedWorks(builtinCatalog()).front().name)));
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
