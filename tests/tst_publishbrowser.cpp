// The published demo site in a real browser: headless Chromium reads each
// page after its scripts ran (--dump-dom), from file:// with no flag that
// relaxes file access, and from a local web server the test starts.
#include "demolibrary.h"
#include "sitepublisher.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <unistd.h>

using namespace lectern;
using namespace lectern::test;

class PublishBrowserTest : public QObject
{
    Q_OBJECT

private:
    QString m_chromium;
    QTemporaryDir m_site;
    QTemporaryDir m_profile;
    QProcess m_server;
    QString m_serverRoot; // http://127.0.0.1:PORT/

    // The page's DOM once its scripts ran.
    QString dom(const QUrl &url)
    {
        QStringList arguments{QStringLiteral("--headless"),
                              QStringLiteral("--disable-gpu"),
                              QStringLiteral("--disable-background-networking"),
                              QStringLiteral("--disable-component-update"),
                              QStringLiteral("--disable-sync"),
                              QStringLiteral("--no-first-run"),
                              QStringLiteral("--user-data-dir=") + m_profile.path(),
                              QStringLiteral("--virtual-time-budget=5000"),
                              QStringLiteral("--dump-dom"),
                              url.toString(QUrl::FullyEncoded)};
        if (geteuid() == 0)
            arguments.prepend(QStringLiteral("--no-sandbox")); // Chromium refuses root otherwise
        QProcess chromium;
        chromium.start(m_chromium, arguments);
        if (!chromium.waitForFinished(60000)) {
            chromium.kill();
            chromium.waitForFinished();
            return {};
        }
        return QString::fromUtf8(chromium.readAllStandardOutput());
    }

    QUrl fileUrl(const QString &path, const QString &query = {}) const
    {
        QUrl url = QUrl::fromLocalFile(QDir(m_site.path()).filePath(path));
        if (!query.isEmpty())
            url.setQuery(QUrlQuery{{QStringLiteral("q"), query}});
        return url;
    }

    QUrl serverUrl(const QString &path, const QString &query = {}) const
    {
        QUrl url(m_serverRoot + path);
        if (!query.isEmpty())
            url.setQuery(QUrlQuery{{QStringLiteral("q"), query}});
        return url;
    }

    QString pageWith(const QString &folder, const QString &text) const
    {
        const QDir dir(QDir(m_site.path()).filePath(folder));
        for (const QString &name :
             dir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
            if (fileBytes(dir.filePath(name)).contains(text.toUtf8()))
                return folder + QLatin1Char('/') + name;
        }
        return {};
    }

    void checkSearch(const QUrl &page, const QString &expectedLink, const QString &expectedText)
    {
        const QString result = dom(page);
        QVERIFY2(result.contains(QLatin1String("class=\"result\"")),
                 qPrintable(page.toString() + QLatin1Char('\n') + result.right(3000)));
        QVERIFY2(result.contains(expectedLink),
                 qPrintable(expectedLink + QLatin1Char('\n') + result.right(3000)));
        QVERIFY2(result.contains(expectedText), qPrintable(expectedText));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!m_chromium.isEmpty(), "chromium is not installed (.ci/setup installs it)");
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        PublishOptions options;
        options.outFolder = m_site.path();
        const Result<PublishReport> report = SitePublisher(*store, options).publish();
        QVERIFY2(report, qPrintable(report.error()));

        // A throwaway web server on a port the system chooses, for this test only.
        m_server.setWorkingDirectory(m_site.path());
        m_server.start(QStringLiteral("python3"),
                       {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                        QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QString banner;
        for (int i = 0; i < 100 && !banner.contains(QLatin1String(" port ")); ++i) {
            m_server.waitForReadyRead(100);
            banner += QString::fromUtf8(m_server.readAllStandardOutput());
        }
        const QString port =
            banner.section(QLatin1String(" port "), 1).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(port.toInt() > 0, qPrintable(banner));
        m_serverRoot = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(5000))
            m_server.kill();
    }

    void homeInEachLanguage()
    {
        const struct
        {
            const char *path;
            const char *lang;
            QString words;
        } homes[] = {{"en/index.html", "en", QStringLiteral("Recommended reading")},
                     {"zh/index.html", "zh", QStringLiteral("推荐阅读")},
                     {"uk/index.html", "uk", QStringLiteral("Рекомендоване читання")}};
        for (const auto &home : homes) {
            const QString page = dom(fileUrl(QLatin1String(home.path)));
            QVERIFY2(
                page.contains(QStringLiteral("<html lang=\"%1\">").arg(QLatin1String(home.lang))),
                qPrintable(page.left(500)));
            QVERIFY(page.contains(home.words));
            QVERIFY(page.contains(QLatin1String("Hunan University")));
        }
    }

    void articleUniversityAndLanguageSwitcher()
    {
        const QString article =
            pageWith(QStringLiteral("en/articles"), QStringLiteral("<h1>Welcome to Lectern</h1>"));
        QVERIFY(!article.isEmpty());
        const QString page = dom(fileUrl(article));
        QVERIFY(page.contains(QLatin1String("<h1>Welcome to Lectern</h1>")));
        // The switcher leads to the same article in Chinese.
        const QString switcher = page.section(QLatin1String("<nav class=\"languages\""), 1)
                                     .section(QLatin1String("</nav>"), 0, 0);
        const QString zh = switcher.section(QLatin1String("hreflang=\"zh\""), 0, 0)
                               .section(QLatin1String("href=\""), -1)
                               .section(QLatin1Char('"'), 0, 0);
        QVERIFY2(zh.startsWith(QLatin1String("../../zh/articles/")), qPrintable(switcher));
        const QString chinese = dom(fileUrl(QDir::cleanPath(QStringLiteral("en/articles/") + zh)));
        QVERIFY(chinese.contains(QLatin1String("<html lang=\"zh\">")));
        QVERIFY(chinese.contains(QStringLiteral("欢迎使用 Lectern")));

        const QString university =
            pageWith(QStringLiteral("uk/universities"), QStringLiteral("Shihezi University"));
        QVERIFY(!university.isEmpty());
        const QString profile = dom(fileUrl(university));
        QVERIFY(profile.contains(QLatin1String("<h1>Shihezi University</h1>")));
        QVERIFY(profile.contains(QStringLiteral("Китай"))); // the country, in the page's language
    }

    void searchFromFiles()
    {
        checkSearch(fileUrl(QStringLiteral("zh/search.html"), QStringLiteral("西安")),
                    QStringLiteral("zh/articles/"), QStringLiteral("西安"));
        checkSearch(fileUrl(QStringLiteral("uk/search.html"), QStringLiteral("КИЇВ")),
                    QStringLiteral("uk/articles/"), QStringLiteral("uk"));
        checkSearch(fileUrl(QStringLiteral("en/search.html"), QStringLiteral("export")),
                    QStringLiteral("en/articles/"), QStringLiteral("PDF"));
        const QString none =
            dom(fileUrl(QStringLiteral("en/search.html"), QStringLiteral("zzzqqqxxx")));
        QVERIFY(none.contains(QLatin1String("No article matches every word of the search.")));
    }

    void searchFromAWebServer()
    {
        checkSearch(serverUrl(QStringLiteral("zh/search.html"), QStringLiteral("西安")),
                    QStringLiteral("zh/articles/"), QStringLiteral("西安"));
        checkSearch(serverUrl(QStringLiteral("uk/search.html"), QStringLiteral("КИЇВ")),
                    QStringLiteral("uk/articles/"), QStringLiteral("uk"));
        checkSearch(serverUrl(QStringLiteral("en/search.html"), QStringLiteral("Export")),
                    QStringLiteral("en/articles/"), QStringLiteral("PDF"));
        const QString home = dom(serverUrl(QStringLiteral("index.html")));
        QVERIFY(home.contains(QLatin1String("Affiliate universities (China)")));
    }
};

QTEST_MAIN(PublishBrowserTest)
#include "tst_publishbrowser.moc"
