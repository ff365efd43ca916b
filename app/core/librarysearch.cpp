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

QString snippetHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(matchStart, QLatin1String("<b>"));
    html.replace(matchEnd, QLatin1String("</b>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

} // namespace

Result<QList<SearchHit>> LibraryStore::search(const QString &text, int limit) const
{
    const Result<QString> expression = SearchQuery::parse(text).matchExpression();
    if (!expression)
        return Error{expression.error()};
    if (expression->isEmpty())
        return QList<SearchHit>{};

    // The ranking and LIMIT stay inside an FTS-only subquery so FTS5 can stop
    // early; the join to articles only sees the rows that are shown.
    SqlQuery query(m_db, QStringLiteral(
                             "SELECT a.uuid, a.title, s.body_snippet, s.summary_snippet, -s.rank "
                             "FROM (SELECT rowid, rank, snippet(article_search, 2, char(1), "
                             "char(2), '…', 24) AS body_snippet, snippet(article_search, 1, "
                             "char(1), char(2), '…', 24) AS summary_snippet FROM article_search "
                             "WHERE article_search MATCH ? ORDER BY rank LIMIT ?) s JOIN articles "
                             "a ON a.id = s.rowid ORDER BY s.rank"));
    if (Status status = query.exec({expression.value(), qMax(1, limit)}); !status)
        return Error{tr("The search “%1” could not be run: %2").arg(text, status.error())};
    QList<SearchHit> hits;
    while (query.next()) {
        const QString body = query.value(2).toString();
        const QString summary = query.value(3).toString();
        const bool bodyMatches = body.contains(matchStart);
        const QString raw = bodyMatches || !summary.contains(matchStart) ? body : summary;
        hits.append(SearchHit{query.value(0).toString(), query.value(1).toString(),
                              snippetHtml(raw), query.value(4).toDouble()});
    }
    return hits;
}

} // namespace lectern
