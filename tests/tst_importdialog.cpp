// The import dialog: the job runs off the GUI thread with progress, Cancel
// keeps what was imported, the summary counts and explains each file, and
// files dropped on the main window are imported and shown.
#include "testsupport.h"

#include "importdialog.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <atomic>

using namespace lectern;
using namespace lectern::test;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray page(const QString &title, const QString &extra = {})
{
    return QStringLiteral("<!doctype html><html lang=\"en\"><head><title>%1</title></head><body>"
                          "<article><h1>%1</h1><p>The first paragraph of %1, with enough words "
                          "to be the main content of the page.</p><p>A second paragraph.</p>%2"
                          "</article></body></html>")
        .arg(title, extra)
        .toUtf8();
}

// A folder of `count` good pages.
QString pagesFolder(const QTemporaryDir &dir, int count)
{
    const QString folder = dir.filePath(QStringLiteral("pages"));
    for (int i = 0; i < count; ++i) {
        writeFile(folder + QStringLiteral("/sub%1/page%2.html").arg(i % 2).arg(i),
                  page(QStringLiteral("Page %1").arg(i)));
    }
    return folder;
}

std::unique_ptr<LibraryStore> fileStore(const QTemporaryDir &dir)
{
    auto store = LibraryStore::create(dir.filePath(QStringLiteral("library.lectern")));
    if (!store)
        qFatal("cannot create a library: %s", qPrintable(store.error()));
    return std::move(store).value();
}

QString rowText(const QTreeWidget *list, const QString &fileName)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (item->text(0) == fileName)
            return item->text(1) + QLatin1Char('|') + item->text(2);
    }
    return {};
}

} // namespace

class ImportDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }

    void progressIsReportedFromAWorkerThread()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = pagesFolder(dir, 4);
        ImportDialog dialog(*store);
        dialog.setPaths({folder});
        QList<int> done;
        QList<int> totals;
        bool offTheGuiThread = true;
        QThread *gui = QThread::currentThread();
        connect(
            dialog.runner(), &ImportRunner::progressed, this,
            [&](int n, int total, const QString &) {
                done.append(n);
                totals.append(total);
                offTheGuiThread = offTheGuiThread && QThread::currentThread() != gui;
            },
            Qt::DirectConnection);
        QSignalSpy changed(&dialog, &ImportDialog::libraryChanged);
        QVERIFY(dialog.startImport());
        QCOMPARE(done, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(totals, (QList<int>{4, 4, 4, 4, 4}));
        QVERIFY(offTheGuiThread);
        QCOMPARE(dialog.summary().count(ImportOutcome::Imported), 4);
        QCOMPARE(changed.count(), 1);
        // This thread's own connection sees what the worker committed.
        QCOMPARE(store->articleCount().value(), 4);
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("4 files imported")),
                 qPrintable(dialog.summaryText()));
        QCOMPARE(dialog.summaryList()->topLevelItemCount(), 4);
        QCOMPARE(dialog.openableArticles().size(), 4);
    }

    void cancelStopsAndKeepsWhatWasImported()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = pagesFolder(dir, 6);
        ImportDialog dialog(*store);
        dialog.setPaths({folder});
        ImportRunner *runner = dialog.runner();
        connect(
            runner, &ImportRunner::progressed, this,
            [runner](int n, int, const QString &) {
                if (n == 2)
                    runner->cancel(); // as the Cancel button does, before the third file
            },
            Qt::DirectConnection);
        QVERIFY(dialog.startImport());
        QVERIFY(dialog.summary().cancelled);
        QCOMPARE(dialog.summary().count(ImportOutcome::Imported), 2);
        QCOMPARE(store->articleCount().value(), 2);
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog.summaryText()));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("2 files imported")));
    }

    void cancelButtonOfTheProgressDialogCancels()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = pagesFolder(dir, 5);
        ImportDialog dialog(*store);
        dialog.setPaths({folder});
        ImportRunner *runner = dialog.runner();
        // The worker waits at the second file until this thread has pressed
        // Cancel: the button's signal goes through the event loop.
        QSemaphore pressed;
        std::atomic<bool> waiting{false};
        connect(
            runner, &ImportRunner::progressed, this,
            [&](int n, int, const QString &) {
                if (n == 1) {
                    waiting = true;
                    pressed.acquire();
                }
            },
            Qt::DirectConnection);
        QTimer poll;
        poll.setInterval(5);
        connect(&poll, &QTimer::timeout, this, [&] {
            QProgressDialog *progress = runner->progressDialog();
            if (waiting && progress) {
                if (auto *cancel = progress->findChild<QPushButton *>())
                    cancel->click(); // else the test fails below: nothing cancelled
                pressed.release();
                poll.stop();
            }
        });
        poll.start();
        QVERIFY(dialog.startImport());
        QVERIFY(dialog.summary().cancelled);
        QCOMPARE(dialog.summary().count(ImportOutcome::Imported), 1);
        QCOMPARE(store->articleCount().value(), 1);
    }

    void badFilesAreReportedWithoutLosingOthers()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = dir.filePath(QStringLiteral("site"));
        writeFile(folder + QStringLiteral("/good.html"), page(QStringLiteral("Good")));
        writeFile(folder + QStringLiteral("/remote.html"),
                  page(QStringLiteral("Remote"),
                       QStringLiteral("<p><img src=\"https://cdn.example.org/a.jpg\" alt=\"a\"> "
                                      "<img src=\"../../etc/passwd\" alt=\"b\"></p>")));
        writeFile(folder + QStringLiteral("/empty.html"), QByteArray());
        QByteArray invalid = "Invalid bytes\n\nSome text \xff\xfe with broken UTF-8 \xc3 in it.\n";
        writeFile(folder + QStringLiteral("/invalid.txt"), invalid);
        writeFile(folder + QStringLiteral("/notes.md"),
                  "---\ntitle: Notes in Markdown\nauthor: Olena\n---\n\nSome *notes*.\n");
        writeFile(dir.filePath(QStringLiteral("etc/passwd")), "secret");

        ImportDialog dialog(*store);
        dialog.setPaths({folder, dir.filePath(QStringLiteral("missing.html"))});
        QVERIFY(dialog.startImport());
        const ImportSummary &summary = dialog.summary();
        QCOMPARE(summary.count(ImportOutcome::Imported), 4);
        QCOMPARE(summary.count(ImportOutcome::Failed), 2); // the empty page, the missing file
        QCOMPARE(store->articleCount().value(), 4);

        const QString text = dialog.summaryText();
        QVERIFY2(text.contains(QStringLiteral("4 files imported")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 files could not be imported")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("1 image on the web was not downloaded")),
                 qPrintable(text));
        const QTreeWidget *list = dialog.summaryList();
        QCOMPARE(list->topLevelItemCount(), 6);
        const QString remote = rowText(list, QStringLiteral("remote.html"));
        QVERIFY2(remote.startsWith(QStringLiteral("Imported|")), qPrintable(remote));
        QVERIFY2(remote.contains(QStringLiteral("not downloaded")), qPrintable(remote));
        QVERIFY2(remote.contains(QStringLiteral("outside the imported folder")),
                 qPrintable(remote));
        const QString invalidRow = rowText(list, QStringLiteral("invalid.txt"));
        // Not valid UTF-8: read by detection (or with U+FFFD, then noted), never dropped.
        QVERIFY2(invalidRow.startsWith(QStringLiteral("Imported|")), qPrintable(invalidRow));
        QVERIFY(rowText(list, QStringLiteral("empty.html")).startsWith(QStringLiteral("Failed|")));
        const QString missing = rowText(list, QStringLiteral("missing.html"));
        QVERIFY2(missing.contains(QStringLiteral("no such file")), qPrintable(missing));

        grabAndSave(dialog, QStringLiteral("importdialog-summary-en.png"));
    }

    void duplicatesAreSkippedOrUpdated()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = pagesFolder(dir, 2);
        {
            ImportDialog first(*store);
            first.setPaths({folder});
            QVERIFY(first.startImport());
        }
        ImportDialog again(*store);
        again.setPaths({folder});
        QVERIFY(again.startImport());
        QCOMPARE(again.summary().count(ImportOutcome::Skipped), 2);
        QVERIFY(again.summaryText().contains(QStringLiteral("2 files skipped")));
        QVERIFY(again.openableArticles().isEmpty());

        ImportDialog update(*store);
        update.setPaths({folder});
        update.setDuplicatePolicy(DuplicatePolicy::Update);
        QVERIFY(update.startImport());
        QCOMPARE(update.summary().count(ImportOutcome::Unchanged), 2);
        QVERIFY2(update.summaryText().contains(QStringLiteral("2 files unchanged")),
                 qPrintable(update.summaryText()));

        // A changed page is updated.
        writeFile(folder + QStringLiteral("/sub0/page0.html"), page(QStringLiteral("Changed")));
        ImportDialog changed(*store);
        changed.setPaths({folder});
        changed.setDuplicatePolicy(DuplicatePolicy::Update);
        QVERIFY(changed.startImport());
        QCOMPARE(changed.summary().count(ImportOutcome::Updated), 1);
        QVERIFY(changed.summaryText().contains(QStringLiteral("1 article updated")));
        QCOMPARE(store->articleCount().value(), 2);
    }

    void openOpensTheImportedArticle()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        const QString folder = pagesFolder(dir, 1);
        ImportDialog dialog(*store);
        dialog.setPaths({folder});
        QVERIFY(dialog.startImport());
        QSignalSpy open(&dialog, &ImportDialog::openArticleRequested);
        QPushButton *button = nullptr;
        for (QPushButton *candidate : dialog.findChildren<QPushButton *>()) {
            if (candidate->text() == QStringLiteral("&Open"))
                button = candidate;
        }
        QVERIFY(button && !button->isHidden() && button->isEnabled());
        button->click();
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), dialog.openableArticles().first());
    }

    void aLibraryInMemoryImportsOnThisThread()
    {
        QTemporaryDir dir;
        auto store = memoryStore();
        ImportDialog dialog(*store);
        dialog.setPaths({pagesFolder(dir, 2)});
        QVERIFY(dialog.startImport());
        QCOMPARE(store->articleCount().value(), 2);
    }

    void filesDroppedOnTheWindowAreImportedAndListed()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        QVERIFY(store->saveArticle(
            makeArticle(QStringLiteral("Already here"), QStringLiteral("Text."))));
        const QString folder = pagesFolder(dir, 3);
        MainWindow window(*store);
        window.show();
        window.showAllArticles();
        QCOMPARE(window.articleList()->model()->rowCount(), 1);

        // Answer the dialog the drop opens: wait for its summary, then Open.
        bool answered = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->summary().items.isEmpty())
                return;
            answered = true;
            poll.stop();
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QStringLiteral("&Open"))
                    button->click();
            }
        });
        poll.start();

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder)});
        QDragEnterEvent enter(QPoint(200, 200), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(200, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
        QTRY_COMPARE(store->articleCount().value(), 4);
        // The list and the sidebar counts follow, and the article is open.
        QTRY_COMPARE(window.articleList()->model()->rowCount(), 4);
        QTRY_VERIFY(window.currentUrl().toString().contains(QStringLiteral("article")));
    }

    void screenshotsInEnglishAndUkrainian()
    {
        QTemporaryDir dir;
        auto store = fileStore(dir);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
            ImportDialog choose(*store);
            choose.setPaths({dir.filePath(QStringLiteral("pages")),
                             dir.filePath(QStringLiteral("Статті/стаття.html"))});
            grabAndSave(choose, QStringLiteral("importdialog-choose-%1.png").arg(language));
            ImportDialog done(*store);
            const QString folder = pagesFolder(dir, 3);
            writeFile(folder + QStringLiteral("/broken.html"), QByteArray());
            done.setPaths({folder});
            QVERIFY(done.startImport());
            grabAndSave(done, QStringLiteral("importdialog-summary-%1.png").arg(language));
        }
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }

private:
    static void grabAndSave(QWidget &widget, const QString &name)
    {
        widget.show();
        QCoreApplication::processEvents();
        const QString path = QDir::temp().filePath(name);
        QVERIFY(widget.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(ImportDialogTest)
#include "tst_importdialog.moc"
