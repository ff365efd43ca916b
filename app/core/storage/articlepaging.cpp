// The article list's pages: sorted in SQL and paged by key (never OFFSET,
// which costs more the deeper the page), using the indexes of migration 3.
#include "librarystore.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "storeutil.h"

namespace lectern {

namespace {

// The sort expression must match an index expression exactly.
QString sortExpression(const SqlDialect &dialect, ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Title:
        return dialect.caseless(QStringLiteral("a.title"));
    case ArticleSortColumn::Published:
        return QStringLiteral("coalesce(a.published, 0)");
    case ArticleSortColumn::Author:
        return dialect.caseless(QStringLiteral("a.author"));
    case ArticleSortColumn::Category:
        return dialect.caseless(QStringLiteral("a.category"));
    case ArticleSortColumn::Status:
        return QStringLiteral("a.status");
    case ArticleSortColumn::Language:
        return QStringLiteral("a.language");
    case ArticleSortColumn::Updated:
        break;
    }
    return QStringLiteral("a.updated");
}

// The placeholder of a sort key compared with sortExpression().
QString keyPlaceholder(const SqlDialect &dialect, ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Title:
    case ArticleSortColumn::Author:
    case ArticleSortColumn::Category:
        return dialect.caselessKey(QStringLiteral("?"));
    default:
        return QStringLiteral("?");
    }
}

QVariant sortValue(const ArticleSummary &row, ArticleSortColumn column)
{
    switch (column) {
    case ArticleSortColumn::Title:
        return row.title;
    case ArticleSortColumn::Published:
        return row.published.isValid() ? row.published.toMSecsSinceEpoch() : qint64(0);
    case ArticleSortColumn::Author:
        return row.author;
    case ArticleSortColumn::Category:
        return row.category;
    case ArticleSortColumn::Status:
        return statusKey(row.status);
    case ArticleSortColumn::Language:
        return row.language;
    case ArticleSortColumn::Updated:
        break;
    }
    return row.updated.toMSecsSinceEpoch();
}

} // namespace

Result<QList<ArticleSummary>> LibraryStore::articlePage(const ArticleFilter &filter,
                                                        const ArticleSort &sort,
                                                        const ArticleSummary *after,
                                                        int limit) const
{
    QVariantList values;
    const Result<QString> where = articleFilterClause(db(), searchIndex(), filter, values);
    if (!where)
        return where.failure();
    const SqlDialect &dialect = dialectOf(db());
    const QString expression = sortExpression(dialect, sort.column);
    const QString key = keyPlaceholder(dialect, sort.column);
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString after_ = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT %1 FROM articles a WHERE %2")
                      .arg(articleSummaryColumns, where.value());
    const bool byDate =
        sort.column == ArticleSortColumn::Published || sort.column == ArticleSortColumn::Updated;
    if (byDate && !sort.preferredLanguage.isEmpty()) {
        // (date, in the preferred language, id): the reader's own version of
        // articles published together comes first (descending order: 1 before
        // 0). SQLite walks the date index and sorts only the rows of one date.
        const QString preferred = QStringLiteral("(CASE WHEN a.language = ? THEN 1 ELSE 0 END)");
        if (after) {
            // "key <= k" first, so the index still narrows the range.
            sql +=
                QStringLiteral(" AND %1 %2= %4 AND (%1 %2 %4 OR %3 %2 ? OR (%3 = ? AND a.id %2 ?))")
                    .arg(expression, after_, preferred, key);
            const QVariant key = sortValue(*after, sort.column);
            const int afterPreferred = after->language == sort.preferredLanguage ? 1 : 0;
            values << key << key << sort.preferredLanguage << afterPreferred
                   << sort.preferredLanguage << afterPreferred << after->id;
        }
        sql += QStringLiteral(" ORDER BY %1 %2, %3 %2, a.id %2 LIMIT ?")
                   .arg(expression, direction, preferred);
        values << sort.preferredLanguage << qMax(1, limit);
        return summaries(sql, values);
    }
    if (after) {
        // Row values compare (key, id) in one step and still use the index.
        sql += QStringLiteral(" AND (%1, a.id) %2 (%3, ?)").arg(expression, after_, key);
        values.append(sortValue(*after, sort.column));
        values.append(after->id);
    }
    sql += QStringLiteral(" ORDER BY %1 %2, a.id %2 LIMIT ?").arg(expression, direction);
    values.append(qMax(1, limit));
    return summaries(sql, values);
}

} // namespace lectern
