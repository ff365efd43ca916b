// Backups, checks and restores of a library file (the store's part; the
// copies themselves are LibraryBackups').
#include "fts5tokenizer.h"
#include "librarystore.h"
#include "searchindex.h"
#include "sqlquery.h"
#include "storage/exclusivelibrary.h"
#include "storage/librarybackups.h"
#include "storage/libraryfiles.h"
#include "storage/libraryinspection.h"
#include "storage/migrations.h"
#include "storage/sqliteconnection.h"
#include "storage/storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>

#include <sqlite3.h>

namespace lectern {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// One line of SQLite's integrity report, in words a user can act on.
QString problemInWords(const QString &line)
{
    static const QRegularExpression neverUsed(QStringLiteral("^Page \\d+ is never used"));
    static const QRegularExpression nullValue(
        QStringLiteral("^NULL value in ([a-z_]+)\\.([a-z_]+)"));
    static const QRegularExpression missingFromIndex(QStringLiteral(
        "^(?:row \\d+ missing from index|wrong # of entries in index) ([a-z_0-9]+)"));
    static const QRegularExpression foreignKey(QStringLiteral("^foreign key: ([a-z_]+)"));
    if (neverUsed.match(line).hasMatch())
        return LibraryStore::tr("Parts of the file belong to no table (pages that were being "
                                "written when something went wrong).");
    if (const auto m = nullValue.match(line); m.hasMatch())
        return LibraryStore::tr("A required value is missing in the table “%1” (column “%2”).")
            .arg(m.captured(1), m.captured(2));
    if (const auto m = missingFromIndex.match(line); m.hasMatch())
        return LibraryStore::tr("The index “%1” no longer matches its table.").arg(m.captured(1));
    if (const auto m = foreignKey.match(line); m.hasMatch())
        return LibraryStore::tr("Rows of “%1” point at rows that are gone.").arg(m.captured(1));
    return LibraryStore::tr("The file’s structure is damaged.");
}

} // namespace

Result<QString> LibraryStore::backUp(BackupReason reason) const
{
    if (isInMemory())
        return Error{tr("A library in memory has no backups."), ErrorKind::InvalidInput};
    if (isTeamLibrary()) {
        return Error{tr("A team library is backed up on its server (pg_dump), not by Lectern."),
                     ErrorKind::InvalidInput};
    }
    if (isReadOnly())
        return Error{tr("No backup was made: %1.").arg(readOnlyReason()), ErrorKind::ReadOnly};
    return LibraryBackups::make(nativeHandle(db()), m_path, reason);
}

Result<LibraryCheck> LibraryStore::check() const
{
    LibraryCheck report;
    if (isTeamLibrary()) {
        // The server checks every constraint on every write, and its own
        // files are its administrators' to check (amcheck, pg_checksums);
        // what Lectern keeps beside the articles is its search index.
        const Result<QStringList> problems = searchIndex().problems();
        if (!problems)
            return problems.failure();
        report.details = problems.value();
        if (!report.details.isEmpty())
            report.problems.append(tr("The search index does not match the articles; searches "
                                      "may miss some of them."));
        report.intact = report.problems.isEmpty();
        return report;
    }
    const auto collect = [&](const QString &sql, bool foreignKeys) -> Status {
        SqlQuery query(db(), sql);
        if (Status status = query.exec(); !status)
            return status;
        while (query.next()) {
            const QString line =
                foreignKeys ? QStringLiteral("foreign key: %1 row %2 -> %3")
                                  .arg(query.value(0).toString(), query.value(1).toString(),
                                       query.value(2).toString())
                            : query.value(0).toString();
            if (line == QLatin1String("ok"))
                continue;
            report.details.append(line);
            const QString words = problemInWords(line);
            if (!report.problems.contains(words))
                report.problems.append(words);
        }
        return success();
    };
    if (Status status = collect(QStringLiteral("PRAGMA integrity_check"), false); !status) {
        if (status.errorKind() != ErrorKind::Damaged)
            return status.failure();
        report.details.append(status.error());
        report.problems.append(problemInWords(QString()));
    }
    if (Status status = collect(QStringLiteral("PRAGMA foreign_key_check"), true); !status)
        return status.failure();
    report.intact = report.problems.isEmpty();
    return report;
}

Status LibraryStore::restore(const QString &libraryPath, const QString &backupPath,
                             const LibraryOpenOptions &options)
{
    if (LiveLibraries::isOpen(libraryPath)) {
        return Error{tr("“%1” is open in this program; close it before restoring a backup over "
                        "it.")
                         .arg(nativePath(libraryPath)),
                     ErrorKind::InUse};
    }
    if (FileIdentity::of(libraryPath) == FileIdentity::of(backupPath) &&
        FileIdentity::of(libraryPath)) {
        return Error{tr("A library cannot be restored from itself."), ErrorKind::InvalidInput};
    }
    // The copy must be an intact library this version reads.
    const StorageFacts backupFacts = storageFacts(backupPath);
    if (!backupFacts.regularFile) {
        return Error{tr("There is no backup at “%1”.").arg(nativePath(backupPath)),
                     ErrorKind::NotFound};
    }
    const Result<LibraryInspection> inspection = inspectLibrary(backupPath, backupFacts);
    if (!inspection)
        return inspection.failure();
    const StorageFacts facts = storageFacts(libraryPath);
    if (!facts.regularFile)
        return Error{tr("There is no library at “%1”.").arg(nativePath(libraryPath)),
                     ErrorKind::NotFound};
    if (!facts.writable) {
        return Error{tr("“%1” cannot be written (the file, its folder or its disk is read-only); "
                        "nothing was restored.")
                         .arg(nativePath(libraryPath)),
                     ErrorKind::ReadOnly};
    }

    // Alone with the library: no program reads it half-restored.
    ExclusiveLibrary library;
    ExclusiveLibrary::Wait wait;
    wait.totalMs = options.lockWaitMs;
    wait.waiting = [&](const QString &message) {
        return options.progress ? options.progress(message) : true;
    };
    if (Status status = library.acquire(libraryPath, wait); !status)
        return status;
    sqlite3 *target = library.connection().handle();
    // The library as it is now is kept too: a restore can be undone.
    const Result<QString> kept = LibraryBackups::make(target, libraryPath, BackupReason::Restore);
    if (!kept) {
        return Error{tr("Before restoring, Lectern keeps the library as it is, and could not: "
                        "%1 Nothing was restored.")
                         .arg(kept.error()),
                     kept.errorKind()};
    }
    SqliteConnection source;
    if (Status status = source.open(backupPath, inspection->immutable
                                                    ? SqliteConnection::Mode::ReadOnlyImmutable
                                                    : SqliteConnection::Mode::ReadOnly);
        !status)
        return status;
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source.handle(), "main");
    if (!copy)
        return storageError(target, sqlite3_errcode(target));
    const int code = sqlite3_backup_step(copy, -1);
    sqlite3_backup_finish(copy);
    if (code != SQLITE_DONE)
        return storageError(target, code);
    // A backup made before an upgrade has the older format.
    if (inspection->version < newestSchemaVersion()) {
        if (Status status = registerSearchTokenizer(target); !status)
            return status;
        if (Status status = library.connection().exec("PRAGMA foreign_keys = ON"); !status)
            return status;
        if (Status status = migrateConnection(target, libraryPath, inspection->version); !status)
            return status;
    }
    return success();
}

} // namespace lectern
