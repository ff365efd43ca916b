// Export: PDF that extracts exactly in English, Ukrainian and Chinese, with
// embedded fonts, contents, links and PDF/A; HTML without outside references;
// ODT, Markdown, text; safe file names; batches that cancel cleanly.
#include "testsupport.h"

#include "documentexporter.h"
#include "exportcontent.h"
#include "exportfilenames.h"
#include "exportfonts.h"
#include "exportjob.h"
#include "htmlexporter.h"
#include "pagedlayout.h"
#include "pdfexporter.h"
#include "pdfpatch.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lectern;
using namespace lectern::test;

namespace {

struct Tool
{
    int exitCode = -1;
    QString out;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
                  << QString::number(last);
    arguments << path << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments).out;
}

QString withoutSpace(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

int pdfPages(const QString &path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(runTool(QStringLiteral("pdfinfo"), {path}).out).captured(1).toInt();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

Article article(const QString &uuid, const QString &title, const QString &bodyHtml,
                const QString &language = QStringLiteral("en"))
{
    Article result;
    result.uuid = uuid;
    result.title = title;
    result.bodyHtml = bodyHtml;
    result.language = language;
    result.author = QStringLiteral("Олена Коваль");
    result.source = QStringLiteral("China-Ukraine Education Union");
    result.published = QDateTime(QDate(2023, 5, 19), QTime(10, 0), Qt::UTC);
    result.tags = {QStringLiteral("summit"), QStringLiteral("西安")};
    return result;
}

QString longBody(const QString &sentence, int paragraphs)
{
    QString html;
    for (int i = 0; i < paragraphs; ++i)
        html += QLatin1String("<p>") + sentence.toHtmlEscaped() + QLatin1String("</p>");
    return html;
}

bool hasCodePointIn(const QString &text, char32_t first, char32_t last)
{
    for (const char32_t c : text.toUcs4()) {
        if (c >= first && c <= last)
            return true;
    }
    return false;
}

QByteArray pngImage()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(200, 40, 40));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

const QString sha = QStringLiteral("ab").repeated(32);

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writePdf(const ExportContent &content, const QString &name, PdfOptions options = {})
    {
        const Result<QByteArray> bytes = PdfExporter::render(content, options);
        if (!bytes) {
            qWarning("%s", qPrintable(bytes.error()));
            return {};
        }
        return writeFile(path(name), bytes.value()) ? path(name) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char *tool : {"pdftotext", "pdffonts", "pdfinfo", "qpdf"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), tool);
    }

    void pdfTextComesBackExactly_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("English") << QStringLiteral("en")
                                 << QStringLiteral("The office affluent first")
                                 << QStringLiteral("The office was the first to be affluent; a "
                                                   "waffle, a shuffle, the fjord, fifty efficient "
                                                   "officials.");
        QTest::newRow("Ukrainian") << QStringLiteral("uk") << QStringLiteral("Київ і Ґанок")
                                   << QStringLiteral("Їжак, Євген і Ґанна: українська мова в "
                                                     "Києві — «офіс» (ЄС), ї є ґ і щ.");
        QTest::newRow("Chinese") << QStringLiteral("zh") << QStringLiteral("西安峰会")
                                 << QStringLiteral("西行见长门风马龙。一人二三，中国—中亚峰会在"
                                                   "西安成功举行！“长城”门口：龙马精神。");
    }

    void pdfTextComesBackExactly()
    {
        QFETCH(QString, language);
        QFETCH(QString, title);
        QFETCH(QString, body);
        ExportContent content;
        content.articles.append(article(QStringLiteral("a-1"), title,
                                        QLatin1String("<p>") + body.toHtmlEscaped() +
                                            QLatin1String("</p><h2>") +
                                            body.left(12).toHtmlEscaped() + QLatin1String("</h2>"),
                                        language));
        const QString file = writePdf(content, language + QLatin1String(".pdf"));
        QVERIFY(!file.isEmpty());
        const QString text = pdfText(file);
        QVERIFY2(withoutSpace(text).contains(withoutSpace(body)), qPrintable(text));
        QVERIFY2(withoutSpace(text).contains(withoutSpace(title)), qPrintable(text));
        QVERIFY2(!hasCodePointIn(text, 0x2E80, 0x2FDF), qPrintable(text)); // radicals
        QVERIFY2(!hasCodePointIn(text, 0xFB00, 0xFB06), qPrintable(text)); // ligatures
    }

    void chosenCjkFontIsFaithfulWhereNotoCjkIsNot()
    {
        const QString sample = QStringLiteral("西行见长门风马龙一人");
        const PrintFonts &fonts = printFonts();
        bool hasCjk = false;
        for (const QString &family : fonts.serif + fonts.sans) {
            if (family.contains(QLatin1String("Noto Sans CJK")) ||
                family.contains(QLatin1String("Noto Serif CJK")))
                QFAIL("a Noto CJK font was chosen although it maps ideographs to radicals");
            QVERIFY2(unfaithfulCharacters(family, sample).isEmpty(), qPrintable(family));
            hasCjk = hasCjk || family.contains(QLatin1String("UMing")) ||
                     family.contains(QLatin1String("WenQuanYi"));
        }
        QVERIFY2(hasCjk, qPrintable(fonts.serif.join(QLatin1Char(','))));
        // The trap itself, where the font is installed: the check sees it.
        if (QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")))
            QVERIFY(!unfaithfulCharacters(QStringLiteral("Noto Sans CJK SC"), sample).isEmpty());
    }

    void everyFontIsEmbeddedAndQpdfAccepts()
    {
        ExportContent content;
        content.articles.append(article(
            QStringLiteral("a-1"), QStringLiteral("Mixed 混合 Змішаний"),
            QStringLiteral(
                "<p>English <b>bold</b> <i>italic</i>, Українська, 中文 <code>code()</code></p>")));
        const QString file = writePdf(content, QStringLiteral("fonts.pdf"));
        QVERIFY(!file.isEmpty());
        const Tool fonts = runTool(QStringLiteral("pdffonts"), {file});
        QCOMPARE(fonts.exitCode, 0);
        const QStringList lines = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(lines.size() >= 2, qPrintable(fonts.out));
        for (const QString &line : lines) {
            const QStringList fields = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(fields.size() >= 7 && fields[fields.size() - 5] == QLatin1String("yes"),
                     qPrintable(line));
        }
        const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    }

    void imagesAreDrawnOrLeftOut()
    {
        ExportContent content;
        content.media.insert(sha, MediaItem{sha, QStringLiteral("image/png"), pngImage()});
        content.articles.append(article(
            QStringLiteral("a-1"), QStringLiteral("Pictures"),
            QStringLiteral("<p>Local <img src=\"lectern-media:") + sha +
                QStringLiteral("\" width=\"2000\"> remote <img src=\"http://example.org/x.png\"> "
                               "missing <img src=\"lectern-media:") +
                QStringLiteral("cd").repeated(32) + QStringLiteral("\"></p>")));
        const auto imageRows = [&](const QString &file) {
            const Tool list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file});
            return list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() -
                   2; // two header lines
        };
        const QString with = writePdf(content, QStringLiteral("images.pdf"));
        QVERIFY(!with.isEmpty());
        QCOMPARE(imageRows(with),
                 1); // the local image; nothing is fetched, nothing is missing-drawn
        PdfOptions options;
        options.images = false;
        const QString without = writePdf(content, QStringLiteral("no-images.pdf"), options);
        QVERIFY(!without.isEmpty());
        QCOMPARE(imageRows(without), 0);
        QVERIFY(pdfText(without).contains(QLatin1String("Local")));
    }

    void photosArePrintedUpright()
    {
        const QByteArray jpeg = sidewaysJpeg();
        const QString jpegSha = QStringLiteral("ab").repeated(32);
        ExportContent content;
        content.media.insert(jpegSha, MediaItem{jpegSha, QStringLiteral("image/jpeg"), jpeg});
        const QString address = QStringLiteral("lectern-media:") + jpegSha;
        QTextDocument document;
        document.setHtml(QStringLiteral("<p><img src=\"%1\"></p>").arg(address));
        ArticleDocument::resolveImages(document, content, true);
        const QImage image =
            document.resource(QTextDocument::ImageResource, QUrl(address)).value<QImage>();
        QCOMPARE(image.size(), QSize(200, 400)); // full size, turned as the camera meant
        // And so in the PDF: pdfimages lists the image as 200 × 400.
        content.articles.append(article(QStringLiteral("a-2"), QStringLiteral("Photo"),
                                        QStringLiteral("<p><img src=\"%1\"></p>").arg(address)));
        const QString pdf = writePdf(content, QStringLiteral("upright.pdf"));
        QVERIFY(!pdf.isEmpty());
        const Tool list = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        const QStringList rows = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 3);
        const QStringList columns = rows.at(2).simplified().split(QLatin1Char(' '));
        QCOMPARE(columns.value(3), QStringLiteral("200")); // width
        QCOMPARE(columns.value(4), QStringLiteral("400")); // height
    }

    void severalArticlesGetCoverContentsAndRightPageNumbers()
    {
        ExportContent content;
        content.title = QStringLiteral("Collection Title");
        const QStringList titles{QStringLiteral("First Article"), QStringLiteral("第二篇文章"),
                                 QStringLiteral("Третя стаття")};
        content.articles.append(
            article(QStringLiteral("a-1"), titles[0],
                    longBody(QStringLiteral("Long English text for pages. ").repeated(12), 30)));
        content.articles.append(article(
            QStringLiteral("a-2"), titles[1],
            longBody(QStringLiteral("很长的中文段落。").repeated(20), 25), QStringLiteral("zh")));
        content.articles.append(
            article(QStringLiteral("a-3"), titles[2],
                    longBody(QStringLiteral("Довгий український текст. ").repeated(10), 4),
                    QStringLiteral("uk")));
        const QString file = writePdf(content, QStringLiteral("collection.pdf"));
        QVERIFY(!file.isEmpty());
        const int pages = pdfPages(file);
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));

        QVERIFY(pdfText(file, 1, 1).contains(QLatin1String("Collection Title")));
        const QString contents = pdfText(file, 2, 2);
        QVERIFY2(contents.contains(QLatin1String("Contents")), qPrintable(contents));
        // Each entry's page number is the page where that article starts.
        for (const QString &title : titles)
            QVERIFY2(contents.contains(title), qPrintable(contents));
        const QStringList numbers =
            contents.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)
                .filter(QRegularExpression(QStringLiteral("^\\d+$")));
        QList<int> starts;
        for (const QString &number : numbers) {
            if (number.toInt() > 2 && number.toInt() <= pages && !starts.contains(number.toInt()))
                starts.append(number.toInt());
        }
        QVERIFY2(starts.size() >= 3, qPrintable(contents));
        std::sort(starts.begin(), starts.end());
        for (int i = 0; i < 3; ++i) {
            const QString page = pdfText(file, starts[i], starts[i]);
            QVERIFY2(withoutSpace(page).contains(withoutSpace(titles[i])),
                     qPrintable(titles[i] + QLatin1String(" not on page ") +
                                QString::number(starts[i])));
        }
        // The footer numbers every page "n / N".
        QVERIFY(pdfText(file, pages, pages).contains(QStringLiteral("%1 / %1").arg(pages)));
    }

    void layoutPaintsAnyPagedDeviceWithTheSamePageCount()
    {
        ExportContent content;
        content.articles.append(
            article(QStringLiteral("a-1"), QStringLiteral("One"),
                    longBody(QStringLiteral("Words and more words. ").repeated(20), 20)));
        content.articles.append(article(QStringLiteral("a-2"), QStringLiteral("Two"),
                                        longBody(QStringLiteral("Words. "), 3)));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Landscape, {}));
        const Result<PaintedPages> painted = PagedLayout::paint(writer, content, PdfOptions{});
        QVERIFY2(painted, qPrintable(painted.error()));
        buffer.close();
        QVERIFY(writeFile(path(QStringLiteral("device.pdf")), buffer.data()));
        QCOMPARE(pdfPages(path(QStringLiteral("device.pdf"))), painted->pageCount);
        QCOMPARE(painted->targetPages.size(), 2);
    }

    void linksAreClickableAndInternalLinksJumpInside()
    {
        ExportContent content;
        content.articles.append(article(
            QStringLiteral("11111111-1111-1111-1111-111111111111"), QStringLiteral("Links"),
            QStringLiteral(
                "<p>See <a href=\"https://example.org/a(b)?q=西安\">the web</a> and "
                "<a href=\"lectern://article/22222222-2222-2222-2222-222222222222\">the "
                "second article</a> and <a href=\"lectern://article/missing\">gone</a>.</p>")));
        content.articles.append(article(QStringLiteral("22222222-2222-2222-2222-222222222222"),
                                        QStringLiteral("Second"),
                                        QStringLiteral("<p>Target.</p>")));
        const QString file = writePdf(content, QStringLiteral("links.pdf"));
        QVERIFY(!file.isEmpty());
        const QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.contains("/Subtype /Link"));
        QVERIFY2(bytes.contains("/URI (https://example.org/a%28b%29?q=%E8%A5%BF%E5%AE%89)"),
                 "the web link, percent-encoded");
        QVERIFY2(bytes.contains("/S /GoTo"), "internal links jump to a page");
        const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        // In the current revision no link still names the placeholder address.
        const Tool qdf =
            runTool(QStringLiteral("qpdf"),
                    {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), file,
                     path(QStringLiteral("links-qdf.pdf"))});
        QCOMPARE(qdf.exitCode, 0);
        const QByteArray rewritten = fileBytes(path(QStringLiteral("links-qdf.pdf")));
        QVERIFY(!rewritten.contains("lectern-goto:"));
        QVERIFY(rewritten.contains("/GoTo"));
    }

    void documentMetadataIsWritten()
    {
        ExportContent content;
        content.articles.append(article(QStringLiteral("a-1"), QStringLiteral("Metadata 元数据"),
                                        QStringLiteral("<p>Text.</p>")));
        content.articles.first().summary = QStringLiteral("What it is about");
        PdfOptions options;
        options.keywords = QStringLiteral("summit, Київ");
        const QString file = writePdf(content, QStringLiteral("meta.pdf"), options);
        const QString info = runTool(QStringLiteral("pdfinfo"), {file}).out;
        QVERIFY2(info.contains(QStringLiteral("Title:           Metadata 元数据")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Author:          Олена Коваль")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Subject:         What it is about")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Keywords:        summit, Київ")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Creator:         Lectern")), qPrintable(info));
    }

    void pdfAIdentifiesAsPdfA1b()
    {
        ExportContent content;
        content.articles.append(article(QStringLiteral("a-1"), QStringLiteral("Archive 档案"),
                                        QStringLiteral("<p>Kept for ever. 西安.</p>")));
        PdfOptions options;
        options.pdfA = true;
        const QString file = writePdf(content, QStringLiteral("pdfa.pdf"), options);
        QVERIFY(!file.isEmpty());
        const QString meta =
            runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file}).out;
        QVERIFY2(meta.contains(QLatin1String("<pdfaid:part>1</pdfaid:part>")), qPrintable(meta));
        QVERIFY2(meta.contains(QLatin1String("<pdfaid:conformance>B</pdfaid:conformance>")),
                 qPrintable(meta));
        QVERIFY(meta.contains(QStringLiteral("Archive 档案")));
        QVERIFY(fileBytes(file).contains("/OutputIntents"));
        const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));
        QVERIFY(withoutSpace(pdfText(file)).contains(QStringLiteral("Keptforever.西安.")));
    }

    void htmlHasNoOutsideReferences()
    {
        ExportContent content;
        content.media.insert(sha, MediaItem{sha, QStringLiteral("image/png"), pngImage()});
        content.articles.append(article(
            QStringLiteral("11111111-1111-1111-1111-111111111111"), QStringLiteral("Web <page>"),
            QStringLiteral("<p style=\"background: url(http://example.org/bg.png)\">Text "
                           "<img src=\"http://example.org/remote.png\"> "
                           "<img src=\"lectern-media:") +
                sha +
                QStringLiteral(
                    "\" alt=\"local\">"
                    "<script src=\"http://example.org/x.js\"></script>"
                    "<link rel=\"stylesheet\" href=\"http://example.org/s.css\">"
                    "<a href=\"file:///etc/passwd\">file</a> "
                    "<a href=\"https://example.org/\">web</a> "
                    "<a href=\"lectern://article/22222222-2222-2222-2222-222222222222\">next</a>"
                    "<iframe src=\"https://example.org/\"></iframe></p>")));
        content.articles.append(article(QStringLiteral("22222222-2222-2222-2222-222222222222"),
                                        QStringLiteral("Next"), QStringLiteral("<p>Next.</p>")));
        ExportOptions options;
        options.format = ExportFormat::Html;
        ExportJob job(content, options, path(QStringLiteral("html")));
        const Result<QStringList> written = job.run();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), 3);
        QVERIFY(QFileInfo::exists(path(QStringLiteral("html/index.html"))));
        const QString page =
            QString::fromUtf8(fileBytes(path(QStringLiteral("html/Web page.html"))));
        QVERIFY2(!page.isEmpty(),
                 qPrintable(QDir(path(QStringLiteral("html"))).entryList().join(QLatin1Char(','))));
        QVERIFY(page.contains(QLatin1String("src=\"data:image/png;base64,")));
        static const QRegularExpression outside(
            QStringLiteral("src\\s*=\\s*\"(http|file|//)|href\\s*=\\s*\"(file|//"
                           ")|<script|<link|<iframe|url\\("),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!outside.match(page).hasMatch(), qPrintable(outside.match(page).captured()));
        QVERIFY(page.contains(QLatin1String("href=\"Next.html\"")));
        QVERIFY(page.contains(QLatin1String("Web &lt;page&gt;")));
        const QString index = QString::fromUtf8(fileBytes(path(QStringLiteral("html/index.html"))));
        QVERIFY(index.contains(QLatin1String("href=\"Web%20page.html\"")));
        QVERIFY(index.contains(QLatin1String("href=\"Next.html\"")));

        const QString single = HtmlExporter::collectionPage(content, PdfOptions{});
        QVERIFY(single.contains(QLatin1String("href=\"#article-2\"")));
        QVERIFY(!outside.match(single).hasMatch());
    }

    void odtMarkdownAndText()
    {
        ExportContent content;
        content.media.insert(sha, MediaItem{sha, QStringLiteral("image/png"), pngImage()});
        content.articles.append(article(QStringLiteral("a-1"), QStringLiteral("Формати 格式"),
                                        QStringLiteral("<h2>Part</h2><p>Some <b>bold</b> text. "
                                                       "<img src=\"lectern-media:") +
                                            sha + QStringLiteral("\"></p>")));
        const Result<QByteArray> odt =
            DocumentExporter::render(ExportFormat::Odt, content, PdfOptions{});
        QVERIFY2(odt, qPrintable(odt.error()));
        QVERIFY(odt->startsWith("PK"));
        QVERIFY(odt->contains("application/vnd.oasis.opendocument.text"));
        QVERIFY(odt->contains("Pictures/"));
        const QString markdown = DocumentExporter::markdown(content, PdfOptions{});
        QVERIFY2(markdown.startsWith(QStringLiteral("# Формати 格式\n")), qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("**bold**")));
        QVERIFY(markdown.contains(QLatin1String("data:image/png;base64,")));
        const QString text = DocumentExporter::plainText(content, PdfOptions{});
        QVERIFY(text.startsWith(QStringLiteral("Формати 格式\n")));
        QVERIFY(text.contains(QLatin1String("Some bold text.")));
        QVERIFY(!text.contains(QChar::ObjectReplacementCharacter));
    }

    void fileNamesAreSafe_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separators")
            << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j") << QStringLiteral("a b c d e f g h i j.pdf");
        QTest::newRow("dot-dot") << QStringLiteral("..") << QStringLiteral("article.pdf");
        QTest::newRow("dots around")
            << QStringLiteral("../../etc/passwd.") << QStringLiteral("etc passwd.pdf");
        QTest::newRow("empty") << QString() << QStringLiteral("article.pdf");
        QTest::newRow("control") << QStringLiteral("tab\there\nnew\x01line")
                                 << QStringLiteral("tab here new line.pdf");
        QTest::newRow("reserved") << QStringLiteral("con") << QStringLiteral("con_.pdf");
        QTest::newRow("cjk and cyrillic")
            << QStringLiteral("西安峰会 — Київ") << QStringLiteral("西安峰会 — Київ.pdf");
    }

    void fileNamesAreSafe()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        QCOMPARE(safeFileName(title, QStringLiteral("pdf")), expected);
    }

    void longAndRepeatedTitlesGetDistinctShortNames()
    {
        const QString longTitle = QStringLiteral("中国—中亚峰会").repeated(40);
        const QString name = safeFileName(longTitle, QStringLiteral("pdf"));
        QVERIFY(name.toUtf8().size() <= maxFileNameBytes + 4);
        QVERIFY(name.startsWith(QStringLiteral("中国—中亚峰会")));
        QCOMPARE(uniqueFileNames(
                     {QStringLiteral("Same"), QStringLiteral("same"), QStringLiteral("Same")},
                     QStringLiteral("md")),
                 (QStringList{QStringLiteral("Same.md"), QStringLiteral("same (2).md"),
                              QStringLiteral("Same (3).md")}));
    }

    void existingFilesAreNotReplacedUnlessAllowed()
    {
        ExportContent content;
        content.articles.append(
            article(QStringLiteral("a-1"), QStringLiteral("Kept"), QStringLiteral("<p>New.</p>")));
        const QString target = path(QStringLiteral("kept.txt"));
        QVERIFY(writeFile(target, "old"));
        ExportOptions options;
        options.format = ExportFormat::Text;
        ExportJob refused(content, options, target);
        QCOMPARE(refused.existingTargets(), QStringList{target});
        const Result<QStringList> result = refused.run();
        QVERIFY(!result);
        QVERIFY(result.error().contains(QLatin1String("kept.txt")));
        QCOMPARE(fileBytes(target), QByteArray("old"));
        options.overwrite = true;
        ExportJob replaced(content, options, target);
        QVERIFY(replaced.run());
        QVERIFY(fileBytes(target).contains("New."));
    }

    void unwritableDestinationFailsClearly()
    {
        QVERIFY(writeFile(path(QStringLiteral("plainfile")), "x"));
        ExportContent content;
        content.articles.append(
            article(QStringLiteral("a-1"), QStringLiteral("A"), QStringLiteral("<p>A</p>")));
        content.articles.append(
            article(QStringLiteral("a-2"), QStringLiteral("B"), QStringLiteral("<p>B</p>")));
        ExportJob job(content, ExportOptions{}, path(QStringLiteral("plainfile/sub")));
        const Result<QStringList> result = job.run();
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QLatin1String("plainfile")), qPrintable(result.error()));
    }

    void cancelMidBatchLeavesNothing()
    {
        ExportContent content;
        for (int i = 0; i < 16; ++i) {
            content.articles.append(
                article(QStringLiteral("a-%1").arg(i), QStringLiteral("Article %1").arg(i),
                        longBody(QStringLiteral("Text of some length. ").repeated(30), 12)));
        }
        ExportOptions options;
        options.threads = 2;
        const QString folder = path(QStringLiteral("cancelled"));
        ExportJob job(content, options, folder);
        int reports = 0;
        const Result<QStringList> result = job.run([&](const ExportProgress &progress) {
            QVERIFY(progress.total == 16);
            QVERIFY(!progress.current.isEmpty());
            if (++reports == 4)
                job.cancel();
        });
        QVERIFY(!result);
        QVERIFY(job.isCancelled());
        QVERIFY(reports >= 4 && reports < 16);
        // Neither finished files nor temporary ones remain.
        QVERIFY2(!QFileInfo::exists(folder) ||
                     QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 qPrintable(QDir(folder)
                                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                                .join(QLatin1Char(','))));
    }

    void batchWritesOneFilePerArticleOnSeveralThreads()
    {
        ExportContent content;
        for (int i = 0; i < 6; ++i) {
            content.articles.append(
                article(QStringLiteral("a-%1").arg(i), QStringLiteral("Стаття %1").arg(i),
                        QStringLiteral("<p>Text %1.</p>").arg(i), QStringLiteral("uk")));
        }
        ExportOptions options;
        options.threads = 2;
        ExportJob job(content, options, path(QStringLiteral("batch")));
        const Result<QStringList> written = job.run();
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written->size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QString file = path(QStringLiteral("batch/Стаття %1.pdf").arg(i));
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QVERIFY(pdfText(file).contains(QStringLiteral("Text %1.").arg(i)));
        }
    }

    // Regression: an imported article whose first paragraph is a scaled
    // image came out as one page, the rest of the text cut off.
    void longArticleWithLeadingImageKeepsAllItsPages()
    {
        QImage small(4, 3, QImage::Format_RGB32);
        small.fill(QColor(200, 30, 30));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
        ExportContent content;
        content.media.insert(sha, MediaItem{sha, QStringLiteral("image/png"), png});
        QString body = QStringLiteral("<p><img src=\"lectern-media:") + sha +
                       QStringLiteral("\" alt=\"The summit\" width=\"400\"></p>");
        QStringList markers;
        for (int i = 0; i < 40; ++i) {
            markers.append(QStringLiteral("marker%1end").arg(i));
            body += QStringLiteral("<p>Paragraph %1 of the interview, long enough to wrap over "
                                   "several lines of the page, ending with %2.</p>")
                        .arg(i)
                        .arg(markers.last()) +
                    QStringLiteral("<p>") +
                    QStringLiteral("More words about the summit and the visit. ").repeated(6) +
                    QStringLiteral("</p>");
        }
        content.articles.append(article(QStringLiteral("a-1"), QStringLiteral("Interview"), body));
        const QString file = writePdf(content, QStringLiteral("leading-image.pdf"));
        QVERIFY(!file.isEmpty());
        const int pages = pdfPages(file);
        QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
        const QString text = pdfText(file);
        for (const QString &marker : std::as_const(markers))
            QVERIFY2(text.contains(marker), qPrintable(marker));
        QVERIFY(pdfText(file, 1, 1).contains(QLatin1String("Paragraph 0")));

        // Paragraphs stand apart by their style sheet margin (7pt): the step
        // from one paragraph's last line to the next one's first is larger
        // than the step between lines. The margins used to shrink to nothing.
        const Tool boxes =
            runTool(QStringLiteral("pdftotext"),
                    {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("2"),
                     QStringLiteral("-l"), QStringLiteral("2"), file, QStringLiteral("-")});
        static const QRegularExpression word(
            QStringLiteral("<word xMin=\"[^\"]*\" yMin=\"([^\"]*)\""));
        QList<double> lines;
        for (const QRegularExpressionMatch &match : word.globalMatch(boxes.out)) {
            const double y = match.captured(1).toDouble();
            if (lines.isEmpty() || y > lines.last() + 1)
                lines.append(y);
        }
        QVERIFY2(lines.size() > 10, qPrintable(boxes.out.left(400)));
        QList<double> steps;
        for (qsizetype i = 1; i + 1 < lines.size(); ++i) // the last line is the footer
            steps.append(lines[i] - lines[i - 1]);
        std::sort(steps.begin(), steps.end());
        QVERIFY2(steps.last() > steps.first() + 4,
                 qPrintable(QStringLiteral("%1 %2").arg(steps.first()).arg(steps.last())));
    }

    void outlineHasContentsArticlesAndHeadings()
    {
        ExportContent content;
        content.title = QStringLiteral("Outlined");
        content.articles.append(
            article(QStringLiteral("a-1"), QStringLiteral("First Article"),
                    longBody(QStringLiteral("Opening words. ").repeated(40), 12) +
                        QStringLiteral("<h2>Section One</h2>") +
                        longBody(QStringLiteral("Middle words. ").repeated(40), 10) +
                        QStringLiteral("<h3>Detail Below</h3><p>Closing words.</p>")));
        content.articles.append(article(QStringLiteral("a-2"), QStringLiteral("第二篇文章"),
                                        QStringLiteral("<h2>西安峰会</h2><p>中文段落。</p>"),
                                        QStringLiteral("zh")));
        content.articles.append(article(QStringLiteral("a-3"), QStringLiteral("Третя стаття"),
                                        QStringLiteral("<p>Текст.</p><h2>Розділ</h2><p>Ще.</p>"),
                                        QStringLiteral("uk")));
        const QString file = writePdf(content, QStringLiteral("outline.pdf"));
        QVERIFY(!file.isEmpty());
        const Tool check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out));

        const Tool json =
            runTool(QStringLiteral("qpdf"),
                    {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), file});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray outlines = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QLatin1String("outlines"))
                                        .toArray();
        QStringList titles;
        for (const QJsonValue &item : outlines)
            titles.append(item.toObject().value(QLatin1String("title")).toString());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Contents"), QStringLiteral("First Article"),
                              QStringLiteral("第二篇文章"), QStringLiteral("Третя стаття")}));
        // Every bookmark opens the page that shows what it names.
        const auto pageOf = [](const QJsonObject &item) {
            return item.value(QLatin1String("destpageposfrom1")).toInt();
        };
        const auto checkOn = [&](const QJsonObject &item) {
            const QString title = item.value(QLatin1String("title")).toString();
            const int page = pageOf(item);
            return page > 0 &&
                   withoutSpace(pdfText(file, page, page)).contains(withoutSpace(title));
        };
        QCOMPARE(pageOf(outlines[0].toObject()), 2);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(checkOn(outlines[i].toObject()), qPrintable(titles[i]));
        const QJsonArray firstKids = outlines[1].toObject().value(QLatin1String("kids")).toArray();
        QCOMPARE(firstKids.size(), 1);
        const QJsonObject section = firstKids[0].toObject();
        QVERIFY(checkOn(section));
        QVERIFY2(pageOf(section) > pageOf(outlines[1].toObject()), "the heading is further on");
        const QJsonArray sectionKids = section.value(QLatin1String("kids")).toArray();
        QCOMPARE(sectionKids.size(), 1);
        QCOMPARE(sectionKids[0].toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Detail Below"));
        QVERIFY(checkOn(sectionKids[0].toObject()));
        // A heading's bookmark points at its height on the page, not just the page.
        const QJsonArray dest = section.value(QLatin1String("dest")).toArray();
        QVERIFY2(dest.size() == 5 && dest[1].toString() == QLatin1String("/XYZ") &&
                     dest[3].toDouble() > 0 && dest[3].toDouble() < 842,
                 qPrintable(QString::fromUtf8(QJsonDocument(dest).toJson())));
        QCOMPARE(outlines[2]
                     .toObject()
                     .value(QLatin1String("kids"))
                     .toArray()[0]
                     .toObject()
                     .value(QLatin1String("title"))
                     .toString(),
                 QStringLiteral("西安峰会"));
        QVERIFY(
            checkOn(outlines[3].toObject().value(QLatin1String("kids")).toArray()[0].toObject()));
    }

    void outlineLeavesOutPagesThatDoNotExist()
    {
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QPdfWriter writer(&buffer);
            QPainter painter(&writer);
            painter.drawText(100, 100, QStringLiteral("One page"));
        }
        PdfInfo info;
        info.title = QStringLiteral("Bookmarks");
        info.created = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        const QList<PdfOutlineItem> outline{{QStringLiteral("Here"), 0, 0, 500},
                                            {QStringLiteral("Nowhere"), 0, 7, -1},
                                            {QStringLiteral("Before"), 1, -1, -1}};
        const Result<QByteArray> patched = PdfPatch::apply(bytes, info, {}, outline);
        QVERIFY2(patched, qPrintable(patched.error()));
        const QString file = path(QStringLiteral("bookmarks.pdf"));
        QVERIFY(writeFile(file, patched.value()));
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}).exitCode, 0);
        const Tool json =
            runTool(QStringLiteral("qpdf"),
                    {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), file});
        const QJsonArray outlines = QJsonDocument::fromJson(json.out.toUtf8())
                                        .object()
                                        .value(QLatin1String("outlines"))
                                        .toArray();
        QCOMPARE(outlines.size(), 1);
        QCOMPARE(outlines[0].toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Here"));
        QVERIFY(outlines[0].toObject().value(QLatin1String("kids")).toArray().isEmpty());
        // Without an outline, nothing is added.
        const Result<QByteArray> plain = PdfPatch::apply(bytes, info, {}, {});
        QVERIFY(plain && !plain->contains("/Outlines"));
    }
};

QTEST_MAIN(ExportTest)
#include "tst_export.moc"
