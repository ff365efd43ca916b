// The window shows the library's articles and the selected one.
#include "articlelistmodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>

using namespace lectern;
using namespace lectern::test;

class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelIsConsistent()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ArticleSummary a;
        a.uuid = QStringLiteral("u1");
        a.title = QStringLiteral("Title");
        model.setArticles({a, a});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), QStringLiteral("Title"));
        QCOMPARE(model.index(1, 0).data(ArticleListModel::UuidRole).toString(), QStringLiteral("u1"));
    }

    void selectingAnArticleShowsIt()
    {
        auto store = memoryStore();
        QVERIFY(store->saveArticle(makeArticle(QStringLiteral("First"), QStringLiteral("alpha text"))));
        QVERIFY(store->saveArticle(makeArticle(QStringLiteral("Second"), QStringLiteral("beta text"))));
        MainWindow window(*store);
        window.show();
        auto *list = window.findChild<QTableView *>();
        auto *reader = window.findChild<QTextBrowser *>();
        QVERIFY(list && reader);
        QCOMPARE(list->model()->rowCount(), 2);
        // The first row is shown at once; another row replaces it.
        const QString firstShown = reader->toPlainText();
        list->setCurrentIndex(list->model()->index(1, 0));
        QVERIFY(reader->toPlainText() != firstShown);
        QVERIFY(reader->toPlainText().contains(QStringLiteral("text")));
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
