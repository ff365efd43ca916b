#include "sitebody.h"

#include <gumbo.h>

#include <memory>

namespace lectern {

namespace {

constexpr int maxDepth = 100;

struct GumboFree
{
    void operator()(GumboOutput *output) const
    {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

enum class Keep
{
    Element, // written with its allowed attributes
    Unwrap,  // its children without it
    Drop     // nothing of it
};

Keep keepOf(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_A:
    case GUMBO_TAG_IMG:
        return Keep::Element;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
        return Keep::Drop;
    default:
        return Keep::Unwrap;
    }
}

bool isVoid(GumboTag tag)
{
    return tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR || tag == GUMBO_TAG_IMG;
}

// Elements that mean nothing without content ("<p></p>", "<b> </b>").
bool dropWhenEmpty(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
        return false;
    default:
        return !isVoid(tag);
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

QString escapedText(const char *text)
{
    return QString::fromUtf8(text).toHtmlEscaped();
}

bool isWebLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto");
}

class Writer
{
public:
    explicit Writer(const SiteBodyLinks &links)
        : m_links(links)
    {
    }

    QString children(const GumboNode *node, int depth, bool inLink)
    {
        QString out;
        const GumboVector &list = node->v.element.children;
        for (unsigned i = 0; i < list.length; ++i)
            out += write(static_cast<const GumboNode *>(list.data[i]), depth + 1, inLink);
        return out;
    }

    QString write(const GumboNode *node, int depth, bool inLink)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_WHITESPACE:
        case GUMBO_NODE_CDATA:
            return escapedText(node->v.text.text);
        case GUMBO_NODE_ELEMENT:
            break;
        default:
            return {};
        }
        const GumboTag tag = node->v.element.tag;
        const Keep keep = depth > maxDepth ? Keep::Unwrap : keepOf(tag);
        if (keep == Keep::Drop)
            return {};
        if (keep == Keep::Unwrap)
            return children(node, depth, inLink);
        if (tag == GUMBO_TAG_IMG)
            return image(node);
        if (tag == GUMBO_TAG_BR || tag == GUMBO_TAG_HR)
            return QLatin1Char('<') + QLatin1String(gumbo_normalized_tagname(tag)) +
                   QLatin1Char('>');

        QString attributes;
        if (tag == GUMBO_TAG_A) {
            if (inLink)
                return children(node, depth, inLink);
            const QString href = link(attribute(node, "href"));
            if (href.isEmpty())
                return children(node, depth, inLink);
            attributes = QLatin1String(" href=\"") + href.toHtmlEscaped() + QLatin1Char('"');
            inLink = true;
        } else if (tag == GUMBO_TAG_OL) {
            const int start = attribute(node, "start").toInt();
            if (start > 1)
                attributes = QStringLiteral(" start=\"%1\"").arg(start);
        } else if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
            for (const char *name : {"colspan", "rowspan"}) {
                const int span = attribute(node, name).toInt();
                if (span > 1 && span < 1000)
                    attributes += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(name)).arg(span);
            }
        }
        // The page's title is its only <h1>; the body's headings go below it.
        const char *name = tag == GUMBO_TAG_H1 ? "h2" : gumbo_normalized_tagname(tag);
        const QString inner = children(node, depth, inLink);
        if (dropWhenEmpty(tag) && inner.trimmed().isEmpty())
            return inner.isEmpty() ? QString() : QStringLiteral(" ");
        const QLatin1String tagName(name);
        return QLatin1Char('<') + tagName + attributes + QLatin1Char('>') + inner +
               QLatin1String("</") + tagName + QLatin1Char('>');
    }

private:
    QString link(const QString &href) const
    {
        const QString trimmed = href.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            return trimmed.size() > 1 ? QUrl(trimmed).toString(QUrl::FullyEncoded) : QString();
        const QUrl url(trimmed);
        if (!url.isValid())
            return {};
        if (url.scheme() == QLatin1String("lectern"))
            return m_links.internalLink ? m_links.internalLink(url) : QString();
        if (isWebLink(url) && !url.host().isEmpty() == (url.scheme() != QLatin1String("mailto")))
            return url.toString(QUrl::FullyEncoded);
        return {};
    }

    QString image(const GumboNode *node) const
    {
        const QString src = attribute(node, "src").trimmed();
        if (!src.startsWith(QLatin1String("lectern-media:")) || !m_links.image)
            return {};
        QString alt = attribute(node, "alt").simplified();
        if (alt.isEmpty())
            alt = attribute(node, "title").simplified();
        if (alt.isEmpty())
            alt = m_links.fallbackAlt;
        return m_links.image(src.mid(int(qstrlen("lectern-media:"))), alt);
    }

    const SiteBodyLinks &m_links;
};

} // namespace

QString siteBodyHtml(const QString &html, const SiteBodyLinks &links)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, GumboFree> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    const GumboNode *root = output->root; // <html>
    const GumboVector &top = root->v.element.children;
    Writer writer(links);
    for (unsigned i = 0; i < top.length; ++i) {
        const auto *node = static_cast<const GumboNode *>(top.data[i]);
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY)
            return writer.children(node, 0, false).trimmed();
    }
    return {};
}

} // namespace lectern
