#include "textpictures.h"

#include "articlehtml.h"
#include "editing/mediaimages.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFrame>
#include <QUrl>

namespace lectern {

namespace {

QVariant pictureOf(QTextDocument *document, const QTextImageFormat &format)
{
    return document->resource(QTextDocument::ImageResource, QUrl(format.name()));
}

} // namespace

FittedImageHandler::FittedImageHandler(QTextDocument *document)
    : QObject(document)
{
    document->documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSizeF FittedImageHandler::shownSize(QTextDocument *document, const QTextImageFormat &format)
{
    // As Qt sizes an image: the width and height asked for, the picture's
    // own for what is not asked, keeping its proportions.
    const QVariant picture = pictureOf(document, format);
    QSizeF own;
    if (picture.userType() == QMetaType::QPixmap)
        own = picture.value<QPixmap>().deviceIndependentSize();
    else if (picture.userType() == QMetaType::QImage)
        own = picture.value<QImage>().deviceIndependentSize();
    qreal width = format.width();
    qreal height = format.height();
    if (width <= 0 && height <= 0) {
        width = own.width();
        height = own.height();
    } else if (height <= 0) {
        height = own.width() > 0 ? width * own.height() / own.width() : width;
    } else if (width <= 0) {
        width = own.height() > 0 ? height * own.width() / own.height() : height;
    }
    // Then no wider than the text.
    const QTextFrameFormat frame = document->rootFrame()->frameFormat();
    // (The document's margin is its root frame's.)
    const qreal room = document->textWidth() - frame.leftMargin() - frame.rightMargin() -
                       2 * (frame.padding() + frame.border());
    if (document->textWidth() > 0 && room > 16 && width > room) {
        height = height * room / width;
        width = room;
    }
    return {qMax(width, 1.0), qMax(height, 1.0)};
}

QSizeF FittedImageHandler::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    return shownSize(document, format.toImageFormat());
}

void FittedImageHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                    int, const QTextFormat &format)
{
    const QVariant picture = pictureOf(document, format.toImageFormat());
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (picture.userType() == QMetaType::QPixmap)
        painter->drawPixmap(rect, picture.value<QPixmap>(), QRectF());
    else if (picture.userType() == QMetaType::QImage)
        painter->drawImage(rect, picture.value<QImage>());
    painter->restore();
}

QVariant atDeviceRatio(const QVariant &picture, qreal ratio)
{
    if (ratio <= 1 || picture.userType() != QMetaType::QPixmap)
        return picture;
    QPixmap sharp = picture.value<QPixmap>();
    sharp.setDevicePixelRatio(ratio);
    return sharp;
}

void showDecodedPictures(QTextEdit *view, MediaImages &images, const QVariant &undecodable)
{
    QObject::connect(&images, &MediaImages::decoded, view,
                     [view, undecodable](const QString &sha256, int, const QPixmap &picture) {
                         const QVariant shown =
                             picture.isNull() ? undecodable
                                              : atDeviceRatio(picture, view->devicePixelRatioF());
                         if (!shown.isValid())
                             return;
                         view->document()->addResource(QTextDocument::ImageResource,
                                                       QUrl(mediaUrl(sha256)), shown);
                         view->viewport()->update();
                     });
}

} // namespace lectern
