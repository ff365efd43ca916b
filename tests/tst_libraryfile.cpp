// Library files: creating, refusing what is not ours or is damaged or newer
// (without ever writing to it), and upgrading an older library.
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

// Runs SQL on a file through a separate connection, as another program would.
void runSql(const QString &path, const QStringList &statements)
{
    const Status ran = execSqlOnFile(path, statements);
    QVERIFY2(ran, qPrintable(ran.error()));
}

} // namespace

class LibraryFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/my.lectern"));
        QString uuid;
        {
            auto store = LibraryStore::create(path);
            QVERIFY2(store, qPrintable(store.error()));
            uuid = store.value()
                       ->saveArticle(makeArticle(QStringLiteral("Kept"), QStringLiteral("x")))
                       ->uuid;
        }
        auto reopened = LibraryStore::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(reopened.value()->article(uuid)->title, QStringLiteral("Kept"));
        QVERIFY(reopened.value()->upgradeBackupPath().isEmpty()); // nothing to upgrade
        const auto journal = scalar(*reopened.value(), QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(journal->toString(), QStringLiteral("wal"));
        const auto foreignKeys = scalar(*reopened.value(), QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(foreignKeys->toInt(), 1);
    }

    void createNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("existing.lectern"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        const auto store = LibraryStore::create(path);
        QVERIFY(!store);
        QVERIFY(store.error().contains(QStringLiteral("already exists")));
        QCOMPARE(fileBytes(path), QByteArrayLiteral("precious"));
    }

    void missingFileIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nothing.lectern"));
        const auto store = LibraryStore::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().contains(QStringLiteral("nothing.lectern")));
        QVERIFY(!QFileInfo::exists(path)); // open never creates
    }

    void refusesFilesThatAreNotLibraries_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not a Lectern library");
        QTest::newRow("text") << QByteArrayLiteral("Hello, this is a text file\n")
                              << QStringLiteral("not a Lectern library");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n").append(200, 'x')
                             << QStringLiteral("not a Lectern library");
        QTest::newRow("truncated header")
            << QByteArrayLiteral("SQLite format 3") << QStringLiteral("not a Lectern library");
    }

    void refusesFilesThatAreNotLibraries()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.lectern"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const auto store = LibraryStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(expected), qPrintable(store.error()));
        QVERIFY(store.error().contains(QStringLiteral("foreign.lectern")));
        QCOMPARE(fileBytes(path), bytes);
    }

    void refusesAnotherProgramsDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        runSql(path, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
                      QStringLiteral("INSERT INTO notes (text) VALUES ('mine')")});
        const QByteArray before = fileBytes(path);
        const auto store = LibraryStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QStringLiteral("another program")),
                 qPrintable(store.error()));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFileInfo::exists(path + QLatin1String(".v0.bak")));
    }

    void refusesALibraryFromANewerLectern()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.lectern"));
        QVERIFY(LibraryStore::create(path));
        runSql(path, {QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = fileBytes(path);
        const auto store = LibraryStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QStringLiteral("newer version")),
                 qPrintable(store.error()));
        QVERIFY(store.error().contains(QStringLiteral("99")));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesADamagedLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.lectern"));
        {
            auto store = LibraryStore::create(path);
            QVERIFY(store);
            for (int i = 0; i < 50; ++i) {
                QVERIFY(store.value()->saveArticle(makeArticle(QStringLiteral("Article %1").arg(i),
                                                               QString(2000, QLatin1Char('w')))));
            }
        }
        // Scribble over pages in the middle of the file, as a failing disk would.
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        for (int i = 3 * 4096; i < 6 * 4096; ++i)
            bytes[i] = char((i * 7919) & 0xFF);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();

        const auto store = LibraryStore::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().contains(QStringLiteral("damaged")), qPrintable(store.error()));
        QCOMPARE(fileBytes(path), bytes);
    }

    void upgradesAnOlderLibraryAfterKeepingACopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1.lectern"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = fileBytes(path);

        auto store = LibraryStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        LibraryStore &library = *store.value();
        QCOMPARE(scalar(library, QStringLiteral("PRAGMA user_version"))->toInt(),
                 LibraryStore::schemaVersion());
        QVERIFY(LibraryStore::schemaVersion() >= 2);

        // The copy is the file as it was, and opens as a version-1 library.
        const QString backup = library.upgradeBackupPath();
        QVERIFY2(backup.startsWith(backupFolderOf(path) + QLatin1String("/old-")),
                 qPrintable(backup));
        QVERIFY(backup.endsWith(QLatin1String("-upgrade.lectern")));
        const QList<BackupInfo> backups = LibraryBackups::list(path, true);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().path, backup);
        QCOMPARE(backups.first().reason, BackupReason::Upgrade);
        QCOMPARE(backups.first().schemaVersion, 1);
        QCOMPARE(backups.first().articles, 2);
        QVERIFY(QFileInfo::exists(backup));
        QVERIFY(fileBytes(backup).size() > 0);
        {
            const auto version = sqlRowsOnFile(backup, QStringLiteral("PRAGMA user_version"));
            QVERIFY(version && version->size() == 1);
            QCOMPARE(version->first().first().toInt(), 1);
            const auto count =
                sqlRowsOnFile(backup, QStringLiteral("SELECT count(*) FROM articles"));
            QVERIFY(count && count->size() == 1);
            QCOMPARE(count->first().first().toInt(), 3);
        }
        QVERIFY(original.size() > 0);

        // The old articles are all there, and now searchable (live ones only).
        QCOMPARE(library.articleCount().value(), 2);
        QCOMPARE(hitTitles(library.search(QStringLiteral("pomegranate"))),
                 QStringList{QStringLiteral("Pomegranate seeds")});
        QCOMPARE(hitTitles(library.search(QStringLiteral("西安"))),
                 QStringList{QStringLiteral("西安峰会")});
        QCOMPARE(hitTitles(library.search(QStringLiteral("tag:summit"))),
                 QStringList{QStringLiteral("Pomegranate seeds")});
        QCOMPARE(library.article(QStringLiteral("11111111-1111-1111-1111-111111111111"))->tags,
                 QStringList{QStringLiteral("summit")});
        // The restored trashed article enters the index too.
        QVERIFY(library.restoreArticle(QStringLiteral("33333333-3333-3333-3333-333333333333")));
        QCOMPARE(hitTitles(library.search(QStringLiteral("pomegranate"))).size(), 2);
    }

    // A process killed in the middle of an old library's upgrade leaves a hot
    // rollback journal, which a read-only look cannot roll back ("cannot be
    // read: no permission" was said). The next open rolls it back and upgrades.
    void anUpgradeKilledHalfwayOpensAndUpgrades()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1-killed.lectern"), path));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1-killed.lectern-journal"),
                            path + QLatin1String("-journal")));
        for (const QString &file : QStringList{path, path + QLatin1String("-journal")})
            QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto store = LibraryStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 LibraryStore::schemaVersion());
        QCOMPARE(store.value()->articleCount().value(), 2);
        QVERIFY(store.value()->check().value().intact);
    }

    void upgradeOpensOnceThenIsCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1.lectern"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(LibraryStore::open(path));
        const auto again = LibraryStore::open(path);
        QVERIFY(again);
        QVERIFY(again.value()->upgradeBackupPath().isEmpty());
        QCOMPARE(LibraryBackups::list(path).size(), 1);
    }
};

QTEST_MAIN(LibraryFileTest)
#include "tst_libraryfile.moc"
