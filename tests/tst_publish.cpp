// The published web site (app/core/publish): what reaches it, that it is
// valid and complete, incremental, deterministic, and safe to write.
#include "demolibrary.h"
#include "editing/articleedit.h"
#include "related/relatedengine.h"
#include "searchtokenizer.h"
#include "siteaddresses.h"
#include "sitebody.h"
#include "sitepublisher.h"
#include "sitesearch.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace lectern;
using namespace lectern::test;

namespace {

QMap<QString, QByteArray> siteFiles(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), fileBytes(path));
    }
    return files;
}

Result<PublishReport> publish(const LibraryStore &store, const QString &folder, bool force = false,
                              const QString &theme = {})
{
    PublishOptions options;
    options.outFolder = folder;
    options.force = force;
    options.themeFolder = theme;
    options.baseUrl = QStringLiteral("https://union.example/site/");
    return SitePublisher(store, options).publish();
}

Article published(const QString &title, const QString &body,
                  const QString &language = QStringLiteral("en"))
{
    Article article = makeArticle(title, body, language);
    article.status = ArticleStatus::Published;
    article.published = QDateTime(QDate(2026, 5, 19), QTime(8, 0), Qt::UTC);
    return article;
}

QByteArray pictureBytes(int width, int height, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// As the templates escape text (Mustache also escapes ').
QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QLatin1String("&apos;"));
}

QString pageOf(const QMap<QString, QByteArray> &files, const QString &needle)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".html")) &&
            it.key().contains(QLatin1String("/articles/")) && it.value().contains(needle.toUtf8()))
            return it.key();
    }
    return {};
}

} // namespace

class PublishTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void onlyPublishedArticlesReachTheSite()
    {
        auto store = memoryStore();
        Article visible = published(QStringLiteral("Visible"),
                                    QStringLiteral("publishedword shared subject matter"));
        visible.tags = {QStringLiteral("shared")};
        QVERIFY(store->saveArticle(visible));
        const auto withStatus = [&](const QString &word, ArticleStatus status) {
            // Close to the published article, so that a related list
            // that took any status would suggest it.
            Article article =
                makeArticle(word, word + QLatin1String(" publishedword shared subject matter"));
            article.status = status;
            article.tags = {word + QLatin1String("tag"), QStringLiteral("shared")};
            article.category = word + QLatin1String("category");
            QVERIFY(store->saveArticle(article));
        };
        withStatus(QStringLiteral("draftsecret"), ArticleStatus::Draft);
        withStatus(QStringLiteral("reviewsecret"), ArticleStatus::InReview);
        withStatus(QStringLiteral("archivedsecret"), ArticleStatus::Archived);
        const Result<Article> trashed = store->saveArticle(
            published(QStringLiteral("trashedsecret"), QStringLiteral("trashedsecret")));
        QVERIFY(trashed);
        QVERIFY(store->trashArticle(trashed->uuid));
        // An earlier version of a published article, and unsaved editor work.
        Result<Article> edited = store->saveArticle(
            published(QStringLiteral("Edited"), QStringLiteral("oldrevisionsecret")));
        QVERIFY(edited);
        Article second = edited.value();
        second.bodyHtml = QStringLiteral("<p>current text</p>");
        QVERIFY(store->saveArticle(second));
        Article unsaved = second;
        unsaved.bodyHtml = QStringLiteral("<p>recoverysecret</p>");
        QVERIFY(store->saveRecovery(QStringLiteral("article"), second.uuid, unsaved.toJson()));

        QTemporaryDir out;
        const Result<PublishReport> report = publish(*store, out.path());
        QVERIFY2(report, qPrintable(report.error()));
        QCOMPARE(report->articles, 2);
        const QMap<QString, QByteArray> files = siteFiles(out.path());
        bool found = false;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            for (const char *secret : {"draftsecret", "reviewsecret", "archivedsecret",
                                       "trashedsecret", "oldrevisionsecret", "recoverysecret"})
                QVERIFY2(!it.value().contains(secret),
                         qPrintable(it.key() + QLatin1String(": ") + QLatin1String(secret)));
            found = found || it.value().contains("publishedword");
        }
        QVERIFY(found);
        QVERIFY(!pageOf(files, QStringLiteral("publishedword")).isEmpty());
    }

    void publishingTwiceGivesTheSameBytes()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QTemporaryDir first, second;
        QVERIFY(publish(*store, first.path()));
        QVERIFY(publish(*store, second.path()));
        const auto a = siteFiles(first.path());
        const auto b = siteFiles(second.path());
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it)
            QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
        // And again into the same folder: nothing to write.
        const Result<PublishReport> again = publish(*store, first.path());
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->files.written, 0);
        QCOMPARE(again->files.deleted, 0);
        QVERIFY(again->files.unchanged > 20);
    }

    void editingOneArticleRewritesOnlyWhatChanged()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QList<Article> extra;
        for (int i = 0; i < 30; ++i) {
            Article article =
                published(QStringLiteral("Filler %1").arg(i),
                          QStringLiteral("unrelated filler text number %1 about gardens").arg(i));
            article.published = article.published.addDays(-i - 10);
            const Result<Article> saved = store->saveArticle(article);
            QVERIFY(saved);
            extra.append(saved.value());
        }
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        // Files Lectern did not make stay as they are.
        QVERIFY(QDir(out.path()).mkpath(QStringLiteral(".git")));
        QFile head(out.filePath(QStringLiteral(".git/HEAD")));
        QVERIFY(head.open(QIODevice::WriteOnly));
        head.write("ref: refs/heads/main\n");
        head.close();
        const auto before = siteFiles(out.path());

        Article changed = extra.at(20);
        changed.bodyHtml = QStringLiteral("<p>unrelated filler text, now about orchards</p>");
        QVERIFY(store->saveArticle(changed));
        Article gone = extra.at(25);
        gone.status = ArticleStatus::Draft;
        QVERIFY(store->saveArticle(gone));
        const Result<PublishReport> report = publish(*store, out.path());
        QVERIFY2(report, qPrintable(report.error()));
        const auto after = siteFiles(out.path());

        const QString changedPage = pageOf(before, QStringLiteral("now about orchards")).isEmpty()
                                        ? pageOf(after, QStringLiteral("now about orchards"))
                                        : QString();
        QVERIFY(!changedPage.isEmpty());
        const QString gonePage = pageOf(before, QStringLiteral("Filler 25"));
        QVERIFY(!gonePage.isEmpty());
        QVERIFY(!after.contains(gonePage)); // no longer published: its page is gone
        QCOMPARE(after.value(QStringLiteral(".git/HEAD")), QByteArray("ref: refs/heads/main\n"));
        QStringList rewritten;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) != it.value())
                rewritten.append(it.key());
        }
        QVERIFY(rewritten.contains(changedPage));
        QCOMPARE(report->files.written, int(rewritten.size()) - 1); // the manifest is not counted
        QVERIFY(report->files.deleted >= 1);
        // Most of the site is untouched: far fewer files than the site has.
        QVERIFY2(rewritten.size() * 3 < after.size(),
                 qPrintable(QStringLiteral("%1 of %2 rewritten: %3")
                                .arg(rewritten.size())
                                .arg(after.size())
                                .arg(rewritten.join(QLatin1Char(' ')))));
    }

    void foreignFolderIsRefusedWithoutForce()
    {
        auto store = memoryStore();
        QVERIFY(store->saveArticle(published(QStringLiteral("One"), QStringLiteral("text"))));
        QTemporaryDir out;
        QFile mine(out.filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("my notes");
        mine.close();
        const Result<PublishReport> refused = publish(*store, out.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("--force")), qPrintable(refused.error()));
        QCOMPARE(siteFiles(out.path()).keys(), QStringList{QStringLiteral("notes.txt")});
        const Result<PublishReport> forced = publish(*store, out.path(), true);
        QVERIFY2(forced, qPrintable(forced.error()));
        QCOMPARE(fileBytes(out.filePath(QStringLiteral("notes.txt"))), QByteArray("my notes"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("index.html"))));
        // Once Lectern made it, the folder needs no --force.
        QVERIFY(publish(*store, out.path()));
    }

    void failedWriteLeavesThePreviousSiteComplete()
    {
        auto store = memoryStore();
        const Result<Article> article =
            store->saveArticle(published(QStringLiteral("Stable"), QStringLiteral("first text")));
        QVERIFY(article);
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        const auto before = siteFiles(out.path());
        const QString page = pageOf(before, QStringLiteral("first text"));
        QVERIFY(!page.isEmpty());

        Article changed = article.value();
        changed.bodyHtml = QStringLiteral("<p>second text</p>");
        changed.title = QStringLiteral("Stable, retitled");
        QVERIFY(store->saveArticle(changed));
        // The changed page cannot be written (a folder sits at its temporary name).
        QVERIFY(QDir(out.path()).mkpath(page + QLatin1String(".lectern-tmp")));
        const Result<PublishReport> failed = publish(*store, out.path());
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QLatin1String("left as it was")),
                 qPrintable(failed.error()));
        QDir(out.path()).rmdir(page + QLatin1String(".lectern-tmp"));
        QCOMPARE(siteFiles(out.path()), before); // every file as it was, no temporary left
    }

    void commandLineReportsAFullDiskAndKeepsTheSite()
    {
        QTemporaryDir work;
        const QString library = work.filePath(QStringLiteral("demo.lectern"));
        QString uuid;
        {
            auto store = LibraryStore::create(library);
            QVERIFY(store);
            QVERIFY(fillDemoLibrary(*store.value()));
            Result<Article> article = store.value()->saveArticle(
                published(QStringLiteral("Long"), QStringLiteral("short")));
            QVERIFY(article);
            uuid = article->uuid;
        }
        const QString site = work.filePath(QStringLiteral("site"));
        const auto run = [&](const QStringList &arguments, qint64 fileLimit = 0) {
            QProcess process;
            process.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
            if (fileLimit > 0) {
                // A disk with room for no file larger than fileLimit: writes fail with EFBIG.
                process.setChildProcessModifier([fileLimit] {
                    std::signal(SIGXFSZ, SIG_IGN);
                    const rlimit limit{rlim_t(fileLimit), rlim_t(fileLimit)};
                    setrlimit(RLIMIT_FSIZE, &limit);
                });
            }
            process.start(QStringLiteral(LECTERN_BINARY),
                          QStringList{QStringLiteral("--library"), library} + arguments);
            process.waitForFinished(120000);
            return std::make_pair(process.exitCode(),
                                  QString::fromUtf8(process.readAllStandardError() +
                                                    process.readAllStandardOutput()));
        };
        QCOMPARE(run({QStringLiteral("publish")}).first, 2); // no --out
        const auto first = run(
            {QStringLiteral("publish"), QStringLiteral("--out"), site, QStringLiteral("--json")});
        QVERIFY2(first.first == 0, qPrintable(first.second));
        QVERIFY(first.second.contains(QLatin1String("\"articles\": 19")));
        const auto before = siteFiles(site);

        {
            auto store = LibraryStore::open(library);
            QVERIFY(store);
            Result<Article> article = store.value()->article(uuid);
            QVERIFY(article);
            article->bodyHtml =
                QStringLiteral("<p>%1</p>").arg(QStringLiteral("many words ").repeated(20000));
            QVERIFY(store.value()->saveArticle(article.value()));
        }
        const auto full =
            run({QStringLiteral("publish"), QStringLiteral("--out"), site}, 150 * 1024);
        QCOMPARE(full.first, 1);
        QVERIFY2(full.second.contains(QLatin1String("the disk may be full")),
                 qPrintable(full.second));
        QCOMPARE(siteFiles(site), before); // the previous site, whole; no temporary file left

        const QString foreign = work.filePath(QStringLiteral("foreign"));
        QVERIFY(QDir().mkpath(foreign + QLatin1String("/.git")));
        const auto refused = run({QStringLiteral("publish"), QStringLiteral("--out"), foreign});
        QCOMPARE(refused.first, 1);
        QVERIFY2(refused.second.contains(QLatin1String("--force")), qPrintable(refused.second));
        QCOMPARE(run({QStringLiteral("publish"), QStringLiteral("--out"), foreign,
                      QStringLiteral("--force")})
                     .first,
                 0);
        QVERIFY(QFileInfo(foreign + QLatin1String("/.git")).isDir());
    }

    void addressSurvivesANewTitle()
    {
        auto store = memoryStore();
        Result<Article> article = store->saveArticle(published(
            QStringLiteral("Київ і Сіань: освіта"), QStringLiteral("text"), QStringLiteral("uk")));
        QVERIFY(article);
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        const QString path = QStringLiteral("uk/articles/kyiv-i-sian-osvita.html");
        QVERIFY2(QFile::exists(out.filePath(path)),
                 qPrintable(siteFiles(out.path()).keys().join(QLatin1Char(' '))));
        Article renamed = article.value();
        renamed.title = QStringLiteral("Нова назва");
        QVERIFY(store->saveArticle(renamed));
        QVERIFY(publish(*store, out.path()));
        QVERIFY(fileBytes(out.filePath(path)).contains(QStringLiteral("Нова назва").toUtf8()));
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("uk/articles/nova-nazva.html"))));

        // Moved to another language's folder: the old address redirects.
        renamed.language = QStringLiteral("en");
        QVERIFY(store->saveArticle(renamed));
        QVERIFY(publish(*store, out.path()));
        const QByteArray redirect = fileBytes(out.filePath(path));
        QVERIFY2(redirect.contains("http-equiv=\"refresh\""), redirect.constData());
        QVERIFY(redirect.contains("../../en/articles/kyiv-i-sian-osvita.html"));
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("en/articles/kyiv-i-sian-osvita.html"))));
    }

    void slugs()
    {
        QCOMPARE(slugFromTitle(QStringLiteral("Ambassador Zhang Xiao: Xi'an summit!")),
                 QStringLiteral("ambassador-zhang-xiao-xian-summit"));
        QCOMPARE(slugFromTitle(QStringLiteral("Щедрий Житомир")),
                 QStringLiteral("shchedryi-zhytomyr"));
        QCOMPARE(slugFromTitle(QStringLiteral("Café crème")), QStringLiteral("cafe-creme"));
        QCOMPARE(slugFromTitle(QStringLiteral("西安峰会")), QString());
        QSet<QString> taken;
        QCOMPARE(uniqueSlug(QStringLiteral("Same"), QStringLiteral("a"), taken),
                 QStringLiteral("same"));
        QCOMPARE(uniqueSlug(QStringLiteral("Same"), QStringLiteral("b"), taken),
                 QStringLiteral("same-2"));
        QCOMPARE(uniqueSlug(QStringLiteral("西安"), QStringLiteral("3F2A9C1E-77"), taken),
                 QStringLiteral("3f2a9c1e"));
    }

    void bodyIsRewrittenForTheWeb()
    {
        SiteBodyLinks links;
        links.fallbackAlt = QStringLiteral("Fallback");
        links.image = [](const QString &sha, const QString &alt) {
            return QStringLiteral("<img src=\"m/%1\" alt=\"%2\">").arg(sha, alt.toHtmlEscaped());
        };
        links.internalLink = [](const QUrl &url) {
            return url.path() == QLatin1String("/known") ? QStringLiteral("known.html") : QString();
        };
        const QString html = siteBodyHtml(
            QStringLiteral(
                "<html><body><h1>Big</h1><p></p><p style=\"x\" onclick=\"y\">A <b>b</b>"
                "<script>alert(1)</script><a href=\"lectern://article/known\">k</a> "
                "<a href=\"lectern://article/unknown\">u</a> <a href=\"javascript:x\">j</a> "
                "<a href=\"https://hnu.edu.cn/a b\">w</a></p><img src=\"lectern-media:abc\">"
                "<img src=\"http://elsewhere/x.png\" alt=\"x\"><p>&lt;tag&gt; "
                "&amp;</p></body></html>"),
            links);
        QCOMPARE(html,
                 QStringLiteral("<h2>Big</h2><p>A <b>b</b><a href=\"known.html\">k</a> u j "
                                "<a href=\"https://hnu.edu.cn/a%20b\">w</a></p><img src=\"m/abc\" "
                                "alt=\"Fallback\"><p>&lt;tag&gt; &amp;</p>"));
    }

    void picturesAreResizedWithSrcsetAndAlt()
    {
        auto store = memoryStore();
        const Result<QString> photo =
            store->addMedia(pictureBytes(2000, 1000, "JPEG"), QStringLiteral("image/jpeg"));
        QVERIFY(photo);
        Article article = published(QStringLiteral("With a photo"), QStringLiteral("text"));
        article.featuredImage = photo.value();
        article.bodyHtml =
            QStringLiteral("<p>Body</p><p><img src=\"lectern-media:%1\"></p>").arg(photo.value());
        QVERIFY(store->saveArticle(article));
        QTemporaryDir out;
        const Result<PublishReport> report = publish(*store, out.path());
        QVERIFY2(report, qPrintable(report.error()));
        const QString stem = QLatin1String("media/") + photo->left(16);
        QCOMPARE(fileBytes(out.filePath(stem + QLatin1String(".jpg"))),
                 pictureBytes(2000, 1000, "JPEG")); // the original, kept
        for (int width : {480, 960, 1600}) {
            const QImage copy(out.filePath(stem + QStringLiteral("-%1.jpg").arg(width)));
            QCOMPARE(copy.size(), QSize(width, width / 2));
        }
        const QString page = QString::fromUtf8(
            fileBytes(out.filePath(QStringLiteral("en/articles/with-a-photo.html"))));
        QVERIFY(page.contains(QStringLiteral("srcset=\"../../%1-480.jpg 480w, ../../%1-960.jpg "
                                             "960w, ../../%1-1600.jpg 1600w, ../../%1.jpg 2000w\"")
                                  .arg(stem)));
        QVERIFY(
            page.contains(QStringLiteral("width=\"2000\" height=\"1000\" alt=\"With a photo\"")));
        QVERIFY(page.contains(
            QStringLiteral(
                "<meta property=\"og:image\" content=\"https://union.example/site/%1.jpg\">")
                .arg(stem)));
        // Every <img> of every page has an alt attribute.
        const auto files = siteFiles(out.path());
        static const QRegularExpression img(QStringLiteral("<img [^>]*>"));
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")))
                continue;
            for (const auto &match : img.globalMatch(QString::fromUtf8(it.value())))
                QVERIFY2(match.captured().contains(QLatin1String(" alt=\"")),
                         qPrintable(match.captured()));
        }
        // Republishing does not decode or write the pictures again.
        const Result<PublishReport> again = publish(*store, out.path());
        QVERIFY(again);
        QCOMPARE(again->files.written, 0);
    }

    void pagesFollowTheWebsConventions()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        const auto files = siteFiles(out.path());
        const QString article = pageOf(files, QStringLiteral("Ambassador Zhang Xiao"));
        QVERIFY(!article.isEmpty());
        const QString html = QString::fromUtf8(files.value(article));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>\n<html lang=\"en\">")));
        QVERIFY(html.contains(
            QStringLiteral("<link rel=\"canonical\" href=\"https://union.example/site/%1\">")
                .arg(article)));
        QVERIFY(html.contains(QLatin1String("<meta property=\"og:type\" content=\"article\">")));
        QVERIFY(html.contains(QLatin1String("<meta name=\"viewport\"")));
        // A guide article and its two translations point at each other.
        const QString guide = pageOf(files, QStringLiteral("Welcome to Lectern</h1>"));
        const QString guideHtml = QString::fromUtf8(files.value(guide));
        for (const char *code : {"en", "zh", "uk"})
            QVERIFY2(
                guideHtml.contains(QStringLiteral("<link rel=\"alternate\" hreflang=\"%1\" "
                                                  "href=\"https://union.example/site/%1/articles/")
                                       .arg(QLatin1String(code))),
                qPrintable(guideHtml.left(2000)));
        QVERIFY(guideHtml.contains(QStringLiteral("Also in: <a href=\"../../uk/articles/")) ||
                guideHtml.contains(QStringLiteral("Also in: <a href=\"../../zh/articles/")));
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("zh"), QStringLiteral("uk")}) {
            QVERIFY(files.contains(language + QLatin1String("/index.html")));
            QVERIFY(files.contains(language + QLatin1String("/search.html")));
            const QByteArray feed = files.value(language + QLatin1String("/feed.xml"));
            QVERIFY(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
            QVERIFY(feed.contains("<entry>"));
            QVERIFY(files.value(language + QLatin1String("/index.html"))
                        .contains(QStringLiteral("hreflang=\"x-default\"").toUtf8()));
        }
        const QByteArray sitemap = files.value(QStringLiteral("sitemap.xml"));
        QVERIFY(sitemap.contains("<loc>https://union.example/site/en/index.html</loc>"));
        QVERIFY(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"zh\""));
        QCOMPARE(files.value(QStringLiteral("robots.txt")),
                 QByteArray(
                     "User-agent: *\nAllow: /\nSitemap: https://union.example/site/sitemap.xml\n"));
        QVERIFY(files.contains(QStringLiteral("404.html")));
        const QByteArray css = files.value(QStringLiteral("assets/style.css"));
        QVERIFY(css.contains("prefers-color-scheme: dark"));
        QVERIFY(css.contains("@media print"));
        // The union's page: recommended reading and affiliate universities on the home page.
        const QString home = QString::fromUtf8(files.value(QStringLiteral("en/index.html")));
        QVERIFY(home.contains(QLatin1String("Recommended reading")));
        QVERIFY(home.contains(QLatin1String("Affiliate universities (China)")));
        QVERIFY(home.contains(QLatin1String("Hunan University")));
        QVERIFY(QString::fromUtf8(files.value(QStringLiteral("zh/index.html")))
                    .contains(QStringLiteral("推荐阅读")));
        QVERIFY(QString::fromUtf8(files.value(QStringLiteral("uk/index.html")))
                    .contains(QStringLiteral("Рекомендоване читання")));
    }

    void tidyFindsNothingToReport()
    {
        const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
        QVERIFY2(!tidy.isEmpty(), "tidy is not installed (.ci/setup installs it)");
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        const Result<QString> photo =
            store->addMedia(pictureBytes(1200, 800, "PNG"), QStringLiteral("image/png"));
        QVERIFY(photo);
        Article article = published(QStringLiteral("Tables, lists and pictures"), QString());
        article.featuredImage = photo.value();
        article.bodyHtml =
            QStringLiteral("<h1>Heading</h1><p>One <i>two</i> "
                           "<u>three</u></p><p></p><ul><li>a</li><li></li></ul>"
                           "<table><tr><td>1</td><td></td></tr></table><blockquote>q</blockquote>"
                           "<p><img src=\"lectern-media:%1\" width=\"600\"></p><pre>code</pre>")
                .arg(photo.value());
        article.tags = {QStringLiteral("Xi'an"), QStringLiteral("西安")};
        article.category = QStringLiteral("Tests");
        QVERIFY(store->saveArticle(article));
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        int checked = 0;
        for (const auto &[path, bytes] : siteFiles(out.path()).asKeyValueRange()) {
            if (!path.endsWith(QLatin1String(".html")))
                continue;
            QProcess process;
            process.start(tidy, {QStringLiteral("-q"), QStringLiteral("-e"),
                                 QStringLiteral("--gnu-emacs"), QStringLiteral("yes"),
                                 out.filePath(path)});
            QVERIFY(process.waitForFinished(30000));
            const QString report =
                QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
            QVERIFY2(process.exitCode() == 0 && report.isEmpty(),
                     qPrintable(path + QLatin1String(": ") + report));
            ++checked;
        }
        QVERIFY(checked > 30);
    }

    void linksStayInsideTheSite()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        const auto files = siteFiles(out.path());
        static const QRegularExpression reference(QStringLiteral("(href|src|srcset)=\"([^\"]*)\""));
        static const QRegularExpression tag(QStringLiteral("<(a|link|script|img|form)\\s[^>]*>"));
        int links = 0;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (!it.key().endsWith(QLatin1String(".html")) || it.key() == QLatin1String("404.html"))
                continue;
            const QString html = QString::fromUtf8(it.value());
            for (const auto &element : tag.globalMatch(html)) {
                const QString name = element.captured(1);
                for (const auto &attribute : reference.globalMatch(element.captured())) {
                    QStringList targets;
                    if (attribute.captured(1) == QLatin1String("srcset")) {
                        for (const QString &candidate :
                             attribute.captured(2).split(QLatin1String(", ")))
                            targets.append(candidate.section(QLatin1Char(' '), 0, 0));
                    } else {
                        targets.append(attribute.captured(2));
                    }
                    for (QString target : targets) {
                        target.replace(QLatin1String("&amp;"), QLatin1String("&"));
                        const QUrl url(target);
                        if (!url.scheme().isEmpty()) {
                            // Only links to other sites (a university's web site,
                            // canonical addresses); nothing is loaded from outside.
                            QVERIFY2(
                                name == QLatin1String("a") ||
                                    (name == QLatin1String("link") &&
                                     element.captured().contains(
                                         QLatin1String("rel=\"canonical\""))) ||
                                    element.captured().contains(QLatin1String("rel=\"alternate\"")),
                                qPrintable(it.key() + QLatin1String(": ") + element.captured()));
                            continue;
                        }
                        if (target.startsWith(QLatin1Char('#')))
                            continue;
                        const QString file = QDir::cleanPath(QFileInfo(it.key()).path() +
                                                             QLatin1Char('/') + url.path());
                        QVERIFY2(!file.startsWith(QLatin1String("..")),
                                 qPrintable(it.key() + QLatin1String(" → ") + target));
                        QVERIFY2(files.contains(file),
                                 qPrintable(it.key() + QLatin1String(" → ") + target));
                        ++links;
                    }
                }
            }
        }
        QVERIFY(links > 200);
    }

    void themeFolderOverridesTheDefault()
    {
        auto store = memoryStore();
        QVERIFY(store->saveArticle(published(QStringLiteral("Themed"), QStringLiteral("text"))));
        QTemporaryDir theme;
        QFile home(theme.filePath(QStringLiteral("home.mustache")));
        QVERIFY(home.open(QIODevice::WriteOnly));
        home.write("<p class=\"custom\">{{s.siteName}}: "
                   "{{#latest}}{{title}}{{/latest}}{{#featured}}{{title}}{{/featured}}</p>");
        home.close();
        QFile strings(theme.filePath(QStringLiteral("strings.json")));
        QVERIFY(strings.open(QIODevice::WriteOnly));
        strings.write(R"({"en": {"siteName": "Our Union"}})");
        strings.close();
        QVERIFY(QDir(theme.path()).mkpath(QStringLiteral("assets")));
        QFile logo(theme.filePath(QStringLiteral("assets/logo.svg")));
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        logo.close();
        QTemporaryDir out;
        const Result<PublishReport> report = publish(*store, out.path(), false, theme.path());
        QVERIFY2(report, qPrintable(report.error()));
        const QByteArray page = fileBytes(out.filePath(QStringLiteral("en/index.html")));
        QVERIFY2(page.contains("<p class=\"custom\">Our Union: Themed</p>"), page.constData());
        QVERIFY(page.contains("<title>Our Union</title>")); // the default layout, the user's words
        QVERIFY(QFile::exists(out.filePath(QStringLiteral("assets/logo.svg"))));
        QVERIFY(fileBytes(out.filePath(QStringLiteral("assets/style.css")))
                    .contains("prefers-color-scheme"));

        QFile broken(theme.filePath(QStringLiteral("article.mustache")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{{#unclosed}}");
        broken.close();
        QTemporaryDir other;
        const Result<PublishReport> failed = publish(*store, other.path(), false, theme.path());
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QLatin1String("article.mustache")),
                 qPrintable(failed.error()));
    }

    void searchIndexUsesLecternsTokenizer()
    {
        QList<SiteSearchDocument> documents;
        documents.append(SiteSearchDocument{QStringLiteral("zh/a.html"),
                                            QStringLiteral("中亚峰会在西安举行"),
                                            QStringLiteral("zh"),
                                            {},
                                            {},
                                            {},
                                            QStringLiteral("峰会"),
                                            {},
                                            {}});
        documents.append(SiteSearchDocument{QStringLiteral("uk/b.html"),
                                            QStringLiteral("Освіта"),
                                            QStringLiteral("uk"),
                                            {},
                                            {},
                                            {},
                                            QStringLiteral("Університети Києва й Київ"),
                                            {},
                                            {}});
        const SiteSearchIndex index = buildSiteSearch(documents);
        QString all;
        for (const auto &file : index.files)
            all += QString::fromUtf8(file.second);
        // Each query word, as the app's tokenizer cuts it, is in the shard its hash names.
        for (const QString &query :
             {QStringLiteral("西安"), QStringLiteral("КИЇВ"), QStringLiteral("峰会")}) {
            const QList<SearchToken> tokens = searchTokens(query.toUtf8(), TokenizeMode::Query);
            QCOMPARE(tokens.size(), 1);
            const quint32 shard = siteSearchHash(tokens.first().text) % quint32(index.termShards);
            bool found = false;
            for (const auto &file : index.files) {
                if (file.first == QStringLiteral("search/t/%1.js").arg(shard))
                    found = file.second.contains(QByteArray("\"" + tokens.first().text + "\":["));
            }
            QVERIFY2(found, qPrintable(query));
        }
        QVERIFY(all.contains(
            QStringLiteral("LecternSearch.docs(0,[[\"zh/a.html\",\"中亚峰会在西安举行\"")));
        QCOMPARE(siteSearchHash("abc"), 0x1a47e90bu); // FNV-1a, as search.js computes it
    }

    void relatedListsAreTheEnginesPublishedSuggestions()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        QTemporaryDir out;
        QVERIFY(publish(*store, out.path()));
        const auto files = siteFiles(out.path());
        const Result<QList<Article>> articles = store->publishedArticles();
        QVERIFY(articles);
        QDateTime newest;
        for (const Article &article : articles.value())
            newest =
                std::max(newest, article.published.isValid() ? article.published : article.updated);
        RelatedOptions options;
        options.publishedOnly = true;
        options.now = newest;
        int lists = 0;
        for (const Article &article : articles.value()) {
            const Result<RelatedResult> related =
                RelatedEngine(*store, options).related(article.uuid, 5);
            QVERIFY(related);
            const QString page = QString::fromUtf8(files.value(pageOf(
                files, QLatin1String("<h1>") + escaped(article.title) + QLatin1String("</h1>"))));
            QVERIFY(!page.isEmpty());
            const QString section = page.section(QLatin1String("<section class=\"related\""), 1)
                                        .section(QLatin1String("</section>"), 0, 0);
            qsizetype at = 0;
            for (const RelatedSuggestion &suggestion : related->suggestions) {
                const qsizetype next = section.indexOf(
                    QLatin1Char('>') + escaped(suggestion.title) + QLatin1String("</a>"), at);
                QVERIFY2(next >= 0,
                         qPrintable(article.title + QLatin1String(" lacks ") + suggestion.title));
                at = next;
            }
            lists += related->suggestions.isEmpty() ? 0 : 1;
        }
        QVERIFY(lists >= 5);
    }
};

QTEST_MAIN(PublishTest)
#include "tst_publish.moc"
