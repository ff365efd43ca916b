#include "relatedreading.h"

#include "articlehtml.h"
#include "related/relatedengine.h"

namespace lectern {

Status RelatedReading::add(const LibraryStore &store, ExportContent &content, int perArticle)
{
    const RelatedEngine engine(store);
    for (const Article &article : std::as_const(content.articles)) {
        const Result<RelatedResult> related = engine.related(article.uuid, perArticle);
        if (!related)
            return related.failure();
        QList<RelatedReadingItem> items;
        for (const RelatedSuggestion &suggestion : related->suggestions)
            items.append({suggestion.uuid, suggestion.title, suggestion.explanation});
        content.relatedReading.insert(article.uuid, items);
    }
    return success();
}

QString RelatedReading::html(const Article &article, const ExportContent &content,
                             const PdfOptions &options)
{
    if (!options.relatedReading)
        return {};
    const QList<RelatedReadingItem> items = content.relatedReading.value(article.uuid);
    if (items.isEmpty())
        return {};
    QString html =
        QLatin1String("<h2>") + tr("Related reading").toHtmlEscaped() + QLatin1String("</h2><ul>");
    for (const RelatedReadingItem &item : items) {
        // rewriteLinks keeps the link only when the target is in this export.
        html += QLatin1String("<li><a href=\"") + articleUrl(item.uuid).toString().toHtmlEscaped() +
                QLatin1String("\">") + item.title.toHtmlEscaped() + QLatin1String("</a>");
        if (!item.reason.isEmpty())
            html += QStringLiteral(" — <i>") + item.reason.toHtmlEscaped() + QLatin1String("</i>");
        html += QLatin1String("</li>");
    }
    return html + QLatin1String("</ul>");
}

} // namespace lectern
