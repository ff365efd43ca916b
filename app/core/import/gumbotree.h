#pragma once

// Small helpers over gumbo's parse tree, shared by the content extractor and
// the HTML writer. Every walk is iterative: pages nest elements thousands
// deep, and recursion that deep would overflow the stack.
#include <QList>
#include <QString>

#include <gumbo.h>

namespace lectern::gumbo {

inline bool isElement(const GumboNode *node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

inline bool isText(const GumboNode *node)
{
    return node && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
                    node->type == GUMBO_NODE_CDATA);
}

inline GumboTag tag(const GumboNode *node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

inline const GumboVector *children(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElement(node))
        return &node->v.element.children;
    return nullptr;
}

inline unsigned childCount(const GumboNode *node)
{
    const GumboVector *list = children(node);
    return list ? list->length : 0;
}

inline const GumboNode *child(const GumboNode *node, unsigned i)
{
    return static_cast<const GumboNode *>(children(node)->data[i]);
}

inline QString attribute(const GumboNode *node, const char *name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute *a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

inline bool hasAttribute(const GumboNode *node, const char *name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name);
}

inline QString textOf(const GumboNode *node)
{
    return isText(node) ? QString::fromUtf8(node->v.text.text) : QString();
}

inline int headingLevel(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_H1:
        return 1;
    case GUMBO_TAG_H2:
        return 2;
    case GUMBO_TAG_H3:
        return 3;
    case GUMBO_TAG_H4:
        return 4;
    case GUMBO_TAG_H5:
        return 5;
    case GUMBO_TAG_H6:
        return 6;
    default:
        return 0;
    }
}

// Elements that make a block of their own (a div of text and inline
// elements only is a paragraph in all but name).
inline bool isBlockTag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FIGURE:
        return true;
    default:
        return headingLevel(t) > 0;
    }
}

// All the text under a node, whitespace collapsed, cut off after `limit`
// characters (titles and labels never need more).
QString collectText(const GumboNode *node, qsizetype limit = 4096, qsizetype nodeBudget = -1);

// Calls visit(node) for every node under root in document order (root
// included); visit returns false to skip a node's children.
template <typename Visit> void walk(const GumboNode *root, Visit visit)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack;
    if (!visit(root))
        return;
    stack.append({root, 0});
    while (!stack.isEmpty()) {
        Frame &top = stack.last();
        if (top.next >= childCount(top.node)) {
            stack.removeLast();
            continue;
        }
        const GumboNode *next = child(top.node, top.next++);
        if (visit(next) && childCount(next) > 0)
            stack.append({next, 0});
    }
}

} // namespace lectern::gumbo
