#include "htmlimporter.h"

#include "byline.h"
#include "contentextractor.h"
#include "encodingdetector.h"
#include "gumbotree.h"
#include "htmlwriter.h"
#include "imagecollector.h"
#include "nestingguard.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace lectern {

namespace {

using namespace gumbo;

struct GumboDeleter
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};
using GumboTree = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboTree parse(const QByteArray &utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // we do not read the error list; do not build it
    return GumboTree(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

// What the <head> and the page say about the article.
struct PageFacts
{
    QString title;
    QString lang;
    QString canonical;
    QHash<QString, QString> meta;            // lower-case name/property/itemprop → content
    QString firstTime;                       // first <time datetime>
    const GumboNode *firstHeading = nullptr; // anywhere in the page
    QString jsonAuthor;                      // from JSON-LD (schema.org Article)
    QString jsonDate;
    QString jsonTitle;
};

// schema.org's author: a name, a Person, or a list of either.
QString jsonLdName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().simplified();
    if (value.isObject())
        return value.toObject().value(QLatin1String("name")).toString().simplified();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue &item : value.toArray()) {
            const QString name = jsonLdName(item);
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

void readJsonLd(const QString &text, PageFacts &facts)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    QJsonArray objects = document.isArray() ? document.array() : QJsonArray{document.object()};
    for (qsizetype i = 0; i < objects.size() && i < 64; ++i) {
        const QJsonObject object = objects.at(i).toObject();
        const QJsonValue graph = object.value(QLatin1String("@graph"));
        for (const QJsonValue &item : graph.toArray())
            objects.append(item);
        if (facts.jsonAuthor.isEmpty())
            facts.jsonAuthor = jsonLdName(object.value(QLatin1String("author")));
        if (facts.jsonDate.isEmpty())
            facts.jsonDate = object.value(QLatin1String("datePublished")).toString();
        if (facts.jsonTitle.isEmpty())
            facts.jsonTitle = object.value(QLatin1String("headline")).toString().simplified();
    }
}

PageFacts readFacts(const GumboNode *root)
{
    PageFacts facts;
    walk(root, [&](const GumboNode *node) {
        if (!isElement(node))
            return false;
        switch (tag(node)) {
        case GUMBO_TAG_HTML:
            facts.lang = attribute(node, "lang");
            if (facts.lang.isEmpty())
                facts.lang = attribute(node, "xml:lang");
            break;
        case GUMBO_TAG_TITLE:
            if (facts.title.isEmpty())
                facts.title = collectText(node, 500);
            return false;
        case GUMBO_TAG_META: {
            QString key = attribute(node, "name");
            if (key.isEmpty())
                key = attribute(node, "property");
            if (key.isEmpty())
                key = attribute(node, "itemprop");
            if (key.isEmpty())
                key = attribute(node, "http-equiv");
            key = key.trimmed().toLower();
            const QString content = attribute(node, "content").simplified();
            if (!key.isEmpty() && !content.isEmpty() && !facts.meta.contains(key))
                facts.meta.insert(key, content.left(2000));
            return false;
        }
        case GUMBO_TAG_LINK:
            if (facts.canonical.isEmpty() && attribute(node, "rel")
                                                 .toLower()
                                                 .split(QLatin1Char(' '))
                                                 .contains(QLatin1String("canonical")))
                facts.canonical = attribute(node, "href").trimmed();
            return false;
        case GUMBO_TAG_TIME:
            if (facts.firstTime.isEmpty())
                facts.firstTime = attribute(node, "datetime");
            break;
        case GUMBO_TAG_SCRIPT:
            if (attribute(node, "type").trimmed().toLower() ==
                    QLatin1String("application/ld+json") &&
                childCount(node) > 0)
                readJsonLd(textOf(child(node, 0)), facts);
            return false;
        case GUMBO_TAG_STYLE:
            return false;
        case GUMBO_TAG_TABLE: // a table's headings are never the page's
            return false;
        default:
            if (!facts.firstHeading && headingLevel(tag(node)) > 0)
                facts.firstHeading = node;
            break;
        }
        return true;
    });
    return facts;
}

QString firstOf(const QHash<QString, QString> &meta, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = meta.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// "Article title | Site name" → "Article title": the longest part.
QString cleanTitle(const QString &title)
{
    for (const QLatin1String separator :
         {QLatin1String(" | "), QLatin1String(" – "), QLatin1String(" — "), QLatin1String(" - "),
          QLatin1String(" _ ")}) {
        if (!title.contains(separator))
            continue;
        QString longest;
        for (const QString &part : title.split(separator)) {
            if (part.trimmed().size() > longest.size())
                longest = part.trimmed();
        }
        return longest;
    }
    return title;
}

const GumboNode *firstHeadingIn(const QList<const GumboNode *> &roots,
                                const ContentExtractor *extractor, GumboTag wanted)
{
    const GumboNode *found = nullptr;
    for (const GumboNode *root : roots) {
        walk(root, [&](const GumboNode *node) {
            if (found || !isElement(node) || (extractor && extractor->isRemoved(node)) ||
                tag(node) == GUMBO_TAG_TABLE)
                return false;
            if (wanted == GUMBO_TAG_UNKNOWN ? headingLevel(tag(node)) > 0 : tag(node) == wanted) {
                found = node;
                return false;
            }
            return true;
        });
        if (found)
            break;
    }
    return found;
}

QString plainText(const QString &html)
{
    // Only for the language guess: a rough cut of the tags is enough.
    QString text;
    text.reserve(html.size());
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag)
            text += c;
    }
    return text;
}

void addNotes(ImportedPage &page)
{
    if (page.replacements > 0) {
        page.notes.append(
            HtmlImporter::tr("%n invalid byte sequence(s) (read as %1) are shown as �.", nullptr,
                             page.replacements)
                .arg(page.encoding));
    }
    if (page.remoteImages > 0) {
        page.notes.append(HtmlImporter::tr("%n remote image(s) were not downloaded; they are kept "
                                           "as links.",
                                           nullptr, page.remoteImages));
    }
    if (page.blockedImages > 0) {
        page.notes.append(HtmlImporter::tr("%n image(s) outside the imported folder were not read.",
                                           nullptr, page.blockedImages));
    }
    if (page.missingImages > 0) {
        page.notes.append(HtmlImporter::tr("%n image(s) were missing or not images.", nullptr,
                                           page.missingImages));
    }
    if (page.oversizedImages > 0) {
        page.notes.append(HtmlImporter::tr("%n image(s) larger than %1 MB were left out.", nullptr,
                                           page.oversizedImages)
                              .arg(10));
    }
}

QString fileTitle(const PageContext &context)
{
    return context.filePath.isEmpty() ? QString() : QFileInfo(context.filePath).completeBaseName();
}

QStringList keywordTags(const QString &keywords)
{
    QStringList tags;
    QString normalized = keywords;
    normalized.replace(QChar(u'，'), QLatin1Char(',')).replace(QChar(u'、'), QLatin1Char(','));
    normalized.replace(QLatin1Char(';'), QLatin1Char(','));
    for (const QString &part : normalized.split(QLatin1Char(','))) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && tag.size() <= 60 && tags.size() < 10)
            tags.append(tag);
    }
    return tags;
}

// A heading's text, without what the extractor set aside (Sphinx's ¶ links)
// and, when broken markup left paragraphs inside an unclosed heading, only
// the text before the first of them.
QString headingText(const GumboNode *heading, const ContentExtractor &extractor)
{
    QString text;
    bool block = false;
    walk(heading, [&](const GumboNode *node) {
        if (block || text.size() > 500)
            return false;
        if (isText(node)) {
            text += textOf(node) + QLatin1Char(' ');
            return false;
        }
        if (node != heading && isElement(node) &&
            (isBlockTag(tag(node)) || extractor.isRemoved(node))) {
            block = block || isBlockTag(tag(node));
            return false;
        }
        return isElement(node);
    });
    return text.simplified().left(500);
}

QString normalizedTitle(const QString &title)
{
    QString text = title.simplified().toLower();
    text.remove(QChar(u'¶'));
    return text.trimmed();
}

// The most specific of the names a page gives itself. og:title is the
// publisher's own name for the article: it wins unless the heading says the
// same or more. <title> adds the site's name: the heading wins when <title>
// contains it or it contains <title> without the site (a chapter number);
// otherwise the article's heading is more specific than a site's <title>.
QString chooseTitle(const QString &heading, const QString &metaTitle, const QString &documentTitle)
{
    const QString h = normalizedTitle(heading);
    if (!metaTitle.isEmpty()) {
        const QString o = normalizedTitle(metaTitle);
        return !h.isEmpty() && h.contains(o) ? heading : metaTitle;
    }
    if (!h.isEmpty())
        return heading;
    return cleanTitle(documentTitle);
}

// Class or id names of the blocks sites write bylines in.
bool bylineName(const QString &names)
{
    for (const char *name : {"byline", "author", "dateline", "post-meta", "entry-meta",
                             "article-meta", "meta-info", "article-info", "news-info", "info"}) {
        if (names.contains(QLatin1String(name)))
            return true;
    }
    return false;
}

// A byline near the top of the article (or in a block named for one):
// found, it fills the author and date and leaves the body.
const GumboNode *findByline(const QList<const GumboNode *> &content,
                            const ContentExtractor &extractor, Byline &byline)
{
    const GumboNode *found = nullptr;
    int blocks = 0;
    for (const GumboNode *root : content) {
        walk(root, [&](const GumboNode *node) {
            if (found || blocks > 12 || !isElement(node) || extractor.isRemoved(node) ||
                tag(node) == GUMBO_TAG_TABLE)
                return false;
            const GumboTag t = tag(node);
            const bool candidate = t == GUMBO_TAG_P || t == GUMBO_TAG_DIV ||
                                   t == GUMBO_TAG_ADDRESS || t == GUMBO_TAG_SPAN ||
                                   t == GUMBO_TAG_HEADER;
            if (!candidate)
                return headingLevel(t) == 0;
            const QString text = collectText(node, 200, 400);
            if (text.isEmpty())
                return true;
            if (text.size() <= 160) {
                const Byline read = readByline(text);
                const QString names =
                    (attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id")).toLower();
                if (!read.isEmpty() && (read.author.size() > 0 || bylineName(names) ||
                                        t == GUMBO_TAG_ADDRESS || blocks < 3)) {
                    byline = read;
                    found = node;
                    return false;
                }
            }
            if (t == GUMBO_TAG_P || (t == GUMBO_TAG_DIV && text.size() > 160))
                ++blocks;
            return t != GUMBO_TAG_P;
        });
        if (found || blocks > 12)
            break;
    }
    return found;
}

// Only web addresses are the page's source; Sphinx writes file:/// ones.
QString webAddress(const QString &url)
{
    const QString trimmed = url.trimmed();
    const QString lower = trimmed.left(8).toLower();
    return lower.startsWith(QLatin1String("http://")) || lower.startsWith(QLatin1String("https://"))
               ? trimmed.left(2000)
               : QString();
}

} // namespace

QString HtmlImporter::declaredEncoding(const QByteArray &bytes)
{
    // The HTML standard looks for the declaration in the first 1024 bytes;
    // real pages put long <head>s first, so look further.
    QByteArray start = bytes.left(16384);
    // The declaration is in the <head>; parsing the body too would double
    // the work for every page.
    const qsizetype body = start.toLower().indexOf("<body");
    if (body > 0)
        start.truncate(body);
    const QByteArray head = QString::fromLatin1(start).toUtf8();
    const GumboTree tree = parse(head);
    QString charset;
    walk(tree->root, [&](const GumboNode *node) {
        if (!charset.isEmpty() || !isElement(node))
            return false;
        if (tag(node) == GUMBO_TAG_BODY)
            return false;
        if (tag(node) == GUMBO_TAG_META) {
            charset = attribute(node, "charset").trimmed();
            if (charset.isEmpty() &&
                attribute(node, "http-equiv")
                        .compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0) {
                const QString content = attribute(node, "content").toLower();
                const qsizetype at = content.indexOf(QLatin1String("charset="));
                if (at >= 0) {
                    charset = content.mid(at + 8).section(QLatin1Char(';'), 0, 0).trimmed();
                    charset.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
                }
            }
            return false;
        }
        return true;
    });
    return charset;
}

Result<ImportedPage> HtmlImporter::importPage(const QByteArray &bytes, const PageContext &context)
{
    ImportedPage page;
    const QString declared = declaredEncoding(bytes);
    const DecodedText decoded = decodeText(bytes, declared);
    page.encoding = decoded.encoding;
    page.declaredEncoding = declared;
    page.encodingNote = decoded.note;
    page.replacements = decoded.replacements;
    context.reportProgress(20);

    const GumboTree tree = parse(capNesting(decoded.text.toUtf8()));
    context.reportProgress(40);
    const PageFacts facts = readFacts(tree->root);
    ContentExtractor extractor(tree->document);
    context.reportProgress(55);
    const QList<const GumboNode *> content = extractor.content();

    // The headline: the first <h1> of the article (else its first <h2>),
    // never a table's heading; the title is the most specific of it, the
    // page's metadata and its <title>.
    const GumboNode *headline = firstHeadingIn(content, &extractor, GUMBO_TAG_H1);
    if (!headline)
        headline = firstHeadingIn(content, &extractor, GUMBO_TAG_H2);
    const QString heading = headline ? headingText(headline, extractor) : QString();
    QString metaTitle = firstOf(facts.meta, {"og:title", "twitter:title", "dc.title"});
    if (metaTitle.isEmpty())
        metaTitle = facts.jsonTitle;
    page.title = chooseTitle(heading, metaTitle.left(500), facts.title);
    if (page.title.isEmpty() && facts.firstHeading)
        page.title = headingText(facts.firstHeading, extractor);
    if (page.title.isEmpty())
        page.title = fileTitle(context);

    page.author = firstOf(facts.meta, {"author", "article:author", "dc.creator", "dcterms.creator",
                                       "byl", "sailthru.author", "parsely-author"});
    if (page.author.startsWith(QLatin1String("http"))) // a profile page, not a name
        page.author.clear();
    if (page.author.isEmpty())
        page.author = facts.jsonAuthor;
    page.date = parsePageDate(
        firstOf(facts.meta, {"article:published_time", "date", "dc.date", "dc.date.issued",
                             "dcterms.date", "dcterms.issued", "dcterms.created", "datepublished",
                             "pubdate", "publishdate", "publication_date", "og:published_time"}));
    if (!page.date.isValid())
        page.date = parsePageDate(facts.jsonDate);
    // A byline in the text fills what the metadata left open, and leaves
    // the body either way: it is the article's fields, not its text.
    Byline byline;
    if (const GumboNode *node = findByline(content, extractor, byline)) {
        if (page.author.isEmpty())
            page.author = byline.author;
        if (!page.date.isValid())
            page.date = byline.date;
        extractor.exclude(node);
    }
    if (!page.date.isValid())
        page.date = parsePageDate(facts.firstTime);
    page.author = page.author.left(200);
    page.source = webAddress(facts.canonical);
    if (page.source.isEmpty())
        page.source = webAddress(firstOf(facts.meta, {"og:url"}));
    page.tags = keywordTags(firstOf(facts.meta, {"keywords", "news_keywords", "article:tag"}));
    page.category = firstOf(facts.meta, {"article:section", "category"}).left(100);

    const auto writeBody = [&] {
        ImageCollector images(context, page);
        HtmlWriter writer(&extractor, images);
        if (headline && normalizedTitle(heading) == normalizedTitle(page.title))
            writer.skip(headline);
        for (const GumboNode *node : content)
            writer.write(node);
        return writer.html();
    };
    const auto hasContent = [](const QString &html) {
        return !plainText(html).trimmed().isEmpty() || html.contains(QLatin1String("<img"));
    };
    page.bodyHtml = writeBody();
    if (!hasContent(page.bodyHtml)) {
        // A contents page or an index is its lists of links: keep them.
        page.media.clear();
        page.remoteImages = page.blockedImages = page.missingImages = page.oversizedImages = 0;
        extractor.setKeepClutter(true);
        page.bodyHtml = writeBody();
    }
    context.reportProgress(70);

    page.language = normalizeLanguage(facts.lang);
    if (page.language.isEmpty())
        page.language = normalizeLanguage(
            firstOf(facts.meta, {"content-language", "language", "dc.language", "og:locale"}));
    if (page.language.isEmpty())
        page.language = detectLanguage(page.title + QLatin1Char(' ') + plainText(page.bodyHtml));

    if (!hasContent(page.bodyHtml)) {
        if (!extractor.hasText() && extractor.setAsideText())
            return Error{tr("The page holds only page furniture (menus, links to other pages, "
                            "a header or a footer) and no article text.")};
        return Error{tr("The page has no article text.")};
    }
    addNotes(page);
    return page;
}

Result<ImportedPage> HtmlImporter::importFragment(const QString &html, const PageContext &context,
                                                  ImportedPage page)
{
    const GumboTree tree = parse(capNesting(html.toUtf8()));
    context.reportProgress(50);
    const PageFacts facts = readFacts(tree->root);
    const GumboNode *body = nullptr;
    walk(tree->document, [&](const GumboNode *node) {
        if (!body && tag(node) == GUMBO_TAG_BODY)
            body = node;
        return !body && (node->type == GUMBO_NODE_DOCUMENT || isElement(node));
    });
    ImageCollector images(context, page);
    HtmlWriter writer(nullptr, images);
    if (page.title.isEmpty() && facts.firstHeading) {
        page.title = collectText(facts.firstHeading, 500);
        writer.skip(facts.firstHeading);
    }
    writer.write(body ? body : tree->root);
    page.bodyHtml = writer.html();
    context.reportProgress(70);
    if (page.title.isEmpty()) {
        if (page.bodyHtml.isEmpty())
            return Error{tr("The file has no text.")};
        page.title = fileTitle(context);
    }
    if (page.language.isEmpty())
        page.language = detectLanguage(page.title + QLatin1Char(' ') + plainText(page.bodyHtml));
    addNotes(page);
    return page;
}

} // namespace lectern
