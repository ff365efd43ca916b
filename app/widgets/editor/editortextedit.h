#pragma once

#include "result.h"

#include <QTextEdit>

namespace lectern {

class LibraryStore;
class MediaImages;
class SpellHighlighter;

// The text area of the rich-text editor: images come from the library's
// media as scaled display copies, and whatever is pasted or dropped becomes
// article HTML (images stored as media, foreign styling dropped).
class EditorTextEdit final : public QTextEdit
{
    Q_OBJECT

public:
    // Images are shown at most this wide: the article's measure.
    static constexpr int maxImageWidth = 700;

    EditorTextEdit(LibraryStore &store, MediaImages &images, QWidget *parent = nullptr);

    // Stores image data as library media and inserts it at the cursor.
    Status insertImageData(const QByteArray &data, const QString &mime);
    Status insertImageFile(const QString &path);
    void pastePlainText();

    // The placeholder shown for an image the library does not have.
    static QImage missingImage();

    // Misspelt words are underlined by `spelling`, and offered with their
    // suggestions in the context menu.
    void setSpelling(SpellHighlighter *spelling) { m_spelling = spelling; }
    // The context menu for `position` (viewport coordinates): Qt's, with the
    // spelling of a misspelt word there first.
    QMenu *contextMenuAt(const QPoint &position);

Q_SIGNALS:
    void findRequested();
    void replaceRequested();
    // An image could not be stored; the message names it.
    void errorOccurred(const QString &message);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The source to keep for an image in pasted HTML: a media URL, or empty.
    QString storePastedImage(const QString &source);
    Result<QString> storeImage(const QByteArray &data, const QString &mime);
    // Article HTML at the cursor, keeping what Qt's import alone would drop.
    void insertArticleHtml(const QString &html);
    void updateMeasure();

    LibraryStore &m_store;
    MediaImages &m_images;
    SpellHighlighter *m_spelling = nullptr;
};

} // namespace lectern
