#include "htmlimporter.h"

#include "contentextractor.h"
#include "encodingdetector.h"
#include "gumbotree.h"
#include "htmlwriter.h"
#include "imagecollector.h"
#include "nestingguard.h"

#include <QFileInfo>
#include <QHash>

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
};

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
        case GUMBO_TAG_STYLE:
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
            if (found || !isElement(node) || (extractor && extractor->isRemoved(node)))
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
    const DecodedText decoded = decodeText(bytes, declaredEncoding(bytes));
    page.encoding = decoded.encoding;
    page.replacements = decoded.replacements;

    const GumboTree tree = parse(capNesting(decoded.text.toUtf8()));
    const PageFacts facts = readFacts(tree->root);
    const ContentExtractor extractor(tree->document);
    const QList<const GumboNode *> content = extractor.content();

    // The headline: the first <h1> of the article, else what the page's
    // metadata calls it, else its <title>, else any heading.
    const GumboNode *headline = firstHeadingIn(content, &extractor, GUMBO_TAG_H1);
    if (!headline)
        headline = firstHeadingIn(content, &extractor, GUMBO_TAG_H2);
    if (headline)
        page.title = collectText(headline, 500);
    if (page.title.isEmpty())
        page.title = firstOf(facts.meta, {"og:title", "twitter:title", "dc.title"});
    if (page.title.isEmpty())
        page.title = cleanTitle(facts.title);
    if (page.title.isEmpty() && facts.firstHeading)
        page.title = collectText(facts.firstHeading, 500);
    if (page.title.isEmpty())
        page.title = fileTitle(context);

    page.author = firstOf(facts.meta, {"author", "article:author", "dc.creator", "byl",
                                       "sailthru.author", "parsely-author"});
    if (page.author.startsWith(QLatin1String("http"))) // a profile page, not a name
        page.author.clear();
    page.author = page.author.left(200);
    page.date = parsePageDate(
        firstOf(facts.meta, {"article:published_time", "date", "dc.date", "dc.date.issued",
                             "dcterms.date", "datepublished", "pubdate", "publishdate",
                             "publication_date", "og:published_time"}));
    if (!page.date.isValid())
        page.date = parsePageDate(facts.firstTime);
    page.source = facts.canonical.isEmpty() ? firstOf(facts.meta, {"og:url"}) : facts.canonical;
    page.source = page.source.left(2000);
    page.tags = keywordTags(firstOf(facts.meta, {"keywords", "news_keywords", "article:tag"}));
    page.category = firstOf(facts.meta, {"article:section", "category"}).left(100);

    ImageCollector images(context, page);
    HtmlWriter writer(&extractor, images);
    if (headline && collectText(headline, 500) == page.title)
        writer.skip(headline);
    for (const GumboNode *node : content)
        writer.write(node);
    page.bodyHtml = writer.html();

    page.language = normalizeLanguage(facts.lang);
    if (page.language.isEmpty())
        page.language = normalizeLanguage(
            firstOf(facts.meta, {"content-language", "language", "dc.language", "og:locale"}));
    if (page.language.isEmpty())
        page.language = detectLanguage(page.title + QLatin1Char(' ') + plainText(page.bodyHtml));

    if (page.bodyHtml.isEmpty())
        return Error{tr("The page has no article text.")};
    addNotes(page);
    return page;
}

Result<ImportedPage> HtmlImporter::importFragment(const QString &html, const PageContext &context,
                                                  ImportedPage page)
{
    const GumboTree tree = parse(capNesting(html.toUtf8()));
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
