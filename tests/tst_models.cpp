// The list models, each under QAbstractItemModelTester, checked against the store.
#include "articletablemodel.h"
#include "searchresultsmodel.h"
#include "sidebarmodel.h"
#include "testsupport.h"
#include "universitylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;

namespace {

constexpr int articleCount = 450; // more than two pages

QStringList titlesOf(const ArticleTableModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles.append(model.articleAt(row).title);
    return titles;
}

void fetchAll(ArticleTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class ModelsTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = memoryStore();
        const QStringList languages{QStringLiteral("en"), QStringLiteral("zh"),
                                    QStringLiteral("uk")};
        for (int i = 0; i < articleCount; ++i) {
            // Titles in an order unrelated to insertion, some equal, mixed case.
            Article a =
                makeArticle(QStringLiteral("%1 article %2")
                                .arg(i % 3 == 0 ? QStringLiteral("alpha") : QStringLiteral("Beta"))
                                .arg((i * 7919) % 1000, 3, 10, QLatin1Char('0')),
                            QStringLiteral("text %1").arg(i));
            a.language = languages.at(i % 3);
            a.status = i % 4 == 0 ? ArticleStatus::Draft : ArticleStatus::Published;
            a.category = i % 5 == 0 ? QStringLiteral("Interviews") : QStringLiteral("News");
            a.tags = {i % 2 ? QStringLiteral("odd") : QStringLiteral("even")};
            QVERIFY(m_store->saveArticle(a));
        }
        University u;
        u.name = QStringLiteral("Hunan University");
        u.country = QStringLiteral("China");
        QVERIFY(m_store->saveUniversity(u));
    }

    void articleModelFetchesPageByPage()
    {
        // No model tester here: it fetches more on its own after every change.
        ArticleTableModel model(*m_store);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QCOMPARE(model.rowCount(), ArticleTableModel::firstPageSize);
        QCOMPARE(model.matchingCount(), articleCount);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ArticleTableModel::firstPageSize + ArticleTableModel::pageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), ArticleTableModel::firstPageSize);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), articleCount);
        QVERIFY(!model.canFetchMore({}));
        // Every article exactly once.
        QSet<QString> uuids;
        for (int row = 0; row < model.rowCount(); ++row)
            uuids.insert(model.articleAt(row).uuid);
        QCOMPARE(uuids.size(), articleCount);

        // Under the tester, which fetches as a view would, every row arrives once.
        ArticleTableModel tested(*m_store);
        QAbstractItemModelTester tester(&tested,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tested.reload();
        fetchAll(tested);
        QCOMPARE(tested.rowCount(), articleCount);
    }

    void articleModelSortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        for (int column = 0; column < ArticleTableModel::ColumnCount; ++column) {
            QTest::addRow("column %d asc", column) << column << int(Qt::AscendingOrder);
            QTest::addRow("column %d desc", column) << column << int(Qt::DescendingOrder);
        }
    }

    void articleModelSortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        ArticleTableModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        fetchAll(model);
        QCOMPARE(model.rowCount(), articleCount);
        // Paging by key across page boundaries keeps the order total and gapless.
        QSet<QString> uuids;
        for (int row = 0; row < model.rowCount(); ++row)
            uuids.insert(model.articleAt(row).uuid);
        QCOMPARE(uuids.size(), articleCount);
        if (column == ArticleTableModel::TitleColumn) {
            QStringList expected = titlesOf(model);
            std::stable_sort(expected.begin(), expected.end(),
                             [&](const QString &a, const QString &b) {
                                 const int c = a.compare(b, Qt::CaseInsensitive);
                                 return order == Qt::AscendingOrder ? c < 0 : c > 0;
                             });
            QCOMPARE(titlesOf(model), expected);
        }
        if (column == ArticleTableModel::LanguageColumn) {
            const QString first = model.articleAt(0).language;
            const QString last = model.articleAt(articleCount - 1).language;
            QCOMPARE(first,
                     order == Qt::AscendingOrder ? QStringLiteral("en") : QStringLiteral("zh"));
            QCOMPARE(last,
                     order == Qt::AscendingOrder ? QStringLiteral("zh") : QStringLiteral("en"));
        }
    }

    void articleModelSortsOnceForTheSameOrder()
    {
        ArticleTableModel model(*m_store);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(ArticleTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(resets.count(), 1);
        // A view announces its order several times while it is set up: the
        // same order keeps the rows it has.
        model.sort(ArticleTableModel::DateColumn, Qt::DescendingOrder);
        QCOMPARE(resets.count(), 1);
        model.sort(ArticleTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(resets.count(), 2);
        model.sort(ArticleTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(resets.count(), 3);
        model.reload(); // after edits: always reads again
        QCOMPARE(resets.count(), 4);
    }

    void firstPageByDateReadsOnlyAnIndex()
    {
        // The list opens newest first: its page must not walk the article
        // bodies (migration 6), which made the first paint slow at 100,000.
        const auto plan = sqlRows(
            *m_store,
            QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT a.id, a.uuid, a.title, a.language, a.status, a.author, "
                "a.category, a.updated, a.published FROM articles a WHERE a.deleted IS NULL "
                "ORDER BY coalesce(a.published, 0) DESC, a.id DESC LIMIT 60"));
        QVERIFY(plan);
        QString detail;
        for (const QVariantList &row : plan.value())
            detail += row.at(3).toString() + QLatin1Char('\n');
        QVERIFY2(detail.contains(QLatin1String("COVERING INDEX articles_live_published")),
                 qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("TEMP B-TREE")), qPrintable(detail));
    }

    void articleModelFilters()
    {
        ArticleTableModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ArticleTableModel::countsChanged);
        ArticleFilter filter;
        filter.status = ArticleStatus::Draft;
        filter.language = QStringLiteral("zh");
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), m_store->articleCount(filter).value());
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.articleAt(row).status, ArticleStatus::Draft);
            QCOMPARE(model.articleAt(row).language, QStringLiteral("zh"));
        }
        QCOMPARE(counts.count(), 1);
        QCOMPARE(counts.first().at(1).toInt(), articleCount);

        filter = {};
        filter.tag = QStringLiteral("odd");
        filter.category = QStringLiteral("Interviews");
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), articleCount / 10);
        filter = {};
        filter.text = QStringLiteral("alpha");
        model.setFilter(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), articleCount / 3);
        filter.text = QStringLiteral("nothing-like-this");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void articleModelShowsColumns()
    {
        ArticleTableModel model(*m_store);
        model.reload();
        const QModelIndex title = model.index(0, ArticleTableModel::TitleColumn);
        QCOMPARE(title.data().toString(), model.articleAt(0).title);
        QCOMPARE(title.data(ArticleTableModel::UuidRole).toString(), model.articleAt(0).uuid);
        QVERIFY(!model.index(0, ArticleTableModel::DateColumn).data().toString().isEmpty());
        QVERIFY(!model.headerData(ArticleTableModel::AuthorColumn, Qt::Horizontal)
                     .toString()
                     .isEmpty());
        QCOMPARE(model.rowOf(model.articleAt(3).uuid), 3);
        QCOMPARE(model.rowOf(QStringLiteral("absent")), -1);
    }

    void sidebarModelListsPlaces()
    {
        SidebarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rebuild(*m_store));
        QVERIFY(model.find(SidebarModel::Kind::Home).isValid());
        QVERIFY(model.find(SidebarModel::Kind::Trash).isValid());
        const QModelIndex interviews =
            model.find(SidebarModel::Kind::Category, QStringLiteral("Interviews"));
        QVERIFY(interviews.isValid());
        QVERIFY(interviews.data().toString().contains(QString::number(articleCount / 5)));
        QCOMPARE(SidebarModel::filterFor(interviews).category, QStringLiteral("Interviews"));
        const QModelIndex drafts = model.find(SidebarModel::Kind::Status, QStringLiteral("draft"));
        QCOMPARE(SidebarModel::filterFor(drafts).status, ArticleStatus::Draft);
        QVERIFY(model.find(SidebarModel::Kind::Tag, QStringLiteral("odd")).isValid());
        // Ukraine and China are always listed; universities are counted by country.
        QVERIFY(
            model.find(SidebarModel::Kind::UniversityCountry, QStringLiteral("Ukraine")).isValid());
        QVERIFY(
            model.find(SidebarModel::Kind::UniversityCountry, QStringLiteral("China")).isValid());
        QVERIFY(SidebarModel::filterFor(model.find(SidebarModel::Kind::Trash)).trash);
        QVERIFY(SidebarModel::filterFor(model.find(SidebarModel::Kind::RecommendedReading))
                    .recommended);
        QVERIFY(model.rebuild(*m_store)); // rebuilding is safe under the tester
    }

    void sidebarTagsComeWithTheCountsLater()
    {
        SidebarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rebuild(*m_store, SidebarModel::Counts::Later));
        const QModelIndex group =
            model.find(SidebarModel::Kind::Heading, SidebarModel::tagsHeading);
        QVERIFY(group.isValid()); // the heading is there at once, folded and empty
        QCOMPARE(model.rowCount(group), 0);
        QVERIFY(!model.find(SidebarModel::Kind::Tag, QStringLiteral("odd")).isValid());
        QVERIFY(model.updateCounts(*m_store));
        QCOMPARE(model.rowCount(group), 2);
        const QModelIndex odd = model.find(SidebarModel::Kind::Tag, QStringLiteral("odd"));
        QVERIFY(odd.isValid());
        QCOMPARE(odd.data().toString(), QStringLiteral("odd (%L1)").arg(articleCount / 2));
        QCOMPARE(odd.data(SidebarModel::LabelRole).toString(), QStringLiteral("odd"));
        QCOMPARE(SidebarModel::filterFor(odd).tag, QStringLiteral("odd"));
        // Counting again does not add them twice.
        QVERIFY(model.updateCounts(*m_store));
        QCOMPARE(model.rowCount(group), 2);
        // A library without tags has no Tags heading.
        auto bare = memoryStore();
        QVERIFY(bare->saveArticle(makeArticle(QStringLiteral("Untagged"), QStringLiteral("x"))));
        QVERIFY(model.rebuild(*bare, SidebarModel::Counts::Later));
        QVERIFY(!model.find(SidebarModel::Kind::Heading, SidebarModel::tagsHeading).isValid());
    }

    void searchResultsModel()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto hits = m_store->search(QStringLiteral("text"), 10);
        QVERIFY(hits);
        model.setHits(hits.value());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0).data().toString(), hits->first().title);
        QVERIFY2(model.index(0)
                     .data(SearchResultsModel::SnippetRole)
                     .toString()
                     .contains(QStringLiteral("<b>")),
                 qPrintable(model.index(0).data(SearchResultsModel::SnippetRole).toString()));
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }

    void universityListModel()
    {
        UniversityListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUniversities(m_store->universities(QStringLiteral("China")).value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Hunan University"));
        QCOMPARE(model.rowOf(model.index(0).data(UniversityListModel::UuidRole).toString()), 0);
    }
};

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"
