// Search: the tokenizer, the query language, ranking, snippets, and an index
// that stays exactly in step with the articles, in English, Ukrainian and Chinese.
#include "searchquery.h"
#include "searchsnippet.h"
#include "searchtokenizer.h"
#include "storeprobe.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;

namespace {

QStringList tokenTexts(const QString &text, TokenizeMode mode,
                       Stemming stemming = Stemming::Included)
{
    QStringList texts;
    for (const SearchToken &token : searchTokens(text.toUtf8(), mode, stemming))
        texts.append((token.colocated ? QStringLiteral("+") : QString()) +
                     QString::fromUtf8(token.text));
    return texts;
}

// English, Ukrainian and Chinese articles whose words come in several forms.
std::unique_ptr<LibraryStore> inflectionStore()
{
    auto store = memoryStore();
    Article exchange = makeArticle(QStringLiteral("Exchange students"),
                                   QStringLiteral("Forty students studied in Xi'an. The exact "
                                                  "phrases matter."));
    exchange.tags = {QStringLiteral("exchange")};
    Article diary = makeArticle(QStringLiteral("A student diary"),
                                QStringLiteral("One student wrote about two universities."));
    Article kyiv = makeArticle(QStringLiteral("Студенти у Києві"),
                               QStringLiteral("Сорок студентів навчалися в університетах Києва."),
                               QStringLiteral("uk"));
    Article student = makeArticle(QStringLiteral("Студентка"),
                                  QStringLiteral("Одна студентка написала про університет."),
                                  QStringLiteral("uk"));
    Article xian = makeArticle(QStringLiteral("西安的大学"), QStringLiteral("留学生在西安学习。"),
                               QStringLiteral("zh"));
    for (const Article &article : {exchange, diary, kyiv, student, xian}) {
        if (!store->saveArticle(article))
            return nullptr;
    }
    return store;
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
            tokenTexts(QStringLiteral("КИЇВ Київ київ"), TokenizeMode::Document, Stemming::Skipped),
            (QStringList{QStringLiteral("київ"), QStringLiteral("київ"), QStringLiteral("київ")}));
        QCOMPARE(
            tokenTexts(QStringLiteral("м'ясо м’ясо мʼясо"), TokenizeMode::Document,
                       Stemming::Skipped),
            (QStringList{QStringLiteral("мясо"), QStringLiteral("мясо"), QStringLiteral("мясо")}));
        QCOMPARE(
            tokenTexts(QStringLiteral("Xi'an, e-mail!"), TokenizeMode::Document, Stemming::Skipped),
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
        QCOMPARE(query.terms,
                 (QList<SearchTerm>{{QStringLiteral("visa"), TermForm::Inflected},
                                    {QStringLiteral("mutual visa"), TermForm::Exact}}));
        QCOMPARE(query.excluded, (QList<SearchTerm>{{QStringLiteral("summit"), TermForm::Inflected},
                                                    {QStringLiteral("no way"), TermForm::Exact}}));
        QCOMPARE(query.language, QStringLiteral("en"));
        QCOMPARE(query.status, QStringLiteral("published"));
        QCOMPARE(query.tags, QStringList{QStringLiteral("belt and road")});
        QCOMPARE(query.author, QStringLiteral("Zhang"));
        QCOMPARE(query.category, QStringLiteral("News"));
        // Unknown prefixes and stray syntax are ordinary words, never errors.
        const SearchQuery odd =
            SearchQuery::parse(QStringLiteral("http://x \"unclosed - ( ) AND OR *"));
        QVERIFY(odd.terms.contains(SearchTerm{QStringLiteral("http://x"), TermForm::Inflected}));
        QVERIFY(odd.matchExpression());
        // stud* and "a phrase"* look for beginnings; Chinese already matches
        // inside longer words, so 西安* is 西安; the same term twice is one.
        const SearchQuery prefixes =
            SearchQuery::parse(QStringLiteral("stud* \"higher edu\"* 西安* -univ* stud* СТУДЕНТ"));
        QCOMPARE(prefixes.terms,
                 (QList<SearchTerm>{{QStringLiteral("stud"), TermForm::Prefix},
                                    {QStringLiteral("higher edu"), TermForm::Prefix},
                                    {QStringLiteral("西安"), TermForm::Inflected},
                                    {QStringLiteral("СТУДЕНТ"), TermForm::Inflected}}));
        QCOMPARE(prefixes.excluded,
                 (QList<SearchTerm>{{QStringLiteral("univ"), TermForm::Prefix}}));
    }

    void tokenizerIndexesStemsAtTheWordsPosition()
    {
        // The stems follow their word at its position, marked so that they
        // never meet a word spelled the same way.
        const QList<SearchToken> tokens =
            searchTokens(QByteArrayLiteral("Students studied"), TokenizeMode::Document);
        QCOMPARE(tokenTexts(QStringLiteral("Students studied"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("students"), QStringLiteral("+~student"),
                              QStringLiteral("studied"), QStringLiteral("+~studi")}));
        QCOMPARE(tokens.size(), 4);
        QCOMPARE(tokens[1].position, 0);
        QCOMPARE(tokens[1].kind, TokenKind::Stem);
        QCOMPARE(tokens[1].start, 0);
        QCOMPARE(tokens[1].end, 8); // highlighted as the word
        QCOMPARE(tokens[2].position, 1);
        QCOMPARE(tokens[2].kind, TokenKind::Word);
        // A word that is its own stem stands for it; short words have none.
        QCOMPARE(tokenTexts(QStringLiteral("the student"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("the"), QStringLiteral("student")}));
        // Ukrainian through its dictionary, in any case, proper nouns too
        // (Києві is also the dative of кий, a cue).
        const QStringList ukrainian =
            tokenTexts(QStringLiteral("СТУДЕНТІВ у Києві"), TokenizeMode::Document);
        QCOMPARE(ukrainian.mid(0, 2),
                 (QStringList{QStringLiteral("студентів"), QStringLiteral("+~студент")}));
        QVERIFY2(ukrainian.contains(QStringLiteral("+~київ")), qPrintable(ukrainian.join(u' ')));
        // Apostrophes reach the dictionary (м'ясо), not the index.
        QCOMPARE(tokenTexts(QStringLiteral("м’ясом"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("мясом"), QStringLiteral("+~мясо")}));
        // Russian (ы is never Ukrainian) through Snowball.
        QCOMPARE(tokenTexts(QStringLiteral("студенты"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("студенты"), QStringLiteral("+~студент")}));
        // Chinese and numbers as before.
        QCOMPARE(tokenTexts(QStringLiteral("西安 2024"), TokenizeMode::Document),
                 (QStringList{QStringLiteral("西安"), QStringLiteral("+西"), QStringLiteral("安"),
                              QStringLiteral("2024")}));
        // Words only, for whoever needs no stems; a quoted query looks for
        // the words as written.
        QCOMPARE(searchTokens(QByteArrayLiteral("Students studied"), TokenizeMode::Document,
                              Stemming::Skipped)
                     .size(),
                 2);
        QCOMPARE(tokenTexts(QStringLiteral("Students studied"), TokenizeMode::Query),
                 (QStringList{QStringLiteral("students"), QStringLiteral("studied")}));
    }

    void queryTokensGiveTheAlternativesAtEachPosition()
    {
        const QueryPositions students =
            queryTokens(QStringLiteral("Students"), TermForm::Inflected);
        QCOMPARE(students.size(), 1);
        QCOMPARE(students[0].first(), QByteArray("students"));
        QVERIFY(students[0].contains(QByteArray("~student")));
        QVERIFY(students[0].contains(QByteArray("student")));
        QCOMPARE(queryTokens(QStringLiteral("Students"), TermForm::Exact),
                 (QueryPositions{{QByteArray("students")}}));
        QCOMPARE(queryTokens(QStringLiteral("stud"), TermForm::Prefix),
                 (QueryPositions{{QByteArray("stud")}}));
        QCOMPARE(queryTokens(QStringLiteral("西安峰会"), TermForm::Inflected),
                 (QueryPositions{{QByteArrayLiteral("西安")},
                                 {QByteArrayLiteral("安峰")},
                                 {QByteArrayLiteral("峰会")}}));
        QCOMPARE(queryTokens(QStringLiteral("e-mail"), TermForm::Inflected).size(), 2);
        QVERIFY(queryTokens(QStringLiteral("!!"), TermForm::Inflected).isEmpty());
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

    void snippetsShowWhereMostTermsMeet()
    {
        QStringList filler;
        for (int i = 0; i < 60; ++i)
            filler.append(QStringLiteral("filler%1").arg(i));
        const QString text = QStringLiteral("Alpha opens. ") + filler.join(u' ') +
                             QStringLiteral(" Then alpha and beta students meet the exact "
                                            "phrase here. ") +
                             filler.join(u' ');
        const SearchQuery query =
            SearchQuery::parse(QStringLiteral("alpha beta student \"exact phrase\""));
        const QString snippet = searchSnippet(text, query.terms);
        const QString marked = QString(snippet)
                                   .replace(snippetMatchStart, QLatin1Char('['))
                                   .replace(snippetMatchEnd, QLatin1Char(']'));
        // The second alpha, with beta, the inflected word and the whole phrase.
        QVERIFY2(marked.contains(QStringLiteral("[alpha] and [beta] [students] meet the "
                                                "[exact phrase] here")),
                 qPrintable(marked));
        QVERIFY(marked.startsWith(QStringLiteral("…")) && marked.endsWith(QStringLiteral("…")));
        QVERIFY(!marked.contains(QStringLiteral("Alpha opens")));
        QVERIFY(snippet.split(u' ').size() <= 24);
        // A prefix marks the whole word.
        const QString prefixed =
            searchSnippet(text, SearchQuery::parse(QStringLiteral("filler1* exact")).terms);
        QVERIFY2(prefixed.contains(QStringLiteral("\u0001filler1\u0002 filler2")),
                 qPrintable(prefixed));
        // No match: the beginning; Chinese pairs and single characters.
        QCOMPARE(searchSnippet(QStringLiteral("One two three."), query.terms),
                 QStringLiteral("One two three."));
        const QString xian = searchSnippet(QStringLiteral("中国—中亚峰会在古都西安成功举行。"),
                                           SearchQuery::parse(QStringLiteral("西安 峰")).terms);
        QCOMPARE(QString(xian).replace(snippetMatchStart, u'[').replace(snippetMatchEnd, u']'),
                 QStringLiteral("中国—中亚[峰]会在古都[西安]成功举行。"));
        // A very long text is looked at in its first part only, and cut at a
        // character boundary.
        const QString huge = QString(scannedBytes, QLatin1Char('x')) + QStringLiteral(" alpha");
        QVERIFY(!searchSnippet(huge, query.terms).contains(snippetMatchStart));
        QVERIFY(searchSnippet(QStringLiteral("й").repeated(scannedBytes), query.terms)
                    .endsWith(QStringLiteral("…")));
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

    void inflectionsAndPrefixesAreFound()
    {
        auto store = inflectionStore();
        const auto titles = [&](const QString &query) {
            QStringList found = hitTitles(store->search(query));
            found.sort();
            return found;
        };
        const QStringList english{QStringLiteral("A student diary"),
                                  QStringLiteral("Exchange students")};
        QCOMPARE(titles(QStringLiteral("student")), english);
        QCOMPARE(titles(QStringLiteral("STUDENTS")), english);
        QCOMPARE(titles(QStringLiteral("stud*")), english);
        QCOMPARE(titles(QStringLiteral("universities")),
                 QStringList{QStringLiteral("A student diary")});
        QCOMPARE(titles(QStringLiteral("univers*")),
                 QStringList{QStringLiteral("A student diary")});
        // Ukrainian in any case; Києві and Києва are Київ.
        const QStringList kyiv{QStringLiteral("Студенти у Києві")};
        QCOMPARE(titles(QStringLiteral("СТУДЕНТ")), kyiv);
        QCOMPARE(titles(QStringLiteral("студентам")), kyiv);
        QCOMPARE(titles(QStringLiteral("Київ")), kyiv);
        QCOMPARE(titles(QStringLiteral("університет")),
                 (QStringList{QStringLiteral("Студенти у Києві"), QStringLiteral("Студентка")}));
        QCOMPARE(titles(QStringLiteral("УНІВЕР*")),
                 (QStringList{QStringLiteral("Студенти у Києві"), QStringLiteral("Студентка")}));
        // Chinese as before: 西安 and its characters, 西安* the same.
        const QStringList xian{QStringLiteral("西安的大学")};
        QCOMPARE(titles(QStringLiteral("西安")), xian);
        QCOMPARE(titles(QStringLiteral("西安*")), xian);
        QCOMPARE(titles(QStringLiteral("西")), xian);
        QVERIFY(titles(QStringLiteral("西安市")).isEmpty());
        // Filters and words together.
        QCOMPARE(titles(QStringLiteral("student lang:en tag:exchange")),
                 QStringList{QStringLiteral("Exchange students")});
        // The match is highlighted as the word written.
        const auto hits = store->search(QStringLiteral("student"));
        for (const SearchHit &hit : hits.value())
            QVERIFY2(
                hit.snippet.contains(QRegularExpression(QStringLiteral("<b>[Ss]tudents?</b>"))),
                qPrintable(hit.snippet));
        QVERIFY(checkSearchIndex(*store));
    }

    void exactPhrasesAndExclusionsStayExact()
    {
        auto store = inflectionStore();
        const auto titles = [&](const QString &query) {
            QStringList found = hitTitles(store->search(query));
            found.sort();
            return found;
        };
        const QStringList exchange{QStringLiteral("Exchange students")};
        QCOMPARE(titles(QStringLiteral("\"students\"")), exchange);
        QCOMPARE(titles(QStringLiteral("\"student\"")),
                 QStringList{QStringLiteral("A student diary")});
        QCOMPARE(titles(QStringLiteral("\"exact phrases\"")), exchange);
        QVERIFY(titles(QStringLiteral("\"exact phrase\"")).isEmpty());
        QVERIFY(titles(QStringLiteral("\"phrases exact\"")).isEmpty());
        // A stem is never a word: "univers" is not university.
        QVERIFY(titles(QStringLiteral("\"univers\"")).isEmpty());
        QCOMPARE(titles(QStringLiteral("\"студентів\"")),
                 QStringList{QStringLiteral("Студенти у Києві")});
        QVERIFY(titles(QStringLiteral("\"студент\"")).isEmpty());
        QCOMPARE(titles(QStringLiteral("\"西安\"")), QStringList{QStringLiteral("西安的大学")});
        // -word leaves out every inflection, -"word" that word only.
        QCOMPARE(titles(QStringLiteral("student -studied")),
                 QStringList{QStringLiteral("A student diary")});
        QCOMPARE(titles(QStringLiteral("student -\"students\"")),
                 QStringList{QStringLiteral("A student diary")});
        QCOMPARE(titles(QStringLiteral("-students")),
                 (QStringList{QStringLiteral("Студенти у Києві"), QStringLiteral("Студентка"),
                              QStringLiteral("西安的大学")}));
        QCOMPARE(titles(QStringLiteral("університет -києва")),
                 QStringList{QStringLiteral("Студентка")});
        QCOMPARE(titles(QStringLiteral("-stud* -西安 -студент*")), QStringList{});
    }

    void queriesAreBounded()
    {
        auto store = inflectionStore();
        const auto words = [](int count, const QString &stem) {
            QStringList list;
            for (int i = 0; i < count; ++i)
                list.append(stem + QString::number(i));
            return list.join(QLatin1Char(' '));
        };
        // At the bounds: accepted and answered.
        QVERIFY(store->search(words(SearchQuery::maxTerms, QStringLiteral("word"))));
        QVERIFY(store->search(words(SearchQuery::maxTerms / 2, QStringLiteral("-word")) +
                              QLatin1Char(' ') +
                              words(SearchQuery::maxTerms / 2, QStringLiteral("w"))));
        QStringList xian(300, QStringLiteral("西安"));
        QCOMPARE(hitTitles(store->search(xian.join(QLatin1Char(' ')))),
                 QStringList{QStringLiteral("西安的大学")}); // one word, 300 times
        QVERIFY(store->search(QStringLiteral("abc* stu* uni* кий*")));
        // Past them: a message naming the bound, never a minute's wait.
        const auto refused = [&](const QString &query, const QString &named) {
            const auto hits = store->search(query);
            QVERIFY2(!hits, qPrintable(query.left(40)));
            QVERIFY2(hits.error().contains(named), qPrintable(hits.error()));
        };
        refused(words(SearchQuery::maxTerms + 1, QStringLiteral("word")), QStringLiteral("64"));
        refused(words(1000, QStringLiteral("word")), QStringLiteral("1000"));
        refused(QLatin1Char('"') + words(SearchQuery::maxWords + 1, QStringLiteral("w")) +
                    QLatin1Char('"'),
                QString::number(SearchQuery::maxWords));
        refused(QStringList(SearchQuery::maxWords + 2, QStringLiteral("西安")).join(QString()),
                QString::number(SearchQuery::maxWords));
        refused(QStringLiteral("a*"), QStringLiteral("“a*”"));
        refused(QStringLiteral("ab*"), QStringLiteral("“ab*”"));
        refused(QStringLiteral("abc* stu* uni* кий* -вод*"), QStringLiteral("at most 4"));
        refused(QStringLiteral("student -жи*"), QStringLiteral("“жи*”"));
        refused(QString(SearchQuery::maxCharacters + 1, QLatin1Char('x')),
                QString::number(SearchQuery::maxCharacters));
        // The article list's filter box takes the same bounds.
        ArticleFilter filter;
        filter.text = words(SearchQuery::maxTerms + 1, QStringLiteral("word"));
        QVERIFY(!store->articles(filter));
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
        QVERIFY(checkSearchIndex(*store));

        QVERIFY(store->trashArticle(saved->uuid));
        QVERIFY(hitTitles(store->search(QStringLiteral("narwhal"))).isEmpty());
        QVERIFY(checkSearchIndex(*store));
        QVERIFY(store->restoreArticle(saved->uuid));
        QCOMPARE(hitTitles(store->search(QStringLiteral("narwhal"))).size(), 1);
        QVERIFY(checkSearchIndex(*store));

        // Editing an article while it is in the trash keeps it out of results.
        QVERIFY(store->trashArticle(saved->uuid));
        Article inTrash = store->article(saved->uuid).value();
        inTrash.title = QStringLiteral("Still trashed");
        QVERIFY(store->saveArticle(inTrash));
        QVERIFY(hitTitles(store->search(QStringLiteral("trashed"))).isEmpty());
        QVERIFY(store->restoreArticle(saved->uuid));
        QCOMPARE(hitTitles(store->search(QStringLiteral("trashed"))),
                 QStringList{QStringLiteral("Still trashed")});
        QVERIFY(checkSearchIndex(*store));
        QVERIFY(checkSearchIndex(*m_store));
    }
};

QTEST_MAIN(SearchTest)
#include "tst_search.moc"
