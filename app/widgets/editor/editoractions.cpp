// The editor's formatting actions, its toolbar and its Format menu.
#include "editing/textformatting.h"
#include "editoricons.h"
#include "editortextedit.h"
#include "findreplacebar.h"
#include "librarystore.h"
#include "linkdialog.h"
#include "richtexteditor_p.h"
#include "spellhighlighter.h"
#include "spelling/spellchecker.h"

#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QTextBlock>
#include <QTextList>
#include <QTextTable>
#include <QToolBar>
#include <QToolButton>

namespace lectern {

namespace {

bool isOrderedList(const QTextList *list)
{
    const QTextListFormat::Style style = list->format().style();
    return style != QTextListFormat::ListDisc && style != QTextListFormat::ListCircle &&
           style != QTextListFormat::ListSquare;
}

// Actions that change the text; disabled in read-only mode.
const char *const formattingActions[] = {
    "body",           "heading1",       "heading2",       "heading3",         "quote",
    "preformatted",   "bold",           "italic",         "underline",        "strikethrough",
    "superscript",    "subscript",      "textColor",      "highlight",        "bulletList",
    "numberedList",   "indent",         "outdent",        "alignLeft",        "alignCenter",
    "alignRight",     "alignJustify",   "link",           "removeLink",       "horizontalRule",
    "insertTable",    "insertRowAbove", "insertRowBelow", "insertColumnLeft", "insertColumnRight",
    "removeRow",      "removeColumn",   "mergeCells",     "splitCell",        "insertImage",
    "imageSmall",     "imageMedium",    "imageFull",      "imageOriginal",    "clearFormatting",
    "pastePlainText", "replace"};

} // namespace

QAction *RichTextEditor::Private::addAction(const char *name, const QString &text,
                                            const QIcon &icon, bool checkable)
{
    auto *action = new QAction(icon, text, q);
    action->setObjectName(QLatin1String(name));
    action->setCheckable(checkable);
    // Active while the focus is in the editor, so that they never clash with
    // the window's own shortcuts elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    q->addAction(action);
    actions.insert(QLatin1String(name), action);
    return action;
}

void RichTextEditor::Private::createActions()
{
    const auto connectTo = [this](QAction *action, auto slot) {
        QObject::connect(action, &QAction::triggered, q, slot);
    };

    QAction *undo = addAction("undo", RichTextEditor::tr("&Undo"),
                              editorIcon(QStringLiteral("edit-undo"), QStringLiteral("↶")));
    undo->setShortcut(QKeySequence::Undo);
    connectTo(undo, [this] { edit->undo(); });
    QAction *redo = addAction("redo", RichTextEditor::tr("&Redo"),
                              editorIcon(QStringLiteral("edit-redo"), QStringLiteral("↷")));
    redo->setShortcut(QKeySequence::Redo);
    connectTo(redo, [this] { edit->redo(); });
    QAction *plain = addAction("pastePlainText", RichTextEditor::tr("Paste as Plain &Text"));
    plain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connectTo(plain, [this] { edit->pastePlainText(); });
    QAction *find = addAction("find", RichTextEditor::tr("&Find in Text…"),
                              editorIcon(QStringLiteral("edit-find"), QStringLiteral("⌕")));
    find->setShortcut(QKeySequence::Find);
    connectTo(find, [this] { findBar->showFind(); });
    QAction *replace =
        addAction("replace", RichTextEditor::tr("Find and &Replace…"),
                  editorIcon(QStringLiteral("edit-find-replace"), QStringLiteral("⇄")));
    replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connectTo(replace, [this] { findBar->showReplace(); });

    // Spell checking, on or off in every editor (remembered).
    QAction *checkSpelling =
        addAction("checkSpelling", RichTextEditor::tr("Check &Spelling"), {}, true);
    checkSpelling->setToolTip(
        RichTextEditor::tr("Underline misspelt words as you type, in the article's language"));
    checkSpelling->setChecked(spelling->checker().isEnabled());
    connectTo(checkSpelling, [this](bool on) { spelling->checker().setEnabled(on); });
    QObject::connect(&spelling->checker(), &SpellChecker::enabledChanged, checkSpelling,
                     &QAction::setChecked);

    // Paragraph styles.
    const struct
    {
        const char *name;
        QString text;
        BlockStyle style;
        QKeySequence key;
    } styles[] = {
        {"body", RichTextEditor::tr("&Body Text"), BlockStyle::Body,
         QKeySequence(Qt::CTRL | Qt::Key_7)},
        {"heading1", RichTextEditor::tr("Heading &1"), BlockStyle::Heading1,
         QKeySequence(Qt::CTRL | Qt::Key_1)},
        {"heading2", RichTextEditor::tr("Heading &2"), BlockStyle::Heading2,
         QKeySequence(Qt::CTRL | Qt::Key_2)},
        {"heading3", RichTextEditor::tr("Heading &3"), BlockStyle::Heading3,
         QKeySequence(Qt::CTRL | Qt::Key_3)},
        {"quote", RichTextEditor::tr("&Quote"), BlockStyle::Quote, {}},
        {"preformatted", RichTextEditor::tr("&Preformatted"), BlockStyle::Preformatted, {}},
    };
    auto *styleGroup = new QActionGroup(q);
    for (const auto &style : styles) {
        QAction *action = addAction(style.name, style.text, {}, true);
        action->setShortcut(style.key);
        styleGroup->addAction(action);
        const BlockStyle value = style.style;
        connectTo(action, [this, value] { applyStyle(value); });
    }

    const auto charAction = [&](const char *name, const QString &text, const QIcon &icon,
                                auto apply) {
        QAction *action = addAction(name, text, icon, true);
        QObject::connect(action, &QAction::triggered, q, [this, apply](bool checked) {
            QTextCharFormat format;
            apply(format, checked);
            mergeFormat(format);
        });
        return action;
    };
    charAction(
        "bold", RichTextEditor::tr("&Bold"),
        editorIcon(QStringLiteral("format-text-bold"), QStringLiteral("B"), true),
        [](QTextCharFormat &f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); })
        ->setShortcut(QKeySequence::Bold);
    charAction("italic", RichTextEditor::tr("&Italic"),
               editorIcon(QStringLiteral("format-text-italic"), QStringLiteral("I"), false, true),
               [](QTextCharFormat &f, bool on) { f.setFontItalic(on); })
        ->setShortcut(QKeySequence::Italic);
    charAction("underline", RichTextEditor::tr("&Underline"),
               editorIcon(QStringLiteral("format-text-underline"), QStringLiteral("U")),
               [](QTextCharFormat &f, bool on) { f.setFontUnderline(on); })
        ->setShortcut(QKeySequence::Underline);
    charAction("strikethrough", RichTextEditor::tr("&Strikethrough"),
               editorIcon(QStringLiteral("format-text-strikethrough"), QStringLiteral("S")),
               [](QTextCharFormat &f, bool on) { f.setFontStrikeOut(on); });
    charAction("superscript", RichTextEditor::tr("Su&perscript"),
               editorIcon(QStringLiteral("format-text-superscript"), QStringLiteral("x²")),
               [](QTextCharFormat &f, bool on) {
                   f.setVerticalAlignment(on ? QTextCharFormat::AlignSuperScript
                                             : QTextCharFormat::AlignNormal);
               });
    charAction("subscript", RichTextEditor::tr("Subs&cript"),
               editorIcon(QStringLiteral("format-text-subscript"), QStringLiteral("x₂")),
               [](QTextCharFormat &f, bool on) {
                   f.setVerticalAlignment(on ? QTextCharFormat::AlignSubScript
                                             : QTextCharFormat::AlignNormal);
               });
    connectTo(addAction("textColor", RichTextEditor::tr("Text &Colour…"),
                        editorIcon(QStringLiteral("format-text-color"), QStringLiteral("A"))),
              [this] { chooseColor(false); });
    connectTo(addAction("highlight", RichTextEditor::tr("&Highlight…"),
                        editorIcon(QStringLiteral("format-fill-color"), QStringLiteral("▮"))),
              [this] { chooseColor(true); });
    connectTo(addAction("clearFormatting", RichTextEditor::tr("C&lear Formatting"),
                        editorIcon(QStringLiteral("edit-clear"), QStringLiteral("T̸"))),
              [this] { clearCharFormatting(edit->textCursor()); });
    action("clearFormatting")->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Space));

    // Lists.
    connectTo(addAction("bulletList", RichTextEditor::tr("&Bulleted List"),
                        editorIcon(QStringLiteral("format-list-unordered"), QStringLiteral("•≡")),
                        true),
              [this] {
                  toggleList(edit->textCursor(), QTextListFormat::ListDisc);
                  updateActions();
              });
    connectTo(addAction("numberedList", RichTextEditor::tr("&Numbered List"),
                        editorIcon(QStringLiteral("format-list-ordered"), QStringLiteral("1≡")),
                        true),
              [this] {
                  toggleList(edit->textCursor(), QTextListFormat::ListDecimal);
                  updateActions();
              });
    connectTo(addAction("indent", RichTextEditor::tr("&Indent"),
                        editorIcon(QStringLiteral("format-indent-more"), QStringLiteral("⇥"))),
              [this] {
                  changeListIndent(edit->textCursor(), 1);
                  updateActions();
              });
    connectTo(addAction("outdent", RichTextEditor::tr("&Outdent"),
                        editorIcon(QStringLiteral("format-indent-less"), QStringLiteral("⇤"))),
              [this] {
                  changeListIndent(edit->textCursor(), -1);
                  updateActions();
              });

    // Alignment.
    alignGroup = new QActionGroup(q);
    const struct
    {
        const char *name;
        QString text;
        QString icon;
        QString glyph;
        Qt::Alignment alignment;
    } alignments[] = {
        {"alignLeft", RichTextEditor::tr("Align &Left"), QStringLiteral("format-justify-left"),
         QStringLiteral("⫷"), Qt::AlignLeft | Qt::AlignAbsolute},
        {"alignCenter", RichTextEditor::tr("&Centre"), QStringLiteral("format-justify-center"),
         QStringLiteral("≡"), Qt::AlignHCenter},
        {"alignRight", RichTextEditor::tr("Align &Right"), QStringLiteral("format-justify-right"),
         QStringLiteral("⫸"), Qt::AlignRight | Qt::AlignAbsolute},
        {"alignJustify", RichTextEditor::tr("&Justify"), QStringLiteral("format-justify-fill"),
         QStringLiteral("☰"), Qt::AlignJustify},
    };
    for (const auto &alignment : alignments) {
        QAction *action = addAction(alignment.name, alignment.text,
                                    editorIcon(alignment.icon, alignment.glyph), true);
        alignGroup->addAction(action);
        const Qt::Alignment value = alignment.alignment;
        connectTo(action, [this, value] { edit->setAlignment(value); });
    }

    // Links, rule, images, tables.
    QAction *link = addAction("link", RichTextEditor::tr("&Link…"),
                              editorIcon(QStringLiteral("insert-link"), QStringLiteral("↗")));
    link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connectTo(link, [this] { editLink(); });
    connectTo(addAction("removeLink", RichTextEditor::tr("Remo&ve Link"),
                        editorIcon(QStringLiteral("remove-link"), QStringLiteral("⛓"))),
              [this] {
                  removeLink(edit->textCursor());
                  updateActions();
              });
    connectTo(addAction("horizontalRule", RichTextEditor::tr("Hori&zontal Rule"),
                        editorIcon(QStringLiteral("insert-horizontal-rule"), QStringLiteral("―"))),
              [this] { insertHorizontalRule(edit->textCursor()); });
    connectTo(addAction("insertImage", RichTextEditor::tr("&Image…"),
                        editorIcon(QStringLiteral("insert-image"), QStringLiteral("▣"))),
              [this] { chooseImage(); });
    const auto imageSize = [&](const char *name, const QString &text, int width) {
        connectTo(addAction(name, text, {}, true), [this, width] { q->setImageWidth(width); });
    };
    imageSize("imageSmall", RichTextEditor::tr("&Small"), smallImageWidth);
    imageSize("imageMedium", RichTextEditor::tr("&Medium"), mediumImageWidth);
    imageSize("imageFull", RichTextEditor::tr("&Full Width"), fullImageWidth);
    imageSize("imageOriginal", RichTextEditor::tr("&Original Size"), 0);

    connectTo(addAction("insertTable", RichTextEditor::tr("&Table…"),
                        editorIcon(QStringLiteral("insert-table"), QStringLiteral("▦"))),
              [this] { chooseTable(); });
    const auto tableAction = [&](const char *name, const QString &text, auto change) {
        connectTo(addAction(name, text), [this, change] {
            QTextCursor cursor = edit->textCursor();
            QTextTable *table = cursor.currentTable();
            if (!table)
                return;
            change(table, table->cellAt(cursor), cursor);
            updateActions();
        });
    };
    tableAction("insertRowAbove", RichTextEditor::tr("Insert Row &Above"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    t->insertRows(c.row(), 1);
                });
    tableAction("insertRowBelow", RichTextEditor::tr("Insert Row &Below"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    t->insertRows(c.row() + c.rowSpan(), 1);
                });
    tableAction("insertColumnLeft", RichTextEditor::tr("Insert Column &Left"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    insertTableColumns(t, c.column(), 1);
                });
    tableAction("insertColumnRight", RichTextEditor::tr("Insert Column &Right"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    insertTableColumns(t, c.column() + c.columnSpan(), 1);
                });
    tableAction("removeRow", RichTextEditor::tr("Delete R&ow"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    t->removeRows(c.row(), 1);
                });
    tableAction("removeColumn", RichTextEditor::tr("Delete Colu&mn"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    removeTableColumns(t, c.column(), 1);
                });
    tableAction("mergeCells", RichTextEditor::tr("&Merge Cells"),
                [](QTextTable *t, const QTextTableCell &, const QTextCursor &cursor) {
                    t->mergeCells(cursor);
                });
    tableAction("splitCell", RichTextEditor::tr("&Split Cell"),
                [](QTextTable *t, const QTextTableCell &c, const QTextCursor &) {
                    t->splitCell(c.row(), c.column(), 1, 1);
                });
}

void RichTextEditor::Private::createToolBar()
{
    toolBar = new QToolBar(RichTextEditor::tr("Formatting"), q);
    toolBar->setObjectName(QStringLiteral("editorToolBar"));
    toolBar->setIconSize(QSize(16, 16));
    toolBar->addAction(action("undo"));
    toolBar->addAction(action("redo"));
    toolBar->addSeparator();
    styleBox = new QComboBox(toolBar);
    styleBox->setObjectName(QStringLiteral("paragraphStyle"));
    styleBox->setAccessibleName(RichTextEditor::tr("Paragraph style"));
    styleBox->setToolTip(RichTextEditor::tr("Paragraph style"));
    for (const char *name : {"body", "heading1", "heading2", "heading3", "quote", "preformatted"})
        styleBox->addItem(action(name)->text().remove(QLatin1Char('&')));
    QObject::connect(styleBox, &QComboBox::activated, q, [this](int index) {
        applyStyle(BlockStyle(index));
        edit->setFocus();
    });
    toolBar->addWidget(styleBox);
    toolBar->addSeparator();
    for (const char *name : {"bold", "italic", "underline", "strikethrough", "superscript",
                             "subscript", "textColor", "highlight"})
        toolBar->addAction(action(name));
    toolBar->addSeparator();
    for (const char *name : {"bulletList", "numberedList", "outdent", "indent"})
        toolBar->addAction(action(name));
    toolBar->addSeparator();
    for (const char *name : {"alignLeft", "alignCenter", "alignRight", "alignJustify"})
        toolBar->addAction(action(name));
    toolBar->addSeparator();
    for (const char *name : {"link", "insertImage"})
        toolBar->addAction(action(name));
    // Tables: one button with the table operations in its menu.
    auto *tableMenu = new QMenu(RichTextEditor::tr("T&able"), q);
    tableMenu->addAction(action("insertTable"));
    tableMenu->addSeparator();
    for (const char *name :
         {"insertRowAbove", "insertRowBelow", "insertColumnLeft", "insertColumnRight", "removeRow",
          "removeColumn", "mergeCells", "splitCell"})
        tableMenu->addAction(action(name));
    auto *tableButton = new QToolButton(toolBar);
    tableButton->setDefaultAction(action("insertTable"));
    tableButton->setMenu(tableMenu);
    tableButton->setPopupMode(QToolButton::MenuButtonPopup);
    toolBar->addWidget(tableButton);
    toolBar->addAction(action("horizontalRule"));
    toolBar->addSeparator();
    toolBar->addAction(action("clearFormatting"));
    toolBar->addAction(action("find"));
    actions.insert(QStringLiteral("tableMenu"), tableMenu->menuAction());
}

void RichTextEditor::Private::createMenu()
{
    formatMenu = new QMenu(RichTextEditor::tr("F&ormat"), q);
    formatMenu->setObjectName(QStringLiteral("formatMenu"));
    QMenu *styles = formatMenu->addMenu(RichTextEditor::tr("Paragraph &Style"));
    for (const char *name : {"body", "heading1", "heading2", "heading3", "quote", "preformatted"})
        styles->addAction(action(name));
    QMenu *text = formatMenu->addMenu(RichTextEditor::tr("&Text"));
    for (const char *name :
         {"bold", "italic", "underline", "strikethrough", "superscript", "subscript"})
        text->addAction(action(name));
    text->addSeparator();
    text->addAction(action("textColor"));
    text->addAction(action("highlight"));
    QMenu *lists = formatMenu->addMenu(RichTextEditor::tr("&Lists"));
    for (const char *name : {"bulletList", "numberedList", "indent", "outdent"})
        lists->addAction(action(name));
    QMenu *align = formatMenu->addMenu(RichTextEditor::tr("&Alignment"));
    for (const char *name : {"alignLeft", "alignCenter", "alignRight", "alignJustify"})
        align->addAction(action(name));
    formatMenu->addSeparator();
    formatMenu->addAction(action("link"));
    formatMenu->addAction(action("removeLink"));
    formatMenu->addAction(action("insertImage"));
    QMenu *imageSize = formatMenu->addMenu(RichTextEditor::tr("Image Si&ze"));
    auto *sizes = new QActionGroup(q);
    for (const char *name : {"imageSmall", "imageMedium", "imageFull", "imageOriginal"}) {
        imageSize->addAction(action(name));
        sizes->addAction(action(name));
    }
    actions.insert(QStringLiteral("imageSizeMenu"), imageSize->menuAction());
    QMenu *table = formatMenu->addMenu(RichTextEditor::tr("T&able"));
    table->addAction(action("insertTable"));
    table->addSeparator();
    for (const char *name :
         {"insertRowAbove", "insertRowBelow", "insertColumnLeft", "insertColumnRight", "removeRow",
          "removeColumn", "mergeCells", "splitCell"})
        table->addAction(action(name));
    formatMenu->addAction(action("horizontalRule"));
    formatMenu->addSeparator();
    formatMenu->addAction(action("clearFormatting"));
    formatMenu->addSeparator();
    formatMenu->addAction(action("checkSpelling"));
}

void RichTextEditor::Private::setFormattingEnabled(bool enabled)
{
    for (const char *name : formattingActions)
        action(name)->setEnabled(enabled);
    styleBox->setEnabled(enabled);
}

void RichTextEditor::Private::updateUndoRedo()
{
    action("undo")->setEnabled(!readOnly && edit->document()->isUndoAvailable());
    action("redo")->setEnabled(!readOnly && edit->document()->isRedoAvailable());
}

void RichTextEditor::Private::updateActions()
{
    if (!styleBox || readOnly)
        return;
    const QTextCursor cursor = edit->textCursor();
    const QTextCharFormat format = edit->currentCharFormat();
    const QTextList *list = cursor.currentList();
    const BlockStyle style = list ? BlockStyle::Body : blockStyle(cursor.blockFormat());
    styleBox->setCurrentIndex(int(style));
    const char *styleNames[] = {"body",     "heading1", "heading2",
                                "heading3", "quote",    "preformatted"};
    action(styleNames[int(style)])->setChecked(true);
    action("bold")->setChecked(format.fontWeight() >= QFont::DemiBold);
    action("italic")->setChecked(format.fontItalic());
    action("underline")->setChecked(format.fontUnderline() && !format.isAnchor());
    action("strikethrough")->setChecked(format.fontStrikeOut());
    action("superscript")
        ->setChecked(format.verticalAlignment() == QTextCharFormat::AlignSuperScript);
    action("subscript")->setChecked(format.verticalAlignment() == QTextCharFormat::AlignSubScript);
    action("bulletList")->setChecked(list && !isOrderedList(list));
    action("numberedList")->setChecked(list && isOrderedList(list));
    action("indent")->setEnabled(list != nullptr);
    action("outdent")->setEnabled(list != nullptr);
    const Qt::Alignment alignment = edit->alignment();
    if (alignment & Qt::AlignHCenter)
        action("alignCenter")->setChecked(true);
    else if (alignment & Qt::AlignJustify)
        action("alignJustify")->setChecked(true);
    else if (alignment & (Qt::AlignRight | Qt::AlignTrailing))
        action("alignRight")->setChecked(true);
    else
        action("alignLeft")->setChecked(true);
    action("removeLink")->setEnabled(format.isAnchor() || !linkUnderCursor(cursor).isNull());
    const bool inTable = cursor.currentTable() != nullptr;
    for (const char *name :
         {"insertRowAbove", "insertRowBelow", "insertColumnLeft", "insertColumnRight", "removeRow",
          "removeColumn", "mergeCells", "splitCell"})
        action(name)->setEnabled(inTable);
    const QTextCursor image = imageAtCursor();
    const bool onImage = !image.isNull();
    for (const char *name : {"imageSmall", "imageMedium", "imageFull", "imageOriginal"}) {
        action(name)->setEnabled(onImage);
        action(name)->setChecked(false);
    }
    if (onImage) {
        const QTextImageFormat imageFormat = image.charFormat().toImageFormat();
        const int width =
            imageFormat.hasProperty(QTextFormat::ImageWidth) ? qRound(imageFormat.width()) : 0;
        const char *checked = width == smallImageWidth    ? "imageSmall"
                              : width == mediumImageWidth ? "imageMedium"
                              : width == fullImageWidth   ? "imageFull"
                              : width == 0                ? "imageOriginal"
                                                          : nullptr;
        if (checked)
            action(checked)->setChecked(true);
    }
}

void RichTextEditor::Private::mergeFormat(const QTextCharFormat &format)
{
    QTextCursor cursor = edit->textCursor();
    if (!cursor.hasSelection()) {
        // Only what is typed next: Ctrl+B to stop bold must not un-bold the
        // word just typed.
        edit->mergeCurrentCharFormat(format);
        updateActions();
        return;
    }
    // One undo step, however the selection and the typing format are merged.
    cursor.beginEditBlock();
    cursor.mergeCharFormat(format);
    edit->mergeCurrentCharFormat(format);
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::Private::applyStyle(BlockStyle style)
{
    applyBlockStyle(edit->textCursor(), style);
    // New text typed here takes the style's look.
    edit->setCurrentCharFormat(edit->textCursor().block().charFormat());
    updateActions();
}

QTextCursor RichTextEditor::Private::imageAtCursor() const
{
    const QTextCursor cursor = edit->textCursor();
    QTextDocument *document = edit->document();
    const auto imageAt = [document](int position) -> QTextCursor {
        if (position < 0 || position + 1 >= document->characterCount())
            return {};
        QTextCursor image(document);
        image.setPosition(position);
        image.setPosition(position + 1, QTextCursor::KeepAnchor);
        if (!image.charFormat().isImageFormat())
            return {};
        return image;
    };
    if (cursor.hasSelection())
        return cursor.selectionEnd() - cursor.selectionStart() == 1
                   ? imageAt(cursor.selectionStart())
                   : QTextCursor();
    QTextCursor image = imageAt(cursor.position());
    return image.isNull() ? imageAt(cursor.position() - 1) : image;
}

void RichTextEditor::Private::editLink()
{
    QTextCursor cursor = edit->textCursor();
    const QTextCursor existing = linkUnderCursor(cursor);
    if (!existing.isNull() && !cursor.hasSelection())
        cursor = existing;
    LinkDialog dialog(store, q);
    dialog.setText(cursor.selectedText());
    if (!existing.isNull())
        dialog.setAddress(existing.charFormat().anchorHref());
    if (dialog.exec() != QDialog::Accepted || dialog.address().isEmpty())
        return;
    edit->setTextCursor(cursor);
    q->insertLink(dialog.address(), dialog.text());
}

void RichTextEditor::Private::chooseImage()
{
    const QString path = QFileDialog::getOpenFileName(
        q, RichTextEditor::tr("Insert Image"), QString(),
        RichTextEditor::tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.svg);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const Status status = q->insertImageFile(path); !status)
        showMessage(status.error());
}

void RichTextEditor::Private::chooseTable()
{
    QDialog dialog(q);
    dialog.setWindowTitle(RichTextEditor::tr("Insert Table"));
    auto *rows = new QSpinBox(&dialog);
    rows->setRange(1, 100);
    rows->setValue(3);
    auto *columns = new QSpinBox(&dialog);
    columns->setRange(1, 20);
    columns->setValue(3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(RichTextEditor::tr("&Rows:"), rows);
    form->addRow(RichTextEditor::tr("&Columns:"), columns);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        q->insertTable(rows->value(), columns->value());
}

void RichTextEditor::Private::chooseColor(bool highlight)
{
    const QTextCharFormat format = edit->currentCharFormat();
    const QColor current = highlight ? format.background().color() : format.foreground().color();
    const QColor color = QColorDialog::getColor(current, q,
                                                highlight ? RichTextEditor::tr("Highlight")
                                                          : RichTextEditor::tr("Text Colour"));
    if (!color.isValid())
        return;
    if (highlight)
        q->setHighlightColor(color);
    else
        q->setTextColor(color);
}

void RichTextEditor::insertLink(const QString &href, const QString &text)
{
    QTextCursor cursor = d->edit->textCursor();
    setLink(cursor, href, text);
    // Typing on after a link is not part of it.
    QTextCharFormat plain = d->edit->currentCharFormat();
    plain.setAnchor(false);
    plain.clearProperty(QTextFormat::AnchorHref);
    plain.clearProperty(QTextFormat::TextUnderlineStyle);
    plain.clearProperty(QTextFormat::FontUnderline);
    plain.clearProperty(QTextFormat::ForegroundBrush);
    QTextCursor after = d->edit->textCursor();
    after.clearSelection();
    d->edit->setTextCursor(after);
    d->edit->setCurrentCharFormat(plain);
    d->updateActions();
}

void RichTextEditor::insertTable(int rows, int columns)
{
    QTextTable *table = lectern::insertTable(d->edit->textCursor(), rows, columns);
    d->edit->setTextCursor(table->cellAt(0, 0).firstCursorPosition());
    d->updateActions();
}

void RichTextEditor::setTextColor(const QColor &color)
{
    QTextCharFormat format;
    format.setForeground(color);
    d->mergeFormat(format);
}

void RichTextEditor::setHighlightColor(const QColor &color)
{
    QTextCharFormat format;
    format.setBackground(color);
    d->mergeFormat(format);
}

bool RichTextEditor::setImageWidth(int width)
{
    QTextCursor image = d->imageAtCursor();
    if (image.isNull())
        return false;
    QTextImageFormat format = image.charFormat().toImageFormat();
    format.clearProperty(QTextFormat::ImageHeight);
    if (width > 0)
        format.setWidth(width);
    else
        format.clearProperty(QTextFormat::ImageWidth);
    image.setCharFormat(format);
    d->updateActions();
    return true;
}

} // namespace lectern
