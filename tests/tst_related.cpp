// Related articles (the relevance engine and `lectern related`) and the
// curated reading lists with their drag-and-drop model.
#include "demolibrary.h"
#include "exchange/libraryexchange.h"
#include "exchange/merge.h"
#include "related/readinglistmodel.h"
#include "related/relatedengine.h"
#include "related/relatedterms.h"
#include "related/termvectors.h"
#include "storeprobe.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

// Filler every fixture article shares, so only the topic words tell them apart.
const QString filler = QStringLiteral(
    "The report was written for the union and describes the work of the year in some detail. "
    "Members discussed the plans at the meeting and agreed on the next steps together. ");

Article saved(LibraryStore &store, const Article &article)
{
    const Result<Article> result = store.saveArticle(article);
    if (!result)
        qFatal("cannot save a fixture article: %s", qPrintable(result.error()));
    return result.value();
}

QStringList titles(const RelatedResult &result)
{
    QStringList list;
    for (const RelatedSuggestion &suggestion : result.suggestions)
        list.append(suggestion.title);
    return list;
}

const RelatedSuggestion *find(const RelatedResult &result, const QString &title)
{
    for (const RelatedSuggestion &suggestion : result.suggestions) {
        if (suggestion.title == title)
            return &suggestion;
    }
    return nullptr;
}

RelatedResult related(const LibraryStore &store, const QString &uuid, int limit = 10)
{
    const Result<RelatedResult> result = relatedArticles(store, uuid, limit);
    if (!result)
        qFatal("related failed: %s", qPrintable(result.error()));
    return result.value();
}

// Three topics, five articles each; each article uses four of its topic's
// six words, so articles of one topic overlap without being copies.
struct Topic
{
    QString name;
    QStringList words;
};

const QList<Topic> topics{
    {QStringLiteral("Visa"),
     {QStringLiteral("visa"), QStringLiteral("consulate"), QStringLiteral("passport"),
      QStringLiteral("embassy"), QStringLiteral("residence"), QStringLiteral("permit")}},
    {QStringLiteral("Rocket"),
     {QStringLiteral("rocket"), QStringLiteral("orbit"), QStringLiteral("satellite"),
      QStringLiteral("launch"), QStringLiteral("propulsion"), QStringLiteral("telescope")}},
    {QStringLiteral("Tea"),
     {QStringLiteral("tea"), QStringLiteral("harvest"), QStringLiteral("plantation"),
      QStringLiteral("oolong"), QStringLiteral("brewing"), QStringLiteral("leaves")}},
};

// Articles on subjects of their own, so that no topic of a test is most of
// the library (a word most articles use is never named as a reason, and a
// suggestion with nothing to say is not made).
void addUnrelated(LibraryStore &store, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString words =
            QStringLiteral("lumber%1 quarry%1 mosaic%1 harbour%1 ").arg(QChar(u'a' + i));
        if (!store.saveArticle(
                makeArticle(QStringLiteral("Unrelated %1").arg(i), filler + words.repeated(2))))
            qFatal("cannot save a fixture article");
    }
}

QString topicText(const Topic &topic, int variant)
{
    QString text = filler;
    for (int i = 0; i < 4; ++i) {
        const QString &word = topic.words[(variant + i) % topic.words.size()];
        text += QStringLiteral("The %1 matters; ").arg(word);
    }
    return text + filler;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runLectern(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LECTERN_LIBRARY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Checks the word counts the engine keeps (schema 9) against the articles
// themselves: a vector for every live article and no other, and each word
// counted in exactly the live articles that use it.
QString wordCountProblems(const LibraryStore &store)
{
    QHash<QByteArray, int> expected;
    QSet<qint64> live;
    const auto articles = sqlRows(store, QStringLiteral("SELECT id, title, summary, body_text "
                                                        "FROM articles WHERE deleted IS NULL"));
    if (!articles)
        return QStringLiteral("cannot read the articles");
    for (const QVariantList &row : articles.value()) {
        live.insert(row.at(0).toLongLong());
        const TextVector vector =
            textVector(row.at(1).toString(), row.at(2).toString(), row.at(3).toString());
        for (auto it = vector.weights.cbegin(); it != vector.weights.cend(); ++it)
            ++expected[it.key()];
    }
    const auto vectors = sqlRows(store, QStringLiteral("SELECT article_id FROM related_vectors"));
    if (!vectors)
        return QStringLiteral("cannot read the vectors");
    QSet<qint64> withVector;
    for (const QVariantList &row : vectors.value())
        withVector.insert(row.at(0).toLongLong());
    if (withVector != live)
        return QStringLiteral("%1 vectors for %2 live articles")
            .arg(withVector.size())
            .arg(live.size());
    const auto terms = sqlRows(store, QStringLiteral("SELECT term, documents FROM related_terms"));
    if (!terms)
        return QStringLiteral("cannot read the words");
    QHash<QByteArray, int> stored;
    for (const QVariantList &row : terms.value())
        stored.insert(row.at(0).toString().toUtf8(), row.at(1).toInt());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            return QStringLiteral("“%1” counted in %2 articles, used in %3")
                .arg(QString::fromUtf8(it.key()))
                .arg(stored.value(it.key()))
                .arg(it.value());
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!expected.contains(it.key()))
            return QStringLiteral("“%1” counted %2 times, used by none")
                .arg(QString::fromUtf8(it.key()))
                .arg(it.value());
    }
    return {};
}

// The words a "similar text: a, b" reason names.
QStringList namedWords(const RelatedSuggestion &suggestion)
{
    const QString prefix = QStringLiteral("similar text: ");
    for (const QString &reason : suggestion.reasons) {
        if (reason.startsWith(prefix))
            return reason.mid(prefix.size()).split(QStringLiteral(", "));
    }
    return {};
}

} // namespace

class RelatedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void topicalNeighboursAreFound()
    {
        auto store = memoryStore();
        QHash<QString, QString> topicOf; // uuid → topic
        QList<Article> articles;
        for (const Topic &topic : topics) {
            for (int v = 0; v < 5; ++v) {
                const Article a =
                    saved(*store, makeArticle(QStringLiteral("Note %1 %2").arg(topic.name).arg(v),
                                              topicText(topic, v)));
                topicOf.insert(a.uuid, topic.name);
                articles.append(a);
            }
        }
        for (const Article &article : articles) {
            const RelatedResult result = related(*store, article.uuid, 4);
            QCOMPARE(result.suggestions.size(), 4);
            for (const RelatedSuggestion &suggestion : result.suggestions) {
                QVERIFY2(topicOf.value(suggestion.uuid) == topicOf.value(article.uuid),
                         qPrintable(article.title + QLatin1String(" → ") + suggestion.title));
                QVERIFY(suggestion.reasons.join(QLatin1Char(' '))
                            .contains(QLatin1String("similar text")));
                QVERIFY(suggestion.score > 0);
            }
            for (qsizetype i = 1; i < result.suggestions.size(); ++i)
                QVERIFY(result.suggestions[i - 1].score >= result.suggestions[i].score);
        }
    }

    void lighterSharedWordsStillCount()
    {
        // The source's twenty heaviest distinctive words (three mentions
        // each) are shared with one article, fifteen lighter ones (one
        // mention) with another. Searching only twenty words never reaches
        // the second article; the engine searches up to thirty.
        auto store = memoryStore();
        const auto word = [](const char *stem, int i) -> QString {
            return QLatin1String(stem) + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
        };
        QString source; // no filler: its words would take places in the shortlist
        QString heavyText = filler;
        QString lightText = filler;
        for (int i = 0; i < 20; ++i) {
            source += QStringLiteral("%1 %1 %1. ").arg(word("kelvor", i));
            heavyText += word("kelvor", i) + QStringLiteral(". ");
        }
        for (int i = 0; i < 15; ++i) {
            source += word("mirdan", i) + QStringLiteral(". ");
            lightText += QStringLiteral("%1 %1. ").arg(word("mirdan", i));
        }
        const Article a = saved(*store, makeArticle(QStringLiteral("Source"), source));
        saved(*store, makeArticle(QStringLiteral("Heavy"), heavyText));
        saved(*store, makeArticle(QStringLiteral("Light"), lightText));
        for (int i = 0; i < 8; ++i)
            saved(*store, makeArticle(QStringLiteral("Other %1").arg(i), filler + filler));
        const RelatedResult result = related(*store, a.uuid);
        QVERIFY2(find(result, QStringLiteral("Heavy")), qPrintable(titles(result).join(u',')));
        QVERIFY2(find(result, QStringLiteral("Light")), qPrintable(titles(result).join(u',')));
        QVERIFY(find(result, QStringLiteral("Heavy"))->score >
                find(result, QStringLiteral("Light"))->score);
        // With the earlier twenty words the lighter ones are never searched.
        RelatedOptions twenty;
        twenty.queryTerms = 20;
        twenty.shortlist = 40;
        const Result<RelatedResult> narrow = RelatedEngine(*store, twenty).related(a.uuid);
        QVERIFY(narrow);
        QVERIFY(!find(narrow.value(), QStringLiteral("Light")));
    }

    void chineseWordsRelateArticles()
    {
        auto store = memoryStore();
        const Article a = saved(
            *store, makeArticle(QStringLiteral("签证新规"),
                                QStringLiteral("哈萨克斯坦签证政策调整，留学生签证办理更方便。"),
                                QStringLiteral("zh")));
        const Article b =
            saved(*store, makeArticle(QStringLiteral("留学指南"),
                                      QStringLiteral("前往哈萨克斯坦的留学生需要办理签证。"),
                                      QStringLiteral("zh")));
        saved(*store, makeArticle(QStringLiteral("茶叶丰收"),
                                  QStringLiteral("今年的茶叶丰收，乌龙茶品质很好。"),
                                  QStringLiteral("zh")));
        saved(*store, makeArticle(QStringLiteral("火箭发射"),
                                  QStringLiteral("卫星顺利进入轨道，火箭发射成功。"),
                                  QStringLiteral("zh")));
        const RelatedResult result = related(*store, a.uuid);
        QCOMPARE(titles(result), QStringList{b.title});
        const QString reasons = result.suggestions.first().explanation;
        QVERIFY2(reasons.contains(QStringLiteral("签证")) ||
                     reasons.contains(QStringLiteral("哈萨")),
                 qPrintable(reasons));
    }

    void manualLinksFirstPinnedKeptExcludedNever()
    {
        auto store = memoryStore();
        const Article self =
            saved(*store, makeArticle(QStringLiteral("Self"), topicText(topics[0], 0)));
        QList<Article> others;
        for (int v = 1; v <= 4; ++v)
            others.append(saved(
                *store, makeArticle(QStringLiteral("Visa %1").arg(v), topicText(topics[0], v))));
        const Article rocket =
            saved(*store, makeArticle(QStringLiteral("Rocket"), topicText(topics[1], 0)));
        const Article tea =
            saved(*store, makeArticle(QStringLiteral("Tea"), topicText(topics[2], 0)));
        addUnrelated(*store, 10);

        QVERIFY(
            store->setRelatedLinks(self.uuid, {RelatedLink{tea.uuid, RelatedMode::Link},
                                               RelatedLink{others[0].uuid, RelatedMode::Excluded},
                                               RelatedLink{rocket.uuid, RelatedMode::Pinned}}));
        RelatedResult result = related(*store, self.uuid, 10);
        QVERIFY(result.suggestions.size() >= 4);
        QCOMPARE(result.suggestions[0].title, QStringLiteral("Tea"));
        QVERIFY(result.suggestions[0].manual);
        QVERIFY(!result.suggestions[0].pinned);
        QCOMPARE(result.suggestions[0].reasons.first(), QStringLiteral("chosen by an editor"));
        QCOMPARE(result.suggestions[1].title, QStringLiteral("Rocket"));
        QVERIFY(result.suggestions[1].pinned);
        QCOMPARE(result.suggestions[1].reasons.first(), QStringLiteral("pinned by an editor"));
        QVERIFY(!titles(result).contains(QStringLiteral("Visa 1"))); // excluded
        QVERIFY(titles(result).contains(QStringLiteral("Visa 2")));  // automatic, after the links
        QCOMPARE(titles(result).count(QStringLiteral("Tea")), 1);

        // A limit of one keeps the pinned link as well as the first one.
        result = related(*store, self.uuid, 1);
        QCOMPARE(titles(result), (QStringList{QStringLiteral("Tea"), QStringLiteral("Rocket")}));

        // The editor's order is kept.
        QVERIFY(store->setRelatedLinks(self.uuid, {RelatedLink{rocket.uuid, RelatedMode::Pinned},
                                                   RelatedLink{tea.uuid, RelatedMode::Link}}));
        result = related(*store, self.uuid, 2);
        QCOMPARE(titles(result), (QStringList{QStringLiteral("Rocket"), QStringLiteral("Tea")}));

        // A linked article in the trash is not shown.
        QVERIFY(store->trashArticle(rocket.uuid));
        result = related(*store, self.uuid, 10);
        QVERIFY(!titles(result).contains(QStringLiteral("Rocket")));
    }

    void translationsAreListedApart()
    {
        auto store = memoryStore();
        Article en = makeArticle(QStringLiteral("Visa rules"), topicText(topics[0], 0));
        en.translationGroup = QStringLiteral("visa-group");
        en = saved(*store, en);
        // A "translation" that shares the English words would rank first if
        // translations were not set apart.
        Article zh =
            makeArticle(QStringLiteral("签证规定"), topicText(topics[0], 0), QStringLiteral("zh"));
        zh.translationGroup = QStringLiteral("visa-group");
        zh = saved(*store, zh);
        Article uk = makeArticle(QStringLiteral("Візові правила"), topicText(topics[0], 1),
                                 QStringLiteral("uk"));
        uk.translationGroup = QStringLiteral("visa-group");
        uk = saved(*store, uk);
        const Article other =
            saved(*store, makeArticle(QStringLiteral("Passport queue"), topicText(topics[0], 2)));
        for (int v = 0; v < 4; ++v) {
            saved(*store, makeArticle(QStringLiteral("Rocket %1").arg(v), topicText(topics[1], v)));
            saved(*store, makeArticle(QStringLiteral("Tea %1").arg(v), topicText(topics[2], v)));
        }
        addUnrelated(*store, 10);

        const RelatedResult result = related(*store, en.uuid);
        QCOMPARE(titles(result), QStringList{other.title});
        QCOMPARE(result.translations.size(), 2);
        QStringList languages;
        for (const ArticleSummary &t : result.translations)
            languages.append(t.language);
        languages.sort();
        QCOMPARE(languages, (QStringList{QStringLiteral("uk"), QStringLiteral("zh")}));
        QVERIFY2(result.alsoIn().startsWith(QStringLiteral("Also in: ")),
                 qPrintable(result.alsoIn()));
        QVERIFY(result.alsoIn().contains(QStringLiteral("中文")));
        QVERIFY(result.alsoIn().contains(QStringLiteral("Українська")));
        QVERIFY(related(*store, other.uuid).alsoIn().isEmpty());
    }

    void reasonsNameTheEvidence()
    {
        auto store = memoryStore();
        const auto shihezi = store->saveUniversity(University{0,
                                                              {},
                                                              QStringLiteral("Shihezi University"),
                                                              QStringLiteral("China"),
                                                              QStringLiteral("Shihezi"),
                                                              1996,
                                                              {},
                                                              {},
                                                              {},
                                                              {},
                                                              {},
                                                              {}});
        QVERIFY(shihezi);
        const auto hunan = store->saveUniversity(University{0,
                                                            {},
                                                            QStringLiteral("Hunan University"),
                                                            QStringLiteral("China"),
                                                            QStringLiteral("Changsha"),
                                                            1926,
                                                            {},
                                                            {},
                                                            {},
                                                            {},
                                                            {},
                                                            {}});
        QVERIFY(hunan);
        Article self =
            makeArticle(QStringLiteral("Self"), filler + QStringLiteral("caravan samarkand"));
        self.tags = {QStringLiteral("visa"), QStringLiteral("Kazakhstan"), QStringLiteral("2024")};
        self.universityUuids = {shihezi->uuid, hunan->uuid};
        self.category = QStringLiteral("News");
        self = saved(*store, self);

        Article tagged = makeArticle(QStringLiteral("Tagged"), filler);
        tagged.tags = {QStringLiteral("Kazakhstan"), QStringLiteral("visa")};
        tagged.universityUuids = {shihezi->uuid};
        tagged.category = QStringLiteral("News");
        saved(*store, tagged);
        Article texty =
            makeArticle(QStringLiteral("Texty"), filler + QStringLiteral("samarkand caravan"));
        texty.category = QStringLiteral("Interviews");
        saved(*store, texty);
        Article categoryOnly = makeArticle(QStringLiteral("Category only"), filler);
        categoryOnly.category = QStringLiteral("News");
        saved(*store, categoryOnly);
        for (int i = 0; i < 4; ++i)
            saved(*store, makeArticle(QStringLiteral("Filler %1").arg(i), filler));

        const RelatedResult result = related(*store, self.uuid);
        const RelatedSuggestion *t = find(result, QStringLiteral("Tagged"));
        QVERIFY(t);
        QCOMPARE(t->reasons, (QStringList{QStringLiteral("shares tags: visa, Kazakhstan"),
                                          QStringLiteral("mentions Shihezi University"),
                                          QStringLiteral("same category: News")}));
        QCOMPARE(t->explanation, t->reasons.join(QStringLiteral(" · ")));
        const RelatedSuggestion *x = find(result, QStringLiteral("Texty"));
        QVERIFY(x);
        // The article's words, heaviest first (a tie: the longer first).
        QCOMPARE(x->reasons, QStringList{QStringLiteral("similar text: samarkand, caravan")});
        // The same category alone is not enough to be suggested.
        QVERIFY(!find(result, QStringLiteral("Category only")));
        QVERIFY(!find(result, QStringLiteral("Filler 0")));
        // A single shared tag reads naturally.
        Article oneTag = makeArticle(QStringLiteral("One tag"), filler);
        oneTag.tags = {QStringLiteral("visa")};
        saved(*store, oneTag);
        const RelatedResult again = related(*store, self.uuid); // the pointer points into it
        const RelatedSuggestion *o = find(again, QStringLiteral("One tag"));
        QVERIFY(o);
        QCOMPARE(o->reasons, QStringList{QStringLiteral("shares the tag visa")});
    }

    void followsEditsTrashAndRestore()
    {
        auto store = memoryStore();
        const Article self =
            saved(*store, makeArticle(QStringLiteral("Self"), topicText(topics[1], 0)));
        Article twin = saved(*store, makeArticle(QStringLiteral("Twin"), topicText(topics[1], 1)));
        saved(*store, makeArticle(QStringLiteral("Tea"), topicText(topics[2], 0)));
        saved(*store, makeArticle(QStringLiteral("Visa"), topicText(topics[0], 0)));
        QCOMPARE(titles(related(*store, self.uuid)), QStringList{QStringLiteral("Twin")});

        QVERIFY(store->trashArticle(twin.uuid));
        QCOMPARE(titles(related(*store, self.uuid)), QStringList{});
        QVERIFY(store->restoreArticle(twin.uuid));
        QCOMPARE(titles(related(*store, self.uuid)), QStringList{QStringLiteral("Twin")});

        // Edited to another topic, it follows its new text at once.
        twin.bodyHtml = QLatin1String("<p>") + topicText(topics[2], 1) + QLatin1String("</p>");
        twin.title = QStringLiteral("Former twin");
        QVERIFY(store->saveArticle(twin));
        QCOMPARE(titles(related(*store, self.uuid)), QStringList{});
        QCOMPARE(titles(related(*store, twin.uuid)), QStringList{QStringLiteral("Tea")});

        // Deleted for good, it is gone and nothing fails.
        QVERIFY(store->trashArticle(twin.uuid));
        QVERIFY(store->deleteArticlePermanently(twin.uuid));
        QVERIFY(!titles(related(*store, self.uuid)).contains(QStringLiteral("Former twin")));
    }

    void followsMerges()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto mine = memoryStore();
        const Article self =
            saved(*mine, makeArticle(QStringLiteral("Self"), topicText(topics[1], 0)));
        const Article tea =
            saved(*mine, makeArticle(QStringLiteral("Tea"), topicText(topics[2], 0)));
        // Enough other articles that the topic's words stay distinctive.
        for (int variant = 0; variant < 3; ++variant) {
            saved(*mine, makeArticle(QStringLiteral("Visa %1").arg(variant),
                                     topicText(topics[0], variant)));
            saved(*mine, makeArticle(QStringLiteral("Tea %1").arg(variant),
                                     topicText(topics[2], variant + 1)));
        }
        QVERIFY(!titles(related(*mine, self.uuid)).contains(QStringLiteral("Tea")));

        // A colleague starts from my library, rewrites "Tea" on Self's topic
        // and writes a new article on it too.
        ExportSelection all;
        all.all = true;
        const QString toThem = dir.filePath(QStringLiteral("to-them.lectern"));
        const auto exported = LibraryExchange::exportLibrary(*mine, toThem, all);
        QVERIFY2(exported, qPrintable(exported.error()));
        auto theirs = LibraryStore::create(dir.filePath(QStringLiteral("theirs.lectern")));
        QVERIFY(theirs);
        QVERIFY(LibraryMerge::merge(*theirs.value(), toThem));
        Article rewritten = theirs.value()->article(tea.uuid).value();
        rewritten.bodyHtml = QLatin1String("<p>") + topicText(topics[1], 1) + QLatin1String("</p>");
        QVERIFY(theirs.value()->saveArticle(rewritten));
        saved(*theirs.value(), makeArticle(QStringLiteral("Twin"), topicText(topics[1], 1)));
        const QString toMe = dir.filePath(QStringLiteral("to-me.lectern"));
        QVERIFY(LibraryExchange::exportLibrary(*theirs.value(), toMe, all));

        // Merged back, both are related to Self at once: the merge rewrote
        // the search index the suggestions come from.
        const auto report = LibraryMerge::merge(*mine, toMe);
        QVERIFY(report);
        QCOMPARE(report->taken, QStringList{tea.uuid});
        QCOMPARE(report->added.size(), 1);
        const QStringList found = titles(related(*mine, self.uuid));
        QVERIFY2(found.contains(QStringLiteral("Tea")) && found.contains(QStringLiteral("Twin")),
                 qPrintable(found.join(QLatin1String(", "))));
    }

    void badInputIsAnError()
    {
        auto store = memoryStore();
        const Article a = saved(*store, makeArticle(QStringLiteral("A"), filler));
        const auto missing = relatedArticles(*store, QStringLiteral("no-such-uuid"), 5);
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("no-such-uuid")));
        QVERIFY(!relatedArticles(*store, a.uuid, 0));
        const auto alone = relatedArticles(*store, a.uuid, 5);
        QVERIFY(alone);
        QVERIFY(alone->suggestions.isEmpty());
    }

    void commandLineEndToEnd()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("related.lectern"));
        QString selfUuid;
        QString twinUuid;
        {
            auto created = LibraryStore::create(path);
            QVERIFY2(created, qPrintable(created.error()));
            LibraryStore &store = *created.value();
            selfUuid =
                saved(store, makeArticle(QStringLiteral("Self"), topicText(topics[1], 0))).uuid;
            Article twin = makeArticle(QStringLiteral("Twin"), topicText(topics[1], 1));
            twin.tags = {QStringLiteral("space")};
            twinUuid = saved(store, twin).uuid;
            saved(store, makeArticle(QStringLiteral("Tea"), topicText(topics[2], 0)));
            saved(store, makeArticle(QStringLiteral("Visa"), topicText(topics[0], 0)));
        }
        const Run json =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("related"), selfUuid,
                        QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(QStringLiteral("uuid")).toString(), twinUuid);
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Twin"));
        QVERIFY(first.value(QStringLiteral("score")).toDouble() > 0);
        QVERIFY(first.value(QStringLiteral("reasons"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QStringLiteral("similar text: ")));

        const Run text =
            runLectern({QStringLiteral("--library"), path, QStringLiteral("related"), selfUuid});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(twinUuid));
        QVERIFY(text.out.contains(QStringLiteral("similar text")));

        QCOMPARE(
            runLectern({QStringLiteral("--library"), path, QStringLiteral("related")}).exitCode, 2);
        QCOMPARE(runLectern({QStringLiteral("--library"), path, QStringLiteral("related"), selfUuid,
                             QStringLiteral("--limit"), QStringLiteral("zero")})
                     .exitCode,
                 2);
        const Run unknown = runLectern({QStringLiteral("--library"), path,
                                        QStringLiteral("related"), QStringLiteral("no-such-uuid")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("no-such-uuid")));
    }

    // lectern export --related-reading: each article ends with its related
    // articles and why; a link only where the target is in the same PDF.
    void pdfEndsWithRelatedReading()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("export.lectern"));
        QString self;
        QString twin;
        {
            auto created = LibraryStore::create(path);
            QVERIFY2(created, qPrintable(created.error()));
            LibraryStore &store = *created.value();
            self =
                saved(store, makeArticle(QStringLiteral("Launch window"), topicText(topics[1], 0)))
                    .uuid;
            twin = saved(store, makeArticle(QStringLiteral("Orbit notes"), topicText(topics[1], 1)))
                       .uuid;
            saved(store, makeArticle(QStringLiteral("Satellite weather"), topicText(topics[1], 2)));
            // Other topics, so the topic's words are distinctive (in few articles).
            for (int i = 0; i < 4; ++i) {
                saved(store, makeArticle(QStringLiteral("Tea %1").arg(i), topicText(topics[2], i)));
                saved(store,
                      makeArticle(QStringLiteral("Visa %1").arg(i), topicText(topics[0], i)));
            }
        }
        const auto exportPdf = [&](const QString &name, bool related) {
            QStringList arguments{QStringLiteral("--library"), path,
                                  QStringLiteral("export"),    QStringLiteral("--format"),
                                  QStringLiteral("pdf"),       QStringLiteral("--one-file"),
                                  QStringLiteral("--article"), self,
                                  QStringLiteral("--article"), twin,
                                  QStringLiteral("--out"),     dir.filePath(name)};
            if (related)
                arguments << QStringLiteral("--related-reading");
            const Run run = runLectern(arguments);
            return run.exitCode == 0 ? dir.filePath(name) : run.err;
        };
        const QString with = exportPdf(QStringLiteral("with.pdf"), true);
        QVERIFY2(QFile::exists(with), qPrintable(with));
        const QString without = exportPdf(QStringLiteral("without.pdf"), false);
        QVERIFY2(QFile::exists(without), qPrintable(without));
        const auto text = [](const QString &file) {
            QProcess process;
            process.start(
                QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
            process.waitForFinished(120000);
            return QString::fromUtf8(process.readAllStandardOutput()).simplified();
        };
        const QString withText = text(with);
        QCOMPARE(withText.count(QStringLiteral("Related reading")), 2); // after each article
        // Not exported, so named without a link; its reason is on its line.
        QVERIFY2(withText.contains(QStringLiteral("Satellite weather — similar text:")),
                 qPrintable(withText));
        QVERIFY(!withText.contains(QStringLiteral("Tea 0 —")));
        QVERIFY(!text(without).contains(QStringLiteral("Related reading")));
        // The two exported articles point at each other inside the file.
        const QByteArray withBytes = fileBytes(with);
        const QByteArray withoutBytes = fileBytes(without);
        QVERIFY(withBytes.count("/S /GoTo") >= withoutBytes.count("/S /GoTo") + 2);
        // The option is for the export command only.
        QCOMPARE(runLectern({QStringLiteral("--library"), path, QStringLiteral("export"),
                             QStringLiteral("--format"), QStringLiteral("pdf"),
                             QStringLiteral("--article"), QStringLiteral("no-such-uuid"),
                             QStringLiteral("--related-reading"), QStringLiteral("--out"),
                             dir.filePath(QStringLiteral("bad.pdf"))})
                     .exitCode,
                 1);
    }

    void readingListsAreNamedAndOrdered()
    {
        auto store = memoryStore();
        const Article a = saved(*store, makeArticle(QStringLiteral("A"), filler));
        const Article b = saved(*store, makeArticle(QStringLiteral("B"), filler));
        const Article c = saved(*store, makeArticle(QStringLiteral("C"), filler));

        auto lists = store->readingLists();
        QVERIFY(lists);
        QCOMPARE(lists->size(), 1);
        QVERIFY(lists->first().recommended);
        const qint64 recommended = lists->first().id;

        // The old single-list functions work on the first list.
        QVERIFY(store->setRecommendedReading({b.uuid, a.uuid}));
        QCOMPARE(store->readingListItems(recommended)->size(), 2);
        QCOMPARE(store->readingListItems(recommended)->first().uuid, b.uuid);
        QVERIFY(store->setReadingListItems(recommended, {c.uuid}));
        QCOMPARE(store->recommendedReading()->size(), 1);
        QCOMPARE(store->recommendedReading()->first().uuid, c.uuid);

        const auto summer = store->createReadingList(QStringLiteral("  Summer   school "));
        QVERIFY2(summer, qPrintable(summer.error()));
        QCOMPARE(summer->name, QStringLiteral("Summer school"));
        QVERIFY(!summer->recommended);
        QVERIFY(!store->createReadingList(QStringLiteral("summer SCHOOL")));
        QVERIFY(!store->createReadingList(QStringLiteral("   ")));
        QVERIFY(store->setReadingListItems(summer->id, {a.uuid, b.uuid, c.uuid}));
        lists = store->readingLists();
        QCOMPARE(lists->size(), 2);
        QCOMPARE(lists->at(1).name, QStringLiteral("Summer school"));
        QCOMPARE(lists->at(1).count, 3);

        QVERIFY(store->renameReadingList(summer->id, QStringLiteral("Autumn")));
        QCOMPARE(store->readingLists()->at(1).name, QStringLiteral("Autumn"));
        QVERIFY(!store->renameReadingList(summer->id, QStringLiteral("Recommended reading")));
        QVERIFY(!store->renameReadingList(9999, QStringLiteral("Nope")));

        // Bad input changes nothing.
        QVERIFY(!store->setReadingListItems(summer->id, {a.uuid, a.uuid}));
        QVERIFY(!store->setReadingListItems(summer->id, {QStringLiteral("no-such-uuid")}));
        QVERIFY(!store->setReadingListItems(9999, {a.uuid}));
        QCOMPARE(store->readingListItems(summer->id)->size(), 3);
        QVERIFY(!store->readingListItems(9999));

        // An article in the trash is hidden but keeps its place for a restore.
        QVERIFY(store->trashArticle(b.uuid));
        QCOMPARE(store->readingListItems(summer->id)->size(), 2);
        QVERIFY(store->setReadingListItems(summer->id, {c.uuid, a.uuid}));
        QVERIFY(store->restoreArticle(b.uuid));
        QStringList order;
        for (const ArticleSummary &item : store->readingListItems(summer->id).value())
            order.append(item.title);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")}));

        QVERIFY(!store->deleteReadingList(recommended));
        QVERIFY(store->deleteReadingList(summer->id));
        QVERIFY(!store->deleteReadingList(summer->id));
        QCOMPARE(store->readingLists()->size(), 1);
    }

    void readingListModelReordersByDragAndDrop()
    {
        auto store = memoryStore();
        QStringList uuids;
        for (const char *title : {"A", "B", "C", "D"})
            uuids.append(saved(*store, makeArticle(QString::fromLatin1(title), filler)).uuid);
        const Article outsider = saved(*store, makeArticle(QStringLiteral("E"), filler));
        const auto list = store->createReadingList(QStringLiteral("Week one"));
        QVERIFY(list);
        QVERIFY(store->setReadingListItems(list->id, uuids));

        ReadingListModel model(*store, list->id);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ReadingListModel::errorOccurred);
        const auto stored = [&] {
            QStringList names;
            for (const ArticleSummary &item : store->readingListItems(list->id).value())
                names.append(item.title);
            return names;
        };
        const auto shown = [&] {
            QStringList names;
            for (int row = 0; row < model.rowCount(); ++row)
                names.append(model.index(row).data().toString());
            return names;
        };
        QCOMPARE(shown(), (QStringList{QStringLiteral("A"), QStringLiteral("B"),
                                       QStringLiteral("C"), QStringLiteral("D")}));
        QCOMPARE(model.index(0).data(ReadingListModel::UuidRole).toString(), uuids[0]);
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);

        // Drag A below C (QListView's internal move calls moveRow).
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QVERIFY(model.moveRow({}, 0, {}, 3));
        QCOMPARE(moved.size(), 1);
        const QStringList afterMove{QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"),
                                    QStringLiteral("D")};
        QCOMPARE(shown(), afterMove);
        QCOMPARE(stored(), afterMove);
        QVERIFY(!model.moveRow({}, 1, {}, 1));     // onto itself
        QVERIFY(!model.moveRows({}, 3, 2, {}, 0)); // beyond the end
        QCOMPARE(moved.size(), 1);

        // Drop from elsewhere: mime data with uuids.
        QMimeData fromArticleList;
        fromArticleList.setData(ReadingListModel::mimeType(), outsider.uuid.toUtf8());
        QVERIFY(model.canDropMimeData(&fromArticleList, Qt::CopyAction, 1, 0, {}));
        QVERIFY(model.dropMimeData(&fromArticleList, Qt::CopyAction, 1, 0, {}));
        const QStringList afterDrop{QStringLiteral("B"), QStringLiteral("E"), QStringLiteral("C"),
                                    QStringLiteral("A"), QStringLiteral("D")};
        QCOMPARE(shown(), afterDrop);
        QCOMPARE(stored(), afterDrop);

        // Dragging out of the model and back in moves, never duplicates.
        std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(4)}));
        QVERIFY(dragged->hasFormat(ReadingListModel::mimeType()));
        QVERIFY(model.dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {}));
        const QStringList afterRedrop{QStringLiteral("D"), QStringLiteral("B"), QStringLiteral("E"),
                                      QStringLiteral("C"), QStringLiteral("A")};
        QCOMPARE(shown(), afterRedrop);
        QCOMPARE(stored(), afterRedrop);

        // Removing writes through too.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.removeRows(1, 2));
        QCOMPARE(removed.size(), 1);
        const QStringList afterRemove{QStringLiteral("D"), QStringLiteral("C"),
                                      QStringLiteral("A")};
        QCOMPARE(stored(), afterRemove);

        // Bad drops: the wrong format is refused; an unknown article is
        // reported and changes nothing.
        QMimeData text;
        text.setText(outsider.uuid);
        QVERIFY(!model.canDropMimeData(&text, Qt::CopyAction, 0, 0, {}));
        QVERIFY(!model.dropMimeData(&text, Qt::CopyAction, 0, 0, {}));
        QMimeData unknown;
        unknown.setData(ReadingListModel::mimeType(), QByteArrayLiteral("no-such-uuid"));
        QVERIFY(errors.isEmpty());
        QVERIFY(!model.dropMimeData(&unknown, Qt::CopyAction, 0, 0, {}));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("no-such-uuid")));
        QCOMPARE(shown(), afterRemove);
        QCOMPARE(stored(), afterRemove);
    }

    // Issue 15: a reason names words few articles share, never a function
    // word or one most of the library uses ("similar text: new, first").
    void demoReasonsNameDistinctiveWords()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        const auto all = store->articles();
        QVERIFY(all);
        const double limit = std::max(2.0, 0.05 * double(all->size()));
        int suggestions = 0;
        int explained = 0;
        for (const ArticleSummary &article : all.value()) {
            const RelatedResult result = related(*store, article.uuid, 5);
            for (const RelatedSuggestion &suggestion : result.suggestions) {
                ++suggestions;
                if (!suggestion.reasons.isEmpty())
                    ++explained;
                for (const QString &word : namedWords(suggestion)) {
                    QVERIFY2(isTellingTerm(word.toUtf8()), qPrintable(word));
                    const auto documents =
                        scalar(*store,
                               QStringLiteral("SELECT documents FROM related_terms WHERE term = ?"),
                               {word});
                    QVERIFY(documents);
                    QVERIFY2(
                        documents->toDouble() <= limit,
                        qPrintable(
                            QStringLiteral("%1 in %2 articles").arg(word).arg(documents->toInt())));
                    for (const char *filler : {"new", "first", "article", "статті", "опубліковано"})
                        QVERIFY2(word != QString::fromUtf8(filler), qPrintable(word));
                }
            }
        }
        QVERIFY(suggestions > 0);
        QVERIFY2(explained * 10 >= suggestions * 8,
                 qPrintable(QStringLiteral("%1 of %2").arg(explained).arg(suggestions)));
    }

    // The union's interview shares no topic with the user guide: it is not
    // offered guide pages as if they were related.
    void interviewIsNotOfferedOnlyUserGuidePages()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        const auto interview = store->search(QStringLiteral("\"Ambassador Zhang Xiao\""));
        QVERIFY(interview && !interview->isEmpty());
        const RelatedResult result = related(*store, interview->first().uuid, 5);
        int guides = 0;
        for (const RelatedSuggestion &suggestion : result.suggestions) {
            const auto article = store->article(suggestion.uuid);
            QVERIFY(article);
            if (article->category == QLatin1String("User guide"))
                ++guides;
        }
        QVERIFY2(result.suggestions.isEmpty() || guides < result.suggestions.size(),
                 qPrintable(titles(result).join(QStringLiteral(" | "))));
    }

    // A generated library of topics: at least 80 % of suggestions say why.
    void generatedSuggestionsCarryReasons()
    {
        auto store = memoryStore();
        QRandomGenerator random(15);
        QStringList common;
        for (int i = 0; i < 400; ++i)
            common.append(QStringLiteral("common%1").arg(i));
        for (int i = 0; i < 120; ++i) {
            const Topic &topic = topics[i % topics.size()];
            QStringList words;
            for (int w = 0; w < 120; ++w)
                words.append(random.bounded(8) == 0 ? topic.words[random.bounded(6)]
                                                    : common[random.bounded(common.size())]);
            saved(*store,
                  makeArticle(QStringLiteral("Generated %1").arg(i), words.join(QLatin1Char(' '))));
        }
        int suggestions = 0;
        int explained = 0;
        for (const ArticleSummary &article : store->articles().value()) {
            for (const RelatedSuggestion &suggestion :
                 related(*store, article.uuid, 5).suggestions) {
                ++suggestions;
                explained += suggestion.reasons.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(suggestions >= 120 * 3);
        QVERIFY2(explained * 10 >= suggestions * 8,
                 qPrintable(QStringLiteral("%1 of %2").arg(explained).arg(suggestions)));
    }

    // The word counts follow every change to what the search index holds.
    void wordCountsFollowTheLibrary()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QCOMPARE(wordCountProblems(*store), QString());
        const auto all = store->articles().value();
        Article edited = store->article(all.at(2).uuid).value();
        edited.title = QStringLiteral("A title with quinoa and quinoa");
        edited.bodyHtml = QStringLiteral("<p>Nothing of the old text, only quinoa.</p>");
        QVERIFY(store->saveArticle(edited));
        QCOMPARE(wordCountProblems(*store), QString());
        QVERIFY(store->trashArticle(all.at(3).uuid));
        QVERIFY(store->trashArticle(all.at(4).uuid));
        QCOMPARE(wordCountProblems(*store), QString());
        QVERIFY(store->restoreArticle(all.at(3).uuid));
        QCOMPARE(wordCountProblems(*store), QString());
        QVERIFY(store->deleteArticlePermanently(all.at(4).uuid));
        QCOMPARE(wordCountProblems(*store), QString());
        QVERIFY(store->emptyTrash());
        QCOMPARE(wordCountProblems(*store), QString());
        // A failed save changes nothing (the transaction is rolled back).
        Article broken = edited;
        broken.universityUuids = {QStringLiteral("no-such-university")};
        QVERIFY(!store->saveArticle(broken));
        QCOMPARE(wordCountProblems(*store), QString());
    }

    // A library made before schema 9 gets its word counts when it is
    // upgraded, and suggests at once.
    void upgradeCountsTheWordsOfEveryArticle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("old.lectern"));
        QVERIFY(QFile::copy(QStringLiteral(LECTERN_FIXTURES "/library-v1.lectern"), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto store = LibraryStore::open(path);
        QVERIFY2(store, qPrintable(store.error()));
        QCOMPARE(wordCountProblems(*store.value()), QString());
        const auto rows =
            scalar(*store.value(), QStringLiteral("SELECT count(*) FROM related_vectors"));
        QVERIFY(rows && rows->toInt() > 0);
        for (const ArticleSummary &article : store.value()->articles().value())
            QVERIFY(relatedArticles(*store.value(), article.uuid, 5));
    }
};

QTEST_MAIN(RelatedTest)
#include "tst_related.moc"
