#include "mediaimages.h"

#include "semanticcolours.h"

#include "librarystore.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>

namespace lectern {

namespace {

// The size an image is shown at — upright, no larger than asked — and, in
// `decodeSize`, what to ask the reader for (its size before it turns it).
QSize shownSize(QImageReader &reader, int maxWidth, int maxHeight, QSize *decodeSize)
{
    QSize size = reader.size();
    if (!size.isValid())
        return {};
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    if (turned)
        size.transpose();
    if (size.width() > maxWidth || size.height() > maxHeight)
        size = size.scaled(maxWidth, maxHeight, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    *decodeSize = turned ? size.transposed() : size;
    return size;
}

} // namespace

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
    QSize decodeSize;
    if (!shownSize(reader, maxWidth, maxHeight, &decodeSize).isValid())
        return {};
    if (decodeSize != reader.size())
        reader.setScaledSize(decodeSize);
    return reader.read();
}

MediaImages::MediaImages(const LibraryStore &store, qint64 cacheKiB)
    : m_store(store)
    , m_cache(qMax<qint64>(1, cacheKiB))
{
}

MediaImages::~MediaImages()
{
    // A decode still running posts its result to this object: it must end
    // before the object does (posted events die with it).
    m_pool.clear();
    m_pool.waitForDone();
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
    const QPixmap *picture = m_cache.object(key(sha256, maxWidth));
    return picture ? picture->toImage() : QImage();
}

QVariant MediaImages::resource(const QString &sha256, int maxWidth)
{
    const QString cacheKey = key(sha256, maxWidth);
    if (const QPixmap *cached = m_cache.object(cacheKey))
        return *cached;
    // The bytes are read here: the library's connection belongs to this
    // thread. Only the decoding moves.
    const Result<MediaItem> media = m_store.media(sha256);
    if (!media)
        return {};
    QBuffer buffer;
    buffer.setData(media->data);
    QImageReader reader(&buffer);
    QSize decodeSize;
    const QSize shown = shownSize(reader, maxWidth, maxDisplayHeight, &decodeSize);
    if (!shown.isValid())
        return {};
    if (!m_pending.contains(cacheKey)) {
        m_pending.insert(cacheKey);
        const QByteArray data = media->data;
        m_pool.start([this, data, sha256, maxWidth] {
            QImage image = decodeScaledImage(data, maxWidth, maxDisplayHeight);
            QMetaObject::invokeMethod(
                this,
                [this, image = std::move(image), sha256, maxWidth]() mutable {
                    finish(sha256, maxWidth, std::move(image));
                },
                Qt::QueuedConnection);
        });
    }
    QPixmap &standIn = m_standIns[quint64(shown.width()) << 32 | quint64(shown.height())];
    if (standIn.isNull()) {
        standIn = QPixmap(shown);
        standIn.fill(placeholderFill(QGuiApplication::palette()));
    }
    return standIn;
}

bool MediaImages::isStandIn(const QVariant &resource) const
{
    if (resource.userType() != QMetaType::QPixmap)
        return false;
    const QPixmap picture = resource.value<QPixmap>();
    const auto found =
        m_standIns.constFind(quint64(picture.width()) << 32 | quint64(picture.height()));
    return found != m_standIns.cend() && found->cacheKey() == picture.cacheKey();
}

void MediaImages::finish(const QString &sha256, int maxWidth, QImage image)
{
    const QString cacheKey = key(sha256, maxWidth);
    m_pending.remove(cacheKey);
    QPixmap picture;
    if (!image.isNull()) {
        picture = QPixmap::fromImage(std::move(image));
        m_cache.insert(cacheKey, new QPixmap(picture),
                       qMax<qint64>(1, qint64(picture.width()) * picture.height() * 4 / 1024));
    }
    Q_EMIT decoded(sha256, maxWidth, picture);
}

} // namespace lectern
