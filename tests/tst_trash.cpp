// The trash: moving articles and universities there, restoring, deleting
// for good (search entries and history go too), emptying it with counts, and
// the trash list with its confirmations and context menu.
#include "dialoganswer.h"
#include "history/trashmodel.h"
#include "history/trashview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

Article saved(LibraryStore &store, const QString &title, const QString &body)
{
    const Result<Article> article = store.saveArticle(makeArticle(title, body));
    if (!article)
        qFatal("cannot save: %s", qPrintable(article.error()));
    return article.value();
}

University savedUniversity(LibraryStore &store, const QString &name)
{
    University u;
    u.name = name;
    u.country = QStringLiteral("Ukraine");
    const Result<University> result = store.saveUniversity(u);
    if (!result)
        qFatal("cannot save: %s", qPrintable(result.error()));
    return result.value();
}

int rowsOf(LibraryStore &store, const QString &sql)
{
    const Result<QVariant> value = scalar(store, sql);
    return value ? value->toInt() : -1;
}

bool searchIndexIsSound(LibraryStore &store)
{
    return checkSearchIndex(store).ok();
}

TrashedItem trashed(const QString &uuid, TrashedItem::Kind kind = TrashedItem::Kind::Article)
{
    TrashedItem item;
    item.kind = kind;
    item.uuid = uuid;
    return item;
}

} // namespace

class TrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void trashAndRestoreWithCounts()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"), QStringLiteral("first"));
        const Article b = saved(*store, QStringLiteral("Beta"), QStringLiteral("second"));
        saved(*store, QStringLiteral("Gamma"), QStringLiteral("third"));
        const University u = savedUniversity(*store, QStringLiteral("Lviv Polytechnic"));
        QCOMPARE(store->trashCount().value(), 0);

        QVERIFY(store->trashArticle(a.uuid));
        QVERIFY(store->trashArticle(b.uuid));
        QVERIFY(store->trashUniversity(u.uuid));
        QCOMPARE(store->trashCount().value(), 3);
        QCOMPARE(store->articleCount().value(), 1);
        QVERIFY(store->universities()->isEmpty());

        const Result<QList<TrashedItem>> items = store->trashedItems();
        QVERIFY2(items, qPrintable(items.error()));
        QCOMPARE(items->size(), 3);
        for (const TrashedItem &item : items.value())
            QVERIFY(item.trashed.isValid());
        // Most recently trashed first.
        QVERIFY(items->at(0).trashed >= items->at(1).trashed);
        QVERIFY(items->at(1).trashed >= items->at(2).trashed);
        const auto universityItem =
            std::find_if(items->cbegin(), items->cend(), [](const TrashedItem &item) {
                return item.kind == TrashedItem::Kind::University;
            });
        QVERIFY(universityItem != items->cend());
        QCOMPARE(universityItem->title, QStringLiteral("Lviv Polytechnic"));
        QCOMPARE(universityItem->detail, QStringLiteral("Ukraine"));

        QVERIFY(store->restoreFromTrash(
            {trashed(a.uuid), trashed(u.uuid, TrashedItem::Kind::University)}));
        QCOMPARE(store->trashCount().value(), 1);
        QCOMPARE(store->articleCount().value(), 2);
        QCOMPARE(store->universities()->size(), 1);
        QCOMPARE(hitTitles(store->search(QStringLiteral("first"))),
                 QStringList{QStringLiteral("Alpha")});
        // Restoring what is not in the trash fails and changes nothing.
        const Status again = store->restoreFromTrash({trashed(b.uuid), trashed(a.uuid)});
        QVERIFY(!again);
        QVERIFY(!again.error().isEmpty());
        QCOMPARE(store->trashCount().value(), 1);
        QVERIFY(searchIndexIsSound(*store));
    }

    void totalsFollowEveryChange()
    {
        // The unfiltered counts come from totals kept by triggers; they must
        // agree with counting the rows after every kind of change.
        auto store = memoryStore();
        const auto agree = [&store] {
            ArticleFilter trash;
            trash.trash = true;
            return store->articleCount().value() ==
                       rowsOf(*store, QStringLiteral(
                                          "SELECT count(*) FROM articles WHERE deleted IS NULL")) &&
                   store->articleCount(trash).value() ==
                       rowsOf(*store,
                              QStringLiteral("SELECT count(*) FROM articles WHERE deleted > 0"));
        };
        QVERIFY(agree());
        QCOMPARE(store->articleCount().value(), 0);
        const Article a = saved(*store, QStringLiteral("Alpha"), QStringLiteral("first"));
        const Article b = saved(*store, QStringLiteral("Beta"), QStringLiteral("second"));
        const Article c = saved(*store, QStringLiteral("Gamma"), QStringLiteral("third"));
        Article edited = a;
        edited.title = QStringLiteral("Alpha, edited");
        QVERIFY(store->saveArticle(edited)); // an update is not an insert
        QCOMPARE(store->articleCount().value(), 3);
        QVERIFY(agree());
        QVERIFY(store->trashArticle(a.uuid));
        QVERIFY(store->trashArticle(b.uuid));
        QVERIFY(agree());
        QVERIFY(store->restoreArticle(a.uuid));
        QVERIFY(agree());
        QVERIFY(store->deleteArticlePermanently(b.uuid));
        QVERIFY(agree());
        QVERIFY(store->trashArticle(c.uuid));
        QCOMPARE(store->emptyTrash().value(), 1);
        QVERIFY(agree());
        QCOMPARE(store->articleCount().value(), 1);
        // A failed write changes no total.
        QVERIFY(!store->restoreArticle(c.uuid));
        QVERIFY(agree());
    }

    void permanentDeleteRemovesSearchEntriesAndHistory()
    {
        auto store = memoryStore();
        Article a = saved(*store, QStringLiteral("Zanzibar notes"), QStringLiteral("zanzibarite"));
        a.bodyHtml = QStringLiteral("<p>zanzibarite again</p>");
        QVERIFY(store->saveArticle(a));
        const Article keep = saved(*store, QStringLiteral("Kept"), QStringLiteral("zanzibarite"));
        QCOMPARE(store->search(QStringLiteral("zanzibarite"))->size(), 2);
        QCOMPARE(rowsOf(*store, QStringLiteral("SELECT count(*) FROM article_revisions")), 1);

        // A live article cannot be deleted for good.
        QVERIFY(!store->deletePermanently({trashed(keep.uuid)}));
        QVERIFY(store->trashArticle(a.uuid));
        QCOMPARE(hitTitles(store->search(QStringLiteral("zanzibarite"))),
                 QStringList{QStringLiteral("Kept")});
        // All or none: with a live article in the list nothing is deleted.
        QVERIFY(!store->deletePermanently({trashed(a.uuid), trashed(keep.uuid)}));
        QCOMPARE(store->trashCount().value(), 1);

        QVERIFY(store->deletePermanently({trashed(a.uuid)}));
        QVERIFY(!store->article(a.uuid));
        QCOMPARE(store->trashCount().value(), 0);
        QCOMPARE(hitTitles(store->search(QStringLiteral("zanzibarite"))),
                 QStringList{QStringLiteral("Kept")});
        QCOMPARE(indexedUnder(*store, QStringLiteral("zanzibarite")), 1);
        QCOMPARE(rowsOf(*store, QStringLiteral("SELECT count(*) FROM article_revisions")), 0);
        QVERIFY(searchIndexIsSound(*store));

        const University u = savedUniversity(*store, QStringLiteral("Odesa University"));
        QVERIFY(!store->deleteUniversityPermanently(u.uuid)); // live: refused
        QVERIFY(store->trashUniversity(u.uuid));
        QVERIFY(store->deleteUniversityPermanently(u.uuid));
        QVERIFY(!store->university(u.uuid));
    }

    void emptyTrashDeletesOnlyTheTrash()
    {
        auto store = memoryStore();
        for (int i = 0; i < 5; ++i) {
            const Article a =
                saved(*store, QStringLiteral("Article %1").arg(i), QStringLiteral("word%1").arg(i));
            if (i < 3)
                QVERIFY(store->trashArticle(a.uuid));
        }
        const University u = savedUniversity(*store, QStringLiteral("Sumy State University"));
        QVERIFY(store->trashUniversity(u.uuid));
        const Result<int> removed = store->emptyTrash();
        QVERIFY2(removed, qPrintable(removed.error()));
        QCOMPARE(removed.value(), 4);
        QCOMPARE(store->trashCount().value(), 0);
        QCOMPARE(store->articleCount().value(), 2);
        QCOMPARE(store->emptyTrash().value(), 0);
        QVERIFY(searchIndexIsSound(*store));
    }

    void trashListShowsItemsAndTimes()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"), QStringLiteral("first"));
        const University u = savedUniversity(*store, QStringLiteral("Kharkiv University"));
        QVERIFY(store->trashArticle(a.uuid));
        QVERIFY(store->trashUniversity(u.uuid));
        TrashView view(*store);
        view.reload();
        TrashModel *model = view.model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->articleCount(), 1);
        QCOMPARE(model->universityCount(), 1);
        QStringList titles;
        for (int row = 0; row < 2; ++row) {
            titles.append(model->index(row, TrashModel::TitleColumn).data().toString());
            QVERIFY(!model->index(row, TrashModel::TrashedColumn).data().toString().isEmpty());
        }
        QVERIFY(titles.contains(QStringLiteral("Alpha")));
        QVERIFY(titles.contains(QStringLiteral("Kharkiv University")));
        QVERIFY(!view.restoreAction()->isEnabled()); // nothing selected
        QVERIFY(view.emptyAction()->isEnabled());

        // Selecting an item tells which one to show.
        QSignalSpy universities(&view, &TrashView::universitySelected);
        QSignalSpy articles(&view, &TrashView::articleSelected);
        for (int row = 0; row < 2; ++row)
            view.view()->setCurrentIndex(model->index(row, 0));
        QCOMPARE(universities.size(), 1);
        QCOMPARE(articles.size(), 1);
        QCOMPARE(universities.first().first().toString(), u.uuid);
    }

    void restoreAndDeleteFromTheList()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"), QStringLiteral("first"));
        const Article b = saved(*store, QStringLiteral("Beta"), QStringLiteral("second"));
        QVERIFY(store->trashArticle(a.uuid));
        QVERIFY(store->trashArticle(b.uuid));
        TrashView view(*store);
        view.reload();
        QSignalSpy changed(&view, &TrashView::trashChanged);
        const int alphaRow = view.model()->itemAt(0).uuid == a.uuid ? 0 : 1;

        view.view()->selectionModel()->select(view.model()->index(alphaRow, 0),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
        QVERIFY(view.restoreAction()->isEnabled());
        QVERIFY(view.restoreSelected());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(view.model()->rowCount(), 1);
        QVERIFY(store->articleTrashedTime(a.uuid).value().isNull());

        view.view()->selectionModel()->select(view.model()->index(0, 0),
                                              QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
        auto cancelled = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!view.deleteSelected());
        QVERIFY(cancelled->asked);
        QVERIFY(cancelled->text.contains(QStringLiteral("Beta")));
        QCOMPARE(store->trashCount().value(), 1);

        auto accepted = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(view.deleteSelected());
        QVERIFY(accepted->asked);
        QCOMPARE(store->trashCount().value(), 0);
        QVERIFY(!store->article(b.uuid));
        QCOMPARE(changed.size(), 2);
        QVERIFY(!view.emptyAction()->isEnabled());
    }

    void emptyTrashAsksNamingHowMany()
    {
        auto store = memoryStore();
        for (int i = 0; i < 3; ++i) {
            const Article a = saved(*store, QStringLiteral("A%1").arg(i), QStringLiteral("x"));
            QVERIFY(store->trashArticle(a.uuid));
        }
        TrashView view(*store);
        view.reload();
        auto cancelled = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!view.emptyTrash());
        QVERIFY(cancelled->text.contains(QStringLiteral("3 item")));
        QCOMPARE(store->trashCount().value(), 3);

        auto accepted = answerNextMessageBox(QMessageBox::AcceptRole);
        QVERIFY(view.emptyTrash());
        QVERIFY(accepted->asked);
        QCOMPARE(store->trashCount().value(), 0);
        QCOMPARE(view.model()->rowCount(), 0);

        // One item: the number follows the trash.
        const Article last = saved(*store, QStringLiteral("Last"), QStringLiteral("x"));
        QVERIFY(store->trashArticle(last.uuid));
        view.reload();
        auto single = answerNextMessageBox(QMessageBox::RejectRole);
        QVERIFY(!view.emptyTrash());
        QVERIFY2(single->text.contains(QStringLiteral("1 item")), qPrintable(single->text));
    }

    void contextMenuOffersTheActions()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"), QStringLiteral("first"));
        QVERIFY(store->trashArticle(a.uuid));
        TrashView view(*store);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.reload();
        QStringList seen;
        QTimer::singleShot(50, &view, [&seen] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (QAction *action : menu->actions()) {
                    if (!action->isSeparator())
                        seen.append(action->text());
                }
                menu->close();
            }
        });
        const QRect row = view.view()->visualRect(view.model()->index(0, 0));
        Q_EMIT view.view()->customContextMenuRequested(row.center());
        QCOMPARE(seen, (QStringList{view.restoreAction()->text(), view.deleteAction()->text(),
                                    view.emptyAction()->text()}));
        // The row under the pointer became the selection the actions work on.
        QCOMPARE(view.selectedItems().size(), 1);
    }
};

QTEST_MAIN(TrashTest)
#include "tst_trash.moc"
