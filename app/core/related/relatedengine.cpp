#include "relatedengine.h"

#include "relatedterms.h"
#include "sqlquery.h"
#include "storeutil.h"
#include "wordsimilarity.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace lectern {

namespace {

// Evidence: a shared tag or university by its rarity, the same category a
// little (automatic suggestions need RelatedOptions::minimumScore in all;
// manual links are listed first whatever their score).
constexpr double tagWeight = 0.35;
constexpr double universityWeight = 0.3;
constexpr double categoryWeight = 0.1;
constexpr double otherCategoryFactor = 0.6;
constexpr double recencyShare = 0.1; // at most 10 % for a brand-new article
constexpr double recencyDays = 365.0;
constexpr int shownTerms = 3;
// A word named as a reason is one of the article's heaviest telling words
// that few articles of its language use: at most a third of a small
// library's, and 10 + 10 % of a large one's (never fewer than minNamedLimit);
// and it gave at least minNamedShare of the suggestion's score.
constexpr double namedWordShare = 0.1;
constexpr double minNamedLimit = 2;
constexpr double minNamedShare = 0.002;
// A Chinese phrase named as a reason is at most this long.
constexpr qsizetype maxPhraseCharacters = 6;
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
    QStringList words; // the most telling words both use, most telling first
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

// The article's most distinctive words, to find candidates with: its
// heaviest words (at most `shortlist`) that some other article uses and at
// most `maxDocuments` do, the `queryTerms` best by BM25's weight for a query:
// occurrences, saturated (the tenth mention of "visa" says less than the
// second), times rarity.
QList<QueryTerm> distinctiveTerms(const Self &self, const TextVector &words,
                                  const WordProfile &profile, const RelatedOptions &options,
                                  int maxDocuments)
{
    const QList<ArticleTerm> terms = tellingTerms(words.weights);
    const int own = self.live ? 1 : 0; // the article itself is counted
    const double documents = profile.documents();
    const auto saturated = [](double weight) {
        return weight / (weight + querySaturation);
    };
    QList<QueryTerm> chosen;
    for (qsizetype i = 0; i < terms.size() && i < options.shortlist; ++i) {
        const int containing = profile.stats(terms[i].term).documents;
        if (containing - own < 1 || containing > maxDocuments || containing > documents / 2)
            continue; // in no other article, or too common to tell topics apart
        const QueryTerm term{terms[i].term,
                             saturated(terms[i].weight) * idf(documents, containing)};
        const auto at = std::upper_bound(
            chosen.begin(), chosen.end(), term,
            [](const QueryTerm &a, const QueryTerm &b) { return a.weight > b.weight; });
        chosen.insert(at, term);
        if (chosen.size() > options.queryTerms)
            chosen.removeLast();
    }
    return chosen;
}

// The articles that best match the terms, as BM25 scores a document for the
// weighted OR of the terms (the title counting three times, the summary and
// tags twice): the candidates the word-for-word comparison then scores. One
// statement: each term's (short) list of articles with its BM25 part, summed
// in SQLite, so the cost is the total length of those lists; FTS5's bm25() of
// a one-word query is exactly that word's part.
Status addTextCandidates(const QSqlDatabase &db, const QList<QueryTerm> &terms, int maxDocuments,
                         int count, QHash<qint64, Candidate> &candidates)
{
    if (terms.isEmpty())
        return success();
    QStringList arms;
    QVariantList values;
    for (const QueryTerm &term : terms) {
        arms.append(QStringLiteral(
            "SELECT * FROM (SELECT rowid AS id, ? * -bm25(article_search, 3.0, 2.0, 1.0, 2.0, 0.0, "
            "0.0, 0.0, 0.0) AS w FROM article_search WHERE article_search MATCH ? LIMIT ?)"));
        values << term.weight << termMatchExpression(term.term) << maxDocuments + 1;
    }
    values << count + 1; // the article itself is among them
    SqlQuery query(db, QStringLiteral("SELECT id FROM (%1) GROUP BY id ORDER BY sum(w) DESC, id "
                                      "DESC LIMIT ?")
                           .arg(arms.join(QStringLiteral(" UNION ALL "))));
    if (Status status = query.execList(values); !status)
        return status;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        candidates[id].id = id;
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

// A Chinese word is indexed as overlapping character pairs (哈萨 萨克 克斯
// 斯坦): a shared pair is named as the longest run of the article's text
// around it whose every pair the other article shares too (哈萨克斯坦).
QString chinesePhrase(const QString &text, const QString &pair,
                      const std::function<bool(const QByteArray &)> &isShared)
{
    if (pair.size() != 2 || pair[0].script() != QChar::Script_Han)
        return pair;
    const auto sharedPair = [&](qsizetype at) {
        return at >= 0 && at + 1 < text.size() && text[at].script() == QChar::Script_Han &&
               text[at + 1].script() == QChar::Script_Han && isShared(text.mid(at, 2).toUtf8());
    };
    QString longest = pair;
    for (qsizetype at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
        qsizetype from = at;
        qsizetype to = at + 2;
        while (to - from < maxPhraseCharacters && sharedPair(from - 1))
            --from;
        while (to - from < maxPhraseCharacters && sharedPair(to - 1))
            ++to;
        if (to - from > longest.size())
            longest = text.mid(from, to - from);
    }
    return longest;
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

    // The articles in the index: kept by triggers (schema 6), one row to read.
    const Result<QVariant> indexed = scalar(db, QStringLiteral("SELECT live FROM article_totals"));
    if (!indexed)
        return indexed.failure();
    const double documents = std::max(1.0, indexed->toDouble());
    const int maxDocuments = std::clamp(int(documents * m_options.maxDocumentShare),
                                        m_options.minDocumentLimit, m_options.maxDocumentLimit);
    const TextVector words = textVector(self.title, self.summary, self.body);
    const Result<WordProfile> profile =
        WordProfile::of(db, words, documents, m_options.maxArticleTerms);
    if (!profile)
        return Error{profile.error()};

    QHash<qint64, Candidate> candidates;
    const QList<QueryTerm> terms =
        distinctiveTerms(self, words, profile.value(), m_options, maxDocuments);
    if (Status status =
            addTextCandidates(db, terms, maxDocuments, m_options.textCandidates, candidates);
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
            db, QStringLiteral("SELECT id, uuid, title, language, category, "
                               "translation_group, coalesce(published, updated), "
                               "deleted IS NULL%2 FROM articles INDEXED BY articles_related_facts "
                               "WHERE id IN (%1)")
                    .arg(placeholders(ids.size()),
                         // status is not in the covering index: read only when needed
                         m_options.publishedOnly ? QStringLiteral(", status") : QString()));
        if (Status status = details.execList(idValues(ids)); !status)
            return status.failure();
        QSet<qint64> live;
        while (details.next()) {
            // Filtered here, not in SQL: "deleted IS NULL" there would lead
            // SQLite to walk the index of live articles instead of the ids.
            // (articles_related_facts, schema 5, spares reading past the body.)
            if (!details.value(7).toBool() ||
                (m_options.publishedOnly &&
                 details.value(8).toString() != QLatin1String("published")))
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

    // Word for word, every candidate (a tag's or an editor's too); only words
    // few articles use are named as the reason.
    const Result<QHash<qint64, StoredVector>> vectors = storedVectors(db, liveIds);
    if (!vectors)
        return vectors.failure();
    // Rare means rare among the articles of the article's own language.
    const Result<QVariant> languageTotal =
        scalar(db, QStringLiteral("SELECT live FROM article_language_totals WHERE language = ?"),
               {self.language});
    if (!languageTotal)
        return languageTotal.failure();
    const double inLanguage = std::max(1.0, languageTotal->toDouble());
    const double namedLimit =
        std::max(minNamedLimit, std::min(inLanguage / 3.0, 10.0 + namedWordShare * inLanguage));
    // The reasons name the article's own key words: its heaviest telling
    // words (as the candidates were found by) that few articles use.
    QHash<qint64, QByteArray> keyWords;
    for (const ArticleTerm &term : tellingTerms(words.weights)) {
        if (keyWords.size() >= m_options.shortlist)
            break;
        const WordStats stats = profile->stats(term.term);
        if (stats.documents >= 2 && stats.documents <= namedLimit)
            keyWords.insert(stats.id, term.term);
    }
    const QString selfText =
        self.title + QLatin1Char('\n') + self.summary + QLatin1Char('\n') + self.body;
    for (auto it = vectors->cbegin(); it != vectors->cend(); ++it) {
        Candidate &candidate = candidates[it.key()];
        const WordProfile::Match match = profile->compare(it.value());
        // The cosine, as evidence: its square root, on the scale of a shared
        // tag's (two articles on one subject rarely pass 0.3 as a cosine).
        candidate.text = std::sqrt(std::clamp(match.score, 0.0, 1.0));
        QList<WordProfile::SharedWord> named;
        for (const WordProfile::SharedWord &word : match.shared) {
            if (keyWords.contains(word.id) && word.share >= minNamedShare)
                named.append(word);
        }
        // The most telling first; on a tie the longer word (rarer, by Zipf's
        // law of abbreviation), then bytewise, so the order never depends on ids.
        std::sort(named.begin(), named.end(), [&](const auto &a, const auto &b) {
            if (a.share != b.share)
                return a.share > b.share;
            const QByteArray x = keyWords.value(a.id);
            const QByteArray y = keyWords.value(b.id);
            return x.size() != y.size() ? x.size() > y.size() : x < y;
        });
        const auto isShared = [&](const QByteArray &term) {
            const WordStats stats = profile->stats(term);
            return stats.documents > 0 && match.shares(stats.id);
        };
        for (const WordProfile::SharedWord &word : std::as_const(named)) {
            if (candidate.words.size() >= shownTerms)
                break;
            const QString phrase =
                chinesePhrase(selfText, QString::fromUtf8(keyWords.value(word.id)), isShared);
            if (std::none_of(candidate.words.cbegin(), candidate.words.cend(),
                             [&](const QString &w) { return w.contains(phrase); }))
                candidate.words.append(phrase);
        }
    }

    const qint64 now = m_options.now.isValid() ? m_options.now.toMSecsSinceEpoch()
                                               : QDateTime::currentMSecsSinceEpoch();
    const auto describe = [&](const Candidate &candidate, RelatedSuggestion &suggestion) {
        // Filed by the editors under another category: the text must say
        // more (a user-guide page that quotes an interview's words is not
        // related to it).
        const bool otherCategory = !self.category.isEmpty() && !candidate.category.isEmpty() &&
                                   candidate.category != self.category;
        double score = candidate.text * (otherCategory ? otherCategoryFactor : 1.0);
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
        if (!candidate.words.isEmpty()) {
            suggestion.reasons.append(
                tr("similar text: %1").arg(candidate.words.join(QStringLiteral(", "))));
        }
        if (candidate.language != self.language)
            score *= m_options.otherLanguageFactor;
        if (m_options.preferRecent && candidate.when.isValid()) {
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
        // Evidence enough, and a reason to give: a suggestion that can only
        // say "same category" or name common words is not made.
        if (suggestion.score < m_options.minimumScore ||
            (m_options.explainedOnly && candidate.words.isEmpty() && candidate.tags.isEmpty() &&
             candidate.universities.isEmpty()))
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
    if (m_options.oneVersionEach) {
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
