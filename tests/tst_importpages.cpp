// What import keeps of real page shapes (issue 14): manuals' multi-section
// chapters and contents pages, broken headings, titles, bylines, canonical
// addresses and encodings the page declares wrongly or not at all.
#include "storeutil.h"
#include "testsupport.h"

#include "import/byline.h"
#include "import/encodingdetector.h"
#include "import/htmlimporter.h"

#include <QStandardPaths>
#include <QStringEncoder>

using namespace lectern;
using namespace lectern::test;

namespace {

Result<ImportedPage> importHtml(const QByteArray &html)
{
    return HtmlImporter::importPage(html, PageContext{});
}

QString textOf(const ImportedPage &page)
{
    return htmlToPlainText(page.bodyHtml).simplified();
}

// A chapter as DocBook writes one: navigation above and below, a title page,
// a contents list, an introduction and sections whose content is paragraphs,
// lists, a table, a program listing, a boxed note and a figure caption.
QByteArray docbookChapter(int sections)
{
    QByteArray html = "<html><head><title>Chapter 6. Maintenance and Updates</title></head><body>"
                      "<div class=\"navheader\"><table><tr><th colspan=\"3\">Chapter 6. "
                      "Maintenance and Updates</th></tr><tr><td><a href=\"ch05.html\">Prev</a>"
                      "</td><td></td><td><a href=\"ch07.html\">Next</a></td></tr></table></div>"
                      "<ul class=\"docnav top\"><li class=\"previous\"><a href=\"a.html\">"
                      "<strong>Prev</strong></a></li><li class=\"next\"><a href=\"b.html\">"
                      "<strong>Next</strong></a></li></ul>"
                      "<div class=\"chapter\"><div class=\"titlepage\"><div><div><h1 "
                      "class=\"title\">Chapter 6. Maintenance and Updates</h1></div></div></div>"
                      "<div class=\"toc\"><dl class=\"toc\">";
    for (int s = 1; s <= sections; ++s)
        html += "<dt><span class=\"section\"><a href=\"#s" + QByteArray::number(s) + "\">6." +
                QByteArray::number(s) + ". Section number " + QByteArray::number(s) +
                "</a></span></dt>";
    html += "</dl></div><div class=\"para\">Introduction of the chapter, with a comma, and "
            "a second clause to make it running text.</div>";
    for (int s = 1; s <= sections; ++s) {
        const QByteArray n = QByteArray::number(s);
        html += "<div class=\"section\"><div class=\"titlepage\"><div><div><h2 class=\"title\">"
                "6." +
                n + ". Section number " + n + "</h2></div></div></div>";
        switch (s % 5) {
        case 0:
            html += "<div class=\"itemizedlist\"><ul><li><p>listitem" + n +
                    " alpha</p></li><li><p>listitem" + n + " beta</p></li></ul></div>";
            break;
        case 1:
            html += "<div class=\"para\">Paragraph word" + n +
                    " explains the section at some length, so that it reads like a "
                    "manual, with commas, clauses, and a full stop.</div>";
            break;
        case 2:
            html += "<div class=\"informalexample\"><pre class=\"programlisting\">"
                    "$ apt-get install package" +
                    n + "\n$ apt-cache policy</pre></div>";
            break;
        case 3:
            html += "<div class=\"table\"><p class=\"title\"><strong>Table " + n + ". Caption" + n +
                    " of the table</strong></p><table><thead><tr><th>Name"
                    "</th><th>Value</th></tr></thead><tbody><tr><td>cell" +
                    n + "</td><td>42</td></tr></tbody></table></div>";
            break;
        case 4:
            html += "<div class=\"sidebar\"><div class=\"titlepage\"><p class=\"title\">"
                    "<strong>BACK TO BASICS note" +
                    n +
                    "</strong></p></div><div "
                    "class=\"para\">Boxed" +
                    n +
                    " explanation inside the text, with a comma."
                    "</div></div><div class=\"figure\"><img src=\"missing.png\" alt=\"\"/>"
                    "<p class=\"title\">Figure " +
                    n + ". Figurecaption" + n + "</p></div>";
            break;
        }
        html += "</div>";
    }
    html += "</div><ul class=\"docnav\"><li><a href=\"a.html\"><strong>Prev</strong>5.5. "
            "Coexistence</a></li><li><a href=\"index.html\"><strong>Home</strong></a></li>"
            "</ul><div class=\"navfooter\"><table><tr><td>Chapter 5. Packaging</td><td>Home"
            "</td><td>Chapter 7. Problems</td></tr></table></div></body></html>";
    return html;
}

void verifyEverySection(const ImportedPage &page, int sections)
{
    const QString text = textOf(page);
    QVERIFY(text.contains(QStringLiteral("Introduction of the chapter")));
    for (int s = 1; s <= sections; ++s) {
        const QString n = QString::number(s);
        QVERIFY2(text.contains(QStringLiteral("Section number ") + n), qPrintable(n));
        switch (s % 5) {
        case 0:
            QVERIFY2(text.contains(QStringLiteral("listitem") + n + QStringLiteral(" beta")),
                     qPrintable(n));
            break;
        case 1:
            QVERIFY2(text.contains(QStringLiteral("Paragraph word") + n), qPrintable(n));
            break;
        case 2:
            QVERIFY2(text.contains(QStringLiteral("apt-get install package") + n), qPrintable(n));
            break;
        case 3:
            QVERIFY2(text.contains(QStringLiteral("Caption") + n), qPrintable(n));
            QVERIFY2(text.contains(QStringLiteral("cell") + n), qPrintable(n));
            break;
        case 4:
            QVERIFY2(text.contains(QStringLiteral("Boxed") + n), qPrintable(n));
            QVERIFY2(text.contains(QStringLiteral("Figurecaption") + n), qPrintable(n));
            break;
        }
    }
    // The manual's own navigation goes.
    for (const char *furniture : {"Prev", "Next", "Coexistence", "Chapter 7. Problems"})
        QVERIFY2(!text.contains(QLatin1String(furniture)), furniture);
}

} // namespace

class ImportPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void multiSectionPageKeepsEverySection()
    {
        const auto page = importHtml(docbookChapter(10));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Chapter 6. Maintenance and Updates"));
        verifyEverySection(page.value(), 10);
    }

    void longChapterKeepsEverySection()
    {
        const auto page = importHtml(docbookChapter(120));
        QVERIFY2(page, qPrintable(page.error()));
        verifyEverySection(page.value(), 120);
    }

    // Sphinx (the Python manual): sections as <section>, footnotes and notes
    // as <aside> inside them, navigation bars and a sidebar around.
    void sphinxPageKeepsFootnotesAndNotes()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><head><title>os — Miscellaneous interfaces — Python 3.11 documentation</title>"
            "</head><body><div class=\"related\" role=\"navigation\"><ul><li><a href=\"i.html\">"
            "index</a></li><li><a href=\"n.html\">next</a></li></ul></div><div class=\"document\">"
            "<div class=\"body\" role=\"main\"><section id=\"os\"><h1>os — Miscellaneous "
            "interfaces<a class=\"headerlink\" href=\"#os\">¶</a></h1><p>This module provides "
            "a portable way of using operating system dependent functionality.</p><section><h2>"
            "Process Parameters</h2><p>These functions and data items provide information, "
            "and operate on the current process.</p><aside class=\"footnote brackets\" "
            "role=\"note\"><p>Footnotetext about the environment, in detail.</p></aside><div "
            "class=\"admonition seealso\"><p class=\"admonition-title\">See also</p><p>Module "
            "<a href=\"io.html\">io</a> seealsotext with more words than links here.</p></div>"
            "</section></section></div></div><div class=\"sphinxsidebar\" role=\"navigation\">"
            "<h3>Previous topic</h3><p><a href=\"p.html\">Generic Services</a></p></div><div "
            "class=\"footer\">© Copyright 2001-2023.</div></body></html>"));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("os — Miscellaneous interfaces"));
        const QString text = textOf(page.value());
        for (const char *kept :
             {"portable way", "Process Parameters", "Footnotetext", "seealsotext", "See also"})
            QVERIFY2(text.contains(QString::fromUtf8(kept)), kept);
        for (const char *gone : {"¶", "Previous topic", "Generic Services", "Copyright", "next"})
            QVERIFY2(!text.contains(QString::fromUtf8(gone)), gone);
    }

    void contentsPageBecomesAnArticle()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><head><title>Part II. Administration</title></head><body><div "
            "class=\"part\"><div class=\"titlepage\"><h1 class=\"title\">Part II. "
            "Administration</h1></div><div class=\"toc\"><p><b>Table of Contents</b></p><dl>"
            "<dt><a href=\"ch8.html\">8. Basic Configuration</a></dt><dt><a href=\"ch9.html\">"
            "9. Unix Services</a></dt><dt><a href=\"ch10.html\">10. Network Infrastructure</a>"
            "</dt></dl></div></div></body></html>"));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Part II. Administration"));
        const QString text = textOf(page.value());
        for (const char *entry : {"Basic Configuration", "Unix Services", "Network Infrastructure"})
            QVERIFY2(text.contains(QLatin1String(entry)), entry);
    }

    void indexPageOfLinksBecomesAnArticle()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><head><title>Index</title></head><body><h1>Index</h1><ul><li><a "
            "href=\"a.html\">apt</a></li><li><a href=\"b.html\">aptitude</a></li><li><a "
            "href=\"c.html\">dpkg</a></li></ul></body></html>"));
        QVERIFY2(page, qPrintable(page.error()));
        QVERIFY(textOf(page.value()).contains(QStringLiteral("aptitude")));
    }

    void furnitureOnlyPageIsReportedAsSuch()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><head><title>Menu</title></head><body><nav><ul><li><a href=\"/\">Home</a>"
            "</li><li><a href=\"/news\">News</a></li></ul></nav><footer>© 2024 The Union"
            "</footer></body></html>"));
        QVERIFY(!page);
        QVERIFY2(page.error().contains(QStringLiteral("page furniture")), qPrintable(page.error()));
    }

    void unclosedHeadingKeepsItsText()
    {
        const auto page = importHtml(QByteArrayLiteral(
            "<html><head><title>Notes</title></head><body><h1>Meeting notes<p>The first "
            "paragraph ended up inside the heading.<p>So did the second one, with more words."
            "</body></html>"));
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, QStringLiteral("Meeting notes"));
        const QString text = textOf(page.value());
        QVERIFY(text.contains(QStringLiteral("The first paragraph ended up")));
        QVERIFY(text.contains(QStringLiteral("So did the second one")));
    }

    void titleIsNeverATableHeader_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("a table's heading before the page's")
            << QByteArrayLiteral("<html><body><div class=\"content\"><table><tr><th><h3>Name</h3>"
                                 "</th><th><h3>Value</h3></th></tr><tr><td>apt</td><td>1</td>"
                                 "</tr></table><h2>Package priorities</h2><p>Some text about "
                                 "priorities, with a comma, so it is an article.</p></div>"
                                 "</body></html>")
            << QStringLiteral("Package priorities");
        QTest::newRow("Ukrainian table, title from <title>")
            << QString::fromUtf8("<html><head><title>Пріоритети пакунків</title></head><body>"
                                 "<table><tr><th><h4>Назва</h4></th><th>Значення</th></tr><tr>"
                                 "<td>apt</td><td>500</td></tr></table><p>Текст про пріоритети, "
                                 "з комою, щоб це була стаття.</p></body></html>")
                   .toUtf8()
            << QStringLiteral("Пріоритети пакунків");
    }

    void titleIsNeverATableHeader()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        const auto page = importHtml(html);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, title);
    }

    void titleIsTheMostSpecificName_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::newRow("heading inside <title> with the site's name")
            << QByteArrayLiteral("<html><head><title>os — Miscellaneous interfaces — Python "
                                 "documentation</title></head><body><h1>os — Miscellaneous "
                                 "interfaces</h1><p>Text, of the page.</p></body></html>")
            << QStringLiteral("os — Miscellaneous interfaces");
        QTest::newRow("heading with a chapter number")
            << QByteArrayLiteral("<html><head><title>Analyzing the Setup</title></head><body>"
                                 "<h1>Chapter 3. Analyzing the Setup</h1><p>Text, of the page."
                                 "</p></body></html>")
            << QStringLiteral("Chapter 3. Analyzing the Setup");
        QTest::newRow("og:title over a generic heading")
            << QByteArrayLiteral("<html><head><title>News | Union</title><meta "
                                 "property=\"og:title\" content=\"Students visit Kyiv\"></head>"
                                 "<body><h1>News</h1><p>Text, of the page.</p></body></html>")
            << QStringLiteral("Students visit Kyiv");
    }

    void titleIsTheMostSpecificName()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        const auto page = importHtml(html);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->title, title);
    }

    void bylineGoesIntoTheFields_data()
    {
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QDate>("date");
        QTest::newRow("Ukrainian") << QStringLiteral("Автор: Олена Коваль · 12 травня 2024")
                                   << QStringLiteral("Олена Коваль") << QDate(2024, 5, 12);
        QTest::newRow("English") << QStringLiteral("By John Smith | May 12, 2024")
                                 << QStringLiteral("John Smith") << QDate(2024, 5, 12);
        QTest::newRow("English, posted on")
            << QStringLiteral("Posted by Mary Jones on 3 March 2023")
            << QStringLiteral("Mary Jones") << QDate(2023, 3, 3);
        QTest::newRow("WordPress") << QStringLiteral("Posted on May 12, 2024 by Press Office")
                                   << QStringLiteral("Press Office") << QDate(2024, 5, 12);
        QTest::newRow("Chinese") << QStringLiteral("作者：王芳 发布时间：2024年5月12日")
                                 << QStringLiteral("王芳") << QDate(2024, 5, 12);
    }

    void bylineGoesIntoTheFields()
    {
        QFETCH(QString, byline);
        QFETCH(QString, author);
        QFETCH(QDate, date);
        const QString html =
            QStringLiteral("<html><head><title>Summit</title></head><body><article><h1>"
                           "Summit</h1><p class=\"meta\">%1</p><p>The summit was held in "
                           "Xi'an, with many guests, and it was a success.</p></article>"
                           "</body></html>")
                .arg(byline);
        const auto page = importHtml(html.toUtf8());
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->author, author);
        QCOMPARE(page->date.date(), date);
        const QString text = textOf(page.value());
        QVERIFY2(!text.contains(author), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("The summit was held")));
    }

    void sentenceStartingWithByStaysText()
    {
        QVERIFY(readByline(QStringLiteral("By the end of May the summit had begun.")).isEmpty());
        QVERIFY(readByline(QStringLiteral("Автор статті розповідає про саміт у Сіані.")).isEmpty());
        QVERIFY(readByline(QStringLiteral("Byzantine empire")).isEmpty());
    }

    void authorAndDateFromMetadata_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("meta author, article:published_time")
            << QByteArrayLiteral("<meta name=\"author\" content=\"Olena Koval\"><meta "
                                 "property=\"article:published_time\" "
                                 "content=\"2024-05-12T08:00:00Z\">");
        QTest::newRow("Dublin Core")
            << QByteArrayLiteral("<meta name=\"DC.creator\" content=\"Olena Koval\"><meta "
                                 "name=\"DC.date\" content=\"2024-05-12\">");
        QTest::newRow("JSON-LD") << QByteArrayLiteral(
            "<script type=\"application/ld+json\">{\"@context\": "
            "\"https://schema.org\", \"@graph\": [{\"@type\": \"NewsArticle\", "
            "\"author\": [{\"@type\": \"Person\", \"name\": \"Olena Koval\"}], "
            "\"datePublished\": \"2024-05-12T10:00:00+02:00\"}]}</script>");
    }

    void authorAndDateFromMetadata()
    {
        QFETCH(QByteArray, head);
        const auto page = importHtml("<html><head><title>T</title>" + head +
                                     "</head><body><h1>T</h1><p>Text, of the article.</p>"
                                     "</body></html>");
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->author, QStringLiteral("Olena Koval"));
        QCOMPARE(page->date.date(), QDate(2024, 5, 12));
    }

    void sourceIsTheCanonicalWebAddress_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("source");
        QTest::newRow("rel=canonical")
            << QByteArrayLiteral("<link rel=\"canonical\" href=\"https://cueu.example.org/a\">")
            << QStringLiteral("https://cueu.example.org/a");
        QTest::newRow("og:url")
            << QByteArrayLiteral(
                   "<meta property=\"og:url\" content=\"https://cueu.example.org/b\">")
            << QStringLiteral("https://cueu.example.org/b");
        QTest::newRow("a file: canonical is no web address")
            << QByteArrayLiteral("<link rel=\"canonical\" href=\"file:///usr/share/doc/a.html\">")
            << QString();
    }

    void sourceIsTheCanonicalWebAddress()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, source);
        const auto page = importHtml("<html><head><title>T</title>" + head +
                                     "</head><body><p>Text, of the article.</p></body></html>");
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->source, source);
    }

    void windows1252WithoutDeclaration()
    {
        QStringEncoder windows1252("windows-1252");
        const QByteArray html = windows1252.encode(QStringLiteral(
            "<html><body><h1>Café naïve résumé</h1><p>Le café à côté de l'église, où l'on "
            "parle français et où les naïfs goûtent la crème brûlée après le déjeuner.</p>"
            "</body></html>"));
        QVERIFY(!html.contains("\xC3")); // not UTF-8
        const auto page = importHtml(html);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(page->title, QStringLiteral("Café naïve résumé"));
    }

    void wrongDeclarationIsOverruledAndReported()
    {
        const QByteArray html =
            QStringLiteral("<html><head><meta charset=\"windows-1251\"><title>Київ і "
                           "Харків</title></head><body><h1>Київ і Харків</h1><p>Співпраця "
                           "університетів, обмін студентами та викладачами.</p></body>"
                           "</html>")
                .toUtf8();
        const auto page = importHtml(html);
        QVERIFY2(page, qPrintable(page.error()));
        QCOMPARE(page->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(page->declaredEncoding, QStringLiteral("windows-1251"));
        QCOMPARE(page->title, QStringLiteral("Київ і Харків"));
        QVERIFY2(page->encodingNote.contains(QStringLiteral("windows-1251")),
                 qPrintable(page->encodingNote));
        QVERIFY(page->encodingNote.contains(QStringLiteral("UTF-8")));
    }

    void koi8uToldFromKoi8r_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("Ukrainian (і, ї, є, ґ)")
            << QStringLiteral("Київ і Харків: співпраця університетів, їхні студенти і ґрунтовні "
                              "дослідження; є нові програми обміну для всіх.")
            << QStringLiteral("KOI8-U");
        QTest::newRow("Russian")
            << QStringLiteral("Москва и Санкт-Петербург: сотрудничество университетов, их "
                              "студенты и серьёзные исследования; есть новые программы.")
            << QStringLiteral("KOI8-R");
    }

    void koi8uToldFromKoi8r()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QStringEncoder encoder(encoding.toLatin1().constData());
        const QByteArray bytes = encoder.encode(text);
        const DecodedText decoded = decodeText(bytes);
        QCOMPARE(decoded.encoding, encoding);
        QCOMPARE(decoded.text, text);
    }
};

QTEST_MAIN(ImportPagesTest)
#include "tst_importpages.moc"
