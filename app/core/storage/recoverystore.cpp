// The editor's side of the store: one-transaction saves of an article with
// its metadata, and the recovery area autosave writes between saves.
#include "editing/articleedit.h"
#include "librarystore.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lectern {

QJsonObject ArticleEdit::toJson() const
{
    QJsonObject json = article.toJson();
    QJsonArray links;
    for (const RelatedLink &link : relatedLinks) {
        links.append(QJsonObject{{QStringLiteral("uuid"), link.uuid},
                                 {QStringLiteral("mode"), relatedModeKey(link.mode)}});
    }
    json.insert(QStringLiteral("relatedLinks"), links);
    json.insert(QStringLiteral("recommended"), recommended);
    if (!translationOf.isEmpty())
        json.insert(QStringLiteral("translationOf"), translationOf);
    return json;
}

ArticleEdit ArticleEdit::fromJson(const QJsonObject &json)
{
    ArticleEdit edit;
    edit.article = Article::fromJson(json);
    const QJsonArray links = json.value(QStringLiteral("relatedLinks")).toArray();
    for (const QJsonValue &value : links) {
        const QJsonObject link = value.toObject();
        const QString uuid = link.value(QStringLiteral("uuid")).toString();
        if (!uuid.isEmpty())
            edit.relatedLinks.append(
                {uuid, relatedModeFrom(link.value(QStringLiteral("mode")).toString())});
    }
    edit.recommended = json.value(QStringLiteral("recommended")).toBool();
    edit.translationOf = json.value(QStringLiteral("translationOf")).toString();
    return edit;
}

Status LibraryStore::saveRecovery(const QString &kind, const QString &uuid,
                                  const QJsonObject &snapshot)
{
    if (uuid.isEmpty())
        return Error{tr("Unsaved changes cannot be kept for an item without an identifier.")};
    if (isTeamLibrary()) {
        // Meant to be kept on this computer, never on the server: not yet.
        return Error{tr("Unsaved changes to a team library are not kept between saves in this "
                        "version; save often."),
                     ErrorKind::InvalidInput};
    }
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery upsert(db(), QStringLiteral("INSERT INTO recovery (kind, uuid, saved, snapshot) "
                                         "VALUES (?, ?, ?, CAST(? AS TEXT)) ON CONFLICT (kind, "
                                         "uuid) DO UPDATE SET saved = excluded.saved, snapshot = "
                                         "excluded.snapshot"));
    // The UTF-8 JSON goes in as it is, stored as text: not decoded into a
    // string for the driver to encode again (a megabyte article is written
    // every few seconds of a pause, on the window's thread).
    const QByteArray json = QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
    if (Status status = upsert.exec({kind, uuid, timeValue(nowUtc()), json}); !status)
        return status;
    return transaction.commit();
}

Status LibraryStore::clearRecovery(const QString &kind, const QString &uuid)
{
    if (isTeamLibrary())
        return success(); // it keeps none (saveRecovery)
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    if (Status status = clearRecoveryInTransaction(kind, uuid); !status)
        return status;
    return transaction.commit();
}

Status LibraryStore::clearRecoveryInTransaction(const QString &kind, const QString &uuid)
{
    if (isTeamLibrary())
        return success();
    SqlQuery remove(db(), QStringLiteral("DELETE FROM recovery WHERE kind = ? AND uuid = ?"));
    return remove.exec({kind, uuid});
}

Result<QList<RecoveryEntry>> LibraryStore::recoveryEntries() const
{
    if (isTeamLibrary())
        return QList<RecoveryEntry>{}; // it keeps none (saveRecovery)
    SqlQuery query(db(), QStringLiteral("SELECT kind, uuid, saved, snapshot FROM recovery ORDER "
                                        "BY saved DESC, kind, uuid"));
    if (Status status = query.exec(); !status)
        return status.failure();
    QList<RecoveryEntry> entries;
    while (query.next()) {
        const QJsonDocument json = QJsonDocument::fromJson(query.value(3).toString().toUtf8());
        // A damaged snapshot is still listed so that it can be discarded.
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        timeFrom(query.value(2)), json.object()});
    }
    return entries;
}

Result<bool> LibraryStore::isRecommended(const QString &uuid) const
{
    const Result<QVariant> found =
        scalar(db(),
               QStringLiteral("SELECT count(*) FROM reading_list_items i JOIN articles a ON a.id = "
                              "i.article_id WHERE a.uuid = ? AND i.list_id = (SELECT id FROM "
                              "reading_lists ORDER BY position, id LIMIT 1)"),
               {uuid});
    if (!found)
        return found.failure();
    return found->toInt() > 0;
}

Result<Article> LibraryStore::saveArticleEdit(const ArticleEdit &edit)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    Result<Article> saved = writeArticleInTransaction(edit.article);
    if (!saved)
        return saved;
    const qint64 id = saved->id;

    if (Status status = writeRelatedLinksInTransaction(id, edit.relatedLinks); !status)
        return status.failure();

    if (!edit.translationOf.isEmpty() && !saved->translationGroup.isEmpty()) {
        SqlQuery join(db(), QStringLiteral("UPDATE articles SET translation_group = ? WHERE uuid = "
                                           "? AND coalesce(translation_group, '') = ''"));
        if (Status status = join.exec({saved->translationGroup, edit.translationOf}); !status)
            return status.failure();
    }

    const Result<QVariant> list =
        scalar(db(), QStringLiteral("SELECT id FROM reading_lists ORDER BY position, id LIMIT 1"));
    if (!list)
        return list.failure();
    if (!list->isNull()) {
        if (edit.recommended) {
            // Appended at the end; an article already in the list keeps its place.
            SqlQuery add(db(), QStringLiteral("INSERT INTO reading_list_items (list_id, "
                                              "article_id, position) SELECT ?, ?, coalesce(max("
                                              "position) + 1, 0) FROM reading_list_items WHERE "
                                              "list_id = ? ON CONFLICT DO NOTHING"));
            if (Status status = add.exec({list.value(), id, list.value()}); !status)
                return status.failure();
        } else {
            SqlQuery remove(db(), QStringLiteral("DELETE FROM reading_list_items WHERE list_id = ? "
                                                 "AND article_id = ?"));
            if (Status status = remove.exec({list.value(), id}); !status)
                return status.failure();
        }
    } else if (edit.recommended) {
        return Error{tr("This library has no recommended-reading list to add the article to.")};
    }

    if (Status status = clearRecoveryInTransaction(recoveryKindArticle, saved->uuid); !status)
        return status.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return saved;
}

} // namespace lectern
