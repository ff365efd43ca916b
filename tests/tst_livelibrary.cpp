// A library that other connections, threads and programs use at the same
// time: nothing outside SQLite touches the open file, workers get their
// connections from the store, and another program opening and closing the
// library never takes its log away.
#include "processsupport.h"
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"
#include "storage/sqliteconnection.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace lectern;
using namespace lectern::test;

namespace {

QStringList warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg)
        warnings.append(message);
}

QString integrity(const QString &path)
{
    const auto store = LibraryStore::open(path);
    if (!store)
        return store.error();
    return scalar(*store.value(), QStringLiteral("PRAGMA integrity_check"))->toString();
}

} // namespace

class LiveLibraryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The defect behind "database disk image is malformed": a second store
    // on the file (what the import dialog and the background search did)
    // read its header with QFile, and closing that descriptor dropped the
    // window's locks; the next program to open and close the library then
    // thought itself the last user and deleted the log under the window.
    void anotherProgramNeverDeletesTheLogOfAnOpenLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.lectern"));
        QVERIFY(LibraryStore::create(path));
        auto window = LibraryStore::open(path);
        QVERIFY2(window, qPrintable(window.error()));
        LibraryStore &store = *window.value();
        {
            // Two more stores in this process on the same file, one opened
            // by path and one by the store, both closed again.
            auto again = LibraryStore::open(path);
            QVERIFY2(again, qPrintable(again.error()));
            auto worker = store.openWorkerConnection();
            QVERIFY2(worker, qPrintable(worker.error()));
            QVERIFY(worker.value()->articleCount());
        }
        const auto first =
            store.saveArticle(makeArticle(QStringLiteral("Before"), QStringLiteral("a")));
        QVERIFY(first);
        QVERIFY(QFileInfo::exists(path + QLatin1String("-wal")));

        // Another program opens the library and closes it.
        const LecternRun list =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains(QStringLiteral("Before")), qPrintable(list.out));
        QVERIFY2(QFileInfo::exists(path + QLatin1String("-wal")),
                 "the log of a library still open here was deleted by another program");

        const auto second =
            store.saveArticle(makeArticle(QStringLiteral("After"), QStringLiteral("b")));
        QVERIFY(second);
        const LecternRun again =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("list")});
        QVERIFY2(again.out.contains(QStringLiteral("After")), qPrintable(again.out));
        window.value().reset();

        QCOMPARE(integrity(path), QStringLiteral("ok"));
        auto reopened = LibraryStore::open(path);
        QVERIFY(reopened);
        QVERIFY(reopened.value()->article(first->uuid));
        QVERIFY(reopened.value()->article(second->uuid));
    }

    void workersGetTheirConnectionFromTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workers.lectern"));
        auto created = LibraryStore::create(path);
        QVERIFY(created);
        LibraryStore &store = *created.value();
        QVERIFY(
            store.saveArticle(makeArticle(QStringLiteral("Pomegranate"), QStringLiteral("seeds"))));
        int found = -1;
        QThread *thread = QThread::create([&] {
            auto worker = store.openWorkerConnection();
            if (worker)
                found = int(hitTitles(worker.value()->search(QStringLiteral("seeds"))).size());
        });
        thread->start();
        thread->wait();
        delete thread;
        QCOMPARE(found, 1);

        const auto memory = memoryStore()->openWorkerConnection();
        QVERIFY(!memory);
        QCOMPARE(memory.errorKind(), ErrorKind::InvalidInput);
    }

    // Every name of an open library file, its log and its backups is known,
    // so nothing writes, replaces or reads one outside SQLite.
    void everyNameOfAnOpenLibraryIsKnown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("named.lectern"));
        const QString link = dir.filePath(QStringLiteral("link.lectern"));
        const QString hardLink = dir.filePath(QStringLiteral("hard.lectern"));
        {
            auto store = LibraryStore::create(path);
            QVERIFY(store);
            QVERIFY(QFile::link(path, link));
            QCOMPARE(::link(QFile::encodeName(path).constData(),
                            QFile::encodeName(hardLink).constData()),
                     0);
            QVERIFY(LiveLibraries::touches(path));
            QVERIFY(LiveLibraries::touches(link));
            QVERIFY(LiveLibraries::touches(hardLink));
            QVERIFY(LiveLibraries::touches(dir.filePath(QStringLiteral("sub/../named.lectern"))));
            QVERIFY(LiveLibraries::touches(path + QLatin1String("-wal")));
            QVERIFY(LiveLibraries::touches(path + QLatin1String("-shm")));
            QVERIFY(LiveLibraries::touches(path + QLatin1String("-journal")));
            QVERIFY(LiveLibraries::touches(path + QLatin1String(".backups/x.lectern")));
            QVERIFY(!LiveLibraries::touches(dir.filePath(QStringLiteral("other.md"))));
            QCOMPARE(LiveLibraries::refuseIfLive(link).errorKind(), ErrorKind::InUse);
            QVERIFY(LiveLibraries::refuseIfLive(dir.filePath(QStringLiteral("other.md"))));
        }
        QVERIFY(!LiveLibraries::touches(path));
        QVERIFY(!LiveLibraries::touches(hardLink));
    }

    // An acknowledged save is on the disk when it returns, power cut included.
    void savesAreDurable()
    {
        QTemporaryDir dir;
        auto store = LibraryStore::create(dir.filePath(QStringLiteral("durable.lectern")));
        QVERIFY(store);
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
    }

    // Four programs opening an old library at once: three said "could not
    // upgrade… left at format 1" although it was upgraded, and 3–4 copies
    // appeared. One upgrades; the others wait and open the result.
    void programsOpeningAnOldLibraryTogetherUpgradeItOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1.lectern"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        std::vector<std::unique_ptr<QProcess>> programs;
        for (int i = 0; i < 4; ++i) {
            programs.push_back(std::make_unique<QProcess>());
            programs.back()->setProcessEnvironment(lecternEnvironment());
            programs.back()->start(QStringLiteral(LECTERN_BINARY),
                                   {QStringLiteral("--library"), path, QStringLiteral("list")});
        }
        for (const auto &program : programs) {
            QVERIFY(program->waitForFinished(120000));
            const QString err = QString::fromUtf8(program->readAllStandardError());
            QVERIFY2(program->exitCode() == 0, qPrintable(err));
            QVERIFY2(QString::fromUtf8(program->readAllStandardOutput())
                         .contains(QStringLiteral("Pomegranate")),
                     qPrintable(err));
        }
        QCOMPARE(LibraryBackups::list(path).size(), 1);
        auto store = LibraryStore::open(path);
        QVERIFY(store);
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA user_version"))->toInt(),
                 LibraryStore::schemaVersion());
        QCOMPARE(scalar(*store.value(), QStringLiteral("PRAGMA integrity_check"))->toString(),
                 QStringLiteral("ok"));
    }

    // An upgrade waits for the programs that have the library open, and
    // never runs under them.
    void anUpgradeWaitsForOtherPrograms()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1.lectern"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        SqliteConnection other; // an older Lectern, say, reading the library
        QVERIFY(other.open(path, SqliteConnection::Mode::ReadWrite));
        QVERIFY(other.exec("PRAGMA journal_mode = WAL"));
        QVERIFY(other.integer("SELECT count(*) FROM articles"));
        QProcessEnvironment environment = lecternEnvironment();
        const LecternRun run =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("--wait"),
                        QStringLiteral("1"), QStringLiteral("list")},
                       environment);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("has the library"), Qt::CaseInsensitive),
                 qPrintable(run.err));
        QCOMPARE(other.integer("PRAGMA user_version").value(), 1);
        other.close();
        QCOMPARE(runLectern({QStringLiteral("--library"), path, QStringLiteral("list")}).exitCode,
                 0);
    }

    // NFS, SMB…: WAL and locks are not safe between computers. The library
    // opens read-only and says why, before anything is written.
    void aLibraryOnANetworkDriveOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("net.lectern"));
        QVERIFY(LibraryStore::create(path));
        qputenv("LECTERN_TEST_NETWORK_FILESYSTEM", "nfs");
        auto store = LibraryStore::open(path);
        qunsetenv("LECTERN_TEST_NETWORK_FILESYSTEM");
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY(store.value()->isReadOnly());
        QCOMPARE(store.value()->readOnlyKind(), ReadOnlyReason::NetworkFileSystem);
        QVERIFY2(store.value()->readOnlyReason().contains(QStringLiteral("network")),
                 qPrintable(store.value()->readOnlyReason()));
        const auto saved =
            store.value()->saveArticle(makeArticle(QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!saved);
        QCOMPARE(saved.errorKind(), ErrorKind::ReadOnly);
        LibraryOpenOptions allowed;
        allowed.allowNetworkFileSystem = true;
        qputenv("LECTERN_TEST_NETWORK_FILESYSTEM", "nfs");
        auto writable = LibraryStore::open(path, allowed);
        qunsetenv("LECTERN_TEST_NETWORK_FILESYSTEM");
        QVERIFY(writable);
        QVERIFY(!writable.value()->isReadOnly());
    }

    // Error paths printed Qt's "connection … is still in use" on stderr.
    void failuresPrintNothing()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("foreign.lectern"));
        {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        const QString newer = dir.filePath(QStringLiteral("newer.lectern"));
        {
            auto store = LibraryStore::create(newer);
            QVERIFY(execSql(*store.value(), QStringLiteral("PRAGMA user_version = 99")));
        }
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        QVERIFY(!LibraryStore::open(dir.filePath(QStringLiteral("missing.lectern"))));
        QVERIFY(!LibraryStore::open(foreign));
        QVERIFY(!LibraryStore::open(newer));
        QVERIFY(!LibraryStore::open(dir.path()));
        QVERIFY(!LibraryStore::create(newer));
        QVERIFY(!memoryStore()->openWorkerConnection());
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        const LecternRun run =
            runLectern({QStringLiteral("--library"), foreign, QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.contains(QStringLiteral("still in use")), qPrintable(run.err));
        // The one message, nothing else of Lectern's.
        QCOMPARE(run.err.count(QStringLiteral("lectern: ")), 1);
    }

    void aPipeIsNoLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pipe.lectern"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const auto store = LibraryStore::open(path); // must not block
        QVERIFY(!store);
        QCOMPARE(store.errorKind(), ErrorKind::ForeignFile);
        QVERIFY2(store.error().contains(QStringLiteral("pipe")), qPrintable(store.error()));
        const LecternRun run =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_MAIN(LiveLibraryTest)
#include "tst_livelibrary.moc"
