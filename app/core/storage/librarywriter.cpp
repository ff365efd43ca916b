// LibraryStore::write() and the writes LibraryWriter offers, which join its
// transaction (see the block in librarystore.h).
#include "librarywriter.h"

#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonDocument>
#include <QSet>

namespace lectern {

Status LibraryStore::write(const std::function<Status(LibraryWriter &)> &work)
{
    if (m_writing) {
        return Error{tr("A change to the library was started inside another one."),
                     ErrorKind::InvalidInput};
    }
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    m_writing = true;
    struct Leaving
    {
        bool &writing;
        ~Leaving() { writing = false; }
    } leaving{m_writing};
    LibraryWriter writer(*this);
    if (Status status = work(writer); !status)
        return status; // rolled back as the transaction goes out of scope
    return transaction.commit();
}

Result<Article> LibraryStore::writeArticleInTransaction(const Article &input, bool keepTimes)
{
    Article article = input;
    article.title = article.title.trimmed();
    const QDateTime now = nowUtc();
    const QDateTime updated = keepTimes && article.updated.isValid() ? article.updated : now;
    if (article.status == ArticleStatus::Published && !article.published.isValid())
        article.published = now;

    qint64 id = 0;
    bool reindex = true;
    const Result<qint64> existing =
        article.uuid.isEmpty() ? Result<qint64>(Error{}) : articleId(article.uuid, true);
    if (existing) {
        id = existing.value();
        const Result<Article> previous = loadArticle(id);
        if (!previous)
            return previous.failure();
        // An unchanged body keeps its text: parsing the HTML again is a large
        // part of a save that only changed metadata.
        article.bodyText = article.bodyHtml == previous->bodyHtml
                               ? previous->bodyText
                               : htmlToPlainText(article.bodyHtml);
        // The search entry is rewritten only when what it indexes changed:
        // its delete and insert tokenize the whole text twice. (Stored tags
        // are already clean, so an equal list is written back unchanged.)
        reindex = article.title != previous->title || article.summary != previous->summary ||
                  article.bodyText != previous->bodyText || article.tags != previous->tags ||
                  article.author != previous->author || article.category != previous->category ||
                  article.language != previous->language || article.status != previous->status;
        SqlQuery revision(db(), QStringLiteral("INSERT INTO article_revisions (article_id, saved, "
                                               "snapshot) VALUES (?, ?, ?)"));
        const QByteArray snapshot =
            QJsonDocument(previous->toJson()).toJson(QJsonDocument::Compact);
        if (Status status = revision.exec({id, timeValue(now), QString::fromUtf8(snapshot)});
            !status)
            return status.failure();
        if (reindex) {
            if (Status status = removeFromIndex(id); !status)
                return status.failure();
        }
        SqlQuery update(
            db(), QStringLiteral("UPDATE articles SET title = ?, summary = ?, body_html = ?, "
                                 "body_text = ?, language = ?, translation_group = ?, author = ?, "
                                 "source = ?, category = ?, status = ?, updated = ?, published = "
                                 "?, featured_image = ? WHERE id = ?"));
        if (Status status = update.exec(
                {article.title, article.summary, article.bodyHtml, article.bodyText,
                 article.language, article.translationGroup, article.author, article.source,
                 article.category, statusKey(article.status), timeValue(updated),
                 timeValue(article.published), textOrNull(article.featuredImage), id});
            !status)
            return status.failure();
    } else {
        article.bodyText = htmlToPlainText(article.bodyHtml);
        if (article.uuid.isEmpty())
            article.uuid = newUuid();
        if (!article.created.isValid())
            article.created = now;
        SqlQuery insert(
            db(),
            QStringLiteral("INSERT INTO articles (uuid, title, summary, body_html, "
                           "body_text, language, translation_group, author, source, "
                           "category, status, created, updated, published, featured_image) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (Status status = insert.exec(
                {article.uuid, article.title, article.summary, article.bodyHtml, article.bodyText,
                 article.language, article.translationGroup, article.author, article.source,
                 article.category, statusKey(article.status), timeValue(article.created),
                 timeValue(updated), timeValue(article.published),
                 textOrNull(article.featuredImage)});
            !status)
            return status.failure();
        if (!insert.next())
            return Error{tr("The article could not be saved.")};
        id = insert.value(0).toLongLong();
        insert.raw().finish();
    }
    if (Status status = writeArticleLinks(id, article); !status)
        return status.failure();
    if (reindex) {
        // A trashed article is not in the search index; keep it that way.
        const Result<QVariant> trashed =
            scalar(db(), QStringLiteral("SELECT deleted FROM articles WHERE id = ?"), {id});
        if (!trashed)
            return trashed.failure();
        if (trashed->isNull()) {
            if (Status status = addToIndex(id); !status)
                return status.failure();
        }
    }
    return loadArticle(id);
}

Status LibraryStore::storeMediaInTransaction(const MediaItem &item)
{
    SqlQuery insert(
        db(), QStringLiteral("INSERT INTO media (sha256, mime, data, "
                             "byte_size, created) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    return insert.exec({item.sha256, item.mime, item.data, item.data.size(), timeValue(nowUtc())});
}

Result<bool> LibraryStore::hasMedia(const QString &sha256) const
{
    const Result<QVariant> found =
        scalar(db(), QStringLiteral("SELECT 1 FROM media WHERE sha256 = ?"), {sha256});
    if (!found)
        return found.failure();
    return !found->isNull();
}

Result<ImportRecord> LibraryStore::importedArticle(const QString &identity,
                                                   const QString &contentSha256,
                                                   const QString &legacyOrigin) const
{
    // Each lookup is one seek in a partial index over live records.
    SqlQuery byOrigin(db(), QStringLiteral("SELECT a.uuid, i.content_sha256 FROM article_imports i "
                                           "JOIN articles a ON a.id = i.article_id WHERE "
                                           "i.origin = ? AND i.live = 1"));
    for (const QString &origin : {identity, legacyOrigin}) {
        if (origin.isEmpty())
            continue;
        if (Status status = byOrigin.exec({origin}); !status)
            return status.failure();
        if (byOrigin.next())
            return ImportRecord{byOrigin.value(0).toString(), byOrigin.value(1).toString()};
        if (origin == identity && !contentSha256.isEmpty()) {
            SqlQuery byContent(db(), QStringLiteral("SELECT a.uuid, i.content_sha256 FROM "
                                                    "article_imports i JOIN articles a ON a.id = "
                                                    "i.article_id WHERE i.content_sha256 = ? AND "
                                                    "i.live = 1 ORDER BY a.id LIMIT 1"));
            if (Status status = byContent.exec({contentSha256}); !status)
                return status.failure();
            if (byContent.next())
                return ImportRecord{byContent.value(0).toString(), byContent.value(1).toString()};
        }
    }
    return ImportRecord{};
}

Status LibraryStore::recordImportInTransaction(const QString &uuid, const QString &identity,
                                               const QString &contentSha256)
{
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    SqlQuery upsert(
        db(), QStringLiteral("INSERT INTO article_imports (article_id, origin, content_sha256, "
                             "imported, live) VALUES (?, ?, ?, ?, 1) ON CONFLICT (article_id) DO "
                             "UPDATE SET origin = excluded.origin, content_sha256 = "
                             "excluded.content_sha256, imported = excluded.imported"));
    return upsert.exec({id.value(), identity, contentSha256, timeValue(nowUtc())});
}

Status LibraryStore::addArticleRevisionInTransaction(const QString &uuid, const Article &snapshot,
                                                     const QDateTime &saved)
{
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    SqlQuery revision(db(), QStringLiteral("INSERT INTO article_revisions (article_id, saved, "
                                           "snapshot) VALUES (?, ?, ?)"));
    const QByteArray json = QJsonDocument(snapshot.toJson()).toJson(QJsonDocument::Compact);
    return revision.exec(
        {id.value(), timeValue(saved.isValid() ? saved : nowUtc()), QString::fromUtf8(json)});
}

Result<QDateTime> LibraryStore::articleTrashedTime(const QString &uuid) const
{
    SqlQuery query(db(), QStringLiteral("SELECT deleted FROM articles WHERE uuid = ?"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("There is no article %1 in this library.").arg(uuid)};
    return timeFrom(query.value(0));
}

Status LibraryStore::setArticleTrashedInTransaction(const QString &uuid, const QDateTime &trashed)
{
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    const Result<QDateTime> current = articleTrashedTime(uuid);
    if (!current)
        return current.failure();
    if (current->isValid() == trashed.isValid())
        return success();
    if (trashed.isValid()) {
        if (Status status = removeFromIndex(id.value()); !status)
            return status;
    }
    SqlQuery query(db(), QStringLiteral("UPDATE articles SET deleted = ? WHERE id = ?"));
    if (Status status = query.exec({timeValue(trashed), id.value()}); !status)
        return status;
    if (!trashed.isValid())
        return addToIndex(id.value());
    return success();
}

Result<QStringList> LibraryStore::articleUuidsChangedSince(const QDateTime &since) const
{
    SqlQuery query(db(), since.isValid()
                             ? QStringLiteral("SELECT uuid FROM articles WHERE updated >= ? OR "
                                              "deleted >= ? ORDER BY id")
                             : QStringLiteral("SELECT uuid FROM articles ORDER BY id"));
    const QVariant time = timeValue(since);
    if (Status status = since.isValid() ? query.exec({time, time}) : query.exec(); !status)
        return status.failure();
    QStringList uuids;
    while (query.next())
        uuids.append(query.value(0).toString());
    return uuids;
}

Status LibraryStore::addUniversityIfMissingInTransaction(const University &u)
{
    SqlQuery insert(db(), QStringLiteral("INSERT INTO universities (uuid, name, country, "
                                         "city, founded, website, logo, profile_html, "
                                         "profile_text, created, updated) VALUES (?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    const QDateTime now = nowUtc();
    return insert.exec({u.uuid, u.name, u.country, u.city,
                        u.founded > 0 ? QVariant(u.founded) : QVariant(), u.website,
                        textOrNull(u.logo), u.profileHtml, htmlToPlainText(u.profileHtml),
                        timeValue(u.created.isValid() ? u.created : now),
                        timeValue(u.updated.isValid() ? u.updated : now)});
}

Result<int> LibraryStore::addRelatedLinksInTransaction(const QString &uuid,
                                                       const QList<RelatedLink> &links)
{
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    const Result<QList<RelatedLink>> current = relatedLinks(uuid);
    if (!current)
        return current.failure();
    QSet<QString> present{uuid};
    for (const RelatedLink &link : current.value())
        present.insert(link.uuid);
    SqlQuery insert(db(), QStringLiteral("INSERT INTO related_links (article_id, related_id, "
                                         "position, mode) VALUES (?, ?, ?, ?)"));
    int position = int(current->size());
    int added = 0;
    for (const RelatedLink &link : links) {
        if (present.contains(link.uuid))
            continue;
        const Result<qint64> related = articleId(link.uuid, true);
        if (!related)
            continue; // not in this library: nothing to point at
        present.insert(link.uuid);
        const QString mode = link.mode == RelatedMode::Pinned     ? QStringLiteral("pinned")
                             : link.mode == RelatedMode::Excluded ? QStringLiteral("excluded")
                                                                  : QStringLiteral("link");
        if (Status status = insert.exec({id.value(), related.value(), position++, mode}); !status)
            return status.failure();
        ++added;
    }
    return added;
}

Result<int> LibraryStore::addToRecommendedReadingInTransaction(const QStringList &articleUuids)
{
    const Result<QVariant> list =
        scalar(db(), QStringLiteral("SELECT id FROM reading_lists ORDER BY position, id LIMIT 1"));
    if (!list)
        return list.failure();
    if (list->isNull())
        return 0;
    SqlQuery insert(db(), QStringLiteral("INSERT INTO reading_list_items (list_id, "
                                         "article_id, position) SELECT ?, ?, coalesce(max("
                                         "position) + 1, 0) FROM reading_list_items WHERE "
                                         "list_id = ? ON CONFLICT DO NOTHING"));
    int added = 0;
    for (const QString &uuid : articleUuids) {
        const Result<qint64> id = articleId(uuid, true);
        if (!id)
            continue;
        if (Status status = insert.exec({list.value(), id.value(), list.value()}); !status)
            return status.failure();
        added += insert.rowsAffected() > 0 ? 1 : 0;
    }
    return added;
}

} // namespace lectern
