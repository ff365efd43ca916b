// `lectern-bench summary` end to end on tiny libraries: every row of the
// table is there with a number, a library it did not make is left as it was,
// and bad options are refused. No timing is judged here.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBench(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_BENCH_BINARY), arguments);
    if (!process.waitForFinished(540000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The smallest samples that still measure every row once or more.
QStringList smallSamples()
{
    return {QStringLiteral("--lectern"),
            QStringLiteral(LECTERN_BINARY),
            QStringLiteral("--runs"),
            QStringLiteral("1"),
            QStringLiteral("--opens"),
            QStringLiteral("2"),
            QStringLiteral("--search-runs"),
            QStringLiteral("1"),
            QStringLiteral("--samples"),
            QStringLiteral("3"),
            QStringLiteral("--open-rows"),
            QStringLiteral("60"),
            QStringLiteral("--saves"),
            QStringLiteral("2"),
            QStringLiteral("--export-articles"),
            QStringLiteral("2"),
            QStringLiteral("--export-rounds"),
            QStringLiteral("1"),
            QStringLiteral("--import-pages"),
            QStringLiteral("2")};
}

// How each row of the table begins; the issue names every one of them.
const QStringList expectedRows{
    QStringLiteral("Library open:"),
    QStringLiteral("List first paint:"),
    QStringLiteral("… bare Qt window"),
    QStringLiteral("… ratio lectern / bare window"),
    QStringLiteral("… CPU time"),
    QStringLiteral("Search:"),
    QStringLiteral("… raw FTS5 query"),
    QStringLiteral("… ratio search / raw query"),
    QStringLiteral("Related:"),
    QStringLiteral("Open article in the reader:"),
    QStringLiteral("Save:"),
    QStringLiteral("PDF export per article, one file each, 1 thread"),
    QStringLiteral("PDF export per article, one file each, 2 threads"),
    QStringLiteral("Import per page:"),
    QStringLiteral("Peak memory: `lectern` process"),
    QStringLiteral("Peak memory: this benchmark process"),
};

// Checks the one table: each expected row exactly once, its result a number
// (or "p50 / p95"), a unit, and a sample count of at least one.
void verifyTable(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(QStringLiteral("| Measure | Result | Unit | Samples |"));
    QVERIFY2(header >= 0, qPrintable(output));
    QList<QStringList> rows;
    for (qsizetype i = header + 2; i < lines.size() && lines[i].startsWith(QLatin1String("| "));
         ++i) {
        QStringList cells = lines[i].split(QLatin1String(" | "));
        QCOMPARE(cells.size(), 4);
        cells[0].remove(0, 2);
        cells[3].chop(2);
        rows.append(cells);
    }
    QCOMPARE(rows.size(), expectedRows.size());
    static const QRegularExpression number(
        QStringLiteral("^[0-9]+(\\.[0-9]+)?( / [0-9]+(\\.[0-9]+)?)?$"));
    static const QRegularExpression count(QStringLiteral("^[1-9][0-9]*$"));
    for (const QString &expected : expectedRows) {
        const auto matching =
            std::count_if(rows.cbegin(), rows.cend(),
                          [&](const QStringList &row) { return row[0].startsWith(expected); });
        QVERIFY2(matching == 1, qPrintable(expected));
        const QStringList &row =
            *std::find_if(rows.cbegin(), rows.cend(),
                          [&](const QStringList &r) { return r[0].startsWith(expected); });
        QVERIFY2(number.match(row[1]).hasMatch(), qPrintable(row.join(QLatin1String(" | "))));
        QVERIFY2(!row[2].isEmpty(), qPrintable(expected));
        QVERIFY2(count.match(row[3]).hasMatch(), qPrintable(row.join(QLatin1String(" | "))));
    }
    QVERIFY(output.contains(QLatin1String("load average")));
    QVERIFY(output.contains(QLatin1String("Command: `lectern-bench summary")));
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class BenchSummaryTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void generatedLibraryGivesEveryRow()
    {
        const QString out = m_dir.filePath(QStringLiteral("generated"));
        const Run run =
            runBench(QStringList{QStringLiteral("summary"), QStringLiteral("--articles"),
                                 QStringLiteral("200"), QStringLiteral("--out"), out} +
                     smallSamples());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        verifyTable(run.out);
        QVERIFY(run.out.contains(QLatin1String("## Summary: 200 articles")));
        // Not asked to keep it: nothing is left behind.
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList());
    }

    void keptLibraryIsMeasuredWithoutBeingWritten()
    {
        const QString out = m_dir.filePath(QStringLiteral("kept"));
        const Run made = runBench(
            QStringList{QStringLiteral("summary"), QStringLiteral("--articles"),
                        QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("7"),
                        QStringLiteral("--out"), out, QStringLiteral("--keep")} +
            smallSamples());
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QString library = QDir(out).filePath(QStringLiteral("summary-120-seed7.lectern"));
        QVERIFY(QFileInfo::exists(library));
        QVERIFY(made.out.contains(QLatin1String("kept as generated")));

        const QByteArray before = sha256(library);
        QVERIFY(!before.isEmpty());
        const QString scratch = m_dir.filePath(QStringLiteral("scratch"));
        const Run measured =
            runBench(QStringList{QStringLiteral("summary"), QStringLiteral("--library"), library,
                                 QStringLiteral("--out"), scratch} +
                     smallSamples());
        QVERIFY2(measured.exitCode == 0, qPrintable(measured.err));
        verifyTable(measured.out);
        QVERIFY(measured.out.contains(QLatin1String("## Summary: 120 articles")));
        QVERIFY(measured.out.contains(QLatin1String("not written to")));
        // Saving and importing happened on a copy, which is gone; the
        // original has the same bytes and nothing pending in a WAL file.
        QCOMPARE(sha256(library), before);
        // Nor a WAL or shared-memory file left beside it.
        QCOMPARE(QDir(out).entryList(QDir::Files),
                 QStringList{QStringLiteral("summary-120-seed7.lectern")});
        QCOMPARE(QDir(scratch).entryList(QDir::Files), QStringList());
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("neither") << QStringList{} << 2
                                 << QStringLiteral("--articles N or --library");
        QTest::newRow("both") << QStringList{QStringLiteral("--articles"), QStringLiteral("10"),
                                             QStringLiteral("--library"), QStringLiteral("x")}
                              << 2 << QStringLiteral("--articles N or --library");
        QTest::newRow("zero articles")
            << QStringList{QStringLiteral("--articles"), QStringLiteral("0")} << 2
            << QStringLiteral("--articles");
        QTest::newRow("zero runs")
            << QStringList{QStringLiteral("--articles"), QStringLiteral("10"),
                           QStringLiteral("--runs"), QStringLiteral("0")}
            << 2 << QStringLiteral("--runs");
        QTest::newRow("keep without out")
            << QStringList{QStringLiteral("--articles"), QStringLiteral("10"),
                           QStringLiteral("--keep")}
            << 2 << QStringLiteral("--keep");
        QTest::newRow("keep an existing library")
            << QStringList{QStringLiteral("--library"), QStringLiteral("x.lectern"),
                           QStringLiteral("--out"), QStringLiteral("o"), QStringLiteral("--keep")}
            << 2 << QStringLiteral("--keep");
        QTest::newRow("missing library")
            << QStringList{QStringLiteral("--library"), QStringLiteral("/nonexistent/lib.lectern"),
                           QStringLiteral("--lectern"), QStringLiteral(LECTERN_BINARY)}
            << 1 << QStringLiteral("/nonexistent/lib.lectern");
        QTest::newRow("no lectern program")
            << QStringList{QStringLiteral("--articles"), QStringLiteral("10"),
                           QStringLiteral("--lectern"), QStringLiteral("/nonexistent/lectern")}
            << 1 << QStringLiteral("/nonexistent/lectern");
    }

    void badOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runBench(QStringList{QStringLiteral("summary")} + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchSummaryTest)
#include "tst_benchsummary.moc"
