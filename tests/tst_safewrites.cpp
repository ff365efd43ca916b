// Files Lectern writes never damage a library: an export aimed at the open
// library (by any name) is refused, a killed exchange export leaves no file,
// a failed batch replaces nothing, and a full or read-only disk is told in
// words, with the library unchanged. Disks are made full or read-only for
// real, in a mount namespace of the test's own (unshare).
#include "processsupport.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

using namespace lectern;
using namespace lectern::test;

namespace {

// Runs a shell script in a user and mount namespace of its own, where it may
// mount file systems; $LECTERN is the binary.
LecternRun inNamespace(const QString &script)
{
    QProcessEnvironment environment = lecternEnvironment();
    environment.insert(QStringLiteral("LECTERN"), QStringLiteral(LECTERN_BINARY));
    return runProgram(QStringLiteral("unshare"),
                      {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                       QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("set -e\n") + script},
                      environment);
}

QString libraryWithArticles(const QTemporaryDir &dir, const QString &name, int count)
{
    const QString path = dir.filePath(name);
    auto store = LibraryStore::create(path);
    if (!store)
        return {};
    for (int i = 0; i < count; ++i) {
        (void)store.value()->saveArticle(
            makeArticle(QStringLiteral("Article %1").arg(i), QStringLiteral("Body %1").arg(i)));
    }
    return path;
}

int articleCount(const QString &path)
{
    auto store = LibraryStore::open(path);
    return store ? store.value()->articleCount().value() : -1;
}

QString quoted(const QString &path)
{
    QString text = path;
    text.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

class SafeWritesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // These tests need a mount namespace; CI machines have one.
        const LecternRun probe = inNamespace(QStringLiteral("mount -t tmpfs tmpfs /mnt"));
        QVERIFY2(probe.exitCode == 0,
                 qPrintable(QStringLiteral("unshare cannot mount: ") + probe.err));
    }

    // `export --out L --force` on L itself (or a link to it) replaced the library.
    void anExportNeverReplacesTheLibrary_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("the library") << QStringLiteral("lib.lectern");
        QTest::newRow("a symbolic link") << QStringLiteral("symlink.lectern");
        QTest::newRow("a hard link") << QStringLiteral("hardlink.lectern");
        QTest::newRow("its log") << QStringLiteral("lib.lectern-wal");
        QTest::newRow("another library") << QStringLiteral("other.lectern");
    }

    void anExportNeverReplacesTheLibrary()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString library = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 3);
        libraryWithArticles(dir, QStringLiteral("other.lectern"), 1);
        QVERIFY(QFile::link(library, dir.filePath(QStringLiteral("symlink.lectern"))));
        QCOMPARE(
            ::link(QFile::encodeName(library).constData(),
                   QFile::encodeName(dir.filePath(QStringLiteral("hardlink.lectern"))).constData()),
            0);
        const QString target = dir.filePath(name);
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("pdf")}) {
            const LecternRun run =
                runLectern({QStringLiteral("--library"), library, QStringLiteral("export"),
                            QStringLiteral("--format"), format, QStringLiteral("--all"),
                            QStringLiteral("--one-file"), QStringLiteral("--out"), target,
                            QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("never")), qPrintable(run.err));
        }
        QCOMPARE(articleCount(library), 3);
        QCOMPARE(articleCount(dir.filePath(QStringLiteral("other.lectern"))), 1);
        QCOMPARE(articleCount(dir.filePath(QStringLiteral("symlink.lectern"))), 3);
    }

    // A killed exchange export left a valid, empty library that later merged
    // as "Added 0".
    void aKilledExchangeExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString library = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 5);
        const QString target = dir.filePath(QStringLiteral("for-olena.lectern"));
        QProcessEnvironment environment = lecternEnvironment();
        environment.insert(QStringLiteral("LECTERN_TEST_KILL_EXCHANGE_AFTER"), QStringLiteral("3"));
        const LecternRun killed =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("exchange-export"),
                        QStringLiteral("--all"), QStringLiteral("--out"), target},
                       environment);
        QCOMPARE(killed.exitCode, -1);
        QVERIFY(!QFileInfo::exists(target));
        const LecternRun merge =
            runLectern({QStringLiteral("--library"), library, QStringLiteral("merge"), target});
        QCOMPARE(merge.exitCode, 1);

        // Done again, it is complete; and --force replaces the earlier file.
        const QStringList exportAll{QStringLiteral("--library"),       library,
                                    QStringLiteral("exchange-export"), QStringLiteral("--all"),
                                    QStringLiteral("--out"),           target};
        QCOMPARE(runLectern(exportAll).exitCode, 0);
        QCOMPARE(articleCount(target), 5);
        QCOMPARE(runLectern(exportAll).exitCode, 1); // exists
        QCOMPARE(runLectern(exportAll + QStringList{QStringLiteral("--force")}).exitCode, 0);
        QCOMPARE(articleCount(target), 5);
    }

    // The exchange file another program has open is not replaced under it.
    void anExchangeExportDoesNotReplaceALibraryInUse()
    {
        QTemporaryDir dir;
        const QString library = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 2);
        const QString other = libraryWithArticles(dir, QStringLiteral("other.lectern"), 1);
        auto inUse = LibraryStore::open(other); // this process is the other program
        QVERIFY(inUse);
        const LecternRun run = runLectern(
            {QStringLiteral("--library"), library, QStringLiteral("exchange-export"),
             QStringLiteral("--all"), QStringLiteral("--out"), other, QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("open")), qPrintable(run.err));
        QCOMPARE(inUse.value()->articleCount().value(), 1);
    }

    // "Cannot write …: Unknown error" on a full disk.
    void aFullDiskIsSaidInWordsAndReplacesNothing()
    {
        QTemporaryDir dir;
        const QString library = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 2);
        const QString out = dir.filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(out));
        const LecternRun run = inNamespace(
            QStringLiteral("mount -t tmpfs -o size=64k tmpfs %1\n"
                           "echo previous > %1/all.md\n"
                           "dd if=/dev/zero of=%1/filler bs=4k 2>/dev/null || true\n"
                           "if \"$LECTERN\" --library %2 export --format pdf --all --one-file "
                           "--out %1/all.md --force; then exit 3; fi\n"
                           "cat %1/all.md\n"
                           "ls -A %1\n")
                .arg(quoted(out), quoted(library)));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("disk is full")), qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("previous\n")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QStringLiteral("partial")), qPrintable(run.out));
        QCOMPARE(articleCount(library), 2);
    }
};

QTEST_MAIN(SafeWritesTest)
#include "tst_safewrites.moc"
