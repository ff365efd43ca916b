#include "siteoutput.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace lectern {

namespace {

const QLatin1String stagingSuffix(".lectern-tmp");

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

template <typename Value> QJsonObject objectOf(const QMap<QString, Value> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if constexpr (std::is_same_v<Value, QByteArray>)
            object.insert(it.key(), QString::fromLatin1(it.value()));
        else
            object.insert(it.key(), it.value());
    }
    return object;
}

} // namespace

QByteArray SiteManifest::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("generator"), QStringLiteral("Lectern"));
    root.insert(QStringLiteral("format"), 1);
    root.insert(QStringLiteral("files"), objectOf(files));
    root.insert(QStringLiteral("addresses"), objectOf(addresses));
    root.insert(QStringLiteral("pages"), objectOf(pagePaths));
    root.insert(QStringLiteral("media"), objectOf(media));
    // Keys sorted (QJsonObject keeps them so): the same site, the same bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<SiteManifest> SiteManifest::fromJson(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("generator")).toString() != QLatin1String("Lectern"))
        return Error{SiteWriter::tr("The list of files Lectern made there is damaged.")};
    SiteManifest manifest;
    const QJsonObject files = root.value(QStringLiteral("files")).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        manifest.files.insert(it.key(), it.value().toString().toLatin1());
    const QJsonObject addresses = root.value(QStringLiteral("addresses")).toObject();
    for (auto it = addresses.begin(); it != addresses.end(); ++it)
        manifest.addresses.insert(it.key(), it.value().toString());
    const QJsonObject pages = root.value(QStringLiteral("pages")).toObject();
    for (auto it = pages.begin(); it != pages.end(); ++it)
        manifest.pagePaths.insert(it.key(), it.value().toString());
    const QJsonObject media = root.value(QStringLiteral("media")).toObject();
    for (auto it = media.begin(); it != media.end(); ++it)
        manifest.media.insert(it.key(), it.value().toObject());
    return manifest;
}

Result<SiteWriter> SiteWriter::open(const QString &folder, bool force)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return Error{tr("“%1” is a file, not a folder; nothing was written.").arg(native(folder))};
    }
    SiteWriter writer;
    writer.m_folder = QDir::cleanPath(info.absoluteFilePath());
    const QString manifestPath =
        QDir(writer.m_folder).filePath(QLatin1String(SiteManifest::fileName));
    if (QFileInfo::exists(manifestPath)) {
        QFile file(manifestPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("“%1” could not be read (%2); nothing was written.")
                             .arg(native(manifestPath), file.errorString())};
        }
        writer.m_previousManifest = file.readAll();
        Result<SiteManifest> manifest = SiteManifest::fromJson(writer.m_previousManifest);
        if (manifest)
            writer.m_previous = std::move(manifest).value();
        else if (!force)
            return Error{tr("“%1”: %2 Nothing was written; use --force to publish there anyway.")
                             .arg(native(manifestPath), manifest.error()),
                         ErrorKind::Conflict};
    } else if (info.exists() &&
               !QDir(writer.m_folder)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                               QDir::NoDotAndDotDot)
                    .isEmpty() &&
               !force) {
        return Error{tr("The folder “%1” is not empty and was not made by Lectern; nothing was "
                        "written. Choose an empty folder, or use --force to publish into it "
                        "(files Lectern did not make are left alone).")
                         .arg(native(writer.m_folder)),
                     ErrorKind::Conflict};
    }
    if (!QDir().mkpath(writer.m_folder))
        return Error{tr("The folder “%1” could not be created.").arg(native(writer.m_folder))};
    // Addresses and picture sizes carry over; the file list is rebuilt.
    writer.m_next.addresses = writer.m_previous.addresses;
    return writer;
}

SiteWriter::SiteWriter(SiteWriter &&other) noexcept
    : m_folder(std::move(other.m_folder))
    , m_previous(std::move(other.m_previous))
    , m_next(std::move(other.m_next))
    , m_previousManifest(std::move(other.m_previousManifest))
    , m_staged(std::move(other.m_staged))
    , m_unchanged(other.m_unchanged)
    , m_committed(other.m_committed)
{
    other.m_staged.clear();
    other.m_committed = true;
}

SiteWriter::~SiteWriter()
{
    if (!m_committed)
        removeStaged();
}

void SiteWriter::removeStaged()
{
    for (const QString &path : std::as_const(m_staged))
        QFile::remove(QDir(m_folder).filePath(path) + stagingSuffix);
    m_staged.clear();
}

Status SiteWriter::stage(const QString &path, const QByteArray &bytes)
{
    const QString target = QDir(m_folder).filePath(path);
    const QString parent = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(parent)) {
        return Error{tr("The folder “%1” could not be created; the site was left as it was.")
                         .arg(native(parent))};
    }
    QFile file(target + stagingSuffix);
    m_staged.append(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error{tr("“%1” could not be written (%2); the site was left as it was.")
                         .arg(native(target), file.errorString())};
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.close();
        return Error{tr("“%1” could not be written (%2); the disk may be full. The site was "
                        "left as it was.")
                         .arg(native(target), reason)};
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return Error{tr("“%1” could not be written (%2); the site was left as it was.")
                         .arg(native(target), file.errorString())};
    }
    return success();
}

Status SiteWriter::write(const QString &path, const QByteArray &bytes)
{
    const QByteArray hash = sha256(bytes);
    m_next.files.insert(path, hash);
    const QFileInfo existing(QDir(m_folder).filePath(path));
    if (m_previous.files.value(path) == hash && existing.isFile() &&
        existing.size() == bytes.size()) {
        ++m_unchanged;
        return success();
    }
    return stage(path, bytes);
}

bool SiteWriter::keep(const QString &path)
{
    const auto found = m_previous.files.constFind(path);
    if (found == m_previous.files.cend() || !QFileInfo(QDir(m_folder).filePath(path)).isFile())
        return false;
    m_next.files.insert(path, found.value());
    ++m_unchanged;
    return true;
}

Result<SiteWriteCounts> SiteWriter::commit()
{
    const QString manifestName = QLatin1String(SiteManifest::fileName);
    const QByteArray manifest = m_next.toJson();
    if (manifest != m_previousManifest) {
        if (Status status = stage(manifestName, manifest); !status) {
            removeStaged();
            return status.failure();
        }
    }
    // Everything is written: only now does the site change.
    SiteWriteCounts counts;
    counts.unchanged = m_unchanged;
    for (const QString &path : std::as_const(m_staged)) {
        const QString target = QDir(m_folder).filePath(path);
        const QByteArray from = QFile::encodeName(target + stagingSuffix);
        if (std::rename(from.constData(), QFile::encodeName(target).constData()) != 0) {
            removeStaged();
            return Error{tr("“%1” could not be put in place; the site may be incomplete. "
                            "Publish again.")
                             .arg(native(target))};
        }
        if (path != manifestName)
            ++counts.written;
    }
    m_staged.clear();
    m_committed = true;
    QSet<QString> folders;
    for (auto it = m_previous.files.cbegin(); it != m_previous.files.cend(); ++it) {
        if (m_next.files.contains(it.key()))
            continue;
        if (QFile::remove(QDir(m_folder).filePath(it.key())))
            ++counts.deleted;
        for (QString folder = QFileInfo(it.key()).path(); folder != QLatin1String(".");
             folder = QFileInfo(folder).path())
            folders.insert(folder);
    }
    // Folders emptied by the deletions go too (deepest first; rmdir leaves
    // a folder that still holds anything).
    QStringList emptied = folders.values();
    std::sort(emptied.begin(), emptied.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &folder : std::as_const(emptied))
        QDir(m_folder).rmdir(folder);
    return counts;
}

} // namespace lectern
