// The demo library a newcomer sees on first start.
#include "demolibrary.h"
#include "testsupport.h"

#include <QStandardPaths>

using namespace lectern;
using namespace lectern::test;

class DemoLibraryTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<LibraryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = memoryStore();
        const Status filled = fillDemoLibrary(*m_store);
        QVERIFY2(filled, qPrintable(filled.error()));
    }

    void hasTheUnionsInterview()
    {
        const auto hits = m_store->search(QStringLiteral("\"Ambassador Zhang Xiao\""));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        const auto interview = m_store->article(hits->first().uuid);
        QVERIFY(
            interview->title.startsWith(QStringLiteral("Ambassador Zhang Xiao gave an interview")));
        QCOMPARE(interview->status, ArticleStatus::Published);
        QCOMPARE(interview->source, QStringLiteral("China-Ukraine Education Union"));
        // The page's text, all of it: first and last answers.
        QVERIFY(interview->bodyText.contains(
            QStringLiteral("From May 18th to 19th, the China-Central Asia Summit")));
        QVERIFY(interview->bodyText.contains(
            QStringLiteral("China-Kazakhstan Community of Shared Future")));
        QVERIFY(interview->tags.contains(QStringLiteral("Kazakhstan")));
        // Page furniture is not article text.
        QVERIFY(!interview->bodyText.contains(QStringLiteral("recommended reading")));
        QVERIFY(!interview->bodyText.contains(QStringLiteral("Affiliate University")));
    }

    void hasTheUniversitiesAsChinese()
    {
        const auto universities = m_store->universities();
        QVERIFY(universities);
        QStringList names;
        for (const University &u : universities.value()) {
            names.append(u.name);
            QCOMPARE(u.country, QStringLiteral("China"));
            QVERIFY(!u.profileText.isEmpty());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Hunan University"),
                                     QStringLiteral("Shihezi University")}));
        const University hunan = universities->first();
        QCOMPARE(hunan.city, QStringLiteral("Changsha"));
        QVERIFY(hunan.profileText.startsWith(
            QStringLiteral("Hunan University is located in Changsha, a famous historical and "
                           "cultural city in China.")));
    }

    void hasAGuideInThreeLanguages()
    {
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("uk")}) {
            ArticleFilter filter;
            filter.language = language;
            QVERIFY2(m_store->articleCount(filter).value() >= 5, qPrintable(language));
        }
        // Each guide article links to its other-language versions.
        const auto welcome = m_store->search(QStringLiteral("Welcome lang:en"));
        QVERIFY(welcome && !welcome->isEmpty());
        const auto translations = m_store->translations(welcome->first().uuid);
        QStringList languages;
        for (const ArticleSummary &t : translations.value())
            languages.append(t.language);
        QCOMPARE(languages, (QStringList{QStringLiteral("uk"), QStringLiteral("zh")}));
    }

    void searchWorksAtOnceInEveryLanguage()
    {
        QVERIFY(!m_store->search(QStringLiteral("西安"))->isEmpty());
        QVERIFY(!m_store->search(QStringLiteral("峰会 lang:zh"))->isEmpty());
        QVERIFY(!m_store->search(QStringLiteral("ПОШУК"))->isEmpty());
        QVERIFY(!m_store->search(QStringLiteral("Kazakhstan visa"))->isEmpty());
    }

    void hasRecommendedReadingAndRelatedLinks()
    {
        const auto recommended = m_store->recommendedReading();
        QVERIFY(recommended);
        QVERIFY(recommended->size() >= 2);
        int withLinks = 0;
        for (const ArticleSummary &a : m_store->articles().value()) {
            if (!m_store->relatedLinks(a.uuid)->isEmpty())
                ++withLinks;
        }
        QVERIFY(withLinks >= 5);
    }
};

QTEST_MAIN(DemoLibraryTest)
#include "tst_demolibrary.moc"
