// The merge dialog: the preview counts, the side-by-side view of a conflict,
// each choice honoured, files that cannot be merged refused with the
// library untouched; and the library export dialog's scopes.
#include "testsupport.h"

#include "exchange/libraryexchange.h"
#include "libraryexportdialog.h"
#include "librarytask.h"
#include "mergedialog.h"
#include "semanticcolours.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>

using namespace lectern;
using namespace lectern::test;

namespace {

std::unique_ptr<LibraryStore> createStore(const QString &path)
{
    auto store = LibraryStore::create(path);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
    return std::move(store).value();
}

void retitle(LibraryStore &store, const QString &uuid, const QString &title,
             const QString &extra = {})
{
    Article article = store.article(uuid).value();
    article.title = title;
    if (!extra.isEmpty())
        article.bodyHtml += QStringLiteral("<p>%1</p>").arg(extra);
    if (!store.saveArticle(article))
        qFatal("save failed");
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

} // namespace

class MergeDialogTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("f%1.lectern").arg(++m_files)); }
    // Files in the folder that are no library nor one of its side files or
    // backups: what a cancelled export might leave (hidden temporaries too).
    QStringList strayFiles() const
    {
        QStringList stray;
        for (const QString &name :
             QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (!name.contains(QLatin1String(".lectern")) || name.startsWith(u'.'))
                stray << name;
        }
        return stray;
    }

    // Mine and theirs after one exchange, then: one new there, one changed
    // only there, one changed only here, one identical and three changed on
    // both sides. Returns the uuids [identical, there, here, c1, c2, c3] and
    // the file to merge.
    struct Scenario
    {
        std::unique_ptr<LibraryStore> mine;
        QStringList uuids;
        QString file;
        QString added;
    };

    Scenario scenario()
    {
        Scenario s;
        s.mine = createStore(newPath());
        const QStringList names{QStringLiteral("Identical"),    QStringLiteral("Changed there"),
                                QStringLiteral("Changed here"), QStringLiteral("Conflict one"),
                                QStringLiteral("Conflict two"), QStringLiteral("Conflict three")};
        for (const QString &name : names) {
            s.uuids.append(s.mine
                               ->saveArticle(makeArticle(
                                   name, QStringLiteral("The shared text of %1.").arg(name)))
                               ->uuid);
        }
        ExportSelection all;
        all.all = true;
        const QString first = newPath();
        if (!LibraryExchange::exportLibrary(*s.mine, first, all))
            qFatal("export failed");
        auto theirs = createStore(newPath());
        if (!LibraryMerge::merge(*theirs, first))
            qFatal("merge failed");
        s.added = theirs->saveArticle(makeArticle(QStringLiteral("New there"), QStringLiteral("x")))
                      ->uuid;
        retitle(*theirs, s.uuids[1], QStringLiteral("Changed there, their title"));
        retitle(*s.mine, s.uuids[2], QStringLiteral("Changed here, my title"));
        for (int i = 3; i < 6; ++i) {
            retitle(*s.mine, s.uuids[i], names[i] + QStringLiteral(" (mine)"),
                    QStringLiteral("A paragraph only I wrote."));
            retitle(*theirs, s.uuids[i], names[i] + QStringLiteral(" (theirs)"),
                    QStringLiteral("A paragraph only they wrote."));
        }
        s.file = newPath();
        if (!LibraryExchange::exportLibrary(*theirs, s.file, all))
            qFatal("export failed");
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

    void previewCountsAndChangesNothing()
    {
        Scenario s = scenario();
        // Everything written so far into the file itself: the library copies
        // its log into the file from a thread of its own, which would change
        // the bytes later without any change of content.
        QVERIFY(execSql(*s.mine, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray before = digest(s.mine->path());
        MergeDialog dialog(*s.mine);
        const Status loaded = dialog.load(s.file);
        QVERIFY2(loaded, qPrintable(loaded.error()));
        QCOMPARE(dialog.preview().added, QStringList{s.added});
        QCOMPARE(dialog.preview().taken, QStringList{s.uuids[1]});
        QCOMPARE(dialog.preview().kept, QStringList{s.uuids[2]});
        QCOMPARE(dialog.preview().unchanged, QStringList{s.uuids[0]});
        QCOMPARE(dialog.preview().conflicts.size(), 3);
        const QString text = dialog.previewText();
        QVERIFY2(text.contains(QStringLiteral("holds 7 articles")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 new article will be added")));
        QVERIFY(text.contains(QStringLiteral("3 articles changed on both sides")));
        QCOMPARE(s.mine->articleCount().value(), 6);
        QCOMPARE(s.mine->article(s.uuids[1])->title, QStringLiteral("Changed there"));
        QCOMPARE(digest(s.mine->path()), before);
    }

    void conflictIsShownSideBySideWithDifferencesMarked()
    {
        Scenario s = scenario();
        MergeDialog dialog(*s.mine);
        QVERIFY(dialog.load(s.file));
        dialog.showConflict(1);
        const QString mine = dialog.mineView()->toPlainText();
        const QString theirs = dialog.theirsView()->toPlainText();
        QVERIFY2(mine.contains(QStringLiteral("Conflict two (mine)")), qPrintable(mine));
        QVERIFY(mine.contains(QStringLiteral("A paragraph only I wrote.")));
        QVERIFY(theirs.contains(QStringLiteral("Conflict two (theirs)")));
        QVERIFY(theirs.contains(QStringLiteral("A paragraph only they wrote.")));
        // The shared paragraph is plain; what differs is marked.
        const QString html = dialog.mineView()->toHtml();
        // This library's side tinted as removed, from the palette.
        const QString tint = cssColour(meaningBackground(dialog.palette(), Meaning::Removed));
        QVERIFY2(html.contains(tint), qPrintable(tint));
        const qsizetype shared = html.indexOf(QStringLiteral("The shared text of"));
        const qsizetype paragraphStart = html.lastIndexOf(QStringLiteral("<p"), shared);
        QVERIFY(!html.mid(paragraphStart, shared - paragraphStart)
                     .contains(QStringLiteral("background")));
        const qsizetype own = html.indexOf(QStringLiteral("A paragraph only I wrote."));
        const qsizetype ownStart = html.lastIndexOf(QStringLiteral("<p"), own);
        QVERIFY(html.mid(ownStart, own - ownStart).contains(tint));
    }

    void choicesAreHonoured()
    {
        Scenario s = scenario();
        MergeDialog dialog(*s.mine);
        QVERIFY(dialog.load(s.file));
        QCOMPARE(dialog.choice(s.uuids[3]), ConflictChoice::KeepMine); // the default
        // "Take theirs" for the second through its button, as a user would.
        dialog.showConflict(1);
        QRadioButton *theirsButton = nullptr;
        for (QRadioButton *button : dialog.findChildren<QRadioButton *>()) {
            if (button->text() == QStringLiteral("Take &theirs"))
                theirsButton = button;
        }
        QVERIFY(theirsButton);
        theirsButton->click();
        QCOMPARE(dialog.choice(s.uuids[4]), ConflictChoice::TakeTheirs);
        dialog.setChoice(s.uuids[5], ConflictChoice::KeepBoth);

        QSignalSpy changed(&dialog, &MergeDialog::libraryChanged);
        const Status merged = dialog.mergeNow();
        QVERIFY2(merged, qPrintable(merged.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(s.mine->article(s.uuids[3])->title, QStringLiteral("Conflict one (mine)"));
        QCOMPARE(s.mine->article(s.uuids[4])->title, QStringLiteral("Conflict two (theirs)"));
        QCOMPARE(s.mine->article(s.uuids[5])->title, QStringLiteral("Conflict three (mine)"));
        QString copy;
        for (const MergeConflict &conflict : dialog.result().conflicts) {
            if (conflict.uuid == s.uuids[5])
                copy = conflict.copyUuid;
        }
        QVERIFY(s.mine->article(copy)->title.startsWith(QStringLiteral("Conflict three (theirs)")));
        QCOMPARE(s.mine->article(s.uuids[1])->title, QStringLiteral("Changed there, their title"));
        QCOMPARE(s.mine->article(s.uuids[2])->title, QStringLiteral("Changed here, my title"));
        QCOMPARE(s.mine->articleCount().value(), 8); // 6 + the new one + the copy
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("1 new article added")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 kept mine, 1 took theirs, 1 kept both")));
    }

    void filesThatCannotBeMergedAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << "text"
                              << "not a Lectern library";
        QTest::newRow("foreign database") << "foreign"
                                          << "another program";
        QTest::newRow("newer") << "newer"
                               << "newer version";
        QTest::newRow("damaged") << "damaged"
                                 << "damaged";
        QTest::newRow("missing") << "missing"
                                 << "missing.lectern";
    }

    void filesThatCannotBeMergedAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        Scenario s = scenario();
        const QString path = m_dir.filePath(kind + QStringLiteral(".lectern"));
        if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("just some text, long enough to be more than a header of a database file. "
                       "just some text, long enough to be more than a header of a database.");
        } else if (kind == QLatin1String("foreign") || kind == QLatin1String("newer")) {
            if (kind == QLatin1String("newer"))
                QFile::copy(s.file, path);
            QVERIFY(execSqlOnFile(path, {kind == QLatin1String("foreign")
                                             ? QStringLiteral("CREATE TABLE notes (text TEXT)")
                                             : QStringLiteral("PRAGMA user_version = 9999")}));
        } else if (kind == QLatin1String("damaged")) {
            QByteArray bytes = fileBytes(s.file);
            for (qsizetype i = 4096; i < bytes.size(); i += 7)
                bytes[i] = char(0x5a);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        // Everything written so far into the file itself: the library copies
        // its log into the file from a thread of its own, which would change
        // the bytes later without any change of content.
        QVERIFY(execSql(*s.mine, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QByteArray before = digest(s.mine->path());
        const int count = s.mine->articleCount().value();
        MergeDialog dialog(*s.mine);
        const Status loaded = dialog.load(path);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(message), qPrintable(loaded.error()));
        QVERIFY(!dialog.mergeNow()); // nothing to merge
        QCOMPARE(s.mine->articleCount().value(), count);
        QCOMPARE(digest(s.mine->path()), before);
    }

    void exportDialogScopes()
    {
        Scenario s = scenario();
        LibraryExportDialog dialog(*s.mine, {s.uuids[0], s.uuids[1]});
        QVERIFY(dialog.selection().all);
        dialog.setScope(LibraryExportDialog::Scope::CurrentList);
        QCOMPARE(dialog.selection().articleUuids, (QStringList{s.uuids[0], s.uuids[1]}));
        const QString path = newPath();
        const Result<ExportReport> report = dialog.exportTo(path);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->articles, 2);
        // Over an older file: replaced once the new one is complete.
        dialog.setScope(LibraryExportDialog::Scope::Everything);
        const Result<ExportReport> again = dialog.exportTo(path);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->articles, 6);
        auto reopened = LibraryStore::open(path);
        QVERIFY(reopened);
        QCOMPARE(reopened.value()->articleCount().value(), 6);
        QVERIFY(!dialog.exportTo(s.mine->path())); // never over the open library
    }

    void libraryTaskWorksOnAWorkerWithAConnectionOfItsOwn()
    {
        auto store = createStore(newPath());
        QWidget owner;
        LibraryTask task(*store, QStringLiteral("Task"), &owner);
        QThread *workThread = nullptr;
        LibraryStore *workStore = nullptr;
        QString workConnection;
        bool saved = false;
        int timerTicks = 0;
        QTimer ticking;
        connect(&ticking, &QTimer::timeout, &owner, [&] { ++timerTicks; });
        ticking.start(1);
        QString error;
        const bool ran = task.run(
            [&](LibraryStore &worker, const LibraryTask::Step &step) {
                workThread = QThread::currentThread();
                workStore = &worker;
                workConnection = RawSql(worker).connectionName();
                // Written through the worker's connection, seen by the window's.
                saved = bool(worker.saveArticle(
                    makeArticle(QStringLiteral("From the worker"), QStringLiteral("Its text."))));
                // Long enough for the window's thread to handle its timer.
                for (int i = 0; i < 20; ++i) {
                    QThread::msleep(5);
                    step(i + 1, 20);
                }
            },
            &error);
        QVERIFY2(ran, qPrintable(error));
        QVERIFY(workThread && workThread != qApp->thread());
        QVERIFY(workStore && workStore != store.get());
        QVERIFY(workConnection != RawSql(*store).connectionName());
        QVERIFY(timerTicks > 0); // the window's thread went on handling events
        QVERIFY(saved);
        QCOMPARE(store->articleCount().value(), 1);
        // A library in memory has no second connection: worked on this thread.
        auto memory = LibraryStore::createInMemory();
        QVERIFY(memory);
        LibraryTask inMemory(*memory.value(), QStringLiteral("Task"), &owner);
        QVERIFY(inMemory.run([&](LibraryStore &worker, const LibraryTask::Step &) {
            workThread = QThread::currentThread();
            workStore = &worker;
        }));
        QCOMPARE(workThread, qApp->thread());
        QCOMPARE(workStore, memory.value().get());
    }

    void mergeShowsCountsAndCancelLeavesTheLibraryAsItWas()
    {
        Scenario s = scenario();
        const auto state = [&s] {
            QStringList rows;
            for (const ArticleSummary &row : s.mine->articles().value()) {
                rows << row.uuid + u' ' + row.title + u' ' +
                            QString::number(s.mine->articleRevisions(row.uuid)->size());
            }
            rows.sort();
            return rows;
        };
        const QStringList before = state();
        MergeDialog dialog(*s.mine);
        QVERIFY(dialog.load(s.file));
        QVERIFY(!dialog.wasCancelled());
        dialog.setChoice(s.uuids[3], ConflictChoice::TakeTheirs);
        dialog.setChoice(s.uuids[4], ConflictChoice::KeepBoth);
        // Cancelled half-way, as the progress dialog's Cancel does.
        QList<QPair<int, int>> steps;
        bool onWindowThread = false; // the merge runs on a worker
        connect(
            dialog.task(), &LibraryTask::stepped, &dialog,
            [&](int done, int total) {
                steps.append({done, total});
                onWindowThread = onWindowThread || QThread::currentThread() == qApp->thread();
                if (done == 5)
                    dialog.task()->cancel();
            },
            Qt::DirectConnection);
        QSignalSpy changed(&dialog, &MergeDialog::libraryChanged);
        const Status merged = dialog.mergeNow();
        QVERIFY(!merged);
        QVERIFY(dialog.wasCancelled());
        QVERIFY2(merged.error().contains(QStringLiteral("cancelled")), qPrintable(merged.error()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(steps.size(), 5);
        QCOMPARE(steps.first(), qMakePair(1, 7));
        QCOMPARE(steps.last(), qMakePair(5, 7));
        QVERIFY(!onWindowThread);
        QCOMPARE(state(), before); // nothing taken, added or kept in the history
        // The same merge, not cancelled, goes through and counts to the end.
        steps.clear();
        disconnect(dialog.task(), &LibraryTask::stepped, &dialog, nullptr);
        connect(
            dialog.task(), &LibraryTask::stepped, &dialog,
            [&](int done, int total) {
                steps.append({done, total});
            },
            Qt::DirectConnection);
        QVERIFY(dialog.mergeNow());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(steps.last(), qMakePair(7, 7));
        QVERIFY(state() != before);
    }

    void cancellingTheLibraryExportLeavesNoFile()
    {
        Scenario s = scenario();
        LibraryExportDialog dialog(*s.mine, {});
        const QString path = newPath();
        int steps = 0;
        connect(
            dialog.task(), &LibraryTask::stepped, &dialog,
            [&](int done, int) {
                steps = done;
                if (done == 2)
                    dialog.task()->cancel();
            },
            Qt::DirectConnection);
        const Result<ExportReport> report = dialog.exportTo(path);
        QVERIFY(!report);
        QVERIFY(dialog.wasCancelled());
        QCOMPARE(steps, 2);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(strayFiles(), QStringList());
        // Over an older file: the older one stays as it was.
        disconnect(dialog.task(), &LibraryTask::stepped, &dialog, nullptr);
        dialog.setScope(LibraryExportDialog::Scope::Everything);
        QVERIFY(dialog.exportTo(path));
        const QByteArray older = digest(path);
        connect(
            dialog.task(), &LibraryTask::stepped, &dialog,
            [&](int done, int) {
                if (done == 3)
                    dialog.task()->cancel();
            },
            Qt::DirectConnection);
        QVERIFY(!dialog.exportTo(path));
        QCOMPARE(digest(path), older);
        QCOMPARE(strayFiles(), QStringList());
    }

    void screenshotsInEnglishAndUkrainian()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
            Scenario s = scenario();
            MergeDialog dialog(*s.mine);
            QVERIFY(dialog.load(s.file));
            dialog.showConflict(0);
            grab(dialog, QStringLiteral("mergedialog-preview-%1.png").arg(language));
            QVERIFY(dialog.mergeNow());
            grab(dialog, QStringLiteral("mergedialog-result-%1.png").arg(language));
            LibraryExportDialog exportDialog(*s.mine, {s.uuids[0]});
            grab(exportDialog, QStringLiteral("libraryexport-%1.png").arg(language));
        }
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

private:
    static void grab(QWidget &widget, const QString &name)
    {
        widget.show();
        QCoreApplication::processEvents();
        const QString path = QDir::temp().filePath(name);
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(MergeDialogTest)
#include "tst_mergedialog.moc"
