#include "editortextedit.h"
#include "storage/libraryfiles.h"

#include "semanticcolours.h"

#include "articlehtml.h"
#include "editing/documenthtml.h"
#include "editing/mediaimages.h"
#include "editing/textformatting.h"
#include "librarystore.h"
#include "spellhighlighter.h"
#include "spellingmenu.h"
#include "textpictures.h"

#include <QBuffer>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QMimeDatabase>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextList>
#include <QTextTable>
#include <QUrl>

namespace lectern {

namespace {

// Copies between Lectern editors keep colours; anything else is cleaned.
const QString articleHtmlMime = QStringLiteral("application/x-lectern-article-html");

constexpr qint64 maxImageBytes = 64 * 1024 * 1024;

bool isPasteAsPlainText(const QKeyEvent *event)
{
    return event->key() == Qt::Key_V &&
           event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
}

bool isReplace(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Replace) ||
           (event->key() == Qt::Key_H && event->modifiers() == Qt::ControlModifier);
}

// Image data as the clipboard holds it, in a format worth keeping as is.
QPair<QByteArray, QString> rawImageData(const QMimeData *source)
{
    for (const char *mime : {"image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"}) {
        const QString name = QLatin1String(mime);
        if (!source->hasFormat(name))
            continue;
        const QByteArray data = source->data(name);
        if (!data.isEmpty() && imageDataSize(data).isValid())
            return {data, name};
    }
    return {};
}

// Where Tab (or Shift+Tab, `back`) goes from `cell`: the next (previous)
// cell with its text selected, as in word processors, so that typing
// replaces it. Tab in the last cell adds a row and goes to its first cell;
// Shift+Tab in the first cell stays there.
QTextCursor cellAfterTab(QTextTable *table, const QTextTableCell &cell, bool back)
{
    const int columns = table->columns();
    const int last = table->rows() * columns - 1;
    const int step = back ? -1 : 1;
    // A merged cell is entered at its top-left place only.
    for (int index = cell.row() * columns + cell.column() + step; index >= 0 && index <= last;
         index += step) {
        const QTextTableCell target = table->cellAt(index / columns, index % columns);
        if (target.row() * columns + target.column() != index)
            continue;
        QTextCursor selection = target.firstCursorPosition();
        selection.setPosition(target.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return selection;
    }
    if (back)
        return cell.firstCursorPosition();
    table->appendRows(1);
    return table->cellAt(table->rows() - 1, 0).firstCursorPosition();
}

bool htmlIsOnlyImages(const QString &html)
{
    QString text = QTextDocumentFragment::fromHtml(html).toPlainText();
    text.remove(QChar::ObjectReplacementCharacter);
    return text.trimmed().isEmpty();
}

} // namespace

EditorTextEdit::EditorTextEdit(LibraryStore &store, MediaImages &images, QWidget *parent)
    : QTextEdit(parent)
    , m_store(store)
    , m_images(images)
{
    setAcceptRichText(true);
    setTabChangesFocus(false);
    // Break lines between words only, never inside a long (Ukrainian) word.
    setWordWrapMode(QTextOption::WordWrap);
    setFrameShape(QFrame::NoFrame);
    new FittedImageHandler(document());
    showDecodedPictures(this, m_images, QVariant(missingImage()));
}

QImage EditorTextEdit::missingImage()
{
    QImage image(240, 120, QImage::Format_ARGB32_Premultiplied);
    const QPalette palette = QGuiApplication::palette();
    image.fill(placeholderFill(palette));
    QPainter painter(&image);
    painter.setPen(QPen(mutedText(palette), 1, Qt::DashLine));
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1));
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(image.rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Image missing from the library"));
    return image;
}

QVariant EditorTextEdit::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    if (name.scheme() != QLatin1String("lectern-media"))
        return QVariant(missingImage()); // nothing is read from files or the network
    const qreal ratio = devicePixelRatioF();
    const QVariant picture = m_images.resource(name.path(), qRound(maxImageWidth * ratio));
    return picture.isValid() ? atDeviceRatio(picture, ratio) : QVariant(missingImage());
}

Result<QString> EditorTextEdit::storeImage(const QByteArray &data, const QString &mime)
{
    if (data.size() > maxImageBytes)
        return Error{tr("The image is larger than 64 MB.")};
    if (!imageDataSize(data).isValid())
        return Error{tr("The data is not an image Lectern can read.")};
    return m_store.addMedia(data, mime);
}

Status EditorTextEdit::insertImageData(const QByteArray &data, const QString &mime)
{
    if (isReadOnly())
        return Error{tr("The article is read-only.")};
    const Result<QString> sha = storeImage(data, mime);
    if (!sha)
        return sha.failure();
    QTextImageFormat format;
    format.setName(mediaUrl(sha.value()));
    if (imageDataSize(data).width() > maxImageWidth)
        format.setWidth(maxImageWidth);
    textCursor().insertImage(format);
    ensureCursorVisible();
    return success();
}

Status EditorTextEdit::insertImageFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    // Reading the open library (or its log) outside SQLite would drop its locks.
    if (Status allowed = LiveLibraries::refuseIfLive(path); !allowed)
        return allowed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(shown, file.errorString())};
    if (file.size() > maxImageBytes)
        return Error{tr("%1 is larger than 64 MB.").arg(shown)};
    const QByteArray data = file.readAll();
    if (!imageDataSize(data).isValid())
        return Error{tr("%1 is not an image Lectern can read.").arg(shown)};
    const QString mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    const Status status = insertImageData(data, mime);
    if (!status)
        return Error{tr("Cannot add %1: %2").arg(shown, status.error())};
    return success();
}

void EditorTextEdit::pastePlainText()
{
    if (isReadOnly())
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty()) {
        textCursor().insertText(text);
        ensureCursorVisible();
    }
}

QString EditorTextEdit::storePastedImage(const QString &source)
{
    const QUrl url(source);
    if (url.scheme() == QLatin1String("lectern-media")) {
        const Result<bool> has = m_store.hasMedia(url.path());
        return has && has.value() ? source : QString();
    }
    QByteArray data;
    QString mime;
    if (source.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        const qsizetype comma = source.indexOf(QLatin1Char(','));
        if (comma < 0)
            return {};
        const QString header = source.mid(5, comma - 5);
        if (!header.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
            return {};
        mime = header.section(QLatin1Char(';'), 0, 0);
        data = QByteArray::fromBase64(source.mid(comma + 1).toLatin1());
    } else if (url.isLocalFile() || QDir::isAbsolutePath(source)) {
        // Word and LibreOffice put pictures beside the HTML they copy.
        const QString path = url.isLocalFile() ? url.toLocalFile() : source;
        QFile file(path);
        if (LiveLibraries::touches(path) || QFileInfo(path).size() > maxImageBytes ||
            !file.open(QIODevice::ReadOnly))
            return {};
        data = file.readAll();
        mime = QMimeDatabase().mimeTypeForFileNameAndData(path, data).name();
    } else {
        return {}; // a web address: Lectern never downloads
    }
    const Result<QString> sha = storeImage(data, mime);
    if (!sha) {
        Q_EMIT errorOccurred(sha.error());
        return {};
    }
    return mediaUrl(sha.value());
}

bool EditorTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || source->hasFormat(articleHtmlMime) ||
           QTextEdit::canInsertFromMimeData(source);
}

void EditorTextEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    if (source->hasFormat(articleHtmlMime)) {
        insertArticleHtml(QString::fromUtf8(source->data(articleHtmlMime)));
        ensureCursorVisible();
        return;
    }
    // A copied picture: browsers add HTML that only points at it on the web.
    if (source->hasImage() && (!source->hasHtml() || htmlIsOnlyImages(source->html()))) {
        QPair<QByteArray, QString> raw = rawImageData(source);
        if (raw.first.isEmpty()) {
            const QImage image = qvariant_cast<QImage>(source->imageData());
            QBuffer buffer(&raw.first);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            raw.second = QStringLiteral("image/png");
        }
        if (const Status status = insertImageData(raw.first, raw.second); !status)
            Q_EMIT errorOccurred(status.error());
        return;
    }
    if (source->hasUrls()) {
        bool inserted = false;
        for (const QUrl &url : source->urls()) {
            if (!url.isLocalFile() || QImageReader::imageFormat(url.toLocalFile()).isEmpty())
                continue;
            if (const Status status = insertImageFile(url.toLocalFile()); !status)
                Q_EMIT errorOccurred(status.error());
            inserted = true;
        }
        if (inserted)
            return;
    }
    if (source->hasHtml()) {
        const QString html = cleanForeignHtml(
            source->html(), [this](const QString &src) { return storePastedImage(src); });
        if (!html.isEmpty()) {
            insertArticleHtml(html);
            ensureCursorVisible();
            return;
        }
    }
    if (source->hasText()) {
        textCursor().insertText(source->text());
        ensureCursorVisible();
    }
}

void EditorTextEdit::insertArticleHtml(const QString &html)
{
    const QString prepared = prepareHtmlImport(html);
    QTextCursor cursor = textCursor();
    // One undo step, with the list numbers Qt's import drops put back.
    cursor.beginEditBlock();
    cursor.insertHtml(prepared);
    if (prepared.constData() != html.constData())
        finishHtmlImport(*document());
    cursor.endEditBlock();
    setTextCursor(cursor);
}

QMimeData *EditorTextEdit::createMimeDataFromSelection() const
{
    auto *mime = new QMimeData;
    const QTextDocumentFragment selection = textCursor().selection();
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(selection);
    const QString html = cleanHtml(copy);
    mime->setData(articleHtmlMime, html.toUtf8());
    mime->setHtml(html);
    QString text = selection.toPlainText();
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    mime->setText(text);
    return mime;
}

bool EditorTextEdit::event(QEvent *event)
{
    // The window's own Ctrl+F (search) must not win while one writes here.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) || isReplace(key) || isPasteAsPlainText(key)) {
            event->accept();
            return true;
        }
    }
    return QTextEdit::event(event);
}

QMenu *EditorTextEdit::contextMenuAt(const QPoint &position)
{
    const QPoint documentPosition =
        position + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    QMenu *menu = createStandardContextMenu(documentPosition);
    if (!m_spelling || isReadOnly())
        return menu;
    const Misspelling misspelling =
        m_spelling->misspellingAt(cursorForPosition(position).position());
    if (!misspelling.isValid())
        return menu;
    QTextCursor word = misspelling.cursor;
    SpellingMenu::addActions(
        menu, m_spelling->checker(), misspelling.language, misspelling.word,
        [this, word](const QString &suggestion) mutable {
            // The word keeps its look (bold, a colour) with its new spelling.
            QTextCursor first(document());
            first.setPosition(word.selectionStart() + 1);
            word.insertText(suggestion, first.charFormat());
            setTextCursor(word);
        },
        [this](const QString &message) { Q_EMIT errorOccurred(message); });
    return menu;
}

void EditorTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void EditorTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT findRequested();
        return;
    }
    if (isReplace(event)) {
        Q_EMIT replaceRequested();
        return;
    }
    if (isPasteAsPlainText(event)) {
        pastePlainText();
        return;
    }
    // Enter at the end of a heading goes on with body text.
    if (!isReadOnly() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        QTextCursor cursor = textCursor();
        if (!cursor.hasSelection() && cursor.atBlockEnd() && !cursor.currentList() &&
            cursor.blockFormat().headingLevel() > 0) {
            QTextBlockFormat body;
            body.setTopMargin(12);
            body.setBottomMargin(12);
            cursor.insertBlock(body, QTextCharFormat());
            setTextCursor(cursor);
            ensureCursorVisible();
            return;
        }
    }
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    if (!isReadOnly() && tab && !(event->modifiers() & Qt::ControlModifier)) {
        const bool back = event->key() == Qt::Key_Backtab;
        QTextCursor cursor = textCursor();
        // Tab and Shift+Tab move list items, as in word processors: at the
        // start of an item, or on a selection of items.
        if (cursor.currentList() && (back || cursor.hasSelection() || cursor.atBlockStart())) {
            changeListIndent(cursor, back ? -1 : 1);
            return;
        }
        // In a table they go from cell to cell; Tab in the last cell adds a row.
        if (QTextTable *table = cursor.currentTable()) {
            setTextCursor(cellAfterTab(table, table->cellAt(cursor), back));
            ensureCursorVisible();
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
}

void EditorTextEdit::resizeEvent(QResizeEvent *event)
{
    // The margins first, so that the text is laid out once at its final width.
    updateMeasure();
    QTextEdit::resizeEvent(event);
}

void EditorTextEdit::updateMeasure()
{
    // A page no wider than the article's measure, centred, as the reader sets it.
    const int page = maxImageWidth + 2 * int(document()->documentMargin()) + 32;
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int side = qMax(0, (width() - 2 * frameWidth() - scrollBar - page) / 2);
    setViewportMargins(side, 0, side, 0);
}

} // namespace lectern
