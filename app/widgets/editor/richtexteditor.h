#pragma once

#include "editing/textcounts.h"
#include "result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QTextEdit;
class QToolBar;

namespace lectern {

class FindReplaceBar;
class LibraryStore;
class MediaImages;
class SpellHighlighter;

// The rich-text editor of article bodies and university profiles: a text
// area with a formatting toolbar and menu, images stored as library media,
// find and replace, and a word count. Its HTML is the library's clean
// article HTML, stable across any number of load/save cycles.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    // Widths of the image size options.
    static constexpr int smallImageWidth = 240;
    static constexpr int mediumImageWidth = 460;
    static constexpr int fullImageWidth = 700;

    explicit RichTextEditor(LibraryStore &store, QWidget *parent = nullptr);
    ~RichTextEditor() override;
    Q_DISABLE_COPY_MOVE(RichTextEditor)

    // Loads a body; clears undo history and the modified flag.
    void setBodyHtml(const QString &html);
    // The body as clean HTML (no inline styling that fights the article's
    // typography); loading it again gives the same string back.
    QString bodyHtml() const;
    // Writes bodyHtml() from the event loop a few milliseconds at a time (a
    // 1 MB article takes 170 ms in one go) and then calls `ready`, when
    // bodyHtml() returns at once. An edit on the way abandons it without
    // calling `ready`: ask again after the next pause.
    // `sliceMs` is the time each turn writes for (0: one block or table).
    void prepareBodyHtml(std::function<void()> ready, int sliceMs = 8);
    QString plainText() const;

    bool isModified() const;
    void setModified(bool modified);
    void setReadOnly(bool readOnly);

    QTextEdit *textEdit() const;
    QToolBar *toolBar() const;
    // The Format menu (paragraph styles, character formats, lists, tables,
    // links, images) for the window's menu bar.
    QMenu *formatMenu() const;
    // For the window's Edit menu: undo, redo, paste as plain text, find,
    // find and replace. They work while the editor has the focus.
    QList<QAction *> editActions() const;
    // An action of the toolbar or menu by name ("bold", "heading1",
    // "bulletList", "insertTable"…), for tests and for the window.
    QAction *editorAction(const QString &name) const;

    // Words and characters of the text; the label under the text shows them
    // a moment after typing stops.
    TextCounts counts() const;
    QLabel *countLabel() const;
    FindReplaceBar *findBar() const;
    // Images as shown: decoded no wider than the text.
    MediaImages &mediaImages() const;
    // Spell checking of the text: each word in the first of `languages`
    // with a dictionary for its writing system (none: not checked).
    void setSpellingLanguages(const QStringList &languages);
    SpellHighlighter *spelling() const;

    // What the toolbar's buttons do after their dialogs are answered.
    Status insertImageFile(const QString &path);
    Status insertImageData(const QByteArray &data, const QString &mime);
    void insertLink(const QString &href, const QString &text = {});
    void insertTable(int rows, int columns);
    void setTextColor(const QColor &color);
    void setHighlightColor(const QColor &color);
    // The width of the image at the cursor (0: its own size); false when the
    // cursor is at no image.
    bool setImageWidth(int width);
    void pastePlainText();

Q_SIGNALS:
    void modificationChanged(bool modified);
    // Any edit; cheap to connect to (emitted at most once per event loop turn).
    void contentsChanged();

private:
    class Private;
    Private *d;
};

} // namespace lectern
