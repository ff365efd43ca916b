#include "imagecollector.h"

#include "storage/libraryfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace lectern {

ImageCollector::ImageCollector(const PageContext &context, ImportedPage &page)
    : m_context(context)
    , m_page(page)
{
    if (!context.filePath.isEmpty())
        m_pageFolder = QFileInfo(context.filePath).absolutePath();
    const QString root = context.rootFolder.isEmpty() ? m_pageFolder : context.rootFolder;
    if (!root.isEmpty()) {
        m_root = QFileInfo(root).canonicalFilePath();
        if (!m_root.isEmpty() && !m_root.endsWith(QLatin1Char('/')))
            m_root += QLatin1Char('/');
        m_plainRoot = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
        if (!m_plainRoot.endsWith(QLatin1Char('/')))
            m_plainRoot += QLatin1Char('/');
    }
}

ImageCollector::Outcome ImageCollector::resolve(const QString &input)
{
    const QString src = input.trimmed();
    if (src.isEmpty())
        return {};
    if (const auto seen = m_seen.constFind(src); seen != m_seen.constEnd())
        return seen.value();

    Outcome outcome;
    const QString lower = src.left(16).toLower();
    if (lower.startsWith(QLatin1String("data:"))) {
        outcome = fromDataUrl(src);
    } else if (lower.startsWith(QLatin1String("http:")) ||
               lower.startsWith(QLatin1String("https:")) || lower.startsWith(QLatin1String("//"))) {
        outcome = {Kind::Remote,
                   lower.startsWith(QLatin1String("//")) ? QLatin1String("https:") + src : src};
        ++m_page.remoteImages;
    } else if (lower.startsWith(QLatin1String("lectern-media:"))) {
        outcome = {}; // only the library itself may hand these out
        ++m_page.missingImages;
    } else {
        const QUrl url(src, QUrl::TolerantMode);
        const QString scheme = url.scheme().toLower();
        if (!scheme.isEmpty() && scheme != QLatin1String("file") && scheme.size() > 1) {
            ++m_page.missingImages; // ftp:, javascript: and the like
        } else if (scheme == QLatin1String("file")) {
            outcome = fromFile(url.toLocalFile());
        } else {
            QString path = url.path(QUrl::FullyDecoded);
            if (path.isEmpty())
                path = src;
            // "/img/a.png" means the root of the saved site, which is the
            // imported folder, never the root of this computer.
            const QString base =
                path.startsWith(QLatin1Char('/')) && !m_root.isEmpty() ? m_root : m_pageFolder;
            outcome = base.isEmpty() ? Outcome{}
                                     : fromFile(QDir(base).filePath(
                                           path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
        }
    }
    if (m_seen.size() < 10000)
        m_seen.insert(src, outcome);
    return outcome;
}

ImageCollector::Outcome ImageCollector::fromDataUrl(const QString &src)
{
    const qsizetype comma = src.indexOf(QLatin1Char(','));
    if (comma < 0) {
        ++m_page.missingImages;
        return {};
    }
    const QString header = src.mid(5, comma - 5).toLower();
    const bool base64 = header.endsWith(QLatin1String(";base64"));
    const QString mime = header.section(QLatin1Char(';'), 0, 0).trimmed();
    const qsizetype payload = src.size() - comma - 1;
    // Check the size before decoding anything.
    if ((base64 ? payload / 4 * 3 : payload / 3) > m_context.maxImageBytes) {
        ++m_page.oversizedImages;
        return {};
    }
    QByteArray data;
    if (base64) {
        QByteArray encoded = src.mid(comma + 1).toLatin1();
        encoded.replace(' ', "").replace('\n', "").replace('\r', "").replace('\t', "");
        auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            ++m_page.missingImages;
            return {};
        }
        data = *decoded;
    } else {
        data = QByteArray::fromPercentEncoding(src.mid(comma + 1).toUtf8());
    }
    if (data.size() > m_context.maxImageBytes) {
        ++m_page.oversizedImages;
        return {};
    }
    return store(data, mime);
}

ImageCollector::Outcome ImageCollector::fromFile(const QString &path)
{
    const QFileInfo info(path);
    // A path that names a place outside the folder is refused before the
    // file system is asked anything about it.
    const QString plain = QDir::cleanPath(info.absoluteFilePath());
    if (m_root.isEmpty() || (!plain.startsWith(m_plainRoot) && !plain.startsWith(m_root))) {
        ++m_page.blockedImages;
        return {};
    }
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) {
        // Missing: whether it would have been inside the folder is moot.
        ++m_page.missingImages;
        return {};
    }
    if (m_root.isEmpty() || !canonical.startsWith(m_root)) {
        ++m_page.blockedImages;
        return {};
    }
    if (!info.isFile()) {
        ++m_page.missingImages;
        return {};
    }
    if (info.size() > m_context.maxImageBytes) {
        ++m_page.oversizedImages;
        return {};
    }
    if (LiveLibraries::touches(canonical)) { // the open library is never read outside SQLite
        ++m_page.blockedImages;
        return {};
    }
    QFile file(canonical);
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_page.missingImages;
        return {};
    }
    return store(file.read(m_context.maxImageBytes + 1), QString());
}

ImageCollector::Outcome ImageCollector::store(const QByteArray &data, const QString &declaredMime)
{
    static const QMimeDatabase mimes;
    QString mime = mimes.mimeTypeForData(data).name();
    if (!mime.startsWith(QLatin1String("image/")) &&
        declaredMime == QLatin1String("image/svg+xml") && data.contains("<svg"))
        mime = declaredMime;
    if (data.isEmpty() || !mime.startsWith(QLatin1String("image/"))) {
        ++m_page.missingImages;
        return {};
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    bool known = false;
    for (const MediaItem &item : std::as_const(m_page.media))
        known = known || item.sha256 == sha;
    if (!known)
        m_page.media.append(MediaItem{sha, mime, data});
    return {Kind::Stored, mediaUrl(sha)};
}

} // namespace lectern
