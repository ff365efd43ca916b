// Keeping a team library's search index, and searching it (the related
// articles' evidence is in serverrelatedevidence.cpp).
#include "server/serversearchindex.h"

#include "searchhits.h"
#include "searchtokenizer.h"
#include "server/serverbm25.h"
#include "server/servermatch.h"
#include "sqlquery.h"
#include "termvectorstore.h"

#include <QMap>

#include <tuple>

#include <algorithm>

namespace lectern {

namespace {

constexpr int lastPosition = 16383;
constexpr int positionsPerWord = 256;

// One tsvector's text, its columns the weights A, B, C, D in turn.
QString vectorText(const QStringList &columns, int *words)
{
    QMap<QByteArray, QStringList> positions; // sorted: the same text gives the same vector
    int next = 1;
    const char weights[] = {'A', 'B', 'C', 'D'};
    for (qsizetype column = 0; column < columns.size() && column < 4; ++column) {
        int last = -1;
        const QLatin1Char weight(weights[column]);
        forEachSearchToken(columns[column].toUtf8(), TokenizeMode::Document, Stemming::Included,
                           [&](const SearchToken &token) {
                               last = token.position;
                               if (!token.colocated)
                                   ++*words;
                               // The token's text lives only during the call.
                               const QByteArray word(token.text.constData(), token.text.size());
                               QStringList &list = positions[word];
                               if (list.size() < positionsPerWord) {
                                   const int at = qMin(next + token.position, lastPosition);
                                   list.append(QString::number(at) + weight);
                               }
                               return true;
                           });
        next += last + 2; // a gap: no phrase runs from one column into the next
    }
    QStringList entries;
    entries.reserve(positions.size());
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        it.value().removeDuplicates(); // positions past the last one collapse
        entries.append(quotedLexeme(QString::fromUtf8(it.key())) + QLatin1Char(':') +
                       it.value().join(QLatin1Char(',')));
    }
    return entries.join(QLatin1Char(' '));
}

} // namespace

ServerSearchIndex::IndexedText ServerSearchIndex::indexedText(const QStringList &documentColumns,
                                                              const QStringList &bylineColumns)
{
    IndexedText text;
    text.document = vectorText(documentColumns, &text.length);
    text.byline = vectorText(bylineColumns, &text.length);
    return text;
}

Status ServerSearchIndex::add(qint64 article)
{
    SqlQuery source(m_store.db(),
                    QStringLiteral("SELECT a.title, a.summary, coalesce((SELECT string_agg(t.name, "
                                   "' ; ' ORDER BY x.position) FROM article_tags x JOIN tags t ON "
                                   "t.id = x.tag_id WHERE x.article_id = a.id), ''), a.body_text, "
                                   "a.author, a.category, a.language, a.status FROM articles a "
                                   "WHERE a.id = ? AND a.deleted IS NULL"));
    if (Status status = source.exec({article}); !status)
        return status;
    if (!source.next())
        return success(); // in the trash: not indexed
    QStringList columns;
    for (int i = 0; i < 8; ++i)
        columns.append(source.value(i).toString());
    source.raw().finish();
    const IndexedText text = indexedText(columns.mid(0, 4), columns.mid(4, 4));
    SqlQuery write(m_store.db(),
                   QStringLiteral("INSERT INTO article_search (article_id, document, byline, "
                                  "length) VALUES (?, CAST(? AS tsvector), CAST(? AS tsvector), ?) "
                                  "ON CONFLICT (article_id) DO UPDATE SET document = "
                                  "excluded.document, byline = excluded.byline, length = "
                                  "excluded.length"));
    if (Status status = write.exec({article, text.document, text.byline, text.length}); !status)
        return status;
    return addTermVector(m_store.db(), article);
}

Status ServerSearchIndex::remove(qint64 article)
{
    SqlQuery query(m_store.db(), QStringLiteral("DELETE FROM article_search WHERE article_id = ?"));
    if (Status status = query.exec({article}); !status)
        return status;
    return removeTermVector(m_store.db(), article);
}

Result<QStringList> ServerSearchIndex::problems() const
{
    QStringList problems;
    SqlQuery coverage(m_store.db(),
                      QStringLiteral("SELECT a.uuid, a.deleted IS NULL FROM articles a LEFT JOIN "
                                     "article_search s ON s.article_id = a.id WHERE (a.deleted IS "
                                     "NULL) <> (s.article_id IS NOT NULL) ORDER BY a.id"));
    if (Status status = coverage.exec(); !status)
        return status.failure();
    while (coverage.next()) {
        problems.append(
            coverage.value(1).toBool()
                ? QCoreApplication::translate("LibraryStore",
                                              "The article %1 is missing from the search index.")
                      .arg(coverage.value(0).toString())
                : QCoreApplication::translate(
                      "LibraryStore",
                      "The article %1 is in the trash but still in the search index.")
                      .arg(coverage.value(0).toString()));
    }
    coverage.raw().finish();
    // Each entry as add() would write it now, compared by the server.
    SqlQuery articles(m_store.db(),
                      QStringLiteral("SELECT a.id, a.uuid, a.title, a.summary, coalesce((SELECT "
                                     "string_agg(t.name, ' ; ' ORDER BY x.position) FROM "
                                     "article_tags x JOIN tags t ON t.id = x.tag_id WHERE "
                                     "x.article_id = a.id), ''), a.body_text, a.author, "
                                     "a.category, a.language, a.status FROM articles a WHERE "
                                     "a.deleted IS NULL ORDER BY a.id"));
    if (Status status = articles.exec(); !status)
        return status.failure();
    QList<std::tuple<qint64, QString, IndexedText>> live;
    while (articles.next()) {
        QStringList columns;
        for (int i = 2; i < 10; ++i)
            columns.append(articles.value(i).toString());
        live.append({articles.value(0).toLongLong(), articles.value(1).toString(),
                     indexedText(columns.mid(0, 4), columns.mid(4, 4))});
    }
    articles.raw().finish();
    SqlQuery same(m_store.db(),
                  QStringLiteral("SELECT document = CAST(? AS tsvector) AND byline = CAST(? AS "
                                 "tsvector) AND length = ? FROM article_search WHERE article_id = "
                                 "?"));
    for (const auto &[id, uuid, text] : std::as_const(live)) {
        if (Status status = same.exec({text.document, text.byline, text.length, id}); !status)
            return status.failure();
        if (same.next() && !same.value(0).toBool()) {
            problems.append(
                QCoreApplication::translate(
                    "LibraryStore", "The search index holds an earlier version of the article %1.")
                    .arg(uuid));
        }
        same.raw().finish();
    }
    return problems;
}

Result<QString> ServerSearchIndex::matchingCondition(const QString &text,
                                                     QVariantList &values) const
{
    const Result<ServerMatch> match = serverMatch(SearchQuery::parse(text));
    if (!match)
        return match.failure();
    if (match->condition.isEmpty())
        return QString();
    values.append(match->values);
    return QStringLiteral("a.id IN (SELECT s.article_id FROM article_search s WHERE %1)")
        .arg(match->condition);
}

Result<QList<qint64>> ServerSearchIndex::newestMatches(const QString &condition,
                                                       const QVariantList &values, qint64 newerThan,
                                                       int limit) const
{
    SqlQuery query(m_store.db(),
                   QStringLiteral("SELECT s.article_id FROM article_search s WHERE %1 AND "
                                  "s.article_id >= ? ORDER BY s.article_id DESC LIMIT ?")
                       .arg(condition));
    if (Status status = query.execList(values + QVariantList{newerThan, limit}); !status)
        return status.failure();
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<QList<SearchHit>> ServerSearchIndex::search(const QString &text, int limit) const
{
    // As Fts5SearchIndex::search does, step for step (see there why).
    const SearchQuery query = SearchQuery::parse(text);
    const Result<ServerMatch> match = serverMatch(query);
    if (!match)
        return match.failure();
    if (match->condition.isEmpty())
        return QList<SearchHit>{};
    limit = qMax(1, limit);

    SqlQuery counted(m_store.db(),
                     QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_search s WHERE "
                                    "%1 LIMIT ?) AS found")
                         .arg(match->condition));
    if (Status status = counted.execList(match->values + QVariantList{searchRankingWindow + 1});
        !status)
        return status.failure();
    const int found = counted.next() ? counted.value(0).toInt() : 0;
    counted.raw().finish();

    QList<qint64> ids;
    QList<double> scores;
    if (found <= searchRankingWindow) {
        SqlQuery all(m_store.db(),
                     QStringLiteral("SELECT s.article_id FROM article_search s WHERE %1")
                         .arg(match->condition));
        if (Status status = all.execList(match->values); !status)
            return status.failure();
        QList<qint64> matches;
        while (all.next())
            matches.append(all.value(0).toLongLong());
        all.raw().finish();
        const Result<QHash<qint64, double>> ranked =
            bm25Scores(m_store.db(), match->phrases, matches, searchColumnWeights);
        if (!ranked)
            return ranked.failure();
        // Best first; among equals the older, as FTS5 walks its index.
        std::sort(matches.begin(), matches.end(), [&](qint64 a, qint64 b) {
            const double sa = ranked->value(a), sb = ranked->value(b);
            return sa != sb ? sa > sb : a < b;
        });
        for (qint64 id : std::as_const(matches).mid(0, limit)) {
            ids.append(id);
            scores.append(ranked->value(id));
        }
    } else {
        qint64 newerThan = 0;
        if (query.terms.size() > searchManyTerms) {
            SqlQuery boundary(m_store.db(),
                              QStringLiteral("SELECT s.article_id FROM article_search s WHERE %1 "
                                             "ORDER BY s.article_id DESC LIMIT 1 OFFSET ?")
                                  .arg(match->condition));
            if (Status status =
                    boundary.execList(match->values + QVariantList{searchRankingWindow - 1});
                !status)
                return status.failure();
            newerThan = boundary.next() ? boundary.value(0).toLongLong() : 0;
        }
        const auto collect = [&](const ServerMatch &from, qint64 after) -> Status {
            const Result<QList<qint64>> newest =
                newestMatches(from.condition, from.values, after, limit);
            if (!newest)
                return newest.failure();
            for (qint64 id : newest.value()) {
                if (ids.size() < limit && !ids.contains(id))
                    ids.append(id);
            }
            return success();
        };
        const Result<ServerMatch> inTitle = serverMatch(query, SearchQuery::TitleFirst);
        if (inTitle && !inTitle->condition.isEmpty()) {
            if (Status status = collect(inTitle.value(), newerThan); !status)
                return status.failure();
        }
        if (ids.size() < limit) {
            if (Status status = collect(match.value(), 0); !status)
                return status.failure();
        }
        for (int i = 0; i < ids.size(); ++i)
            scores.append(double(limit - i) / double(limit));
    }
    return searchHits(m_store.db(), ids, scores, query.terms);
}

} // namespace lectern
