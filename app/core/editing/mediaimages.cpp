#include "mediaimages.h"

#include "librarystore.h"

#include <QBuffer>
#include <QImageReader>

namespace lectern {

QSize imageDataSize(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    return reader.size();
}

QImage decodeScaledImage(const QByteArray &data, int maxWidth, int maxHeight)
{
    QBuffer buffer;
    buffer.setData(data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    // Photos rotated by their EXIF orientation swap width and height.
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    if (size.width() > maxWidth || size.height() > maxHeight) {
        QSize scaled = size.scaled(maxWidth, maxHeight, Qt::KeepAspectRatio);
        scaled = scaled.expandedTo(QSize(1, 1));
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            scaled.transpose();
        reader.setScaledSize(scaled);
    }
    return reader.read();
}

MediaImages::MediaImages(const LibraryStore &store, qint64 cacheKiB)
    : m_store(store)
    , m_cache(qMax<qint64>(1, cacheKiB))
{
}

QString MediaImages::key(const QString &sha256, int maxWidth)
{
    return sha256 + QLatin1Char('@') + QString::number(maxWidth);
}

bool MediaImages::isCached(const QString &sha256, int maxWidth) const
{
    return m_cache.contains(key(sha256, maxWidth));
}

QImage MediaImages::cachedImage(const QString &sha256, int maxWidth) const
{
    const QImage *image = m_cache.object(key(sha256, maxWidth));
    return image ? *image : QImage();
}

QImage MediaImages::image(const QString &sha256, int maxWidth)
{
    const QString cacheKey = key(sha256, maxWidth);
    if (const QImage *cached = m_cache.object(cacheKey))
        return *cached;
    const Result<MediaItem> media = m_store.media(sha256);
    if (!media)
        return {};
    QImage image = decodeScaledImage(media->data, maxWidth, maxDisplayHeight);
    if (image.isNull())
        return {};
    m_cache.insert(cacheKey, new QImage(image), qMax<qint64>(1, image.sizeInBytes() / 1024));
    return image;
}

} // namespace lectern
