#pragma once

#include <QList>
#include <QString>

#include <gumbo.h>

namespace lectern {

class ContentExtractor;
class ImageCollector;

// Limits that keep a page cheap to lay out: Qt's layout cost doubles with
// each level of nested tables, grows with nested inline formatting, and is
// quadratic in a line with no break opportunity. Deeper structure is
// flattened (its text kept), never dropped.
struct WriterLimits
{
    int tableDepth = 3; // deeper tables become paragraphs
    int listDepth = 6;
    int quoteDepth = 4;
    int inlineDepth = 8;         // deeper formatting keeps its text, not its tags
    int treeDepth = 200;         // below this, only the text is kept
    int runLength = 1000;        // characters without a break opportunity
    int paragraphLength = 10000; // then a new paragraph starts at a space
};

// Writes the article part of a parsed page as the small HTML an article
// holds: headings, paragraphs, emphasis, lists, tables, links and images.
// Everything else (scripts, styles, forms, frames, attributes) is left out.
class HtmlWriter final
{
public:
    HtmlWriter(const ContentExtractor *extractor, ImageCollector &images,
               const WriterLimits &limits = {});

    // A node not to write: the headline that became the title.
    void skip(const GumboNode *node) { m_skip = node; }
    void write(const GumboNode *node) { writeNode(node, 0); }
    QString html();

private:
    void writeNode(const GumboNode *node, int depth);
    void writeChildren(const GumboNode *node, int depth);
    void writeFlattened(const GumboNode *node);
    void writeText(const QString &text);
    void writeImage(const GumboNode *node);
    void writeLink(const GumboNode *node, int depth);
    void writeInline(const GumboNode *node, const char *tag, int depth);
    void writeBlock(const GumboNode *node, int depth); // a transparent container
    void ensureInline();
    void closeParagraph();
    void flushSpace();

    const ContentExtractor *m_extractor;
    ImageCollector &m_images;
    WriterLimits m_limits;
    const GumboNode *m_skip = nullptr;
    QString m_out;
    bool m_acceptsInline = false; // the open element takes text directly
    bool m_paragraphOpen = false; // a <p> we opened is open
    bool m_pre = false;
    bool m_inLink = false;
    bool m_inHeading = false;
    bool m_pendingSpace = false;
    int m_inlineDepth = 0;       // inline tags written and open
    int m_transparentInline = 0; // inside inline elements, written or not
    int m_tableDepth = 0;
    int m_listDepth = 0;
    int m_quoteDepth = 0;
    bool m_betweenCells = false; // inside a written table, outside its cells
    QList<bool> m_tables;        // per table level: written as a table, or flattened
    QList<bool> m_lists;         // the same for lists
    qsizetype m_run = 0;
    qsizetype m_blockLength = 0;
};

} // namespace lectern
