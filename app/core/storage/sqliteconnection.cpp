#include "sqliteconnection.h"

#include "storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace lectern {

SqliteConnection::~SqliteConnection()
{
    close();
}

Status SqliteConnection::open(const QString &path, Mode mode, int busyTimeoutMs)
{
    close();
    // The URI form names the file unambiguously whatever characters it has.
    QByteArray uri = "file:" + QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/");
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        uri += "?mode=ro";
        break;
    case Mode::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY;
        uri += "?mode=ro&immutable=1";
        break;
    }
    const int code = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (code != SQLITE_OK) {
        Error error = failure(code);
        close();
        return error;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
    return success();
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Error SqliteConnection::failure(int code) const
{
    return storageError(m_db, code);
}

Status SqliteConnection::exec(const char *sql)
{
    const int code = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (code != SQLITE_OK)
        return failure(code);
    return success();
}

Result<QStringList> SqliteConnection::column(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
    if (code != SQLITE_OK)
        return failure(code);
    QStringList rows;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        rows.append(QString::fromUtf8(value ? value : ""));
    }
    sqlite3_finalize(statement);
    if (code != SQLITE_DONE)
        return failure(code);
    return rows;
}

Result<QString> SqliteConnection::text(const char *sql)
{
    Result<QStringList> rows = column(sql);
    if (!rows)
        return rows.failure();
    return rows->isEmpty() ? QString() : rows->first();
}

Result<qint64> SqliteConnection::integer(const char *sql)
{
    Result<QString> value = text(sql);
    if (!value)
        return value.failure();
    return value->toLongLong();
}

} // namespace lectern
