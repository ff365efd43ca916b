// The import, exchange-export and merge commands, end to end through the
// real binary.
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runLectern(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

const QString fixtures = QStringLiteral(LECTERN_FIXTURES "/import");

} // namespace

class ImportCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importFolderThenAgain()
    {
        const QString library = m_dir.filePath(QStringLiteral("a.lectern"));
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("init")}).code,
                 0);

        const Run first =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("import"), fixtures,
                        QStringLiteral("--json")});
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject summary = first.json();
        const int pages = QDir(fixtures)
                              .entryList({QStringLiteral("*.html"), QStringLiteral("*.md"),
                                          QStringLiteral("*.txt")},
                                         QDir::Files)
                              .size() +
                          1;
        QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), pages);
        QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(summary.value(QStringLiteral("remoteImagesNotDownloaded")).toInt() >= 1);

        const Run list = runLectern({QStringLiteral("--library"), library, QStringLiteral("list")});
        QVERIFY(list.out.contains("Ambassador Zhang Xiao gave an interview"));
        QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("中国与乌克兰大学合作")));

        const Run again =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("import"), fixtures,
                        QStringLiteral("--json")});
        QCOMPARE(again.code, 0);
        QCOMPARE(again.json().value(QStringLiteral("skipped")).toInt(), pages);
        QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);

        const Run update =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("import"),
                        fixtures + QStringLiteral("/plain.txt"), QStringLiteral("--update")});
        QCOMPARE(update.code, 0);
        // The page did not change: counted unchanged, nothing written (issue 13).
        QVERIFY(update.out.contains("unchanged\t"));
        QVERIFY(update.out.contains("Imported 0, updated 0, unchanged 1, skipped 0, failed 0."));
    }

    void importReportsFailuresAndGoesOn()
    {
        const QString library = m_dir.filePath(QStringLiteral("b.lectern"));
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("init")}).code,
                 0);
        const Run run = runLectern({QStringLiteral("--library"), library, QStringLiteral("import"),
                                    m_dir.filePath(QStringLiteral("missing.html")),
                                    fixtures + QStringLiteral("/plain.txt")});
        QCOMPARE(run.code, 1);
        // The failure is an error: standard error; the result stays on standard output.
        QVERIFY(run.err.contains("failed\t"));
        QVERIFY(run.err.contains("There is no such file or folder."));
        QVERIFY(!run.out.contains("failed\t"));
        QVERIFY(!run.out.contains("There is no such file or folder."));
        QVERIFY(run.out.contains("imported\t"));
        QVERIFY(run.out.contains("Imported 1, updated 0, unchanged 0, skipped 0, failed 1."));
    }

    void importUsageErrors()
    {
        const QString library = m_dir.filePath(QStringLiteral("c.lectern"));
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("import")}).code,
                 2);
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("import"),
                             fixtures, QStringLiteral("--format"), QStringLiteral("pdf")})
                     .code,
                 2);
        QCOMPARE(
            runLectern({QStringLiteral("--library"), library, QStringLiteral("import"), fixtures,
                        QStringLiteral("--update"), QStringLiteral("--skip-existing")})
                .code,
            2);
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("merge")}).code,
                 2);
        QCOMPARE(runLectern({QStringLiteral("--library"), library, QStringLiteral("merge"),
                             QStringLiteral("x.lectern"), QStringLiteral("--mine"),
                             QStringLiteral("--theirs")})
                     .code,
                 2);
        QCOMPARE(runLectern({QStringLiteral("--library"), library,
                             QStringLiteral("exchange-export"), QStringLiteral("--all")})
                     .code,
                 2);
    }

    void exportAndMergeBetweenTwoLibraries()
    {
        const QString mine = m_dir.filePath(QStringLiteral("mine.lectern"));
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.lectern"));
        const QString file = m_dir.filePath(QStringLiteral("exchange.lectern"));
        QCOMPARE(runLectern({QStringLiteral("--library"), mine, QStringLiteral("init")}).code, 0);
        QCOMPARE(runLectern({QStringLiteral("--library"), theirs, QStringLiteral("init")}).code, 0);
        QCOMPARE(runLectern({QStringLiteral("--library"), theirs, QStringLiteral("import"),
                             fixtures + QStringLiteral("/union-article.html"),
                             fixtures + QStringLiteral("/front-matter.md")})
                     .code,
                 0);
        const Run exported = runLectern({QStringLiteral("--library"), theirs,
                                         QStringLiteral("exchange-export"), QStringLiteral("--all"),
                                         QStringLiteral("--out"), file, QStringLiteral("--json")});
        QVERIFY2(exported.code == 0, exported.err.constData());
        QCOMPARE(exported.json().value(QStringLiteral("articles")).toInt(), 2);
        QCOMPARE(exported.json().value(QStringLiteral("media")).toInt(), 1);

        const Run merged = runLectern({QStringLiteral("--library"), mine, QStringLiteral("merge"),
                                       file, QStringLiteral("--json")});
        QVERIFY2(merged.code == 0, merged.err.constData());
        QCOMPARE(merged.json().value(QStringLiteral("added")).toArray().size(), 2);
        QVERIFY(merged.json().value(QStringLiteral("conflicts")).toArray().isEmpty());
        QCOMPARE(merged.json().value(QStringLiteral("mediaAdded")).toInt(), 1);

        const Run again =
            runLectern({QStringLiteral("--library"), mine, QStringLiteral("merge"), file});
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains("Added 0, taken 0, kept 0, unchanged 2, conflicts 0."));

        // The file is never overwritten.
        QCOMPARE(runLectern({QStringLiteral("--library"), theirs, QStringLiteral("exchange-export"),
                             QStringLiteral("--all"), QStringLiteral("--out"), file})
                     .code,
                 1);
    }
};

QTEST_MAIN(ImportCliTest)
#include "tst_importcli.moc"
