// Curated reading lists: named, ordered lists of articles. The first list (by
// position) is the page's "Recommended reading", which setRecommendedReading()
// and recommendedReading() keep working on.
#include "librarystore.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QSet>

namespace lectern {

namespace {

const QString itemColumns = QStringLiteral(
    "a.id, a.uuid, a.title, a.language, a.status, a.author, a.category, a.updated, a.published");

} // namespace

QString ReadingList::displayName() const
{
    // Schema 1 names the first list in English; an editor's own name is kept.
    if (recommended && name == QLatin1String("Recommended reading"))
        return LibraryStore::tr("Recommended reading");
    return name;
}

Result<QList<ReadingList>> LibraryStore::readingLists() const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT l.id, l.name, (SELECT count(*) FROM reading_list_items i "
                             "JOIN articles a ON a.id = i.article_id WHERE i.list_id = l.id AND "
                             "a.deleted IS NULL) FROM reading_lists l ORDER BY l.position, l.id"));
    if (Status status = query.exec(); !status)
        return status.failure();
    QList<ReadingList> lists;
    while (query.next()) {
        lists.append(ReadingList{query.value(0).toLongLong(), query.value(1).toString(),
                                 query.value(2).toInt(), lists.isEmpty()});
    }
    return lists;
}

Result<ReadingList> LibraryStore::createReadingList(const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{tr("A reading list needs a name.")};
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    const Result<QVariant> taken =
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM reading_lists WHERE %1 = %2")
                   .arg(dialectOf(db()).caseless(QStringLiteral("name")),
                        dialectOf(db()).caseless(QStringLiteral("?"))),
               {clean});
    if (!taken)
        return taken.failure();
    if (taken->toInt() > 0)
        return Error{tr("There is already a reading list named “%1”.").arg(clean)};
    SqlQuery insert(
        db(), QStringLiteral("INSERT INTO reading_lists (name, position) SELECT ?, "
                             "coalesce(max(position), -1) + 1 FROM reading_lists RETURNING id"));
    if (Status status = insert.exec({clean}); !status)
        return status.failure();
    if (!insert.next())
        return Error{tr("The reading list could not be saved.")};
    const qint64 id = insert.value(0).toLongLong();
    insert.raw().finish();
    const Result<QVariant> count =
        scalar(db(), QStringLiteral("SELECT count(*) FROM reading_lists"));
    if (!count)
        return count.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return ReadingList{id, clean, 0, count->toInt() == 1};
}

Status LibraryStore::renameReadingList(qint64 listId, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error{tr("A reading list needs a name.")};
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<QVariant> taken =
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM reading_lists WHERE %1 = %2 AND id <> ?")
                   .arg(dialectOf(db()).caseless(QStringLiteral("name")),
                        dialectOf(db()).caseless(QStringLiteral("?"))),
               {clean, listId});
    if (!taken)
        return taken.failure();
    if (taken->toInt() > 0)
        return Error{tr("There is already a reading list named “%1”.").arg(clean)};
    SqlQuery update(db(), QStringLiteral("UPDATE reading_lists SET name = ? WHERE id = ?"));
    if (Status status = update.exec({clean, listId}); !status)
        return status;
    if (update.rowsAffected() != 1)
        return Error{tr("That reading list does not exist.")};
    return transaction.commit();
}

Status LibraryStore::deleteReadingList(qint64 listId)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<QVariant> first =
        scalar(db(), QStringLiteral("SELECT id FROM reading_lists ORDER BY position, id LIMIT 1"));
    if (!first)
        return first.failure();
    // The first list is the page's recommended reading; removing it would
    // silently promote another list in its place.
    if (!first->isNull() && first->toLongLong() == listId)
        return Error{tr("The recommended-reading list cannot be deleted; empty it instead.")};
    SqlQuery remove(db(), QStringLiteral("DELETE FROM reading_lists WHERE id = ?"));
    if (Status status = remove.exec({listId}); !status)
        return status;
    if (remove.rowsAffected() != 1)
        return Error{tr("That reading list does not exist.")};
    return transaction.commit();
}

Status LibraryStore::setReadingListItems(qint64 listId, const QStringList &articleUuids)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<QVariant> exists =
        scalar(db(), QStringLiteral("SELECT count(*) FROM reading_lists WHERE id = ?"), {listId});
    if (!exists)
        return exists.failure();
    if (exists->toInt() != 1)
        return Error{tr("That reading list does not exist.")};

    QList<qint64> ids;
    QSet<qint64> seen;
    for (const QString &uuid : articleUuids) {
        const Result<qint64> id = articleId(uuid, true);
        if (!id)
            return id.failure();
        if (seen.contains(id.value()))
            return Error{tr("The article %1 is in the list twice.").arg(uuid)};
        seen.insert(id.value());
        ids.append(id.value());
    }
    // Items in the trash are not shown, so a caller cannot pass them back;
    // they keep their place at the end so a restore brings them back.
    SqlQuery trashed(
        db(), QStringLiteral("SELECT i.article_id FROM reading_list_items i JOIN articles a ON "
                             "a.id = i.article_id WHERE i.list_id = ? AND a.deleted IS NOT NULL "
                             "ORDER BY i.position"));
    if (Status status = trashed.exec({listId}); !status)
        return status;
    while (trashed.next()) {
        const qint64 id = trashed.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    trashed.raw().finish();

    SqlQuery clear(db(), QStringLiteral("DELETE FROM reading_list_items WHERE list_id = ?"));
    if (Status status = clear.exec({listId}); !status)
        return status;
    SqlQuery insert(db(), QStringLiteral("INSERT INTO reading_list_items (list_id, article_id, "
                                         "position) VALUES (?, ?, ?)"));
    for (int i = 0; i < ids.size(); ++i) {
        if (Status status = insert.exec({listId, ids[i], i}); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<ArticleSummary>> LibraryStore::readingListItems(qint64 listId) const
{
    const Result<QVariant> exists =
        scalar(db(), QStringLiteral("SELECT count(*) FROM reading_lists WHERE id = ?"), {listId});
    if (!exists)
        return exists.failure();
    if (exists->toInt() != 1)
        return Error{tr("That reading list does not exist.")};
    return summaries(QStringLiteral("SELECT %1 FROM reading_list_items i JOIN articles a ON a.id = "
                                    "i.article_id WHERE a.deleted IS NULL AND i.list_id = ? ORDER "
                                    "BY i.position")
                         .arg(itemColumns),
                     {listId});
}

} // namespace lectern
