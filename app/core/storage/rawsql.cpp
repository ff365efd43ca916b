#include "rawsql.h"

#include "sqlquery.h"

#include <QFile>
#include <QScopeGuard>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

#include <sqlite3.h>

namespace lectern {

Status RawSql::exec(const QString &sql, const QVariantList &values) const
{
    // Unprepared when it can be: PostgreSQL prepares no SET, no CREATE.
    if (values.isEmpty())
        return execSql(m_store.db(), sql);
    SqlQuery query(m_store.db(), sql);
    return query.execList(values);
}

Result<QVariant> RawSql::scalar(const QString &sql, const QVariantList &values) const
{
    SqlQuery query(m_store.db(), sql);
    if (Status status = query.execList(values); !status)
        return status.failure();
    return query.next() ? query.value(0) : QVariant();
}

Status RawSql::forEachRow(const QString &sql, const QVariantList &values,
                          const std::function<bool(const QVariantList &row)> &row) const
{
    SqlQuery query(m_store.db(), sql);
    if (Status status = query.execList(values); !status)
        return status;
    const int columns = query.raw().record().count();
    QVariantList read;
    while (query.next()) {
        read.clear();
        for (int column = 0; column < columns; ++column)
            read.append(query.value(column));
        if (!row(read))
            break;
    }
    return success();
}

Result<QList<QVariantList>> RawSql::rows(const QString &sql, const QVariantList &values) const
{
    QList<QVariantList> rows;
    if (Status status = forEachRow(sql, values,
                                   [&rows](const QVariantList &row) {
                                       rows.append(row);
                                       return true;
                                   });
        !status)
        return status.failure();
    return rows;
}

QString RawSql::connectionName() const
{
    return m_store.db().connectionName();
}

Status RawSql::copyTo(const QString &to) const
{
    sqlite3 *source = nativeHandle(m_store.db());
    if (!source)
        return Error{
            QStringLiteral("cannot copy %1: not an SQLite connection").arg(m_store.path())};
    sqlite3 *target = nullptr;
    const auto closeTarget = qScopeGuard([&] { sqlite3_close(target); });
    const auto failed = [&](const QString &what) {
        return Error{what.arg(m_store.path(), to, QString::fromUtf8(sqlite3_errmsg(target)))};
    };
    if (sqlite3_open_v2(QFile::encodeName(to).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        return failed(QStringLiteral("cannot copy %1: cannot create %2: %3"));
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup)
        return failed(QStringLiteral("cannot copy %1 to %2: %3"));
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return failed(QStringLiteral("cannot copy %1 to %2: %3"));
    return success();
}

namespace {

Result<QList<QVariantList>> onFile(const QString &path, const QStringList &statements,
                                   bool readOnly)
{
    const QString name = QStringLiteral("rawsql-") + QUuid::createUuid().toString();
    Result<QList<QVariantList>> rows = QList<QVariantList>{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            rows = Error{db.lastError().text()};
        } else {
            for (const QString &sql : statements) {
                SqlQuery query(db, sql);
                if (Status status = query.exec(); !status) {
                    rows = status.failure();
                    break;
                }
                rows->clear();
                while (query.next()) {
                    QVariantList row;
                    for (int column = 0; column < query.raw().record().count(); ++column)
                        row.append(query.value(column));
                    rows->append(row);
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

Status RawSql::execOnFile(const QString &path, const QStringList &statements)
{
    const Result<QList<QVariantList>> rows = onFile(path, statements, false);
    return rows ? success() : Status(rows.failure());
}

Result<QList<QVariantList>> RawSql::rowsOnFile(const QString &path, const QString &sql,
                                               bool readOnly)
{
    return onFile(path, {sql}, readOnly);
}

} // namespace lectern
