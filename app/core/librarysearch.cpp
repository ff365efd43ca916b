// Ranked full-text search with highlighted snippets.
#include "librarystore.h"
#include "searchquery.h"
#include "searchtokenizer.h"
#include "sqlquery.h"

namespace lectern {

namespace {

// Markers FTS5 puts around matches; control characters never occur in
// article text, so the snippet can be HTML-escaped safely afterwards.
constexpr QChar matchStart(0x01);
constexpr QChar matchEnd(0x02);

// bm25 must score every match before it can return the best 20: a word in
// most of 100,000 articles costs a quarter of a second. Past this many
// matches, only the newest this-many are ranked (see LibraryStore::search).
constexpr int rankingWindow = 4000;

QString snippetHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(matchStart, QLatin1String("<b>"));
    html.replace(matchEnd, QLatin1String("</b>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

// Tokens of the query's required terms and filters: the rarest of each term
// bounds how many articles can match.
QList<QByteArrayList> requiredTokenSets(const SearchQuery &query)
{
    QList<QByteArrayList> sets;
    QStringList texts = query.terms + query.tags;
    for (const QString &text : {query.language, query.status, query.author, query.category}) {
        if (!text.isEmpty())
            texts.append(text);
    }
    for (const QString &text : texts) {
        QByteArrayList tokens;
        for (const SearchToken &token : searchTokens(text.toUtf8(), TokenizeMode::Query))
            tokens.append(token.text);
        if (!tokens.isEmpty())
            sets.append(tokens);
    }
    return sets;
}

} // namespace

Result<int> LibraryStore::estimateMatches(const SearchQuery &query) const
{
    // The vocabulary table reads document counts straight from the index.
    SqlQuery vocabulary(m_db, QStringLiteral("SELECT doc FROM temp.article_search_vocabulary "
                                             "WHERE term = ?"));
    int estimate = -1;
    for (const QByteArrayList &tokens : requiredTokenSets(query)) {
        int termEstimate = -1;
        for (const QByteArray &token : tokens) {
            if (Status status = vocabulary.exec({QString::fromUtf8(token)}); !status)
                return Error{status.error()};
            const int documents = vocabulary.next() ? vocabulary.value(0).toInt() : 0;
            vocabulary.raw().finish();
            termEstimate = termEstimate < 0 ? documents : qMin(termEstimate, documents);
        }
        estimate = estimate < 0 ? termEstimate : qMin(estimate, termEstimate);
    }
    if (estimate >= 0)
        return estimate;
    // Only exclusions: nearly everything matches.
    return articleCount();
}

Result<QList<SearchHit>> LibraryStore::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    const Result<QString> expression = query.matchExpression();
    if (!expression)
        return Error{expression.error()};
    if (expression->isEmpty())
        return QList<SearchHit>{};
    limit = qMax(1, limit);

    const Result<int> estimate = estimateMatches(query);
    if (!estimate)
        return Error{estimate.error()};
    // The ranking and LIMIT stay inside an FTS-only subquery so FTS5 can stop
    // early; the join to articles only sees the rows that are shown. When a
    // query matches a large part of the library, ranking every match is slow
    // and says little: the newest matches (FTS5 walks rowids backwards at no
    // cost) are ranked instead, and the best of those shown.
    const bool windowed = estimate.value() > rankingWindow;
    const QString ranked =
        windowed ? QStringLiteral("SELECT rowid, score FROM (SELECT rowid, bm25(article_search, "
                                  "10.0, 4.0, 1.0, 3.0, 2.0, 2.0, 0.0, 0.0) AS score FROM "
                                  "article_search WHERE article_search MATCH ?1 ORDER BY rowid "
                                  "DESC LIMIT %1) ORDER BY score LIMIT ?2")
                       .arg(rankingWindow)
                 : QStringLiteral("SELECT rowid, rank AS score FROM article_search WHERE "
                                  "article_search MATCH ?1 ORDER BY rank LIMIT ?2");
    SqlQuery query2(m_db, QStringLiteral("SELECT a.id, a.uuid, a.title, a.summary, -s.score FROM "
                                         "(%1) s JOIN articles a ON a.id = s.rowid")
                              .arg(ranked));
    if (Status status = query2.exec({expression.value(), limit}); !status)
        return Error{tr("The search “%1” could not be run: %2").arg(text, status.error())};
    struct Row
    {
        qint64 id;
        SearchHit hit;
        QString summary;
    };
    QList<Row> rows;
    while (query2.next()) {
        rows.append(Row{query2.value(0).toLongLong(),
                        SearchHit{query2.value(1).toString(), query2.value(2).toString(), {},
                                  query2.value(4).toDouble()},
                        query2.value(3).toString()});
    }

    // Snippets only for the rows shown; the body is where the text is, the
    // summary when the body has no match.
    SqlQuery snippets(m_db, QStringLiteral(
                                "SELECT snippet(article_search, 2, char(1), char(2), '…', 24), "
                                "snippet(article_search, 1, char(1), char(2), '…', 24) FROM "
                                "article_search WHERE article_search MATCH ? AND rowid = ?"));
    QList<SearchHit> hits;
    for (Row &row : rows) {
        if (Status status = snippets.exec({expression.value(), row.id}); !status)
            return Error{status.error()};
        QString raw;
        if (snippets.next()) {
            const QString body = snippets.value(0).toString();
            const QString summary = snippets.value(1).toString();
            raw = body.contains(matchStart) || !summary.contains(matchStart) ? body : summary;
        }
        snippets.raw().finish();
        row.hit.snippet = snippetHtml(raw);
        hits.append(row.hit);
    }
    return hits;
}

} // namespace lectern
