#pragma once

// Raw statements on a store's connection for the tests that need them
// (a failing trigger, PRAGMA query_only, the file format, the FTS5
// integrity check), through the storage folder's RawSql: the tests link
// neither Qt6::Sql nor sqlite3.
#include "rawsql.h"
#include "searchindex.h"

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

// Every write refused from now on (or again allowed), on either engine.
inline Status setQueryOnly(const LibraryStore &store, bool on)
{
    if (store.isTeamLibrary()) {
        return execSql(store, on ? QStringLiteral("SET default_transaction_read_only = on")
                                 : QStringLiteral("SET default_transaction_read_only = off"));
    }
    return execSql(store, on ? QStringLiteral("PRAGMA query_only = 1")
                             : QStringLiteral("PRAGMA query_only = 0"));
}

// A fault injected half-way through a write, on either engine: a trigger
// named `name` that fails `event` ("BEFORE INSERT ON article_tags") with
// `message` whenever `condition` (SQL over NEW) holds.
inline Status failWhen(const LibraryStore &store, const QString &name, const QString &event,
                       const QString &condition, const QString &message)
{
    if (!store.isTeamLibrary()) {
        return execSql(store, QStringLiteral("CREATE TRIGGER %1 %2 WHEN %3 BEGIN SELECT "
                                             "RAISE(ABORT, '%4'); END")
                                  .arg(name, event, condition, message));
    }
    if (Status made = execSql(store, QStringLiteral("CREATE FUNCTION %1() RETURNS trigger "
                                                    "LANGUAGE plpgsql AS $$ BEGIN IF %2 THEN "
                                                    "RAISE EXCEPTION '%3'; END IF; RETURN NEW; "
                                                    "END $$")
                                         .arg(name, condition, message));
        !made)
        return made;
    return execSql(
        store,
        QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW EXECUTE FUNCTION %1()").arg(name, event));
}

// The search index checked against the articles, on either engine.
inline Status checkSearchIndex(const LibraryStore &store)
{
    const Result<QStringList> problems = store.searchIndex().problems();
    if (!problems)
        return problems.failure();
    if (!problems->isEmpty())
        return Error{problems->join(QLatin1Char('\n'))};
    return success();
}

// How many articles the search index holds under this word, as it is indexed.
inline int indexedUnder(const LibraryStore &store, const QString &word)
{
    const Result<QVariant> count =
        store.isTeamLibrary()
            ? scalar(store,
                     QStringLiteral("SELECT count(*) FROM article_search WHERE document @@ "
                                    "CAST(? AS tsquery)"),
                     {QStringLiteral("'%1'").arg(word)})
            : scalar(store,
                     QStringLiteral("SELECT count(*) FROM article_search WHERE article_search "
                                    "MATCH ?"),
                     {word});
    return count ? count->toInt() : -1;
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
