#include "contentextractor.h"

#include "gumbotree.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <limits>

namespace lectern {

namespace gumbo {

QString collectText(const GumboNode *node, qsizetype limit, qsizetype nodeBudget)
{
    QString text;
    // A budget on visited nodes too: a label check must stay cheap even over
    // thousands of empty nested elements.
    qsizetype budget = nodeBudget >= 0 ? nodeBudget : limit * 4 + 256;
    walk(node, [&](const GumboNode *n) {
        if (text.size() >= limit || --budget < 0)
            return false;
        if (isText(n))
            text += textOf(n) + QLatin1Char(' ');
        const GumboTag t = tag(n);
        return t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE && t != GUMBO_TAG_TEMPLATE;
    });
    return text.simplified().left(limit);
}

} // namespace gumbo

namespace {

using namespace gumbo;

bool containsAny(const QString &haystack, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (haystack.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

bool hasNameToken(const QString &names, std::initializer_list<const char *> tokens)
{
    const QStringList parts = names.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const char *token : tokens) {
        if (parts.contains(QLatin1String(token)))
            return true;
    }
    return false;
}

QString classAndId(const GumboNode *node)
{
    return (attribute(node, "class") + QLatin1Char(' ') + attribute(node, "id")).toLower();
}

// Names of blocks that are almost never the article.
bool unlikelyName(const QString &names)
{
    return containsAny(names, {"-ad-",       "banner",     "breadcrumb", "combx",        "comment",
                               "community",  "cover-wrap", "disqus",     "extra",        "footer",
                               "gdpr",       "header",     "legends",    "menu",         "related",
                               "remark",     "replies",    "rss",        "shoutbox",     "sidebar",
                               "skyscraper", "social",     "sponsor",    "supplemental", "ad-break",
                               "agegate",    "pagination", "pager",      "popup",        "share",
                               "recommend",  "navbar",     "nav-",       "-nav",         "cookie",
                               "subscribe",  "newsletter", "promo",      "toolbar",      "widget",
                               "copyright",  "docnav",     "headerlink", "editsection",  "catlinks",
                               "navbox",     "jump-link",  "crumb"}) ||
           hasNameToken(names, {"nav", "search", "searchbox"});
}

// Blocks that hold part of a text even when they are mostly links or are
// named like furniture: contents lists, footnotes, boxed notes.
bool contentBlockName(const QString &names)
{
    return hasNameToken(names, {"toc", "contents", "table-of-contents", "toctree-wrapper",
                                "footnote", "footnotes", "footnote-list", "admonition", "note",
                                "tip", "warning", "caution", "important", "seealso", "example",
                                "informalexample", "sidebar", "highlights", "topic"});
}

// A block that is one web address and perhaps an arrow: a manual's link to
// what the text describes, not a list of links.
bool isCitedAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral("^\\W{0,3}(?:https?://|www\\.)\\S+\\W{0,3}$"));
    return text.size() < 300 && address.match(text).hasMatch();
}

// Letters and digits under a node (scripts and styles aside), counted up to
// `cap`: what share of a page's text a block holds.
qsizetype visibleLetters(const GumboNode *root, qsizetype cap)
{
    qsizetype count = 0;
    walk(root, [&](const GumboNode *n) {
        if (count >= cap)
            return false;
        if (isText(n)) {
            for (const QChar c : textOf(n))
                count += c.isLetterOrNumber();
            return false;
        }
        const GumboTag t = tag(n);
        return t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE && t != GUMBO_TAG_TEMPLATE &&
               t != GUMBO_TAG_HEAD;
    });
    return count;
}

// The elements whose class or id names a page's layout. Inline elements and
// the items of lists and tables are named for what they hold (Sphinx gives
// the signature of http.cookies.CookieError that id, docutils marks a mail
// header with class="mailheader").
bool blockNamedByLayout(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_VAR:
        return false;
    default:
        return headingLevel(t) == 0;
    }
}

// A <section> that opens with its own heading is a part of the text, whatever
// its id says (documentation generators make ids from the section's title:
// "cookie-objects", "copyright").
bool isHeadedSection(const GumboNode *node)
{
    if (tag(node) != GUMBO_TAG_SECTION)
        return false;
    int elements = 0;
    for (unsigned i = 0; i < childCount(node) && elements < 3; ++i) {
        const GumboNode *c = child(node, i);
        if (!isElement(c))
            continue;
        if (headingLevel(tag(c)) > 0)
            return true;
        ++elements;
    }
    return false;
}

// Roles that mark a page's own navigation, header, footer or search box.
bool navigationRole(const QString &role)
{
    return role == QLatin1String("navigation") || role == QLatin1String("banner") ||
           role == QLatin1String("contentinfo") || role == QLatin1String("search");
}

bool maybeContentName(const QString &names)
{
    return containsAny(names, {"article", "body", "column", "content", "main", "shadow"});
}

bool removableTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_HEAD:
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
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MENU:
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

bool isHidden(const GumboNode *node)
{
    if (hasAttribute(node, "hidden"))
        return true;
    if (attribute(node, "aria-hidden").compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    QString style = attribute(node, "style").toLower();
    style.remove(QLatin1Char(' '));
    return style.contains(QLatin1String("display:none")) ||
           style.contains(QLatin1String("visibility:hidden"));
}

int pixelSize(const QString &value)
{
    QString digits = value.trimmed();
    if (digits.endsWith(QLatin1String("px")))
        digits.chop(2);
    bool ok = false;
    const int size = digits.toInt(&ok);
    return ok ? size : -1;
}

bool isTrackingImage(const GumboNode *node)
{
    const int width = pixelSize(attribute(node, "width"));
    const int height = pixelSize(attribute(node, "height"));
    return (width >= 0 && width <= 1) || (height >= 0 && height <= 1);
}

bool isTextDivNode(const GumboNode *node);

bool insideArticle(const GumboNode *node)
{
    int hops = 0;
    for (const GumboNode *p = node->parent; p && hops < 64; p = p->parent, ++hops) {
        const GumboTag t = tag(p);
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN)
            return true;
    }
    return false;
}

bool holdsText(const GumboNode *node)
{
    return !collectText(node, 1, 64).isEmpty();
}

// Whether a block sits inside the text of an article (an article or section
// element, or among paragraphs of its own) rather than beside it: there an
// <aside> or a "sidebar" is a footnote or a boxed note. (<main> holds the
// page's sidebar on many sites.)
bool inRunningText(const GumboNode *node)
{
    int hops = 0;
    for (const GumboNode *p = node->parent; p && isElement(p) && hops < 64; p = p->parent, ++hops) {
        const GumboTag t = tag(p);
        if (t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION ||
            hasNameToken(attribute(p, "class").toLower(),
                         {"section", "chapter", "appendix", "preface", "refentry", "sect1", "sect2",
                          "simplesect"}))
            return true;
    }
    const GumboNode *parent = node->parent;
    if (!isElement(parent))
        return false;
    int paragraphs = 0;
    for (unsigned i = 0; i < childCount(parent) && paragraphs < 2; ++i) {
        const GumboNode *sibling = child(parent, i);
        if (sibling != node && (tag(sibling) == GUMBO_TAG_P || isTextDivNode(sibling)) &&
            holdsText(sibling))
            ++paragraphs;
    }
    return paragraphs >= 2;
}

bool mayBeLabel(const GumboNode *node)
{
    switch (tag(node)) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_DT:
        return childCount(node) <= 3;
    default:
        return headingLevel(tag(node)) > 0;
    }
}

bool isParagraphLike(const GumboNode *node)
{
    switch (tag(node)) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return true;
    default:
        return false;
    }
}

// A div holding only text and inline elements is a paragraph in all but name
// (DocBook's publican writes every paragraph as <div class="para">).
bool isTextDivNode(const GumboNode *node)
{
    if (tag(node) != GUMBO_TAG_DIV)
        return false;
    for (unsigned i = 0; i < childCount(node); ++i) {
        if (isBlockTag(tag(child(node, i))))
            return false;
    }
    return true;
}

double baseScore(const GumboNode *node)
{
    double score = classWeight(node);
    switch (tag(node)) {
    case GUMBO_TAG_ARTICLE:
        score += 10;
        break;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_MAIN:
        score += 5;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        score += 3;
        break;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        score -= 3;
        break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        score -= 5;
        break;
    default:
        break;
    }
    return score;
}

// How much text a run holds: characters, a Chinese character counting as
// three (it carries about a word), so that link density and the running text
// of a Chinese page compare with a Latin one's.
qsizetype textWeight(const QString &text)
{
    qsizetype weight = 0;
    bool space = true;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isSpace()) {
            weight += space ? 0 : 1;
            space = true;
            continue;
        }
        space = false;
        weight += (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) ? 3 : 1;
    }
    return weight;
}

int commaCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        count += u == u',' || u == u'，' || u == u'、' || u == u'。' || u == u';';
    }
    return count;
}

bool endsSentence(const GumboNode *node)
{
    const QString text = collectText(node, 400);
    return text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.')) ||
           text.contains(QChar(u'。'));
}

} // namespace

int classWeight(const GumboNode *node)
{
    const QString names = classAndId(node);
    if (names.trimmed().isEmpty())
        return 0;
    int weight = 0;
    if (containsAny(names,
                    {"-ad-",       "hidden",  "banner",   "combx",      "comment",  "com-",
                     "contact",    "foot",    "footnote", "gdpr",       "masthead", "outbrain",
                     "promo",      "related", "scroll",   "share",      "shoutbox", "sidebar",
                     "skyscraper", "sponsor", "shopping", "tags",       "tool",     "widget",
                     "recommend",  "menu",    "social",   "breadcrumb", "navbar"}) ||
        names.split(QLatin1Char(' ')).contains(QLatin1String("nav")))
        weight -= 25;
    if (containsAny(names, {"article", "body", "content", "entry", "hentry", "h-entry", "main",
                            "page", "post", "text", "blog", "story"}))
        weight += 25;
    return weight;
}

bool isFurnitureLabel(const QString &label)
{
    QString text = label.simplified().toLower();
    while (!text.isEmpty() && (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(u'：')) ||
                               text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 40)
        return false;
    static const QStringList labels{
        // English
        QStringLiteral("related"), QStringLiteral("related articles"),
        QStringLiteral("related article"), QStringLiteral("related posts"),
        QStringLiteral("related stories"), QStringLiteral("related news"),
        QStringLiteral("recommended"), QStringLiteral("recommended reading"),
        QStringLiteral("recommended articles"), QStringLiteral("recommended for you"),
        QStringLiteral("read more"), QStringLiteral("read also"), QStringLiteral("see also"),
        QStringLiteral("you may also like"), QStringLiteral("more articles"),
        QStringLiteral("more stories"), QStringLiteral("popular articles"),
        QStringLiteral("most popular"), QStringLiteral("latest news"), QStringLiteral("share"),
        QStringLiteral("share this"), QStringLiteral("share this article"),
        QStringLiteral("comments"), QStringLiteral("leave a comment"),
        // Chinese
        QStringLiteral("相关文章"), QStringLiteral("相关阅读"), QStringLiteral("推荐阅读"),
        QStringLiteral("相关新闻"), QStringLiteral("热门文章"), QStringLiteral("延伸阅读"),
        QStringLiteral("猜你喜欢"), QStringLiteral("分享"), QStringLiteral("分享到"),
        QStringLiteral("相關文章"), QStringLiteral("推薦閱讀"), QStringLiteral("相關閱讀"),
        QStringLiteral("评论"), QStringLiteral("热点推荐"),
        // Ukrainian and Russian
        QStringLiteral("схожі статті"), QStringLiteral("пов'язані статті"),
        QStringLiteral("пов’язані статті"), QStringLiteral("читайте також"),
        QStringLiteral("рекомендуємо"), QStringLiteral("рекомендуємо прочитати"),
        QStringLiteral("рекомендоване"), QStringLiteral("популярне"), QStringLiteral("поділитися"),
        QStringLiteral("коментарі"), QStringLiteral("читайте также"),
        QStringLiteral("похожие статьи"), QStringLiteral("рекомендуем")};
    return labels.contains(text);
}

ContentExtractor::ContentExtractor(const GumboNode *document)
{
    walk(document, [&](const GumboNode *node) {
        if (!m_body && tag(node) == GUMBO_TAG_BODY)
            m_body = node;
        return !m_body;
    });
    if (!m_body)
        m_body = document;
    markFurniture();
    measure();
    score();
}

void ContentExtractor::markFurniture()
{
    const qsizetype halfOfPage = visibleLetters(m_body, std::numeric_limits<qsizetype>::max()) / 2;
    walk(m_body, [&](const GumboNode *node) {
        if (!isElement(node))
            return false;
        if (m_removed.contains(node))
            return false;
        const GumboTag t = tag(node);
        if (node == m_body)
            return true;
        const QString role = attribute(node, "role").toLower();
        const QString names = classAndId(node);
        // Some sites wrap the whole page in one <form>; only a small form is
        // a search box or a comment field.
        const bool smallForm = t == GUMBO_TAG_FORM && collectText(node, 300, 200000).size() < 300;
        const bool aside = t == GUMBO_TAG_ASIDE || role == QLatin1String("complementary");
        if (removableTag(t) || smallForm || navigationRole(role) ||
            (aside && !inRunningText(node)) || (t == GUMBO_TAG_HEADER && !insideArticle(node)) ||
            isHidden(node) || (t == GUMBO_TAG_IMG && isTrackingImage(node))) {
            m_removed.insert(node);
            return false;
        }
        // Permalink marks and edit links, whatever element holds them.
        if (hasNameToken(names, {"headerlink", "mw-editsection"})) {
            m_removed.insert(node);
            return false;
        }
        if (t != GUMBO_TAG_ARTICLE && t != GUMBO_TAG_MAIN && t != GUMBO_TAG_HTML &&
            blockNamedByLayout(t)) {
            // Names only suggest: a manual's section may be called
            // "email.header" or "http.cookies". Furniture is never most of
            // the page's text.
            if (unlikelyName(names) && !maybeContentName(names) &&
                !(contentBlockName(names) && inRunningText(node)) && !isHeadedSection(node) &&
                visibleLetters(node, halfOfPage) < halfOfPage) {
                m_removed.insert(node);
                return false;
            }
        }
        // A label is a few nodes of text; a small budget keeps this linear
        // over long chains of nested elements. The title of a note inside
        // the text ("See also" in a manual) is not one.
        if (mayBeLabel(node) && !contentBlockName(classAndId(node->parent)) &&
            isFurnitureLabel(collectText(node, 64, 48))) {
            const int level = headingLevel(t);
            removeFurnitureSection(node, level > 0 ? level : 6);
            return false;
        }
        return true;
    });
}

void ContentExtractor::removeFurnitureSection(const GumboNode *label, int level)
{
    // A label wrapped alone in its own block (<div><h3>Related</h3></div>)
    // heads the siblings of that block.
    const GumboNode *node = label;
    for (int hops = 0; hops < 8; ++hops) {
        const GumboNode *parent = node->parent;
        if (!parent || parent == m_body || !isElement(parent))
            break;
        int significant = 0;
        for (unsigned i = 0; i < childCount(parent); ++i) {
            const GumboNode *c = child(parent, i);
            significant += isElement(c) || (isText(c) && !textOf(c).trimmed().isEmpty());
        }
        if (significant != 1)
            break;
        node = parent;
    }
    m_removed.insert(node);
    const GumboNode *parent = node->parent;
    if (!parent)
        return;
    for (unsigned i = node->index_within_parent + 1; i < childCount(parent); ++i) {
        const GumboNode *sibling = child(parent, i);
        const int siblingLevel = headingLevel(tag(sibling));
        if (siblingLevel > 0 && siblingLevel <= level &&
            !isFurnitureLabel(collectText(sibling, 64)))
            break;
        m_removed.insert(sibling);
    }
}

void ContentExtractor::measure()
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack{{m_body, 0}};
    m_stats.insert(m_body, {});
    while (!stack.isEmpty()) {
        Frame &top = stack.last();
        if (top.next < childCount(top.node)) {
            const GumboNode *next = child(top.node, top.next++);
            if (m_removed.contains(next))
                continue;
            if (isText(next)) {
                const QString text = textOf(next);
                Stats &s = m_stats[top.node];
                s.text += textWeight(text);
                s.commas += commaCount(text);
                continue;
            }
            if (isElement(next)) {
                m_stats.insert(next, {});
                stack.append({next, 0});
            }
            continue;
        }
        const GumboNode *done = top.node;
        stack.removeLast();
        Stats s = m_stats.value(done);
        const GumboTag t = tag(done);
        // Only a link that goes somewhere: XHTML's anchors (<a id="x"/>) are
        // start tags to an HTML parser, and the formatting-element rules then
        // wrap all the text after them in copies of that <a>.
        if (t == GUMBO_TAG_A && hasAttribute(done, "href"))
            s.linkText = s.text;
        s.paragraphs += t == GUMBO_TAG_P || isTextDivNode(done);
        s.images += t == GUMBO_TAG_IMG;
        s.lists += t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
        m_stats.insert(done, s);
        if (!stack.isEmpty()) {
            Stats &parent = m_stats[stack.last().node];
            parent.text += s.text;
            parent.linkText += s.linkText;
            parent.commas += s.commas;
            parent.paragraphs += s.paragraphs;
            parent.images += s.images;
            parent.lists += s.lists;
        }
    }
}

double ContentExtractor::linkDensity(const GumboNode *node) const
{
    const Stats s = m_stats.value(node);
    return s.text > 0 ? double(s.linkText) / double(s.text) : 0.0;
}

void ContentExtractor::score()
{
    QHash<const GumboNode *, double> scores;
    QList<const GumboNode *> order; // candidates in the order first met, for stable ties
    walk(m_body, [&](const GumboNode *node) {
        if (!isElement(node) || m_removed.contains(node))
            return false;
        if (!isParagraphLike(node) && !isTextDivNode(node))
            return true;
        const Stats s = m_stats.value(node);
        if (s.text < 25)
            return true;
        const double points = 1.0 + s.commas + qMin(double(s.text) / 100.0, 3.0);
        const GumboNode *ancestor = node->parent;
        for (int level = 0; level < 3 && ancestor && isElement(ancestor); ++level) {
            if (!scores.contains(ancestor)) {
                scores.insert(ancestor, baseScore(ancestor));
                order.append(ancestor);
            }
            scores[ancestor] += points / (level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0);
            if (ancestor == m_body)
                break;
            ancestor = ancestor->parent;
        }
        return true;
    });

    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const GumboNode *candidate : std::as_const(order)) {
        const double final = scores.value(candidate) * (1.0 - linkDensity(candidate));
        scores.insert(candidate, final);
        if (!best || final > bestScore) {
            best = candidate;
            bestScore = final;
        }
    }
    if (!best || best == m_body || !best->parent || !isElement(best->parent)) {
        m_content = {m_body};
        return;
    }

    // A best block with little of the page's text is a fragment of a page
    // that is all article (a table layout, a short note): keep the whole.
    if (m_stats.value(best).text * 10 < m_stats.value(m_body).text * 4) {
        m_content = {m_body};
        return;
    }

    // The best block is often one part of the article: the first section of
    // a chapter, the part of a manual page before its first table. While it
    // holds less than four fifths of its parent's running text (text not in
    // links), the parent is the article.
    const auto runningText = [&](const GumboNode *node) {
        const Stats s = m_stats.value(node);
        return s.text - s.linkText;
    };
    // A part of a list or a table is never the article on its own, and a
    // parent with more than a paragraph of running text besides it holds
    // more of the article.
    const auto partOfStructure = [](const GumboNode *node) {
        switch (tag(node)) {
        case GUMBO_TAG_DD:
        case GUMBO_TAG_DT:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_LI:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_TD:
        case GUMBO_TAG_TH:
        case GUMBO_TAG_TR:
        case GUMBO_TAG_TBODY:
        case GUMBO_TAG_TABLE:
            return true;
        default:
            return false;
        }
    };
    while (best->parent && isElement(best->parent) && best->parent != m_body &&
           tag(best->parent) != GUMBO_TAG_HTML &&
           (partOfStructure(best) || runningText(best) * 5 < runningText(best->parent) * 4 ||
            runningText(best->parent) - runningText(best) >= 500))
        best = best->parent;
    if (best == m_body || !best->parent || !isElement(best->parent)) {
        m_content = {m_body};
        return;
    }

    // Siblings that belong with the best block: other strong blocks, plain
    // paragraphs and sections of running text, and the headline before it.
    const GumboNode *parent = best->parent;
    const double threshold = qMax(10.0, bestScore * 0.2);
    for (unsigned i = 0; i < childCount(parent); ++i) {
        const GumboNode *sibling = child(parent, i);
        if (sibling == best) {
            m_content.append(sibling);
            continue;
        }
        if (!isElement(sibling) || m_removed.contains(sibling))
            continue;
        const Stats s = m_stats.value(sibling);
        const double density = linkDensity(sibling);
        bool include = scores.value(sibling, -1e9) >= threshold;
        if (!include && (tag(sibling) == GUMBO_TAG_P || isTextDivNode(sibling))) {
            include = (s.text > 80 && density < 0.25) ||
                      (s.text > 0 && density == 0 && endsSentence(sibling));
        }
        if (!include && !isClutter(sibling) && density < 0.25 && s.text - s.linkText >= 200 &&
            (s.paragraphs > 0 || tag(sibling) == GUMBO_TAG_SECTION))
            include = true;
        if (!include && contentBlockName(classAndId(sibling)))
            include = true; // the chapter's contents list, its footnotes
        if (!include && headingLevel(tag(sibling)) > 0 && headingLevel(tag(sibling)) <= 3 &&
            i < best->index_within_parent && density < 0.5)
            include = true;
        if (!include && (tag(sibling) == GUMBO_TAG_FIGURE || tag(sibling) == GUMBO_TAG_IMG) &&
            density < 0.5)
            include = true;
        if (include)
            m_content.append(sibling);
    }
}

bool ContentExtractor::hasText() const
{
    return m_stats.value(m_body).text > 0;
}

bool ContentExtractor::setAsideText() const
{
    for (const GumboNode *node : m_removed) {
        const GumboTag t = tag(node);
        if (t != GUMBO_TAG_HEAD && t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE &&
            t != GUMBO_TAG_TEMPLATE && !collectText(node, 1, 256).isEmpty())
            return true;
    }
    return false;
}

bool ContentExtractor::isClutter(const GumboNode *node) const
{
    if (m_keepClutter)
        return false;
    switch (tag(node)) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_TABLE:
        break;
    default:
        return false;
    }
    // A contents list or a footnote is mostly links, and is text: so are
    // the lists nested in it.
    int hops = 0;
    for (const GumboNode *n = node; n && isElement(n) && n != m_body && hops < 12;
         n = n->parent, ++hops) {
        if (contentBlockName(classAndId(n)))
            return false;
    }
    const Stats s = m_stats.value(node);
    const qsizetype ownWords = s.text - s.linkText;
    // A furniture name on a short block (tags, tools, contact), or mostly
    // links with few words of its own (share buttons, a list of related
    // links). A part of the text with links in it has words of its own.
    if (classWeight(node) < 0)
        return ownWords < 500;
    if (s.text == 0 || ownWords >= 300)
        return false;
    // A table of data has words and numbers of its own in its cells; an
    // address the text cites ("→ https://…") stands alone in its block.
    if (tag(node) == GUMBO_TAG_TABLE && ownWords >= 40)
        return false;
    if (isCitedAddress(collectText(node, 300, 64)))
        return false;
    const double density = linkDensity(node);
    return density > 0.5 || (density > 0.25 && s.text < 200 && s.paragraphs == 0);
}

} // namespace lectern
