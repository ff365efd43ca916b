#include "textformatting.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

#include <algorithm>

namespace lectern {

namespace {

// What Qt's HTML import gives headings (h1–h3), so that a style applied in
// the editor looks as it will after saving and reopening.
struct HeadingLook
{
    int sizeAdjustment;
    qreal topMargin;
};

HeadingLook headingLook(int level)
{
    switch (level) {
    case 1:
        return {3, 18};
    case 2:
        return {2, 16};
    default:
        return {1, 14};
    }
}

int headingLevel(BlockStyle style)
{
    switch (style) {
    case BlockStyle::Heading1:
        return 1;
    case BlockStyle::Heading2:
        return 2;
    case BlockStyle::Heading3:
        return 3;
    default:
        return 0;
    }
}

bool isOrdered(QTextListFormat::Style style)
{
    return style != QTextListFormat::ListDisc && style != QTextListFormat::ListCircle &&
           style != QTextListFormat::ListSquare && style != QTextListFormat::ListStyleUndefined;
}

// The blocks the selection touches, first to last.
QList<QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    QTextDocument *document = cursor.document();
    QTextBlock block = document->findBlock(cursor.selectionStart());
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    QList<QTextBlock> blocks;
    for (; block.isValid(); block = block.next()) {
        blocks.append(block);
        if (block == last)
            break;
    }
    return blocks;
}

// Rewrites the character format of each fragment in [start, end).
template <typename Change>
void changeFragments(QTextDocument *document, int start, int end, Change change)
{
    QList<QPair<QPair<int, int>, QTextCharFormat>> edits;
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const int from = qMax(start, fragment.position());
            const int to = qMin(end, fragment.position() + fragment.length());
            if (from >= to)
                continue;
            QTextCharFormat format = fragment.charFormat();
            if (change(format, block))
                edits.append({{from, to}, format});
        }
    }
    QTextCursor cursor(document);
    for (const auto &edit : edits) {
        cursor.setPosition(edit.first.first);
        cursor.setPosition(edit.first.second, QTextCursor::KeepAnchor);
        cursor.setCharFormat(edit.second);
    }
}

void clearBlockLook(QTextCharFormat &format)
{
    format.clearProperty(QTextFormat::FontSizeAdjustment);
    format.clearProperty(QTextFormat::FontWeight);
    format.clearProperty(QTextFormat::FontFamilies);
    format.clearProperty(QTextFormat::FontFixedPitch);
}

void applyBlockLook(QTextCharFormat &format, BlockStyle style)
{
    clearBlockLook(format);
    if (const int level = headingLevel(style)) {
        format.setProperty(QTextFormat::FontSizeAdjustment, headingLook(level).sizeAdjustment);
        format.setFontWeight(QFont::Bold);
    } else if (style == BlockStyle::Preformatted) {
        format.setFontFamilies(QStringList{QStringLiteral("monospace")});
    }
}

} // namespace

void applyBlockStyle(QTextCursor cursor, BlockStyle style)
{
    QTextDocument *document = cursor.document();
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocks) {
        const BlockStyle previous = blockStyle(block.blockFormat());
        if (QTextList *list = block.textList(); list && style != BlockStyle::Body) {
            list->remove(block);
        }
        QTextBlockFormat format = block.blockFormat();
        format.clearProperty(QTextFormat::HeadingLevel);
        format.clearProperty(QTextFormat::BlockQuoteLevel);
        format.clearProperty(QTextFormat::BlockNonBreakableLines);
        format.clearProperty(QTextFormat::BlockLeftMargin);
        format.clearProperty(QTextFormat::BlockRightMargin);
        format.setTopMargin(12);
        format.setBottomMargin(12);
        if (!block.textList())
            format.setIndent(0);
        switch (style) {
        case BlockStyle::Heading1:
        case BlockStyle::Heading2:
        case BlockStyle::Heading3:
            format.setHeadingLevel(headingLevel(style));
            format.setTopMargin(headingLook(headingLevel(style)).topMargin);
            break;
        case BlockStyle::Quote:
            format.setProperty(QTextFormat::BlockQuoteLevel, 1);
            format.setLeftMargin(40);
            format.setRightMargin(40);
            break;
        case BlockStyle::Preformatted:
            format.setNonBreakableLines(true);
            break;
        case BlockStyle::Body:
            break;
        }
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(format);
        QTextCharFormat blockCharFormat = block.charFormat();
        applyBlockLook(blockCharFormat, style);
        blockCursor.setBlockCharFormat(blockCharFormat);
        // The look of the old style goes, the author's emphasis stays.
        if (previous != style) {
            changeFragments(document, block.position(), block.position() + block.length() - 1,
                            [style](QTextCharFormat &f, const QTextBlock &) {
                                if (f.isImageFormat())
                                    return false;
                                applyBlockLook(f, style);
                                return true;
                            });
        }
    }
    cursor.endEditBlock();
}

void toggleList(QTextCursor cursor, QTextListFormat::Style style)
{
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    if (blocks.isEmpty())
        return;
    cursor.beginEditBlock();
    QTextList *current = blocks.first().textList();
    if (current && isOrdered(current->format().style()) == isOrdered(style)) {
        for (const QTextBlock &block : blocks) {
            if (QTextList *list = block.textList()) {
                list->remove(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                QTextCursor(block).setBlockFormat(format);
            }
        }
    } else if (current) {
        QTextListFormat format = current->format();
        format.setStyle(style);
        current->setFormat(format);
    } else {
        for (const QTextBlock &block : blocks) {
            if (blockStyle(block.blockFormat()) != BlockStyle::Body)
                applyBlockStyle(QTextCursor(block), BlockStyle::Body);
        }
        QTextListFormat format;
        format.setStyle(style);
        format.setIndent(1);
        cursor.createList(format);
    }
    cursor.endEditBlock();
}

bool changeListIndent(QTextCursor cursor, int delta)
{
    const QList<QTextBlock> blocks = selectedBlocks(cursor);
    bool changed = false;
    cursor.beginEditBlock();
    for (const QTextBlock &block : blocks) {
        QTextList *list = block.textList();
        if (!list)
            continue;
        changed = true;
        QTextListFormat format = list->format();
        const int indent = format.indent() + delta;
        list->remove(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setIndent(0);
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(blockFormat);
        if (indent < 1)
            continue;
        // Join the list of an earlier item at the new depth, unless a
        // shallower item (the parent) comes first.
        QTextList *target = nullptr;
        for (QTextBlock previous = block.previous(); previous.isValid();
             previous = previous.previous()) {
            QTextList *candidate = previous.textList();
            if (!candidate)
                break;
            const int candidateIndent = candidate->format().indent();
            if (candidateIndent == indent &&
                isOrdered(candidate->format().style()) == isOrdered(format.style())) {
                target = candidate;
                break;
            }
            if (candidateIndent < indent)
                break;
        }
        if (target) {
            target->add(block);
            continue;
        }
        format.setIndent(indent);
        // A new list at another depth counts from one, whatever its parent did.
        format.clearProperty(listStartProperty);
        if (!isOrdered(format.style())) {
            static const QTextListFormat::Style bullets[] = {QTextListFormat::ListDisc,
                                                             QTextListFormat::ListCircle,
                                                             QTextListFormat::ListSquare};
            format.setStyle(bullets[(indent - 1) % 3]);
        }
        blockCursor.createList(format);
    }
    cursor.endEditBlock();
    return changed;
}

void insertHorizontalRule(QTextCursor cursor)
{
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    QTextBlockFormat rule;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                     QTextLength(QTextLength::PercentageLength, 100));
    QTextBlockFormat body;
    body.setTopMargin(12);
    body.setBottomMargin(12);
    if (cursor.block().length() > 1 || cursor.block().textList())
        cursor.insertBlock(rule, QTextCharFormat());
    else
        cursor.setBlockFormat(rule);
    cursor.insertBlock(body, QTextCharFormat());
    // The rule's block holds no text: what followed the cursor moves below it.
    cursor.endEditBlock();
}

QList<QTextLength> evenColumnWidths(int columns)
{
    QList<QTextLength> widths;
    for (int column = 0; column < columns; ++column) {
        // The first columns take the remainder: 34 33 33.
        const int percent = 100 / columns + (column < 100 % columns ? 1 : 0);
        widths.append(QTextLength(QTextLength::PercentageLength, percent));
    }
    return widths;
}

namespace {

// Percent widths scaled to add up to 100 again (largest remainders first);
// a table with any other kind of width is left as it is.
void rebalanceColumnWidths(QTextTable *table)
{
    QTextTableFormat format = table->format();
    QList<QTextLength> widths = format.columnWidthConstraints();
    if (widths.isEmpty())
        return;
    qreal total = 0;
    for (const QTextLength &width : std::as_const(widths)) {
        if (width.type() != QTextLength::PercentageLength)
            return;
        total += width.rawValue();
    }
    if (total <= 0) {
        widths = evenColumnWidths(int(widths.size()));
    } else {
        QList<QPair<qreal, int>> remainders;
        int sum = 0;
        for (int i = 0; i < widths.size(); ++i) {
            const qreal exact = widths[i].rawValue() * 100 / total;
            const int whole = int(exact);
            widths[i] = QTextLength(QTextLength::PercentageLength, whole);
            sum += whole;
            remainders.append({exact - whole, i});
        }
        std::sort(remainders.begin(), remainders.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (int i = 0; sum < 100 && i < remainders.size(); ++i, ++sum) {
            QTextLength &width = widths[remainders[i].second];
            width = QTextLength(QTextLength::PercentageLength, width.rawValue() + 1);
        }
    }
    format.setColumnWidthConstraints(widths);
    table->setFormat(format);
}

} // namespace

QTextTable *insertTable(QTextCursor cursor, int rows, int columns)
{
    const int columnCount = qBound(1, columns, 20);
    QTextTableFormat format;
    // What Qt's HTML import makes of the importer's <table border="1"
    // cellspacing="0" cellpadding="4">, so the table looks the same reopened.
    format.setBorder(1);
    format.setCellSpacing(0);
    format.setCellPadding(4);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Outset);
    // Empty columns without widths shrink to slivers.
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints(evenColumnWidths(columnCount));
    cursor.beginEditBlock();
    // An empty list item the table goes into would stay before it as a
    // bullet that Qt draws inside the table's first cell.
    if (QTextList *list = cursor.currentList(); list && cursor.block().length() <= 1) {
        list->remove(cursor.block());
        QTextBlockFormat plain = cursor.blockFormat();
        plain.setIndent(0);
        cursor.setBlockFormat(plain);
    }
    QTextTable *table = cursor.insertTable(qBound(1, rows, 100), columnCount, format);
    cursor.endEditBlock();
    return table;
}

void insertTableColumns(QTextTable *table, int at, int count)
{
    QTextCursor cursor = table->firstCursorPosition();
    cursor.beginEditBlock();
    table->insertColumns(at, count);
    rebalanceColumnWidths(table);
    cursor.endEditBlock();
}

void removeTableColumns(QTextTable *table, int at, int count)
{
    if (count >= table->columns()) {
        table->removeColumns(at, count); // the whole table goes, and `table` with it
        return;
    }
    QTextCursor cursor = table->firstCursorPosition();
    cursor.beginEditBlock();
    table->removeColumns(at, count);
    rebalanceColumnWidths(table);
    cursor.endEditBlock();
}

void clearCharFormatting(QTextCursor cursor)
{
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.beginEditBlock();
    changeFragments(cursor.document(), cursor.selectionStart(), cursor.selectionEnd(),
                    [](QTextCharFormat &format, const QTextBlock &block) {
                        if (format.isImageFormat())
                            return false;
                        QTextCharFormat plain;
                        if (format.isAnchor())
                            plain = linkFormat(format.anchorHref());
                        applyBlockLook(plain, blockStyle(block.blockFormat()));
                        format = plain;
                        return true;
                    });
    cursor.endEditBlock();
}

QTextCharFormat linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setForeground(QGuiApplication::palette().link());
    return format;
}

QTextCursor linkUnderCursor(const QTextCursor &cursor)
{
    const QTextBlock block = cursor.block();
    const int position = cursor.position();
    // The fragments of one link may be split by emphasis; they are joined.
    int start = -1;
    int end = -1;
    QString href;
    QList<QTextFragment> fragments;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().isValid())
            fragments.append(it.fragment());
    }
    for (qsizetype i = 0; i < fragments.size(); ++i) {
        const QTextFragment &fragment = fragments[i];
        const int from = fragment.position();
        const int to = from + fragment.length();
        if (position < from || position > to || !fragment.charFormat().isAnchor())
            continue;
        href = fragment.charFormat().anchorHref();
        if (href.isEmpty())
            continue;
        start = from;
        end = to;
        for (qsizetype j = i - 1; j >= 0 && fragments[j].charFormat().anchorHref() == href; --j)
            start = fragments[j].position();
        for (qsizetype j = i + 1;
             j < fragments.size() && fragments[j].charFormat().anchorHref() == href; ++j)
            end = fragments[j].position() + fragments[j].length();
        break;
    }
    if (start < 0)
        return {};
    QTextCursor link(cursor.document());
    link.setPosition(start);
    link.setPosition(end, QTextCursor::KeepAnchor);
    return link;
}

void setLink(QTextCursor cursor, const QString &href, const QString &text)
{
    cursor.beginEditBlock();
    const QTextCharFormat link = linkFormat(href);
    if (!cursor.hasSelection() || (!text.isEmpty() && cursor.selectedText() != text)) {
        QTextCharFormat format = cursor.charFormat();
        format.merge(link);
        cursor.insertText(text.isEmpty() ? href : text, format);
    } else {
        cursor.mergeCharFormat(link);
    }
    cursor.endEditBlock();
}

void removeLink(QTextCursor cursor)
{
    if (!cursor.hasSelection()) {
        cursor = linkUnderCursor(cursor);
        if (cursor.isNull())
            return;
    }
    cursor.beginEditBlock();
    changeFragments(cursor.document(), cursor.selectionStart(), cursor.selectionEnd(),
                    [](QTextCharFormat &format, const QTextBlock &) {
                        if (!format.isAnchor())
                            return false;
                        format.setAnchor(false);
                        format.clearProperty(QTextFormat::AnchorHref);
                        format.clearProperty(QTextFormat::TextUnderlineStyle);
                        format.clearProperty(QTextFormat::FontUnderline);
                        format.clearProperty(QTextFormat::ForegroundBrush);
                        return true;
                    });
    cursor.endEditBlock();
}

int replaceAll(QTextDocument *document, const QString &text, const QString &replacement,
               QTextDocument::FindFlags flags)
{
    if (text.isEmpty())
        return 0;
    int count = 0;
    QTextCursor edit(document);
    edit.beginEditBlock();
    QTextCursor found(document);
    while (true) {
        found = document->find(text, found, flags & ~QTextDocument::FindBackward);
        if (found.isNull())
            break;
        found.insertText(replacement);
        ++count;
    }
    edit.endEditBlock();
    return count;
}

} // namespace lectern
