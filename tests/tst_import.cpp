// Import of HTML, Markdown and text: what an article keeps, what page
// furniture it loses, encodings, images, hostile shapes, duplicates and
// folders with bad files.
#include "storeutil.h"
#include "testsupport.h"

#include "import/encodingdetector.h"
#include "import/htmlimporter.h"
#include "import/importjob.h"
#include "import/markdownimporter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace lectern;
using namespace lectern::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(LECTERN_FIXTURES "/import/") + name;
}

Result<ImportedPage> importFixture(const QString &name, const QString &root = {})
{
    const QString path = fixture(name);
    PageContext context;
    context.filePath = path;
    context.rootFolder = root;
    return ImportJob::convert(fileBytes(path), ImportJob::formatOf(path, fileBytes(path)), context);
}

Result<ImportedPage> importHtml(const QByteArray &html)
{
    return HtmlImporter::importPage(html, PageContext{});
}

// What opening an article costs: the reader sets the HTML and lays it out.
qint64 openCostNs(const QString &html)
{
    QElapsedTimer timer;
    timer.start();
    QTextDocument document;
    document.setHtml(html);
    document.setTextWidth(700);
    (void)document.documentLayout()->documentSize();
    return timer.nsecsElapsed();
}

const QString seedTitle = QStringLiteral(
    "Ambassador Zhang Xiao gave an interview to the Kazakh media on the successful holding of "
    "the China-Central Asia Summit and Kazakh President Tokayev's successful state visit to China");

} // namespace

class ImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unionPageKeepsTheArticleAndDropsFurniture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("semantic class names") << QStringLiteral("union-article.html");
        QTest::newRow("meaningless class names")
            << QStringLiteral("union-article-plain-classes.html");
    }

    void unionPageKeepsTheArticleAndDropsFurniture()
    {
        QFETCH(QString, file);
        const auto page = importFixture(file);
        QVERIFY2(page, qPrintable(page.error()));
        const QString body = page->bodyHtml;
        QCOMPARE(page->title, seedTitle);
        QVERIFY(!body.contains(seedTitle)); // the headline became the title
        QVERIFY(body.contains(QStringLiteral("Recently, Zhang Xiao, the Chinese ambassador")));
        QVERIFY(body.contains(QStringLiteral("will promote more provinces, states and cities")));
        QVERIFY(body.contains(QStringLiteral("What role does Kazakhstan play")));
        for (const char *furniture : {"About the Union",
                                      "Contact",
                                      "Related articles",
                                      "Union delegation visits Kyiv",
                                      "recommended reading",
                                      "Ukrainian students in Shaanxi",
                                      "Affiliate University",
                                      "Hunan University is located",
                                      "Copyright 2023",
                                      "Privacy",
                                      "Share on Twitter",
                                      "TRACKER",
                                      "tracker",
                                      "<script",
                                      "<iframe",
                                      "<form",
                                      "Search",
                                      "pixel.gif",
                                      "ads.example.com",
                                      "style="}) {
            QVERIFY2(!body.contains(QLatin1String(furniture), Qt::CaseSensitive), furniture);
        }
        QCOMPARE(page->author, QStringLiteral("CUEU Press Office"));
        QCOMPARE(page->date, QDateTime(QDate(2023, 5, 25), QTime(1, 30), Qt::UTC));
        QVERIFY(page->source.startsWith(QStringLiteral("https://cueu.example.org/news/")));
        QCOMPARE(page->language, QStringLiteral("en"));
        QCOMPARE(page->tags, (QStringList{QStringLiteral("Kazakhstan"),
                                          QStringLiteral("Central Asia"), QStringLiteral("visa")}));
        // The photo next to the page is stored; the page refers to it by hash.
        QCOMPARE(page->media.size(), 1);
        QVERIFY(body.contains(mediaUrl(page->media.first().sha256)));
        QCOMPARE(page->media.first().mime, QStringLiteral("image/png"));
    }

    void articleHoldsOnlyArticleElements()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><body><article><h1>Title</h1><h2>Part</h2><p style='color:red' onclick='x()' "
            "class='a'>Text with <b>bold</b>, <em>emphasis</em>, <a href='javascript:alert(1)'>bad "
            "link</a> and <a href='https://example.org/'>good link</a>.</p><ul><li>one</li></ul>"
            "<table><tr><th>h</th><td>d</td></tr></table><object data='x'>obj</object>"
            "<select><option>opt</option></select><p>More running text, so this is the article, "
            "with commas, and sentences.</p></article></body></html>"));
        QVERIFY(page);
        const QString body = page->bodyHtml;
        QCOMPARE(page->title, QStringLiteral("Title"));
        for (const char *kept : {"<h2>Part</h2>", "<b>bold</b>", "<i>emphasis</i>",
                                 "<a href=\"https://example.org/\">good link</a>", "<li>one</li>",
                                 "<th>h</th>", "<td>d</td>"})
            QVERIFY2(body.contains(QLatin1String(kept)), kept);
        for (const char *dropped : {"javascript", "onclick", "style", "class", "obj", "opt"})
            QVERIFY2(!body.contains(QLatin1String(dropped)), dropped);
        QVERIFY(body.contains(QStringLiteral("bad link"))); // the text stays, the link goes
    }

    void brokenMarkupIsReadAsBrowsersRead()
    {
        const auto page = importFixture(QStringLiteral("broken-markup.html"));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Broken but readable"));
        const QString text = htmlToPlainText(page->bodyHtml);
        for (const char *expected :
             {"First paragraph with bold and italic text", "Cell one", "Cell two", "Row two",
              "three", "After the list & an entity", "© 2023", "中文", "with an unquoted link"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!text.contains(QStringLiteral("evil")));
        QVERIFY(page->bodyHtml.contains(QStringLiteral("https://example.org/x?a=1&amp;b=2")));
    }

    void encodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        const QString uk = QStringLiteral("Київ і Харків: співпраця університетів");
        const QString zh = QStringLiteral("中国与乌克兰大学合作");
        QTest::newRow("windows-1251 declared") << "cp1251-declared.html"
                                               << "windows-1251" << uk << "uk";
        QTest::newRow("windows-1251 undeclared") << "cp1251-undeclared.html"
                                                 << "windows-1251" << uk << "uk";
        QTest::newRow("KOI8-U undeclared") << "koi8u-undeclared.html"
                                           << "KOI8-U" << uk << "uk";
        QTest::newRow("GB2312 declared") << "gbk-declared.html"
                                         << "GB18030" << zh << "zh";
        QTest::newRow("GBK undeclared") << "gbk-undeclared.html"
                                        << "GB18030" << zh << "zh";
        QTest::newRow("Big5 undeclared")
            << "big5-undeclared.html"
            << "Big5" << QStringLiteral("中國與烏克蘭大學合作") << "zh";
        QTest::newRow("UTF-16 with BOM") << "utf16-bom.html"
                                         << "UTF-16LE" << uk << "uk";
    }

    void encodings()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, title);
        QFETCH(QString, language);
        const auto page = importFixture(file);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->encoding, encoding);
        QCOMPARE(page->title, title);
        QCOMPARE(page->language, language);
        QCOMPARE(page->replacements, 0);
    }

    void invalidUtf8IsMarkedAndCounted()
    {
        const auto page = importFixture(QStringLiteral("invalid-utf8.html"));
        QVERIFY2(page, qPrintable(page.error()));
        const QString text = htmlToPlainText(page->bodyHtml);
        QVERIFY(text.contains(QStringLiteral("Valid text, then bad bytes:")));
        QVERIFY(text.contains(QStringLiteral("end of the damaged sentence.")));
        QVERIFY(text.contains(QChar(QChar::ReplacementCharacter)));
        QVERIFY(page->replacements >= 3);
        QVERIFY(page->notes.join(QLatin1Char(' ')).contains(QStringLiteral("invalid byte")));
    }

    void decoderNeverDropsBytes()
    {
        // Lone continuation bytes, truncated sequences, overlong forms.
        const QByteArray bytes("a\x80"
                               "b\xC0\xAF"
                               "c\xE2\x82"
                               "d\xF0\x9F\x98"
                               "e",
                               14);
        const DecodedText decoded = decodeText(bytes, QStringLiteral("utf-8"));
        for (const char letter : {'a', 'b', 'c', 'd', 'e'})
            QVERIFY(decoded.text.contains(QLatin1Char(letter)));
        QVERIFY(decoded.replacements >= 4);
    }

    void images()
    {
        const QString root = fixture(QStringLiteral("site"));
        const auto page = importFixture(QStringLiteral("site/images-page.html"), root);
        QVERIFY2(page, qPrintable(page.error()));
        // summit.png (twice, stored once) and the inline picture.
        QCOMPARE(page->media.size(), 2);
        QCOMPARE(page->blockedImages, 3); // ../outside.png, ../../etc/passwd, file:///etc/hostname
        QCOMPARE(page->remoteImages, 1);
        QCOMPARE(page->missingImages, 1);
        const QString body = page->bodyHtml;
        QVERIFY(body.contains(QStringLiteral("<a href=\"https://cdn.example.org/photo.jpg\">")));
        QCOMPARE(body.count(QStringLiteral("lectern-media:")), 3);
        for (const MediaItem &item : page->media)
            QVERIFY(item.mime.startsWith(QStringLiteral("image/")));
        const QString notes = page->notes.join(QLatin1Char(' '));
        QVERIFY(notes.contains(QStringLiteral("not downloaded")));
        QVERIFY(notes.contains(QStringLiteral("outside the imported folder")));
    }

    void escapingImagesAreNotReadEvenWithTheFolderAbove()
    {
        // Imported as a single file, the page's own folder is the limit.
        const auto page = importFixture(QStringLiteral("site/images-page.html"));
        QVERIFY(page);
        QCOMPARE(page->blockedImages, 3);
    }

    void hugeDataImagesAreLeftOut()
    {
        const QByteArray png = fileBytes(fixture(QStringLiteral("site/images/summit.png")));
        QByteArray big = png;
        big.append(QByteArray(11 * 1024 * 1024, 'x')); // still sniffs as PNG
        const QByteArray html = "<html><body><h1>Huge</h1><p>Before the picture, text.</p><p><img "
                                "src=\"data:image/png;base64," +
                                big.toBase64() +
                                "\" alt=\"huge\"></p><p>After the picture, text.</p>"
                                "<p><img src=\"data:image/png;base64," +
                                png.toBase64() + "\"></p></body></html>";
        const auto page = importHtml(html);
        QVERIFY(page);
        QCOMPARE(page->oversizedImages, 1);
        QCOMPARE(page->media.size(), 1);
        QCOMPARE(page->media.first().data, png);
        QVERIFY(page->bodyHtml.contains(QStringLiteral("After the picture")));
        QVERIFY(page->bodyHtml.size() < 10000);
    }

    void hostileShapesStayCheapToOpen()
    {
        // The reference: the union's article, a normal page of ~25 KB.
        const auto normal = importFixture(QStringLiteral("union-article.html"));
        QVERIFY(normal);
        const qint64 normalCost = qMax<qint64>(openCostNs(normal->bodyHtml), 1000000);

        const QString words = QStringLiteral("word ").repeated(200000); // 1 M characters
        QList<QPair<const char *, QByteArray>> hostile{
            {"30 nested tables", fileBytes(fixture(QStringLiteral("nested-tables-30.html")))},
            {"10,000 nested inline tags", "<p>" + QByteArray("<b><i>").repeated(5000) + "deep" +
                                              QByteArray("</i></b>").repeated(5000)},
            {"one unbroken 1 M character line", "<p>" + QByteArray(1000000, 'x') + "</p>"},
            {"one 1 M character paragraph", "<p>" + words.toUtf8() + "</p>"},
            {"100,000 nested divs", QByteArray("<div>").repeated(100000) + "bottom"},
            {"1,000 nested lists", QByteArray("<ul><li>").repeated(1000) + "item"},
            {"1,000 nested quotes", QByteArray("<blockquote>").repeated(1000) + "quote"},
        };
        for (const auto &[name, html] : hostile) {
            QElapsedTimer timer;
            timer.start();
            const auto page = importHtml(html);
            const qint64 importCost = timer.nsecsElapsed();
            QVERIFY2(page, name);
            // The least of three: a busy machine slows a run, never speeds one.
            qint64 cost = openCostNs(page->bodyHtml);
            for (int run = 0; run < 2 && cost >= normalCost * 20; ++run)
                cost = qMin(cost, openCostNs(page->bodyHtml));
            qDebug("%s: import %.1f ms, open %.1f ms (normal page opens in %.1f ms)", name,
                   importCost / 1e6, cost / 1e6, normalCost / 1e6);
            // Without the limits these take from seconds to minutes.
            QVERIFY2(cost < normalCost * 20, name);
            QVERIFY2(importCost < normalCost * 40, name);
        }
    }

    void nestedTablesAreFlattenedBeyondThreeLevels()
    {
        const auto page = importFixture(QStringLiteral("nested-tables-30.html"));
        QVERIFY(page);
        QCOMPARE(page->bodyHtml.count(QStringLiteral("<table")), 3);
        const QString text = htmlToPlainText(page->bodyHtml);
        QVERIFY(text.contains(QStringLiteral("Innermost cell text at level 30.")));
        QVERIFY(text.contains(QStringLiteral("Level 17 cell.")));
        QVERIFY(text.contains(QStringLiteral("Text after the tables.")));
        const auto shallow = importFixture(QStringLiteral("nested-tables-3.html"));
        QCOMPARE(shallow->bodyHtml.count(QStringLiteral("<table")), 3);
    }

    void markdownWithFrontMatter()
    {
        const auto page = importFixture(QStringLiteral("front-matter.md"),
                                        QStringLiteral(LECTERN_FIXTURES "/import"));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Summer school in Changsha"));
        QCOMPARE(page->author, QStringLiteral("Олена Коваль"));
        QCOMPARE(page->date.date(), QDate(2023, 6, 1));
        QCOMPARE(page->tags, (QStringList{QStringLiteral("summer school"), QStringLiteral("Hunan"),
                                          QStringLiteral("exchange")}));
        QCOMPARE(page->category, QStringLiteral("Events"));
        QCOMPARE(page->language, QStringLiteral("en"));
        const QString body = page->bodyHtml;
        QVERIFY(body.contains(QStringLiteral("<h1>A heading that is not the title</h1>")));
        QVERIFY(body.contains(QStringLiteral("<b>summer school</b>")));
        QVERIFY(body.contains(QStringLiteral("<i>Hunan University</i>")));
        QVERIFY(body.contains(QStringLiteral("<li>Lectures on Chinese culture</li>")));
        QVERIFY(body.contains(QStringLiteral("<a href=\"https://cueu.example.org/summer.html\">")));
        QCOMPARE(page->media.size(), 1);
        QVERIFY(!body.contains(QStringLiteral("title:")));
    }

    void markdownWithoutFrontMatter()
    {
        const auto page = importFixture(QStringLiteral("no-front-matter.md"));
        QVERIFY(page);
        QCOMPARE(page->title, QStringLiteral("Київські студенти в Сіані"));
        QCOMPARE(page->language, QStringLiteral("uk"));
        QVERIFY(page->bodyHtml.contains(QStringLiteral("Їхні враження")));
    }

    void plainText()
    {
        const auto page = importFixture(QStringLiteral("plain.txt"));
        QVERIFY(page);
        QCOMPARE(page->title, QStringLiteral("Notes from the Xi'an summit"));
        QCOMPARE(page->bodyHtml.count(QStringLiteral("<p>")), 2);
        QVERIFY(page->bodyHtml.contains(QStringLiteral("May 18-19.<br>Leaders")));
    }

    void languageDetection()
    {
        QCOMPARE(detectLanguage(QStringLiteral("中国和乌克兰的大学")), QStringLiteral("zh"));
        QCOMPARE(detectLanguage(QStringLiteral("Київ і Харків")), QStringLiteral("uk"));
        QCOMPARE(detectLanguage(QStringLiteral("Москва и Киев")), QStringLiteral("ru"));
        QCOMPARE(detectLanguage(QStringLiteral("Kyiv and Xi'an")), QStringLiteral("en"));
        QCOMPARE(normalizeLanguage(QStringLiteral("zh-CN")), QStringLiteral("zh"));
        QCOMPARE(normalizeLanguage(QStringLiteral("ua")), QStringLiteral("uk"));
    }

    void reimportSkipsOrUpdatesNeverDuplicates()
    {
        auto store = memoryStore();
        const QString page = fixture(QStringLiteral("union-article.html"));
        ImportJob first(*store);
        const ImportSummary once = first.run({page});
        QCOMPARE(once.count(ImportOutcome::Imported), 1);
        const QString uuid = once.items.first().uuid;
        const auto article = store->article(uuid);
        QVERIFY(article);
        QCOMPARE(article->title, seedTitle);
        QVERIFY(article->source.startsWith(QStringLiteral("https://cueu.example.org/")));
        QVERIFY(store->media(
            QString(article->bodyHtml).section(QStringLiteral("lectern-media:"), 1, 1).left(64)));

        const ImportSummary again = ImportJob(*store).run({page});
        QCOMPARE(again.count(ImportOutcome::Skipped), 1);
        QCOMPARE(again.items.first().uuid, uuid);
        QVERIFY(again.items.first().reason.contains(uuid));
        QCOMPARE(store->articleCount().value(), 1);

        ImportOptions update;
        update.duplicates = DuplicatePolicy::Update;
        // --update of a page that did not change writes nothing (issue 13).
        const ImportSummary updated = ImportJob(*store, update).run({page});
        QCOMPARE(updated.count(ImportOutcome::Unchanged), 1);
        QCOMPARE(updated.items.first().uuid, uuid);
        QCOMPARE(store->articleCount().value(), 1);
        QCOMPARE(store->articleRevisions(uuid)->size(), 0);

        // The same bytes under another name are the same page.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.txt"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("plain.txt")), copy));
        QCOMPARE(ImportJob(*store)
                     .run({fixture(QStringLiteral("plain.txt"))})
                     .count(ImportOutcome::Imported),
                 1);
        QCOMPARE(ImportJob(*store).run({copy}).count(ImportOutcome::Skipped), 1);
        QCOMPARE(store->articleCount().value(), 2);
    }

    void folderWithBadFilesImportsTheRest()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/deeper")));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(QStringLiteral("a.html"), "<h1>Alpha</h1><p>Alpha text.</p>");
        write(QStringLiteral("b-empty.html"), "");
        write(QStringLiteral("sub/c.md"), "# Gamma\n\nGamma text.");
        write(QStringLiteral("sub/deeper/d.txt"), "Delta\n\nDelta text.");
        write(QStringLiteral("sub/ignored.png"), "not imported: not a page");
        QFile big(dir.filePath(QStringLiteral("sub/e-too-big.html")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("<p>big</p>");
        big.close();

        auto store = memoryStore();
        ImportOptions options;
        options.maxFileBytes = 5; // so that the non-empty pages... see below
        ImportJob strict(*store, options);
        const ImportSummary tooBig =
            strict.run({dir.filePath(QStringLiteral("sub/e-too-big.html"))});
        QCOMPARE(tooBig.count(ImportOutcome::Failed), 1);
        QVERIFY(tooBig.items.first().reason.contains(QStringLiteral("larger than")));

        QList<int> progress;
        ImportJob job(*store);
        job.setProgress([&](int done, int total, const QString &) {
            progress.append(done);
            return total == 5;
        });
        const ImportSummary summary =
            job.run({dir.path(), dir.filePath(QStringLiteral("no-such-file.html"))});
        QCOMPARE(summary.count(ImportOutcome::Imported), 4); // a, c, d, e
        QCOMPARE(summary.count(ImportOutcome::Failed), 2);   // the empty page, the missing path
        QCOMPARE(progress, (QList<int>{0, 1, 2, 3, 4, 5}));
        QStringList failed;
        for (const ImportItem &item : summary.items) {
            if (item.outcome == ImportOutcome::Failed) {
                failed.append(QFileInfo(item.path).fileName());
                QVERIFY(!item.reason.isEmpty());
            }
        }
        QCOMPARE(failed, (QStringList{QStringLiteral("no-such-file.html"),
                                      QStringLiteral("b-empty.html")}));
        QCOMPARE(store->articleCount().value(), 4);
    }

    void cancelStopsBeforeTheNextFile()
    {
        auto store = memoryStore();
        ImportJob job(*store);
        job.setProgress([](int done, int, const QString &) { return done < 1; });
        const ImportSummary summary = job.run(
            {fixture(QStringLiteral("plain.txt")), fixture(QStringLiteral("no-front-matter.md"))});
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.items.size(), 1);
        QCOMPARE(store->articleCount().value(), 1);
    }

    void eachFileIsOneTransaction()
    {
        auto store = memoryStore();
        // A late step (recording the import) fails for one file only: its
        // article and images must not stay behind.
        QVERIFY(failWhen(*store, QStringLiteral("fail_import"),
                         QStringLiteral("BEFORE INSERT ON article_imports"),
                         QStringLiteral("NEW.origin LIKE '%images-page.html'"),
                         QStringLiteral("injected failure")));
        const ImportSummary summary =
            ImportJob(*store).run({fixture(QStringLiteral("site/images-page.html")),
                                   fixture(QStringLiteral("plain.txt"))});
        QCOMPARE(summary.count(ImportOutcome::Failed), 1);
        QVERIFY(summary.items.first().reason.contains(QStringLiteral("injected failure")));
        QCOMPARE(summary.count(ImportOutcome::Imported), 1);
        QCOMPARE(store->articleCount().value(), 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM media"))->toInt(), 0);
    }

    void aBusyLibrarySaysWhyThePageWasNotImported()
    {
        // A library file, whatever engine the other tests use: a second
        // program holds its write lock for longer than a write waits.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.lectern"));
        auto holder = LibraryStore::create(path);
        QVERIFY2(holder, qPrintable(holder.error()));
        auto importer = LibraryStore::open(path);
        QVERIFY2(importer, qPrintable(importer.error()));
        ImportSummary summary;
        QVERIFY(holder.value()->write([&](LibraryWriter &) -> Status {
            summary = ImportJob(*importer.value()).run({fixture(QStringLiteral("plain.txt"))});
            return success();
        }));
        QCOMPARE(summary.count(ImportOutcome::Failed), 1);
        QVERIFY2(summary.items.first().reason.contains(QStringLiteral("busy")),
                 qPrintable(summary.items.first().reason));
        QCOMPARE(importer.value()->articleCount().value(), 0);
    }
};

QTEST_MAIN(ImportTest)
#include "tst_import.moc"
