// The store's side of revision history and the trash: old versions of a
// university, what is in the trash, and deleting it for good.
#include "librarystore.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonDocument>

namespace lectern {

Result<University> LibraryStore::universityRevision(qint64 revisionId) const
{
    const Result<QVariant> snapshot =
        scalar(db(), QStringLiteral("SELECT snapshot FROM university_revisions WHERE id = ?"),
               {revisionId});
    if (!snapshot)
        return snapshot.failure();
    if (snapshot->isNull())
        return Error{tr("That revision does not exist.")};
    const QJsonDocument json = QJsonDocument::fromJson(snapshot->toString().toUtf8());
    if (!json.isObject())
        return Error{tr("That revision is damaged and cannot be read.")};
    return University::fromJson(json.object());
}

Result<QList<TrashedItem>> LibraryStore::trashedItems() const
{
    // "deleted > 0" walks the index from its trashed end, like the list does.
    SqlQuery query(db(), QStringLiteral("SELECT 0, uuid, title, language, deleted FROM articles "
                                        "WHERE deleted > 0 UNION ALL SELECT 1, uuid, name, "
                                        "country, deleted FROM universities WHERE deleted > 0 "
                                        "ORDER BY 5 DESC, 3"));
    if (Status status = query.exec(); !status)
        return status.failure();
    QList<TrashedItem> items;
    while (query.next()) {
        TrashedItem item;
        item.kind = query.value(0).toInt() == 1 ? TrashedItem::Kind::University
                                                : TrashedItem::Kind::Article;
        item.uuid = query.value(1).toString();
        item.title = query.value(2).toString();
        item.detail = query.value(3).toString();
        item.trashed = timeFrom(query.value(4));
        items.append(item);
    }
    return items;
}

Result<int> LibraryStore::trashCount() const
{
    const Result<QVariant> count = scalar(
        db(), QStringLiteral("SELECT (SELECT count(*) FROM articles WHERE deleted > 0) + (SELECT "
                             "count(*) FROM universities WHERE deleted > 0)"));
    if (!count)
        return count.failure();
    return count->toInt();
}

Status LibraryStore::deleteUniversityPermanently(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery query(
        db(), QStringLiteral("DELETE FROM universities WHERE uuid = ? AND deleted IS NOT NULL"));
    if (Status status = query.exec({uuid}); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Error{tr("Only a university in the trash can be deleted for good.")};
    return transaction.commit();
}

Status LibraryStore::restoreFromTrash(const QList<TrashedItem> &items)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery article(db(), QStringLiteral("UPDATE articles SET deleted = NULL WHERE uuid = ? AND "
                                          "deleted IS NOT NULL RETURNING id"));
    SqlQuery university(db(), QStringLiteral("UPDATE universities SET deleted = NULL WHERE uuid "
                                             "= ? AND deleted IS NOT NULL"));
    for (const TrashedItem &item : items) {
        if (item.kind == TrashedItem::Kind::University) {
            if (Status status = university.exec({item.uuid}); !status)
                return status;
            if (university.rowsAffected() != 1)
                return Error{tr("The university “%1” is not in the trash.").arg(item.title)};
            continue;
        }
        if (Status status = article.exec({item.uuid}); !status)
            return status;
        if (!article.next())
            return Error{tr("The article “%1” is not in the trash.").arg(item.title)};
        const qint64 id = article.value(0).toLongLong();
        article.raw().finish();
        if (Status status = addToIndex(id); !status)
            return status;
    }
    return transaction.commit();
}

Status LibraryStore::deletePermanently(const QList<TrashedItem> &items)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery article(db(),
                     QStringLiteral("DELETE FROM articles WHERE uuid = ? AND deleted IS NOT NULL"));
    SqlQuery university(
        db(), QStringLiteral("DELETE FROM universities WHERE uuid = ? AND deleted IS NOT NULL"));
    for (const TrashedItem &item : items) {
        SqlQuery &query = item.kind == TrashedItem::Kind::University ? university : article;
        if (Status status = query.exec({item.uuid}); !status)
            return status;
        if (query.rowsAffected() != 1)
            return Error{tr("Only what is in the trash can be deleted for good: “%1” is not "
                            "there.")
                             .arg(item.title)};
    }
    return transaction.commit();
}

Result<int> LibraryStore::emptyTrash()
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    // Articles left the search index when they went to the trash; their
    // tags, links and revisions go with them (ON DELETE CASCADE).
    SqlQuery articles(db(), QStringLiteral("DELETE FROM articles WHERE deleted IS NOT NULL"));
    if (Status status = articles.exec(); !status)
        return status.failure();
    const int count = articles.rowsAffected();
    SqlQuery universities(db(),
                          QStringLiteral("DELETE FROM universities WHERE deleted IS NOT NULL"));
    if (Status status = universities.exec(); !status)
        return status.failure();
    const int total = count + universities.rowsAffected();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return total;
}

} // namespace lectern
