// Home as the union's front page: what it shows (app/core/frontpage.*), how
// the reader lays it out at 1024 and 1920 pixels, the featured pin in the
// window and on the command line, and related articles at the end of an
// article.
#include "articlehtml.h"
#include "demolibrary.h"
#include "frontpage.h"
#include "homepage.h"
#include "mainwindow.h"
#include "readerview.h"
#include "sidebarmodel.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeView>

using namespace lectern;
using namespace lectern::test;

namespace {

Article published(const QString &title, const QString &language, const QDateTime &when,
                  const QString &group = {})
{
    Article article =
        makeArticle(title, QStringLiteral("Text of %1. More text.").arg(title), language);
    article.status = ArticleStatus::Published;
    article.published = when;
    article.translationGroup = group;
    return article;
}

QString saveOrDie(LibraryStore &store, const Article &article)
{
    const Result<Article> saved = store.saveArticle(article);
    if (!saved)
        qFatal("cannot save: %s", qPrintable(saved.error()));
    return saved->uuid;
}

QStringList titlesOf(const QList<FrontPageArticle> &articles)
{
    QStringList titles;
    for (const FrontPageArticle &article : articles)
        titles.append(article.title);
    return titles;
}

// Where a piece of text starts on the reader's page (document coordinates).
QPointF positionOf(ReaderView &reader, const QString &text)
{
    QTextDocument *document = reader.document();
    const QTextCursor found = document->find(text);
    if (found.isNull())
        return {-1, -1};
    const QTextBlock block = found.block();
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    const QTextLine line =
        block.layout()->lineForTextPosition(found.selectionStart() - block.position());
    return rect.topLeft() + QPointF(line.isValid() ? line.x() : 0, line.isValid() ? line.y() : 0);
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
    process.start(QStringLiteral(LECTERN_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class HomeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

    // The demo pins the union's interview; the rest follows the union's page.
    void demoFrontPage()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        const Result<FrontPage> page = selectFrontPage(*store, {QStringLiteral("en")});
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(page->featuredPinned);
        QCOMPARE(page->featured.size(), 1);
        QVERIFY(page->featured.first().title.startsWith(QStringLiteral("Ambassador Zhang Xiao")));
        QVERIFY(page->featured.first().lead.startsWith(QStringLiteral("Zhang Xiao, China's")));
        // Latest: not the featured article again, one version of each guide,
        // the reader's.
        QVERIFY(!titlesOf(page->latest).contains(page->featured.first().title));
        QCOMPARE(page->latest.size(), 6);
        QCOMPARE(page->latest.first().title,
                 QStringLiteral("China and Kazakhstan sign a mutual visa exemption agreement"));
        for (const FrontPageArticle &article : page->latest)
            QCOMPARE(article.language, QStringLiteral("en"));
        QVERIFY(!page->recommended.isEmpty());
        // Ukraine and China, in that order, as on the union's page.
        QCOMPARE(page->universities.size(), 2);
        QCOMPARE(page->universities[0].country, QStringLiteral("Ukraine"));
        QCOMPARE(page->universities[1].country, QStringLiteral("China"));
        QCOMPARE(page->universities[1].universities.size(), 2);

        // A Chinese reader gets the Chinese guides first, the featured
        // interview (English only) all the same.
        const Result<FrontPage> chinese = selectFrontPage(*store, {QStringLiteral("zh")});
        QVERIFY(chinese);
        QVERIFY(chinese->featured.first().title.startsWith(QStringLiteral("Ambassador")));
        // Each guide in Chinese, first; the news (in English only) after.
        QStringList languages;
        for (const FrontPageArticle &article : chinese->latest)
            languages.append(article.language);
        QCOMPARE(languages,
                 (QStringList{QStringLiteral("zh"), QStringLiteral("zh"), QStringLiteral("zh"),
                              QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("en")}));
    }

    // Without a pin: the newest published article in the reader's language,
    // or in any language when there is none in it.
    void featuredFallsBackToTheNewest()
    {
        auto store = memoryStore();
        const QDateTime day = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        saveOrDie(*store, published(QStringLiteral("Old English"), QStringLiteral("en"), day));
        saveOrDie(*store,
                  published(QStringLiteral("New English"), QStringLiteral("en"), day.addDays(2)));
        saveOrDie(*store, published(QStringLiteral("Newest Chinese"), QStringLiteral("zh"),
                                    day.addDays(3)));
        Article draft = published(QStringLiteral("Draft"), QStringLiteral("en"), day.addDays(9));
        draft.status = ArticleStatus::Draft;
        draft.published = {};
        const QString draftUuid = saveOrDie(*store, draft);

        auto page = selectFrontPage(*store, {QStringLiteral("en")});
        QVERIFY(page);
        QVERIFY(!page->featuredPinned);
        QCOMPARE(titlesOf(page->featured), QStringList{QStringLiteral("New English")});
        // The English reader sees the English articles first, then the others.
        QCOMPARE(titlesOf(page->latest),
                 (QStringList{QStringLiteral("Old English"), QStringLiteral("Newest Chinese")}));
        page = selectFrontPage(*store, {QStringLiteral("uk")});
        QVERIFY(page);
        QCOMPARE(titlesOf(page->featured), QStringList{QStringLiteral("Newest Chinese")});

        // A pinned draft waits until it is published; a pinned article in the
        // trash is not shown but keeps its pin.
        QVERIFY(store->setFeatured(draftUuid, true));
        page = selectFrontPage(*store, {QStringLiteral("en")});
        QCOMPARE(titlesOf(page->featured), QStringList{QStringLiteral("New English")});
        const QString old = store->search(QStringLiteral("\"Old English\""))->first().uuid;
        QVERIFY(store->setFeatured(old, true));
        page = selectFrontPage(*store, {QStringLiteral("en")});
        QVERIFY(page->featuredPinned);
        QCOMPARE(titlesOf(page->featured), QStringList{QStringLiteral("Old English")});
        QVERIFY(store->trashArticle(old));
        page = selectFrontPage(*store, {QStringLiteral("en")});
        QVERIFY(!page->featuredPinned);
        QVERIFY(store->restoreArticle(old));
        QCOMPARE(titlesOf(selectFrontPage(*store, {QStringLiteral("en")})->featured),
                 QStringList{QStringLiteral("Old English")});
        // Unpinned, it is gone from the top.
        QVERIFY(store->setFeatured(old, false));
        QVERIFY(!selectFrontPage(*store, {QStringLiteral("en")})->featuredPinned);
        QVERIFY(!store->setFeatured(QStringLiteral("no-such-article"), true));
    }

    // A pinned article is shown in the reader's language when translated, and
    // with its featured image (or else the first picture of its text).
    void featuredTranslationAndPicture()
    {
        auto store = memoryStore();
        const QDateTime day = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        Article english = published(QStringLiteral("Visa news"), QStringLiteral("en"), day,
                                    QStringLiteral("visa"));
        const Result<QString> photo = store->addMedia(
            fileBytes(QStringLiteral(LECTERN_FIXTURES "/import/site/images/summit.png")),
            QStringLiteral("image/png"));
        QVERIFY2(photo, qPrintable(photo.error()));
        english.bodyHtml =
            QStringLiteral("<p>Text.</p><p><img src=\"lectern-media:%1\"></p>").arg(photo.value());
        const QString englishUuid = saveOrDie(*store, english);
        saveOrDie(*store, published(QStringLiteral("签证新闻"), QStringLiteral("zh"), day,
                                    QStringLiteral("visa")));
        QVERIFY(store->setFeatured(englishUuid, true));
        const auto english_ = selectFrontPage(*store, {QStringLiteral("en")});
        QCOMPARE(english_->featured.first().image, photo.value());
        const auto chinese = selectFrontPage(*store, {QStringLiteral("zh")});
        QCOMPARE(titlesOf(chinese->featured), QStringList{QStringLiteral("签证新闻")});
        QVERIFY(chinese->latest.isEmpty()); // its other version is the featured one
    }

    // One column at 1024 pixels, two at 1920; the featured article first,
    // its picture, and related articles at the bottom in one column.
    void homeLayoutFollowsTheWidth()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(pageKind(window.currentUrl()), PageKind::Home);
        auto *reader = window.findChild<ReaderView *>();
        QVERIFY(reader && reader->showsHome());
        QTRY_COMPARE(reader->homeLayout().columns, 1);
        const QString text = reader->toPlainText();
        const qsizetype site = text.indexOf(QStringLiteral("China-Ukraine Education Union"));
        const qsizetype featured = text.indexOf(QStringLiteral("Ambassador Zhang Xiao"));
        const qsizetype recommended = text.indexOf(QStringLiteral("Recommended reading"));
        const qsizetype latest = text.indexOf(QStringLiteral("Latest articles"));
        const qsizetype ukraine = text.indexOf(QStringLiteral("Affiliate universities (Ukraine)"));
        const qsizetype china = text.indexOf(QStringLiteral("Affiliate universities (China)"));
        const qsizetype relatedAt = text.lastIndexOf(QStringLiteral("Related articles"));
        QVERIFY(site == 0);
        QVERIFY(featured > site && text.contains(QStringLiteral("FEATURED"), Qt::CaseInsensitive));
        QVERIFY(recommended > featured && latest > recommended && ukraine > latest &&
                china > ukraine && relatedAt > china);
        QVERIFY(text.contains(QStringLiteral("Hunan University is located in Changsha")));
        // Nothing is wider than the reader: no sideways scrolling.
        QCOMPARE(reader->horizontalScrollBar()->maximum(), 0);

        window.resize(1920, 1080);
        QTRY_COMPARE(reader->homeLayout().columns, 2);
        // The lists stand beside the articles, not below them.
        const QPointF title = positionOf(*reader, QStringLiteral("Ambassador Zhang Xiao"));
        const QPointF lists = positionOf(*reader, QStringLiteral("Recommended reading"));
        QVERIFY2(lists.x() > title.x() + 300,
                 qPrintable(QStringLiteral("%1 vs %2").arg(lists.x()).arg(title.x())));
        QVERIFY(lists.y() < title.y() + 200);
        QCOMPARE(reader->horizontalScrollBar()->maximum(), 0);
        // Columns from 1400 pixels on (the widths), one at 1024.
        window.resize(1400, 900);
        QTRY_COMPARE(reader->homeLayout().columns, 2);
        window.resize(1024, 700);
        QTRY_COMPARE(reader->homeLayout().columns, 1);
    }

    // Related articles at the end of the article, as on the union's page.
    void relatedArticlesEndTheArticle()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto welcome = store->search(QStringLiteral("Welcome lang:en"));
        QVERIFY(welcome && !welcome->isEmpty());
        window.navigate(articleUrl(welcome->first().uuid));
        auto *reader = window.findChild<ReaderView *>();
        // The guide itself names "Related articles" once; the section comes
        // after its last paragraph.
        const QString heading = QStringLiteral("Related articles");
        QTRY_COMPARE(reader->toPlainText().count(heading), 2);
        const QString text = reader->toPlainText();
        QVERIFY(text.lastIndexOf(heading) > text.indexOf(QStringLiteral("Where to go next")));
        // Another article: its own suggestions, once.
        const auto search = store->search(QStringLiteral("Finding lang:en"));
        window.navigate(articleUrl(search->first().uuid));
        QTRY_COMPARE(reader->toPlainText().count(heading), 1);
        QTest::qWait(200); // and stays once
        QCOMPARE(reader->toPlainText().count(heading), 1);
    }

    // Edit › Feature on Home pins the article shown; Home then leads with it.
    void featureActionPinsTheArticle()
    {
        auto store = memoryStore();
        QVERIFY(fillDemoLibrary(*store));
        MainWindow window(*store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("featureAction"));
        QVERIFY(action);
        QTRY_COMPARE(pageKind(window.currentUrl()), PageKind::Home);
        QVERIFY(!action->isEnabled()); // Home is not an article
        const QString interview = store->featuredArticles()->first().uuid;
        for (const ArticleSummary &pinned : store->featuredArticles().value())
            QVERIFY(store->setFeatured(pinned.uuid, false));
        const auto export_ = store->search(QStringLiteral("Exporting lang:en"));
        window.navigate(articleUrl(export_->first().uuid));
        QVERIFY(action->isEnabled() && !action->isChecked());
        action->trigger();
        QVERIFY(action->isChecked());
        QCOMPARE(store->featuredArticles()->first().uuid, export_->first().uuid);
        window.navigate(homeUrl());
        auto *reader = window.findChild<ReaderView *>();
        const QString text = reader->toPlainText();
        QVERIFY(text.indexOf(QStringLiteral("Exporting and printing")) <
                text.indexOf(QStringLiteral("Recommended reading")));
        window.navigate(articleUrl(interview));
        QVERIFY(!action->isChecked());
        window.setReadOnlyMode(true);
        QVERIFY(!action->isVisible());
    }

    void commandLinePinsAndUnpins()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("home.lectern"));
        QCOMPARE(runLectern({QStringLiteral("init"), QStringLiteral("--demo"),
                             QStringLiteral("--library"), library})
                     .exitCode,
                 0);
        Run listed = runLectern({QStringLiteral("featured"), QStringLiteral("--json"),
                                 QStringLiteral("--library"), library});
        QCOMPARE(listed.exitCode, 0);
        QJsonArray pinned = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(pinned.size(), 1);
        const QString interview =
            pinned.first().toObject().value(QStringLiteral("uuid")).toString();
        QCOMPARE(runLectern(
                     {QStringLiteral("unfeature"), interview, QStringLiteral("--library"), library})
                     .exitCode,
                 0);
        listed = runLectern({QStringLiteral("featured"), QStringLiteral("--json"),
                             QStringLiteral("--library"), library});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0);
        const Run again = runLectern(
            {QStringLiteral("feature"), interview, QStringLiteral("--library"), library});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("Ambassador Zhang Xiao")));
        const Run wrong = runLectern({QStringLiteral("feature"), QStringLiteral("nope"),
                                      QStringLiteral("--library"), library});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(!wrong.err.isEmpty());
        QCOMPARE(
            runLectern({QStringLiteral("feature"), QStringLiteral("--library"), library}).exitCode,
            2);
    }

    // Not a check: Home in each language at both sizes, for people to look at
    // (set LECTERN_SCREENSHOT_DIR; docs/screenshots/home-<lang>-<size>.png).
    void screenshots_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"en", "zh_CN", "uk"}) {
            for (const QSize size : {QSize(1024, 700), QSize(1920, 1080)})
                QTest::addRow("%s-%dx%d", language, size.width(), size.height())
                    << QString::fromLatin1(language) << size;
        }
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set LECTERN_SCREENSHOT_DIR to take screenshots");
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
        {
            auto store = memoryStore();
            QVERIFY(fillDemoLibrary(*store));
            MainWindow window(*store);
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_COMPARE(pageKind(window.currentUrl()), PageKind::Home);
            QTest::qWait(400);
            const QString path = QDir(folder).filePath(QStringLiteral("home-%1-%2x%3.png")
                                                           .arg(language.left(2))
                                                           .arg(size.width())
                                                           .arg(size.height()));
            QVERIFY(window.grab().save(path));
            qInfo("screenshot: %s", qPrintable(path));
        }
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }
};

QTEST_MAIN(HomeTest)
#include "tst_home.moc"
