#include "documentcounts.h"

#include "related/relatedterms.h"
#include "sqlquery.h"

#include <QHash>
#include <QMutex>

namespace lectern {

namespace {

struct Counts
{
    qint64 dataVersion = -1;  // other connections' commits
    qint64 totalChanges = -1; // this connection's own writes
    int cap = 0;              // the counts are exact up to this
    QHash<QByteArray, int> counts;
};

// Far more words than a session meets; a bound on memory all the same.
constexpr qsizetype maxRemembered = 200000;

QMutex &lock()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Counts> &cache()
{
    static QHash<QString, Counts> byConnection;
    return byConnection;
}

} // namespace

DocumentCounts::DocumentCounts(const QSqlDatabase &db, int cap, QString key, qint64 dataVersion,
                               qint64 totalChanges)
    : m_db(db)
    , m_cap(cap)
    , m_key(std::move(key))
    , m_dataVersion(dataVersion)
    , m_totalChanges(totalChanges)
{
}

DocumentCounts::~DocumentCounts() = default;
DocumentCounts::DocumentCounts(DocumentCounts &&) noexcept = default;
DocumentCounts &DocumentCounts::operator=(DocumentCounts &&) noexcept = default;

Result<DocumentCounts> DocumentCounts::open(const QSqlDatabase &db, int cap)
{
    SqlQuery query(db, QStringLiteral("SELECT (SELECT data_version FROM pragma_data_version), "
                                      "total_changes()"));
    if (Status status = query.exec(); !status)
        return status.failure();
    const bool read = query.next();
    const qint64 dataVersion = read ? query.value(0).toLongLong() : -1;
    const qint64 totalChanges = read ? query.value(1).toLongLong() : -1;
    QString key = db.connectionName() + QLatin1Char('\n') + db.databaseName();
    {
        const QMutexLocker locker(&lock());
        Counts &counts = cache()[key];
        if (counts.dataVersion != dataVersion || counts.totalChanges != totalChanges ||
            counts.cap != cap || counts.counts.size() > maxRemembered) {
            counts.counts.clear();
            counts.dataVersion = dataVersion;
            counts.totalChanges = totalChanges;
            counts.cap = cap;
        }
    }
    return DocumentCounts(db, cap, std::move(key), dataVersion, totalChanges);
}

Result<int> DocumentCounts::count(const QByteArray &term)
{
    {
        const QMutexLocker locker(&lock());
        const Counts &counts = cache()[m_key];
        const auto found = counts.counts.constFind(term);
        if (found != counts.counts.cend() && counts.dataVersion == m_dataVersion &&
            counts.totalChanges == m_totalChanges)
            return found.value();
    }
    if (!m_query)
        m_query = std::make_unique<SqlQuery>(
            m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_search WHERE "
                                 "article_search MATCH ? LIMIT ?)"));
    if (Status status = m_query->exec({termMatchExpression(term), m_cap + 1}); !status)
        return status.failure();
    const int containing = m_query->next() ? m_query->value(0).toInt() : 0;
    m_query->raw().finish();
    const QMutexLocker locker(&lock());
    Counts &counts = cache()[m_key];
    if (counts.dataVersion == m_dataVersion && counts.totalChanges == m_totalChanges &&
        counts.cap == m_cap)
        counts.counts.insert(term, containing);
    return containing;
}

} // namespace lectern
