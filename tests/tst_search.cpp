// Search: the tokenizer, the query language, ranking, snippets, and an index
// that stays exactly in step with the articles, in English, Ukrainian and Chinese.
#include "searchquery.h"
#include "searchtokenizer.h"
#include "testsupport.h"

#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;

namespace {

QStringList tokenTexts(const QString &text, TokenizeMode mode)
{
    QStringList texts;
    for (const SearchToken &token : searchTokens(text.toUtf8(), mode))
        texts.append((token.colocated ? QStringLiteral("+") : QString()) +
                     QString::fromUtf8(token.text));
    return texts;
}

Status checkIndex(LibraryStore &store)
{
    return execSql(store.database(), QStringLiteral("INSERT INTO article_search (article_search, "
                                                    "rank) VALUES ('integrity-check', 1)"));
}

} // namespace

class SearchTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;
    QString m_summitUuid;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = memoryStore();
        Article summit = makeArticle(
            QStringLiteral("China-Central Asia Summit"),
            QStringLiteral("The summit was held in Xi'an. Leaders planted pomegranate trees. "
                           "Kazakhstan signed a mutual visa exemption agreement."));
        summit.tags = {QStringLiteral("visa exemption"), QStringLiteral("Kazakhstan")};
        summit.author = QStringLiteral("Zhang Xiao");
        summit.status = ArticleStatus::Published;
        m_summitUuid = m_store->saveArticle(summit)->uuid;

        Article other =
            makeArticle(QStringLiteral("Pomegranate gardens"),
                        QStringLiteral("Pomegranate trees grow in gardens; no summit here."));
        other.status = ArticleStatus::Draft;
        QVERIFY(m_store->saveArticle(other));

        Article bodyOnly = makeArticle(QStringLiteral("Gardening notes"),
                                       QStringLiteral("Water the trees. Pomegranate pomegranate."));
        bodyOnly.status = ArticleStatus::Published;
        QVERIFY(m_store->saveArticle(bodyOnly));

        Article zh = makeArticle(
            QStringLiteral("中国—中亚峰会"),
            QStringLiteral("中国—中亚峰会在古都西安成功举行。哈萨克斯坦总统托卡耶夫出席。"),
            QStringLiteral("zh"));
        zh.tags = {QStringLiteral("峰会")};
        QVERIFY(m_store->saveArticle(zh));

        Article uk = makeArticle(QStringLiteral("Освіта в Києві"),
                                 QStringLiteral("Київ — столиця України. Університети співпрацюють "
                                                "з Китаєм. М’ясо та пам'ять."),
                                 QStringLiteral("uk"));
        uk.author = QStringLiteral("Олена Коваль");
        QVERIFY(m_store->saveArticle(uk));
    }

    void tokenizerFoldsCaseAndApostrophes()
    {
        QCOMPARE(
            tokenTexts(QStringLiteral("КИЇВ Київ київ"), TokenizeMode::Document),
            (QStringList{QStringLiteral("київ"), QStringLiteral("київ"), QStringLiteral("київ")}));
        QCOMPARE(
            tokenTexts(QStringLiteral("м'ясо м’ясо мʼясо"), TokenizeMode::Document),
            (QStringList{QStringLiteral("мясо"), QStringLiteral("мясо"), QStringLiteral("мясо")}));
        QCOMPARE(
            tokenTexts(QStringLiteral("Xi'an, e-mail!"), TokenizeMode::Document),
            (QStringList{QStringLiteral("xian"), QStringLiteral("e"), QStringLiteral("mail")}));
    }

    void tokenizerPairsChineseCharacters()
    {
        QCOMPARE(tokenTexts(QStringLiteral("西安峰会"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("西安"), QStringLiteral("+西"), QStringLiteral("安峰"),
                              QStringLiteral("+安"), QStringLiteral("峰会"), QStringLiteral("+峰"),
                              QStringLiteral("会")}));
        QCOMPARE(
            tokenTexts(QStringLiteral("西安峰会"), TokenizeMode::Query),
            (QStringList{QStringLiteral("西安"), QStringLiteral("安峰"), QStringLiteral("峰会")}));
        QCOMPARE(tokenTexts(QStringLiteral("西"), TokenizeMode::Query),
                 QStringList{QStringLiteral("西")});
        // Mixed scripts split where the script changes.
        QCOMPARE(
            tokenTexts(QStringLiteral("2024年Lectern"), TokenizeMode::Query),
            (QStringList{QStringLiteral("2024"), QStringLiteral("年"), QStringLiteral("lectern")}));
    }

    void tokenizerSurvivesInvalidUtf8()
    {
        const QByteArray bytes("ok\xff\xfe more \xe4\xb8 end");
        const QList<SearchToken> tokens = searchTokens(bytes, TokenizeMode::Document);
        QStringList texts;
        for (const SearchToken &token : tokens)
            texts.append(QString::fromUtf8(token.text));
        QCOMPARE(texts, (QStringList{QStringLiteral("ok"), QStringLiteral("more"),
                                     QStringLiteral("end")}));
        for (const SearchToken &token : tokens)
            QVERIFY(token.start >= 0 && token.end <= bytes.size() && token.start < token.end);
    }

    void queryLanguageParses()
    {
        const SearchQuery query = SearchQuery::parse(
            QStringLiteral("visa \"mutual visa\" -summit lang:EN status:published "
                           "tag:\"belt and road\" author:Zhang category:News -\"no way\""));
        QCOMPARE(query.terms, (QStringList{QStringLiteral("visa"), QStringLiteral("mutual visa")}));
        QCOMPARE(query.excluded, (QStringList{QStringLiteral("summit"), QStringLiteral("no way")}));
        QCOMPARE(query.language, QStringLiteral("en"));
        QCOMPARE(query.status, QStringLiteral("published"));
        QCOMPARE(query.tags, QStringList{QStringLiteral("belt and road")});
        QCOMPARE(query.author, QStringLiteral("Zhang"));
        QCOMPARE(query.category, QStringLiteral("News"));
        // Unknown prefixes and stray syntax are ordinary words, never errors.
        const SearchQuery odd =
            SearchQuery::parse(QStringLiteral("http://x \"unclosed - ( ) AND OR *"));
        QVERIFY(odd.terms.contains(QStringLiteral("http://x")));
        QVERIFY(odd.matchExpression());
    }

    void findsEnglishRankedWithTitleFirst()
    {
        const QStringList titles = hitTitles(m_store->search(QStringLiteral("pomegranate")));
        QCOMPARE(titles.size(), 3);
        // The body repeats the word more often, but a title match ranks higher.
        QCOMPARE(titles.first(), QStringLiteral("Pomegranate gardens"));
    }

    void allWordsMustMatch()
    {
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("pomegranate kazakhstan"))),
                 QStringList{QStringLiteral("China-Central Asia Summit")});
        QVERIFY(hitTitles(m_store->search(QStringLiteral("pomegranate giraffe"))).isEmpty());
    }

    void phrasesAndExclusions()
    {
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("\"visa exemption agreement\""))),
                 QStringList{QStringLiteral("China-Central Asia Summit")});
        QVERIFY(hitTitles(m_store->search(QStringLiteral("\"agreement exemption\""))).isEmpty());
        const QStringList without =
            hitTitles(m_store->search(QStringLiteral("pomegranate -summit")));
        QCOMPARE(without, QStringList{QStringLiteral("Gardening notes")});
        // Only exclusions: everything else.
        const QStringList notPomegranate =
            hitTitles(m_store->search(QStringLiteral("-pomegranate")));
        QCOMPARE(notPomegranate.size(), 2);
        QVERIFY(!notPomegranate.contains(QStringLiteral("Gardening notes")));
    }

    void filters()
    {
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("pomegranate status:draft"))),
                 QStringList{QStringLiteral("Pomegranate gardens")});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("lang:zh"))),
                 QStringList{QStringLiteral("中国—中亚峰会")});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("tag:\"visa exemption\""))),
                 QStringList{QStringLiteral("China-Central Asia Summit")});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("author:zhang"))),
                 QStringList{QStringLiteral("China-Central Asia Summit")});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("author:олена"))),
                 QStringList{QStringLiteral("Освіта в Києві")});
        // A word in the language filter's column is not a match for a plain word.
        QVERIFY(hitTitles(m_store->search(QStringLiteral("zh"))).isEmpty());
        QVERIFY(hitTitles(m_store->search(QStringLiteral("published"))).isEmpty());
        const auto badStatus = m_store->search(QStringLiteral("status:finished"));
        QVERIFY(!badStatus);
        QVERIFY(badStatus.error().contains(QStringLiteral("finished")));
    }

    void ukrainianInAnyCase()
    {
        const QString title = QStringLiteral("Освіта в Києві");
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("КИЇВ"))), QStringList{title});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("київ"))), QStringList{title});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("УНІВЕРСИТЕТИ"))), QStringList{title});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("м'ясо"))), QStringList{title});
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("пам’ять"))), QStringList{title});
    }

    void chineseWordsOfAnyLength_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("found");
        // Two characters: too short for a trigram index, the classic failure.
        QTest::newRow("西安") << QStringLiteral("西安") << true;
        QTest::newRow("峰会") << QStringLiteral("峰会") << true;
        QTest::newRow("古都") << QStringLiteral("古都") << true;
        QTest::newRow("哈萨克斯坦") << QStringLiteral("哈萨克斯坦") << true;
        QTest::newRow("single 西") << QStringLiteral("西") << true;
        QTest::newRow("last char 席") << QStringLiteral("席") << true;
        QTest::newRow("across words 安成") << QStringLiteral("安成") << true;
        QTest::newRow("not there 北京") << QStringLiteral("北京") << false;
        QTest::newRow("reordered 安西") << QStringLiteral("安西") << false;
        QTest::newRow("3 chars absent 西安市") << QStringLiteral("西安市") << false;
    }

    void chineseWordsOfAnyLength()
    {
        QFETCH(QString, word);
        QFETCH(bool, found);
        const QStringList titles = hitTitles(m_store->search(word));
        QCOMPARE(titles, found ? QStringList{QStringLiteral("中国—中亚峰会")} : QStringList{});
    }

    void shortNonAsciiWordsAreFound()
    {
        // LIKE over a trigram index silently finds nothing for these.
        Article short2 =
            makeArticle(QStringLiteral("Ки"), QStringLiteral("Ки та Ян"), QStringLiteral("uk"));
        auto saved = m_store->saveArticle(short2);
        QVERIFY(saved);
        QCOMPARE(hitTitles(m_store->search(QStringLiteral("ки"))),
                 QStringList{QStringLiteral("Ки")});
        QVERIFY(m_store->trashArticle(saved->uuid));
        QVERIFY(hitTitles(m_store->search(QStringLiteral("ки"))).isEmpty());
        QVERIFY(m_store->deleteArticlePermanently(saved->uuid));
    }

    void snippetsHighlightMatches()
    {
        const auto hits = m_store->search(QStringLiteral("pomegranate kazakhstan"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        const SearchHit &hit = hits->first();
        QCOMPARE(hit.uuid, m_summitUuid);
        QVERIFY2(hit.snippet.contains(QStringLiteral("<b>pomegranate</b>")),
                 qPrintable(hit.snippet));
        QVERIFY2(hit.snippet.contains(QStringLiteral("<b>Kazakhstan</b>")),
                 qPrintable(hit.snippet));
        QVERIFY(hit.score > 0);
        const auto zh = m_store->search(QStringLiteral("西安"));
        QVERIFY2(zh->first().snippet.contains(QStringLiteral("<b>西安</b>")),
                 qPrintable(zh->first().snippet));
        const auto uk = m_store->search(QStringLiteral("КИЇВ"));
        QVERIFY2(uk->first().snippet.contains(QStringLiteral("<b>Київ</b>")),
                 qPrintable(uk->first().snippet));
    }

    void snippetsAreEscaped()
    {
        auto saved = m_store->saveArticle(makeArticle(
            QStringLiteral("Markup"), QStringLiteral("zebra <script>alert(1)</script> & co")));
        QVERIFY(saved);
        const auto hits = m_store->search(QStringLiteral("zebra"));
        QVERIFY(hits);
        QVERIFY(!hits->first().snippet.contains(QStringLiteral("<script>")));
        QVERIFY(hits->first().snippet.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(m_store->trashArticle(saved->uuid));
    }

    void limitIsRespected()
    {
        QCOMPARE(m_store->search(QStringLiteral("pomegranate"), 2)->size(), 2);
        QVERIFY(m_store->search(QStringLiteral("   "))->isEmpty());
        QVERIFY(m_store->search(QStringLiteral("!!! ..."))->isEmpty());
    }

    void veryCommonWordsRankTitleMatchesThenNewest()
    {
        // Past 1,500 matches bm25 is not used (it reads every match); the
        // order is title matches newest first, then the rest newest first.
        auto store = memoryStore();
        QStringList titleUuids;
        for (int i = 0; i < 1600; ++i) {
            const bool inTitle = i % 400 == 7;
            Article a = makeArticle(inTitle ? QStringLiteral("Common title %1").arg(i)
                                            : QStringLiteral("Plain %1").arg(i),
                                    QStringLiteral("a common word, number %1").arg(i));
            a.language = i % 2 ? QStringLiteral("en") : QStringLiteral("uk");
            const auto saved = store->saveArticle(a);
            QVERIFY(saved);
            if (inTitle)
                titleUuids.prepend(saved->uuid); // newest first
        }
        const auto hits = store->search(QStringLiteral("common"), 6);
        QVERIFY2(hits, qPrintable(hits.error()));
        QCOMPARE(hits->size(), 6);
        for (int i = 0; i < titleUuids.size(); ++i)
            QCOMPARE(hits->at(i).uuid, titleUuids.at(i));
        QCOMPARE(hits->at(4).title, QStringLiteral("Plain 1599"));
        QCOMPARE(hits->at(5).title, QStringLiteral("Plain 1598"));
        for (int i = 1; i < hits->size(); ++i)
            QVERIFY(hits->at(i - 1).score > hits->at(i).score);
        QVERIFY(hits->first().snippet.contains(QStringLiteral("<b>common</b>")));
        // Filters and exclusions still hold.
        const auto english = store->search(QStringLiteral("common lang:en -title"), 50);
        QCOMPARE(english->size(), 50);
        for (const SearchHit &hit : english.value()) {
            QVERIFY(!hit.title.contains(QStringLiteral("title")));
            QCOMPARE(store->article(hit.uuid)->language, QStringLiteral("en"));
        }
    }

    void indexFollowsEditsDeletesAndRestores()
    {
        auto store = memoryStore();
        auto saved = store->saveArticle(
            makeArticle(QStringLiteral("Moving target"), QStringLiteral("walrus")));
        QVERIFY(saved);
        QCOMPARE(hitTitles(store->search(QStringLiteral("walrus"))).size(), 1);

        Article edited = saved.value();
        edited.bodyHtml = QStringLiteral("<p>narwhal</p>");
        edited.tags = {QStringLiteral("arctic")};
        QVERIFY(store->saveArticle(edited));
        QVERIFY(hitTitles(store->search(QStringLiteral("walrus"))).isEmpty());
        QCOMPARE(hitTitles(store->search(QStringLiteral("narwhal"))).size(), 1);
        QCOMPARE(hitTitles(store->search(QStringLiteral("tag:arctic"))).size(), 1);
        QVERIFY(checkIndex(*store));

        QVERIFY(store->trashArticle(saved->uuid));
        QVERIFY(hitTitles(store->search(QStringLiteral("narwhal"))).isEmpty());
        QVERIFY(checkIndex(*store));
        QVERIFY(store->restoreArticle(saved->uuid));
        QCOMPARE(hitTitles(store->search(QStringLiteral("narwhal"))).size(), 1);
        QVERIFY(checkIndex(*store));

        // Editing an article while it is in the trash keeps it out of results.
        QVERIFY(store->trashArticle(saved->uuid));
        Article inTrash = store->article(saved->uuid).value();
        inTrash.title = QStringLiteral("Still trashed");
        QVERIFY(store->saveArticle(inTrash));
        QVERIFY(hitTitles(store->search(QStringLiteral("trashed"))).isEmpty());
        QVERIFY(store->restoreArticle(saved->uuid));
        QCOMPARE(hitTitles(store->search(QStringLiteral("trashed"))),
                 QStringList{QStringLiteral("Still trashed")});
        QVERIFY(checkIndex(*store));
        QVERIFY(checkIndex(*m_store));
    }
};

QTEST_MAIN(SearchTest)
#include "tst_search.moc"
