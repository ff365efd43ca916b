// The library store: articles, universities, links, media, revisions, trash,
// and that a write failing half-way changes nothing.
#include "librarywriter.h"
#include "storeprobe.h"
#include "testsupport.h"

#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;

class StoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savesAndLoadsEveryField()
    {
        auto store = memoryStore();
        const auto university =
            store->saveUniversity(University{0,
                                             {},
                                             QStringLiteral("Hunan University"),
                                             QStringLiteral("China"),
                                             QStringLiteral("Changsha"),
                                             1926,
                                             QStringLiteral("https://www.hnu.edu.cn"),
                                             {},
                                             QStringLiteral("<p>Located in Changsha.</p>"),
                                             {},
                                             {},
                                             {}});
        QVERIFY2(university, qPrintable(university.error()));
        const auto image =
            store->addMedia(QByteArrayLiteral("PNGDATA"), QStringLiteral("image/png"));
        QVERIFY(image);

        Article article = makeArticle(QStringLiteral("  Summit in Xi'an "),
                                      QStringLiteral("Leaders met <today>."));
        article.summary = QStringLiteral("A summary");
        article.language = QStringLiteral("uk");
        article.translationGroup = QStringLiteral("group-1");
        article.author = QStringLiteral("Олена");
        article.source = QStringLiteral("CUEU");
        article.category = QStringLiteral("News");
        article.tags = {QStringLiteral("visa"), QStringLiteral(" Kazakhstan "),
                        QStringLiteral("VISA"), QString()};
        article.status = ArticleStatus::Published;
        article.featuredImage = image.value();
        article.universityUuids = {university->uuid};
        const auto saved = store->saveArticle(article);
        QVERIFY2(saved, qPrintable(saved.error()));

        QVERIFY(!saved->uuid.isEmpty());
        QCOMPARE(saved->title, QStringLiteral("Summit in Xi'an"));
        QCOMPARE(saved->bodyText, QStringLiteral("Leaders met <today>."));
        QCOMPARE(saved->tags, (QStringList{QStringLiteral("visa"), QStringLiteral("Kazakhstan")}));
        QVERIFY(saved->published.isValid()); // published now, since none was given
        QVERIFY(saved->created.isValid());
        QCOMPARE(saved->universityUuids, QStringList{university->uuid});

        const auto loaded = store->article(saved->uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), saved.value());
        QCOMPARE(loaded->featuredImage, image.value());
        QCOMPARE(loaded->author, QStringLiteral("Олена"));
    }

    void unknownArticleIsAnError()
    {
        auto store = memoryStore();
        const auto missing = store->article(QStringLiteral("no-such-uuid"));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("no-such-uuid")));
    }

    void everySaveKeepsThePreviousVersion()
    {
        auto store = memoryStore();
        auto first =
            store->saveArticle(makeArticle(QStringLiteral("One"), QStringLiteral("first")));
        QVERIFY(first);
        QCOMPARE(store->articleRevisions(first->uuid)->size(), 0);

        Article second = first.value();
        second.title = QStringLiteral("Two");
        second.tags = {QStringLiteral("changed")};
        second.bodyHtml = QStringLiteral("<p>second</p>");
        QVERIFY(store->saveArticle(second));
        Article third = store->article(first->uuid).value();
        third.category = QStringLiteral("Later");
        QVERIFY(store->saveArticle(third));

        const auto revisions = store->articleRevisions(first->uuid);
        QVERIFY(revisions);
        QCOMPARE(revisions->size(), 2);
        // Newest first; each holds all fields of the version it replaced.
        const auto older = store->articleRevision(revisions->last().id);
        QVERIFY(older);
        QCOMPARE(older->title, QStringLiteral("One"));
        QCOMPARE(older->bodyText, QStringLiteral("first"));
        QVERIFY(older->tags.isEmpty());
        const auto newer = store->articleRevision(revisions->first().id);
        QCOMPARE(newer->title, QStringLiteral("Two"));
        QCOMPARE(newer->tags, QStringList{QStringLiteral("changed")});
        QVERIFY(newer->category.isEmpty());
        QVERIFY(revisions->first().size > 0);
        QVERIFY(!store->articleRevision(999999));
    }

    void trashAndRestore()
    {
        auto store = memoryStore();
        auto kept = store->saveArticle(makeArticle(QStringLiteral("Kept"), QStringLiteral("a")));
        auto gone = store->saveArticle(makeArticle(QStringLiteral("Gone"), QStringLiteral("b")));
        QVERIFY(kept && gone);
        QVERIFY(store->trashArticle(gone->uuid));
        QCOMPARE(store->articleCount().value(), 1);
        ArticleFilter trash;
        trash.trash = true;
        QCOMPARE(store->articles(trash)->size(), 1);
        QCOMPARE(store->articles(trash)->first().title, QStringLiteral("Gone"));
        QVERIFY(!store->trashArticle(gone->uuid));   // already there
        QVERIFY(!store->restoreArticle(kept->uuid)); // not in the trash

        QVERIFY(store->restoreArticle(gone->uuid));
        QCOMPARE(store->articleCount().value(), 2);
        QCOMPARE(store->articleCount(trash).value(), 0);

        QVERIFY(!store->deleteArticlePermanently(kept->uuid)); // only from the trash
        QVERIFY(store->trashArticle(gone->uuid));
        QVERIFY(store->deleteArticlePermanently(gone->uuid));
        QVERIFY(!store->article(gone->uuid));
        QCOMPARE(store->articleCount(trash).value(), 0);
    }

    void filtersListArticles()
    {
        auto store = memoryStore();
        Article a = makeArticle(QStringLiteral("A"), QStringLiteral("a"));
        a.category = QStringLiteral("News");
        a.tags = {QStringLiteral("visa")};
        a.status = ArticleStatus::Published;
        Article b = makeArticle(QStringLiteral("B"), QStringLiteral("b"), QStringLiteral("zh"));
        b.category = QStringLiteral("Guide");
        QVERIFY(store->saveArticle(a));
        QVERIFY(store->saveArticle(b));

        ArticleFilter filter;
        filter.status = ArticleStatus::Published;
        QCOMPARE(store->articles(filter)->size(), 1);
        filter = {};
        filter.language = QStringLiteral("zh");
        QCOMPARE(store->articles(filter)->first().title, QStringLiteral("B"));
        filter = {};
        filter.tag = QStringLiteral("VISA"); // tags compare without case
        QCOMPARE(store->articles(filter)->first().title, QStringLiteral("A"));
        filter = {};
        filter.category = QStringLiteral("Guide");
        QCOMPARE(store->articles(filter)->size(), 1);
        QCOMPARE(store->categories().value(),
                 (QStringList{QStringLiteral("Guide"), QStringLiteral("News")}));
        QCOMPARE(store->tags().value(), QStringList{QStringLiteral("visa")});
    }

    void translationsShareAGroup()
    {
        auto store = memoryStore();
        Article en = makeArticle(QStringLiteral("Welcome"), QStringLiteral("x"));
        en.translationGroup = QStringLiteral("welcome");
        Article zh = makeArticle(QStringLiteral("欢迎"), QStringLiteral("x"), QStringLiteral("zh"));
        zh.translationGroup = QStringLiteral("welcome");
        Article other = makeArticle(QStringLiteral("Other"), QStringLiteral("x"));
        const auto savedEn = store->saveArticle(en);
        const auto savedZh = store->saveArticle(zh);
        QVERIFY2(savedZh, qPrintable(savedZh.error()));
        QVERIFY(store->saveArticle(other));
        const auto translations = store->translations(savedEn->uuid);
        QVERIFY(translations);
        QCOMPARE(translations->size(), 1);
        QCOMPARE(translations->first().title, QStringLiteral("欢迎"));
    }

    void universitiesWithRevisionsAndTrash()
    {
        auto store = memoryStore();
        University u;
        u.name = QStringLiteral("Shihezi University");
        u.country = QStringLiteral("China");
        u.profileHtml = QStringLiteral("<p>In 1949</p>");
        auto saved = store->saveUniversity(u);
        QVERIFY(saved);
        QCOMPARE(saved->profileText, QStringLiteral("In 1949"));
        University changed = saved.value();
        changed.city = QStringLiteral("Shihezi");
        QVERIFY(store->saveUniversity(changed));
        QCOMPARE(store->universityRevisions(saved->uuid)->size(), 1);
        QCOMPARE(store->countries().value(), QStringList{QStringLiteral("China")});

        Article article = makeArticle(QStringLiteral("Mentions"), QStringLiteral("x"));
        article.universityUuids = {saved->uuid};
        QVERIFY(store->saveArticle(article));
        QCOMPARE(store->articlesMentioning(saved->uuid)->size(), 1);

        QVERIFY(store->trashUniversity(saved->uuid));
        QCOMPARE(store->universities()->size(), 0);
        QVERIFY(store->restoreUniversity(saved->uuid));
        QCOMPARE(store->universities(QStringLiteral("China"))->size(), 1);
        QCOMPARE(store->universities(QStringLiteral("Ukraine"))->size(), 0);

        Article bad = makeArticle(QStringLiteral("Bad link"), QStringLiteral("x"));
        bad.universityUuids = {QStringLiteral("missing")};
        QVERIFY(!store->saveArticle(bad));
        QCOMPARE(store->articleCount().value(), 1); // nothing half-saved
    }

    void relatedLinksKeepOrderAndMode()
    {
        auto store = memoryStore();
        const auto a = store->saveArticle(makeArticle(QStringLiteral("A"), QStringLiteral("a")));
        const auto b = store->saveArticle(makeArticle(QStringLiteral("B"), QStringLiteral("b")));
        const auto c = store->saveArticle(makeArticle(QStringLiteral("C"), QStringLiteral("c")));
        const QList<RelatedLink> links{{c->uuid, RelatedMode::Pinned},
                                       {b->uuid, RelatedMode::Excluded}};
        QVERIFY(store->setRelatedLinks(a->uuid, links));
        QCOMPARE(store->relatedLinks(a->uuid).value(), links);
        QVERIFY(!store->setRelatedLinks(a->uuid, {{a->uuid, RelatedMode::Link}}));
        QCOMPARE(store->relatedLinks(a->uuid).value(), links); // failed write changed nothing
    }

    void recommendedReadingIsOrdered()
    {
        auto store = memoryStore();
        const auto a = store->saveArticle(makeArticle(QStringLiteral("A"), QStringLiteral("a")));
        const auto b = store->saveArticle(makeArticle(QStringLiteral("B"), QStringLiteral("b")));
        QVERIFY(store->setRecommendedReading({b->uuid, a->uuid}));
        const auto list = store->recommendedReading();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().title, QStringLiteral("B"));
        QVERIFY(store->trashArticle(b->uuid));
        QCOMPARE(store->recommendedReading()->size(), 1);
    }

    void mediaIsStoredOnceByHash()
    {
        auto store = memoryStore();
        const QByteArray bytes(100000, 'x');
        const auto first = store->addMedia(bytes, QStringLiteral("image/png"));
        const auto second = store->addMedia(bytes, QStringLiteral("image/png"));
        QVERIFY(first && second);
        QCOMPARE(first.value(), second.value());
        QCOMPARE(first->size(), 64);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM media"))->toInt(), 1);
        QCOMPARE(store->media(first.value())->data, bytes);
        QVERIFY(!store->media(QStringLiteral("0000")));
    }

    void aUnitOfWorkIsWrittenWholeOrNotAtAll()
    {
        auto store = memoryStore();
        const MediaItem first{QStringLiteral("a1"), QStringLiteral("image/png"), "first"};
        const MediaItem second{QStringLiteral("b2"), QStringLiteral("image/png"), "second"};
        // A failure after two writes: neither is kept, and the error is the work's.
        bool seen = false;
        const Status failed = store->write([&](LibraryWriter &writer) -> Status {
            if (Status status = writer.storeMedia(first); !status)
                return status;
            if (Status status = writer.storeMedia(second); !status)
                return status;
            seen = writer.store().hasMedia(first.sha256).value(); // reads see the work so far
            return Error{QStringLiteral("stopped on purpose"), ErrorKind::Cancelled};
        });
        QVERIFY(!failed);
        QVERIFY(seen);
        QCOMPARE(failed.errorKind(), ErrorKind::Cancelled);
        QCOMPARE(failed.error(), QStringLiteral("stopped on purpose"));
        QVERIFY(!store->hasMedia(first.sha256).value());
        QVERIFY(!store->hasMedia(second.sha256).value());

        // A unit of work cannot start inside another: the inner one is refused,
        // the outer one goes on.
        Status inner = success();
        const Status written = store->write([&](LibraryWriter &writer) -> Status {
            inner = store->write([&](LibraryWriter &w) { return w.storeMedia(second); });
            return writer.storeMedia(first);
        });
        QVERIFY2(written, qPrintable(written.error()));
        QVERIFY(!inner);
        QCOMPARE(inner.errorKind(), ErrorKind::InvalidInput);
        QVERIFY(store->hasMedia(first.sha256).value());
        QVERIFY(!store->hasMedia(second.sha256).value());

        // A read-only library refuses the unit of work and keeps nothing.
        QVERIFY(setQueryOnly(*store, true));
        const Status refused =
            store->write([&](LibraryWriter &writer) { return writer.storeMedia(second); });
        QVERIFY(!refused);
        QVERIFY(setQueryOnly(*store, false));
        QVERIFY(!store->hasMedia(second.sha256).value());
    }

    void aSearchIndexThatDoesNotMatchIsFound()
    {
        auto store = memoryStore();
        QVERIFY(store->saveArticle(makeArticle(QStringLiteral("Kept"), QStringLiteral("quince"))));
        QVERIFY(store->saveArticle(makeArticle(QStringLiteral("Other"), QStringLiteral("medlar"))));
        QVERIFY(checkSearchIndex(*store));
        QVERIFY(store->check()->intact);
        if (store->isTeamLibrary()) {
            // Entries left from an earlier version of their articles...
            QVERIFY(execSql(*store, QStringLiteral("UPDATE article_search SET document = "
                                                   "CAST('old' AS tsvector)")));
            QVERIFY(!checkSearchIndex(*store));
            const auto report = store->check();
            QVERIFY(report);
            QVERIFY(!report->intact);
            QCOMPARE(report->details.size(), 2);
            // ...and entries missing.
            QVERIFY(execSql(*store, QStringLiteral("DELETE FROM article_search")));
            QVERIFY(store->check()->details.first().contains(QStringLiteral("missing")));
        } else {
            QVERIFY(execSql(*store, QStringLiteral("INSERT INTO article_search (article_search) "
                                                   "VALUES ('delete-all')")));
            QVERIFY(!checkSearchIndex(*store));
        }
    }

    void writeFailingHalfWayLeavesLibraryAsItWas()
    {
        auto store = memoryStore();
        Article article = makeArticle(QStringLiteral("Original"), QStringLiteral("pomegranate"));
        article.tags = {QStringLiteral("old")};
        const auto saved = store->saveArticle(article);
        QVERIFY(saved);
        // Make a late step of a save (linking the tags) fail, as a full disk
        // would, after the revision, the index and the article row were written.
        const QString failing = QStringLiteral(
            "NEW.position = 0 AND (SELECT title FROM articles WHERE id = NEW.article_id) = "
            "'Changed'");
        QVERIFY(failWhen(*store, QStringLiteral("fail_tags"),
                         QStringLiteral("BEFORE INSERT ON article_tags"), failing,
                         QStringLiteral("simulated failure")));

        Article changed = saved.value();
        changed.title = QStringLiteral("Changed");
        changed.bodyHtml = QStringLiteral("<p>apricot</p>");
        changed.tags = {QStringLiteral("new")};
        const auto result = store->saveArticle(changed);
        QVERIFY(!result);
        QVERIFY(result.error().contains(QStringLiteral("simulated failure")));

        QCOMPARE(store->article(saved->uuid).value(), saved.value());
        QCOMPARE(hitTitles(store->search(QStringLiteral("pomegranate"))),
                 QStringList{QStringLiteral("Original")});
        QVERIFY(hitTitles(store->search(QStringLiteral("apricot"))).isEmpty());
        QCOMPARE(store->articleRevisions(saved->uuid)->size(), 0);
        if (!store->isTeamLibrary()) {
            QVERIFY(execSql(*store, QStringLiteral("INSERT INTO article_search "
                                                   "(article_search, rank) VALUES "
                                                   "('integrity-check', 1)")));
        }
    }
};

QTEST_MAIN(StoreTest)
#include "tst_store.moc"
