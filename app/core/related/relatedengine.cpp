#include "relatedengine.h"

#include "documentcounts.h"
#include "relatedterms.h"
#include "sqlquery.h"
#include "storeutil.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace lectern {

namespace {

// Manual links are listed first whatever their score; automatic suggestions
// need at least this much evidence (a fifth of a rare shared tag, or a few
// per cent of the distinctive words).
constexpr double minimumScore = 0.06;
constexpr double tagWeight = 0.35;
constexpr double universityWeight = 0.3;
constexpr double categoryWeight = 0.1;
constexpr double otherLanguageFactor = 0.6;
constexpr double recencyShare = 0.1; // at most 10 % for a brand-new article
constexpr double recencyDays = 365.0;
constexpr int textCandidates = 80;
constexpr int shownTerms = 3;
// BM25's k1 for the article's own words: a word's weight grows with its
// occurrences but levels off.
constexpr double querySaturation = 1.2;

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

// Inverse document frequency as BM25 has it: never negative, large for words
// few articles use.
double idf(double documents, double containing)
{
    return std::log(1.0 + (documents - containing + 0.5) / (containing + 0.5));
}

// How telling it is that two articles share a tag (or university) that this
// many articles carry: 1 for a tag of two articles, near 0 for one on all.
double rarity(double documents, double carrying)
{
    if (documents <= 2 || carrying <= 1)
        return 1.0;
    const double value = std::log(documents / carrying) / std::log(documents / 2.0);
    return std::clamp(value, 0.1, 1.0);
}

struct Self
{
    qint64 id = 0;
    QString title;
    QString summary;
    QString body;
    QString language;
    QString translationGroup;
    QString category;
    bool live = false;
};

struct Candidate
{
    qint64 id = 0;
    QString uuid;
    QString title;
    QString language;
    QString category;
    QString translationGroup;
    QDateTime when;
    double text = 0;
    QList<int> terms; // indexes into the query terms it contains
    QStringList tags;
    QStringList universities;
};

struct SharedItem
{
    qint64 id = 0;
    QString name;
    double weight = 0;
};

Result<Self> loadSelf(const QSqlDatabase &db, const QString &uuid)
{
    SqlQuery query(db, QStringLiteral("SELECT id, title, summary, body_text, language, "
                                      "translation_group, category, deleted IS NULL FROM articles "
                                      "WHERE uuid = ?"));
    if (Status status = query.exec({uuid}); !status)
        return status.failure();
    if (!query.next())
        return Error{RelatedEngine::tr("There is no article %1 in this library.").arg(uuid)};
    return Self{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(),   query.value(7).toBool()};
}

struct QueryTerm
{
    QByteArray term;
    double weight = 0; // tf·idf in the article
};

// The article's most distinctive words. Document counts come from the index
// itself, read only up to `maxDocuments` + 1 rows, so a common word costs as
// little as a rare one (and are remembered until the library changes, see
// DocumentCounts); words are taken heaviest first and the lookups stop once
// no remaining word could displace the ones chosen. A word's weight is BM25's
// for a query: its occurrences, saturated (the tenth mention of "visa" says
// less than the second), times its rarity.
Result<QList<QueryTerm>> distinctiveTerms(const QSqlDatabase &db, const Self &self,
                                          const RelatedOptions &options, double documents,
                                          int maxDocuments)
{
    const QList<ArticleTerm> terms = articleTerms(self.title, self.summary, self.body);
    Result<DocumentCounts> counts = DocumentCounts::open(db, maxDocuments);
    if (!counts)
        return counts.failure();
    const int own = self.live ? 1 : 0; // the article itself is in the index
    const double bestIdf = idf(documents, 1 + own);
    const auto saturated = [](double weight) {
        return weight / (weight + querySaturation);
    };
    QList<QueryTerm> chosen;
    const auto weakest = [&] {
        return chosen.size() < options.queryTerms ? 0.0 : chosen.constLast().weight;
    };
    for (qsizetype i = 0; i < terms.size() && i < options.shortlist; ++i) {
        if (saturated(terms[i].weight) * bestIdf <= weakest())
            break;
        const Result<int> containing = counts->count(terms[i].term);
        if (!containing)
            return containing.failure();
        if (containing.value() - own < 1 || containing.value() > maxDocuments ||
            containing.value() > documents / 2)
            continue; // in no other article, or too common to tell topics apart
        const QueryTerm term{terms[i].term,
                             saturated(terms[i].weight) * idf(documents, containing.value())};
        const auto at = std::upper_bound(
            chosen.begin(), chosen.end(), term,
            [](const QueryTerm &a, const QueryTerm &b) { return a.weight > b.weight; });
        chosen.insert(at, term);
        if (chosen.size() > options.queryTerms)
            chosen.removeLast();
    }
    return chosen;
}

// Articles containing the terms, scored as BM25 scores a document for the
// weighted OR of the terms (the title counting three times, the summary and
// tags twice), relative to the article's own score: 1 for a copy of it.
// One statement: each term's (short) list of articles with its BM25 part,
// summed in SQLite, so the cost is the total length of those lists; FTS5's
// bm25() of a one-word query is exactly that word's part.
Status addTextCandidates(const QSqlDatabase &db, const QList<QueryTerm> &terms, int maxDocuments,
                         qint64 self, QHash<qint64, Candidate> &candidates)
{
    if (terms.isEmpty())
        return success();
    QStringList arms;
    QVariantList values;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        arms.append(QStringLiteral(
            "SELECT * FROM (SELECT rowid AS id, ? * -bm25(article_search, 3.0, 2.0, 1.0, 2.0, 0.0, "
            "0.0, 0.0, 0.0) AS w, ? AS t FROM article_search WHERE article_search MATCH ? LIMIT "
            "?)"));
        values << terms[i].weight << int(i) << termMatchExpression(terms[i].term)
               << maxDocuments + 1;
    }
    values << textCandidates + 1;
    SqlQuery query(db, QStringLiteral("SELECT id, sum(w), group_concat(t) FROM (%1) GROUP BY id "
                                      "ORDER BY 2 DESC, id DESC LIMIT ?")
                           .arg(arms.join(QStringLiteral(" UNION ALL "))));
    if (Status status = query.execList(values); !status)
        return status;
    struct Row
    {
        qint64 id;
        double score;
        QList<int> terms;
    };
    QList<Row> rows;
    double own = 0;
    double best = 0;
    while (query.next()) {
        Row row{query.value(0).toLongLong(), query.value(1).toDouble(), {}};
        if (row.id == self) {
            own = row.score;
            continue;
        }
        best = std::max(best, row.score);
        const QStringList indexes = query.value(2).toString().split(QLatin1Char(','));
        for (const QString &index : indexes)
            row.terms.append(index.toInt());
        std::sort(row.terms.begin(), row.terms.end());
        rows.append(row);
    }
    // An article in the trash is not in the index: its best match stands in.
    const double scale = own > 0 ? own : best;
    if (scale <= 0)
        return success();
    for (const Row &row : std::as_const(rows)) {
        Candidate &candidate = candidates[row.id];
        candidate.id = row.id;
        candidate.text = std::min(1.0, row.score / scale);
        candidate.terms = row.terms;
    }
    return success();
}

// The article's tags (or universities), each with how rare it is, and the
// most recent other live articles that share each one; the index on
// (tag, article) gives those without sorting.
Result<QList<SharedItem>> addSharedCandidates(const QSqlDatabase &db, const QString &itemsSql,
                                              const QString &countSql, const QString &recentSql,
                                              qint64 self, double documents, int perItem,
                                              QHash<qint64, Candidate> &candidates)
{
    SqlQuery items(db, itemsSql);
    if (Status status = items.exec({self}); !status)
        return status.failure();
    QList<SharedItem> shared;
    while (items.next())
        shared.append(SharedItem{items.value(0).toLongLong(), items.value(1).toString(), 0});
    SqlQuery count(db, countSql);
    SqlQuery recent(db, recentSql);
    for (SharedItem &item : shared) {
        if (Status status = count.exec({item.id}); !status)
            return status.failure();
        item.weight = rarity(documents, count.next() ? count.value(0).toDouble() : 1.0);
        count.raw().finish();
        if (Status status = recent.exec({item.id, self, perItem}); !status)
            return status.failure();
        while (recent.next()) {
            const qint64 id = recent.value(0).toLongLong();
            candidates[id].id = id;
        }
    }
    return shared;
}

// Which of `items` each candidate carries, by name, in the article's order.
Status markShared(const QSqlDatabase &db, const QString &table, const QString &column,
                  const QList<SharedItem> &items, const QList<qint64> &ids,
                  QHash<qint64, Candidate> &candidates, bool universities)
{
    if (items.isEmpty() || ids.isEmpty())
        return success();
    QList<qint64> itemIds;
    for (const SharedItem &item : items)
        itemIds.append(item.id);
    // "+": the few candidates lead, not the (possibly long) list of a tag.
    SqlQuery query(db,
                   QStringLiteral("SELECT article_id, %2 FROM %1 WHERE article_id IN (%3) AND "
                                  "+%2 IN (%4)")
                       .arg(table, column, placeholders(ids.size()), placeholders(itemIds.size())));
    if (Status status = query.execList(idValues(ids) + idValues(itemIds)); !status)
        return status;
    QHash<qint64, QSet<qint64>> carried;
    while (query.next())
        carried[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
    for (auto it = carried.cbegin(); it != carried.cend(); ++it) {
        Candidate &candidate = candidates[it.key()];
        for (const SharedItem &item : items) {
            if (it.value().contains(item.id))
                (universities ? candidate.universities : candidate.tags).append(item.name);
        }
    }
    return success();
}

double sharedScore(const QStringList &names, const QList<SharedItem> &items, double weight)
{
    double score = 0;
    for (const SharedItem &item : items) {
        if (names.contains(item.name))
            score += weight * item.weight;
    }
    return std::min(score, 2 * weight);
}

QString joinedReasons(const QStringList &reasons)
{
    return reasons.join(QStringLiteral(" · "));
}

} // namespace

QString RelatedResult::alsoIn() const
{
    if (translations.isEmpty())
        return {};
    QStringList names;
    for (const ArticleSummary &translation : translations)
        names.append(RelatedEngine::languageName(translation.language));
    return RelatedEngine::tr("Also in: %1").arg(names.join(QStringLiteral(" · ")));
}

RelatedEngine::RelatedEngine(const LibraryStore &store, RelatedOptions options)
    : m_store(store)
    , m_options(options)
{
}

QString RelatedEngine::languageName(const QString &code)
{
    // Autonyms, as language menus show them, so they are not translated.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("zh"))
        return QStringLiteral("中文");
    if (code == QLatin1String("uk"))
        return QStringLiteral("Українська");
    const QLocale locale(code);
    const QString name = locale.language() == QLocale::C ? QString() : locale.nativeLanguageName();
    return name.isEmpty() ? code : name;
}

Result<RelatedResult> RelatedEngine::related(const QString &uuid, int limit) const
{
    if (limit < 1)
        return Error{tr("The number of related articles must be 1 or more.")};
    const QSqlDatabase db = m_store.database();
    const Result<Self> loaded = loadSelf(db, uuid);
    if (!loaded)
        return loaded.failure();
    const Self &self = loaded.value();

    RelatedResult result;
    Result<QList<ArticleSummary>> translations = m_store.translations(uuid);
    if (!translations)
        return translations.failure();
    result.translations = std::move(translations).value();
    const Result<QList<RelatedLink>> links = m_store.relatedLinks(uuid);
    if (!links)
        return links.failure();

    // Never suggested automatically: the article, its translations, what an
    // editor excluded, and what an editor already linked (listed first).
    QSet<QString> excludedUuids{uuid};
    for (const ArticleSummary &translation : result.translations)
        excludedUuids.insert(translation.uuid);
    for (const RelatedLink &link : links.value())
        excludedUuids.insert(link.uuid);

    const Result<QVariant> indexed =
        // The highest id of the index: one b-tree step where count(*) reads
        // every page; only an estimate (the trash leaves gaps), enough for idf.
        scalar(db, QStringLiteral("SELECT max(id) FROM article_search_docsize"));
    if (!indexed)
        return indexed.failure();
    const double documents = std::max(1.0, indexed->toDouble());
    const int maxDocuments = std::clamp(int(documents * m_options.maxDocumentShare),
                                        m_options.minDocumentLimit, m_options.maxDocumentLimit);

    QHash<qint64, Candidate> candidates;
    const Result<QList<QueryTerm>> terms =
        distinctiveTerms(db, self, m_options, documents, maxDocuments);
    if (!terms)
        return terms.failure();
    if (Status status = addTextCandidates(db, terms.value(), maxDocuments, self.id, candidates);
        !status)
        return status.failure();

    const Result<QList<SharedItem>> tags = addSharedCandidates(
        db,
        QStringLiteral("SELECT t.id, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id "
                       "WHERE x.article_id = ? ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_tags WHERE tag_id = ? LIMIT "
                       "100000)"),
        QStringLiteral("SELECT x.article_id FROM article_tags x JOIN articles a INDEXED BY "
                       "articles_related_facts ON a.id = "
                       "x.article_id WHERE x.tag_id = ? AND x.article_id <> ? AND a.deleted IS "
                       "NULL ORDER BY x.article_id DESC LIMIT ?"),
        self.id, documents, m_options.perTagCandidates, candidates);
    if (!tags)
        return tags.failure();
    const Result<QList<SharedItem>> universities = addSharedCandidates(
        db,
        QStringLiteral("SELECT u.id, u.name FROM article_universities x JOIN universities u ON "
                       "u.id = x.university_id WHERE x.article_id = ? AND u.deleted IS NULL "
                       "ORDER BY x.position"),
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_universities WHERE "
                       "university_id = ? LIMIT 100000)"),
        QStringLiteral("SELECT x.article_id FROM article_universities x JOIN articles a INDEXED BY "
                       "articles_related_facts ON a.id "
                       "= x.article_id WHERE x.university_id = ? AND x.article_id <> ? AND "
                       "a.deleted IS NULL ORDER BY x.article_id DESC LIMIT ?"),
        self.id, documents, m_options.perTagCandidates, candidates);
    if (!universities)
        return universities.failure();

    // Manual links are described the same way as the automatic suggestions.
    QHash<QString, qint64> linkIds;
    {
        QStringList linkUuids;
        for (const RelatedLink &link : links.value()) {
            if (link.mode != RelatedMode::Excluded)
                linkUuids.append(link.uuid);
        }
        if (!linkUuids.isEmpty()) {
            SqlQuery query(db, QStringLiteral("SELECT id, uuid FROM articles WHERE uuid IN (%1)")
                                   .arg(placeholders(linkUuids.size())));
            QVariantList values;
            for (const QString &linkUuid : linkUuids)
                values.append(linkUuid);
            if (Status status = query.execList(values); !status)
                return status.failure();
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                linkIds.insert(query.value(1).toString(), id);
                candidates[id].id = id;
            }
        }
    }
    candidates.remove(self.id);

    // Details of every candidate in one statement; articles in the trash drop
    // out here (the search index never holds them).
    const QList<qint64> ids = candidates.keys();
    if (!ids.isEmpty()) {
        SqlQuery details(
            db,
            QStringLiteral(
                "SELECT id, uuid, title, language, category, "
                "translation_group, coalesce(published, updated), "
                "deleted IS NULL FROM articles INDEXED BY articles_related_facts WHERE id IN (%1)")
                .arg(placeholders(ids.size())));
        if (Status status = details.execList(idValues(ids)); !status)
            return status.failure();
        QSet<qint64> live;
        while (details.next()) {
            // Filtered here, not in SQL: "deleted IS NULL" there would lead
            // SQLite to walk the index of live articles instead of the ids.
            // (articles_related_facts, schema 5, spares reading past the body.)
            if (!details.value(7).toBool())
                continue;
            Candidate &candidate = candidates[details.value(0).toLongLong()];
            candidate.uuid = details.value(1).toString();
            candidate.title = details.value(2).toString();
            candidate.language = details.value(3).toString();
            candidate.category = details.value(4).toString();
            candidate.translationGroup = details.value(5).toString();
            candidate.when = timeFrom(details.value(6));
            live.insert(candidate.id);
        }
        for (qint64 id : ids) {
            if (!live.contains(id))
                candidates.remove(id);
        }
    }
    const QList<qint64> liveIds = candidates.keys();
    if (Status status = markShared(db, QStringLiteral("article_tags"), QStringLiteral("tag_id"),
                                   tags.value(), liveIds, candidates, false);
        !status)
        return status.failure();
    if (Status status =
            markShared(db, QStringLiteral("article_universities"), QStringLiteral("university_id"),
                       universities.value(), liveIds, candidates, true);
        !status)
        return status.failure();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto describe = [&](const Candidate &candidate, RelatedSuggestion &suggestion) {
        double score = candidate.text;
        if (!candidate.tags.isEmpty()) {
            score += sharedScore(candidate.tags, tags.value(), tagWeight);
            suggestion.reasons.append(
                candidate.tags.size() == 1
                    ? tr("shares the tag %1").arg(candidate.tags.first())
                    : tr("shares tags: %1").arg(candidate.tags.join(QStringLiteral(", "))));
        }
        if (!candidate.universities.isEmpty()) {
            score += sharedScore(candidate.universities, universities.value(), universityWeight);
            suggestion.reasons.append(
                tr("mentions %1").arg(candidate.universities.join(QStringLiteral(", "))));
        }
        if (!self.category.isEmpty() && candidate.category == self.category) {
            score += categoryWeight;
            suggestion.reasons.append(tr("same category: %1").arg(candidate.category));
        }
        if (!candidate.terms.isEmpty()) {
            QStringList words;
            for (int index : candidate.terms) {
                if (words.size() < shownTerms)
                    words.append(QString::fromUtf8(terms->at(index).term));
            }
            suggestion.reasons.append(tr("similar text: %1").arg(words.join(QStringLiteral(", "))));
        }
        if (candidate.language != self.language)
            score *= otherLanguageFactor;
        if (candidate.when.isValid()) {
            const double days = double(now - candidate.when.toMSecsSinceEpoch()) / 86400000.0;
            score *=
                (1.0 - recencyShare) + recencyShare * std::exp(-std::max(0.0, days) / recencyDays);
        }
        suggestion.uuid = candidate.uuid;
        suggestion.title = candidate.title;
        suggestion.language = candidate.language;
        suggestion.score = score;
    };

    QList<RelatedSuggestion> manual;
    for (const RelatedLink &link : links.value()) {
        if (link.mode == RelatedMode::Excluded || !linkIds.contains(link.uuid))
            continue;
        const auto found = candidates.constFind(linkIds.value(link.uuid));
        if (found == candidates.cend())
            continue; // in the trash
        RelatedSuggestion suggestion;
        suggestion.manual = true;
        suggestion.pinned = link.mode == RelatedMode::Pinned;
        suggestion.reasons.append(suggestion.pinned ? tr("pinned by an editor")
                                                    : tr("chosen by an editor"));
        describe(found.value(), suggestion);
        manual.append(suggestion);
    }

    QList<RelatedSuggestion> automatic;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (excludedUuids.contains(candidate.uuid) ||
            (!self.translationGroup.isEmpty() &&
             candidate.translationGroup == self.translationGroup))
            continue;
        RelatedSuggestion suggestion;
        describe(candidate, suggestion);
        if (suggestion.score < minimumScore ||
            (candidate.text <= 0 && candidate.tags.isEmpty() && candidate.universities.isEmpty()))
            continue;
        automatic.append(suggestion);
    }
    std::sort(automatic.begin(), automatic.end(),
              [](const RelatedSuggestion &a, const RelatedSuggestion &b) {
                  if (a.score != b.score)
                      return a.score > b.score;
                  return a.uuid < b.uuid;
              });
    // One version of each other article: the best-scored language.
    {
        QSet<QString> groups;
        QHash<QString, QString> groupOf;
        for (const Candidate &candidate : std::as_const(candidates))
            groupOf.insert(candidate.uuid, candidate.translationGroup);
        QList<RelatedSuggestion> unique;
        for (const RelatedSuggestion &suggestion : automatic) {
            const QString group = groupOf.value(suggestion.uuid);
            if (!group.isEmpty()) {
                if (groups.contains(group))
                    continue;
                groups.insert(group);
            }
            unique.append(suggestion);
        }
        automatic = unique;
    }

    // Pinned links survive any limit; plain links come next, then the rest.
    qsizetype room = limit;
    for (const RelatedSuggestion &suggestion : manual) {
        if (suggestion.pinned || room > 0) {
            result.suggestions.append(suggestion);
            --room;
        }
    }
    for (qsizetype i = 0; i < automatic.size() && room > 0; ++i, --room)
        result.suggestions.append(automatic[i]);
    for (RelatedSuggestion &suggestion : result.suggestions)
        suggestion.explanation = joinedReasons(suggestion.reasons);
    return result;
}

Result<RelatedResult> relatedArticles(const LibraryStore &store, const QString &uuid, int limit)
{
    return RelatedEngine(store).related(uuid, limit);
}

} // namespace lectern
