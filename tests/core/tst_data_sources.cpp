// Tests for naming the works the catalog cites (the About box's data sources): hand-written
// citations in the catalog's styles, counting over a small catalog, and the built-in catalog.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "data_sources.h"

#include <QTest>

using namespace mlimpact;

class TestDataSources : public QObject
{
    Q_OBJECT
private slots:
    void workName_data();
    void workName();
    void countsFieldsPerWork();
    void builtinCatalogNamesItsMainSources();
};

void TestDataSources::workName_data()
{
    QTest::addColumn<QString>("citation");
    QTest::addColumn<QString>("work"); // empty: not a citation of a work
    QTest::newRow("detail after a lower-case comma") << "Green Algorithms v3.0, data/v3.0/CI_aggregated.csv (IEA 2019)"
                                                     << "Green Algorithms v3.0";
    QTest::newRow("authors with commas stay together") << "Luccioni, Viguier, Ligozat 2023 (BLOOM), 85% use rate"
                                                       << "Luccioni, Viguier, Ligozat 2023";
    QTest::newRow("up to the year") << "Patterson et al. 2021, Table 4"
                                    << "Patterson et al. 2021";
    QTest::newRow("year range") << "Li et al. 2023-2025 (Making AI Less Thirsty), WRI EWIF"
                                << "Li et al. 2023-2025";
    QTest::newRow("colon detail") << "NVIDIA DGX A100 datasheet: 6.5 kW max system power"
                                  << "NVIDIA DGX A100 datasheet";
    QTest::newRow("repository") << "facebookresearch/ACT, act/models/carbon_intensity/ 2023"
                                << "facebookresearch/ACT";
    QTest::newRow("via") << "Morrison et al. 2025 via TSMC 12.33 L/cm2"
                         << "Morrison et al. 2025";
    QTest::newRow("parenthesis") << "Boavizta IoT model (boaviztapi), default 35,040 h = 4 years"
                                 << "Boavizta IoT model";
    QTest::newRow("assumption") << "assumption: no device-specific value published"
                                << "";
    QTest::newRow("computed") << "computed here: 150 kg per GPU + 2 x 25 kg"
                              << "";
    QTest::newRow("not published") << "not published in the sources consulted"
                                   << "";
    QTest::newRow("unconfirmed, upper case") << "UNCONFIRMED: product page as recalled"
                                             << "";
    QTest::newRow("blank") << "   "
                           << "";
}

void TestDataSources::workName()
{
    QFETCH(QString, citation);
    QFETCH(QString, work);
    const auto name = citedWorkName(citation.toStdString());
    if (work.isEmpty())
        QVERIFY2(!name, name ? name->c_str() : "");
    else {
        QVERIFY(name);
        QCOMPARE(QString::fromStdString(*name), work);
    }
}

void TestDataSources::countsFieldsPerWork()
{
    Catalog catalog;
    Diagnostics diagnostics;
    catalog.addFromJson(R"json({"format": "ml-impact-explorer/catalog", "version": 1, "datacenter_types": [
        {"id": "a", "name": "A", "pue": 1.1, "wue_l_per_kwh": 0.2,
         "sources": {"pue": "Zeta et al. 2020, Table 1", "wue_l_per_kwh": "assumption: as b"}},
        {"id": "b", "name": "B", "pue": 1.5, "wue_l_per_kwh": 1.8,
         "sources": {"pue": "Alpha Survey 2024", "wue_l_per_kwh": "Zeta et al. 2020 (Fig. 2)"}}]})json",
                        "test.json", diagnostics);
    QVERIFY(diagnostics.empty());
    const auto works = citedWorks(catalog);
    QCOMPARE(works.size(), std::size_t{2});
    QCOMPARE(QString::fromStdString(works[0].name), QStringLiteral("Zeta et al. 2020"));
    QCOMPARE(works[0].values, 2);
    QCOMPARE(QString::fromStdString(works[1].name), QStringLiteral("Alpha Survey 2024"));
    QCOMPARE(works[1].values, 1);
}

void TestDataSources::builtinCatalogNamesItsMainSources()
{
    const auto works = citedWorks(builtinCatalog());
    QVERIFY(works.size() > 10);
    // The grid intensities all come from one source, so it leads.
    QCOMPARE(QString::fromStdString(works.front().name), QStringLiteral("Green Algorithms v3.0"));
    for (std::size_t i = 1; i < works.size(); ++i)
        QVERIFY(works[i - 1].values >= works[i].values);
    for (const auto &work : works) {
        const QString name = QString::fromStdString(work.name);
        QVERIFY2(!name.startsWith(QLatin1String("assumption"), Qt::CaseInsensitive), qPrintable(name));
        QVERIFY2(name.size() < 80, qPrintable(name)); // a name, not a sentence
    }
}

QTEST_GUILESS_MAIN(TestDataSources)
#include "tst_data_sources.moc"
