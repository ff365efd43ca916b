#pragma once

#include <QObject>
#include <QTextObjectInterface>

#include <QVariant>

class QTextDocument;
class QTextEdit;
class QTextImageFormat;

namespace lectern {

class MediaImages;

// The library's pictures in a text view (the editor and the reader).

// Draws a document's pictures no wider than its text, as a browser's
// max-width: 100%: a photo stored 700 pixels wide is shown narrower when the
// editor's text area is (the metadata panel beside it leaves ~450 pixels),
// and an imported photo of no set size fits the reader's column, instead of
// making the text scroll sideways. Display only: the stored width, and so
// the saved HTML, stay as they were.
class FittedImageHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    // Draws `document`'s images from now on.
    explicit FittedImageHandler(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                    int positionInDocument, const QTextFormat &format) override;

    // The size `format`'s picture is shown at in `document`.
    static QSizeF shownSize(QTextDocument *document, const QTextImageFormat &format);
};

// `picture` (a pixmap from MediaImages::resource) as a view with `ratio`
// device pixels to a pixel draws it.
QVariant atDeviceRatio(const QVariant &picture, qreal ratio);

// From now on, each picture `images` decodes takes its stand-in's place in
// `view` (same size: nothing moves, the view is repainted); `undecodable`,
// when valid, takes the place of one whose data did not decode after all.
void showDecodedPictures(QTextEdit *view, MediaImages &images, const QVariant &undecodable = {});

} // namespace lectern
