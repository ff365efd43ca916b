// Universities: save with revisions, load, list by country, trash.
#include "editing/articleedit.h"
#include "librarystore.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QJsonDocument>

namespace lectern {

namespace {

const QString universityColumns =
    QStringLiteral("id, uuid, name, country, city, founded, website, logo, profile_html, "
                   "profile_text, created, updated");

University universityFrom(SqlQuery &query)
{
    University u;
    u.id = query.value(0).toLongLong();
    u.uuid = query.value(1).toString();
    u.name = query.value(2).toString();
    u.country = query.value(3).toString();
    u.city = query.value(4).toString();
    u.founded = query.value(5).toInt();
    u.website = query.value(6).toString();
    u.logo = query.value(7).toString();
    u.profileHtml = query.value(8).toString();
    u.profileText = query.value(9).toString();
    u.created = timeFrom(query.value(10));
    u.updated = timeFrom(query.value(11));
    return u;
}

QVariant yearOrNull(int year)
{
    return year > 0 ? QVariant(year) : QVariant(); // NULL
}

} // namespace

Result<qint64> LibraryStore::universityId(const QString &uuid, bool includeTrash) const
{
    SqlQuery query(db(), includeTrash ? QStringLiteral("SELECT id FROM universities WHERE uuid = ?")
                                      : QStringLiteral("SELECT id FROM universities WHERE uuid = "
                                                       "? AND deleted IS NULL"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("There is no university %1 in this library.").arg(uuid)};
    return query.value(0).toLongLong();
}

Result<University> LibraryStore::university(const QString &uuid) const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT %1 FROM universities WHERE uuid = ?").arg(universityColumns));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next())
        return Error{tr("There is no university %1 in this library.").arg(uuid)};
    return universityFrom(query);
}

Result<University> LibraryStore::saveUniversity(const University &input)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun().failure();
    University u = input;
    u.name = u.name.trimmed();
    u.profileText = htmlToPlainText(u.profileHtml);
    const QDateTime now = nowUtc();
    const Result<University> previous =
        u.uuid.isEmpty() ? Result<University>(Error{}) : university(u.uuid);
    if (previous) {
        SqlQuery revision(db(), QStringLiteral("INSERT INTO university_revisions (university_id, "
                                               "saved, snapshot) VALUES (?, ?, ?)"));
        const QByteArray snapshot =
            QJsonDocument(previous->toJson()).toJson(QJsonDocument::Compact);
        if (Status status =
                revision.exec({previous->id, timeValue(now), QString::fromUtf8(snapshot)});
            !status)
            return status.failure();
        SqlQuery update(db(), QStringLiteral("UPDATE universities SET name = ?, country = ?, city "
                                             "= ?, founded = ?, website = ?, logo = ?, "
                                             "profile_html = ?, profile_text = ?, updated = ? "
                                             "WHERE id = ?"));
        if (Status status = update.exec({u.name, u.country, u.city, yearOrNull(u.founded),
                                         u.website, textOrNull(u.logo), u.profileHtml,
                                         u.profileText, timeValue(now), previous->id});
            !status)
            return status.failure();
    } else {
        if (u.uuid.isEmpty())
            u.uuid = newUuid();
        SqlQuery insert(db(), QStringLiteral("INSERT INTO universities (uuid, name, country, "
                                             "city, founded, website, logo, profile_html, "
                                             "profile_text, created, updated) VALUES (?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?, ?, ?)"));
        if (Status status = insert.exec({u.uuid, u.name, u.country, u.city, yearOrNull(u.founded),
                                         u.website, textOrNull(u.logo), u.profileHtml,
                                         u.profileText, timeValue(now), timeValue(now)});
            !status)
            return status.failure();
    }
    Result<University> saved = university(u.uuid);
    if (!saved)
        return saved;
    // Autosave's copy goes with the save that supersedes it, never before it.
    if (Status status = clearRecoveryInTransaction(recoveryKindUniversity, u.uuid); !status)
        return status.failure();
    if (Status status = transaction.commit(); !status)
        return status.failure();
    return saved;
}

Result<QList<University>> LibraryStore::universities(const QString &country) const
{
    SqlQuery query(db(),
                   QStringLiteral("SELECT %1 FROM universities WHERE deleted IS NULL AND "
                                  "(? = '' OR country = ?) ORDER BY country, %2")
                       .arg(universityColumns, dialectOf(db()).caseless(QStringLiteral("name"))));
    if (Status status = query.exec({country, country}); !status)
        return status.failure();
    QList<University> list;
    while (query.next())
        list.append(universityFrom(query));
    return list;
}

Result<QStringList> LibraryStore::countries() const
{
    SqlQuery query(db(), QStringLiteral("SELECT DISTINCT country FROM universities WHERE deleted "
                                        "IS NULL AND country <> '' ORDER BY country"));
    if (Status status = query.exec(); !status)
        return status.failure();
    QStringList list;
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

Status LibraryStore::trashUniversity(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery query(db(), QStringLiteral("UPDATE universities SET deleted = ? WHERE uuid = ? AND "
                                        "deleted IS NULL"));
    if (Status status = query.exec({timeValue(nowUtc()), uuid}); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Error{tr("There is no university %1 in this library.").arg(uuid)};
    return transaction.commit();
}

Status LibraryStore::restoreUniversity(const QString &uuid)
{
    Transaction transaction(db());
    if (!transaction.begun())
        return transaction.begun();
    SqlQuery query(db(), QStringLiteral("UPDATE universities SET deleted = NULL WHERE uuid = ? "
                                        "AND deleted IS NOT NULL"));
    if (Status status = query.exec({uuid}); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Error{tr("The university %1 is not in the trash.").arg(uuid)};
    return transaction.commit();
}

Result<QList<RevisionInfo>> LibraryStore::universityRevisions(const QString &uuid) const
{
    SqlQuery query(
        db(), QStringLiteral("SELECT r.id, r.saved, length(r.snapshot) FROM university_revisions "
                             "r JOIN universities u ON u.id = r.university_id WHERE u.uuid = ? "
                             "ORDER BY r.id DESC"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    QList<RevisionInfo> revisions;
    while (query.next()) {
        revisions.append(RevisionInfo{query.value(0).toLongLong(), timeFrom(query.value(1)),
                                      query.value(2).toLongLong()});
    }
    return revisions;
}

Result<QList<ArticleSummary>> LibraryStore::articlesMentioning(const QString &universityUuid) const
{
    ArticleFilter filter;
    filter.universityUuid = universityUuid;
    return articles(filter);
}

} // namespace lectern
