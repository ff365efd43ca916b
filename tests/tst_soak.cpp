// One minute of lectern-bench soak: a long-lived writer and command-line
// programs on one library, killed at random; no acknowledged save lost and
// the library intact after every kill. (30 minutes: docs/benchmarks.md.)
#include "processsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lectern::test;

class SoakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneMinuteOfKillsLosesNothing()
    {
        QTemporaryDir dir;
        const LecternRun run =
            runProgram(QStringLiteral(LECTERN_BENCH_BINARY),
                       {QStringLiteral("soak"), QStringLiteral("--minutes"), QStringLiteral("1"),
                        QStringLiteral("--out"), dir.path(), QStringLiteral("--lectern"),
                        QStringLiteral(LECTERN_BINARY)},
                       lecternEnvironment(dir.path()), 600000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(QStringLiteral("- failures: 0")), qPrintable(run.out));
        const auto number = [&](const QString &label) {
            const QRegularExpression pattern(QStringLiteral("- %1: (\\d+)").arg(label));
            return pattern.match(run.out).captured(1).toInt();
        };
        QVERIFY2(number(QStringLiteral("kills")) > 5, qPrintable(run.out));
        QVERIFY2(number(QStringLiteral("saves acknowledged")) > 50, qPrintable(run.out));
        QCOMPARE(number(QStringLiteral("saves missing")), 0);
        QVERIFY(run.out.contains(QStringLiteral("| writer |")));
    }
};

QTEST_GUILESS_MAIN(SoakTest)
#include "tst_soak.moc"
