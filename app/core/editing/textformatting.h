#pragma once

#include "documenthtml.h"

#include <QTextCursor>
#include <QTextListFormat>

class QTextTable;

namespace lectern {

// Editing operations of the rich-text editor on a cursor (its selection, or
// the block or word at it). Each is one undo step, and each leaves the
// document in a shape cleanHtml() writes and Qt's HTML import reads back
// the same way (headings carry Qt's heading level and look, quotes the
// block-quote level and margins, and so on).

// Paragraph style of every block the selection touches.
void applyBlockStyle(QTextCursor cursor, BlockStyle style);

// Bullet or numbered list: on a block already in such a list it ends the
// list there, in the other kind of list it switches the kind.
void toggleList(QTextCursor cursor, QTextListFormat::Style style);
// List items one level deeper (delta 1) or shallower (-1); out of the list
// at the top level. Returns false where there is no list item to move.
bool changeListIndent(QTextCursor cursor, int delta);

void insertHorizontalRule(QTextCursor cursor);

// A table as the importer writes them (thin borders, no spacing, padding 4)
// as wide as the text, its columns sharing the width evenly. An empty list
// item it is inserted in leaves the list (its bullet would sit in the first
// cell).
QTextTable *insertTable(QTextCursor cursor, int rows, int columns);
// Columns added or removed; widths given in percent are shared out again so
// that the columns still fill the table.
void insertTableColumns(QTextTable *table, int at, int count);
void removeTableColumns(QTextTable *table, int at, int count);
// `columns` whole percentages adding up to 100.
QList<QTextLength> evenColumnWidths(int columns);

// Character formatting back to plain text; links, images and the look of
// headings and preformatted text stay.
void clearCharFormatting(QTextCursor cursor);

// The whole link the cursor is in, selected; a null cursor when it is in none.
QTextCursor linkUnderCursor(const QTextCursor &cursor);
// Makes the selection a link (or inserts `text` as one when the selection is
// empty or `text` differs from it).
void setLink(QTextCursor cursor, const QString &href, const QString &text);
void removeLink(QTextCursor cursor);
QTextCharFormat linkFormat(const QString &href);

// Replaces every match in one undo step; returns how many.
int replaceAll(QTextDocument *document, const QString &text, const QString &replacement,
               QTextDocument::FindFlags flags);

} // namespace lectern
