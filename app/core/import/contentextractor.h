#pragma once

#include <QHash>
#include <QList>
#include <QSet>

#include <gumbo.h>

namespace lectern {

// Finds a page's article the way reader modes do: page furniture (scripts,
// navigation, headers and footers, sidebars, share buttons, "related
// articles" and "recommended reading" blocks, hidden and tracking elements)
// is set aside; the remaining blocks are scored by how much running text and
// how many paragraphs they hold, and penalised for links and for class or id
// names like nav, menu, footer, share, related, recommend, sidebar, comment.
class ContentExtractor final
{
public:
    explicit ContentExtractor(const GumboNode *document);

    // The nodes that make up the article, in document order.
    QList<const GumboNode *> content() const { return m_content; }
    // Whether a node (inside the content) is furniture to leave out.
    bool isRemoved(const GumboNode *node) const { return m_removed.contains(node); }
    // Leaves a node of the content out too (a byline taken into the fields).
    void exclude(const GumboNode *node) { m_removed.insert(node); }
    // Whether the page had text outside what was set aside as furniture.
    bool hasText() const;
    // Whether any text was set aside as furniture.
    bool setAsideText() const;
    // Whether a block inside the content is a list of links or similar
    // clutter that reader modes drop.
    bool isClutter(const GumboNode *node) const;
    // For a page whose content is only such lists (a contents page, an
    // index): keep them.
    void setKeepClutter(bool keep) { m_keepClutter = keep; }

    const GumboNode *body() const { return m_body; }

private:
    struct Stats
    {
        qsizetype text = 0;
        qsizetype linkText = 0;
        int commas = 0;
        int paragraphs = 0;
        int images = 0;
        int lists = 0;
    };

    void markFurniture();
    void removeFurnitureSection(const GumboNode *label, int level);
    void measure();
    void score();
    double linkDensity(const GumboNode *node) const;

    const GumboNode *m_body = nullptr;
    QSet<const GumboNode *> m_removed;
    QHash<const GumboNode *, Stats> m_stats;
    QList<const GumboNode *> m_content;
    bool m_keepClutter = false;
};

// Class and id weight, as reader modes compute it: +25 for names that mark
// content (article, content, entry, post, story), -25 for furniture.
int classWeight(const GumboNode *node);

// True for labels like "Related articles", "Recommended reading", "相关文章",
// "Читайте також".
bool isFurnitureLabel(const QString &text);

} // namespace lectern
