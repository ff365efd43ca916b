#include "librarybackups.h"

#include "libraryfiles.h"
#include "sqliteconnection.h"
#include "storageerror.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

namespace lectern {

namespace {

constexpr BackupReason reasons[] = {BackupReason::Daily, BackupReason::Upgrade, BackupReason::Merge,
                                    BackupReason::Restore};

const QString timeFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

// library-2026-12-01-225503-daily.lectern
QRegularExpression backupName(const QString &libraryPath)
{
    const QString stem = QRegularExpression::escape(QFileInfo(libraryPath).completeBaseName());
    return QRegularExpression(QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{6})(?:-\\d+)?-([a-z]+)"
                                             "\\.lectern$")
                                  .arg(stem));
}

qint64 librarySizeOf(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    qint64 bytes = 0;
    if (sqlite3_prepare_v2(db,
                           "SELECT page_count * page_size FROM pragma_page_count(), "
                           "pragma_page_size()",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        bytes = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return bytes;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Makes the copy's bytes durable before it is given its final name.
bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void removeCopy(const QString &path)
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Status copyInto(sqlite3 *source, const QString &target)
{
    SqliteConnection copy;
    const QByteArray name = QFile::encodeName(target);
    sqlite3 *db = nullptr;
    int code = sqlite3_open_v2(name.constData(), &db,
                               SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE,
                               nullptr);
    if (code != SQLITE_OK) {
        Error error = storageError(db, code);
        sqlite3_close_v2(db);
        return error;
    }
    // One step: the whole copy comes from one read transaction, a consistent
    // picture of the library however busy other programs are.
    sqlite3_backup *backup = sqlite3_backup_init(db, "main", source, "main");
    if (!backup) {
        Error error = storageError(db, sqlite3_errcode(db));
        sqlite3_close_v2(db);
        return error;
    }
    code = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE) {
        Error error = storageError(db, code);
        sqlite3_close_v2(db);
        return error;
    }
    // A copy is a plain file on its own: no log beside it.
    sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    code = sqlite3_close_v2(db);
    if (code != SQLITE_OK)
        return storageError(nullptr, code);
    return success();
}

Status checkCopy(const QString &path)
{
    SqliteConnection copy;
    if (Status opened = copy.open(path, SqliteConnection::Mode::ReadOnly); !opened)
        return opened;
    const Result<QStringList> problems = copy.column("PRAGMA integrity_check");
    if (!problems)
        return problems.failure();
    if (problems->size() != 1 || problems->first() != QLatin1String("ok"))
        return Error{LibraryBackups::tr("The copy did not pass its check: %1")
                         .arg(problems->join(QStringLiteral("; "))),
                     ErrorKind::Damaged};
    return success();
}

void prune(const QString &libraryPath, int keep)
{
    const QList<BackupInfo> backups = LibraryBackups::list(libraryPath);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
}

qint64 keptBytes(const QString &libraryPath)
{
    qint64 total = 0;
    for (const BackupInfo &backup : LibraryBackups::list(libraryPath))
        total += backup.bytes;
    return total;
}

void readDetails(BackupInfo &info)
{
    SqliteConnection copy;
    Status status = copy.open(info.path, SqliteConnection::Mode::ReadOnly);
    if (status) {
        const Result<qint64> version = copy.integer("PRAGMA user_version");
        const Result<qint64> articles =
            copy.integer("SELECT count(*) FROM articles WHERE deleted IS NULL");
        if (version && articles) {
            info.schemaVersion = int(version.value());
            info.articles = articles.value();
            return;
        }
        status = version ? articles.failure() : version.failure();
    }
    info.problem = status.error();
}

} // namespace

QString LibraryBackups::reasonKey(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return QStringLiteral("daily");
    case BackupReason::Upgrade:
        return QStringLiteral("upgrade");
    case BackupReason::Merge:
        return QStringLiteral("merge");
    case BackupReason::Restore:
        return QStringLiteral("restore");
    }
    return QStringLiteral("daily");
}

QString LibraryBackups::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return tr("Daily copy");
    case BackupReason::Upgrade:
        return tr("Before an upgrade");
    case BackupReason::Merge:
        return tr("Before a merge");
    case BackupReason::Restore:
        return tr("Before a restore");
    }
    return {};
}

qint64 LibraryBackups::reserveFor(qint64 libraryBytes)
{
    return 256LL * 1024 * 1024 + libraryBytes / 10;
}

int LibraryBackups::copiesToKeep(qint64 libraryBytes, qint64 freeBytes, qint64 keptBytes)
{
    if (libraryBytes <= 0)
        return maxKept;
    // Backups may use a fifth of what is free plus what they hold already.
    const qint64 budget = (qMax<qint64>(freeBytes, 0) + keptBytes) / 5;
    return int(qBound<qint64>(1, budget / libraryBytes, qint64(maxKept)));
}

Result<QString> LibraryBackups::make(sqlite3 *source, const QString &libraryPath,
                                     BackupReason reason)
{
    const QString folder = backupFolderOf(libraryPath);
    const qint64 size = librarySizeOf(source);
    const StorageFacts facts = storageFacts(QFileInfo(folder).exists() ? folder : libraryPath);
    if (facts.freeBytes >= 0 && facts.freeBytes < size + reserveFor(size)) {
        return Error{tr("No backup of the library was made: it needs %1 and the disk has %2 "
                        "free.")
                         .arg(sizeText(size + reserveFor(size)), sizeText(facts.freeBytes)),
                     ErrorKind::DiskFull};
    }
    if (!QDir().mkpath(folder)) {
        return Error{tr("No backup of the library was made: the folder “%1” cannot be created.")
                         .arg(QDir::toNativeSeparators(folder)),
                     ErrorKind::ReadOnly};
    }
    const QString stem = QFileInfo(libraryPath).completeBaseName() + QLatin1Char('-') +
                         QDateTime::currentDateTime().toString(timeFormat);
    QString name = QStringLiteral("%1-%2.lectern").arg(stem, reasonKey(reason));
    for (int n = 2; QFileInfo::exists(QDir(folder).filePath(name)); ++n)
        name = QStringLiteral("%1-%2-%3.lectern").arg(stem).arg(n).arg(reasonKey(reason));
    const QString final = QDir(folder).filePath(name);
    // Written under a name no listing shows, renamed once complete and checked.
    const QString partial = QDir(folder).filePath(QLatin1String(".partial-") + name);
    removeCopy(partial);
    Status status = copyInto(source, partial);
    if (status)
        status = checkCopy(partial);
    if (status && !syncFile(partial))
        status = Error{tr("The copy could not be written to the disk."), ErrorKind::Other};
    if (status &&
        ::rename(QFile::encodeName(partial).constData(), QFile::encodeName(final).constData()) != 0)
        status = Error{tr("The copy could not be given its name."), ErrorKind::Other};
    if (!status) {
        removeCopy(partial);
        return Error{tr("No backup of the library was made: %1").arg(status.error()),
                     status.errorKind()};
    }
    const StorageFacts after = storageFacts(folder);
    prune(libraryPath, copiesToKeep(size, after.freeBytes, keptBytes(libraryPath)));
    return final;
}

QList<BackupInfo> LibraryBackups::list(const QString &libraryPath, bool withDetails)
{
    const QRegularExpression pattern = backupName(libraryPath);
    QList<BackupInfo> backups;
    const QDir folder(backupFolderOf(libraryPath));
    for (const QFileInfo &file : folder.entryInfoList({QStringLiteral("*.lectern")}, QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        BackupInfo info;
        info.path = file.absoluteFilePath();
        info.made = QDateTime::fromString(match.captured(1), timeFormat);
        info.bytes = file.size();
        for (BackupReason reason : reasons) {
            if (reasonKey(reason) == match.captured(2))
                info.reason = reason;
        }
        if (withDetails)
            readDetails(info);
        backups.append(info);
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return backups;
}

bool LibraryBackups::madeToday(const QString &libraryPath)
{
    const QList<BackupInfo> backups = list(libraryPath);
    return !backups.isEmpty() && backups.first().made.date() == QDate::currentDate();
}

} // namespace lectern
