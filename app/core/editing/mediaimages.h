#pragma once

#include <QCache>
#include <QImage>
#include <QString>

namespace lectern {

class LibraryStore;

// Images decoded for display: never wider than asked (a 4000-pixel photo is
// decoded at the display width by the image reader, not decoded whole and
// scaled), nor taller than maxDisplayHeight, and kept by hash and width so
// that reopening an article decodes nothing again.
class MediaImages final
{
public:
    static constexpr int maxDisplayHeight = 4000;

    explicit MediaImages(const LibraryStore &store, qint64 cacheKiB = 64 * 1024);
    Q_DISABLE_COPY_MOVE(MediaImages)

    // The image at most maxWidth pixels wide; null when the library does not
    // have it or its data is not an image.
    QImage image(const QString &sha256, int maxWidth);
    bool isCached(const QString &sha256, int maxWidth) const;
    // The cached copy, or null: for tests and diagnostics.
    QImage cachedImage(const QString &sha256, int maxWidth) const;
    void clear() { m_cache.clear(); }

private:
    static QString key(const QString &sha256, int maxWidth);

    const LibraryStore &m_store;
    QCache<QString, QImage> m_cache; // cost in KiB
};

// Decodes image data no larger than maxWidth × maxHeight (keeping the aspect
// ratio), scaling while decoding where the format allows it.
QImage decodeScaledImage(const QByteArray &data, int maxWidth, int maxHeight);

// The size an image file declares, read without decoding it.
QSize imageDataSize(const QByteArray &data);

} // namespace lectern
