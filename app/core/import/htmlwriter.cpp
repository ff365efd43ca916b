#include "htmlwriter.h"

#include "contentextractor.h"
#include "gumbotree.h"
#include "imagecollector.h"

#include <QCoreApplication>
#include <QUrl>

namespace lectern {

namespace {

using namespace gumbo;

bool alwaysDropped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

bool isBlockContainer(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_DATALIST:
        return true;
    default:
        return false;
    }
}

// The inline tag an element is written as, or null when it is not one.
const char *inlineTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_MARK:
        return "b";
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_VAR:
        return "i";
    case GUMBO_TAG_U:
    case GUMBO_TAG_INS:
        return "u";
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
        return "s";
    case GUMBO_TAG_SUB:
        return "sub";
    case GUMBO_TAG_SUP:
        return "sup";
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TT:
        return "code";
    default:
        return nullptr;
    }
}

// Links to the web and to mail stay links; script and data URLs do not.
QString safeHref(const QString &input)
{
    const QString href = input.trimmed();
    if (href.isEmpty() || href.size() > 8192)
        return {};
    const QUrl url(href, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty())
        return href; // relative, or a fragment
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto") || scheme == QLatin1String("ftp"))
        return href;
    return {};
}

int spanValue(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? qBound(1, value, 50) : 1;
}

} // namespace

HtmlWriter::HtmlWriter(const ContentExtractor *extractor, ImageCollector &images,
                       const WriterLimits &limits)
    : m_extractor(extractor)
    , m_images(images)
    , m_limits(limits)
{
}

QString HtmlWriter::html()
{
    closeParagraph();
    return m_out;
}

void HtmlWriter::ensureInline()
{
    if (m_acceptsInline || m_paragraphOpen)
        return;
    m_out += QLatin1String("<p>");
    m_paragraphOpen = true;
    m_blockLength = 0;
    m_run = 0;
    m_pendingSpace = false;
}

void HtmlWriter::flushSpace()
{
    if (m_pendingSpace && m_blockLength > 0) {
        m_out += QLatin1Char(' ');
        ++m_blockLength;
        m_run = 0;
    }
    m_pendingSpace = false;
}

void HtmlWriter::closeParagraph()
{
    if (m_paragraphOpen) {
        m_out += QLatin1String("</p>");
        m_paragraphOpen = false;
    }
    m_pendingSpace = false;
    m_blockLength = 0;
    m_run = 0;
}

void HtmlWriter::writeText(const QString &text)
{
    if (m_betweenCells)
        return; // stray text between table cells has no place to go
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (m_pre && u == u'\n') {
            ensureInline();
            m_out += QLatin1Char('\n');
            m_run = 0;
            continue;
        }
        if (c.isSpace()) {
            m_pendingSpace = true;
            continue;
        }
        if (u < 0x20 || (u >= 0x7F && u < 0xA0))
            continue; // control characters
        ensureInline();
        if (m_pendingSpace && m_blockLength > 0) {
            if (m_blockLength >= m_limits.paragraphLength && m_paragraphOpen &&
                m_inlineDepth == 0 && !m_pre) {
                m_out += QLatin1String("</p><p>");
                m_blockLength = 0;
            } else {
                m_out += QLatin1Char(' ');
                ++m_blockLength;
            }
            m_run = 0;
        }
        m_pendingSpace = false;
        switch (u) {
        case u'<':
            m_out += QLatin1String("&lt;");
            break;
        case u'>':
            m_out += QLatin1String("&gt;");
            break;
        case u'&':
            m_out += QLatin1String("&amp;");
            break;
        case u'"':
            m_out += QLatin1String("&quot;");
            break;
        default:
            m_out += c;
        }
        ++m_blockLength;
        // A zero-width space is a line-break opportunity that shows nothing.
        if (++m_run >= m_limits.runLength && !c.isHighSurrogate()) {
            if (m_blockLength >= m_limits.paragraphLength && m_paragraphOpen &&
                m_inlineDepth == 0 && !m_pre) {
                m_out += QLatin1String("</p><p>");
                m_blockLength = 0;
            } else {
                m_out += QChar(0x200B);
            }
            m_run = 0;
        }
    }
}

void HtmlWriter::writeChildren(const GumboNode *node, int depth)
{
    for (unsigned i = 0; i < childCount(node); ++i)
        writeNode(child(node, i), depth + 1);
}

void HtmlWriter::writeFlattened(const GumboNode *node)
{
    walk(node, [&](const GumboNode *n) {
        if (isText(n)) {
            writeText(textOf(n));
            return false;
        }
        if (!isElement(n) || alwaysDropped(tag(n)) || (m_extractor && m_extractor->isRemoved(n)))
            return false;
        m_pendingSpace = true;
        return true;
    });
}

void HtmlWriter::writeBlock(const GumboNode *node, int depth)
{
    if (m_transparentInline > 0) {
        m_pendingSpace = true;
        writeChildren(node, depth);
        m_pendingSpace = true;
        return;
    }
    closeParagraph();
    const bool acceptsInline = m_acceptsInline;
    const bool betweenCells = m_betweenCells;
    m_acceptsInline = false;
    m_betweenCells = false;
    writeChildren(node, depth);
    closeParagraph();
    m_acceptsInline = acceptsInline;
    m_betweenCells = betweenCells;
}

void HtmlWriter::writeInline(const GumboNode *node, const char *tagName, int depth)
{
    ++m_transparentInline;
    if (m_inlineDepth >= m_limits.inlineDepth || childCount(node) == 0) {
        writeChildren(node, depth);
        --m_transparentInline;
        return;
    }
    ensureInline();
    flushSpace();
    m_out += QLatin1Char('<') + QLatin1String(tagName) + QLatin1Char('>');
    ++m_inlineDepth;
    writeChildren(node, depth);
    --m_inlineDepth;
    m_out += QLatin1String("</") + QLatin1String(tagName) + QLatin1Char('>');
    --m_transparentInline;
}

void HtmlWriter::writeLink(const GumboNode *node, int depth)
{
    const QString href = safeHref(attribute(node, "href"));
    if (href.isEmpty() || m_inLink || m_inlineDepth >= m_limits.inlineDepth) {
        ++m_transparentInline;
        writeChildren(node, depth);
        --m_transparentInline;
        return;
    }
    ensureInline();
    flushSpace();
    m_out += QLatin1String("<a href=\"") + href.toHtmlEscaped() + QLatin1String("\">");
    m_inLink = true;
    ++m_inlineDepth;
    ++m_transparentInline;
    writeChildren(node, depth);
    --m_transparentInline;
    --m_inlineDepth;
    m_inLink = false;
    m_out += QLatin1String("</a>");
}

void HtmlWriter::writeImage(const GumboNode *node)
{
    QString src = attribute(node, "src");
    // Lazy-loading pages keep the real address aside and a placeholder in src.
    for (const char *lazy : {"data-src", "data-original", "data-lazy-src"}) {
        const QString candidate = attribute(node, lazy);
        if (!candidate.isEmpty() && (src.isEmpty() || src.startsWith(QLatin1String("data:"))))
            src = candidate;
    }
    const QString alt = attribute(node, "alt").simplified().left(500);
    const ImageCollector::Outcome outcome = m_images.resolve(src);
    if (m_betweenCells)
        return;
    switch (outcome.kind) {
    case ImageCollector::Kind::Stored: {
        ensureInline();
        if (m_pendingSpace && m_blockLength > 0)
            m_out += QLatin1Char(' ');
        m_pendingSpace = false;
        m_out += QLatin1String("<img src=\"") + outcome.url + QLatin1String("\" alt=\"") +
                 alt.toHtmlEscaped() + QLatin1Char('"');
        bool ok = false;
        const int width = attribute(node, "width").toInt(&ok);
        if (ok && width > 1 && width <= 2000)
            m_out += QLatin1String(" width=\"") + QString::number(width) + QLatin1Char('"');
        m_out += QLatin1Char('>');
        ++m_blockLength;
        m_run = 0;
        break;
    }
    case ImageCollector::Kind::Remote:
        if (m_inLink) {
            writeText(alt);
            break;
        }
        ensureInline();
        if (m_pendingSpace && m_blockLength > 0)
            m_out += QLatin1Char(' ');
        m_pendingSpace = false;
        m_out += QLatin1String("<a href=\"") + outcome.url.toHtmlEscaped() + QLatin1String("\">");
        writeText(alt.isEmpty() ? QCoreApplication::translate("HtmlWriter", "[image]")
                                : QLatin1Char('[') + alt + QLatin1Char(']'));
        m_out += QLatin1String("</a>");
        break;
    case ImageCollector::Kind::Refused:
        if (!alt.isEmpty())
            writeText(QLatin1Char('[') + alt + QLatin1Char(']'));
        break;
    }
}

void HtmlWriter::writeNode(const GumboNode *node, int depth)
{
    if (isText(node)) {
        writeText(textOf(node));
        return;
    }
    if (!isElement(node))
        return;
    if (node == m_skip) {
        // The headline became the title. When broken markup left the text
        // inside it (an unclosed <h1>), the blocks after its own words stay.
        bool afterText = false;
        for (unsigned i = 0; i < childCount(node); ++i) {
            const GumboNode *c = child(node, i);
            afterText =
                afterText || (isElement(c) && (isBlockContainer(tag(c)) || isBlockTag(tag(c))));
            if (afterText)
                writeNode(c, depth + 1);
        }
        return;
    }
    const GumboTag t = tag(node);
    if (alwaysDropped(t) || (m_extractor && m_extractor->isRemoved(node)))
        return;
    if (depth > m_limits.treeDepth) {
        writeFlattened(node);
        return;
    }
    if (m_extractor && depth > 0 && m_extractor->isClutter(node))
        return;

    if (const char *name = inlineTag(t)) {
        writeInline(node, name, depth);
        return;
    }
    if (t == GUMBO_TAG_SPAN || t == GUMBO_TAG_FONT) {
        // Converted Markdown and many pages mark emphasis with styles only.
        QString style = attribute(node, "style").toLower();
        style.remove(QLatin1Char(' '));
        bool bold = style.contains(QLatin1String("font-weight:bold")) ||
                    style.contains(QLatin1String("font-weight:6")) ||
                    style.contains(QLatin1String("font-weight:7")) ||
                    style.contains(QLatin1String("font-weight:8")) ||
                    style.contains(QLatin1String("font-weight:9"));
        const bool italic = style.contains(QLatin1String("font-style:italic"));
        if (m_inHeading && !italic)
            bold = false; // headings are bold already
        const char *name = bold                                            ? "b"
                           : italic                                        ? "i"
                           : style.contains(QLatin1String("line-through")) ? "s"
                           : style.contains(QLatin1String("underline"))    ? "u"
                                                                           : nullptr;
        if (name) {
            writeInline(node, name, depth);
            return;
        }
    }
    const bool inInline = m_transparentInline > 0;
    const auto emitBlock = [&](const QString &open, const QString &close, bool acceptsInline) {
        closeParagraph();
        m_out += open;
        const bool saved = m_acceptsInline;
        const bool savedCells = m_betweenCells;
        m_acceptsInline = acceptsInline;
        m_betweenCells = false;
        writeChildren(node, depth);
        closeParagraph();
        m_acceptsInline = saved;
        m_betweenCells = savedCells;
        m_out += close;
    };

    switch (t) {
    case GUMBO_TAG_A:
        writeLink(node, depth);
        return;
    case GUMBO_TAG_IMG:
        writeImage(node);
        return;
    case GUMBO_TAG_BR:
        if (m_acceptsInline || m_paragraphOpen) {
            m_out += QLatin1String("<br>");
            m_pendingSpace = false;
            m_run = 0;
            ++m_blockLength;
        } else {
            m_pendingSpace = true;
        }
        return;
    case GUMBO_TAG_HR:
        if (inInline || m_betweenCells)
            m_pendingSpace = true;
        else {
            closeParagraph();
            m_out += QLatin1String("<hr>");
        }
        return;
    case GUMBO_TAG_Q:
        writeText(QStringLiteral("“"));
        ++m_transparentInline;
        writeChildren(node, depth);
        --m_transparentInline;
        writeText(QStringLiteral("”"));
        return;
    case GUMBO_TAG_P:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        if (inInline || m_betweenCells)
            break;
        emitBlock(QString(), QString(), false);
        return;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: {
        if (inInline || m_betweenCells)
            break;
        const QString name = QStringLiteral("h%1").arg(headingLevel(t));
        m_inHeading = true;
        emitBlock(QLatin1Char('<') + name + QLatin1Char('>'),
                  QLatin1String("</") + name + QLatin1Char('>'), true);
        m_inHeading = false;
        return;
    }
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: {
        const bool emitted = !inInline && !m_betweenCells && m_listDepth < m_limits.listDepth;
        m_lists.append(emitted);
        if (emitted) {
            const QLatin1String name(t == GUMBO_TAG_UL ? "ul" : "ol");
            ++m_listDepth;
            emitBlock(QLatin1Char('<') + name + QLatin1Char('>'),
                      QLatin1String("</") + name + QLatin1Char('>'), false);
            --m_listDepth;
        } else {
            writeBlock(node, depth);
        }
        m_lists.removeLast();
        return;
    }
    case GUMBO_TAG_LI:
        if (!inInline && !m_lists.isEmpty() && m_lists.last() && !m_betweenCells) {
            emitBlock(QStringLiteral("<li>"), QStringLiteral("</li>"), true);
            return;
        }
        writeBlock(node, depth);
        return;
    case GUMBO_TAG_TABLE: {
        const bool emitted = !inInline && !m_betweenCells && m_tableDepth < m_limits.tableDepth;
        m_tables.append(emitted);
        if (emitted) {
            ++m_tableDepth;
            emitBlock(QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"),
                      QStringLiteral("</table>"), false);
            --m_tableDepth;
        } else {
            writeBlock(node, depth);
        }
        m_tables.removeLast();
        return;
    }
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
        if (!m_tables.isEmpty() && m_tables.last() && !inInline) {
            const bool row = t == GUMBO_TAG_TR;
            if (row)
                m_out += QLatin1String("<tr>");
            const bool saved = m_betweenCells;
            m_betweenCells = true;
            writeChildren(node, depth);
            m_betweenCells = saved;
            if (row)
                m_out += QLatin1String("</tr>");
            return;
        }
        writeBlock(node, depth);
        return;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
        if (!m_tables.isEmpty() && m_tables.last() && m_betweenCells && !inInline) {
            QString open = t == GUMBO_TAG_TH ? QStringLiteral("<th") : QStringLiteral("<td");
            const QString close =
                t == GUMBO_TAG_TH ? QStringLiteral("</th>") : QStringLiteral("</td>");
            if (t == GUMBO_TAG_CAPTION) {
                emitBlock(QStringLiteral("<caption>"), QStringLiteral("</caption>"), true);
                return;
            }
            const int colspan = spanValue(attribute(node, "colspan"));
            const int rowspan = spanValue(attribute(node, "rowspan"));
            if (colspan > 1)
                open += QStringLiteral(" colspan=\"%1\"").arg(colspan);
            if (rowspan > 1)
                open += QStringLiteral(" rowspan=\"%1\"").arg(rowspan);
            emitBlock(open + QLatin1Char('>'), close, true);
            return;
        }
        writeBlock(node, depth);
        return;
    case GUMBO_TAG_BLOCKQUOTE:
        if (!inInline && !m_betweenCells && m_quoteDepth < m_limits.quoteDepth) {
            ++m_quoteDepth;
            emitBlock(QStringLiteral("<blockquote>"), QStringLiteral("</blockquote>"), false);
            --m_quoteDepth;
            return;
        }
        writeBlock(node, depth);
        return;
    case GUMBO_TAG_PRE:
        if (inInline || m_betweenCells || m_pre)
            break;
        m_pre = true;
        emitBlock(QStringLiteral("<pre>"), QStringLiteral("</pre>"), true);
        m_pre = false;
        return;
    default:
        if (isBlockContainer(t)) {
            writeBlock(node, depth);
            return;
        }
        break;
    }
    // Anything else keeps its text and drops its tag.
    if (isBlockContainer(t) || t == GUMBO_TAG_P || headingLevel(t) > 0 || t == GUMBO_TAG_PRE ||
        t == GUMBO_TAG_DT || t == GUMBO_TAG_DD) {
        writeBlock(node, depth);
        return;
    }
    ++m_transparentInline;
    writeChildren(node, depth);
    --m_transparentInline;
}

} // namespace lectern
