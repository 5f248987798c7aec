// `ml-impact-explorer system`: text and the documented JSON for a preset, a comparison preset's
// change from the baseline, and clear errors for bad input.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "system_graph.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mlimpact;
using namespace mlimpact::test;

class TestSystemCli : public QObject
{
    Q_OBJECT
private slots:
    void printsTextAndJson();
    void comparisonPresetCarriesChange();
    void badInputIsRefused();
};

void TestSystemCli::printsTextAndJson()
{
    const auto text =
        runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("recommender-system")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("Queries served → Deployment energy  +  1.00")));
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("[balancing]")));
    const auto json =
        runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("recommender-system"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("ml-impact-explorer/system-map"));
    QCOMPARE(o.value(QStringLiteral("edges")).toArray().size(), static_cast<qsizetype>(systemEdgeSpecs().size()));
    QCOMPARE(o.value(QStringLiteral("compared_variant")).type(), QJsonValue::Null);
}

void TestSystemCli::comparisonPresetCarriesChange()
{
    const auto r =
        runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("quantize-and-meet-rebound"),
                   QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!o.value(QStringLiteral("compared_variant")).toString().isEmpty());
    QVERIFY(o.value(QStringLiteral("nodes")).toArray().at(0).toObject().contains(QStringLiteral("change")));
}

void TestSystemCli::badInputIsRefused()
{
    const auto noVariant =
        runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("recommender-system"),
                   QStringLiteral("--variant"), QStringLiteral("nope")});
    QCOMPARE(noVariant.exitCode, 2);
    QVERIFY(QString::fromUtf8(noVariant.err).contains(QStringLiteral("--variant")));
    const auto badFormat =
        runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("recommender-system"),
                   QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(badFormat.exitCode, 2);
    const auto noPreset = runBinary({QStringLiteral("system"), QStringLiteral("--preset"), QStringLiteral("nope")});
    QCOMPARE(noPreset.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSystemCli)
#include "tst_system_cli.moc"
