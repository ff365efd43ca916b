// Articles editors pin to the top of Home (schema 9): an ordered list, like a
// reading list, whose articles in the trash keep their place for a restore.
#include "librarystore.h"
#include "sqlquery.h"
#include "storeutil.h"

namespace lectern {

Result<QList<ArticleSummary>> LibraryStore::featuredArticles() const
{
    return summaries(QStringLiteral("SELECT %1 FROM featured_articles f JOIN articles a ON a.id = "
                                    "f.article_id WHERE a.deleted IS NULL ORDER BY f.position")
                         .arg(articleSummaryColumns),
                     {});
}

Result<bool> LibraryStore::isFeatured(const QString &uuid) const
{
    const Result<QVariant> found =
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM featured_articles f JOIN articles a ON a.id = "
                              "f.article_id WHERE a.uuid = ?"),
               {uuid});
    if (!found)
        return Error{found.error()};
    return found->toInt() > 0;
}

Status LibraryStore::setFeatured(const QString &uuid, bool featured)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return Error{id.error()};
    if (featured) {
        // Pinned again: it keeps its place; newly pinned: it goes last.
        SqlQuery insert(db(),
                        QStringLiteral("INSERT INTO featured_articles (article_id, "
                                       "position) SELECT ?, coalesce(max(position), -1) + 1 "
                                       "FROM featured_articles WHERE true ON CONFLICT DO NOTHING"));
        if (Status status = insert.exec({id.value()}); !status)
            return status;
    } else {
        SqlQuery remove(db(), QStringLiteral("DELETE FROM featured_articles WHERE article_id = ?"));
        if (Status status = remove.exec({id.value()}); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace lectern
