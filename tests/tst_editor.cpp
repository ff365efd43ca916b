// The rich-text editor: formatting, clean HTML round trips, images as media,
// paste, find and replace, counts, read-only mode.
#include "testsupport.h"

#include "editing/documenthtml.h"
#include "editing/mediaimages.h"
#include "editing/textcounts.h"
#include "editor/findreplacebar.h"
#include "editor/richtexteditor.h"
#include "textpictures.h"
#include "uilanguage.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPixmap>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFrame>
#include <QTextImageFormat>
#include <QTextLayout>
#include <QTextTable>
#include <QToolBar>

using namespace lectern;

namespace {

QByteArray pngBytes(int width, int height, QColor color)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

int mediaCount(LibraryStore &store)
{
    const Result<QVariant> count =
        test::scalar(store, QStringLiteral("SELECT COUNT(*) FROM media"));
    return count ? count->toInt() : -1;
}

// Selects the first occurrence of text in the editor.
void select(RichTextEditor &editor, const QString &text)
{
    QTextCursor cursor = editor.textEdit()->document()->find(text);
    QVERIFY2(!cursor.isNull(), qPrintable(text));
    editor.textEdit()->setTextCursor(cursor);
}

void trigger(RichTextEditor &editor, const char *name)
{
    QAction *action = editor.editorAction(QLatin1String(name));
    QVERIFY2(action, name);
    QVERIFY2(action->isEnabled(), name);
    action->trigger();
}

QTextTable *firstTable(RichTextEditor &editor)
{
    const QList<QTextFrame *> frames = editor.textEdit()->document()->rootFrame()->childFrames();
    return frames.isEmpty() ? nullptr : qobject_cast<QTextTable *>(frames.first());
}

QString roundTrip(RichTextEditor &editor, const QString &html)
{
    editor.setBodyHtml(html);
    return editor.bodyHtml();
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = test::memoryStore();
    }

    void characterFormats_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bold") << "bold"
                              << "<p>hello <b>world</b></p>";
        QTest::newRow("italic") << "italic"
                                << "<p>hello <i>world</i></p>";
        QTest::newRow("underline") << "underline"
                                   << "<p>hello <u>world</u></p>";
        QTest::newRow("strikethrough") << "strikethrough"
                                       << "<p>hello <s>world</s></p>";
        QTest::newRow("superscript") << "superscript"
                                     << "<p>hello <sup>world</sup></p>";
        QTest::newRow("subscript") << "subscript"
                                   << "<p>hello <sub>world</sub></p>";
    }

    void characterFormats()
    {
        QFETCH(QString, action);
        QFETCH(QString, expected);
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>hello world</p>"));
        select(editor, QStringLiteral("world"));
        trigger(editor, qPrintable(action));
        QCOMPARE(editor.bodyHtml(), expected);
        QVERIFY(editor.isModified());
        // The action shows the format at the cursor, and undoes it.
        QVERIFY(editor.editorAction(action)->isChecked());
        QCOMPARE(roundTrip(editor, expected), expected);
        select(editor, QStringLiteral("world"));
        trigger(editor, qPrintable(action));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello world</p>"));
    }

    void paragraphStyles_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("heading1") << "heading1"
                                  << "<h1>hello world</h1><p>next</p>";
        QTest::newRow("heading2") << "heading2"
                                  << "<h2>hello world</h2><p>next</p>";
        QTest::newRow("heading3") << "heading3"
                                  << "<h3>hello world</h3><p>next</p>";
        QTest::newRow("quote") << "quote"
                               << "<blockquote><p>hello world</p></blockquote><p>next</p>";
        QTest::newRow("preformatted") << "preformatted"
                                      << "<pre>hello world</pre><p>next</p>";
        QTest::newRow("bulletList") << "bulletList"
                                    << "<ul><li>hello world</li></ul><p>next</p>";
        QTest::newRow("numberedList") << "numberedList"
                                      << "<ol><li>hello world</li></ol><p>next</p>";
        QTest::newRow("alignCenter") << "alignCenter"
                                     << "<p align=\"center\">hello world</p><p>next</p>";
        QTest::newRow("alignRight") << "alignRight"
                                    << "<p align=\"right\">hello world</p><p>next</p>";
        QTest::newRow("alignJustify") << "alignJustify"
                                      << "<p align=\"justify\">hello world</p><p>next</p>";
    }

    void paragraphStyles()
    {
        QFETCH(QString, action);
        QFETCH(QString, expected);
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>hello world</p><p>next</p>"));
        select(editor, QStringLiteral("llo"));
        trigger(editor, qPrintable(action));
        QCOMPARE(editor.bodyHtml(), expected);
        QVERIFY(editor.editorAction(action)->isChecked());
        // Recognised again after saving and reopening.
        editor.setBodyHtml(expected);
        select(editor, QStringLiteral("llo"));
        QVERIFY(editor.editorAction(action)->isChecked());
        QCOMPARE(editor.bodyHtml(), expected);
    }

    void styleBackToBody()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<h1>Title <i>x</i></h1>"));
        select(editor, QStringLiteral("Title"));
        auto *box = editor.toolBar()->findChild<QComboBox *>(QStringLiteral("paragraphStyle"));
        QVERIFY(box);
        QCOMPARE(box->currentIndex(), int(BlockStyle::Heading1));
        trigger(editor, "body");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>Title <i>x</i></p>"));
        // The heading's bold was its look, not emphasis the author added.
        QCOMPARE(
            editor.textEdit()->document()->begin().begin().fragment().charFormat().fontWeight(),
            int(QFont::Normal));
        // Enter at the end of a heading starts body text.
        editor.setBodyHtml(QStringLiteral("<h2>Title</h2>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("body"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<h2>Title</h2><p>body</p>"));
    }

    void listIndent()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<ul><li>one</li><li>two</li><li>three</li></ul>"));
        select(editor, QStringLiteral("two"));
        QVERIFY(!editor.editorAction(QStringLiteral("heading1"))->isChecked());
        trigger(editor, "indent");
        const QString nested =
            QStringLiteral("<ul><li>one<ul><li>two</li></ul></li><li>three</li></ul>");
        QCOMPARE(editor.bodyHtml(), nested);
        QCOMPARE(roundTrip(editor, nested), nested);
        select(editor, QStringLiteral("three"));
        trigger(editor, "indent");
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ul><li>one<ul><li>two</li><li>three</li></ul></li></ul>"));
        select(editor, QStringLiteral("two"));
        trigger(editor, "outdent");
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ul><li>one</li><li>two<ul><li>three</li></ul></li></ul>"));
        // Out of the list at the top level; Tab at the start of an item indents.
        select(editor, QStringLiteral("one"));
        trigger(editor, "outdent");
        QVERIFY(editor.bodyHtml().startsWith(QStringLiteral("<p>one</p><ul>")));
        editor.setBodyHtml(QStringLiteral("<ol><li>a</li><li>b</li></ol>"));
        QTextCursor cursor = editor.textEdit()->document()->find(QStringLiteral("b"));
        cursor.setPosition(cursor.selectionStart());
        editor.textEdit()->setTextCursor(cursor);
        QTest::keyClick(editor.textEdit(), Qt::Key_Tab);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<ol><li>a<ol><li>b</li></ol></li></ol>"));
        // The numbered-list button on a bullet list switches its kind.
        editor.setBodyHtml(QStringLiteral("<ul><li>a</li></ul>"));
        select(editor, QStringLiteral("a"));
        trigger(editor, "numberedList");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<ol><li>a</li></ol>"));
        trigger(editor, "numberedList");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>a</p>"));
    }

    void colours()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>hello world</p>"));
        select(editor, QStringLiteral("hello"));
        editor.setTextColor(QColor(0xcc, 0, 0));
        select(editor, QStringLiteral("world"));
        editor.setHighlightColor(QColor(0xff, 0xff, 0));
        const QString expected =
            QStringLiteral("<p><span style=\"color:#cc0000\">hello</span> "
                           "<span style=\"background-color:#ffff00\">world</span></p>");
        QCOMPARE(editor.bodyHtml(), expected);
        QCOMPARE(roundTrip(editor, expected), expected);
        // Clear formatting takes colours and emphasis away, not links.
        editor.setBodyHtml(QStringLiteral("<p><b><span style=\"color:#cc0000\">hello</span></b> <a "
                                          "href=\"https://a.org\"><i>w</i></a></p>"));
        editor.textEdit()->selectAll();
        trigger(editor, "clearFormatting");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello <a href=\"https://a.org\">w</a></p>"));
    }

    void links()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>hello world</p>"));
        select(editor, QStringLiteral("world"));
        editor.insertLink(QStringLiteral("https://example.com/?a=1&b=2"));
        const QString linked =
            QStringLiteral("<p>hello <a href=\"https://example.com/?a=1&amp;b=2\">world</a></p>");
        QCOMPARE(editor.bodyHtml(), linked);
        // Typing on after the link is plain text.
        QTest::keyClicks(editor.textEdit(), QStringLiteral("!"));
        QCOMPARE(
            editor.bodyHtml(),
            QStringLiteral("<p>hello <a href=\"https://example.com/?a=1&amp;b=2\">world</a>!</p>"));
        // Remove: the cursor anywhere inside the link.
        QTextCursor inside = editor.textEdit()->document()->find(QStringLiteral("orl"));
        inside.clearSelection();
        editor.textEdit()->setTextCursor(inside);
        QVERIFY(editor.editorAction(QStringLiteral("removeLink"))->isEnabled());
        trigger(editor, "removeLink");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello world!</p>"));
        // A link to another article, inserted with its own text.
        Article target = test::makeArticle(QStringLiteral("Target"), QStringLiteral("x"));
        const auto saved = m_store->saveArticle(target);
        QVERIFY2(saved, qPrintable(saved.error()));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        editor.insertLink(QStringLiteral("lectern://article/") + saved->uuid,
                          QStringLiteral(" see"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello world!<a href=\"lectern://article/") +
                                        saved->uuid + QStringLiteral("\"> see</a></p>"));
    }

    void horizontalRuleAndTables()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>before</p>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        trigger(editor, "horizontalRule");
        QTest::keyClicks(editor.textEdit(), QStringLiteral("after"));
        const QString ruled = QStringLiteral("<p>before</p><hr><p>after</p>");
        QCOMPARE(editor.bodyHtml(), ruled);
        QCOMPARE(roundTrip(editor, ruled), ruled);

        editor.setBodyHtml(QStringLiteral("<p>t</p>"));
        editor.insertTable(2, 2);
        const QString table = QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
        QVERIFY2(
            editor.bodyHtml().contains(
                table + QStringLiteral("<tr><td width=\"50%\"></td><td width=\"50%\"></td></tr>"
                                       "<tr><td></td><td></td></tr></table>")),
            qPrintable(editor.bodyHtml()));
        QTextTable *t = editor.textEdit()->textCursor().currentTable();
        QVERIFY(t);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("a"));
        trigger(editor, "insertColumnRight");
        trigger(editor, "insertRowBelow");
        QCOMPARE(t->rows(), 3);
        QCOMPARE(t->columns(), 3);
        // Select the first two cells of the first row and merge them.
        QTextCursor cells = t->cellAt(0, 0).firstCursorPosition();
        cells.setPosition(t->cellAt(0, 1).lastCursorPosition().position(), QTextCursor::KeepAnchor);
        editor.textEdit()->setTextCursor(cells);
        trigger(editor, "mergeCells");
        // The new column took its share: 34 + 33 + 33; the merged cell has
        // none of its own, so the next row says the first two.
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral(
                     "<tr><td colspan=\"2\">a</td><td width=\"33%\"></td></tr>"
                     "<tr><td width=\"34%\"></td><td width=\"33%\"></td><td></td></tr>")),
                 qPrintable(editor.bodyHtml()));
        const QString merged = editor.bodyHtml();
        QCOMPARE(roundTrip(editor, merged), merged);
        QVERIFY(firstTable(editor));
        editor.textEdit()->setTextCursor(firstTable(editor)->cellAt(2, 0).firstCursorPosition());
        trigger(editor, "removeRow");
        editor.textEdit()->setTextCursor(firstTable(editor)->cellAt(1, 2).firstCursorPosition());
        trigger(editor, "removeColumn");
        QCOMPARE(firstTable(editor)->rows(), 2);
        QCOMPARE(firstTable(editor)->columns(), 2);
    }

    void tabMovesBetweenTableCells()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>before</p>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        editor.insertTable(2, 2);
        QTextEdit *edit = editor.textEdit();
        QTest::keyClicks(edit, QStringLiteral("a"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QTest::keyClicks(edit, QStringLiteral("b"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QTest::keyClicks(edit, QStringLiteral("c"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QTest::keyClicks(edit, QStringLiteral("d"));
        QTextTable *table = firstTable(editor);
        QVERIFY(table);
        QCOMPARE(table->rows(), 2);
        QCOMPARE(table->cellAt(0, 1).firstCursorPosition().block().text(), QStringLiteral("b"));
        QCOMPARE(table->cellAt(1, 1).firstCursorPosition().block().text(), QStringLiteral("d"));
        QVERIFY(!editor.plainText().contains(QLatin1Char('\t')));
        // Tab in the last cell adds a row and goes to its first cell.
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(table->rows(), 3);
        QCOMPARE(edit->textCursor().currentTable(), table);
        QCOMPARE(table->cellAt(edit->textCursor()).row(), 2);
        QCOMPARE(table->cellAt(edit->textCursor()).column(), 0);
        // Shift+Tab goes back, with the cell's text selected to be typed over.
        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("d"));
        QTest::keyClicks(edit, QStringLiteral("D"));
        QCOMPARE(table->cellAt(1, 1).firstCursorPosition().block().text(), QStringLiteral("D"));
        QTest::keyClick(edit, Qt::Key_Backtab);
        QTest::keyClick(edit, Qt::Key_Backtab);
        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("a"));
        // In the first cell it stays.
        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(table->cellAt(edit->textCursor()).row(), 0);
        QCOMPARE(table->cellAt(edit->textCursor()).column(), 0);
        // A merged cell is one stop.
        editor.setBodyHtml(QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td rowspan=\"2\">m</td>"
            "<td>x</td></tr><tr><td>y</td></tr></table>"));
        table = firstTable(editor);
        edit->setTextCursor(table->cellAt(0, 1).firstCursorPosition());
        QTest::keyClick(edit, Qt::Key_Tab);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("y"));
        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("x"));
        QTest::keyClick(edit, Qt::Key_Backtab);
        QCOMPARE(edit->textCursor().selectedText(), QStringLiteral("m"));
        // Outside a table Tab is still a tab.
        editor.setBodyHtml(QStringLiteral("<p>text</p>"));
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY(editor.plainText().contains(QLatin1Char('\t')));
    }

    void newTablesShareTheWidthEvenly()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>before</p>"));
        editor.insertTable(2, 3);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("Year"));
        const QString html = editor.bodyHtml();
        QCOMPARE(roundTrip(editor, html), html);
        // Laid out as the reader and exports lay the saved article out: the
        // empty columns are as wide as the one with text.
        QTextDocument reader;
        setDocumentHtml(reader, html);
        reader.setTextWidth(700);
        reader.documentLayout()->documentSize();
        const QList<QTextFrame *> frames = reader.rootFrame()->childFrames();
        QCOMPARE(frames.size(), 1);
        auto *table = qobject_cast<QTextTable *>(frames.first());
        QVERIFY(table);
        QList<qreal> widths;
        for (int column = 0; column < 3; ++column) {
            const QTextBlock block = table->cellAt(0, column).firstCursorPosition().block();
            widths.append(reader.documentLayout()->blockBoundingRect(block).width());
        }
        for (qreal width : std::as_const(widths)) {
            QVERIFY2(width > 180, qPrintable(QString::number(width)));
            QVERIFY2(qAbs(width - widths.first()) < 12, qPrintable(QString::number(width)));
        }
        // A column added later takes its share, and the widths still fill the table.
        QTextTable *edited = firstTable(editor);
        editor.textEdit()->setTextCursor(edited->cellAt(0, 2).firstCursorPosition());
        trigger(editor, "insertColumnRight");
        qreal total = 0;
        for (const QTextLength &width : firstTable(editor)->format().columnWidthConstraints())
            total += width.rawValue();
        QCOMPARE(total, 100.0);
        QCOMPARE(firstTable(editor)->format().columnWidthConstraints().size(), 4);
        trigger(editor, "removeColumn");
        total = 0;
        for (const QTextLength &width : firstTable(editor)->format().columnWidthConstraints())
            total += width.rawValue();
        QCOMPARE(total, 100.0);
    }

    void tableCellsNeverInheritAList()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<ul><li>point</li></ul>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QVERIFY(editor.textEdit()->textCursor().currentList());
        editor.insertTable(2, 2);
        QTextTable *table = firstTable(editor);
        QVERIFY(table);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 2; ++column) {
                const QTextBlock block = table->cellAt(row, column).firstCursorPosition().block();
                QVERIFY2(!block.textList(),
                         qPrintable(QStringLiteral("%1,%2").arg(row).arg(column)));
            }
        }
        QTest::keyClicks(editor.textEdit(), QStringLiteral("cell"));
        QVERIFY2(!editor.bodyHtml().contains(QStringLiteral("<td><ul>")),
                 qPrintable(editor.bodyHtml()));
        // No empty list item left before the table: Qt draws its bullet in
        // the first cell.
        QVERIFY2(editor.bodyHtml().startsWith(QStringLiteral("<ul><li>point</li></ul><table")),
                 qPrintable(editor.bodyHtml()));
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral("<td width=\"50%\">cell</td>")),
                 qPrintable(editor.bodyHtml()));
    }

    void formatKeysWithoutSelectionChangeOnlyWhatIsTypedNext_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("tag");
        QTest::newRow("Ctrl+B") << int(Qt::Key_B) << "b";
        QTest::newRow("Ctrl+I") << int(Qt::Key_I) << "i";
        QTest::newRow("Ctrl+U") << int(Qt::Key_U) << "u";
    }

    void formatKeysWithoutSelectionChangeOnlyWhatIsTypedNext()
    {
        QFETCH(int, key);
        QFETCH(QString, tag);
        RichTextEditor editor(*m_store);
        editor.resize(700, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        editor.setBodyHtml(QStringLiteral("<p>plain</p>"));
        QTextEdit *edit = editor.textEdit();
        edit->setFocus();
        QTextCursor end = edit->textCursor();
        end.movePosition(QTextCursor::End);
        edit->setTextCursor(end);
        QTest::keyClicks(edit, QStringLiteral(" "));
        QTest::keyClick(edit, Qt::Key(key), Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral("word"));
        const QString open = QLatin1Char('<') + tag + QLatin1Char('>');
        const QString close = QLatin1String("</") + tag + QLatin1Char('>');
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>plain ") + open + QStringLiteral("word") +
                                        close + QStringLiteral("</p>"));
        // The same key again ends it: the word just typed keeps it.
        QTest::keyClick(edit, Qt::Key(key), Qt::ControlModifier);
        QTest::keyClicks(edit, QStringLiteral(" more"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>plain ") + open + QStringLiteral("word") +
                                        close + QStringLiteral(" more</p>"));
        // With the cursor inside a word nothing changes until one types.
        QTextCursor inside = edit->document()->find(QStringLiteral("plain"));
        inside.setPosition(inside.selectionStart() + 2);
        edit->setTextCursor(inside);
        QTest::keyClick(edit, Qt::Key(key), Qt::ControlModifier);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>plain ") + open + QStringLiteral("word") +
                                        close + QStringLiteral(" more</p>"));
        QVERIFY(editor
                    .editorAction(tag == QLatin1String("b")   ? QStringLiteral("bold")
                                  : tag == QLatin1String("i") ? QStringLiteral("italic")
                                                              : QStringLiteral("underline"))
                    ->isChecked());
    }

    void undoRedo()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>hello world</p>"));
        QVERIFY(!editor.editorAction(QStringLiteral("undo"))->isEnabled());
        select(editor, QStringLiteral("world"));
        trigger(editor, "bold");
        QVERIFY(editor.editorAction(QStringLiteral("undo"))->isEnabled());
        trigger(editor, "undo");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello world</p>"));
        QVERIFY(!editor.isModified());
        trigger(editor, "redo");
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>hello <b>world</b></p>"));
    }

    void roundTripRichDocument()
    {
        const QByteArray png = pngBytes(40, 30, Qt::red);
        const auto sha = m_store->addMedia(png, QStringLiteral("image/png"));
        QVERIFY(sha);
        const QString html =
            QStringLiteral(
                "<h1>Lectern 文库</h1><h2 align=\"center\">Підзаголовок</h2><h3>Third</h3>"
                "<p>Plain <b>bold <i>both</i></b> <u>u</u> <s>s</s> x<sup>2</sup> H<sub>2</sub>O "
                "<code>code()</code> two  spaces &lt;tag&gt; &amp; end </p>"
                "<p><span style=\"color:#ff0000\">red</span> <span "
                "style=\"background-color:#ffff00\">hl</span></p>"
                "<p><a href=\"https://example.com/?a=1&amp;b=2\">link <b>bold</b></a> and "
                "<a href=\"lectern://article/123\">article</a></p>"
                "<blockquote><p>quote one</p><p>quote two</p></blockquote>"
                "<pre>line 1\n  indented\n\nline 4</pre>"
                "<ul><li>one<ul><li>nested</li><li>n2<ol><li>deep</li></ol></li></ul></li><li>two</"
                "li></ul>"
                "<hr>"
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td "
                "colspan=\"2\">merged</td>"
                "<td>c</td></tr><tr><td rowspan=\"2\">r</td><td>x</td><td>y</td></tr><tr><td>z</td>"
                "<td><p>p1</p><p>p2</p></td></tr></table>"
                "<p>Image <img src=\"lectern-media:%1\" width=\"300\"> here</p>"
                "<p>Line<br>break. Українська мова: ґанок, п'ять, «лапки».</p>"
                "<p>中文：西安交通大学与基辅国立大学合作。</p>")
                .arg(sha.value());
        RichTextEditor editor(*m_store);
        editor.resize(900, 700);
        editor.show();
        const QString first = roundTrip(editor, html);
        for (const char *part :
             {"<h1>Lectern 文库</h1>", "<h2 align=\"center\">", "<b>bold <i>both</i></b>",
              "<code>code()</code>", "two spaces", "<span style=\"color:#ff0000\">red</span>",
              "<blockquote><p>quote one</p><p>quote two</p></blockquote>",
              "<pre>line 1\n  indented\n\nline 4</pre>",
              "<ul><li>one<ul><li>nested</li><li>n2<ol><li>deep</li></ol></li></ul></li><li>two</"
              "li></ul>",
              "<hr>", "<td colspan=\"2\">merged</td>", "<td rowspan=\"2\">r</td>",
              "<td><p>p1</p><p>p2</p></td>", "width=\"300\"", "Line<br>break", "п'ять",
              "西安交通大学"})
            QVERIFY2(first.contains(QString::fromUtf8(part)), part);
        QString previous = first;
        for (int cycle = 0; cycle < 10; ++cycle) {
            const QString again = roundTrip(editor, previous);
            QCOMPARE(again, first);
            QCOMPARE(again.size(), first.size());
            previous = again;
        }
        // Through the store too, as saving and reopening does.
        Article article = test::makeArticle(QStringLiteral("Round trip"), QString());
        article.bodyHtml = first;
        auto saved = m_store->saveArticle(article);
        QVERIFY(saved);
        for (int cycle = 0; cycle < 10; ++cycle) {
            const auto loaded = m_store->article(saved->uuid);
            QVERIFY(loaded);
            editor.setBodyHtml(loaded->bodyHtml);
            Article next = loaded.value();
            next.bodyHtml = editor.bodyHtml();
            QCOMPARE(next.bodyHtml, first);
            saved = m_store->saveArticle(next);
            QVERIFY(saved);
        }
    }

    void roundTripKeepsAltHeaderCellsAndListStart()
    {
        const auto sha = m_store->addMedia(pngBytes(20, 10, Qt::blue), QStringLiteral("image/png"));
        QVERIFY(sha);
        const QString html =
            QStringLiteral(
                "<p>Photo <img src=\"lectern-media:%1\" alt=\"The main building &amp; "
                "“gate”\" width=\"200\"> and <img src=\"lectern-media:%1\" alt=\"Логотип\" "
                "title=\"校徽\"></p>"
                "<ol start=\"5\"><li>five</li><li>six<ol><li>nested</li></ol></li></ol>"
                "<ol start=\"0\"><li>zero</li></ol><ol><li>one</li></ol>"
                "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>Name</th><th "
                "align=\"left\">City</th><th colspan=\"2\"><p>two</p><p>lines</p></th></tr><tr><th "
                "align=\"right\">KPI</th><td><b>Kyiv</b></td><td align=\"center\">c</td><td>d</td>"
                "</tr></table>")
                .arg(sha.value());
        RichTextEditor editor(*m_store);
        QCOMPARE(roundTrip(editor, html), html);
        // What the editor shows: a header cell's text is bold by its style.
        select(editor, QStringLiteral("Name"));
        QVERIFY(editor.textEdit()->textCursor().charFormat().fontWeight() >= QFont::DemiBold);

        // Saving and reopening ten times neither loses nor adds anything.
        Article article = test::makeArticle(QStringLiteral("Fidelity"), QString());
        article.bodyHtml = html;
        auto saved = m_store->saveArticle(article);
        QVERIFY(saved);
        for (int cycle = 0; cycle < 10; ++cycle) {
            const auto loaded = m_store->article(saved->uuid);
            QVERIFY(loaded);
            editor.setBodyHtml(loaded->bodyHtml);
            Article next = loaded.value();
            next.bodyHtml = editor.bodyHtml();
            QCOMPARE(next.bodyHtml, html);
            saved = m_store->saveArticle(next);
            QVERIFY(saved);
        }

        // A new item keeps its list's numbering; an indented one starts a list of its own.
        editor.setBodyHtml(QStringLiteral("<ol start=\"5\"><li>five</li></ol>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("six"));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ol start=\"5\"><li>five</li><li>six</li></ol>"));
        trigger(editor, "indent");
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<ol start=\"5\"><li>five<ol><li>six</li></ol></li></ol>"));
        // Resizing an image keeps its text.
        editor.setBodyHtml(
            QStringLiteral("<p><img src=\"lectern-media:%1\" alt=\"gate\"></p>").arg(sha.value()));
        QTextCursor image = editor.textEdit()->textCursor();
        image.setPosition(0);
        editor.textEdit()->setTextCursor(image);
        QVERIFY(editor.setImageWidth(RichTextEditor::smallImageWidth));
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p><img src=\"lectern-media:%1\" alt=\"gate\" width=\"%2\"></p>")
                     .arg(sha.value())
                     .arg(RichTextEditor::smallImageWidth));
    }

    void listStartInput_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one is the default") << QStringLiteral("<ol start=\"1\"><li>a</li></ol>")
                                            << QStringLiteral("<ol><li>a</li></ol>");
        QTest::newRow("not a number") << QStringLiteral("<ol start=\"five\"><li>a</li></ol>")
                                      << QStringLiteral("<ol><li>a</li></ol>");
        QTest::newRow("unquoted, upper case, with style")
            << QStringLiteral("<OL class=x STYLE=\"color: red\" START=12><li>a</li></OL>")
            << QStringLiteral("<ol start=\"12\"><li>a</li></ol>");
        QTest::newRow("negative") << QStringLiteral("<ol start='-2'><li>a</li></ol>")
                                  << QStringLiteral("<ol start=\"-2\"><li>a</li></ol>");
        QTest::newRow("bullets ignore it") << QStringLiteral("<ul start=\"4\"><li>a</li></ul>")
                                           << QStringLiteral("<ul><li>a</li></ul>");
        QTest::newRow("text that looks like a tag")
            << QStringLiteral("<p>&lt;ol start=\"3\"&gt;</p>")
            << QStringLiteral("<p>&lt;ol start=\"3\"&gt;</p>");
        QTest::newRow("empty list")
            << QStringLiteral("<ol start=\"3\"></ol><ol start=\"7\"><li>b</li></ol>")
            << QStringLiteral("<ol start=\"7\"><li>b</li></ol>");
    }

    void listStartInput()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        RichTextEditor editor(*m_store);
        QCOMPARE(roundTrip(editor, html), expected);
        QCOMPARE(roundTrip(editor, expected), expected);
    }

    void pastedHtmlKeepsAltHeaderCellsAndListStart()
    {
        const QString foreign = QStringLiteral(
            "<ol start=\"3\" style=\"font-family: Arial\"><li>three</li></ol>"
            "<table style=\"width: 400px\"><tr><th style=\"background: #eee\">Head</th></tr>"
            "<tr><td>cell</td></tr></table><p><img src=\"https://example.com/x.png\" alt=\"A "
            "photo\"></p>");
        const QString cleaned = cleanForeignHtml(
            foreign, [](const QString &) { return QStringLiteral("lectern-media:abc"); });
        QVERIFY2(cleaned.contains(QStringLiteral("<ol start=\"3\"><li>three</li></ol>")),
                 qPrintable(cleaned));
        QVERIFY2(cleaned.contains(QStringLiteral("<tr><th>Head</th></tr><tr><td>cell</td></tr>")),
                 qPrintable(cleaned));
        QVERIFY2(
            cleaned.contains(QStringLiteral("<img src=\"lectern-media:abc\" alt=\"A photo\">")),
            qPrintable(cleaned));
        // Pasted into the editor, the list keeps its number.
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QString());
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<ol start=\"3\"><li>three</li></ol>"));
        QGuiApplication::clipboard()->setMimeData(mime);
        editor.textEdit()->paste();
        QVERIFY2(editor.bodyHtml().contains(QStringLiteral("<ol start=\"3\">")),
                 qPrintable(editor.bodyHtml()));
    }

    void writingHtmlDoesNotLayOutTheDocument()
    {
        // A text cursor in a table cell asks the layout where it is; writing
        // a 1 MB article once laid out all of it (most of its first save).
        // The editor lays a long document out lazily, as it is scrolled to.
        QTextEdit edit;
        edit.resize(600, 400);
        QString html;
        for (int i = 0; i < 3000; ++i)
            html += QStringLiteral("<p>Paragraph %1 of a long article.</p>").arg(i);
        html += QStringLiteral("<table><tr><td>Kyiv</td><td><p>One</p><p>Two</p></td></tr>"
                               "</table><p>After</p>");
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.setHtml(html);
        QCoreApplication::processEvents();
        const QTextBlock last = edit.document()->lastBlock();
        if (last.layout()->lineCount() != 0)
            QSKIP("this Qt laid the whole document out at once; nothing to check");
        const QString written = cleanHtml(*edit.document());
        QVERIFY(written.contains(QStringLiteral("<td>Kyiv</td>")));
        QVERIFY(written.contains(QStringLiteral("<p>One</p><p>Two</p>")));
        QCOMPARE(last.layout()->lineCount(), 0);
    }

    void longBodyIsWrittenInSlicesFromTheEventLoop()
    {
        // Autosave of a long article: the HTML is written a few milliseconds
        // at a time, and comes out exactly as written in one go.
        RichTextEditor editor(*m_store);
        QString html;
        for (int i = 0; i < 3000; ++i) {
            html += QStringLiteral("<h2>Part %1</h2><p>Some <b>bold</b> and <i>italic</i> text, "
                                   "文章 and стаття, paragraph %1.</p>")
                        .arg(i);
            if (i % 100 == 0)
                html += QStringLiteral("<ol start=\"3\"><li>three</li><li>four</li></ol><table "
                                       "border=\"1\"><tr><th>a</th><td>b</td></tr></table>");
        }
        editor.setBodyHtml(html);
        QTest::keyClicks(editor.textEdit(), QStringLiteral("x")); // the cache is stale
        const QString expected = cleanHtml(*editor.textEdit()->document());

        // The writer itself: with no time at all, one top-level block or
        // table per call, and the same HTML in the end.
        CleanHtmlWriter writer(*editor.textEdit()->document());
        int calls = 1;
        while (!writer.writeFor(0))
            ++calls;
        QVERIFY2(calls > 3000, qPrintable(QString::number(calls)));
        QCOMPARE(writer.take(), expected);

        int ready = 0;
        QElapsedTimer clock;
        clock.start();
        editor.prepareBodyHtml([&ready] { ++ready; });
        QCOMPARE(ready, 0); // from the event loop, not in the call
        while (ready == 0 && clock.elapsed() < 60000)
            QCoreApplication::processEvents();
        QCOMPARE(ready, 1);
        QCOMPARE(editor.bodyHtml(), expected); // now from the cache
        // Ready at once when nothing changed since.
        editor.prepareBodyHtml([&ready] { ++ready; });
        QCOMPARE(ready, 2);

        // An edit on the way abandons it; bodyHtml() is still right. (One
        // block per turn, so that the edit surely comes on the way.)
        QTest::keyClicks(editor.textEdit(), QStringLiteral("y"));
        editor.prepareBodyHtml([&ready] { ++ready; }, 0);
        QCoreApplication::processEvents();
        QTest::keyClicks(editor.textEdit(), QStringLiteral("z"));
        for (int i = 0; i < 200; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(ready, 2);
        QCOMPARE(editor.bodyHtml(), cleanHtml(*editor.textEdit()->document()));
        // Loading another body abandons it too.
        QTest::keyClicks(editor.textEdit(), QStringLiteral("w"));
        editor.prepareBodyHtml([&ready] { ++ready; }, 0);
        editor.setBodyHtml(QStringLiteral("<p>short</p>"));
        for (int i = 0; i < 200; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(ready, 2);
    }

    void bodyHtmlIsWrittenAgainOnlyAfterAnEdit()
    {
        const auto sha =
            m_store->addMedia(pngBytes(30, 20, Qt::green), QStringLiteral("image/png"));
        QVERIFY(sha);
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>alpha beta</p><ol><li>one</li></ol><p><img "
                                          "src=\"lectern-media:%1\"></p>")
                               .arg(sha.value()));
        const QString first = editor.bodyHtml();
        // Unchanged: the same string, not written again.
        QCOMPARE(editor.bodyHtml().constData(), first.constData());
        // Every kind of edit is seen: text, character format, block format,
        // list format, image size, undo, and loading another body.
        QString previous = first;
        const auto changed = [&] {
            const QString now = editor.bodyHtml();
            const bool differs = now != previous && now.constData() != previous.constData();
            previous = now;
            return differs;
        };
        QTest::keyClicks(editor.textEdit(), QStringLiteral("x"));
        QVERIFY(changed());
        select(editor, QStringLiteral("beta"));
        trigger(editor, "bold");
        QVERIFY(changed());
        trigger(editor, "heading2");
        QVERIFY(changed());
        select(editor, QStringLiteral("one"));
        trigger(editor, "bulletList"); // an ordered list becomes bullets
        QVERIFY(changed());
        QVERIFY(previous.contains(QStringLiteral("<ul><li>one</li></ul>")));
        QTextCursor image =
            editor.textEdit()->document()->find(QString(QChar::ObjectReplacementCharacter));
        QVERIFY(!image.isNull());
        image.setPosition(image.selectionStart());
        editor.textEdit()->setTextCursor(image);
        QVERIFY(editor.setImageWidth(RichTextEditor::smallImageWidth));
        QVERIFY(changed());
        trigger(editor, "undo");
        QVERIFY(changed());
        editor.setBodyHtml(QStringLiteral("<p>alpha beta</p>"));
        QVERIFY(changed());
        QCOMPARE(previous, QStringLiteral("<p>alpha beta</p>"));
    }

    void importedHtmlIsStable()
    {
        // What the importer writes loads and settles at once.
        const QString imported =
            QStringLiteral("<h2>News</h2><p>Text with <a href=\"https://x.org\">a link</a>.</p>"
                           "<table border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"4\"><tr><td>a</td><td>b</td></tr></table>"
                           "<ul><li>x</li></ul><blockquote><p>q</p></blockquote><pre>p\n q</pre>");
        RichTextEditor editor(*m_store);
        QCOMPARE(roundTrip(editor, imported), imported);
    }

    void imageFromFile()
    {
        auto store = test::memoryStore();
        QTemporaryDir dir;
        const QByteArray png = pngBytes(64, 48, Qt::blue);
        const QString path = dir.filePath(QStringLiteral("photo.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        RichTextEditor editor(*store);
        editor.setBodyHtml(QStringLiteral("<p>x</p>"));
        editor.textEdit()->moveCursor(QTextCursor::End);
        QVERIFY(editor.insertImageFile(path));
        const QString html = editor.bodyHtml();
        QCOMPARE(html, QStringLiteral("<p>x<img src=\"lectern-media:%1\"></p>").arg(sha256(png)));
        QCOMPARE(store->hasMedia(sha256(png)).value(), true);
        QCOMPARE(roundTrip(editor, html), html);
        // The same picture again is stored once.
        QVERIFY(editor.insertImageFile(path));
        QCOMPARE(mediaCount(*store), 1);
        // The size option writes the width.
        QTextCursor cursor = editor.textEdit()->textCursor();
        cursor.movePosition(QTextCursor::End);
        cursor.movePosition(QTextCursor::PreviousCharacter);
        editor.textEdit()->setTextCursor(cursor);
        QVERIFY(editor.editorAction(QStringLiteral("imageSmall"))->isEnabled());
        trigger(editor, "imageSmall");
        QVERIFY(editor.bodyHtml().endsWith(QStringLiteral("%1\" width=\"%2\"></p>")
                                               .arg(sha256(png))
                                               .arg(RichTextEditor::smallImageWidth)));
        trigger(editor, "imageOriginal");
        QVERIFY(!editor.bodyHtml().contains(QStringLiteral("width")));
        // Not an image, and a missing file: an error naming the file, nothing inserted.
        const QString text = dir.filePath(QStringLiteral("notes.png"));
        QFile notes(text);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a picture");
        notes.close();
        const Status bad = editor.insertImageFile(text);
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("notes.png")));
        const Status missing = editor.insertImageFile(dir.filePath(QStringLiteral("gone.jpg")));
        QVERIFY(!missing);
        QVERIFY(missing.error().contains(QStringLiteral("gone.jpg")));
        QCOMPARE(mediaCount(*store), 1);
    }

    void imageFromClipboard()
    {
        auto store = test::memoryStore();
        RichTextEditor editor(*store);
        editor.setBodyHtml(QStringLiteral("<p>x</p>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(Qt::green);
        auto *mime = new QMimeData;
        mime->setImageData(image);
        QGuiApplication::clipboard()->setMimeData(mime);
        editor.textEdit()->paste();
        QCOMPARE(mediaCount(*store), 1);
        const QString html = editor.bodyHtml();
        QVERIFY2(html.startsWith(QStringLiteral("<p>x<img src=\"lectern-media:")),
                 qPrintable(html));
        QCOMPARE(roundTrip(editor, html), html);
        // The same image pasted again is not stored twice.
        editor.textEdit()->paste();
        QCOMPARE(mediaCount(*store), 1);

        // HTML with an embedded picture (as browsers and Word copy it).
        const QByteArray png = pngBytes(12, 10, Qt::yellow);
        auto *htmlMime = new QMimeData;
        htmlMime->setHtml(QStringLiteral("<p>pic <img src=\"data:image/png;base64,%1\"> and "
                                         "<img src=\"https://example.com/remote.png\"></p>")
                              .arg(QString::fromLatin1(png.toBase64())));
        QGuiApplication::clipboard()->setMimeData(htmlMime);
        editor.setBodyHtml(QString());
        editor.textEdit()->paste();
        QCOMPARE(mediaCount(*store), 2);
        // Nothing is downloaded: the web image is left out.
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p>pic <img src=\"lectern-media:%1\"> and </p>").arg(sha256(png)));
    }

    void dropImageFile()
    {
        auto store = test::memoryStore();
        QTemporaryDir dir;
        const QByteArray png = pngBytes(20, 20, Qt::cyan);
        const QString path = dir.filePath(QStringLiteral("dropped.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        RichTextEditor editor(*store);
        editor.resize(600, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QWidget *viewport = editor.textEdit()->viewport();
        const QPoint at(20, 20);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(editor.bodyHtml(),
                 QStringLiteral("<p><img src=\"lectern-media:%1\"></p>").arg(sha256(png)));
        QCOMPARE(mediaCount(*store), 1);
    }

    void pasteForeignHtml()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QString());
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral(
            "<html><head><style>p.MsoNormal { font-family: Calibri; font-size: 11pt; color: #333 }"
            "</style></head><body>"
            "<h1 style=\"font-family: Arial; color: #2F5496; font-size: 20pt\">Title</h1>"
            "<p class=\"MsoNormal\" style=\"font-size: 14pt; color: red; text-align: center\">"
            "<span style=\"font-family: 'Times New Roman'; background: yellow\">Some <b>bold</b> "
            "and "
            "<a href=\"https://x.org\" style=\"color: green\">a link</a></span></p>"
            "<ul><li><font face=\"Comic Sans MS\" size=\"5\">one</font></li><li>two</li></ul>"
            "<table style=\"width: 500px\"><tr><td style=\"background: "
            "#eee\">a</td><td>b</td></tr></table>"
            "</body></html>"));
        mime->setText(QStringLiteral("Title Some bold and a link one two a b"));
        QGuiApplication::clipboard()->setMimeData(mime);
        editor.textEdit()->paste();
        const QString html = editor.bodyHtml();
        QCOMPARE(html,
                 QStringLiteral(
                     "<h1>Title</h1><p>Some <b>bold</b> and <a href=\"https://x.org\">a "
                     "link</a></p><ul><li>one</li><li>two</li></ul><table border=\"1\" "
                     "cellspacing=\"0\" cellpadding=\"4\"><tr><td>a</td><td>b</td></tr></table>"));
        // What it looks like in the editor: no foreign font, size or colour either.
        for (QTextBlock block = editor.textEdit()->document()->begin(); block.isValid();
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY(!format.hasProperty(QTextFormat::FontPointSize));
                QVERIFY(format.fontFamilies().toStringList().isEmpty());
                QVERIFY(format.isAnchor() || !format.hasProperty(QTextFormat::ForegroundBrush));
                QVERIFY(!format.hasProperty(QTextFormat::BackgroundBrush));
            }
        }
    }

    void copyBetweenEditorsKeepsColours()
    {
        RichTextEditor from(*m_store);
        from.setBodyHtml(QStringLiteral("<p><span style=\"color:#cc0000\">red</span> text</p>"));
        from.textEdit()->selectAll();
        from.textEdit()->copy();
        RichTextEditor to(*m_store);
        to.setBodyHtml(QString());
        to.textEdit()->paste();
        QCOMPARE(to.bodyHtml(), from.bodyHtml());
    }

    void pasteAsPlainText()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(QStringLiteral("<p>start </p>"));
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        auto *mime = new QMimeData;
        mime->setHtml(QStringLiteral("<h1>Big</h1><p><b>bold</b></p>"));
        mime->setText(QStringLiteral("Big bold"));
        QGuiApplication::clipboard()->setMimeData(mime);
        QTest::keyClick(editor.textEdit(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>start Big bold</p>"));
        QVERIFY(editor.editorAction(QStringLiteral("pastePlainText")));
    }

    void findAndReplace()
    {
        RichTextEditor editor(*m_store);
        editor.resize(700, 400);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setBodyHtml(QStringLiteral("<p>cat Cat</p><p>a <b>cat</b> here</p>"));
        editor.textEdit()->setFocus();
        FindReplaceBar *bar = editor.findBar();
        QVERIFY(!bar->isVisible());
        QTest::keyClick(editor.textEdit(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->replaceField()->isVisible());
        bar->findField()->setText(QStringLiteral("cat"));
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textEdit()->textCursor().selectionStart(), 0);
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textEdit()->textCursor().selectionStart(), 4); // case-insensitive
        bar->caseSensitiveBox()->setChecked(true);
        QVERIFY(bar->findNext());
        QCOMPARE(editor.textEdit()->textCursor().selectedText(), QStringLiteral("cat"));
        QCOMPARE(editor.textEdit()->textCursor().selectionStart(), 10);
        bar->findField()->setText(QStringLiteral("dog"));
        QVERIFY(!bar->findNext());
        QVERIFY(!bar->status().isEmpty());

        editor.textEdit()->setFocus();
        QTest::keyClick(editor.textEdit(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(bar->replaceField()->isVisible());
        bar->findField()->setText(QStringLiteral("cat"));
        bar->replaceField()->setText(QStringLiteral("dog"));
        QCOMPARE(bar->replaceAll(), 2); // case-sensitive still on
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>dog Cat</p><p>a <b>dog</b> here</p>"));
        bar->caseSensitiveBox()->setChecked(false);
        QCOMPARE(bar->replaceAll(), 1);
        // Each Replace All is one undo step.
        editor.textEdit()->undo();
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>dog Cat</p><p>a <b>dog</b> here</p>"));
        editor.textEdit()->undo();
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>cat Cat</p><p>a <b>cat</b> here</p>"));
        // Replace one at a time.
        editor.textEdit()->moveCursor(QTextCursor::Start);
        QVERIFY(bar->findNext());
        bar->replaceCurrent();
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>dog Cat</p><p>a <b>cat</b> here</p>"));
        // Nothing to find: nothing replaced.
        bar->findField()->setText(QString());
        QCOMPARE(bar->replaceAll(), 0);
    }

    void wordCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("characters");
        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("en") << QStringLiteral("Hello, world! It's a well-known fact.") << 6 << 37;
        QTest::newRow("uk") << QStringLiteral("Привіт, світе! П'ять книжок — п’ять.") << 5 << 36;
        QTest::newRow("zh") << QStringLiteral("西安交通大学很好。") << 8 << 9;
        QTest::newRow("mixed") << QStringLiteral("Lectern 文库 v2") << 4 << 13;
        QTest::newRow("emoji") << QStringLiteral("ok 😀") << 1 << 4;
        QTest::newRow("spaces") << QStringLiteral("  - , ") << 0 << 6;
    }

    void wordCounts()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, characters);
        const TextCounts counts = countText(text);
        QCOMPARE(counts.words, words);
        QCOMPARE(counts.characters, characters);
    }

    void editorCounts()
    {
        RichTextEditor editor(*m_store);
        editor.setBodyHtml(
            QStringLiteral("<p>Hello world</p><p>Привіт світе</p><p>西安交通大学</p><p>x<img "
                           "src=\"lectern-media:0\"></p>"));
        QCOMPARE(editor.counts().words, 2 + 2 + 6 + 1);
        QTRY_COMPARE(editor.countLabel()->text(), QStringLiteral("11 words · 30 characters"));
        // Typing counts again after a pause; only the changed block is recounted.
        QTextCursor end = editor.textEdit()->textCursor();
        end.movePosition(QTextCursor::End);
        editor.textEdit()->setTextCursor(end);
        QTest::keyClicks(editor.textEdit(), QStringLiteral(" more"));
        QCOMPARE(editor.counts().words, 12);
        QTRY_VERIFY(editor.countLabel()->text().startsWith(QStringLiteral("12 words")));
        QTest::keyClick(editor.textEdit(), Qt::Key_Return);
        editor.textEdit()->textCursor().insertText(QStringLiteral("新"));
        QCOMPARE(editor.counts().words, 13);
        editor.textEdit()->undo();
        editor.textEdit()->undo();
        QCOMPARE(editor.counts(), countText(editor.plainText()));
    }

    void contentsChangedIsCheap()
    {
        RichTextEditor editor(*m_store);
        QSignalSpy changed(&editor, &RichTextEditor::contentsChanged);
        QSignalSpy modified(&editor, &RichTextEditor::modificationChanged);
        editor.setBodyHtml(QStringLiteral("<p>loaded</p>"));
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 0); // loading is not an edit
        QVERIFY(!editor.isModified());
        QTest::keyClicks(editor.textEdit(), QStringLiteral("abcde"));
        QCOMPARE(modified.count(), 1);
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1); // once for the five keys typed in one turn
        QVERIFY(editor.isModified());
        editor.setModified(false);
        QVERIFY(!editor.isModified());
    }

    void missingImage()
    {
        RichTextEditor editor(*m_store);
        editor.resize(700, 400);
        const QString html =
            QStringLiteral("<p>a <img src=\"lectern-media:00ff\" width=\"200\"> b</p>"
                           "<p><img src=\"https://example.com/x.png\"></p>");
        editor.setBodyHtml(html);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QImage shot = editor.grab().toImage();
        QVERIFY(!shot.isNull());
        // The reference stays for when the media comes back (a merge, say).
        QCOMPARE(editor.bodyHtml(), html);
        QVERIFY(!editor.mediaImages().isCached(QStringLiteral("00ff"), 700));
    }

    void widePicturesFitTheTextWithoutChangingTheArticle()
    {
        auto store = test::memoryStore();
        QImage photo(1600, 1200, QImage::Format_RGB32);
        photo.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
        const auto sha = store->addMedia(png, QStringLiteral("image/png"));
        QVERIFY(sha);
        RichTextEditor editor(*store);
        editor.resize(460, 600); // as beside the metadata panel
        const QString html =
            QStringLiteral("<p>Before</p><p><img src=\"lectern-media:%1\" width=\"700\"></p>")
                .arg(sha.value());
        editor.setBodyHtml(html);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTextDocument *document = editor.textEdit()->document();
        QTextImageFormat format;
        for (auto it = document->findBlockByNumber(1).begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                format = it.fragment().charFormat().toImageFormat();
        }
        QCOMPARE(format.width(), 700.0); // what the article says
        const QSizeF shown = FittedImageHandler::shownSize(document, format);
        QVERIFY2(shown.width() < 460, qPrintable(QString::number(shown.width())));
        QVERIFY(qAbs(shown.height() - shown.width() * 3 / 4) < 1); // in proportion
        QCOMPARE(editor.textEdit()->horizontalScrollBar()->maximum(), 0);
        // Display only: the article keeps its picture's width.
        QCOMPARE(editor.bodyHtml(), html);
        QVERIFY(!editor.isModified());
        // A wide editor shows it at its own width.
        editor.resize(1200, 600);
        QCoreApplication::processEvents();
        QCOMPARE(FittedImageHandler::shownSize(document, format), QSizeF(700, 525));
    }

    void hugeImageIsScaled()
    {
        auto store = test::memoryStore();
        QImage photo(3200, 2400, QImage::Format_RGB32);
        photo.fill(QColor(0x33, 0x66, 0x99));
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 60);
        const auto sha = store->addMedia(jpeg, QStringLiteral("image/jpeg"));
        QVERIFY(sha);
        RichTextEditor editor(*store);
        editor.resize(900, 700);
        editor.setBodyHtml(
            QStringLiteral("<p><img src=\"lectern-media:%1\"></p>").arg(sha.value()));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.grab();
        const int width = qRound(700 * editor.devicePixelRatioF());
        QTRY_VERIFY(editor.mediaImages().isCached(sha.value(), width));
        const QImage shown = editor.mediaImages().cachedImage(sha.value(), width);
        QCOMPARE(shown.size(), QSize(width, width * 3 / 4));
        // Decoded on a worker, it took its stand-in's place in the document,
        // which had laid the image out at that size from the start.
        const QUrl url(QStringLiteral("lectern-media:") + sha.value());
        const auto inDocument = [&editor, &url] {
            return editor.textEdit()->document()->resource(QTextDocument::ImageResource, url);
        };
        QTRY_VERIFY(!editor.mediaImages().isStandIn(inDocument()));
        QCOMPARE(inDocument().value<QPixmap>().toImage(), shown);
        // A tall strip is bounded in height too.
        QImage strip(800, 20000, QImage::Format_Grayscale8);
        strip.fill(128);
        QByteArray png;
        QBuffer stripBuffer(&png);
        stripBuffer.open(QIODevice::WriteOnly);
        strip.save(&stripBuffer, "PNG");
        const QImage scaled = decodeScaledImage(png, 700, MediaImages::maxDisplayHeight);
        QCOMPARE(scaled.height(), MediaImages::maxDisplayHeight);
        QCOMPARE(scaled.width(), 160);
        QVERIFY(decodeScaledImage("not an image", 700, 700).isNull());
    }

    void readOnly()
    {
        RichTextEditor editor(*m_store);
        editor.show();
        editor.setBodyHtml(QStringLiteral("<p>text</p>"));
        editor.setReadOnly(true);
        QVERIFY(!editor.toolBar()->isVisible());
        QVERIFY(editor.textEdit()->isReadOnly());
        QVERIFY(!editor.editorAction(QStringLiteral("bold"))->isEnabled());
        QVERIFY(!editor.editorAction(QStringLiteral("insertImage"))->isEnabled());
        QVERIFY(editor.editorAction(QStringLiteral("find"))->isEnabled());
        QTest::keyClicks(editor.textEdit(), QStringLiteral("typed"));
        QCOMPARE(editor.bodyHtml(), QStringLiteral("<p>text</p>"));
        QVERIFY(!editor.insertImageData(pngBytes(2, 2, Qt::red), QStringLiteral("image/png")));
        editor.setReadOnly(false);
        QVERIFY(editor.toolBar()->isVisible());
        QVERIFY(editor.editorAction(QStringLiteral("bold"))->isEnabled());
    }

    void formatMenu()
    {
        RichTextEditor editor(*m_store);
        QVERIFY(editor.formatMenu());
        QVERIFY(!editor.formatMenu()->actions().isEmpty());
        QCOMPARE(editor.editActions().size(), 5);
        for (QAction *action : editor.editActions())
            QVERIFY(action);
    }

    void screenshots()
    {
        // Set LECTERN_SCREENSHOT_DIR to look at the editor in English and Ukrainian.
        const QString folder = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("LECTERN_SCREENSHOT_DIR is not set");
        const QByteArray png = pngBytes(600, 200, QColor(0x4a, 0x7a, 0xb0));
        const auto sha = m_store->addMedia(png, QStringLiteral("image/png"));
        QVERIFY(sha);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("uk")}) {
            QVERIFY(installUiLanguage(language, QStringLiteral(LECTERN_QM_DIR)));
            RichTextEditor editor(*m_store);
            editor.resize(1000, 760);
            editor.setBodyHtml(
                QStringLiteral(
                    "<h1>Співпраця університетів</h1><p>Lectern keeps <b>bold</b>, <i>italic</i>, "
                    "<span style=\"color:#b00020\">colour</span> and <a "
                    "href=\"https://cueu.org\">links</a>. "
                    "Українською: ґанок, п'ять. 中文：西安交通大学。</p><blockquote><p>A "
                    "quotation.</p>"
                    "</blockquote><ul><li>First<ul><li>Nested</li></ul></li><li>Second</li></ul>"
                    "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td "
                    "colspan=\"2\">Merged</td></tr>"
                    "<tr><td>a</td><td>b</td></tr></table><p><img src=\"lectern-media:%1\" "
                    "width=\"460\"></p>")
                    .arg(sha.value()));
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            editor.findBar()->showReplace();
            QTest::qWait(400);
            QVERIFY(editor.grab().save(folder + QStringLiteral("/editor-") + language +
                                       QStringLiteral(".png")));
        }
        QVERIFY(installUiLanguage(QStringLiteral("en"), QStringLiteral(LECTERN_QM_DIR)));
    }

private:
    std::unique_ptr<LibraryStore> m_store;
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
