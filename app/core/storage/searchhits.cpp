#include "searchhits.h"

#include "searchsnippet.h"
#include "sqlquery.h"

namespace lectern {

namespace {

QString snippetHtml(const QString &raw)
{
    QString html = raw.toHtmlEscaped();
    html.replace(snippetMatchStart, QLatin1String("<b>"));
    html.replace(snippetMatchEnd, QLatin1String("</b>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

} // namespace

Result<QList<SearchHit>> searchHits(const QSqlDatabase &db, const QList<qint64> &ids,
                                    const QList<double> &scores, const QList<SearchTerm> &terms)
{
    // Snippets only for the rows shown; the body is where the text is, the
    // summary when the body has no match.
    QList<SearchHit> hits;
    SqlQuery article(
        db, QStringLiteral("SELECT uuid, title, summary, body_text FROM articles WHERE id = ?"));
    for (int i = 0; i < ids.size(); ++i) {
        if (Status status = article.exec({ids[i]}); !status)
            return status.failure();
        if (article.next()) {
            QString raw = searchSnippet(article.value(3).toString(), terms);
            if (!raw.contains(snippetMatchStart)) {
                const QString summary = searchSnippet(article.value(2).toString(), terms);
                if (summary.contains(snippetMatchStart))
                    raw = summary;
            }
            hits.append(SearchHit{article.value(0).toString(), article.value(1).toString(),
                                  snippetHtml(raw), scores.value(i)});
        }
        article.raw().finish();
    }
    return hits;
}

} // namespace lectern
