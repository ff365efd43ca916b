// Ranked full-text search with highlighted snippets.
#include "librarystore.h"
#include "searchquery.h"
#include "sqlquery.h"

namespace lectern {

namespace {

// Markers FTS5 puts around matches; control characters never occur in
// article text, so the snippet can be HTML-escaped safely afterwards.
constexpr QChar matchStart(0x01);
constexpr QChar matchEnd(0x02);

// Up to this many matches, results are ranked by bm25; past it, by where the
// words are and by date (see LibraryStore::search).
constexpr int rankingWindow = 1500;

QString snippetHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(matchStart, QLatin1String("<b>"));
    html.replace(matchEnd, QLatin1String("</b>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

} // namespace

Result<int> LibraryStore::countMatches(const QString &expression, int cap) const
{
    // Counting stops at the cap: a bounded walk, however common the words
    // (fts5vocab would read a common word's whole document list).
    const Result<QVariant> count =
        scalar(m_db,
               QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_search WHERE "
                              "article_search MATCH ? LIMIT ?)"),
               {expression, cap});
    if (!count)
        return count.failure();
    return count->toInt();
}

Result<QList<SearchHit>> LibraryStore::search(const QString &text, int limit) const
{
    const SearchQuery query = SearchQuery::parse(text);
    const Result<QString> expression = query.matchExpression();
    if (!expression)
        return expression.failure();
    if (expression->isEmpty())
        return QList<SearchHit>{};
    limit = qMax(1, limit);

    const Result<int> estimate = countMatches(expression.value(), rankingWindow + 1);
    if (!estimate)
        return estimate.failure();
    // The ranking and LIMIT stay inside an FTS-only subquery so FTS5 can stop
    // early; the join to articles only sees the rows that are shown.
    //
    // bm25 needs, before its first score, the number of articles holding each
    // phrase, which FTS5 counts by reading the phrase's whole document list,
    // and then scores every match: a word in most of 100,000 articles costs a
    // quarter of a second. Such a query says little about any one article, so
    // past `rankingWindow` matches the order is: matches in the title, newest
    // first, then the other matches, newest first. FTS5 walks its index in
    // rowid order and stops after `limit` rows, so this costs a few
    // milliseconds however common the words are.
    QList<qint64> ids;
    QList<double> scores;
    const auto collect = [&](const QString &sql, const QString &match) -> Status {
        SqlQuery ranked(m_db, sql);
        if (Status status = ranked.exec({match, limit}); !status)
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
    if (estimate.value() <= rankingWindow) {
        ranking = collect(QStringLiteral("SELECT rowid, -rank FROM article_search WHERE "
                                         "article_search MATCH ? ORDER BY rank LIMIT ?"),
                          expression.value());
    } else {
        const Result<QString> inTitle = query.matchExpression(SearchQuery::TitleFirst);
        const QString newest = QStringLiteral("SELECT rowid, 0 FROM article_search WHERE "
                                              "article_search MATCH ? ORDER BY rowid DESC "
                                              "LIMIT ?");
        if (inTitle && !inTitle->isEmpty())
            ranking = collect(newest, inTitle.value());
        if (ranking && ids.size() < limit)
            ranking = collect(newest, expression.value());
        // Scores that keep the order: title matches above the rest.
        for (int i = 0; i < scores.size(); ++i)
            scores[i] = double(limit - i) / double(limit);
    }
    if (!ranking)
        return Error{tr("The search “%1” could not be run: %2").arg(text, ranking.error())};

    struct Row
    {
        qint64 id;
        SearchHit hit;
    };
    QList<Row> rows;
    SqlQuery article(m_db, QStringLiteral("SELECT uuid, title FROM articles WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        if (Status status = article.exec({ids[i]}); !status)
            return status.failure();
        if (article.next())
            rows.append(Row{ids[i], SearchHit{article.value(0).toString(),
                                              article.value(1).toString(),
                                              {},
                                              scores[i]}});
        article.raw().finish();
    }

    // Snippets only for the rows shown; the body is where the text is, the
    // summary when the body has no match.
    SqlQuery snippets(
        m_db, QStringLiteral("SELECT snippet(article_search, 2, char(1), char(2), '…', 24), "
                             "snippet(article_search, 1, char(1), char(2), '…', 24) FROM "
                             "article_search WHERE article_search MATCH ? AND rowid = ?"));
    QList<SearchHit> hits;
    for (Row &row : rows) {
        if (Status status = snippets.exec({expression.value(), row.id}); !status)
            return status.failure();
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
