// The `uncertainty` and `sensitivity` subcommands of the real binary: the documented JSON
// (docs/report-format.md), reproducibility by seed whatever the thread count, and bad input.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace mlimpact::test;

class TestCliUncertainty : public QObject
{
    Q_OBJECT
private slots:
    void uncertaintyJsonContract()
    {
        const auto r = runBinary({QStringLiteral("uncertainty"), QStringLiteral("--preset"),
                                  QStringLiteral("llm-chat-service"), QStringLiteral("--samples"),
                                  QStringLiteral("300"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("ml-impact-explorer/uncertainty"));
        QCOMPARE(doc[QStringLiteral("samples")].toInt(), 300);
        const QJsonObject carbon = doc[QStringLiteral("totals")].toObject()[QStringLiteral("carbon_kgco2e")].toObject();
        const double p5 = carbon[QStringLiteral("p5")].toDouble(), p50 = carbon[QStringLiteral("p50")].toDouble();
        const double p95 = carbon[QStringLiteral("p95")].toDouble(), point = carbon[QStringLiteral("point")].toDouble();
        QVERIFY(p5 > 0 && p5 <= p50 && p50 <= p95);
        QVERIFY(p5 <= point && point <= p95);
        QVERIFY(doc[QStringLiteral("inputs")].toArray().size() > 10);
        const QJsonObject timeline = doc[QStringLiteral("timeline")].toObject();
        QCOMPARE(timeline[QStringLiteral("carbon_kgco2e")].toObject()[QStringLiteral("p95")].toArray().size(),
                 timeline[QStringLiteral("months")].toInt());
        QVERIFY(doc[QStringLiteral("phases")].toObject().contains(QStringLiteral("deployment")));
    }

    void uncertaintyTextNamesEveryCriterion()
    {
        // "Resource depletion (ADPe)" is longer than the label column: the line keeps one space.
        const auto r =
            runBinary({QStringLiteral("uncertainty"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
                       QStringLiteral("--samples"), QStringLiteral("50")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("  Resource depletion (ADPe) "), r.out.constData());
        QVERIFY(r.out.contains("kg Sb-eq   90%: "));
        QVERIFY(r.out.contains("Primary energy"));
    }

    void fileRangesAreSampledAndTheCommandLineWins()
    {
        // A scenario file's "uncertainty" section sets the ranges; a --range on the same path wins.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ranges.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format_version": 1, "deployment": {"queries_per_day": 2500000},
            "uncertainty": {"ranges": {"deployment.queries_per_day": {"low": 2e6, "high": 3e6},
                                       "system.service_years": {"low": 2, "high": 4, "distribution": "uniform"}}}})");
        file.close();
        auto inputOf = [](const QByteArray &out, const QString &wanted) {
            for (const auto &in : QJsonDocument::fromJson(out).object()[QStringLiteral("inputs")].toArray())
                if (in.toObject()[QStringLiteral("path")].toString() == wanted)
                    return in.toObject();
            return QJsonObject();
        };
        const auto r = runBinary({QStringLiteral("uncertainty"), path, QStringLiteral("--samples"),
                                  QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("json"),
                                  QStringLiteral("--range"), QStringLiteral("system.service_years=1:6")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject queries = inputOf(r.out, QStringLiteral("deployment.queries_per_day"));
        QCOMPARE(queries[QStringLiteral("low")].toDouble(), 2e6);
        QCOMPARE(queries[QStringLiteral("high")].toDouble(), 3e6);
        const QJsonObject years = inputOf(r.out, QStringLiteral("system.service_years"));
        QCOMPARE(years[QStringLiteral("low")].toDouble(), 1.0);
        QCOMPARE(years[QStringLiteral("high")].toDouble(), 6.0);
        QCOMPARE(years[QStringLiteral("distribution")].toString(), QStringLiteral("uniform"));
    }

    void sameSeedSameOutputWhateverTheThreads()
    {
        auto run = [](const char *threads) {
            return runBinary({QStringLiteral("uncertainty"), QStringLiteral("--preset"),
                              QStringLiteral("edge-vision-phones"), QStringLiteral("--samples"), QStringLiteral("200"),
                              QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("--threads"),
                              QLatin1String(threads), QStringLiteral("--format"), QStringLiteral("json")})
                .out;
        };
        const QByteArray one = run("1");
        QVERIFY(!one.isEmpty());
        QCOMPARE(run("3"), one);
    }

    void sensitivityMethods()
    {
        const auto oat =
            runBinary({QStringLiteral("sensitivity"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(oat.exitCode, 0);
        const QJsonObject t = QJsonDocument::fromJson(oat.out).object();
        QCOMPARE(t[QStringLiteral("method")].toString(), QStringLiteral("oat"));
        QVERIFY(!t[QStringLiteral("ranking")].toObject()[QStringLiteral("energy_kwh")].toArray().isEmpty());
        const auto sobol = runBinary(
            {QStringLiteral("sensitivity"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
             QStringLiteral("--method"), QStringLiteral("sobol"), QStringLiteral("--samples"), QStringLiteral("200"),
             QStringLiteral("--inputs"), QStringLiteral("5"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(sobol.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(sobol.out).object();
        QCOMPARE(s[QStringLiteral("inputs")].toArray().size(), 5);
        QCOMPARE(s[QStringLiteral("evaluations")].toInt(), 200 * 7);
        const QJsonObject first = s[QStringLiteral("inputs")].toArray().first().toObject();
        QVERIFY(first[QStringLiteral("indices")].toObject()[QStringLiteral("carbon_kgco2e")].toObject().contains(
            QStringLiteral("total_ci")));
        const auto text =
            runBinary({QStringLiteral("sensitivity"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("deployment.queries_per_day"));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString preset = QStringLiteral("--preset=llm-chat-service");
        QTest::newRow("samples") << QStringList{QStringLiteral("uncertainty"), preset, QStringLiteral("--samples=x")}
                                 << QStringLiteral("--samples");
        QTest::newRow("range syntax") << QStringList{QStringLiteral("uncertainty"), preset,
                                                     QStringLiteral("--range=deployment.mfu=0.1")}
                                      << QStringLiteral("--range");
        QTest::newRow("range path") << QStringList{QStringLiteral("uncertainty"), preset,
                                                   QStringLiteral("--range=no.such=1:2")}
                                    << QStringLiteral("/uncertainty/ranges/no.such");
        QTest::newRow("range order") << QStringList{QStringLiteral("sensitivity"), preset,
                                                    QStringLiteral("--range=deployment.mfu=0.3:0.1")}
                                     << QStringLiteral("expected low <= high");
        QTest::newRow("method") << QStringList{QStringLiteral("sensitivity"), preset, QStringLiteral("--method=x")}
                                << QStringLiteral("--method");
        QTest::newRow("choice") << QStringList{QStringLiteral("uncertainty"), preset,
                                               QStringLiteral("--uncertain-choice=deployment.mfu")}
                                << QStringLiteral("catalog choice");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = runBinary(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUncertainty)
#include "tst_cli_uncertainty.moc"
