// What a published site reads from the library (app/core/publish/).
#include "librarystore.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QHash>

namespace lectern {

Result<QList<Article>> LibraryStore::publishedArticles() const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT id, uuid, title, summary, body_html, body_text, language, "
                             "translation_group, author, source, category, status, created, "
                             "updated, published, featured_image FROM articles WHERE deleted IS "
                             "NULL AND status = 'published' ORDER BY id"));
    if (Status status = query.exec(); !status)
        return status.failure();
    QList<Article> articles;
    QHash<qint64, qsizetype> rows;
    while (query.next()) {
        Article a;
        a.id = query.value(0).toLongLong();
        a.uuid = query.value(1).toString();
        a.title = query.value(2).toString();
        a.summary = query.value(3).toString();
        a.bodyHtml = query.value(4).toString();
        a.bodyText = query.value(5).toString();
        a.language = query.value(6).toString();
        a.translationGroup = query.value(7).toString();
        a.author = query.value(8).toString();
        a.source = query.value(9).toString();
        a.category = query.value(10).toString();
        a.status = ArticleStatus::Published;
        a.created = timeFrom(query.value(12));
        a.updated = timeFrom(query.value(13));
        a.published = timeFrom(query.value(14));
        a.featuredImage = query.value(15).toString();
        rows.insert(a.id, articles.size());
        articles.append(std::move(a));
    }
    SqlQuery tags(db(), QStringLiteral("SELECT x.article_id, t.name FROM article_tags x JOIN tags "
                                       "t ON t.id = x.tag_id ORDER BY x.article_id, x.position"));
    if (Status status = tags.exec(); !status)
        return status.failure();
    while (tags.next()) {
        const auto row = rows.constFind(tags.value(0).toLongLong());
        if (row != rows.cend())
            articles[row.value()].tags.append(tags.value(1).toString());
    }
    SqlQuery universities(
        db(), QStringLiteral("SELECT x.article_id, u.uuid FROM article_universities x JOIN "
                             "universities u ON u.id = x.university_id WHERE u.deleted IS NULL "
                             "ORDER BY x.article_id, x.position"));
    if (Status status = universities.exec(); !status)
        return status.failure();
    while (universities.next()) {
        const auto row = rows.constFind(universities.value(0).toLongLong());
        if (row != rows.cend())
            articles[row.value()].universityUuids.append(universities.value(1).toString());
    }
    return articles;
}

} // namespace lectern
