#include "stagedfiles.h"

#include "librarystore.h"
#include "storage/exclusivelibrary.h"
#include "storage/libraryfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace lectern {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Temporary files a killed program left beside `path` (not those of one
// writing now: only older than ten minutes).
void removeStaleTemporaries(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder(info.absolutePath());
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-600);
    const QStringList names =
        folder.entryList({QLatin1Char('.') + info.fileName() + QLatin1String(".partial-*")},
                         QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (QFileInfo(folder.filePath(name)).lastModified() < stale)
            QFile::remove(folder.filePath(name));
    }
}

QString temporaryNameFor(const QString &path)
{
    removeStaleTemporaries(path);
    const QFileInfo info(path);
    return info.absolutePath() + QLatin1String("/.") + info.fileName() +
           QStringLiteral(".partial-%1")
               .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// The first bytes of every SQLite database, a library included.
bool isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

void removeWithSideFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

bool syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    ::fsync(fd);
    ::close(fd);
    return true;
}

} // namespace

StagedFiles::~StagedFiles()
{
    discard();
}

Error StagedFiles::writeFailure(const QString &path, int systemErrno)
{
    const QString name = nativePath(path);
    switch (systemErrno) {
    case ENOSPC:
    case EDQUOT:
        return Error{tr("The disk is full: “%1” could not be written. Nothing was replaced; free "
                        "some space and try again.")
                         .arg(name),
                     ErrorKind::DiskFull};
    case EROFS:
        return Error{tr("“%1” could not be written: the disk is read-only.").arg(name),
                     ErrorKind::ReadOnly};
    case EACCES:
    case EPERM:
        return Error{tr("“%1” could not be written: there is no permission to write in “%2”.")
                         .arg(name, nativePath(QFileInfo(path).absolutePath())),
                     ErrorKind::ReadOnly};
    case ENOENT:
    case ENOTDIR:
        return Error{tr("“%1” could not be written: the folder “%2” does not exist.")
                         .arg(name, nativePath(QFileInfo(path).absolutePath())),
                     ErrorKind::NotFound};
    case EFBIG:
        return Error{tr("“%1” could not be written: the file is too large for its disk.").arg(name),
                     ErrorKind::DiskFull};
    default:
        return Error{tr("“%1” could not be written: %2.")
                         .arg(name, QString::fromLocal8Bit(std::strerror(systemErrno))),
                     ErrorKind::Other};
    }
}

Status StagedFiles::checkDestination(const QString &path, bool replace)
{
    if (Status live = LiveLibraries::refuseIfLive(path); !live)
        return live;
    const QFileInfo info(path);
    if (info.isDir()) {
        return Error{
            tr("“%1” is a folder; a file of that name cannot be written.").arg(nativePath(path)),
            ErrorKind::Conflict};
    }
    if (!info.exists())
        return success();
    if (!replace) {
        return Error{tr("“%1” already exists; it was not replaced.").arg(nativePath(path)),
                     ErrorKind::Conflict};
    }
    // Not open here (checked above), so reading its first bytes is harmless.
    if (isDatabaseFile(path)) {
        return Error{tr("“%1” is a library (or another database); Lectern never replaces one "
                        "with what it writes. Choose another name.")
                         .arg(nativePath(path)),
                     ErrorKind::InUse};
    }
    return success();
}

Result<QString> StagedFiles::reserve(const QString &path, bool replace)
{
    Status allowed = checkDestination(path, replace);
    // A library file (an earlier exchange file) may be replaced by a new
    // one, if it is a Lectern library and no other program has it open.
    if (!allowed && allowed.errorKind() == ErrorKind::InUse && !LiveLibraries::touches(path)) {
        ExclusiveLibrary library;
        ExclusiveLibrary::Wait once;
        once.totalMs = 0;
        allowed = library.acquire(path, once);
        if (allowed) {
            const Result<qint64> id = library.connection().integer("PRAGMA application_id");
            if (!id || id.value() != LibraryStore::applicationId) {
                allowed = Error{tr("“%1” is a database of another program; Lectern does not "
                                   "replace it.")
                                    .arg(nativePath(path)),
                                ErrorKind::Conflict};
            }
        }
    }
    if (!allowed)
        return allowed.failure();
    const QString temporary = temporaryNameFor(path);
    m_staged.append({temporary, path});
    return temporary;
}

Status StagedFiles::stage(const QString &path, const QByteArray &bytes, bool replace)
{
    if (Status allowed = checkDestination(path, replace); !allowed)
        return allowed;
    const QString temporary = temporaryNameFor(path);
    const int fd = ::open(QFile::encodeName(temporary).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return writeFailure(path, errno);
    qint64 written = 0;
    int failure = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            failure = n < 0 ? errno : ENOSPC;
            break;
        }
        written += n;
    }
    if (!failure && ::fsync(fd) != 0)
        failure = errno;
    if (::close(fd) != 0 && !failure)
        failure = errno;
    if (failure) {
        QFile::remove(temporary);
        return writeFailure(path, failure);
    }
    m_staged.append({temporary, path});
    return success();
}

Status StagedFiles::commit()
{
    QStringList folders;
    while (!m_staged.isEmpty()) {
        const Staged staged = m_staged.takeFirst();
        // Checked again at the last moment: renaming over an open library
        // would unlink it under its connections.
        if (Status live = LiveLibraries::refuseIfLive(staged.destination); !live) {
            removeWithSideFiles(staged.temporary);
            return live;
        }
        if (::rename(QFile::encodeName(staged.temporary).constData(),
                     QFile::encodeName(staged.destination).constData()) != 0) {
            const int failure = errno;
            removeWithSideFiles(staged.temporary);
            return writeFailure(staged.destination, failure);
        }
        const QString folder = QFileInfo(staged.destination).absolutePath();
        if (!folders.contains(folder))
            folders.append(folder);
    }
    for (const QString &folder : std::as_const(folders))
        syncFolder(folder); // the new names survive a power cut too
    return success();
}

void StagedFiles::discard()
{
    for (const Staged &staged : std::as_const(m_staged))
        removeWithSideFiles(staged.temporary);
    m_staged.clear();
}

Status StagedFiles::write(const QString &path, const QByteArray &bytes, bool replace)
{
    StagedFiles files;
    if (Status staged = files.stage(path, bytes, replace); !staged)
        return staged;
    return files.commit();
}

} // namespace lectern
