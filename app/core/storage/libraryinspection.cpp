#include "libraryinspection.h"

#include "libraryfiles.h"
#include "librarystore.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFileInfo>

namespace lectern {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// quick_check reads every page: 6.6 s for a 3 GB library, too slow to wait
// for at every start. Files up to this size are checked in full when opened;
// larger ones have their schema read, and are checked in full before an
// upgrade, which must never build on damage.
constexpr qint64 fullCheckLimit = 64 * 1024 * 1024;

} // namespace

// Rewords what SQLite said about a file that is not an intact library.
Error libraryRefusal(const QString &path, const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Damaged:
        return Error{LibraryStore::tr("The library “%1” is damaged and cannot be opened safely. "
                                      "It was left as it is. “lectern check” says what is wrong; "
                                      "a backup (File › Restore from Backup…, or “lectern "
                                      "backups”) brings back an intact copy.")
                         .arg(nativePath(path)),
                     ErrorKind::Damaged};
    case ErrorKind::Busy:
        return Error{LibraryStore::tr("The library “%1” is kept busy by another program (an "
                                      "upgrade or a restore may be running). Try again in a "
                                      "moment; nothing was changed.")
                         .arg(nativePath(path)),
                     ErrorKind::Busy};
    case ErrorKind::CannotOpen:
    case ErrorKind::ReadOnly:
        return Error{LibraryStore::tr("The library “%1” cannot be read: no permission, or the "
                                      "disk it is on cannot be reached. Nothing was changed.")
                         .arg(nativePath(path)),
                     ErrorKind::CannotOpen};
    default:
        return Error{LibraryStore::tr("The library “%1” cannot be opened: %2")
                         .arg(nativePath(path), error.message),
                     error.kind};
    }
}

Result<LibraryInspection> inspectLibrary(const QString &path, const StorageFacts &facts)
{
    if (QFileInfo(path).size() == 0) {
        return Error{LibraryStore::tr("“%1” is not a Lectern library: it is an empty file. It was "
                                      "left as it is.")
                         .arg(nativePath(path)),
                     ErrorKind::ForeignFile};
    }
    LibraryInspection inspection;
    SqliteConnection db;
    Status status = db.open(path, SqliteConnection::Mode::ReadOnly);
    Result<qint64> version = status ? db.integer("PRAGMA user_version") : status.failure();
    // A WAL library on read-only storage, closed cleanly (no log, and no room
    // for the shared-memory file): only an immutable connection reads it.
    if (!version && !facts.writable && !QFileInfo::exists(path + QLatin1String("-wal")) &&
        version.errorKind() != ErrorKind::Damaged) {
        status = db.open(path, SqliteConnection::Mode::ReadOnlyImmutable);
        version = status ? db.integer("PRAGMA user_version") : status.failure();
        inspection.immutable = version.ok();
    }
    if (!version && version.errorKind() == ErrorKind::ForeignFile) {
        return Error{LibraryStore::tr("“%1” is not a Lectern library: it is not a database file. "
                                      "It was left as it is.")
                         .arg(nativePath(path)),
                     ErrorKind::ForeignFile};
    }
    if (!version)
        return libraryRefusal(path, version.failure());
    const bool upgrade = version.value() < LibraryStore::schemaVersion();
    const Result<QString> check = QFileInfo(path).size() <= fullCheckLimit || upgrade
                                      ? db.text("PRAGMA quick_check")
                                      : db.text("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END "
                                                "FROM sqlite_schema");
    if (!check)
        return libraryRefusal(path, check.failure());
    if (check.value() != QLatin1String("ok"))
        return libraryRefusal(path, Error{check.value(), ErrorKind::Damaged});
    const Result<qint64> appId = db.integer("PRAGMA application_id");
    if (!appId)
        return libraryRefusal(path, appId.failure());
    if (appId.value() != LibraryStore::applicationId) {
        return Error{LibraryStore::tr("“%1” is a database of another program, not a Lectern "
                                      "library. It was left as it is.")
                         .arg(nativePath(path)),
                     ErrorKind::ForeignFile};
    }
    if (version.value() > LibraryStore::schemaVersion()) {
        return Error{LibraryStore::tr("The library “%1” was written by a newer version of Lectern "
                                      "(library format %2; this version reads up to %3). Update "
                                      "Lectern to open it; the file was not changed.")
                         .arg(nativePath(path))
                         .arg(version.value())
                         .arg(LibraryStore::schemaVersion()),
                     ErrorKind::NewerFormat};
    }
    inspection.version = int(version.value());
    return inspection;
}

} // namespace lectern
