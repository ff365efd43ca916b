#include "sitepictures.h"

#include "librarystore.h"
#include "siteoutput.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>

namespace lectern {

namespace {

// Widths of the smaller copies: a phone, a reading column at 2x, a wide screen.
constexpr int copyWidths[] = {480, 960, 1600};
constexpr int jpegQuality = 82;

QString suffixOf(const QString &mime)
{
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mime == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (mime == QLatin1String("image/gif"))
        return QStringLiteral("gif");
    if (mime == QLatin1String("image/webp"))
        return QStringLiteral("webp");
    if (mime == QLatin1String("image/svg+xml"))
        return QStringLiteral("svg");
    return {};
}

QString stem(const QString &sha256)
{
    return QLatin1String("media/") + sha256.left(16);
}

SitePicture fromManifest(const QString &sha256, const QJsonObject &entry)
{
    SitePicture picture;
    picture.original =
        stem(sha256) + QLatin1Char('.') + entry.value(QStringLiteral("ext")).toString();
    picture.width = entry.value(QStringLiteral("width")).toInt();
    picture.height = entry.value(QStringLiteral("height")).toInt();
    const QString copyExt = entry.value(QStringLiteral("copyExt")).toString();
    for (const QJsonValue width : entry.value(QStringLiteral("widths")).toArray()) {
        picture.smaller.append({width.toInt(), stem(sha256) + QLatin1Char('-') +
                                                   QString::number(width.toInt()) +
                                                   QLatin1Char('.') + copyExt});
    }
    return picture;
}

} // namespace

SitePictures::SitePictures(const LibraryStore &store, SiteWriter &writer)
    : m_store(store)
    , m_writer(writer)
{
}

Result<SitePicture> SitePictures::picture(const QString &sha256)
{
    if (const auto done = m_done.constFind(sha256); done != m_done.cend())
        return done.value();
    // Made by an earlier publish and still there: nothing to decode.
    const auto known = m_writer.previous().media.constFind(sha256);
    if (known != m_writer.previous().media.cend()) {
        const SitePicture picture = fromManifest(sha256, known.value());
        bool intact = m_writer.keep(picture.original);
        for (const auto &copy : picture.smaller)
            intact = intact && m_writer.keep(copy.second);
        if (intact) {
            m_writer.next().media.insert(sha256, known.value());
            m_done.insert(sha256, picture);
            return picture;
        }
    }

    const Result<MediaItem> item = m_store.media(sha256);
    if (!item)
        return item.failure();
    const QString ext = suffixOf(item->mime);
    if (ext.isEmpty())
        return Error{tr("The picture %1 is not in a format web browsers show (%2).")
                         .arg(sha256.left(12), item->mime)};
    QBuffer buffer;
    buffer.setData(item->data);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phone photos upright, as the original shows in browsers
    const QImage image = reader.read();
    QJsonObject entry;
    entry.insert(QStringLiteral("ext"), ext);
    SitePicture picture;
    picture.original = stem(sha256) + QLatin1Char('.') + ext;
    if (Status status = m_writer.write(picture.original, item->data); !status)
        return status.failure();
    if (image.isNull() && ext != QLatin1String("svg"))
        return Error{tr("The picture %1 could not be read.").arg(sha256.left(12))};
    picture.width = image.width();
    picture.height = image.height();
    // Copies only of photos and drawings that can be scaled well.
    const bool scalable =
        ext == QLatin1String("jpg") || ext == QLatin1String("png") || ext == QLatin1String("webp");
    const QString copyExt = image.hasAlphaChannel() ? QStringLiteral("png") : QStringLiteral("jpg");
    QJsonArray widths;
    for (const int width : copyWidths) {
        if (!scalable || width >= picture.width)
            break;
        const QImage copy = image.scaledToWidth(width, Qt::SmoothTransformation);
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        copy.save(&out, copyExt == QLatin1String("png") ? "PNG" : "JPEG",
                  copyExt == QLatin1String("png") ? -1 : jpegQuality);
        const QString path =
            stem(sha256) + QLatin1Char('-') + QString::number(width) + QLatin1Char('.') + copyExt;
        if (Status status = m_writer.write(path, bytes); !status)
            return status.failure();
        picture.smaller.append({width, path});
        widths.append(width);
    }
    entry.insert(QStringLiteral("width"), picture.width);
    entry.insert(QStringLiteral("height"), picture.height);
    entry.insert(QStringLiteral("widths"), widths);
    entry.insert(QStringLiteral("copyExt"), copyExt);
    m_writer.next().media.insert(sha256, entry);
    m_done.insert(sha256, picture);
    return picture;
}

QString SitePictures::imgHtml(const SitePicture &picture, const QString &root, const QString &alt,
                              const QString &sizes)
{
    // The src is a copy about a reading column wide; the original is the
    // largest choice of srcset.
    QString src = root + picture.original;
    QStringList candidates;
    for (const auto &copy : picture.smaller) {
        candidates.append(root + copy.second + QLatin1Char(' ') + QString::number(copy.first) +
                          QLatin1Char('w'));
        if (copy.first <= 960)
            src = root + copy.second;
    }
    QString html = QLatin1String("<img src=\"") + src.toHtmlEscaped() + QLatin1Char('"');
    if (!candidates.isEmpty() && picture.width > 0) {
        candidates.append(root + picture.original + QLatin1Char(' ') +
                          QString::number(picture.width) + QLatin1Char('w'));
        html += QLatin1String(" srcset=\"") +
                candidates.join(QStringLiteral(", ")).toHtmlEscaped() +
                QLatin1String("\" sizes=\"") + sizes.toHtmlEscaped() + QLatin1Char('"');
    }
    if (picture.width > 0 && picture.height > 0)
        html +=
            QStringLiteral(" width=\"%1\" height=\"%2\"").arg(picture.width).arg(picture.height);
    return html + QLatin1String(" alt=\"") + alt.toHtmlEscaped() + QLatin1String("\">");
}

} // namespace lectern
