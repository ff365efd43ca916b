#pragma once

#include <QObject>
#include <QTextObjectInterface>

class QTextDocument;
class QTextImageFormat;

namespace lectern {

// Draws the editor's pictures no wider than its text: a photo stored 700
// pixels wide is shown narrower when the text area is (the metadata panel
// beside it leaves ~450 pixels), instead of making the text scroll sideways.
// Display only: the stored width, and so the saved HTML, stay as they were.
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

} // namespace lectern
