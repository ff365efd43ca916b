// The evidence RelatedEngine scores, read from a library file: the FTS5
// index (bm25 of single words), the tag and university links, and the stored
// word vectors. Every statement is fixed SQL with placeholders.
#include "fts5searchindex.h"

#include "related/relatedterms.h"
#include "sqlquery.h"
#include "storeutil.h"
#include "termvectorstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lectern {

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

struct FacetTables
{
    QString items;  // the article's items, in its order
    QString count;  // how many articles carry one
    QString recent; // the newest live articles but one that carry it
    QString table;  // the link table and its item column, for carried()
    QString column;
};

const FacetTables &tablesOf(Facet facet)
{
    // "INDEXED BY articles_related_facts": the index on (tag, article) and the
    // covering index of live articles give the newest without sorting.
    static const FacetTables tags{
        QStringLiteral("SELECT t.id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id "
                       "WHERE x.article_id = ? ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT "
                       "100000)"),
        QStringLiteral("SELECT x.article_id FROM article_tags x JOIN articles a INDEXED BY "
                       "articles_related_facts ON a.id = x.article_id WHERE x.tag_id = ? AND "
                       "x.article_id <> ? AND a.deleted IS NULL ORDER BY x.article_id DESC "
                       "LIMIT ?"),
        QStringLiteral("article_tags"), QStringLiteral("tag_id")};
    static const FacetTables universities{
        QStringLiteral("SELECT u.id, u.name FROM article_universities x JOIN universities u ON "
                       "u.id = x.university_id WHERE x.article_id = ? AND u.deleted IS NULL "
                       "ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_universities WHERE "
                       "university_id = ? LIMIT 100000)"),
        QStringLiteral("SELECT x.article_id FROM article_universities x JOIN articles a INDEXED BY "
                       "articles_related_facts ON a.id = x.article_id WHERE x.university_id = ? "
                       "AND x.article_id <> ? AND a.deleted IS NULL ORDER BY x.article_id DESC "
                       "LIMIT ?"),
        QStringLiteral("article_universities"), QStringLiteral("university_id")};
    return facet == Facet::Tags ? tags : universities;
}

} // namespace

Result<RelatedSubject> Fts5SearchIndex::subject(const QString &uuid) const
{
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT id, title, summary, body_text, language, "
                                  "translation_group, category, deleted IS NULL FROM articles "
                                  "WHERE uuid = ?"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next()) {
        return Error{
            QCoreApplication::translate("RelatedEngine", "There is no article %1 in this library.")
                .arg(uuid),
            ErrorKind::NotFound};
    }
    return RelatedSubject{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(),   query.value(3).toString(),
                          query.value(4).toString(),   query.value(5).toString(),
                          query.value(6).toString(),   query.value(7).toBool()};
}

// Both kept by triggers (schema 6): one row to read.
Result<double> Fts5SearchIndex::indexedArticles() const
{
    const Result<QVariant> live =
        scalar(m_store.db(), QStringLiteral("SELECT live FROM article_totals"));
    return live ? Result<double>(live->toDouble()) : Result<double>(live.failure());
}

Result<double> Fts5SearchIndex::indexedArticlesIn(const QString &language) const
{
    const Result<QVariant> live = scalar(
        m_store.db(), QStringLiteral("SELECT live FROM article_language_totals WHERE language = ?"),
        {language});
    return live ? Result<double>(live->toDouble()) : Result<double>(live.failure());
}

Result<QHash<QByteArray, WordStats>>
Fts5SearchIndex::wordStats(const QList<QByteArray> &words) const
{
    QHash<QByteArray, WordStats> stats;
    if (words.isEmpty())
        return stats;
    QJsonArray list;
    for (const QByteArray &word : words)
        list.append(QString::fromUtf8(word));
    // One statement for all the words: SQLite looks each up in the index on
    // the word.
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT term, id, documents FROM related_terms WHERE term IN "
                                  "(SELECT value FROM json_each(?))"));
    if (Status status = query.exec({jsonList(list)}); !status)
        return status.failure();
    while (query.next()) {
        stats.insert(query.value(0).toString().toUtf8(),
                     WordStats{query.value(1).toLongLong(), query.value(2).toInt()});
    }
    return stats;
}

Result<QList<qint64>>
Fts5SearchIndex::bestMatches(const QList<std::pair<QByteArray, double>> &words, int perWord,
                             int count) const
{
    QList<qint64> ids;
    if (words.isEmpty())
        return ids;
    // One statement: each word's (short) list of articles with its BM25 part,
    // summed in SQLite, so the cost is the total length of those lists;
    // FTS5's bm25() of a one-word query is exactly that word's part.
    QStringList arms;
    QVariantList values;
    for (const auto &[word, weight] : words) {
        arms.append(QStringLiteral(
            "SELECT * FROM (SELECT rowid AS id, ? * -bm25(article_search, 3.0, 2.0, 1.0, 2.0, 0.0, "
            "0.0, 0.0, 0.0) AS w FROM article_search WHERE article_search MATCH ? LIMIT ?)"));
        values << weight << termMatchExpression(word) << perWord;
    }
    values << count;
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT id FROM (%1) GROUP BY id ORDER BY sum(w) DESC, id "
                                  "DESC LIMIT ?")
                       .arg(arms.join(QStringLiteral(" UNION ALL "))));
    if (Status status = query.execList(values); !status)
        return status.failure();
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<FacetItem>> Fts5SearchIndex::facets(Facet facet, qint64 article) const
{
    const FacetTables &tables = tablesOf(facet);
    SqlQuery items(m_store.db(), tables.items);
    if (Status status = items.exec({article}); !status)
        return status.failure();
    QList<FacetItem> found;
    while (items.next())
        found.append(FacetItem{items.value(0).toLongLong(), items.value(1).toString(), 0});
    SqlQuery count(m_store.db(), tables.count);
    for (FacetItem &item : found) {
        if (Status status = count.exec({item.id}); !status)
            return status.failure();
        item.carriers = count.next() ? count.value(0).toInt() : 1;
        count.raw().finish();
    }
    return found;
}

Result<QList<qint64>> Fts5SearchIndex::recentCarriers(Facet facet, qint64 item, qint64 except,
                                                      int limit) const
{
    SqlQuery recent(m_store.db(), tablesOf(facet).recent);
    if (Status status = recent.exec({item, except, limit}); !status)
        return status.failure();
    QList<qint64> ids;
    while (recent.next())
        ids.append(recent.value(0).toLongLong());
    return ids;
}

Result<QHash<qint64, QSet<qint64>>> Fts5SearchIndex::carried(Facet facet,
                                                             const QList<qint64> &articles,
                                                             const QList<qint64> &items) const
{
    QHash<qint64, QSet<qint64>> carried;
    if (articles.isEmpty() || items.isEmpty())
        return carried;
    const FacetTables &tables = tablesOf(facet);
    // "+": the few candidates lead, not the (possibly long) list of a tag.
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT article_id, %2 FROM %1 WHERE article_id IN (%3) AND "
                                  "+%2 IN (%4)")
                       .arg(tables.table, tables.column, placeholders(articles.size()),
                            placeholders(items.size())));
    if (Status status = query.execList(idValues(articles) + idValues(items)); !status)
        return status.failure();
    while (query.next())
        carried[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    return carried;
}

Result<QHash<QString, qint64>> Fts5SearchIndex::articleIds(const QStringList &uuids) const
{
    QHash<QString, qint64> ids;
    if (uuids.isEmpty())
        return ids;
    SqlQuery query(m_store.db(), QStringLiteral("SELECT id, uuid FROM articles WHERE uuid IN (%1)")
                                     .arg(placeholders(uuids.size())));
    QVariantList values;
    for (const QString &uuid : uuids)
        values.append(uuid);
    if (Status status = query.execList(values); !status)
        return status.failure();
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return ids;
}

Result<QList<CandidateFacts>> Fts5SearchIndex::candidateFacts(const QList<qint64> &ids,
                                                              bool withStatus) const
{
    QList<CandidateFacts> facts;
    if (ids.isEmpty())
        return facts;
    // Liveness is read, not filtered on: "deleted IS NULL" in the WHERE
    // clause would lead SQLite to walk the index of live articles instead of
    // the ids. (articles_related_facts, schema 5, spares reading past the
    // body; status is not in it, so it is read only when asked for.)
    SqlQuery details(
        m_store.db(),
        QStringLiteral("SELECT id, uuid, title, language, category, "
                       "translation_group, coalesce(published, updated), "
                       "deleted IS NULL%2 FROM articles INDEXED BY "
                       "articles_related_facts WHERE id IN (%1)")
            .arg(placeholders(ids.size()), withStatus ? QStringLiteral(", status") : QString()));
    if (Status status = details.execList(idValues(ids)); !status)
        return status.failure();
    while (details.next()) {
        facts.append(CandidateFacts{
            details.value(0).toLongLong(), details.value(1).toString(), details.value(2).toString(),
            details.value(3).toString(), details.value(4).toString(), details.value(5).toString(),
            timeFrom(details.value(6)), details.value(7).toBool(),
            withStatus && details.value(8).toString() == QLatin1String("published")});
    }
    return facts;
}

Result<QHash<qint64, StoredVector>> Fts5SearchIndex::storedVectors(const QList<qint64> &ids) const
{
    return lectern::storedVectors(m_store.db(), ids);
}

} // namespace lectern
