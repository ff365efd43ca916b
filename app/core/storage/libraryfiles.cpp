#include "libraryfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>

#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace lectern {

namespace {

struct OpenLibrary
{
    QString canonicalPath;
    FileIdentity identity;
    int connections = 0;
};

QMutex registryMutex;
QList<OpenLibrary> &registry()
{
    static QList<OpenLibrary> libraries;
    return libraries;
}

// The canonical name of a file, or, for one that does not exist yet, of the
// folder it would be made in followed by its name.
QString canonicalName(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath())
                            : folder + QLatin1Char('/') + info.fileName();
}

const char *const sideFiles[] = {"-wal", "-shm", "-journal"};

// File system types (statfs f_type) on which SQLite's locks and shared memory
// cannot be trusted between computers.
struct NetworkFileSystem
{
    unsigned long magic;
    const char *name;
};
constexpr NetworkFileSystem networkFileSystems[] = {
    {0x6969, "nfs"},        {0x517B, "smb"},       {0xFF534D42, "cifs"}, {0xFE534D42, "smb2"},
    {0x01021997, "9p"},     {0x73757245, "coda"},  {0x5346414F, "afs"},  {0x00C36400, "ceph"},
    {0x0BD00BD0, "lustre"}, {0x7461636F, "ocfs2"}, {0x01161970, "gfs2"}, {0x47504653, "gpfs"},
};

} // namespace

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    struct stat info;
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
}

StorageFacts storageFacts(const QString &path)
{
    StorageFacts facts;
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath());
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    struct stat info;
    facts.exists = ::stat(name.constData(), &info) == 0;
    facts.regularFile = facts.exists && S_ISREG(info.st_mode);
    // The folder matters too: SQLite makes the -wal and -shm files beside it.
    const QByteArray &probe = facts.exists ? name : folder;
    facts.writable = ::access(folder.constData(), W_OK) == 0 &&
                     (!facts.exists || ::access(name.constData(), W_OK) == 0);
    struct statvfs volume;
    if (::statvfs(probe.constData(), &volume) == 0) {
        facts.readOnlyMount = (volume.f_flag & ST_RDONLY) != 0;
        facts.freeBytes = qint64(volume.f_bavail) * qint64(volume.f_frsize);
    }
    if (facts.readOnlyMount)
        facts.writable = false;
    struct statfs system;
    if (::statfs(probe.constData(), &system) == 0) {
        for (const NetworkFileSystem &known : networkFileSystems) {
            if ((unsigned long)system.f_type == known.magic) {
                facts.networkFileSystem = true;
                facts.fileSystemName = QString::fromLatin1(known.name);
            }
        }
    }
    // Tests cannot mount a network file system: they name one instead.
    const QString pretend = qEnvironmentVariable("LECTERN_TEST_NETWORK_FILESYSTEM");
    if (!pretend.isEmpty()) {
        facts.networkFileSystem = true;
        facts.fileSystemName = pretend;
    }
    return facts;
}

QString backupFolderOf(const QString &libraryPath)
{
    return libraryPath + QLatin1String(".backups");
}

void LiveLibraries::acquire(const QString &libraryPath)
{
    const QString canonical = canonicalName(libraryPath);
    const std::optional<FileIdentity> identity = FileIdentity::of(libraryPath);
    const QMutexLocker lock(&registryMutex);
    for (OpenLibrary &open : registry()) {
        if (open.canonicalPath == canonical) {
            ++open.connections;
            return;
        }
    }
    registry().append({canonical, identity.value_or(FileIdentity{}), 1});
}

void LiveLibraries::release(const QString &libraryPath)
{
    const QString canonical = canonicalName(libraryPath);
    const QMutexLocker lock(&registryMutex);
    QList<OpenLibrary> &libraries = registry();
    for (qsizetype i = 0; i < libraries.size(); ++i) {
        if (libraries[i].canonicalPath == canonical && --libraries[i].connections == 0) {
            libraries.removeAt(i);
            return;
        }
    }
}

bool LiveLibraries::touches(const QString &path)
{
    if (path.isEmpty())
        return false;
    const QString canonical = canonicalName(path);
    const std::optional<FileIdentity> identity = FileIdentity::of(path);
    const QString folder = QFileInfo(canonical).absolutePath();
    const QMutexLocker lock(&registryMutex);
    for (const OpenLibrary &open : registry()) {
        if (canonical == open.canonicalPath || (identity && *identity == open.identity))
            return true;
        for (const char *suffix : sideFiles) {
            const QString side = open.canonicalPath + QLatin1String(suffix);
            if (canonical == side)
                return true;
            if (identity && FileIdentity::of(side) == identity)
                return true;
        }
        const QString backups = backupFolderOf(open.canonicalPath);
        if (folder == backups || canonical == backups)
            return true;
    }
    return false;
}

Status LiveLibraries::refuseIfLive(const QString &path)
{
    if (!touches(path))
        return success();
    return Error{tr("“%1” is the library Lectern has open (or one of its own files): it is never "
                    "read, replaced or written to except by the library itself. Choose another "
                    "file.")
                     .arg(QDir::toNativeSeparators(path)),
                 ErrorKind::InUse};
}

bool LiveLibraries::isOpen(const QString &libraryPath)
{
    const QString canonical = canonicalName(libraryPath);
    const std::optional<FileIdentity> identity = FileIdentity::of(libraryPath);
    const QMutexLocker lock(&registryMutex);
    for (const OpenLibrary &open : registry()) {
        if (canonical == open.canonicalPath || (identity && *identity == open.identity))
            return true;
    }
    return false;
}

} // namespace lectern
