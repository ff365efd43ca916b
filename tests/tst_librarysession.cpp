// The window's library: read-only libraries say why editing is off, the
// daily backup, File › Restore from Backup… (closing the library, restoring
// it through SQLite and opening it again) and File › Check Library.
#include "backupscheduler.h"
#include "dialoganswer.h"
#include "editing/editingcontroller.h"
#include "librarysession.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "restoredialog.h"
#include "storage/librarybackups.h"
#include "testsupport.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

QString makeLibrary(const QTemporaryDir &dir, const QStringList &titles)
{
    const QString path = dir.filePath(QStringLiteral("session.lectern"));
    auto store = LibraryStore::create(path);
    for (const QString &title : titles)
        (void)store.value()->saveArticle(makeArticle(title, QStringLiteral("text")));
    return path;
}

QStringList titlesIn(const LibraryStore &store)
{
    QStringList titles;
    for (const ArticleSummary &row : store.articles().value())
        titles.append(row.title);
    titles.sort();
    return titles;
}

} // namespace

class LibrarySessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aTeamLibraryIsRefusedInWordsNotTakenForAFile()
    {
        // Not a file named "postgresql:" in the current folder to be created.
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        LibrarySession session;
        const Status started =
            session.start(QStringLiteral("postgresql://olena:s3cret@db.cueu.org/union"));
        QDir::setCurrent(before);
        QVERIFY(!started);
        QCOMPARE(started.errorKind(), ErrorKind::CannotOpen);
        QVERIFY2(started.error().contains(QLatin1String("team library")),
                 qPrintable(started.error()));
        QVERIFY2(started.error().contains(QLatin1String("postgresql://olena@db.cueu.org")),
                 qPrintable(started.error()));
        QVERIFY(!started.error().contains(QLatin1String("s3cret")));
        QVERIFY(QDir(dir.path()).isEmpty());
        QVERIFY(!session.window());
    }

    void aReadOnlyLibrarySaysWhyEditingIsOff()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir, {QStringLiteral("One")});
        LibrarySession session;
        LibraryOpenOptions options;
        options.readOnly = true;
        QVERIFY(session.open(path, options));
        MainWindow *window = session.window();
        QVERIFY(window->notice()->isVisibleTo(window));
        QVERIFY2(window->notice()->text().contains(QStringLiteral("only be read")),
                 qPrintable(window->notice()->text()));
        QVERIFY(!window->editing()->editAction()->isEnabled() ||
                !window->editing()->editAction()->isVisible());
        // The Preferences' read-only switch cannot turn editing back on.
        window->setReadOnlyMode(false);
        QVERIFY(!window->editing()->editAction()->isEnabled() ||
                !window->editing()->editAction()->isVisible());
    }

    void aLibraryOnANetworkDriveCanBeAllowedEditing()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir, {QStringLiteral("One")});
        qputenv("LECTERN_TEST_NETWORK_FILESYSTEM", "nfs");
        LibrarySession session;
        QVERIFY(session.open(path));
        QVERIFY(session.store()->isReadOnly());
        QPushButton *allow = session.window()->notice()->actionButton();
        QVERIFY(allow->isVisibleTo(session.window()));
        const auto answer = answerNextMessageBox(QMessageBox::AcceptRole);
        allow->click();
        QTRY_VERIFY(answer->asked);
        QTRY_VERIFY(!session.store()->isReadOnly()); // reopened, writable
        QVERIFY(!session.window()->notice()->isVisibleTo(session.window()));
        qunsetenv("LECTERN_TEST_NETWORK_FILESYSTEM");
    }

    void theDaysFirstBackupIsMadeAfterTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir, {QStringLiteral("One"), QStringLiteral("Two")});
        QVERIFY(LibraryBackups::list(path).isEmpty());
        LibrarySession session;
        QVERIFY(session.open(path));
        QSignalSpy made(session.backups(), &BackupScheduler::finished);
        session.backups()->start(); // the timer would, a few seconds later
        QTRY_COMPARE_WITH_TIMEOUT(made.size(), 1, 30000);
        QVERIFY2(made.first().at(1).toString().isEmpty(),
                 qPrintable(made.first().at(1).toString()));
        const QList<BackupInfo> backups = LibraryBackups::list(path, true);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().reason, BackupReason::Daily);
        QCOMPARE(backups.first().articles, 2);
        session.backups()->start(); // one a day
        QTest::qWait(200);
        QCOMPARE(LibraryBackups::list(path).size(), 1);
    }

    void restoringABackupBringsItsArticlesBack()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir, {QStringLiteral("Kept")});
        QString backup;
        {
            auto store = LibraryStore::open(path);
            backup = store.value()->backUp(BackupReason::Daily).value();
        }
        LibrarySession session;
        QVERIFY(session.open(path));
        QVERIFY(session.store()->saveArticle(
            makeArticle(QStringLiteral("Later"), QStringLiteral("x"))));
        QCOMPARE(titlesIn(*session.store()),
                 (QStringList{QStringLiteral("Kept"), QStringLiteral("Later")}));

        // The dialog lists the backup with its article count.
        {
            RestoreDialog dialog(path, session.window());
            QCOMPARE(dialog.view()->model()->rowCount(), 1);
            QCOMPARE(dialog.view()->model()->index(0, 2).data().toString(), QStringLiteral("1"));
            QVERIFY(dialog.restoreButton()->isEnabled());
        }
        QVERIFY(session.restoreBackup(backup));
        QCOMPARE(titlesIn(*session.store()), QStringList{QStringLiteral("Kept")});
        QVERIFY(session.window()->isVisible());
        // The library as it was before the restore is a backup too.
        const QList<BackupInfo> backups = LibraryBackups::list(path, true);
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, BackupReason::Restore);
        QCOMPARE(backups.first().articles, 2);
        QCOMPARE(session.store()->check()->intact, true);
    }

    void checkingAnIntactLibrarySaysSo()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir, {QStringLiteral("One")});
        LibrarySession session;
        QVERIFY(session.open(path));
        const auto answer = answerNextMessageBox(QMessageBox::AcceptRole);
        session.checkLibrary();
        QVERIFY(answer->asked);
        QVERIFY2(answer->text.contains(QStringLiteral("intact")), qPrintable(answer->text));
    }
};

QTEST_MAIN(LibrarySessionTest)
#include "tst_librarysession.moc"
