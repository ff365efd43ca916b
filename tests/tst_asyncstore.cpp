// The store's asynchronous form (asyncstore.h): a library file answers at
// once; in Worker mode (a server library, or LECTERN_DEFERRED_READS=1) the
// read runs on a worker connection and the answer comes through the event
// loop; and the window copes with answers that come late.
#include "articletablemodel.h"
#include "asyncstore.h"
#include "demolibrary.h"
#include "mainwindow.h"
#include "readerview.h"
#include "testsupport.h"

#include <QListView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

std::unique_ptr<LibraryStore> demoFile(const QTemporaryDir &dir)
{
    auto store = LibraryStore::create(dir.filePath(QStringLiteral("demo.lectern")));
    if (!store || !fillDemoLibrary(*store.value()))
        qFatal("cannot make the demo library");
    return std::move(store).value();
}

} // namespace

class AsyncStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aLibraryFileAnswersAtOnce()
    {
        QTemporaryDir dir;
        auto store = demoFile(dir);
        AsyncStore calls(*store);
        QCOMPARE(calls.mode(), AsyncStore::Mode::Immediate);
        std::optional<int> count;
        QThread *thread = nullptr;
        calls.read<int>(
            this,
            [&thread](const LibraryStore &s) {
                thread = QThread::currentThread();
                return s.articleCount();
            },
            [&count](Result<int> n) { count = n.value(); });
        QVERIFY(count.has_value()); // before read() returned
        QCOMPARE(*count, store->articleCount().value());
        QCOMPARE(thread, QThread::currentThread());
        QCOMPARE(calls.workerReads(), 0);
    }

    void aWorkerReadsOnItsOwnConnectionAndAnswersHere()
    {
        QTemporaryDir dir;
        auto store = demoFile(dir);
        AsyncStore calls(*store, AsyncStore::Mode::Worker);
        std::optional<int> count;
        QThread *readOn = nullptr;
        QThread *answeredOn = nullptr;
        calls.read<int>(
            this,
            [&readOn](const LibraryStore &s) {
                readOn = QThread::currentThread();
                return s.articleCount();
            },
            [&](Result<int> n) {
                answeredOn = QThread::currentThread();
                count = n.value();
            });
        QVERIFY(!count.has_value()); // not before the event loop delivers it
        QTRY_VERIFY(count.has_value());
        QCOMPARE(*count, store->articleCount().value());
        QVERIFY(readOn && readOn != QThread::currentThread());
        QCOMPARE(answeredOn, QThread::currentThread());
        QCOMPARE(calls.workerReads(), 1);
        // Errors come back as errors.
        std::optional<Status> missing;
        calls.read<Article>(
            this, [](const LibraryStore &s) { return s.article(QStringLiteral("no-such")); },
            [&missing](Result<Article> a) { missing = a ? success() : Status(a.failure()); });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!*missing);
    }

    void aLibraryInMemoryHasNoWorker()
    {
        auto store = memoryStore();
        AsyncStore calls(*store, AsyncStore::Mode::Worker);
        QCOMPARE(calls.mode(), AsyncStore::Mode::Immediate);
    }

    void answersStillOnTheirWayAreDroppedWithTheirContext()
    {
        QTemporaryDir dir;
        auto store = demoFile(dir);
        int answers = 0;
        {
            QObject context;
            AsyncStore calls(*store, AsyncStore::Mode::Worker);
            for (int i = 0; i < 50; ++i) {
                calls.read<int>(
                    &context, [](const LibraryStore &s) { return s.articleCount(); },
                    [&answers](Result<int>) { ++answers; });
            }
        } // the store's worker stops, the context goes: nothing is delivered
        QTest::qWait(100);
        QCOMPARE(answers, 0);
    }

    void theWindowShowsListReaderAndRelatedFromLateAnswers()
    {
        QTemporaryDir dir;
        auto store = demoFile(dir);
        qputenv("LECTERN_DEFERRED_READS", "1");
        MainWindow window(*store);
        qunsetenv("LECTERN_DEFERRED_READS");
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showAllArticles();
        QAbstractItemModel *list = window.articleList()->model();
        const int articles = store->articleCount().value();
        QTRY_COMPARE(list->rowCount(), std::min(articles, ArticleTableModel::firstPageSize));

        // An article chosen in the list: its page, then its related articles.
        const QString title = list->index(0, ArticleTableModel::TitleColumn).data().toString();
        window.articleList()->setCurrentIndex(list->index(0, 0));
        auto *reader = window.findChild<ReaderView *>();
        QVERIFY(reader);
        // Not at once (a library file in its usual mode shows it before
        // setCurrentIndex returns): it was read on the worker.
        QVERIFY(!reader->toPlainText().startsWith(title));
        QTRY_VERIFY2(reader->toPlainText().startsWith(title), qPrintable(reader->toPlainText()));
        QListView *related = nullptr;
        for (QListView *view : window.findChildren<QListView *>()) {
            if (view->accessibleName() == QLatin1String("Related articles"))
                related = view;
        }
        QVERIFY(related);
        QTRY_VERIFY(related->model()->rowCount() > 0);

        // Two pages asked for in a row: the later one wins, however the
        // answers arrive.
        const QString second = list->index(1, ArticleTableModel::TitleColumn).data().toString();
        const QString third = list->index(2, ArticleTableModel::TitleColumn).data().toString();
        window.articleList()->setCurrentIndex(list->index(1, 0));
        window.articleList()->setCurrentIndex(list->index(2, 0));
        QTRY_VERIFY(reader->toPlainText().startsWith(third));
        QTest::qWait(200);
        QVERIFY(reader->toPlainText().startsWith(third));
        QVERIFY(second != third);
    }
};

QTEST_MAIN(AsyncStoreTest)
#include "tst_asyncstore.moc"
