#pragma once

// Shared by richtexteditor.cpp (the widget, loading and counting) and
// editoractions.cpp (the formatting actions, toolbar and menu).
#include "editing/documenthtml.h"
#include "editing/mediaimages.h"
#include "editing/textcounts.h"
#include "richtexteditor.h"

#include <QHash>
#include <QPointer>
#include <QTextCursor>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QTimer;

namespace lectern {

class EditorTextEdit;
class FindReplaceBar;
class SpellHighlighter;

class RichTextEditor::Private
{
public:
    Private(RichTextEditor *q, LibraryStore &store);

    void createActions();
    void createToolBar();
    void createMenu();
    void updateActions();
    void updateUndoRedo();
    void setFormattingEnabled(bool enabled);

    // Bold, italic…: on the selection; with none, on what is typed next.
    void mergeFormat(const QTextCharFormat &format);
    void applyStyle(BlockStyle style);
    void editLink();
    void chooseImage();
    void chooseTable();
    void chooseColor(bool highlight);
    void showMessage(const QString &message);

    // The image the cursor is on or beside, selected; null when none.
    QTextCursor imageAtCursor() const;

    // Qt lays a long document out lazily, in steps that double up to 200,000
    // characters (100 ms at 1 MB): every change of the document makes them
    // small again, so a change of nothing at the next position every turn
    // lays it out a little at a time until it is done.
    void paceLayout();
    void scheduleCount();
    void invalidateCounts(int position, int added);
    TextCounts count() const;
    void showCounts();

    QAction *action(const char *name) const { return actions.value(QLatin1String(name)); }
    QAction *addAction(const char *name, const QString &text, const QIcon &icon = {},
                       bool checkable = false);

    RichTextEditor *q;
    LibraryStore &store;
    MediaImages images;
    EditorTextEdit *edit = nullptr;
    SpellHighlighter *spelling = nullptr;
    QToolBar *toolBar = nullptr;
    QMenu *formatMenu = nullptr;
    FindReplaceBar *findBar = nullptr;
    QComboBox *styleBox = nullptr;
    QLabel *countLabel = nullptr;
    QLabel *messageLabel = nullptr;
    QTimer *countTimer = nullptr;
    QTimer *changedTimer = nullptr;
    QTimer *messageTimer = nullptr;
    QHash<QString, QAction *> actions;
    QActionGroup *alignGroup = nullptr;
    // The last clean HTML written, and the edit it was written after: saving
    // right after an autosave, or autosaving after a metadata edit, does not
    // serialise an unchanged body again (170 ms at 1 MB).
    quint64 edits = 0; // every contentsChange
    quint64 htmlEdits = 0;
    bool htmlValid = false;
    QString html;
    // prepareBodyHtml(): the writer, the edit it started after, and what to
    // call when it is done.
    std::unique_ptr<CleanHtmlWriter> sliceWriter;
    quint64 sliceEdits = 0;
    std::function<void()> sliceReady;
    int sliceMs = 8;
    QTimer *sliceTimer = nullptr;
    // Lays a long body out a few thousand characters a turn after it is
    // loaded (paceLayout()).
    QTimer *layoutTimer = nullptr;
    int layoutTarget = 0;
    bool loading = false;
    bool readOnly = false;
    bool updating = false;
};

} // namespace lectern
