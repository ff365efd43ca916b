#include "migrations.h"

#include "librarystore.h"
#include "storageerror.h"
#include "termvectorstore.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace lectern {

namespace {

const QString migrationsFolder = QStringLiteral(":/lectern/migrations");

Result<QString> migrationScript(int version)
{
    const QDir dir(migrationsFolder);
    const QStringList files =
        dir.entryList({QStringLiteral("%1_*.sql").arg(version, 4, 10, QLatin1Char('0'))});
    if (files.size() != 1)
        return Error{QStringLiteral("migration %1 is missing from the program").arg(version)};
    QFile file(dir.filePath(files.first()));
    if (!file.open(QIODevice::ReadOnly))
        return Error{file.errorString()};
    return QString::fromUtf8(file.readAll());
}

} // namespace

namespace {

// What a migration's SQL cannot compute, filled in by the program right after
// its script, in its transaction: the words of every article need Lectern's
// own tokenizer.
Status fillAfterMigration(sqlite3 *handle, int version)
{
    if (version == 9)
        return fillTermVectors(handle);
    return success();
}

} // namespace

Status migrateConnection(sqlite3 *handle, const QString &path, int from)
{
    for (int version = from + 1; version <= newestSchemaVersion(); ++version) {
        const Result<QString> script = migrationScript(version);
        if (!script)
            return script.failure();
        // The script, what the program fills in after it, and the version
        // stamp, in one transaction.
        const QByteArray sql =
            QStringLiteral("BEGIN IMMEDIATE;\n%1\n;").arg(script.value()).toUtf8();
        const QByteArray stamp =
            QStringLiteral("PRAGMA user_version = %1;\nCOMMIT;").arg(version).toUtf8();
        Status status = success();
        if (const int code = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr);
            code != SQLITE_OK) {
            status = storageError(handle, code);
        } else if (status = fillAfterMigration(handle, version); status) {
            if (const int code = sqlite3_exec(handle, stamp.constData(), nullptr, nullptr, nullptr);
                code != SQLITE_OK)
                status = storageError(handle, code);
        }
        if (!status) {
            if (!sqlite3_get_autocommit(handle))
                sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            return Error{
                LibraryStore::tr("The library “%1” could not be upgraded to format %2 (%3). "
                                 "It was left at format %4.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(version)
                    .arg(status.error())
                    .arg(version - 1),
                status.errorKind()};
        }
    }
    return success();
}

int newestSchemaVersion()
{
    static const int newest = [] {
        int version = 0;
        const QStringList files = QDir(migrationsFolder).entryList({QStringLiteral("*.sql")});
        for (const QString &file : files)
            version = qMax(version, file.left(4).toInt());
        return version;
    }();
    return newest;
}

} // namespace lectern
