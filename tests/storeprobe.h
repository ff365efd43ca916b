#pragma once

// Raw statements on a store's connection for the tests that need them
// (a failing trigger, PRAGMA query_only, the file format, the FTS5
// integrity check), through the storage folder's RawSql: the tests link
// neither Qt6::Sql nor sqlite3.
#include "rawsql.h"

namespace lectern::test {

inline Result<QVariant> scalar(const LibraryStore &store, const QString &sql,
                               const QVariantList &values = {})
{
    return RawSql(store).scalar(sql, values);
}

inline Status execSql(const LibraryStore &store, const QString &sql,
                      const QVariantList &values = {})
{
    return RawSql(store).exec(sql, values);
}

inline Result<QList<QVariantList>> sqlRows(const LibraryStore &store, const QString &sql,
                                           const QVariantList &values = {})
{
    return RawSql(store).rows(sql, values);
}

// As another program would, on a file (see RawSql::execOnFile).
inline Status execSqlOnFile(const QString &path, const QStringList &statements)
{
    return RawSql::execOnFile(path, statements);
}

inline Result<QList<QVariantList>> sqlRowsOnFile(const QString &path, const QString &sql)
{
    return RawSql::rowsOnFile(path, sql);
}

} // namespace lectern::test
