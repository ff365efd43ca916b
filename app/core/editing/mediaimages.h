#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace lectern {

class LibraryStore;

// Pictures decoded for display in a text view: never wider than asked (a
// 4000-pixel photo is decoded at the display width by the image reader, not
// decoded whole and scaled), nor taller than maxDisplayHeight, upright (EXIF
// orientation), decoded on worker threads so that an article of many photos
// opens at once, and kept by hash and width so that reopening it decodes
// nothing again. Pixmaps, because that is what a text view draws: a picture
// handed over as an image would be converted at every layout and paint.
class MediaImages final : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxDisplayHeight = 4000;

    explicit MediaImages(const LibraryStore &store, qint64 cacheKiB = 64 * 1024);
    // Waits for the decodes under way (queued ones are dropped).
    ~MediaImages() override;
    Q_DISABLE_COPY_MOVE(MediaImages)

    // What a text view shows for the picture: the decoded pixmap if it is
    // ready; else a blank stand-in of its display size, read from the file's
    // header (one pixmap shared by all stand-ins of that size), while a
    // worker decodes it, and decoded() follows. Invalid when the library
    // does not have it or its data is not an image.
    QVariant resource(const QString &sha256, int maxWidth);
    bool isStandIn(const QVariant &resource) const;
    // Whether stand-ins are still waiting for their pictures.
    bool isDecoding() const { return !m_pending.isEmpty(); }

    bool isCached(const QString &sha256, int maxWidth) const;
    // The cached copy, or null: for tests and diagnostics.
    QImage cachedImage(const QString &sha256, int maxWidth) const;
    void clear() { m_cache.clear(); }

Q_SIGNALS:
    // A stand-in's picture is ready (null if the data did not decode after
    // all); views put it in place of the stand-in.
    void decoded(const QString &sha256, int maxWidth, const QPixmap &picture);

private:
    static QString key(const QString &sha256, int maxWidth);
    void finish(const QString &sha256, int maxWidth, QImage image);

    const LibraryStore &m_store;
    QCache<QString, QPixmap> m_cache;   // cost in KiB
    QSet<QString> m_pending;            // keys being decoded
    QHash<quint64, QPixmap> m_standIns; // by size: width << 32 | height
    QThreadPool m_pool;
};

// Decodes image data no larger than maxWidth × maxHeight (keeping the aspect
// ratio), scaling while decoding where the format allows it, and upright.
QImage decodeScaledImage(const QByteArray &data, int maxWidth, int maxHeight);

// The size an image file declares, read without decoding it.
QSize imageDataSize(const QByteArray &data);

} // namespace lectern
