#include "storageerror.h"

#include "server/serverconnection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <cerrno>

namespace lectern {

namespace {

int systemErrnoOf(const QSqlDriver *driver)
{
    if (!driver)
        return 0;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 0;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    return db ? sqlite3_system_errno(db) : 0;
}

} // namespace

QString describeStorageFailure(ErrorKind kind, const QString &detail)
{
    switch (kind) {
    case ErrorKind::DiskFull:
        return QCoreApplication::translate(
            "LibraryStore",
            "The disk that holds the library is full (or the library has reached its size "
            "limit). Nothing was changed; free some space and try again.");
    case ErrorKind::ReadOnly:
        return QCoreApplication::translate(
            "LibraryStore",
            "The library cannot be written: the file, its folder or its disk is read-only. "
            "Nothing was changed.");
    case ErrorKind::Busy:
        return QCoreApplication::translate(
            "LibraryStore",
            "Another program kept the library busy for too long. Nothing was changed; try "
            "again in a moment.");
    case ErrorKind::Damaged:
        return QCoreApplication::translate(
            "LibraryStore",
            "The library file is damaged. Nothing was changed. “lectern check” says what "
            "is wrong; File › Restore from Backup… brings back an intact copy.");
    case ErrorKind::CannotOpen:
        return QCoreApplication::translate(
            "LibraryStore",
            "The library cannot be reached: its file or folder cannot be opened (no "
            "permission, or a disk that is no longer there). Nothing was changed.");
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
                   "LibraryStore",
                   "The library refused a change that clashes with what it holds: %1")
            .arg(detail);
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("LibraryStore", "Stopped; nothing was changed.");
    case ErrorKind::NotAllowed:
        return QCoreApplication::translate(
            "LibraryStore",
            "Your role in this team library does not allow that change; the server refused "
            "it and nothing was changed. An administrator of the library can give you "
            "another role.");
    case ErrorKind::Unreachable:
        return QCoreApplication::translate(
                   "LibraryStore",
                   "The team library cannot be reached: %1 Nothing was changed; check the "
                   "network and the server, then try again.")
            .arg(detail);
    case ErrorKind::NotFound:
    case ErrorKind::InUse:
    case ErrorKind::NewerFormat:
    case ErrorKind::ForeignFile:
    case ErrorKind::InvalidInput:
    case ErrorKind::Other:
        break;
    }
    return QCoreApplication::translate("LibraryStore", "The library reported an error: %1")
        .arg(detail);
}

ErrorKind storageErrorKind(int sqliteCode, int systemErrno)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_FULL:
        return ErrorKind::DiskFull;
    case SQLITE_READONLY:
        return ErrorKind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorKind::Busy;
    case SQLITE_CORRUPT:
        return ErrorKind::Damaged;
    case SQLITE_NOTADB: // the file does not start as a database does
        return ErrorKind::ForeignFile;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return ErrorKind::CannotOpen;
    case SQLITE_CONSTRAINT:
        return ErrorKind::Conflict;
    case SQLITE_INTERRUPT:
        return ErrorKind::Cancelled;
    case SQLITE_TOOBIG:
        return ErrorKind::InvalidInput;
    case SQLITE_IOERR:
        // A write that found no room is sometimes reported as an I/O error
        // (growing the shared-memory file, truncating the log).
        if (systemErrno == ENOSPC || systemErrno == EDQUOT)
            return ErrorKind::DiskFull;
        if (systemErrno == EROFS)
            return ErrorKind::ReadOnly;
        return ErrorKind::Other;
    default:
        return ErrorKind::Other;
    }
}

Error storageError(const QSqlError &error, const QSqlDriver *driver)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.text();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL) {
        // A statement's failure: a session exists, so the SQLSTATE says it all
        // (a connection's failure is told by serverFailure()).
        const ErrorKind kind = serverErrorKind(error.nativeErrorCode());
        return Error{describeStorageFailure(kind, detail.trimmed()), kind};
    }
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const ErrorKind kind =
        numeric ? storageErrorKind(code, systemErrnoOf(driver)) : ErrorKind::Other;
    return Error{describeStorageFailure(kind, detail), kind};
}

Error storageError(sqlite3 *db, int sqliteCode)
{
    const QString detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(sqliteCode));
    const ErrorKind kind = storageErrorKind(sqliteCode, db ? sqlite3_system_errno(db) : 0);
    return Error{describeStorageFailure(kind, detail), kind};
}

} // namespace lectern
