// The reading lists beside the reader and the related panel's rows
// (app/widgets/readinglistspanel.*, relatedpanel.*).
#include "elidedcombobox.h"
#include "readinglistspanel.h"
#include "related/readinglistmodel.h"
#include "relatedpanel.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QtTest>

using namespace lectern;
using namespace lectern::test;

namespace {

Article saved(LibraryStore &store, const QString &title)
{
    const Result<Article> article =
        store.saveArticle(makeArticle(title, title + QStringLiteral(" text")));
    if (!article) {
        qWarning("%s", qPrintable(article.error()));
        return {};
    }
    return article.value();
}

QStringList titles(const ReadingListModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row).data().toString());
    return list;
}

} // namespace

class ReadingListsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsTheRecommendedListFirst()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"));
        const Article b = saved(*store, QStringLiteral("Beta"));
        QVERIFY(store->setRecommendedReading({b.uuid, a.uuid}));
        ReadingListsPanel panel(*store);
        QCOMPARE(panel.listChooser()->count(), 1);
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Recommended reading (2)"));
        QCOMPARE(titles(*panel.model()),
                 (QStringList{QStringLiteral("Beta"), QStringLiteral("Alpha")}));
        // The recommended list cannot be deleted, and nothing to add without an article.
        QVERIFY(!panel.addCurrentAction()->isEnabled());
        QVERIFY(!panel.findChild<QMenu *>()->actions().last()->isEnabled());
    }

    void addsTheOpenArticleOnce()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"));
        const Article b = saved(*store, QStringLiteral("Beta"));
        ReadingListsPanel panel(*store);
        QSignalSpy changed(&panel, &ReadingListsPanel::listsChanged);
        panel.setCurrentArticle(a.uuid);
        QVERIFY(panel.addCurrentAction()->isEnabled());
        panel.addCurrentAction()->trigger();
        panel.setCurrentArticle(b.uuid);
        panel.addCurrentAction()->trigger();
        panel.addCurrentAction()->trigger(); // already there: stays once
        QCOMPARE(store->recommendedReading()->size(), 2);
        QCOMPARE(store->recommendedReading()->at(1).uuid, b.uuid);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Recommended reading (2)"));
        panel.setCurrentArticle(QString()); // Home
        QVERIFY(!panel.addCurrentAction()->isEnabled());
        // Read-only mode: the lists are shown, the editing actions are not.
        panel.setReadOnly(true);
        QVERIFY(!panel.addCurrentAction()->isVisible());
        QCOMPARE(panel.view()->dragDropMode(), QAbstractItemView::NoDragDrop);
    }

    void createsRenamesAndDeletesLists()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"));
        ReadingListsPanel panel(*store);
        QStringList errors;
        connect(&panel, &ReadingListsPanel::errorOccurred, this,
                [&](const QString &message) { errors.append(message); });
        // Through the actions, as the user does: the name is asked for.
        QString answer = QStringLiteral("Summer school");
        panel.setNamePrompt(
            [&](const QString &, const QString &, const QString &) { return answer; });
        panel.setConfirmation([](const QString &, const QString &) { return true; });
        QMenu *menu = panel.findChild<QMenu *>();
        const auto action = [menu](const QString &prefix) {
            for (QAction *action : menu->actions()) {
                if (action->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return action;
            }
            return static_cast<QAction *>(nullptr);
        };
        action(QStringLiteral("New"))->trigger();
        QCOMPARE(panel.listChooser()->count(), 2);
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Summer school (0)"));
        QVERIFY(panel.addToList(panel.currentListId(), a.uuid));
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Summer school (1)"));
        QVERIFY(action(QStringLiteral("Delete"))->isEnabled());

        // Bad names are reported, not dropped silently.
        answer = QStringLiteral("recommended READING");
        action(QStringLiteral("Rename"))->trigger();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(QStringLiteral("already")));
        QVERIFY(!panel.createList(QStringLiteral("  ")));
        QCOMPARE(errors.size(), 2);

        answer = QStringLiteral("Autumn");
        action(QStringLiteral("Rename"))->trigger();
        QCOMPARE(store->readingLists()->at(1).name, QStringLiteral("Autumn"));
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Autumn (1)"));

        // Another list from the chooser, then back.
        QVERIFY(panel.showList(store->readingLists()->first().id));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(panel.showList(store->readingLists()->at(1).id));
        QCOMPARE(titles(*panel.model()), QStringList{QStringLiteral("Alpha")});

        action(QStringLiteral("Delete"))->trigger();
        QCOMPARE(store->readingLists()->size(), 1);
        QCOMPARE(panel.listChooser()->count(), 1);
        QVERIFY(!action(QStringLiteral("Delete"))->isEnabled()); // the recommended one now
        QVERIFY(!panel.deleteCurrentList());
        QCOMPARE(errors.size(), 3);
        // Cancelled prompts change nothing.
        answer.clear();
        action(QStringLiteral("New"))->trigger();
        QCOMPARE(store->readingLists()->size(), 1);
    }

    void reordersByDragAndDropInTheView()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"));
        const Article b = saved(*store, QStringLiteral("Beta"));
        const Article c = saved(*store, QStringLiteral("Gamma"));
        QVERIFY(store->setRecommendedReading({a.uuid, b.uuid, c.uuid}));
        ReadingListsPanel panel(*store);
        QListView *view = panel.view();
        QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
        QVERIFY(view->model()->flags(view->model()->index(0, 0)) & Qt::ItemIsDragEnabled);
        // What QListView does on an internal move: the dragged rows' data,
        // dropped before row 0.
        ReadingListModel *model = panel.model();
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(2)}));
        QVERIFY(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QVERIFY(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(titles(*model), (QStringList{QStringLiteral("Gamma"), QStringLiteral("Alpha"),
                                              QStringLiteral("Beta")}));
        QCOMPARE(store->recommendedReading()->first().uuid, c.uuid);
        // Articles dragged in from the article list land where dropped.
        const Article d = saved(*store, QStringLiteral("Delta"));
        QMimeData incoming;
        incoming.setData(ReadingListModel::mimeType(), d.uuid.toUtf8());
        QVERIFY(model->dropMimeData(&incoming, Qt::CopyAction, 1, 0, {}));
        QCOMPARE(store->recommendedReading()->at(1).uuid, d.uuid);
        QCOMPARE(panel.listChooser()->currentText(), QStringLiteral("Recommended reading (4)"));
    }

    void relatedRowsWrapLongReasons()
    {
        RelatedPanel panel;
        panel.resize(260, 500);
        const QString longReasons =
            QStringLiteral("має спільні теги: віза, Казахстан, стипендія · згадує Шихезійський "
                           "університет · схожий текст: навчання, гуртожиток, університет");
        panel.showSuggestions({}, {{QStringLiteral("u1"), QStringLiteral("Short"),
                                    QStringLiteral("similar text: tea")},
                                   {QStringLiteral("u2"), QStringLiteral("Long"), longReasons}});
        panel.show();
        QCoreApplication::processEvents();
        QListView *list = panel.list();
        QAbstractItemModel *model = list->model();
        const int shortRow = list->visualRect(model->index(0, 0)).height();
        const int longRow = list->visualRect(model->index(1, 0)).height();
        QVERIFY2(longRow > shortRow,
                 qPrintable(QStringLiteral("%1 vs %2").arg(longRow).arg(shortRow)));
        // All of it fits: the row is as tall as the reasons wrapped at its width.
        const QFontMetrics metrics(list->font());
        const QRect needed = metrics.boundingRect(
            QRect(0, 0, list->viewport()->width() - 12, 10000), Qt::TextWordWrap, longReasons);
        QVERIFY(longRow >= needed.height() + metrics.height());
        QVERIFY(model->index(1, 0).data(Qt::ToolTipRole).toString().contains(longReasons));
    }

    void longTitlesAreElidedWithTheWholeTitleInTheTooltip()
    {
        auto store = memoryStore();
        const QString longTitle = QStringLiteral(
            "Studying in Xi'an: a first-year guide to visas, dormitories, bank accounts and the "
            "registration with the police in the first thirty days");
        const Article a = saved(*store, longTitle);
        const Article b = saved(*store, QStringLiteral("Short"));
        QVERIFY(store->setRecommendedReading({a.uuid, b.uuid}));
        ReadingListsPanel panel(*store);
        panel.resize(240, 300);
        panel.show();
        QCoreApplication::processEvents();
        QListView *view = panel.view();
        const QModelIndex first = view->model()->index(0, 0);
        // The row fits the view: "…" at its end, no sideways scrolling.
        QVERIFY2(view->visualRect(first).width() <= view->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2")
                                .arg(view->visualRect(first).width())
                                .arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), longTitle);
        // Wider dock, wider rows (measured again on resize).
        const int narrow = view->visualRect(first).width();
        panel.resize(480, 300);
        QCoreApplication::processEvents();
        QVERIFY(view->visualRect(first).width() > narrow);
        // The list chooser ends a name that does not fit in "…" (the style
        // alone would cut it mid-letter) and offers the whole name as a tooltip.
        auto *chooser = qobject_cast<ElidedComboBox *>(panel.listChooser());
        QVERIFY(chooser);
        const QString name = chooser->currentText();
        QVERIFY(name.startsWith(QStringLiteral("Recommended reading")));
        QCOMPARE(chooser->shownText(name), name); // fits at 480 px
        const QString longName = QStringLiteral("Reading for first-year students from Ukraine "
                                                "before their first semester in China");
        chooser->setItemText(chooser->currentIndex(), longName);
        QVERIFY(chooser->shownText(longName).endsWith(QChar(0x2026)));
        QVERIFY(chooser->fontMetrics().horizontalAdvance(chooser->shownText(longName)) <
                chooser->width());
        QHelpEvent help(QEvent::ToolTip, QPoint(5, 5), chooser->mapToGlobal(QPoint(5, 5)));
        QVERIFY(QCoreApplication::sendEvent(chooser, &help));
        QTRY_COMPARE(QToolTip::text(), longName);
        QToolTip::hideText();
        const QString path = QDir::temp().filePath(QStringLiteral("readinglists-elided.png"));
        panel.resize(240, 300);
        QCoreApplication::processEvents();
        chooser->setItemText(chooser->currentIndex(), name);
        QVERIFY(panel.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void homeShowsAHintAndGivesTheRoomToTheLists()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Alpha"));
        QVERIFY(store->setRecommendedReading({a.uuid}));
        RelatedPanel panel;
        panel.setReadingLists(new ReadingListsPanel(*store, &panel));
        panel.resize(300, 600);
        panel.clear(); // Home
        panel.show();
        QCoreApplication::processEvents();
        QVERIFY(panel.emptyText()->isVisible());
        QCOMPARE(panel.emptyText()->text(),
                 QStringLiteral("Open an article to see related articles."));
        QVERIFY(!panel.list()->isVisible());
        // No large empty area: the hint is all the suggestions take.
        const int hintHeight = panel.suggestionsArea()->height();
        QVERIFY2(hintHeight < 120, qPrintable(QString::number(hintHeight)));
        QVERIFY(panel.readingLists()->height() > 400);

        // An article: the suggestions get their room back.
        panel.showSuggestions({}, {{QStringLiteral("u1"), QStringLiteral("Beta"),
                                    QStringLiteral("similar text: tea")}});
        QCoreApplication::processEvents();
        QVERIFY(panel.list()->isVisible());
        QVERIFY(!panel.emptyText()->isVisible());
        QVERIFY2(panel.suggestionsArea()->height() > 250,
                 qPrintable(QString::number(panel.suggestionsArea()->height())));
        // An article with nothing related says why, not "open an article".
        panel.showSuggestions({}, {});
        QCoreApplication::processEvents();
        QVERIFY(panel.emptyText()->isVisible());
        QVERIFY(panel.emptyText()->text().startsWith(QStringLiteral("No related articles")));
        // Home again, in Ukrainian: the hint is translated and not clipped.
        QVERIFY(installUiLanguage(QStringLiteral("uk"), QStringLiteral(LECTERN_QM_DIR)));
        panel.clear();
        QCoreApplication::processEvents();
        QVERIFY(panel.emptyText()->text() !=
                QStringLiteral("Open an article to see related articles."));
        QVERIFY(panel.emptyText()->height() >=
                panel.emptyText()->heightForWidth(panel.emptyText()->width()));
        const QString path = QDir::temp().filePath(QStringLiteral("related-home-uk.png"));
        QVERIFY(panel.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }

    void screenshotsInEnglishAndUkrainian()
    {
        auto store = memoryStore();
        const Article a = saved(*store, QStringLiteral("Studying in Xi'an: a first-year guide"));
        const Article b = saved(*store, QStringLiteral("Visa and registration for Kazakhstan"));
        QVERIFY(store->setRecommendedReading({a.uuid, b.uuid}));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
            RelatedPanel panel;
            auto *lists = new ReadingListsPanel(*store, &panel);
            panel.setReadingLists(lists);
            lists->setCurrentArticle(a.uuid);
            panel.showSuggestions(
                {{QStringLiteral("t1"), QStringLiteral("zh")},
                 {QStringLiteral("t2"), QStringLiteral("uk")}},
                {{b.uuid, b.title,
                  language == QLatin1String("uk")
                      ? QStringLiteral("має спільні теги: віза, Казахстан · згадує Шихезійський "
                                       "університет · схожий текст: реєстрація, віза")
                      : QStringLiteral(
                            "shares tags: visa, Kazakhstan · mentions Shihezi University "
                            "· similar text: registration, visa")}});
            panel.resize(300, 560);
            panel.show();
            QCoreApplication::processEvents();
            const QString path =
                QDir::temp().filePath(QStringLiteral("readinglists-%1.png").arg(language));
            QVERIFY(panel.grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
            // Nothing of the list chooser's text is cut at this width.
            QVERIFY(lists->listChooser()->currentText().size() > 0);
        }
        installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR));
    }
};

QTEST_MAIN(ReadingListsTest)
#include "tst_readinglists.moc"
