// Articles: save with revisions, load, list, trash and restore.
#include "librarystore.h"
#include "searchindex.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonDocument>

namespace lectern {

const QString articleSummaryColumns = QStringLiteral(
    "a.id, a.uuid, a.title, a.language, a.status, a.author, a.category, a.updated, a.published");

namespace {

const QString &summaryColumns = articleSummaryColumns;

ArticleSummary summaryFrom(SqlQuery &query)
{
    ArticleSummary row;
    row.id = query.value(0).toLongLong();
    row.uuid = query.value(1).toString();
    row.title = query.value(2).toString();
    row.language = query.value(3).toString();
    row.status = statusFromKey(query.value(4).toString()).value_or(ArticleStatus::Draft);
    row.author = query.value(5).toString();
    row.category = query.value(6).toString();
    row.updated = timeFrom(query.value(7));
    row.published = timeFrom(query.value(8));
    return row;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !clean.contains(name, Qt::CaseInsensitive))
            clean.append(name);
    }
    return clean;
}

} // namespace

Result<qint64> LibraryStore::articleId(const QString &uuid, bool includeTrash) const
{
    SqlQuery query(
        db(), includeTrash
                  ? QStringLiteral("SELECT id FROM articles WHERE uuid = ?")
                  : QStringLiteral("SELECT id FROM articles WHERE uuid = ? AND deleted IS NULL"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("There is no article %1 in this library.").arg(uuid)};
    return query.value(0).toLongLong();
}

Result<Article> LibraryStore::loadArticle(qint64 id) const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT id, uuid, title, summary, body_html, body_text, language, "
                             "translation_group, author, source, category, status, created, "
                             "updated, published, featured_image FROM articles WHERE id = ?"));
    if (Status status = query.exec({id}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("The article was not found in this library.")};
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
    a.status = statusFromKey(query.value(11).toString()).value_or(ArticleStatus::Draft);
    a.created = timeFrom(query.value(12));
    a.updated = timeFrom(query.value(13));
    a.published = timeFrom(query.value(14));
    a.featuredImage = query.value(15).toString();

    SqlQuery tags(db(), QStringLiteral("SELECT t.name FROM article_tags x JOIN tags t ON t.id = "
                                       "x.tag_id WHERE x.article_id = ? ORDER BY x.position"));
    if (Status status = tags.exec({id}); !status)
        return status.failure();
    while (tags.next())
        a.tags.append(tags.value(0).toString());

    SqlQuery universities(
        db(), QStringLiteral("SELECT u.uuid FROM article_universities x JOIN universities "
                             "u ON u.id = x.university_id WHERE x.article_id = ? ORDER BY "
                             "x.position"));
    if (Status status = universities.exec({id}); !status)
        return status.failure();
    while (universities.next())
        a.universityUuids.append(universities.value(0).toString());
    return a;
}

Status LibraryStore::writeArticleLinks(qint64 id, const Article &article)
{
    SqlQuery clearTags(db(), QStringLiteral("DELETE FROM article_tags WHERE article_id = ?"));
    if (Status status = clearTags.exec({id}); !status)
        return status;
    SqlQuery addTag(db(), dialectOf(db()).statement(SqlStatement::AddTag));
    SqlQuery link(
        db(),
        QStringLiteral("INSERT INTO article_tags (article_id, tag_id, position) VALUES (?, ?, ?)"));
    const QStringList tags = cleanTags(article.tags);
    for (int i = 0; i < tags.size(); ++i) {
        if (Status status = addTag.exec({tags[i]}); !status)
            return status;
        if (!addTag.next())
            return Error{tr("The tag “%1” could not be saved.").arg(tags[i])};
        const qint64 tagId = addTag.value(0).toLongLong();
        addTag.raw().finish();
        if (Status status = link.exec({id, tagId, i}); !status)
            return status;
    }

    SqlQuery clearUniversities(
        db(), QStringLiteral("DELETE FROM article_universities WHERE article_id = ?"));
    if (Status status = clearUniversities.exec({id}); !status)
        return status;
    SqlQuery addUniversity(db(), QStringLiteral("INSERT INTO article_universities (article_id, "
                                                "university_id, position) VALUES (?, ?, ?) ON "
                                                "CONFLICT DO NOTHING"));
    for (int i = 0; i < article.universityUuids.size(); ++i) {
        const Result<qint64> universityRow = universityId(article.universityUuids[i]);
        if (!universityRow)
            return universityRow.failure();
        if (Status status = addUniversity.exec({id, universityRow.value(), i}); !status)
            return status;
    }
    return success();
}

Status LibraryStore::removeFromIndex(qint64 id)
{
    return m_searchIndex->remove(id);
}

Status LibraryStore::addToIndex(qint64 id)
{
    return m_searchIndex->add(id);
}

Result<Article> LibraryStore::saveArticle(const Article &input)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    Result<Article> saved = writeArticleInTransaction(input);
    if (!saved)
        return saved;
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return saved;
}

Result<Article> LibraryStore::article(const QString &uuid) const
{
    const Result<qint64> id = articleId(uuid, true);
    if (!id)
        return id.failure();
    return loadArticle(id.value());
}

Result<QList<ArticleSummary>> LibraryStore::summaries(const QString &sql,
                                                      const QVariantList &values) const
{
    SqlQuery query(db(), sql);
    if (Status status = query.execList(values); !status)
        return status.failure();
    QList<ArticleSummary> rows;
    while (query.next())
        rows.append(summaryFrom(query));
    return rows;
}

Result<QString> articleFilterClause(const QSqlDatabase &db, const SearchIndex &index,
                                    const ArticleFilter &filter, QVariantList &values)
{
    const SqlDialect &dialect = dialectOf(db);
    // "deleted > 0" is a range on the index; "IS NOT NULL" read every row.
    QStringList conditions{filter.trash ? QStringLiteral("a.deleted > 0")
                                        : QStringLiteral("a.deleted IS NULL")};
    if (filter.status) {
        conditions.append(QStringLiteral("a.status = ?"));
        values.append(statusKey(*filter.status));
    }
    if (!filter.category.isEmpty()) {
        conditions.append(dialect.caseless(QStringLiteral("a.category")) + QLatin1String(" = ") +
                          dialect.caseless(QStringLiteral("?")));
        values.append(filter.category);
    }
    if (!filter.language.isEmpty()) {
        conditions.append(QStringLiteral("a.language = ?"));
        values.append(filter.language);
    }
    if (!filter.tag.isEmpty()) {
        conditions.append(QStringLiteral("a.id IN (SELECT x.article_id FROM article_tags x JOIN "
                                         "tags t ON t.id = x.tag_id WHERE %1 = %2)")
                              .arg(dialect.caseless(QStringLiteral("t.name")),
                                   dialect.caseless(QStringLiteral("?"))));
        values.append(filter.tag);
    }
    if (!filter.universityUuid.isEmpty()) {
        conditions.append(QStringLiteral(
            "a.id IN (SELECT x.article_id FROM article_universities x JOIN universities u ON "
            "u.id = x.university_id WHERE u.uuid = ?)"));
        values.append(filter.universityUuid);
    }
    if (filter.recommended) {
        conditions.append(QStringLiteral(
            "a.id IN (SELECT article_id FROM reading_list_items WHERE list_id = (SELECT id FROM "
            "reading_lists ORDER BY position, id LIMIT 1))"));
    }
    if (!filter.text.trimmed().isEmpty()) {
        const Result<QString> matching = index.matchingCondition(filter.text, values);
        if (!matching)
            return matching.failure();
        if (!matching->isEmpty())
            conditions.append(matching.value());
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<QList<ArticleSummary>> LibraryStore::articles(const ArticleFilter &filter) const
{
    QVariantList values;
    const Result<QString> where = articleFilterClause(db(), searchIndex(), filter, values);
    if (!where)
        return where.failure();
    return summaries(QStringLiteral("SELECT %1 FROM articles a WHERE %2 ORDER BY a.updated DESC, "
                                    "a.id DESC")
                         .arg(summaryColumns, where.value()),
                     values);
}

Result<int> LibraryStore::articleCount(const ArticleFilter &filter) const
{
    ArticleFilter everything;
    everything.trash = filter.trash;
    if (filter == everything) {
        SqlQuery totals(db(),
                        dialectOf(db()).statement(filter.trash ? SqlStatement::TrashedArticleTotal
                                                               : SqlStatement::LiveArticleTotal));
        if (Status status = totals.exec(); !status)
            return status.failure();
        if (totals.next())
            return totals.value(0).toInt();
    }
    QVariantList values;
    const Result<QString> where = articleFilterClause(db(), searchIndex(), filter, values);
    if (!where)
        return where.failure();
    SqlQuery query(db(),
                   QStringLiteral("SELECT count(*) FROM articles a WHERE %1").arg(where.value()));
    if (Status status = query.execList(values); !status)
        return status.failure();
    return query.next() ? query.value(0).toInt() : 0;
}

Status LibraryStore::trashArticle(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    const Result<qint64> id = articleId(uuid);
    if (!id)
        return id.failure();
    if (Status status = removeFromIndex(id.value()); !status)
        return status;
    SqlQuery query(db(), QStringLiteral("UPDATE articles SET deleted = ? WHERE id = ?"));
    if (Status status = query.exec({timeValue(nowUtc()), id.value()}); !status)
        return status;
    return transaction.commit();
}

Status LibraryStore::restoreArticle(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery query(db(), QStringLiteral("UPDATE articles SET deleted = NULL WHERE uuid = ? AND "
                                        "deleted IS NOT NULL RETURNING id"));
    if (Status status = query.exec({uuid}); !status)
        return status;
    if (!query.next())
        return Error{tr("The article %1 is not in the trash.").arg(uuid)};
    const qint64 id = query.value(0).toLongLong();
    query.raw().finish();
    if (Status status = addToIndex(id); !status)
        return status;
    return transaction.commit();
}

Status LibraryStore::deleteArticlePermanently(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery query(db(),
                   QStringLiteral("DELETE FROM articles WHERE uuid = ? AND deleted IS NOT NULL"));
    if (Status status = query.exec({uuid}); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Error{tr("Only an article in the trash can be deleted for good.")};
    return transaction.commit();
}

Result<QStringList> LibraryStore::categories() const
{
    // Names that differ only in case are one category, as everywhere the
    // library compares them.
    SqlQuery query(db(), dialectOf(db()).statement(SqlStatement::Categories));
    if (Status status = query.exec(); !status)
        return status.failure();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<QStringList> LibraryStore::tags() const
{
    SqlQuery query(db(), dialectOf(db()).statement(SqlStatement::Tags));
    if (Status status = query.exec(); !status)
        return status.failure();
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

Result<bool> LibraryStore::hasTags() const
{
    SqlQuery query(db(), dialectOf(db()).statement(SqlStatement::HasTags));
    if (Status status = query.exec(); !status)
        return status.failure();
    return query.next() && query.value(0).toBool();
}

Result<QList<ArticleSummary>> LibraryStore::translations(const QString &uuid) const
{
    return summaries(
        QStringLiteral("SELECT %1 FROM articles a WHERE %2")
            .arg(summaryColumns, dialectOf(db()).statement(SqlStatement::TranslationsWhere)),
        {uuid, uuid});
}

Result<QList<RevisionInfo>> LibraryStore::articleRevisions(const QString &uuid) const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT r.id, r.saved, length(r.snapshot) FROM article_revisions r "
                             "JOIN articles a ON a.id = r.article_id WHERE a.uuid = ? ORDER BY "
                             "r.id DESC"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    QList<RevisionInfo> revisions;
    while (query.next()) {
        revisions.append(RevisionInfo{query.value(0).toLongLong(), timeFrom(query.value(1)),
                                      query.value(2).toLongLong()});
    }
    return revisions;
}

Result<Article> LibraryStore::articleRevision(qint64 revisionId) const
{
    const Result<QVariant> snapshot = scalar(
        db(), QStringLiteral("SELECT snapshot FROM article_revisions WHERE id = ?"), {revisionId});
    if (!snapshot)
        return snapshot.failure();
    if (snapshot->isNull())
        return Error{tr("That revision does not exist.")};
    const QJsonDocument json = QJsonDocument::fromJson(snapshot->toString().toUtf8());
    if (!json.isObject())
        return Error{tr("That revision is damaged and cannot be read.")};
    return Article::fromJson(json.object());
}

} // namespace lectern
