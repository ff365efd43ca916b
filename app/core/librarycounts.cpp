// Counts for the sidebar.
#include "librarystore.h"
#include "sqlquery.h"

namespace lectern {

namespace {

Result<QList<QPair<QString, int>>> pairs(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db, sql);
    if (Status status = query.exec(); !status)
        return Error{status.error()};
    QList<QPair<QString, int>> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toInt()});
    return rows;
}

} // namespace

Result<QList<QPair<QString, int>>> LibraryStore::statusCounts() const
{
    return pairs(m_db, QStringLiteral("SELECT status, count(*) FROM articles WHERE deleted IS NULL "
                                      "GROUP BY status"));
}

Result<QList<QPair<QString, int>>> LibraryStore::categoryCounts() const
{
    return pairs(m_db, QStringLiteral("SELECT category, count(*) FROM articles WHERE deleted IS "
                                      "NULL AND category <> '' GROUP BY category ORDER BY "
                                      "category COLLATE NOCASE"));
}

Result<QList<QPair<QString, int>>> LibraryStore::tagCounts() const
{
    return pairs(m_db, QStringLiteral("SELECT t.name, count(*) FROM tags t JOIN article_tags x ON "
                                      "x.tag_id = t.id JOIN articles a ON a.id = x.article_id "
                                      "WHERE a.deleted IS NULL GROUP BY t.id ORDER BY t.name "
                                      "COLLATE NOCASE"));
}

} // namespace lectern
