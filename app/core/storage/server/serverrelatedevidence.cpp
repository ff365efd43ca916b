// The evidence RelatedEngine scores, read from a team library: the search
// index (bm25 of single words, serverbm25.h), the tag and university links,
// and the stored word vectors; as fts5relatedevidence.cpp reads it from a
// file, in PostgreSQL's SQL.
#include "server/serversearchindex.h"

#include "server/serverbm25.h"
#include "server/servermatch.h"
#include "sqldialect.h"
#include "sqlquery.h"
#include "storeutil.h"
#include "termvectorstore.h"

#include <QJsonArray>

#include <algorithm>

namespace lectern {

namespace {

QString idList(const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    return jsonList(list);
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
    static const FacetTables tags{
        QStringLiteral("SELECT t.id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id "
                       "WHERE x.article_id = ? ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT "
                       "100000) AS carriers"),
        QStringLiteral("SELECT x.article_id FROM article_tags x JOIN articles a ON a.id = "
                       "x.article_id WHERE x.tag_id = ? AND x.article_id <> ? AND a.deleted IS "
                       "NULL ORDER BY x.article_id DESC LIMIT ?"),
        QStringLiteral("article_tags"), QStringLiteral("tag_id")};
    static const FacetTables universities{
        QStringLiteral("SELECT u.id, u.name FROM article_universities x JOIN universities u ON "
                       "u.id = x.university_id WHERE x.article_id = ? AND u.deleted IS NULL "
                       "ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_universities WHERE "
                       "university_id = ? LIMIT 100000) AS carriers"),
        QStringLiteral("SELECT x.article_id FROM article_universities x JOIN articles a ON a.id = "
                       "x.article_id WHERE x.university_id = ? AND x.article_id <> ? AND "
                       "a.deleted IS NULL ORDER BY x.article_id DESC LIMIT ?"),
        QStringLiteral("article_universities"), QStringLiteral("university_id")};
    return facet == Facet::Tags ? tags : universities;
}

} // namespace

Result<RelatedSubject> ServerSearchIndex::subject(const QString &uuid) const
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

Result<double> ServerSearchIndex::indexedArticles() const
{
    const Result<QVariant> live =
        scalar(m_store.db(), QStringLiteral("SELECT count(*) FROM articles WHERE deleted IS NULL"));
    return live ? Result<double>(live->toDouble()) : Result<double>(live.failure());
}

Result<double> ServerSearchIndex::indexedArticlesIn(const QString &language) const
{
    const Result<QVariant> live = scalar(
        m_store.db(),
        QStringLiteral("SELECT count(*) FROM articles WHERE deleted IS NULL AND language = ?"),
        {language});
    return live ? Result<double>(live->toDouble()) : Result<double>(live.failure());
}

Result<QHash<QByteArray, WordStats>>
ServerSearchIndex::wordStats(const QList<QByteArray> &words) const
{
    QHash<QByteArray, WordStats> stats;
    if (words.isEmpty())
        return stats;
    QJsonArray list;
    for (const QByteArray &word : words)
        list.append(QString::fromUtf8(word));
    SqlQuery query(
        m_store.db(),
        QStringLiteral("SELECT term, id, documents FROM related_terms WHERE term IN (%1)")
            .arg(dialectOf(m_store.db()).textsIn));
    if (Status status = query.exec({jsonList(list)}); !status)
        return status.failure();
    while (query.next()) {
        stats.insert(query.value(0).toString().toUtf8(),
                     WordStats{query.value(1).toLongLong(), query.value(2).toInt()});
    }
    return stats;
}

Result<QList<qint64>>
ServerSearchIndex::bestMatches(const QList<std::pair<QByteArray, double>> &words, int perWord,
                               int count) const
{
    // As in a file: each word's first `perWord` articles (FTS5 walks them by
    // id), scored by that word's bm25 part, summed over the words.
    constexpr SearchColumns everyColumn = 0xff;
    QHash<qint64, double> sums;
    for (const auto &[word, weight] : words) {
        const ServerPhrase phrase{{{word}}, false, everyColumn};
        QVariantList values;
        const QString condition = phraseCondition(phrase, values);
        SqlQuery first(m_store.db(),
                       QStringLiteral("SELECT s.article_id FROM article_search s WHERE %1 ORDER BY "
                                      "s.article_id LIMIT ?")
                           .arg(condition));
        if (Status status = first.execList(values + QVariantList{perWord}); !status)
            return status.failure();
        QList<qint64> ids;
        while (first.next())
            ids.append(first.value(0).toLongLong());
        first.raw().finish();
        const Result<QHash<qint64, double>> scores =
            bm25Scores(m_store.db(), {phrase}, ids, relatedColumnWeights);
        if (!scores)
            return scores.failure();
        for (qint64 id : std::as_const(ids))
            sums[id] += weight * scores->value(id);
    }
    QList<qint64> ids = sums.keys();
    std::sort(ids.begin(), ids.end(), [&](qint64 a, qint64 b) {
        const double sa = sums.value(a), sb = sums.value(b);
        return sa != sb ? sa > sb : a > b;
    });
    return ids.mid(0, qMax(0, count));
}

Result<QList<FacetItem>> ServerSearchIndex::facets(Facet facet, qint64 article) const
{
    const FacetTables &tables = tablesOf(facet);
    SqlQuery items(m_store.db(), tables.items);
    if (Status status = items.exec({article}); !status)
        return status.failure();
    QList<FacetItem> found;
    while (items.next())
        found.append(FacetItem{items.value(0).toLongLong(), items.value(1).toString(), 0});
    items.raw().finish();
    SqlQuery count(m_store.db(), tables.count);
    for (FacetItem &item : found) {
        if (Status status = count.exec({item.id}); !status)
            return status.failure();
        item.carriers = count.next() ? count.value(0).toInt() : 1;
        count.raw().finish();
    }
    return found;
}

Result<QList<qint64>> ServerSearchIndex::recentCarriers(Facet facet, qint64 item, qint64 except,
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

Result<QHash<qint64, QSet<qint64>>> ServerSearchIndex::carried(Facet facet,
                                                               const QList<qint64> &articles,
                                                               const QList<qint64> &items) const
{
    QHash<qint64, QSet<qint64>> carried;
    if (articles.isEmpty() || items.isEmpty())
        return carried;
    const FacetTables &tables = tablesOf(facet);
    const QString &ids = dialectOf(m_store.db()).integersIn;
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT article_id, %2 FROM %1 WHERE article_id IN (%3) AND %2 "
                                  "IN (%3)")
                       .arg(tables.table, tables.column, ids));
    if (Status status = query.exec({idList(articles), idList(items)}); !status)
        return status.failure();
    while (query.next())
        carried[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    return carried;
}

Result<QHash<QString, qint64>> ServerSearchIndex::articleIds(const QStringList &uuids) const
{
    QHash<QString, qint64> ids;
    if (uuids.isEmpty())
        return ids;
    QJsonArray list;
    for (const QString &uuid : uuids)
        list.append(uuid);
    SqlQuery query(m_store.db(), QStringLiteral("SELECT id, uuid FROM articles WHERE uuid IN (%1)")
                                     .arg(dialectOf(m_store.db()).textsIn));
    if (Status status = query.exec({jsonList(list)}); !status)
        return status.failure();
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    return ids;
}

Result<QList<CandidateFacts>> ServerSearchIndex::candidateFacts(const QList<qint64> &ids,
                                                                bool withStatus) const
{
    QList<CandidateFacts> facts;
    if (ids.isEmpty())
        return facts;
    SqlQuery details(m_store.db(),
                     QStringLiteral("SELECT id, uuid, title, language, category, "
                                    "translation_group, coalesce(published, updated), deleted IS "
                                    "NULL, status FROM articles WHERE id IN (%1)")
                         .arg(dialectOf(m_store.db()).integersIn));
    if (Status status = details.exec({idList(ids)}); !status)
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

Result<QHash<qint64, StoredVector>> ServerSearchIndex::storedVectors(const QList<qint64> &ids) const
{
    return lectern::storedVectors(m_store.db(), ids);
}

} // namespace lectern
