#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct sqlite3;

namespace lectern {

// Why a backup was made; part of its file name.
enum class BackupReason
{
    Daily,   // the first open of a day
    Upgrade, // before the library's format was upgraded
    Merge,   // before another library was merged into it
    Restore  // the library as it was before a backup was restored over it
};

struct BackupInfo
{
    QString path;
    QDateTime made; // local time, from the file name
    BackupReason reason = BackupReason::Daily;
    qint64 bytes = 0;
    int schemaVersion = 0;
    qint64 articles = -1; // live articles; -1 when the copy cannot be read
    QString problem;      // why it cannot be read, in words; empty when it can
};

// Automatic, rolling copies of a library in a folder beside it
// (backupFolderOf()), made through SQLite's online backup API so each is a
// consistent copy whatever other programs are doing, and checked with
// PRAGMA integrity_check before it takes its final name. How many are kept
// depends on the library's size and the disk's free space: never more than
// maxKept, never so many that a fifth of the free space is gone, and none at
// all (with a note) when the disk has no room for one more.
class LibraryBackups final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryBackups)

public:
    static constexpr int maxKept = 7;

    // Copies the library `source` is connected to. Returns the new backup's
    // path, or an error saying why there is none (DiskFull when there is no
    // room: nothing was written then).
    static Result<QString> make(sqlite3 *source, const QString &libraryPath, BackupReason reason);
    // Backups of the library, newest first; with details, each copy is opened
    // (read-only) for its format and article count.
    static QList<BackupInfo> list(const QString &libraryPath, bool withDetails = false);
    // Whether a backup was made today (local time).
    static bool madeToday(const QString &libraryPath);
    // How many copies of `libraryBytes` to keep with `freeBytes` free (and
    // `keptBytes` already in backups).
    static int copiesToKeep(qint64 libraryBytes, qint64 freeBytes, qint64 keptBytes);
    // Room a new copy needs beyond its own size, so a backup never fills the disk.
    static qint64 reserveFor(qint64 libraryBytes);

    static QString reasonKey(BackupReason reason);
    static QString reasonText(BackupReason reason); // for people
};

} // namespace lectern
