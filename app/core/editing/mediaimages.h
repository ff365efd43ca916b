#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace lectern {

class LibraryStore;

// Images decoded for display: never wider than asked (a 4000-pixel photo is
// decoded at the display width by the image reader, not decoded whole and
// scaled), nor taller than maxDisplayHeight, upright (EXIF orientation), and
// kept by hash and width so that reopening an article decodes nothing again.
class MediaImages final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxDisplayHeight = 4000;

    explicit MediaImages(const LibraryStore &store, qint64 cacheKiB = 64 * 1024);
    // Waits for the decodes under way (queued ones are dropped).
    ~MediaImages() override;
    Q_DISABLE_COPY_MOVE(MediaImages)

    // The image at most maxWidth pixels wide; null when the library does not
    // have it or its data is not an image.
    QImage image(const QString &sha256, int maxWidth);
    // For views that must not wait for a decode (an article of many photos
    // would open a second later): the image if it is decoded already, else a
    // blank stand-in of its display size, read from the file's header, while
    // a worker thread decodes it; decoded() follows. Null as image() is.
    QImage imageOrStandIn(const QString &sha256, int maxWidth);
    static bool isStandIn(const QImage &image);
    // Whether stand-ins are still waiting for their pictures.
    bool isDecoding() const { return !m_pending.isEmpty(); }

    bool isCached(const QString &sha256, int maxWidth) const;
    // The cached copy, or null: for tests and diagnostics.
    QImage cachedImage(const QString &sha256, int maxWidth) const;
    void clear() { m_cache.clear(); }

Q_SIGNALS:
    // A stand-in's picture is ready (null if the data did not decode after
    // all); views put it in place of the stand-in.
    void decoded(const QString &sha256, int maxWidth, const QImage &image);

private:
    static QString key(const QString &sha256, int maxWidth);
    void finish(const QString &sha256, int maxWidth, const QImage &image);

    const LibraryStore &m_store;
    QCache<QString, QImage> m_cache; // cost in KiB
    QSet<QString> m_pending;         // keys being decoded
    QThreadPool m_pool;
};

// Decodes image data no larger than maxWidth × maxHeight (keeping the aspect
// ratio), scaling while decoding where the format allows it, and upright.
QImage decodeScaledImage(const QByteArray &data, int maxWidth, int maxHeight);

// The size an image file declares, read without decoding it.
QSize imageDataSize(const QByteArray &data);

} // namespace lectern
