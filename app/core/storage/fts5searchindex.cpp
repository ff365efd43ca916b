// Ranked full-text search with highlighted snippets, on FTS5 (the related
// articles' evidence is in fts5relatedevidence.cpp).
#include "fts5searchindex.h"

#include "searchhits.h"
#include "searchquery.h"
#include "sqlquery.h"
#include "termvectorstore.h"

namespace lectern {

Status Fts5SearchIndex::remove(qint64 article)
{
    // External-content FTS: removal needs the exact values that were indexed,
    // which the source view still gives until the row changes.
    SqlQuery query(
        m_store.db(),
        QStringLiteral("INSERT INTO article_search (article_search, rowid, title, summary, body, "
                       "tags, author, category, lang, status) SELECT 'delete', id, title, "
                       "summary, body, tags, author, category, lang, status FROM "
                       "article_search_source WHERE id = ?"));
    if (Status status = query.exec({article}); !status)
        return status;
    return removeTermVector(m_store.db(), article); // related articles count the same articles
}

Status Fts5SearchIndex::add(qint64 article)
{
    SqlQuery query(m_store.db(),
                   QStringLiteral("INSERT INTO article_search (rowid, title, summary, body, tags, "
                                  "author, category, lang, status) SELECT id, title, summary, "
                                  "body, tags, author, category, lang, status FROM "
                                  "article_search_source WHERE id = ?"));
    if (Status status = query.exec({article}); !status)
        return status;
    return addTermVector(m_store.db(), article);
}

Result<QString> Fts5SearchIndex::matchingCondition(const QString &text, QVariantList &values) const
{
    const Result<QString> match = SearchQuery::parse(text).matchExpression();
    if (!match)
        return match.failure();
    if (match->isEmpty())
        return QString();
    values.append(match.value());
    return QStringLiteral(
        "a.id IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)");
}

Result<QStringList> Fts5SearchIndex::problems() const
{
    // FTS5 compares its index with the articles it was made from.
    const Status checked =
        execSql(m_store.db(), QStringLiteral("INSERT INTO article_search (article_search, rank) "
                                             "VALUES ('integrity-check', 1)"));
    if (!checked && checked.errorKind() != ErrorKind::Damaged)
        return checked.failure();
    return checked ? QStringList()
                   : QStringList{tr("The search index does not match the "
                                    "articles: %1")
                                     .arg(checked.error())};
}

Result<int> Fts5SearchIndex::countMatches(const QString &expression, int cap) const
{
    // Counting stops at the cap: a bounded walk, however common the words
    // (fts5vocab would read a common word's whole document list).
    const Result<QVariant> count =
        scalar(m_store.db(),
               QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_search WHERE "
                              "article_search MATCH ? LIMIT ?)"),
               {expression, cap});
    if (!count)
        return count.failure();
    return count->toInt();
}

Result<QList<SearchHit>> Fts5SearchIndex::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    const Result<QString> expression = query.matchExpression();
    if (!expression)
        return expression.failure();
    if (expression->isEmpty())
        return QList<SearchHit>{};
    limit = qMax(1, limit);

    const Result<int> estimate = countMatches(expression.value(), searchRankingWindow + 1);
    if (!estimate)
        return estimate.failure();
    // The ranking and LIMIT stay inside an FTS-only subquery so FTS5 can stop
    // early; the join to articles only sees the rows that are shown.
    //
    // bm25 needs, before its first score, the number of articles holding each
    // phrase, which FTS5 counts by reading the phrase's whole document list,
    // and then scores every match: a word in most of 100,000 articles costs a
    // quarter of a second. Such a query says little about any one article, so
    // past `searchRankingWindow` matches the order is: matches in the title, newest
    // first, then the other matches, newest first. FTS5 walks its index in
    // rowid order and stops after `limit` rows, so this costs a few
    // milliseconds however common the words are.
    QList<qint64> ids;
    QList<double> scores;
    const auto collect = [&](const QString &sql, const QString &match,
                             qint64 newerThan = 0) -> Status {
        SqlQuery ranked(m_store.db(), sql);
        if (Status status = ranked.exec({match, newerThan, limit}); !status)
            return status;
        while (ranked.next() && ids.size() < limit) {
            const qint64 id = ranked.value(0).toLongLong();
            if (!ids.contains(id)) {
                ids.append(id);
                scores.append(ranked.value(1).toDouble());
            }
        }
        return success();
    };
    Status ranking = success();
    if (estimate.value() <= searchRankingWindow) {
        ranking =
            collect(QStringLiteral("SELECT rowid, -rank FROM article_search WHERE "
                                   "article_search MATCH ? AND rowid >= ? ORDER BY rank LIMIT ?"),
                    expression.value());
    } else {
        const Result<QString> inTitle = query.matchExpression(SearchQuery::TitleFirst);
        const QString newest = QStringLiteral("SELECT rowid, 0 FROM article_search WHERE "
                                              "article_search MATCH ? AND rowid >= ? ORDER BY "
                                              "rowid DESC LIMIT ?");
        // Looking for title matches walks every article that has all the
        // words anywhere, each word checked in each: with many words (64
        // common ones: seconds at 100,000 articles) the title matches are
        // looked for among the newest `searchRankingWindow` matches only.
        qint64 newerThan = 0;
        if (query.terms.size() > searchManyTerms) {
            const Result<QVariant> boundary = scalar(
                m_store.db(),
                QStringLiteral("SELECT rowid FROM article_search WHERE article_search MATCH ? "
                               "ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                {expression.value(), searchRankingWindow - 1});
            if (!boundary)
                return boundary.failure();
            newerThan = boundary->toLongLong();
        }
        if (inTitle && !inTitle->isEmpty())
            ranking = collect(newest, inTitle.value(), newerThan);
        if (ranking && ids.size() < limit)
            ranking = collect(newest, expression.value());
        // Scores that keep the order: title matches above the rest.
        for (int i = 0; i < scores.size(); ++i)
            scores[i] = double(limit - i) / double(limit);
    }
    if (!ranking)
        return Error{tr("The search “%1” could not be run: %2").arg(text, ranking.error())};

    return searchHits(m_store.db(), ids, scores, query.terms);
}

Result<QList<SearchHit>> LibraryStore::search(const QString &query, int limit) const
{
    return searchIndex().search(query, limit);
}

const SearchIndex &LibraryStore::searchIndex() const
{
    return *m_searchIndex;
}

} // namespace lectern
