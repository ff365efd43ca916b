// Automatic backups, restoring one and checking a library, through the store
// and through `lectern backups`, `lectern restore` and `lectern check`.
#include "processsupport.h"
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

QString libraryWithArticles(const QTemporaryDir &dir, const QString &name, int count,
                            int bodyLetters = 20)
{
    const QString path = dir.filePath(name);
    auto store = LibraryStore::create(path);
    if (!store)
        return {};
    for (int i = 0; i < count; ++i) {
        (void)store.value()->saveArticle(makeArticle(QStringLiteral("Article %1").arg(i),
                                                     QString(bodyLetters, QLatin1Char('w'))));
    }
    return path;
}

int articleCount(const QString &path)
{
    auto store = LibraryStore::open(path);
    return store ? store.value()->articleCount().value() : -1;
}

} // namespace

class BackupsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Sized to the library and the free space, not a fixed 7 copies: the
    // copies may take a fifth of what is free (with what they hold already).
    void howManyCopiesAreKept()
    {
        constexpr qint64 gb = 1024LL * 1024 * 1024;
        QCOMPARE(LibraryBackups::copiesToKeep(10 * 1024 * 1024, 100 * gb, 0),
                 LibraryBackups::maxKept);
        // 3.3 GB with 40 GB free: two copies, not seven (23 GB).
        QCOMPARE(LibraryBackups::copiesToKeep(qint64(3.3 * gb), 40 * gb, 0), 2);
        // Short of room: the newest one only.
        QCOMPARE(LibraryBackups::copiesToKeep(qint64(3.3 * gb), 5 * gb, 0), 1);
        // A copy needs its own size and a reserve beside it.
        QVERIFY(LibraryBackups::reserveFor(qint64(3.3 * gb)) > qint64(0.3 * gb));
    }

    // Each backup is a checked copy holding the articles, listed newest
    // first with its reason and count; older ones beyond the limit go.
    void backupsAreCheckedCopiesAndRoll()
    {
        QTemporaryDir dir;
        const QString path = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 3);
        auto store = LibraryStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QStringList made;
        for (int i = 0; i < LibraryBackups::maxKept + 2; ++i) {
            const Result<QString> backup = store.value()->backUp(BackupReason::Daily);
            QVERIFY2(backup, qPrintable(backup.error()));
            made.append(backup.value());
        }
        const QList<BackupInfo> backups = LibraryBackups::list(path, true);
        QCOMPARE(backups.size(), LibraryBackups::maxKept);
        QCOMPARE(backups.first().path, made.last());
        QCOMPARE(backups.first().articles, 3);
        QCOMPARE(backups.first().reason, BackupReason::Daily);
        QVERIFY(backups.first().problem.isEmpty());
        QVERIFY(!QFileInfo::exists(made.first()));
        QVERIFY(LibraryBackups::madeToday(path));
        // Nothing half-written is left in the folder.
        QCOMPARE(QDir(backupFolderOf(path))
                     .entryList({QStringLiteral(".partial-*")}, QDir::Files | QDir::Hidden)
                     .size(),
                 0);
    }

    void theCommandLineListsRestoresAndKeepsTheLibraryAsItWas()
    {
        QTemporaryDir dir;
        const QString path = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 2);
        {
            auto store = LibraryStore::open(path);
            QVERIFY(store);
            QVERIFY(store.value()->backUp(BackupReason::Daily));
            QVERIFY(store.value()->saveArticle(makeArticle(QStringLiteral("Later"), {})));
        }
        QCOMPARE(articleCount(path), 3);

        LecternRun run = runLectern({QStringLiteral("--library"), path, QStringLiteral("backups"),
                                     QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray listed = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value(QStringLiteral("articles")).toInt(), 2);

        run = runLectern(
            {QStringLiteral("--library"), path, QStringLiteral("restore"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(articleCount(path), 2);
        // The library as it was (3 articles) is a backup now, and can come back.
        const QList<BackupInfo> after = LibraryBackups::list(path, true);
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.first().reason, BackupReason::Restore);
        QCOMPARE(after.first().articles, 3);
        QVERIFY(LibraryStore::open(path).value()->check().value().intact);
    }

    // Never a file copy over a live library: while another program has it
    // open, a restore is refused in words and the library is untouched.
    void aRestoreIsRefusedWhileTheLibraryIsInUse()
    {
        QTemporaryDir dir;
        const QString path = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 2);
        auto store = LibraryStore::open(path);
        QVERIFY(store);
        QVERIFY(store.value()->backUp(BackupReason::Daily));
        QVERIFY(store.value()->saveArticle(makeArticle(QStringLiteral("Kept"), {})));

        const LecternRun run =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("--wait"),
                        QStringLiteral("0"), QStringLiteral("restore"), QStringLiteral("1")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("open")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        QCOMPARE(store.value()->articleCount().value(), 3);
        QCOMPARE(LibraryBackups::list(path).size(), 1);
    }

    void restoringSomethingThatIsNotABackupIsRefused()
    {
        QTemporaryDir dir;
        const QString path = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 2);
        const QString notes = dir.filePath(QStringLiteral("notes.lectern"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        LecternRun run =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("restore"), notes});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("not a Lectern library")), qPrintable(run.err));
        run = runLectern(
            {QStringLiteral("--library"), path, QStringLiteral("restore"), QStringLiteral("7")});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(!run.err.isEmpty(), "no words for a backup number that is not there");
        QCOMPARE(articleCount(path), 2);
        QCOMPARE(fileBytes(notes), QByteArrayLiteral("just some notes\n"));
    }

    void checkSaysInWordsWhatIsWrong()
    {
        QTemporaryDir dir;
        const QString path = libraryWithArticles(dir, QStringLiteral("lib.lectern"), 50, 2000);
        LecternRun run = runLectern({QStringLiteral("--library"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("is intact")), qPrintable(run.out));

        // Scribble over pages in the middle of the file, as a failing disk would.
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        for (int i = 3 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char((i * 7919) & 0xFF);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        run = runLectern({QStringLiteral("--library"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("malformed")),
                 "SQLite's own words reached the user");
        QCOMPARE(fileBytes(path), bytes);
    }
};

QTEST_MAIN(BackupsTest)
#include "tst_backups.moc"
