#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

namespace lectern {

class SqlQuery;

// How many live articles contain a word, read from the search index only up
// to a cap (a capped MATCH count costs the same for a common word as for a
// rare one). The counts are remembered per connection while the library does
// not change: any write, by this connection or another, forgets them all, so
// a count is never stale; between writes a reader moving from article to
// article pays only for words it has not met yet.
class DocumentCounts final
{
public:
    // Checks once whether the library changed since the counts were taken.
    static Result<DocumentCounts> open(const QSqlDatabase &db, int cap);
    ~DocumentCounts();
    DocumentCounts(DocumentCounts &&) noexcept;
    DocumentCounts &operator=(DocumentCounts &&) noexcept;

    // The number of articles containing `term` (exactly as indexed), or
    // cap + 1 when more do.
    Result<int> count(const QByteArray &term);

private:
    DocumentCounts(const QSqlDatabase &db, int cap, QString key, qint64 dataVersion,
                   qint64 totalChanges);

    QSqlDatabase m_db;
    int m_cap = 0;
    QString m_key;
    qint64 m_dataVersion = -1;
    qint64 m_totalChanges = -1;
    std::unique_ptr<SqlQuery> m_query;
};

} // namespace lectern
