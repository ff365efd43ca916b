// Exchange files and merging: taken, kept, conflicts and their resolutions,
// deletions on one side, media by hash, and a merge that fails or is killed
// half-way leaving the library as it was.
#include "testsupport.h"

#include "exchange/libraryexchange.h"
#include "exchange/merge.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

std::unique_ptr<LibraryStore> fileStore(const QString &path)
{
    auto store = LibraryStore::create(path);
    if (!store)
        qFatal("cannot create %s: %s", qPrintable(path), qPrintable(store.error()));
    return std::move(store).value();
}

Article edited(LibraryStore &store, const QString &uuid, const QString &title)
{
    Article article = store.article(uuid).value();
    article.title = title;
    return store.saveArticle(article).value();
}

// Everything a user could see of a library, to compare before and after.
QString fingerprint(LibraryStore &store)
{
    QStringList rows;
    for (const char *sql :
         {"SELECT uuid, title, body_html, updated, deleted FROM articles ORDER BY uuid",
          "SELECT count(*) FROM article_revisions", "SELECT sha256 FROM media ORDER BY sha256",
          "SELECT uuid, name FROM universities ORDER BY uuid"}) {
        const auto read = sqlRows(store, QString::fromLatin1(sql));
        if (!read)
            return QStringLiteral("error");
        for (const QVariantList &row : read.value()) {
            QStringList values;
            for (const QVariant &value : row)
                values.append(value.toString());
            rows.append(values.join(QLatin1Char('|')));
        }
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class ExchangeTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("f%1.lectern").arg(++m_files)); }

    // My library, and a colleague's that starts as a copy of it through an
    // exchange file; returns the uuids of the shared articles.
    QStringList twoLibraries(std::unique_ptr<LibraryStore> &mine,
                             std::unique_ptr<LibraryStore> &theirs, int count = 3)
    {
        mine = fileStore(newPath());
        QStringList uuids;
        for (int i = 0; i < count; ++i)
            uuids.append(mine->saveArticle(makeArticle(QStringLiteral("Article %1").arg(i),
                                                       QStringLiteral("text %1").arg(i)))
                             ->uuid);
        const QString file = newPath();
        ExportSelection all;
        all.all = true;
        if (!LibraryExchange::exportLibrary(*mine, file, all))
            qFatal("export failed");
        theirs = fileStore(newPath());
        if (!LibraryMerge::merge(*theirs, file))
            qFatal("first merge failed");
        return uuids;
    }

    QString exportAll(LibraryStore &store)
    {
        const QString file = newPath();
        ExportSelection all;
        all.all = true;
        const auto report = LibraryExchange::exportLibrary(store, file, all);
        if (!report)
            qFatal("export failed: %s", qPrintable(report.error()));
        return file;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void exportIsAStandaloneLibraryWithHistoryAndMedia()
    {
        auto store = fileStore(newPath());
        const auto university = store->saveUniversity(University{0,
                                                                 {},
                                                                 QStringLiteral("Hunan University"),
                                                                 QStringLiteral("China"),
                                                                 {},
                                                                 0,
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {},
                                                                 {}});
        const QString image =
            store->addMedia(QByteArrayLiteral("\x89PNG fake"), QStringLiteral("image/png")).value();
        Article article = makeArticle(QStringLiteral("With a picture"), QStringLiteral("x"));
        article.bodyHtml = QStringLiteral("<p>See <img src=\"lectern-media:%1\"></p>").arg(image);
        article.universityUuids = {university->uuid};
        const auto saved = store->saveArticle(article);
        QVERIFY(saved);
        edited(*store, saved->uuid, QStringLiteral("With a picture, edited"));
        const auto other = store->saveArticle(makeArticle(QStringLiteral("Not exported"), {}));

        const QString file = newPath();
        ExportSelection selection;
        selection.articleUuids = {saved->uuid};
        const auto report = LibraryExchange::exportLibrary(*store, file, selection);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->articles, 1);
        QCOMPARE(report->revisions, 1);
        QCOMPARE(report->media, 1);
        QCOMPARE(report->universities, 1);

        auto exported = LibraryStore::open(file);
        QVERIFY2(exported, qPrintable(exported.error()));
        QCOMPARE(exported.value()->articleCount().value(), 1);
        const auto copy = exported.value()->article(saved->uuid);
        QVERIFY(copy);
        QCOMPARE(copy->title, QStringLiteral("With a picture, edited"));
        QCOMPARE(copy->universityUuids, QStringList{university->uuid});
        QCOMPARE(exported.value()->articleRevisions(saved->uuid)->size(), 1);
        QVERIFY(exported.value()->media(image));
        QVERIFY(!exported.value()->article(other->uuid));

        // Never over an existing file; an unknown article is an error.
        QVERIFY(!LibraryExchange::exportLibrary(*store, file, selection));
        selection.articleUuids = {QStringLiteral("no-such-uuid")};
        QVERIFY(!LibraryExchange::exportLibrary(*store, newPath(), selection));
    }

    void exportSinceADate()
    {
        auto store = fileStore(newPath());
        const auto old = store->saveArticle(makeArticle(QStringLiteral("Old"), {}));
        QVERIFY(execSql(*store, QStringLiteral("UPDATE articles SET updated = 0")));
        const auto recent = store->saveArticle(makeArticle(QStringLiteral("Recent"), {}));
        ExportSelection since;
        since.since = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        const QString file = newPath();
        QCOMPARE(LibraryExchange::exportLibrary(*store, file, since)->articles, 1);
        QVERIFY(LibraryStore::open(file).value()->article(recent->uuid));
    }

    void takenKeptAndUnchanged()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList uuids = twoLibraries(mine, theirs);
        QCOMPARE(theirs->articleCount().value(), 3);

        edited(*theirs, uuids[0], QStringLiteral("Changed there"));
        edited(*mine, uuids[1], QStringLiteral("Changed here"));
        const auto added = theirs->saveArticle(makeArticle(QStringLiteral("New there"), {}));

        const QString file = exportAll(*theirs);
        const auto preview = LibraryMerge::preview(*mine, file);
        QVERIFY(preview);
        QCOMPARE(preview->taken, QStringList{uuids[0]});
        QCOMPARE(mine->article(uuids[0])->title,
                 QStringLiteral("Article 0")); // preview changes nothing

        const auto report = LibraryMerge::merge(*mine, file);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->taken, QStringList{uuids[0]});
        QCOMPARE(report->kept, QStringList{uuids[1]});
        QCOMPARE(report->unchanged, QStringList{uuids[2]});
        QCOMPARE(report->added, QStringList{added->uuid});
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(mine->article(uuids[0])->title, QStringLiteral("Changed there"));
        QCOMPARE(mine->article(uuids[1])->title, QStringLiteral("Changed here"));
        QCOMPARE(mine->article(added->uuid)->title, QStringLiteral("New there"));
        // Mine went into the history.
        QCOMPARE(mine->articleRevision(mine->articleRevisions(uuids[0])->first().id)->title,
                 QStringLiteral("Article 0"));

        // Merging the same file again changes nothing.
        const auto again = LibraryMerge::merge(*mine, file);
        QVERIFY(again->taken.isEmpty() && again->added.isEmpty() && again->conflicts.isEmpty());

        // And my change flows back to them as taken, not as a conflict.
        const auto back = LibraryMerge::merge(*theirs, exportAll(*mine));
        QVERIFY(back);
        QCOMPARE(back->taken, QStringList{uuids[1]});
        QVERIFY(back->conflicts.isEmpty());
        QCOMPARE(theirs->article(uuids[1])->title, QStringLiteral("Changed here"));
    }

    void conflicts_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("expectedTitle");
        QTest::addColumn<int>("articles");
        QTest::newRow("unresolved") << int(ConflictChoice::Unresolved) << "Mine" << 1;
        QTest::newRow("keep mine") << int(ConflictChoice::KeepMine) << "Mine" << 1;
        QTest::newRow("take theirs") << int(ConflictChoice::TakeTheirs) << "Theirs" << 1;
        QTest::newRow("keep both") << int(ConflictChoice::KeepBoth) << "Mine" << 2;
    }

    void conflicts()
    {
        QFETCH(int, choice);
        QFETCH(QString, expectedTitle);
        QFETCH(int, articles);
        std::unique_ptr<LibraryStore> mine, theirs;
        const QString uuid = twoLibraries(mine, theirs, 1).first();
        edited(*mine, uuid, QStringLiteral("Mine"));
        edited(*theirs, uuid, QStringLiteral("Theirs"));
        const QString file = exportAll(*theirs);

        const auto preview = LibraryMerge::preview(*mine, file);
        QCOMPARE(preview->conflicts.size(), 1);
        QCOMPARE(preview->conflicts.first().mine.title, QStringLiteral("Mine"));
        QCOMPARE(preview->conflicts.first().theirs.title, QStringLiteral("Theirs"));

        const auto report = LibraryMerge::merge(*mine, file, ConflictChoice(choice));
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->conflicts.size(), 1);
        QCOMPARE(mine->article(uuid)->title, expectedTitle);
        QCOMPARE(mine->articleCount().value(), articles);

        // Nothing lost: both versions are current or in the history.
        QStringList titles{mine->article(uuid)->title};
        for (const RevisionInfo &info : mine->articleRevisions(uuid).value())
            titles.append(mine->articleRevision(info.id)->title);
        if (ConflictChoice(choice) != ConflictChoice::Unresolved) {
            QVERIFY(titles.contains(QStringLiteral("Mine")));
            QVERIFY(titles.contains(QStringLiteral("Theirs")));
            // Resolved once is resolved: the same file again is no conflict.
            QVERIFY(LibraryMerge::merge(*mine, file)->conflicts.isEmpty());
        }
        if (ConflictChoice(choice) == ConflictChoice::KeepBoth) {
            const QString copy = report->conflicts.first().copyUuid;
            QVERIFY(mine->article(copy)->title.startsWith(QStringLiteral("Theirs")));
        }
    }

    void relatedLinksAndRecommendedReadingComeIn()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList a = twoLibraries(mine, theirs, 3);
        QVERIFY(mine->setRelatedLinks(a[1], {{a[0], RelatedMode::Link}}));
        QVERIFY(mine->setRecommendedReading({a[2]}));

        const QString fresh = theirs->saveArticle(makeArticle(QStringLiteral("New"), {}))->uuid;
        edited(*theirs, a[1], QStringLiteral("Changed there"));
        // a[0] is unchanged there: it gains only the link to the new article.
        QVERIFY(theirs->setRelatedLinks(
            a[0], {{fresh, RelatedMode::Pinned}, {a[2], RelatedMode::Excluded}}));
        QVERIFY(theirs->setRelatedLinks(
            fresh, {{a[2], RelatedMode::Excluded}, {a[0], RelatedMode::Link}}));
        QVERIFY(theirs->setRelatedLinks(a[1], {{a[2], RelatedMode::Pinned}}));
        QVERIFY(theirs->setRecommendedReading({fresh, a[1], a[0]}));

        const QString file = exportAll(*theirs);
        const auto report = LibraryMerge::merge(*mine, file);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->added, QStringList{fresh});
        QCOMPARE(report->taken, QStringList{a[1]});
        QCOMPARE(mine->relatedLinks(a[0]).value(),
                 (QList<RelatedLink>{{fresh, RelatedMode::Pinned}}));
        QCOMPARE(mine->relatedLinks(fresh).value(),
                 (QList<RelatedLink>{{a[2], RelatedMode::Excluded}, {a[0], RelatedMode::Link}}));
        QCOMPARE(mine->relatedLinks(a[1]).value(),
                 (QList<RelatedLink>{{a[0], RelatedMode::Link}, {a[2], RelatedMode::Pinned}}));
        QCOMPARE(report->relatedLinksAdded, 4);
        QStringList reading;
        for (const ArticleSummary &row : mine->recommendedReading().value())
            reading.append(row.uuid);
        QCOMPARE(reading, (QStringList{a[2], fresh, a[1]}));
        QCOMPARE(report->recommendedAdded, 2);

        // Merged again: nothing more comes in, nothing is doubled.
        const auto again = LibraryMerge::merge(*mine, file);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->relatedLinksAdded, 0);
        QCOMPARE(again->recommendedAdded, 0);
        QCOMPARE(mine->relatedLinks(a[1])->size(), 2);
    }

    void keepBothCopyGetsTheirLinks()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList a = twoLibraries(mine, theirs, 2);
        edited(*mine, a[0], QStringLiteral("Mine"));
        edited(*theirs, a[0], QStringLiteral("Theirs"));
        QVERIFY(theirs->setRelatedLinks(a[0], {{a[1], RelatedMode::Pinned}}));
        const auto report =
            LibraryMerge::merge(*mine, exportAll(*theirs), ConflictChoice::KeepBoth);
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->conflicts.size(), 1);
        const QString copy = report->conflicts.first().copyUuid;
        QCOMPARE(mine->relatedLinks(copy).value(),
                 (QList<RelatedLink>{{a[1], RelatedMode::Pinned}}));
        QVERIFY(mine->relatedLinks(a[0])->isEmpty()); // mine was kept as it was
    }

    void deletionsOnOneSide()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList uuids = twoLibraries(mine, theirs);
        QVERIFY(theirs->trashArticle(uuids[0])); // deleted there, unchanged here → taken
        QVERIFY(mine->trashArticle(uuids[1]));   // deleted here, unchanged there → kept
        QVERIFY(mine->trashArticle(uuids[2]));   // deleted here, edited there → conflict
        edited(*theirs, uuids[2], QStringLiteral("Edited there"));

        const auto report = LibraryMerge::merge(*mine, exportAll(*theirs));
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->taken, QStringList{uuids[0]});
        QCOMPARE(report->kept, QStringList{uuids[1]});
        QCOMPARE(report->conflicts.size(), 1);
        QVERIFY(report->conflicts.first().mineTrashed);
        QVERIFY(mine->articleTrashedTime(uuids[0])->isValid());
        QVERIFY(mine->articleTrashedTime(uuids[1])->isValid());
        QCOMPARE(mine->articleCount().value(), 0);
        QVERIFY(mine->search(QStringLiteral("Article"))->isEmpty());

        // Taking theirs brings the edited one back from the trash.
        const auto resolved =
            LibraryMerge::merge(*mine, exportAll(*theirs), ConflictChoice::TakeTheirs);
        QVERIFY(resolved);
        QVERIFY(!mine->articleTrashedTime(uuids[2])->isValid());
        QCOMPARE(mine->article(uuids[2])->title, QStringLiteral("Edited there"));
        QCOMPARE(mine->search(QStringLiteral("edited"))->size(), 1);
    }

    void mediaIsDeduplicatedByHash()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        twoLibraries(mine, theirs, 1);
        const QByteArray png("\x89PNG same bytes", 15);
        const QString hash = theirs->addMedia(png, QStringLiteral("image/png")).value();
        QVERIFY(mine->addMedia(png, QStringLiteral("image/png")));
        Article article = makeArticle(QStringLiteral("Pictures"), {});
        article.bodyHtml = QStringLiteral("<p><img src=\"lectern-media:%1\"></p>").arg(hash);
        article.featuredImage = hash;
        QVERIFY(theirs->saveArticle(article));
        const auto report = LibraryMerge::merge(*mine, exportAll(*theirs));
        QVERIFY(report);
        QCOMPARE(report->mediaAdded, 0);
        QCOMPARE(scalar(*mine, QStringLiteral("SELECT count(*) FROM media"))->toInt(), 1);
    }

    void failedMergeLeavesTheLibraryAsItWas()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList uuids = twoLibraries(mine, theirs, 5);
        for (const QString &uuid : uuids)
            edited(*theirs, uuid, QStringLiteral("Changed there"));
        const QString file = exportAll(*theirs);
        const QString before = fingerprint(*mine);
        // The last article's write fails, after four were written.
        QVERIFY(failWhen(
            *mine, QStringLiteral("fail_last"), QStringLiteral("BEFORE UPDATE ON articles"),
            QStringLiteral("NEW.uuid = '%1'").arg(uuids.last()), QStringLiteral("injected")));
        const auto report = LibraryMerge::merge(*mine, file);
        QVERIFY(!report);
        QVERIFY(report.error().contains(QStringLiteral("left as it was")));
        QCOMPARE(fingerprint(*mine), before);
    }

    void killedMergeLeavesTheLibraryAsItWas()
    {
        std::unique_ptr<LibraryStore> mine, theirs;
        const QStringList uuids = twoLibraries(mine, theirs, 5);
        for (const QString &uuid : uuids)
            edited(*theirs, uuid, QStringLiteral("Changed there"));
        const QString file = exportAll(*theirs);
        const QString before = fingerprint(*mine);
        const QString path = mine->path();
        mine.reset();

        QProcess merge;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LECTERN_TEST_KILL_MERGE_AFTER"), QStringLiteral("3"));
        merge.setProcessEnvironment(env);
        merge.start(QStringLiteral(LECTERN_BINARY),
                    {QStringLiteral("--library"), path, QStringLiteral("merge"), file});
        QVERIFY(merge.waitForFinished(60000));
        QCOMPARE(merge.exitStatus(), QProcess::CrashExit); // killed half-way

        auto reopened = LibraryStore::open(path);
        QVERIFY2(reopened, qPrintable(reopened.error()));
        QCOMPARE(fingerprint(*reopened.value()), before);

        // Without the kill the same merge goes through.
        merge.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        reopened.value().reset();
        merge.start(QStringLiteral(LECTERN_BINARY),
                    {QStringLiteral("--library"), path, QStringLiteral("merge"), file,
                     QStringLiteral("--json")});
        QVERIFY(merge.waitForFinished(60000));
        QCOMPARE(merge.exitCode(), 0);
        QVERIFY(merge.readAllStandardOutput().contains("\"taken\""));
        QCOMPARE(LibraryStore::open(path).value()->article(uuids[2])->title,
                 QStringLiteral("Changed there"));
    }

    void refusesToMergeItselfOrANonLibrary()
    {
        auto mine = fileStore(newPath());
        QVERIFY(!LibraryMerge::merge(*mine, mine->path()));
        const QString text = m_dir.filePath(QStringLiteral("not-a-library.lectern"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("hello");
        file.close();
        const auto report = LibraryMerge::merge(*mine, text);
        QVERIFY(!report);
        QVERIFY(report.error().contains(QStringLiteral("not a Lectern library")));
    }
};

QTEST_MAIN(ExchangeTest)
#include "tst_exchange.moc"
