#include "richtexteditor.h"

#include "editorblockdata.h"
#include "editortextedit.h"
#include "findreplacebar.h"
#include "librarystore.h"
#include "richtexteditor_p.h"
#include "spellhighlighter.h"
#include "spelling/spellchecker.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

namespace lectern {

RichTextEditor::Private::Private(RichTextEditor *editor, LibraryStore &libraryStore)
    : q(editor)
    , store(libraryStore)
    , images(libraryStore)
{
}

void RichTextEditor::Private::paceLayout()
{
    constexpr int smallDocument = 40000; // characters: laid out in one go anyway
    constexpr int charactersPerTurn = 12000;
    QTextDocument *document = edit->document();
    layoutTarget = 0;
    if (document->characterCount() < smallDocument) {
        if (layoutTimer)
            layoutTimer->stop();
        return;
    }
    if (!layoutTimer) {
        layoutTimer = new QTimer(q);
        layoutTimer->setInterval(0);
        QObject::connect(layoutTimer, &QTimer::timeout, q, [this] {
            QTextDocument *current = edit->document();
            layoutTarget += charactersPerTurn;
            if (layoutTarget >= current->characterCount() - 1) {
                layoutTimer->stop();
                return;
            }
            current->markContentsDirty(layoutTarget, 0);
        });
    }
    // After the article's first paint.
    QTimer::singleShot(30, layoutTimer, [timer = layoutTimer] { timer->start(); });
}

void RichTextEditor::Private::scheduleCount()
{
    countTimer->start();
}

void RichTextEditor::Private::invalidateCounts(int position, int added)
{
    QTextDocument *document = edit->document();
    QTextBlock block = document->findBlock(position);
    const QTextBlock last = document->findBlock(position + added);
    for (; block.isValid(); block = block.next()) {
        if (auto *data = static_cast<EditorBlockData *>(block.userData()))
            data->countsValid = false;
        if (block == last)
            break;
    }
}

TextCounts RichTextEditor::Private::count() const
{
    TextCounts total;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        EditorBlockData *data = EditorBlockData::of(block);
        if (!data->countsValid) {
            data->counts = countText(block.text());
            data->countsValid = true;
        }
        total += data->counts;
    }
    return total;
}

void RichTextEditor::Private::showCounts()
{
    const TextCounts counts = count();
    countLabel->setText(RichTextEditor::tr("%n words", nullptr, int(counts.words)) +
                        QStringLiteral(" · ") +
                        RichTextEditor::tr("%n characters", nullptr, int(counts.characters)));
}

void RichTextEditor::Private::showMessage(const QString &message)
{
    messageLabel->setText(message);
    messageLabel->setToolTip(message);
    messageTimer->start();
}

RichTextEditor::RichTextEditor(LibraryStore &store, QWidget *parent)
    : QWidget(parent)
    , d(new Private(this, store))
{
    d->edit = new EditorTextEdit(store, d->images, this);
    d->edit->setAccessibleName(RichTextEditor::tr("Article text"));
    QFont font = d->edit->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.15); // the reader's size
    d->edit->document()->setDefaultFont(font);
    d->findBar = new FindReplaceBar(d->edit, this);
    d->spelling = new SpellHighlighter(d->edit->document(), SpellChecker::shared());
    d->edit->setSpelling(d->spelling);
    d->spelling->setFirstVisibleBlock(
        [edit = d->edit] { return edit->cursorForPosition(QPoint(0, 0)).block(); });

    d->countLabel = new QLabel(this);
    d->countLabel->setObjectName(QStringLiteral("wordCount"));
    d->messageLabel = new QLabel(this);
    d->messageLabel->setObjectName(QStringLiteral("editorMessage"));
    QFont small = d->countLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    d->countLabel->setFont(small);
    d->messageLabel->setFont(small);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(8, 2, 8, 2);
    statusRow->addWidget(d->messageLabel, 1);
    statusRow->addWidget(d->countLabel);

    d->countTimer = new QTimer(this);
    d->countTimer->setSingleShot(true);
    d->countTimer->setInterval(300);
    d->changedTimer = new QTimer(this);
    d->changedTimer->setSingleShot(true);
    d->changedTimer->setInterval(0);
    d->messageTimer = new QTimer(this);
    d->messageTimer->setSingleShot(true);
    d->messageTimer->setInterval(10000);

    d->createActions();
    d->createToolBar();
    d->createMenu();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(d->toolBar);
    layout->addWidget(d->findBar);
    layout->addWidget(d->edit, 1);
    layout->addLayout(statusRow);

    QTextDocument *document = d->edit->document();
    connect(document, &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!d->loading)
            Q_EMIT modificationChanged(modified);
    });
    // Per keystroke only the touched blocks are marked; counting waits for a pause.
    connect(document, &QTextDocument::contentsChange, this, [this](int position, int, int added) {
        ++d->edits;
        d->invalidateCounts(position, added);
        if (d->loading)
            return;
        d->scheduleCount();
        if (!d->changedTimer->isActive())
            d->changedTimer->start();
    });
    connect(d->changedTimer, &QTimer::timeout, this, &RichTextEditor::contentsChanged);
    connect(d->countTimer, &QTimer::timeout, this, [this] { d->showCounts(); });
    connect(d->messageTimer, &QTimer::timeout, d->messageLabel, &QLabel::clear);
    connect(d->edit, &QTextEdit::cursorPositionChanged, this, [this] { d->updateActions(); });
    connect(d->edit, &QTextEdit::currentCharFormatChanged, this, [this] { d->updateActions(); });
    connect(document, &QTextDocument::undoAvailable, this, [this] { d->updateUndoRedo(); });
    connect(document, &QTextDocument::redoAvailable, this, [this] { d->updateUndoRedo(); });
    connect(d->edit, &EditorTextEdit::findRequested, d->findBar, &FindReplaceBar::showFind);
    connect(d->edit, &EditorTextEdit::replaceRequested, d->findBar, &FindReplaceBar::showReplace);
    connect(d->edit, &EditorTextEdit::errorOccurred, this,
            [this](const QString &message) { d->showMessage(message); });
    connect(d->edit, &QTextEdit::cursorPositionChanged, d->spelling,
            [this] { d->spelling->setCursorPosition(d->edit->textCursor().position()); });
    connect(&d->spelling->checker(), &SpellChecker::errorOccurred, this,
            [this](const QString &message) { d->showMessage(message); });
    d->updateActions();
    d->updateUndoRedo();
    d->showCounts();
}

RichTextEditor::~RichTextEditor()
{
    // The text area's document may still ask for images while it goes.
    delete d->edit;
    d->edit = nullptr;
    delete d;
}

void RichTextEditor::setBodyHtml(const QString &html)
{
    // Loading is not an edit: no change signals, and unmodified after it.
    const bool wasModified = isModified();
    if (d->sliceTimer)
        d->sliceTimer->stop(); // the body being written is gone
    d->sliceWriter.reset();
    d->sliceReady = nullptr;
    d->loading = true;
    d->htmlValid = false;
    d->html.clear();
    // Checked from the event loop once loaded, not block by block now.
    d->spelling->beginLoading();
    const QString prepared = prepareHtmlImport(html);
    // setHtml keeps pictures handed to the document (addResource): clear()
    // lets the last article's go.
    d->edit->document()->clear();
    d->edit->setHtml(prepared);
    QTextDocument *document = d->edit->document();
    if (prepared.constData() != html.constData())
        finishHtmlImport(*document);
    document->clearUndoRedoStacks();
    document->setModified(false);
    d->loading = false;
    d->spelling->endLoading();
    d->paceLayout();
    if (wasModified)
        Q_EMIT modificationChanged(false);
    d->changedTimer->stop();
    // Counted now, not after the pause typing waits for: the label must not
    // show the previous text's count (or none) until the first keystroke.
    // It also fills every block's cache, so later recounts stay cheap.
    d->countTimer->stop();
    d->showCounts();
    d->updateActions();
    d->updateUndoRedo();
}

void RichTextEditor::prepareBodyHtml(std::function<void()> ready, int sliceMs)
{
    const QTextDocument &document = *d->edit->document();
    if (d->htmlValid && d->htmlEdits == d->edits) {
        ready();
        return;
    }
    d->sliceWriter = std::make_unique<CleanHtmlWriter>(document);
    d->sliceEdits = d->edits;
    d->sliceReady = std::move(ready);
    d->sliceMs = sliceMs;
    if (!d->sliceTimer) {
        // Each slice leaves the event loop to keys and paints before the next.
        d->sliceTimer = new QTimer(this);
        d->sliceTimer->setInterval(0);
        connect(d->sliceTimer, &QTimer::timeout, this, [this] {
            if (!d->sliceWriter || d->sliceEdits != d->edits) {
                d->sliceTimer->stop();
                d->sliceWriter.reset();
                d->sliceReady = nullptr;
                return;
            }
            if (!d->sliceWriter->writeFor(d->sliceMs))
                return;
            d->sliceTimer->stop();
            d->html = d->sliceWriter->take();
            d->htmlEdits = d->sliceEdits;
            d->htmlValid = true;
            d->sliceWriter.reset();
            const std::function<void()> done = std::exchange(d->sliceReady, nullptr);
            if (done)
                done();
        });
    }
    d->sliceTimer->start();
}

QString RichTextEditor::bodyHtml() const
{
    // Text and format changes, undo and redo all pass through contentsChange.
    // (Not the document's revision: underlining misspelt words moves it.)
    if (!d->htmlValid || d->htmlEdits != d->edits) {
        d->html = cleanHtml(*d->edit->document());
        d->htmlEdits = d->edits;
        d->htmlValid = true;
    }
    return d->html;
}

QString RichTextEditor::plainText() const
{
    QString text = d->edit->document()->toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text;
}

bool RichTextEditor::isModified() const
{
    return d->edit->document()->isModified();
}

void RichTextEditor::setModified(bool modified)
{
    d->edit->document()->setModified(modified);
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    d->readOnly = readOnly;
    d->edit->setReadOnly(readOnly);
    // Links stay clickable and text selectable for readers.
    d->edit->setTextInteractionFlags(readOnly ? Qt::TextBrowserInteraction
                                              : Qt::TextEditorInteraction);
    d->toolBar->setVisible(!readOnly);
    d->spelling->setReadOnly(readOnly);
    d->setFormattingEnabled(!readOnly);
    d->updateActions();
    d->updateUndoRedo();
}

QTextEdit *RichTextEditor::textEdit() const
{
    return d->edit;
}

QToolBar *RichTextEditor::toolBar() const
{
    return d->toolBar;
}

QMenu *RichTextEditor::formatMenu() const
{
    return d->formatMenu;
}

QList<QAction *> RichTextEditor::editActions() const
{
    return {d->action("undo"), d->action("redo"), d->action("pastePlainText"), d->action("find"),
            d->action("replace")};
}

QAction *RichTextEditor::editorAction(const QString &name) const
{
    return d->actions.value(name);
}

TextCounts RichTextEditor::counts() const
{
    return d->count();
}

QLabel *RichTextEditor::countLabel() const
{
    return d->countLabel;
}

FindReplaceBar *RichTextEditor::findBar() const
{
    return d->findBar;
}

MediaImages &RichTextEditor::mediaImages() const
{
    return d->images;
}

void RichTextEditor::setSpellingLanguages(const QStringList &languages)
{
    d->spelling->setLanguages(languages);
}

SpellHighlighter *RichTextEditor::spelling() const
{
    return d->spelling;
}

Status RichTextEditor::insertImageFile(const QString &path)
{
    return d->edit->insertImageFile(path);
}

Status RichTextEditor::insertImageData(const QByteArray &data, const QString &mime)
{
    return d->edit->insertImageData(data, mime);
}

void RichTextEditor::pastePlainText()
{
    d->edit->pastePlainText();
}

} // namespace lectern
