// Manual related links, the recommended-reading list and media.
#include "librarystore.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QCryptographicHash>

namespace lectern {

QString relatedModeKey(RelatedMode mode)
{
    switch (mode) {
    case RelatedMode::Pinned:
        return QStringLiteral("pinned");
    case RelatedMode::Excluded:
        return QStringLiteral("excluded");
    case RelatedMode::Link:
        break;
    }
    return QStringLiteral("link");
}

RelatedMode relatedModeFrom(const QString &key)
{
    if (key == QLatin1String("pinned"))
        return RelatedMode::Pinned;
    if (key == QLatin1String("excluded"))
        return RelatedMode::Excluded;
    return RelatedMode::Link;
}

Status LibraryStore::setRelatedLinks(const QString &uuid, const QList<RelatedLink> &links)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    if (Status status = writeRelatedLinksInTransaction(id.value(), links); !status)
        return status;
    return transaction.commit();
}

Status LibraryStore::writeRelatedLinksInTransaction(qint64 articleId,
                                                    const QList<RelatedLink> &links)
{
    SqlQuery clear(db(), QStringLiteral("DELETE FROM related_links WHERE article_id = ?"));
    if (Status status = clear.exec({articleId}); !status)
        return status;
    // An article named twice keeps its first place.
    SqlQuery insert(
        db(),
        QStringLiteral("INSERT INTO related_links (article_id, "
                       "related_id, position, mode) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (int i = 0; i < links.size(); ++i) {
        const Result<qint64> related = this->articleId(links[i].uuid, true);
        if (!related)
            return related.failure();
        if (related.value() == articleId)
            return Error{tr("An article cannot be related to itself.")};
        if (Status status =
                insert.exec({articleId, related.value(), i, relatedModeKey(links[i].mode)});
            !status)
            return status;
    }
    return success();
}

Result<QList<RelatedLink>> LibraryStore::relatedLinks(const QString &uuid) const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT r.uuid, l.mode FROM related_links l JOIN articles me ON me.id "
                             "= l.article_id JOIN articles r ON r.id = l.related_id WHERE me.uuid "
                             "= ? ORDER BY l.position"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    QList<RelatedLink> links;
    while (query.next())
        links.append(
            RelatedLink{query.value(0).toString(), relatedModeFrom(query.value(1).toString())});
    return links;
}

Status LibraryStore::setRecommendedReading(const QStringList &articleUuids)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<QVariant> list =
        scalar(db(), QStringLiteral("SELECT id FROM reading_lists ORDER BY position, id LIMIT 1"));
    if (!list)
        return list.failure();
    SqlQuery clear(db(), QStringLiteral("DELETE FROM reading_list_items WHERE list_id = ?"));
    if (Status status = clear.exec({list.value()}); !status)
        return status;
    SqlQuery insert(db(), QStringLiteral("INSERT INTO reading_list_items (list_id, article_id, "
                                         "position) VALUES (?, ?, ?)"));
    for (int i = 0; i < articleUuids.size(); ++i) {
        const Result<qint64> id = articleId(articleUuids[i], true);
        if (!id)
            return id.failure();
        if (Status status = insert.exec({list.value(), id.value(), i}); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<ArticleSummary>> LibraryStore::recommendedReading() const
{
    return summaries(
        QStringLiteral("SELECT a.id, a.uuid, a.title, a.language, a.status, a.author, "
                       "a.category, a.updated, a.published FROM reading_list_items i JOIN "
                       "articles a ON a.id = i.article_id WHERE a.deleted IS NULL AND i.list_id "
                       "= (SELECT id FROM reading_lists ORDER BY position, id LIMIT 1) ORDER BY "
                       "i.position"),
        {});
}

Result<QString> LibraryStore::addMedia(const QByteArray &data, const QString &mime)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    SqlQuery insert(
        db(), QStringLiteral("INSERT INTO media (sha256, mime, data, "
                             "byte_size, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    if (Status status = insert.exec({sha, mime, data, data.size(), timeValue(nowUtc())}); !status)
        return status.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return sha;
}

Result<MediaItem> LibraryStore::media(const QString &sha256) const
{
    SqlQuery query(db(), QStringLiteral("SELECT mime, data FROM media WHERE sha256 = ?"));
    if (Status status = query.exec({sha256}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("The image %1 is missing from the library.").arg(sha256)};
    return MediaItem{sha256, query.value(0).toString(), query.value(1).toByteArray()};
}

} // namespace lectern
